"""The fast paths of rule matching give the answers of trying every rule in turn.

RuleSet.match goes through FamilyMatcher (rules/family.py), which skips rules by
cheap prechecks. Each rule's examples and counterexamples, plus lines written to
hit the prechecks' edges, must get the same (rule, evidence) as the plain loop.
"""
import pytest

from declutter.rules import RuleSet, all_rules, line_key
from declutter.rules.precheck import required_chars

EDGE_LINES = [
    "© 2024 Example Media", "Copyright 2019 The Paper", "copyright (c) 2020", "(c) 2021 Foo",
    "Alle Rechte vorbehalten.", "all rights reservedness", "xall rights reserved", "AP", "map",
    "ap photo", "Foto: dpa", "dpa/ Reuters", "版权所有 © 新民网", "禁止转载", "ICP备12345号",
    "آخر تحديث: 12:30", "责任编辑：张三", "Read more: the story", "【関連記事】記事", "Lesen Sie auch: x",
    "Name *", "* Email", "Home | News | Sport | Weather", "www.example.com", "12 comments",
    "", "a", "*", ":", "|", "x" * 500,
]


def _plain_loop(rules: RuleSet, family: str, text: str):
    key = line_key(text)
    for compiled in rules.families.get(family, ()):
        hit = compiled.search(text, key)
        if hit is not None:
            return compiled.rule, hit
    return None


@pytest.mark.parametrize("lang", [None, "en", "de", "ar", "zh", "ja", "ru", "fr", "tr"])
def test_family_matcher_agrees_with_the_plain_loop(lang):
    rules = RuleSet.for_language(lang)
    lines = list(EDGE_LINES)
    for _, rule in all_rules():
        lines += list(rule.examples) + list(rule.counterexamples)
    for family in rules.families:
        for text in lines:
            assert rules.match(family, text) == _plain_loop(rules, family, text), (family, text)


def test_prechecks_use_caseless_letters_and_skip_posix_classes():
    assert required_chars(("版权所有|禁止转载",)) == ("版", "禁")
    assert required_chars((r"^\W*(?:read more|see also)\s*[:>»]\s*\S",)) == (":", ">", "»")
    assert required_chars(("[[:alpha:]]:",)) is None         # POSIX class: parsed differently
    assert required_chars(("(?i:copyright)",)) is None        # cased letters never

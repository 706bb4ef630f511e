"""No regular expression in declutter backtracks catastrophically.

Every compiled pattern (module-level ones, rule-data patterns, date and byline patterns)
is searched in long adversarial strings: runs of the characters patterns repeat over
(spaces, separators, digits, letters, punctuation) with a tail that makes a match fail
late. A pattern that is quadratic on such a run takes seconds at this length (the three
separators fixed in byline.py and headline.py took 14 s at 20,000 characters); linear
ones take milliseconds.
"""
import importlib
import pkgutil
import time

import pytest
import regex

import declutter
from declutter.corpus.sources import MissingExtra
from declutter.dateparse import finder
from declutter.rules import RuleSet, all_rules
from declutter.stages import byline as byline_stage
from declutter.stages.byline import _cue_regexes
from declutter.stages.names import separator_regex as _separator_regex

LENGTH = 10_000
BUDGET_SECONDS = 1.0
UNITS = ["a", " ", "\u00a0", "*", "| ", "a | ", "1", "1:", "1 ", "12/", ". ", "x-", "a - ",
         "ب ", "gmt ", "ab ", "by ", "www.", "a.", "©", ":"]
TAILS = ["", "!"]
# Rule patterns only ever see lines up to their max_chars; keep that bound small. A
# consent banner is one long paragraph, hence 2000; every pattern is also run above on
# 10,000 characters, so the bound limits cost, not safety.
MAX_PATTERN_RULE_CHARS = 2000


def _patterns():
    found = []
    for info in pkgutil.walk_packages(declutter.__path__, "declutter."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except MissingExtra:
            continue  # an optional extra (datatrove) is not installed: no patterns there
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found.append((f"{info.name}.{name}", value))
    for lang in ("en", "ar", None):
        rules = RuleSet.for_language(lang)
        for family in rules.families.values():
            for compiled in family:
                if compiled.regex is not None:
                    found.append((f"rule {compiled.rule.id} ({lang})", compiled.regex))
        for i, (pattern, order) in enumerate(finder(rules).patterns):
            found.append((f"date pattern {i} {order} ({lang})", pattern))
        for where, pattern in zip(("opening", "anywhere"), _cue_regexes(rules)):
            found.append((f"byline cue ({lang}, {where})", pattern))
        found.append((f"author separator ({lang})",
                      _separator_regex(rules.lexicon.get("author_separators"))))
    for name in dir(byline_stage):     # the module-level patterns of the byline stage
        value = getattr(byline_stage, name)
        if isinstance(value, type(_separator_regex(()))):
            found.append((f"byline {name}", value))
    return found


PATTERNS = _patterns()


def test_patterns_were_found():
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_catastrophic_backtracking(name, pattern):
    for unit in UNITS:
        for tail in TAILS:
            text = (unit * (LENGTH // len(unit) + 1))[:LENGTH] + tail
            if isinstance(pattern.pattern, bytes):
                text = text.encode("utf-8")[:LENGTH * 2]
            start = time.perf_counter()
            pattern.search(text)
            pattern.sub(text[:0], text[:2000])
            elapsed = time.perf_counter() - start
            assert elapsed < BUDGET_SECONDS, f"{name}: {elapsed:.2f}s on {unit!r}*{LENGTH}+{tail!r}"


def test_pattern_rules_only_see_short_lines():
    for file, rule in all_rules():
        if rule.match == "pattern":
            assert rule.max_chars <= MAX_PATTERN_RULE_CHARS, (file, rule.id, rule.max_chars)

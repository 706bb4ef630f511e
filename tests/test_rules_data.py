"""Every rule's examples match it and its counterexamples do not; data files are well-formed."""
import pytest

from declutter.model import Label
from declutter.rules import CompiledRule, all_rules, data, languages, line_key

RULES = all_rules()


@pytest.mark.parametrize("name,rule", RULES, ids=[f"{n}:{r.id}" for n, r in RULES])
def test_examples_match_and_counterexamples_do_not(name, rule):
    compiled = CompiledRule(rule)
    assert rule.examples, f"{name}.toml {rule.id} has no examples"
    for text in rule.examples:
        assert compiled.search(text, line_key(text)) is not None, f"{rule.id} misses {text!r}"
    for text in rule.counterexamples:
        assert compiled.search(text, line_key(text)) is None, f"{rule.id} wrongly matches {text!r}"


def test_rule_ids_name_a_known_family_and_label():
    from declutter.pipeline import STAGE_NAMES
    families = set(STAGE_NAMES) | {"meta"}
    for name, rule in RULES:
        assert rule.family in families, f"{name}.toml: {rule.id} has no stage"
        assert isinstance(rule.label, Label)


def test_language_files_have_months_and_stopwords():
    for code, spec in languages().items():
        months = data()[code].get("months", {})
        assert sorted(int(k) for k in months) == list(range(1, 13)), code
        assert spec.get("stopwords"), code


def test_arabic_folding_unifies_alef_forms():
    assert line_key("الإسم *") == line_key("الاسم")
    assert line_key("اُوافق على") == line_key("أوافق على")


def test_language_aliases_load_their_file():
    from declutter.rules import RuleSet
    nb = RuleSet.for_language("nb")
    assert nb.lang == "no" and "ikke" in nb.lexicon.stopwords


def test_phrase_rules_compile_on_first_use_and_match_as_before():
    # The command line cleans one page per process: building the rule set must not
    # compile every phrase list (most never pass their precheck on one page).
    from declutter.rules import Rule
    rule = Rule(id="related.test-cue", label=Label.RELATED, match="prefix", scope="any",
                max_chars=80, values=("Read more", "See also"), examples=(), counterexamples=())
    compiled = CompiledRule(rule)
    assert compiled._regex is None
    assert compiled.search("Read more: the council's plan", "read more: the council's plan") == "read more"
    assert compiled._regex is not None
    assert compiled.search("Reading list", "reading list") is None

"""Fast paths give the answers of the plain computations they shortcut.

RuleSet.match goes through FamilyMatcher (rules/family.py), which skips rules by
cheap prechecks: each rule's examples and counterexamples, plus lines written to
hit the prechecks' edges, must get the same (rule, evidence) as the plain loop.
fold, the date finder and the language detector have shortcuts of their own.
"""
import random

import pytest
import regex

from declutter.rules import RuleSet, all_rules, line_key
from declutter.rules.precheck import required_chars

EDGE_LINES = [
    "© 2024 Example Media", "Copyright 2019 The Paper", "copyright (c) 2020", "(c) 2021 Foo",
    "Alle Rechte vorbehalten.", "all rights reservedness", "xall rights reserved", "AP", "map",
    "ap photo", "Foto: dpa", "dpa/ Reuters", "版权所有 © 新民网", "禁止转载", "ICP备12345号",
    "آخر تحديث: 12:30", "责任编辑：张三", "Read more: the story", "【関連記事】記事", "Lesen Sie auch: x",
    "Name *", "* Email", "Home | News | Sport | Weather", "www.example.com", "12 comments",
    "", "a", "*", ":", "|", "x" * 500,
    "This website uses cookies to improve your experience.", "COOKIES help us", "Cookie",
    "We use COOKİES and tracking on this site", "Site designed by Studio", "Website built by",
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


def test_fold_drops_harakat_and_unifies_alef_like_the_plain_substitution():
    from declutter.rules import fold
    plain = regex.compile(r"[\u0640\u064b-\u065f\u0670\u0622\u0623\u0625\u0671\u0649]")
    alef = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"}
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x600, 0x700)] + list("aZß ")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        expected = plain.sub(lambda m: alef.get(m.group(0), ""), text.casefold())
        assert fold(text) == expected, text


def test_dates_without_a_year_are_found_by_the_patterns_that_need_none():
    finder_ = __import__("declutter.dateparse", fromlist=["finder"]).finder(RuleSet.for_language("de"))
    assert finder_.find_all("am 27.04.24 um 10 Uhr") == [("2024-04-27", 3, 11)]
    assert finder_.find_all("27. April 2024") == [("2024-04-27", 0, 14)]
    assert finder_.find_all("Seite 3 von 12") == []


def test_language_counts_ascii_letters_as_latin_and_nothing_else():
    from declutter.stages.language import _ascii_non_latin, detect
    non_latin = _ascii_non_latin()
    assert non_latin is not None
    assert set(non_latin) == {c for c in range(128) if not chr(c).isalpha()}
    assert detect("Der Hund und die Katze sind in dem Haus, aber nicht mit den Kindern.") == "de"
    assert detect("Le chien et le chat sont dans la maison — “déjà” avec les enfants.") == "fr"
    assert detect("12345 !!! ---") is None


def test_small_letter_words_answer_as_the_findall_set():
    from declutter.stages.byline import _LOWER_WORD, _LowerWords
    text = ("Key Highlights\nkey points of the day: highlights, keyboard and mehr Infos\n"
            "Mehr zum Thema — mehr\nJohn Smith 3key key3 _key über überall déjà vu\n"
            "«grant» will-power will\nمحمد علي\n東京 tokyo")
    common = frozenset(_LOWER_WORD.findall(text))
    asked = _LowerWords(text)
    words = set(text.lower().replace("\n", " ").split()) | common | {
        "key", "highlights", "keyboard", "mehr", "infos", "john", "smith", "über", "überall",
        "déjà", "grant", "will", "power", "tokyo", "ke", "ey", "k", "", "3key", "xyz"}
    for word in sorted(words):
        assert (word in asked) == (word in common), word


def test_required_literals_are_top_level_runs():
    from declutter.rules.precheck import required_literals
    assert required_literals((r"\bcookies?\b.{0,9}site", r"(?:site|web).{0,9}\bcookies?\b")) \
        == ("cookie", "cookie")
    assert required_literals((r"(?:abc)def",)) == ("abcdef",)  # a plain group is its letters
    assert required_literals((r"(?s:abc)def",)) == ("def",)    # a group with flags: not read
    assert required_literals((r"ab.cd",)) is None               # no run of three
    assert required_literals((r"(?-i:cookie)",)) is None        # flags of its own


def test_no_dense_script_character_comes_before_thai():
    from declutter import text
    first = next(c for c in range(0x110000) if text._DENSE.match(chr(c)))
    assert first == 0xE01 and text._PAST_THAI.match(chr(first))
    assert text.weight("Größe 東京") == len("Größe 東京") + 4 and text.weight("Größe") == 5


def test_plain_characters_are_classed_alike_by_both_engines():
    import re

    from declutter import text
    for c in range(0x80, 0x110000):
        char = chr(c)
        if text.plain(char):
            assert (re.match(r"[^\W_]", char) is None) == (regex.match(r"[^\W_]", char) is None), hex(c)
            assert (re.match(r"\d", char) is None) == (regex.match(r"\d", char) is None), hex(c)
            assert not text._DENSE.match(char), hex(c)
    assert text.plain("“Déjà vu” — Привет, שלום, مرحبا € ✓ 😀") and not text.plain("½")
    assert not text.plain("e\u0301") and not text.plain("東京") and not text.plain("بِسْمِ")


def test_tokens_weight_and_language_words_of_plain_lines_are_the_regex_ones():
    from declutter import text
    from declutter.stages import language
    lines = ["“Déjà vu,” she said — 3½ times", "Straße № 5, ²nd", "Привет, мир! 2024",
             "Ünïcödé_under_score ‿ joined\u200dword", "مرحبا بِكُم ١٢٣", "東京 Tokyo ｶﾀｶﾅ",
             "İstanbul’da ŉ ﬁne", "e\u0301te\u0301 Ⅻ ① 😀 ✓ ★", "plain ascii words 42",
             "Hello_World, it's 4PM (ok) [x]{y} ~z` A-Z\tTab@Home/GO"]
    for line in lines:
        folded = line.casefold()
        assert text.tokens(line) == text._WORD.findall(folded), line
        assert text.weight(line) == len(line) + 2 * len(text._DENSE.findall(line)), line
        words = [w.casefold() for w in language._WORD.findall(line)]
        assert sorted(language._latin_words(line).elements()) == sorted(words), line


def test_phrase_screen_finds_a_line_exactly_when_it_holds_a_phrase():
    import re

    from declutter.rules.family import _any_of
    rng = random.Random(11)
    alphabet = "ab c.é©"
    for _ in range(3000):
        phrases = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                          for _ in range(rng.randint(1, 6))}, key=len, reverse=True)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = re.search(_any_of(phrases), text) is not None
        assert found == any(p in text for p in phrases), (phrases, text)

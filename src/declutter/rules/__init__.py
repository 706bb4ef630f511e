"""Rule data: words and patterns live in data/<lang>.toml and data/_common.toml.

The code here holds only the mechanisms. A rule is

    [[rule]]
    id = "forms.field-label"      # "<family>.<name>"; the family is the stage that applies it
    label = "form"                # the Label a match gives
    match = "line"                # line | prefix | contains | pattern
    scope = "any"                 # any: applies whatever the page language; lang: only its own
    max_chars = 80                # longer lines are never matched
    values = ["name", "email"]
    examples = ["Name *"]         # must match (a test checks)
    counterexamples = ["..."]     # must not match

`line` compares the line's key (case-folded, outer punctuation and asterisks stripped,
spaces collapsed) with each value; `prefix` wants the key to start with a value;
`contains` finds a value anywhere in the case-folded line; `pattern` is a regular
expression searched in the line as printed (case-insensitive).

Rules with the same id in several files are merged. Lexicons (month names, byline
cues, stopwords) follow the page language, with English and the common file added.

[lexicon] keys read by the stages:
  byline_prefix        cue words before author names ("by", "von", "بقلم")
  author_separators    words between two names ("and", "und", "و")
  agencies             news agencies: named in a byline, they are no person
  not_name_words       capitalised chrome words a line of names never holds ("News", "Staff")
  source_cue           the word before a credited source ("Quelle"), an author when no byline is found
  author_roles         role words after a name, cut off it ("Staff Writer", "Redakteurin")
  byline_piece         kinds of piece before an inner cue ("Ein Artikel von", "A column by")
  date_published_cue   words before the publication date ("Published", "Veröffentlicht");
                       kept in _common.toml for every language, since none is ambiguous
  date_updated_cue     words before an update date ("Updated", "Aktualisiert"), in _common.toml
  hijri_months         Hijri month names (ar)
  jalali_months        Solar Hijri month names (fa), converted by dateparse
  date_relative_*      cues and units of relative stamps ("vor 3 Stunden"), in _common.toml
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

import regex

from ..model import Label

MATCH_KINDS = ("line", "prefix", "contains", "pattern")

# Characters stripped from both ends of a line before exact and prefix matching.
_OUTER = regex.compile(r"^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$")
_SPACES = regex.compile(r"\s+")
_CJK_END = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]$")


# Tatweel and harakat go; alef forms become bare alef, alef maqsura becomes ya. Plain
# code points, so the stdlib engine finds them (faster than `regex` for one class).
_ARABIC_FOLD = re.compile("[\u0640\u064b-\u065f\u0670\u0622\u0623\u0625\u0671\u0649]")
_ARABIC_TABLE = {**dict.fromkeys([0x640, *range(0x64b, 0x660), 0x670]),
                 **dict.fromkeys(map(ord, "أإآٱ"), "ا"), ord("ى"): "ي"}


def fold(text: str) -> str:
    """Case-fold; for Arabic script also drop harakat and tatweel and unify alef forms,
    which writers vary freely ("الإسم" / "الاسم")."""
    text = text.casefold()
    if "\u0307" in text:
        # Turkish capital İ case-folds to "i" plus a combining dot: "EKİM" -> "ekim".
        text = text.replace("i\u0307", "i")
    if not text.isascii() and _ARABIC_FOLD.search(text):
        text = text.translate(_ARABIC_TABLE)
    return text


_OUTER_CHAR = regex.compile(r"[\p{P}\p{S}\p{Z}\s]")
_outer_chars: dict[str, bool] = {}      # character -> stripped by _OUTER (filled as met)


def _is_outer(char: str) -> bool:
    hit = _outer_chars.get(char)
    if hit is None:
        hit = _outer_chars[char] = _OUTER_CHAR.match(char) is not None
    return hit


# The ASCII characters _OUTER strips, for str.strip on ASCII lines.
_ASCII_OUTER = "".join(c for c in map(chr, range(128)) if _is_outer(c))


def line_key(text: str) -> str:
    """The form of a line that exact and prefix rules compare against."""
    return key_of_folded(fold(text))


def key_of_folded(text: str) -> str:
    """line_key of a line given already folded."""
    # Same result as _SPACES.sub(" ", _OUTER.sub("", text)), without the regex
    # engine trying the trailing alternative at every position of the line.
    if text.isascii():
        text = text.strip(_ASCII_OUTER)
    else:
        start, end = 0, len(text)
        while start < end and _is_outer(text[start]):
            start += 1
        while end > start and _is_outer(text[end - 1]):
            end -= 1
        if start or end < len(text):
            text = text[start:end]
    if text.isprintable():      # the only whitespace is the plain space
        return " ".join(text.split()) if "  " in text else text
    return _SPACES.sub(" ", text)


_LEADING = regex.compile(r"^[\p{P}\p{S}\p{Z}\s]+")


def _phrase_form(value: str) -> str:
    """A phrase as it appears in a line key: folded, no leading punctuation, inner
    and trailing punctuation kept ("tags:", "reuters/")."""
    return _SPACES.sub(" ", _LEADING.sub("", fold(value))).rstrip()


def _contains_form(value: str) -> str:
    """A phrase as a contains rule looks for it in the folded line: a leading "/" or "©"
    stays, as it is what the phrase is ("/afp" is a photo credit, "afp" any line
    naming the agency)."""
    return _SPACES.sub(" ", fold(value)).strip()


@functools.cache
def words_regex(words: tuple[str, ...], whole: bool = False) -> regex.Pattern:
    """Any of the lexicon words, folded, longest first, where a word starts (and, with
    `whole`, ends): the cue words before a date ("Published", "Aktualisiert")."""
    alts = "|".join(regex.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))
    if not alts:
        return regex.compile(r"(?!)")
    return regex.compile(r"(?<!\w)(?:" + alts + (r")(?!\w)" if whole else ")"))


def phrase_forms(values, kind: str) -> list[str]:
    """The distinct phrases of a prefix or contains rule, longest first."""
    form = _phrase_form if kind == "prefix" else _contains_form
    return sorted({f for f in map(form, values) if f}, key=len, reverse=True)


def forms_regex(forms, kind: str) -> regex.Pattern:
    """The regex of a prefix or contains rule over its phrases in their forms (see
    phrase_forms), longest first. A contains phrase that starts with a mark ("/afp") may
    follow a word ("Getty/AFP"); the others start a word. (One lookbehind before each
    group: one per branch makes the engine try every branch at every position.)"""
    words, marked = [], []
    for value in forms:
        # CJK and Thai have no spaces between words, so no word boundary is asked for there.
        tail = "" if _CJK_END.search(value) or not value[-1].isalnum() else r"(?!\w)"
        (words if kind == "prefix" or value[0].isalnum() else marked).append(regex.escape(value) + tail)
    if kind == "prefix":
        pattern = "^(?:" + "|".join(words) + ")" if words else ""
    else:
        pattern = "|".join(([r"(?<!\w)(?:" + "|".join(words) + ")"] if words else []) +
                           (["(?:" + "|".join(marked) + ")"] if marked else []))
    return regex.compile(pattern) if pattern else regex.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    label: Label
    match: str
    scope: str
    max_chars: int
    values: tuple[str, ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


class CompiledRule:
    """A rule ready to test lines: a set for exact keys, one regex otherwise.

    `first` is a cheap test that must pass before the regex is run: for prefix
    rules the plain startswith of the values, for pattern rules a character
    every match holds (rules/precheck.py). Neither changes what matches.
    """

    __slots__ = ("rule", "keys", "_regex", "prefixes", "needs")

    def __init__(self, rule: Rule):
        self.rule = rule
        self.keys: frozenset[str] = frozenset()
        self._regex: regex.Pattern | None = None
        self.prefixes: tuple[str, ...] | None = None
        self.needs: tuple[str, ...] | None = None
        if rule.match == "line":
            self.keys = frozenset(line_key(v) for v in rule.values)
        elif rule.match == "prefix":
            self.prefixes = tuple({f for f in map(_phrase_form, rule.values) if f})
        elif rule.match == "pattern":
            from .precheck import required_chars
            self.needs = required_chars(rule.values)

    @property
    def regex(self) -> regex.Pattern | None:
        """The rule's regex, compiled on first use: a phrase list compiles slowly in the
        `regex` module, and most prefix/contains rules never get past their precheck on
        one page (the command line cleans one page per process)."""
        if self._regex is None:
            kind, values = self.rule.match, self.rule.values
            if kind in ("prefix", "contains"):
                self._regex = forms_regex(phrase_forms(values, kind), kind)
            elif kind == "pattern":
                self._regex = regex.compile("|".join(f"(?:{v})" for v in values),
                                            regex.IGNORECASE | regex.V0)
        return self._regex

    def search(self, text: str, key: str) -> str | None:
        """The matched evidence, or None."""
        if len(text) > self.rule.max_chars:
            return None
        kind = self.rule.match
        if kind == "line":
            return key if key in self.keys else None
        if kind == "prefix":
            if not key.startswith(self.prefixes):
                return None
            m = self.regex.match(key)
        elif kind == "contains":
            m = self.regex.search(fold(text))
        else:
            if self.needs is not None and not any(c in text for c in self.needs):
                return None
            m = self.regex.search(text)
        return m.group(0) if m else None


@functools.cache
def _compiled(rule: Rule) -> CompiledRule:
    """A rule compiled once, whichever rule sets hold it: the rules of scope "any" make
    up most of every language's set (44 distinct rules in the 25 sets, 700 in all)."""
    return CompiledRule(rule)


def _data_files() -> dict[str, dict]:
    folder = resources.files(__package__) / "data"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out[entry.name[:-5]] = tomllib.loads(entry.read_text(encoding="utf-8"))
    return out


@functools.cache
def data() -> dict[str, dict]:
    """All data files, parsed once: {"_common": {...}, "ar": {...}, ...}."""
    return _data_files()


def _rules_of(name: str, spec: dict) -> list[Rule]:
    rules = []
    for raw in spec.get("rule", []):
        match = raw.get("match", "line")
        if match not in MATCH_KINDS:
            raise ValueError(f"{name}.toml rule {raw.get('id')}: unknown match {match!r}")
        rules.append(Rule(
            id=raw["id"], label=Label(raw["label"]), match=match,
            scope=raw.get("scope", "any"), max_chars=int(raw.get("max_chars", 200)),
            values=tuple(raw.get("values", ())), examples=tuple(raw.get("examples", ())),
            counterexamples=tuple(raw.get("counterexamples", ()))))
    return rules


def all_rules() -> list[tuple[str, Rule]]:
    """(file name, rule) for every rule in every data file, unmerged (for tests)."""
    return [(name, r) for name, spec in data().items() for r in _rules_of(name, spec)]


def languages() -> dict[str, dict]:
    """Language code -> its [language] table, for every language data file."""
    return {name: spec["language"] for name, spec in data().items()
            if not name.startswith("_") and "language" in spec}


@dataclass(frozen=True)
class Lexicon:
    """Word lists that follow the page language (plus English and the common file)."""

    months: dict[str, int]
    weekdays: frozenset[str]
    lists: dict[str, tuple[str, ...]]
    stopwords: frozenset[str] = frozenset()       # function words of the page language
    any_stopwords: frozenset[str] = frozenset()   # of every language with a data file

    def get(self, name: str) -> tuple[str, ...]:
        return self.lists.get(name, ())


class RuleSet:
    """The compiled rules and lexicon for one page language. Immutable and cached."""

    def __init__(self, lang: str | None, rules: list[Rule], lexicon: Lexicon):
        self.lang = lang
        merged: dict[tuple[str, str], Rule] = {}
        for r in rules:
            key = (r.id, r.match)
            if key in merged:
                old = merged[key]
                r = Rule(r.id, r.label, r.match, r.scope, max(r.max_chars, old.max_chars),
                         old.values + r.values, old.examples + r.examples,
                         old.counterexamples + r.counterexamples)
            merged[key] = r
        self.families: dict[str, list[CompiledRule]] = {}
        for r in merged.values():
            self.families.setdefault(r.family, []).append(_compiled(r))
        from .family import FamilyMatcher
        self._matchers = {name: FamilyMatcher(rules) for name, rules in self.families.items()}
        self.lexicon = lexicon

    def match(self, family: str, text: str, key: str | None = None,
              folded: str | None = None) -> tuple[Rule, str] | None:
        """The first rule of the family that matches the line, with its evidence.
        `folded` is fold(text) when the caller has it already."""
        matcher = self._matchers.get(family)
        if matcher is None:
            return None
        if key is None:
            key = line_key(text)
        return matcher.match(text, key, folded)

    def matcher(self, family: str):
        """The FamilyMatcher of a family (its match(text, key, folded)), or None."""
        return self._matchers.get(family)

    def rule_matches(self, rule_id: str, text: str) -> bool:
        key = line_key(text)
        return any(c.search(text, key) is not None
                   for rules in self.families.values() for c in rules if c.rule.id == rule_id)

    @staticmethod
    @functools.cache
    def empty() -> "RuleSet":
        return RuleSet(None, [], Lexicon({}, frozenset(), {}))

    @staticmethod
    @functools.cache
    def for_language(lang: str | None) -> "RuleSet":
        files = data()
        # A file may answer to other codes too ("nb" for Norwegian bokmål in no.toml).
        aliases = {a: code for code, spec in languages().items() for a in spec.get("aliases", ())}
        lang = aliases.get(lang, lang)
        rules: list[Rule] = []
        for name, spec in files.items():
            for r in _rules_of(name, spec):
                if r.scope == "any" or name == lang:
                    rules.append(r)
        lex_sources = [files.get("_common", {}), files.get("en", {})]
        if lang and lang != "en" and lang in files:
            lex_sources.append(files[lang])
        months: dict[str, int] = {}
        weekdays: set[str] = set()
        lists: dict[str, tuple[str, ...]] = {}
        for spec in lex_sources:
            for number, names in spec.get("months", {}).items():
                for n in names:
                    months[fold(n)] = int(number)
            weekdays.update(fold(w) for w in spec.get("weekdays", {}).get("names", ()))
            for k, v in spec.get("lexicon", {}).items():
                lists[k] = lists.get(k, ()) + tuple(v)
        stop = frozenset(fold(w) for w in files.get(lang or "", {}).get("language", {}).get("stopwords", ()))
        any_stop = frozenset(fold(w) for spec in files.values()
                             for w in spec.get("language", {}).get("stopwords", ()))
        return RuleSet(lang, rules, Lexicon(months, frozenset(weekdays), lists, stop, any_stop))

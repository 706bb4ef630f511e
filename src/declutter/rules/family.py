"""The rules of one family, tried in order behind tests that let most lines skip them.

A family's answer is its first rule (in data order) that matches a line. Few lines
match any rule, so FamilyMatcher first asks cheap questions whose "no" is certain:

- a line longer than every rule's max_chars matches none;
- a prefix rule can only match a key starting with one of its values, and only the
  values that start with the key's first character need be tried; its regex is then
  built from just the values the key starts with (the branches that can match, in
  their order), since compiling a long phrase list in `regex` costs more than the
  matching it serves on a whole page;
- a pattern rule with required characters (rules/precheck.py) needs one in the line,
  and an ASCII line cannot hold one when they are all non-ASCII (CJK, Arabic cues);
- a contains rule's phrases must occur in the folded line: the stdlib `re` finds
  whether one does faster than the `regex` search with its word-boundary lookarounds;
  that search then holds just the phrases the line holds (as for prefix rules).

A "yes" from these tests runs the rule itself, so answers and evidence are exactly
those of trying every rule in turn (CompiledRule.search). (Joining a family's
patterns into one alternation was measured slower: the regex module then tries
every branch at every position instead of scanning for each pattern's literals.)
"""
from __future__ import annotations

import functools
import re

import regex

from . import CompiledRule, fold, forms_regex, phrase_forms
from .precheck import required_literals


def _needs_test(needs: tuple[str, ...]):
    """A function: does the text hold one of the characters?"""
    if len(needs) == 1:
        return lambda text, char=needs[0]: char in text
    return re.compile("[" + "".join(re.escape(ch) for ch in needs) + "]").search


def _any_of(phrases) -> str:
    """A stdlib pattern that finds where one of the phrases occurs, their alternation
    factored by leading characters ("a(?:b|cd)" for "ab" and "acd"): at each position the
    engine then tries one branch per distinct next character, not every phrase. A phrase
    ends its branch, as the longer ones that start with it add no line."""
    if "" in phrases:
        return ""
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        rests.setdefault(phrase[0], []).append(phrase[1:])
    branches = [re.escape(first) + _any_of(rest) for first, rest in rests.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _phrase_screen(c: CompiledRule):
    """(stdlib search, phrases longest first) of a contains rule, or None when it has
    no phrase. The search finds one of the phrases in the folded line, which every
    line the rule matches holds. Without the rule's word-boundary
    lookarounds: a lookbehind in front keeps the engine from skipping ahead to the
    phrases' first characters, and a phrase inside a word is rare."""
    phrases = phrase_forms(c.rule.values, "contains")
    return (re.compile(_any_of(phrases)).search, tuple(phrases)) if phrases else None


def _pattern_screen(c: CompiledRule):
    """(required-character test, all of them non-ASCII, required-literal search) of a
    pattern rule, any part None when unknown; None when nothing is known."""
    holds = _needs_test(c.needs) if c.needs else None
    non_ascii = bool(c.needs) and not any(ch.isascii() for ch in c.needs)
    literal = None
    runs = required_literals(c.rule.values)
    if runs:
        # Same engine and flags as the rule: each of its matches holds its run as matched.
        literal = regex.compile("|".join(regex.escape(r) for r in sorted(set(runs))),
                                regex.IGNORECASE | regex.V0).search
    return (holds, non_ascii, literal) if holds or literal else None


# The regex of a prefix or contains rule cut down to the phrases a line starts with or
# holds (longest first, as in the whole rule): the other branches could not match in it.
# (Bounded: a corpus run meets ever new sets of phrases.)
_phrase_regex = functools.lru_cache(maxsize=4096)(forms_regex)


@functools.cache
def _step(c: CompiledRule) -> tuple:
    """(kind, max_chars, compiled rule, kind-specific data) of one rule, built once per
    compiled rule (rules/__init__._compiled shares those between rule sets)."""
    data = None
    if c.rule.match == "prefix":
        data = {}
        for p in c.prefixes:
            data.setdefault(p[0], []).append(p)
        data = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in data.items()}
    elif c.rule.match == "contains":
        data = _phrase_screen(c)
    elif c.rule.match == "pattern":
        data = _pattern_screen(c)
    return c.rule.match, c.rule.max_chars, c, data


class FamilyMatcher:
    __slots__ = ("steps", "max_chars")

    def __init__(self, rules: list[CompiledRule]):
        self.max_chars = max((c.rule.max_chars for c in rules), default=-1)
        # (kind, max_chars, compiled rule, kind-specific data) in family order.
        self.steps = [_step(c) for c in rules]

    def match(self, text: str, key: str, folded: str | None = None):
        """(Rule, evidence) of the first rule that matches, or None."""
        length = len(text)
        if length > self.max_chars:
            return None
        for kind, max_chars, c, data in self.steps:
            if length > max_chars:
                continue
            if kind == "line":
                if key in c.keys:
                    return c.rule, key
                continue
            if kind == "prefix":
                starts = data.get(key[:1])
                if starts is None or not key.startswith(starts):
                    continue
                m = _phrase_regex(tuple(p for p in starts if key.startswith(p)), kind).match(key)
            elif kind == "contains":
                if folded is None:
                    folded = fold(text)
                if data is None:
                    m = c.regex.search(folded)      # no phrase: never matches
                else:
                    screen, phrases = data
                    if screen(folded) is None:
                        continue
                    m = _phrase_regex(tuple(p for p in phrases if p in folded), kind).search(folded)
            else:
                if data is not None:
                    holds, non_ascii, literal = data
                    if holds is not None and ((non_ascii and text.isascii()) or not holds(text)):
                        continue
                    if literal is not None and literal(text) is None:
                        continue
                m = c.regex.search(text)
            if m:
                return c.rule, m.group(0)
        return None

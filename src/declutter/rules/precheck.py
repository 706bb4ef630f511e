r"""Characters a pattern rule cannot match without, found once when rules compile.

`^[^.!?]{1,35}\s?\*\s*$` cannot match a line without "*"; a menu pattern cannot
match without one of its separators. Checking `"*" in line` costs a fraction of a
regular-expression search, and most lines fail it, so CompiledRule tests it first.

Only characters that no case-insensitive match could stand in for are used
(punctuation and symbols with no case forms, and letters and digits of caseless
kinds: CJK, Arabic, decimal digits), and only patterns that the standard library
parser reads as the `regex` module does: anything doubtful gets no precheck, which
is always correct (the pattern is then searched as before).
"""
from __future__ import annotations

import re
import unicodedata

try:    # the stdlib's own parser: private, so a Python that moves it just loses the precheck
    import re._parser as sre_parse
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
except ImportError:         # pragma: no cover
    sre_parse = None

# Syntax where the regex module and the stdlib parser could part ways.
_DOUBTFUL = ("[[", "(?|", "(?>", "++", "*+", "?+", "}+", "\\p", "\\P", "\\X", "\\L",
             "\\m", "\\M", "\\K", "\\G", "\\h", "\\N", "(?r", "(?V", "(?f", "(?w", "(?e", "(?x")


# A POSIX class ("[:alpha:]" inside a set), which the stdlib parser reads as literals.
_POSIX_CLASS = re.compile(r"\[:\^?\w+:\]")
# Letters and digits that have no case in any Unicode version: other letters (CJK,
# Arabic, Hebrew, kana…) and decimal digits.
_CASELESS = ("Lo", "Nd")


def _plain(code: int) -> str | None:
    """The character, if it only ever matches itself (case-insensitively too)."""
    c = chr(code)
    if c.isspace():
        return None
    if unicodedata.category(c) in _CASELESS:
        return c
    if c.isalnum() or not (c.lower() == c == c.upper() == c.casefold()):
        return None
    return c


def _needs(items) -> frozenset[str] | None:
    """A small set of characters one of which every match of the sequence holds."""
    best = None
    for op, av in items:
        found = None
        if op is LITERAL:
            c = _plain(av)
            found = frozenset(c) if c else None
        elif op is IN:
            chars = [_plain(a) if o is LITERAL else None for o, a in av]
            found = frozenset(chars) if chars and None not in chars else None
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            found = _needs(av[2])
        elif op is SUBPATTERN:
            found = _needs(av[-1])
        elif op is BRANCH:
            sets = [_needs(branch) for branch in av[1]]
            found = frozenset().union(*sets) if None not in sets else None
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def required_chars(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """Characters one of which any line matching one of the patterns must contain,
    or None when that cannot be said for sure."""
    if sre_parse is None:
        return None
    out: set[str] = set()
    for pattern in patterns:
        if any(d in pattern for d in _DOUBTFUL) or _POSIX_CLASS.search(pattern):
            return None
        try:
            needed = _needs(sre_parse.parse(pattern, 0))
        except Exception:                     # not readable by the stdlib parser
            return None
        if not needed:
            return None
        out |= needed
    return tuple(sorted(out))


def required_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """For each pattern, the longest run of literal characters (three or more) that every
    match of it holds as it is written, read at the top level of the pattern only (so the
    pattern's own flags apply to it); None when some pattern has none. Searched with the
    rule's engine and flags, they find something in every line the rule matches."""
    if sre_parse is None:
        return None
    runs = []
    for pattern in patterns:
        if any(d in pattern for d in _DOUBTFUL + ("(?-", "(?i)", "(?u)", "(?a)", "(?L)")) \
                or _POSIX_CLASS.search(pattern):
            return None
        try:
            items = list(sre_parse.parse(pattern, 0))
        except Exception:
            return None
        best, current = "", ""
        for op, av in items:
            if op is LITERAL:
                current += chr(av)
                if len(current) > len(best):
                    best = current
            else:
                current = ""
        if len(best) < 3:
            return None
        runs.append(best)
    return tuple(runs)

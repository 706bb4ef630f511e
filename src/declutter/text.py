"""Small text measures shared by the stages: script-aware length, tokens, scripts.

Most lines are plain ASCII, so each measure first tries a check that runs at C
speed (str methods, the stdlib `re` on ASCII) and falls back to the Unicode-aware
`regex` pattern only when the line needs it; both paths give the same result.
"""
from __future__ import annotations

import re
from collections import Counter

import regex

# Scripts written without spaces between words: one character carries about a word.
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W_]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")        # _WORD on case-folded ASCII text
_LETTER = regex.compile(r"\p{L}")
_SENTENCE_END = frozenset(".!?。！？؟…:;»\"”’)")
# The lookbehind starts a match only at the start of a whitespace run, so a search
# over a long run of spaces followed by text stays linear.
_TRAILING_SPACE = regex.compile(r"(?<!\s)\s+$")


# No character of _DENSE's scripts comes before U+0E01 (Thai; a test checks), so a line
# without one past it is plain: the stdlib engine tells so ten times faster than _DENSE.
_PAST_THAI = re.compile("[\u0e01-\U0010ffff]")


def weight(text: str) -> int:
    """Length in Latin-character equivalents: a CJK or Thai character counts as three."""
    if text.isascii() or not _PAST_THAI.search(text) or not _DENSE.search(text):
        return len(text)
    return len(text) + 2 * len(_DENSE.findall(text))


def tokens(text: str) -> list[str]:
    """Words, with CJK split by character (as the scorer and jusText do)."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    return _WORD.findall(text.casefold())


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the last character before any trailing whitespace ends a sentence."""
    last = text[-1:]
    if last in _SENTENCE_END:
        return True
    if last.isspace():
        # Whitespace as `regex` sees it (str.isspace also takes \x1c-\x1f).
        m = _TRAILING_SPACE.search(text)
        return m is not None and text[m.start() - 1:m.start()] in _SENTENCE_END
    return False


def similarity(a: list[str], b: list[str]) -> tuple[float, float]:
    """(share of a found in b, share of b found in a), over token multisets."""
    if not a or not b:
        return 0.0, 0.0
    set_a, set_b = set(a), set(b)
    if len(set_a) == len(a) or len(set_b) == len(b):
        # One side has no repeated token: the multiset overlap is the set overlap.
        common = len(set_a & set_b)
    else:
        common = sum((Counter(a) & Counter(b)).values())
    return common / len(a), common / len(b)

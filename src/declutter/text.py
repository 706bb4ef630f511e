"""Small text measures shared by the stages: script-aware length, tokens, scripts."""
from __future__ import annotations

from collections import Counter

import regex

# Scripts written without spaces between words: one character carries about a word.
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W_]+")
_LETTER = regex.compile(r"\p{L}")
_SENTENCE_END = regex.compile(r"[.!?。！？؟…:;»\"”’)]\s*$")


def weight(text: str) -> int:
    """Length in Latin-character equivalents: a CJK or Thai character counts as three."""
    return len(text) + 2 * len(_DENSE.findall(text))


def tokens(text: str) -> list[str]:
    """Words, with CJK split by character (as the scorer and jusText do)."""
    return _WORD.findall(text.casefold())


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def similarity(a: list[str], b: list[str]) -> tuple[float, float]:
    """(share of a found in b, share of b found in a), over token multisets."""
    if not a or not b:
        return 0.0, 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / len(a), common / len(b)

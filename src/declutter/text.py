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
_LETTER = regex.compile(r"\p{L}")
_SENTENCE_END = frozenset(".!?。！？؟…:;»\"”’)")
# The lookbehind starts a match only at the start of a whitespace run, so a search
# over a long run of spaces followed by text stays linear.
_TRAILING_SPACE = regex.compile(r"(?<!\s)\s+$")


# No character of _DENSE's scripts comes before U+0E01 (Thai; a test checks), so a line
# without one past it is plain: the stdlib engine tells so ten times faster than _DENSE.
_PAST_THAI = re.compile("[\u0e01-\U0010ffff]")


# Outside ASCII, most lines of Latin, Cyrillic, Greek, Arabic and Hebrew pages hold only
# plain characters: ones of none of _DENSE's scripts that the stdlib engine takes for a
# word character and for a digit exactly when `regex` does (accented letters, typographic
# quotes and dashes, symbols, emoji). In a plain line _WORD finds what the stdlib's
# [^\W_]+ finds and weight() is the length, both worked out at C speed. Marks (harakat,
# combining accents) and numbers such as "½", on which the engines differ, and the dense
# scripts are left to `regex`.
_PLAIN_BLOCKS = ((0x80, 0x6FF), (0x1E00, 0x1EFF), (0x2000, 0x27BF), (0x3000, 0x303F),
                 (0xFF00, 0xFFEF), (0x1F000, 0x1FAFF))
_PLAIN_WORD = re.compile(r"[^\W_]+")
_not_plain: list = []     # the stdlib search for a character that is not plain, on first use


def _not_plain_search():
    """The search for a character outside ASCII and the plain characters of _PLAIN_BLOCKS,
    each block's characters classed by both engines in one findall each."""
    chars = "".join("".join(map(chr, range(start, end + 1))) for start, end in _PLAIN_BLOCKS)

    def differ(pattern: str) -> set[str]:
        return set(re.findall(pattern, chars)) ^ set(regex.findall(pattern, chars))

    odd = sorted(map(ord, differ(r"[^\W_]") | differ(r"\d") | set(_DENSE.findall(chars))))
    # The plain characters as ranges, the gaps between odd ones (a class of single
    # characters compiles slowly).
    spans = []
    for start, end in _PLAIN_BLOCKS:
        for c in [c for c in odd if start <= c <= end] + [end + 1]:
            if start < c:
                spans.append(f"\\U{start:08x}-\\U{c - 1:08x}")
            start = c + 1
    return re.compile("[^\\x00-\\x7f" + "".join(spans) + "]").search


def plain(text: str) -> bool:
    """True when every character of the text is ASCII or plain (see _PLAIN_BLOCKS)."""
    if not _not_plain:
        _not_plain.append(_not_plain_search())
    return _not_plain[0](text) is None


def weight(text: str) -> int:
    """Length in Latin-character equivalents: a CJK or Thai character counts as three."""
    if text.isascii() or plain(text) or not _PAST_THAI.search(text) or not _DENSE.search(text):
        return len(text)
    return len(text) + 2 * len(_DENSE.findall(text))


def ascii_table(keep: str) -> bytes:
    """A bytes.translate table for ascii_runs: capitals to small letters, the kept
    characters (small letters, digits) to themselves, every other byte to a space."""
    return bytes(ord(chr(b).lower()) if chr(b).lower() in keep else 0x20 for b in range(256))


def ascii_runs(text: str, table: bytes) -> list[str]:
    """The runs of an ASCII text's kept characters, lower-cased (see ascii_table): what
    findall of "[kept]+" on text.lower() gives, at twice its speed."""
    return text.encode().translate(table).decode().split()


_ASCII_WORD = ascii_table("abcdefghijklmnopqrstuvwxyz0123456789")    # _WORD on ASCII text


def tokens(text: str) -> list[str]:
    """Words, with CJK split by character (as the scorer and jusText do)."""
    if text.isascii():
        return ascii_runs(text, _ASCII_WORD)
    text = text.casefold()
    return _PLAIN_WORD.findall(text) if plain(text) else _WORD.findall(text)


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

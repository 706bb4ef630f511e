"""Detect the page language and script direction.

Scripts decide most languages at once (Arabic, Cyrillic, Greek, Han, kana, Hangul…).
Latin-script pages are told apart by counting each language's stopwords, which live
in the language data files.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

import regex

from ..model import Document
from ..rules import languages
from ..text import ascii_runs, ascii_table, plain

_SCRIPTS = [
    ("Arabic", regex.compile(r"\p{Arabic}")), ("Hebrew", regex.compile(r"\p{Hebrew}")),
    ("Cyrillic", regex.compile(r"\p{Cyrillic}")), ("Greek", regex.compile(r"\p{Greek}")),
    ("Kana", regex.compile(r"[\p{Hiragana}\p{Katakana}]")), ("Han", regex.compile(r"\p{Han}")),
    ("Hangul", regex.compile(r"\p{Hangul}")), ("Devanagari", regex.compile(r"\p{Devanagari}")),
    ("Thai", regex.compile(r"\p{Thai}")), ("Bengali", regex.compile(r"\p{Bengali}")),
    ("Armenian", regex.compile(r"\p{Armenian}")), ("Georgian", regex.compile(r"\p{Georgian}")),
    ("Latin", regex.compile(r"\p{Latin}")),
]
# One pass counts the characters (collections.Counter, at C speed); each distinct
# character is then put in its script once, remembered for later pages.
_script_of: dict[str, str | None] = {}
_SCRIPT_LANG = {"Hebrew": "he", "Greek": "el", "Hangul": "ko", "Devanagari": "hi",
                "Thai": "th", "Bengali": "bn", "Armenian": "hy", "Georgian": "ka"}
RTL = frozenset({"ar", "fa", "ur", "he", "ps", "yi", "ckb", "sd", "ug"})
_URDU = regex.compile(r"[ٹڈڑںےھ]")
_PERSIAN = regex.compile(r"[پچژگ]")
_UKRAINIAN = regex.compile(r"[іїєґ]", regex.IGNORECASE)
_WORD = regex.compile(r"[^\W\d_]+")
_ASCII_WORD = ascii_table("abcdefghijklmnopqrstuvwxyz")    # _WORD on ASCII text
_PLAIN_WORD = re.compile(r"[^\W\d_]+")    # _WORD on plain text
SAMPLE_CHARS = 8000


def detect(text: str) -> str | None:
    """An ISO 639-1 code for the text, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    counts = dict.fromkeys((name for name, _ in _SCRIPTS), 0)
    non_latin = _ascii_non_latin()
    if non_latin is not None:
        # ASCII characters are Latin letters or no script: count the letters with bytes
        # methods and leave Counter only the other characters.
        counts["Latin"] = len(sample.encode("ascii", "ignore").translate(None, non_latin))
        sample_rest = _ASCII_RUN.sub("", sample)
    else:                           # pragma: no cover (a regex build that puts ASCII elsewhere)
        sample_rest = sample
    for char, n in Counter(sample_rest).items():
        script = _script_of[char] if char in _script_of else _classify(char)
        if script is not None:
            counts[script] += n
    # Latin chrome (menus, "Security Code") is common on non-Latin pages, so any
    # other script with a fair share of the letters wins.
    total = sum(counts.values())
    if not total:
        return None
    others = sorted(((n, s) for s, n in counts.items() if s != "Latin"), reverse=True)
    top_count, top = others[0]
    if top_count >= 0.25 * total or top_count > counts["Latin"]:
        if top == "Arabic":
            if len(_URDU.findall(sample)) > 0.01 * top_count:
                return "ur"
            return "fa" if len(_PERSIAN.findall(sample)) > 0.005 * top_count else "ar"
        if top == "Cyrillic":
            return "uk" if len(_UKRAINIAN.findall(sample)) > 0.01 * top_count else "ru"
        if top in ("Han", "Kana"):
            return "ja" if counts["Kana"] > 0.05 * (counts["Han"] + counts["Kana"]) else "zh"
        return _SCRIPT_LANG.get(top)
    return _latin_language(sample)


_ASCII_RUN = re.compile("[\x00-\x7f]+")
_non_latin: list[bytes | None] = []


def _ascii_non_latin() -> bytes | None:
    """The ASCII bytes that are no Latin letter, when every ASCII character is either
    Latin or of no script here (else None); worked out once with _classify."""
    if not _non_latin:
        scripts = {code: _script_of.get(chr(code)) or _classify(chr(code)) for code in range(128)}
        ok = all(s in (None, "Latin") for s in scripts.values())
        _non_latin.append(bytes(c for c, s in scripts.items() if s != "Latin") if ok else None)
    return _non_latin[0]


def _classify(char: str) -> str | None:
    """The script of one character among _SCRIPTS (they do not overlap), or None."""
    script = _script_of[char] = next((name for name, rx in _SCRIPTS if rx.match(char)), None)
    return script


def _latin_words(sample: str) -> Counter:
    """The words of the sample (_WORD), case-folded, with their counts."""
    if sample.isascii():
        return Counter(ascii_runs(sample, _ASCII_WORD))
    # Line by line, so ASCII and plain lines (see text.plain) take the faster
    # paths too ("\n" is in no word).
    found: list[str] = []
    for piece in sample.split("\n"):
        if piece.isascii():
            found += ascii_runs(piece, _ASCII_WORD)
        else:
            found += map(str.casefold, (_PLAIN_WORD if plain(piece) else _WORD).findall(piece))
    return Counter(found)


def _latin_language(sample: str) -> str:
    words = _latin_words(sample)
    best, best_score = "en", 0
    for code, spec in languages().items():
        stop = spec.get("stopwords")
        if not stop or spec.get("script", "Latin") != "Latin":
            continue
        score = sum(map(words.get, stop, repeat(0, len(stop))))
        if score > best_score:
            best, best_score = code, score
    return best


def run(doc: Document, ctx) -> None:
    if ctx.config.lang:
        doc.lang = ctx.config.lang
    else:
        doc.lang = detect(_opening(doc, SAMPLE_CHARS))
    doc.direction = "rtl" if doc.lang in RTL else "ltr"


def _opening(doc: Document, size: int) -> str:
    """The first `size` characters of the non-blank lines joined by newlines."""
    texts, total = [], 0
    for ln in doc.lines:
        if ln.text:
            texts.append(ln.text)
            total += len(ln.text) + 1
            if total > size:
                break
    return "\n".join(texts)[:size]

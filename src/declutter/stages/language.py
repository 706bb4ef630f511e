"""Detect the page language and script direction.

Scripts decide most languages at once (Arabic, Cyrillic, Greek, Han, kana, Hangul…).
Latin-script pages are told apart by counting each language's stopwords, which live
in the language data files.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..model import Document
from ..rules import languages

_SCRIPTS = [
    ("Arabic", regex.compile(r"\p{Arabic}")), ("Hebrew", regex.compile(r"\p{Hebrew}")),
    ("Cyrillic", regex.compile(r"\p{Cyrillic}")), ("Greek", regex.compile(r"\p{Greek}")),
    ("Kana", regex.compile(r"[\p{Hiragana}\p{Katakana}]")), ("Han", regex.compile(r"\p{Han}")),
    ("Hangul", regex.compile(r"\p{Hangul}")), ("Devanagari", regex.compile(r"\p{Devanagari}")),
    ("Thai", regex.compile(r"\p{Thai}")), ("Bengali", regex.compile(r"\p{Bengali}")),
    ("Armenian", regex.compile(r"\p{Armenian}")), ("Georgian", regex.compile(r"\p{Georgian}")),
    ("Latin", regex.compile(r"\p{Latin}")),
]
_SCRIPT_LANG = {"Hebrew": "he", "Greek": "el", "Hangul": "ko", "Devanagari": "hi",
                "Thai": "th", "Bengali": "bn", "Armenian": "hy", "Georgian": "ka"}
RTL = frozenset({"ar", "fa", "ur", "he", "ps", "yi", "ckb", "sd", "ug"})
_URDU = regex.compile(r"[ٹڈڑںےھ]")
_PERSIAN = regex.compile(r"[پچژگ]")
_UKRAINIAN = regex.compile(r"[іїєґ]", regex.IGNORECASE)
_WORD = regex.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 8000


def detect(text: str) -> str | None:
    """An ISO 639-1 code for the text, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    counts = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS}
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


def _latin_language(sample: str) -> str:
    words = Counter(w.casefold() for w in _WORD.findall(sample))
    best, best_score = "en", 0
    for code, spec in languages().items():
        stop = spec.get("stopwords")
        if not stop or spec.get("script", "Latin") != "Latin":
            continue
        score = sum(words[w] for w in stop)
        if score > best_score:
            best, best_score = code, score
    return best


def run(doc: Document, ctx) -> None:
    if ctx.config.lang:
        doc.lang = ctx.config.lang
    else:
        doc.lang = detect("\n".join(ln.text for ln in doc.lines if ln.text))
    doc.direction = "rtl" if doc.lang in RTL else "ltr"

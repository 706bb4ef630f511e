"""Normalise each line: NFC, no zero-width or bidi controls, no BOM, collapsed spaces.

Right-to-left text is never reordered: only invisible control characters go.
"""
from __future__ import annotations

import unicodedata

import regex

from ..model import Document, Label
from ..rules import fold, key_of_folded
from ..text import weight

# Zero-width space, bidi marks and embedding/override/isolate controls, BOM, soft hyphen,
# and C0/C1 controls other than tab. Their removal never changes what a reader sees.
# The zero-width non-joiner and joiner (U+200C, U+200D) stay: they change how Persian,
# Urdu and Indic letters join ("می‌گویند" is not "میگویند") and they split words.
_INVISIBLE = regex.compile(
    r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    r"\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_text(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw) if not raw.isascii() else raw
    if text.isprintable():
        # No control, format (zero-width, bidi) or separator character other than the
        # plain space, so only runs of spaces can need collapsing.
        return " ".join(text.split()) if "  " in text else text.strip(" ")
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def run(doc: Document, ctx) -> None:
    block = 0
    previous_blank = True
    blanks = 0
    blank_mark = None
    for line in doc.lines:
        raw = line.raw
        # Inline fast paths of normalize_text, weight and fold for the common printable
        # ASCII line (the same results: ASCII needs no NFC, and casefold is lower there).
        if raw.isascii() and raw.isprintable():
            text = " ".join(raw.split()) if "  " in raw else raw.strip(" ")
        else:
            text = normalize_text(raw)
        line.text = text
        if not text:
            if not previous_blank:
                block += 1
            previous_blank = True
            # ctx.mark, unrolled: every blank line shares one Mark (counted once at the end).
            if blank_mark is None:
                ctx.mark(line, Label.BLANK, "normalize.blank")
                blank_mark = line.marks[-1]
            else:
                line.label = Label.BLANK
                line.marks.append(blank_mark)
                blanks += 1
            continue
        previous_blank = False
        line.block = block
        if text.isascii():
            line.weight = len(text)
            line.folded = text.lower()
        else:
            line.weight = weight(text)
            line.folded = fold(text)
        line.key = key_of_folded(line.folded)
    if blanks:
        ctx.counts["normalize.blank"] += blanks

"""Byline near the top of the article, split into authors and place.

Two shapes are recognised: a cue word and names ("By Jane Doe and John Roe",
"بقلم جلال فواز", "Von Anna Muster"), and the dateline "PLACE - NAME" that Arabic
news pages print above the text ("أنقرة - جلال فواز").
"""
from __future__ import annotations

import functools

import regex

from ..dateparse import finder
from ..model import Document, Field, Label
from ..text import tokens

SKIP = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.HEADLINE, Label.TITLE,
                  Label.SUBHEADLINE, Label.CAPTION})
MAX_BYLINE_CHARS = 140
MAX_NAME_WORDS = 5
_DASH_LINE = regex.compile(r"^([^\d\-–—|:،,]{2,40}?)\s+[-–—]\s+([^\d\-–—|:]{2,60})$")
# (?<!\s): start only where a run of spaces starts, so a long run is scanned once (linear).
_CUT = regex.compile(r"(?<!\s)\s*(?:[|·•/,]\s*|\s[-–—]\s|\(|\d).*$")
_NAME_CHARS = regex.compile(r"^[\p{L}\p{M}'’.\- ]+$")


@functools.cache
def _cue_regex(cues: tuple[str, ...]) -> regex.Pattern:
    alts = "|".join(regex.escape(c.casefold()) for c in sorted(set(cues), key=len, reverse=True))
    return regex.compile(r"^(?:" + alts + r")(?:\s*[:：\-–]\s*|\s+)(.+)$") if alts else regex.compile("(?!)")


@functools.cache
def _separator_regex(separators: tuple[str, ...]) -> regex.Pattern:
    words = [regex.escape(s) for s in separators if s.strip() not in (",", "&", ";")]
    return regex.compile(r"(?<!\s)\s*(?:[,&;،]|\s(?:" + "|".join(words or ["(?!)"]) + r")\s)\s*")


def split_names(text: str, lexicon) -> list[str]:
    names = []
    for part in _separator_regex(lexicon.get("author_separators")).split(text):
        part = part.strip(" .:-–—")
        if part and _NAME_CHARS.match(part) and 1 <= len(part.split()) <= MAX_NAME_WORDS:
            names.append(part)
    return names


def parse_byline(text: str, rules) -> tuple[list[str], str | None] | None:
    """(authors, place) when the line is a byline, else None."""
    lex = rules.lexicon
    m = _cue_regex(lex.get("byline_prefix")).match(text.casefold())
    if m:
        rest = text[m.start(1):]
        found = finder(rules).find(rest)
        if found:
            rest = rest[:found[1]]
        rest = _CUT.sub("", rest)
        names = split_names(rest, lex)
        return (names, None) if names else None
    m = _DASH_LINE.match(text)
    if m:
        place, who = m.group(1).strip(), m.group(2).strip()
        if len(tokens(place)) <= 3 and 1 <= len(tokens(who)) <= 4 and _NAME_CHARS.match(who):
            agencies = {a.casefold() for a in lex.get("agencies")}
            return ([] if who.casefold() in agencies else [who]), place
    return None


def run(doc: Document, ctx) -> None:
    window = _window(doc, ctx.config.byline_window)
    for i in window:
        ln = doc.lines[i]
        if ln.label in SKIP or ln.weight > MAX_BYLINE_CHARS:
            continue
        parsed = parse_byline(ln.text, ctx.rules)
        if parsed is None:
            continue
        authors, place = parsed
        ctx.mark(ln, Label.BYLINE, "byline.cue" if place is None else "byline.place-dash-name",
                 ", ".join(authors))
        doc.fields["byline"] = Field(ln.text, i, 0.8)
        doc.fields["authors"] = Field(authors, i, 0.8 if authors else 0.0)
        if place:
            doc.fields["place"] = Field(place, i, 0.7)
        return


def _window(doc: Document, size: int) -> list[int]:
    """Line indexes around the article top: from the headline to a few lines into the text."""
    content = [i for i, ln in enumerate(doc.lines) if ln.text]
    head = doc.fields.get("headline")
    start_line = doc.main[0] if doc.main else (content[0] if content else 0)
    if head is not None and head.line is not None and head.line < start_line:
        first = head.line
    else:
        first = start_line
    pos = next((k for k, i in enumerate(content) if i >= first), 0)
    main_pos = next((k for k, i in enumerate(content) if i >= start_line), pos)
    lo = max(0, min(pos, main_pos - size))
    return content[lo:main_pos + 3]

"""Authors stated by the HTML markup, weighed against the byline read from the text.

Sources, most trusted first: JSON-LD article authors (persons), <meta name=author>
and its kin, itemprop/rel=author elements, an element whose class says author or
byline, and last JSON-LD organisations. A byline printed with a cue ("By …") stands
against all of them; a bare name found by its shape alone yields to names the
markup states (a photo credit or a section name can look like a name; the
markup's author cannot).
"""
from __future__ import annotations

import html as html_lib

import regex

from ..model import Document, Field, Label
from ..rules import fold
from .names import _CJK_NAME, NameCheck, name_check

_BY = regex.compile(r"^\s*(?:by|von|par|por|door|di|av|af|przez|автор|tekst|text)\s*[:]?\s+",
                    regex.IGNORECASE)
_NAME_SPLIT = regex.compile(r"(?<!\s)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\bu\b|\|)\s*")
# An address, a URL slug ("alan-johnson"), a caption-like "(Image: ITV)".
_NOT_NAME = regex.compile(r"@|https?:|www\.|\.[a-z]{2,4}$|^[a-z0-9]+(?:-[a-z0-9]+)+$|[(:]", regex.IGNORECASE)
_CODE = regex.compile(r"\s*\([\w.]{1,6}\)$")           # "Elena Oberholzer (obe)": a staff code
_DOMAIN = regex.compile(r"^[\w-]+\.[a-z]{2,4}$", regex.IGNORECASE)   # a site as author: "ETMarkets.com"
_INNER_CUE = regex.compile(r"\b(?:by|par|por)\s", regex.IGNORECASE)   # "Developed By Heba Musa"
AUTHOR_WORDS = frozenset({"author", "byline"})
MAX_NAME_WORDS = 5
CREDIBLE = 0.6   # byline confidence of a bare name with a date beside it or printed again
# Text byline shapes that hold no cue word: markup persons are trusted over them.
WEAK_RULES = ("byline.name-line", "byline.name-then-meta", "byline.date-then-name", "byline.far-cue",
              "byline.source-credit")


def names_of(values: list[str], site: str | None, check: NameCheck | None = None,
             stated: bool = False) -> list[str]:
    """Names from markup values. A value that holds a web address or the site's name
    beside other parts, or an inner cue, is dropped whole ("hessenschau.de, Frankfurt,
    Germany", "Developed By Heba Musa"). `stated`: JSON-LD authors, kept even when they
    are the site's own name or hold digits ("FOCUS online", "BR24 Redaktion")."""
    out: list[str] = []
    site_key = (site or "").casefold()
    for value in values:
        value = _BY.sub("", html_lib.unescape(value).replace("\xa0", " ")).strip()
        if _INNER_CUE.search(value):
            continue
        parts = [_CODE.sub("", p).strip(" .-–—") for p in _NAME_SPLIT.split(value)]
        parts = [p for p in parts if p]
        if any(_NOT_NAME.search(p) and not (stated and _DOMAIN.search(p)) for p in parts) or (
                not stated and len(parts) > 1 and any(p.casefold() == site_key for p in parts)):
            continue
        for part in parts:
            if len(part.split()) > MAX_NAME_WORDS or part in out or (
                    not stated and (regex.search(r"\d", part) or part.casefold() == site_key)):
                continue
            if check is not None and not check.ok(part, strict=False):
                continue
            out.append(part)
    return out


def _class_byline(doc: Document, ctx, check: NameCheck) -> list[str]:
    """A short line whose element class says author or byline ("byline__name"), outside
    forms; a lone cue ("Published by"), a label ("Name *") or a prompt ("Author:") is none."""
    from .byline import parse_byline, _is_cue_line
    for ln in doc.lines:
        if (ln.text and ln.hints and ln.weight <= 80 and ln.hints["words"] & AUTHOR_WORDS
                and ln.label not in (Label.BODY, Label.HEADLINE, Label.TITLE, Label.FORM)
                and not ln.text.rstrip().endswith((":", "*")) and not _is_cue_line(ln, ctx.rules)):
            parsed = parse_byline(ln.text, ctx.rules, check)
            return parsed[0] if parsed and parsed[0] else names_of([ln.text], None)
    return []


def _site_names(doc: Document, site: str | None) -> frozenset[str]:
    from .byline import _title_parts
    return _title_parts(doc) | ({fold(site)} if site else set())


_PERSON = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|van|von|de|der|da|di|del|la|le|al|bin|ibn)){1,3}$")


def _people(names: list[str], check: NameCheck | None) -> list[str]:
    """Names shaped like a person's: two to four capitalised words ("Will Leitch"),
    or a CJK name ("松岡大地"), not a site ("L'Opinion") or a label ("See full bio")."""
    if check is None:
        return names
    return [n for n in names if (_PERSON.match(n) and not n.isupper()) or _CJK_NAME.fullmatch(n)]


def authors(doc: Document, ctx, page: dict, ld: dict, anchor: int | None) -> None:
    site = page.get("site_name")
    check = name_check(ctx.rules)   # built once per rule set: its word sets take a while
    current = doc.fields.get("authors")
    text_names = list(current.value) if current is not None and current.value else []
    text_rule = doc.lines[current.line].rule if text_names and current.line is not None else ""
    weak = not text_names or text_rule.startswith(WEAK_RULES)
    persons = names_of([n for n, kind in ld.get("authors", []) if kind != "organization"], site, stated=True)
    own = _site_names(doc, site)
    if len(persons) > 1:      # the site's own name beside real authors ("Rob Picheta", "CNN")
        persons = [n for n in persons if fold(n) not in own] or persons
    # A bare name with support (a date beside it, printed again) that is shaped like a person's,
    # or one the markup marks as author too (itemprop="author", meta author).
    marked = {fold(n) for n in page.get("markup_authors", []) + page.get("meta_authors", [])}
    credible = bool(text_names) and (not weak or all(fold(n) in check.agencies for n in text_names) or (
        current.confidence >= CREDIBLE and all(_PERSON.match(n) for n in text_names))
        or all(fold(n) in marked for n in text_names))
    if credible and persons and all(fold(n) in own for n in persons):
        persons = []          # the site named as author; the printed byline says who wrote it
    choices = [("markup.authors-jsonld", persons)]
    if weak:
        # Over a bare name read from the text, markup names must look like people.
        person = None if not text_names else check
        choices += [("markup.authors-meta", _people(names_of(page.get("meta_authors", []), site), person)),
                    ("markup.authors-itemprop", _people(names_of(page.get("markup_authors", []), site), person))]
    if not text_names or text_rule in ("byline.far-cue", "byline.source-credit"):
        # A cue line far from the headline is a guess: a byline the markup marks beats it.
        choices += [("markup.authors-class", _class_byline(doc, ctx, check))]
    if not credible:
        # The organisation the page states as author beats a bare name guessed from its shape.
        choices += [("markup.authors-organization",
                     names_of([n for n, kind in ld.get("authors", []) if kind == "organization"], None,
                              stated=True))]
    source, names = "", []
    for source, names in choices:
        if names:
            break
    if not names:
        return
    if text_names and {n.casefold() for n in text_names} == {n.casefold() for n in names}:
        return
    # The printed byline that holds the names, when there is one, is where they came from.
    for i, ln in enumerate(doc.lines):
        if ln.text and ln.weight <= 160 and all(n.casefold() in ln.text.casefold() for n in names):
            if ln.label in (Label.UNKNOWN, Label.NAV, Label.META, Label.BOILERPLATE, Label.DUPLICATE):
                ctx.mark(ln, Label.BYLINE, source, ", ".join(names))
                doc.fields["byline"] = Field(ln.text, i, 0.8)
            else:
                ctx.note(ln, source, ", ".join(names))
            break
    else:
        if anchor is not None:
            ctx.note(doc.lines[anchor], source, ", ".join(names))
    doc.fields["authors"] = Field(names, None, 0.85)

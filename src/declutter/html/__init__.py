"""HTML input: recognise it, parse it safely, render it as a page dump with hints.

The rendered Document has the same lines a page dump of the page would have, so
every stage runs unchanged; what the markup adds rides along in Line.hints
(tag, landmark ancestors, class/id words, link density) and in
Document.hints["page"] (title, og:title, <h1>, authors, JSON-LD, dates, lang).
"""
from __future__ import annotations

import regex

from ..model import Document
from .parse import MAX_DEPTH, MAX_HTML_CHARS, HtmlLimitError, HtmlParseError, parse
from .render import render

__all__ = ["looks_like_html", "to_document", "HtmlLimitError", "HtmlParseError"]

_HTML_START = regex.compile(
    r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    regex.IGNORECASE | regex.DOTALL)
_TAG = regex.compile(
    r"</?(?:html|head|body|div|p|span|a|script|style|meta|link|title|table|tr|td|li|ul|ol|br|img"
    r"|section|article|header|footer|nav|main|h[1-6]|form|iframe)\b[^<>]{0,2000}>",
    regex.IGNORECASE)
SNIFF_CHARS = 4096


# A page may open with a style or script block longer than the sniffed start.
_OPENING_BLOCK = regex.compile(r"[\ufeff\s]*<(style|script)\b[^<>]*>.*?</\1\s*>", regex.IGNORECASE | regex.DOTALL)


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a page dump (decided from its start,
    read past any style and script blocks it opens with)."""
    pos = 0
    while (block := _OPENING_BLOCK.match(text, pos)) is not None:
        pos = block.end()       # (a position, not a slice: no copy of the rest per block)
    head = text[pos:pos + SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    # A fragment ("<div><p>…") opens with a tag; a dump that quotes markup does not
    # have tags as its bulk.
    if head.startswith("<") and tags >= 2:
        return True
    return tags >= 8 and tags * 40 >= len(head)


def to_document(html: str, *, max_chars: int = MAX_HTML_CHARS,
                max_depth: int = MAX_DEPTH) -> Document:
    """Render HTML into a Document: title line, then one line per block, blank between."""
    from .meta import page_hints

    root, warnings = parse(html, max_chars)
    page = page_hints(root)
    lines, depth_hit, parents, headers, articles = render(root, page.get("title", ""), max_depth)
    doc = Document(lines)
    doc.hints["page"] = page
    doc.hints["source"] = "html"
    doc.hints["parents"] = parents
    doc.hints["headers"] = headers
    doc.hints["articles"] = articles
    if depth_hit and not warnings:
        warnings.append(f"elements nested deeper than {max_depth} levels were read as plain text")
    if warnings:
        doc.hints["warnings"] = warnings
    return doc

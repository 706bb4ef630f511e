"""Parse HTML safely: lxml first, beautifulsoup4 when lxml gives up; set limits.

libxml2's HTML parser reads no DTD, so it neither fetches external entities nor
expands entity declarations (no XXE, no "billion laughs"); no_network is set as
well, in case a future parser version would try. Size and depth limits turn a
hostile or broken document into a clear error or a flattened tail, never a hang.
"""
from __future__ import annotations

import regex
from lxml import etree, html as lxml_html

MAX_HTML_CHARS = 16_000_000
# libxml2 stops reading at 256 levels (without its "huge" option); tags nested
# deeper than MAX_DEPTH are dropped before a second parse, their text kept.
MAX_DEPTH = 200
_TAG = regex.compile(r"<(/?)([A-Za-z][\w:-]{0,30})\b[^<>]*?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
# A DOCTYPE internal subset is where entity declarations (XXE, "billion laughs") live.
_INTERNAL_SUBSET = regex.compile(r"^(\s*(?:<\?xml[^>]{0,200}>\s*)?<!doctype[^\[>]{0,500})\[.{0,100000}?\]\s*>",
                                 regex.IGNORECASE | regex.DOTALL)


# HTML has no self-closing <script/> or <style/>: a browser reads what follows as
# script up to the next </script>. libxml2 closes the element at "/>", and the
# script after it would be printed as page text.
# It is looked for only when libxml2 met the stray end tag such a page leaves.
_SELF_CLOSED_RAW = regex.compile(r"<(script|style)(\b[^<>]*?)/>", regex.IGNORECASE)
_STRAY_RAW_END = ("Unexpected end tag : script", "Unexpected end tag : style")


class HtmlLimitError(ValueError):
    """The document is beyond a set limit (size)."""


class HtmlParseError(ValueError):
    """Neither parser could read the document."""


def _parser() -> etree.HTMLParser:
    # No table of id attributes: nothing looks elements up by id, and building it
    # (then unlinking each id as stripped subtrees are freed) costs 3% of parsing.
    return etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                            remove_pis=True, huge_tree=False, default_doctype=False,
                            collect_ids=False)


def parse(text: str, max_chars: int = MAX_HTML_CHARS) -> tuple[object, list[str]]:
    """The root <html> element of the document and warnings about limits met."""
    if len(text) > max_chars:
        raise HtmlLimitError(f"HTML of {len(text):,} characters is over the limit of "
                             f"{max_chars:,}")
    warnings: list[str] = []
    if not text.strip():      # nothing to parse: an empty page, not an error
        return etree.fromstring(b"<html><body></body></html>", _parser()), warnings
    text = _INTERNAL_SUBSET.sub(r"\1>", text, count=1)
    root, too_deep, stray_end = _lxml(text)
    if stray_end and _SELF_CLOSED_RAW.search(text):
        text = _SELF_CLOSED_RAW.sub(r"<\1\2>", text)
        root, too_deep, _ = _lxml(text)
    if too_deep:
        warnings.append(f"elements nested deeper than {MAX_DEPTH} levels were read as plain text")
        root, _, _ = _lxml(flatten(text, MAX_DEPTH))
    if root is None or root.find("body") is None and not len(root):
        root = _soup(text)
    if root is None:
        raise HtmlParseError("the HTML could not be parsed")
    return root, warnings


def _lxml(text: str):
    parser = _parser()
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False, False
    too_deep = stray_end = False
    for e in parser.error_log:
        too_deep = too_deep or "depth" in e.message
        stray_end = stray_end or e.message.startswith(_STRAY_RAW_END)
    return root, too_deep, stray_end


def flatten(text: str, limit: int) -> str:
    """The text with tags nested deeper than `limit` removed (their text stays)."""
    depth = 0
    out, last = [], 0
    for m in _TAG.finditer(text):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or selfclosing:
            continue
        if closing:
            drop = depth > limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            out.append(text[last:m.start()])
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def _soup(text: str):
    """beautifulsoup4's own parser reads what libxml2 refuses; convert its tree."""
    try:
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(text, "html.parser")
        return lxml_html.document_fromstring(str(soup).encode("utf-8"), parser=_parser())
    except Exception:  # any failure here means the document is unreadable
        return None

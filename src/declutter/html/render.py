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
from dataclasses import dataclass, field

import regex
from lxml import etree

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
_SPLIT_CLASS = regex.compile(r"[\s\-_:.]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_WS = re.compile(r"[^\S\n\t]+")
BR, TAB, PARA = "\n", "\t", "\x00"   # <br>, cell, source newline in <pre>
_NONE: frozenset[str] = frozenset()
# Class words count for this many levels: a "share" box labels its buttons, but a
# page wrapper named "article-share-wrapper" must not label the whole article.
WORD_LEVELS = 3


@dataclass(slots=True)
class Frame:
    """What an open element passes down to its content."""

    tag: str
    tags: frozenset[str]          # landmark ancestors, this element included
    words: frozenset[str]         # class/id words of this element and its near ancestors
    recent: tuple                 # class/id words of the last WORD_LEVELS elements
    in_link: bool
    in_pre: bool
    eid: int = -1                 # element number; Renderer.parents[eid] is its parent's


@dataclass(slots=True)
class Block:
    lines: list[str]
    hints: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=4096)
def _words(attrs: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _SPLIT_CLASS.split(attrs) if w.lower() in CLASS_WORDS)


def class_words(el) -> frozenset[str]:
    """Class/id words of one element (e.g. "sidebar-menu" gives sidebar and menu)."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return _NONE
    return _words(f"{cls or ''} {ident or ''}")


def hidden(el) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class Renderer:
    """Collects text fragments of the open block; a block boundary flushes them."""

    def __init__(self, max_depth: int):
        self.max_depth = max_depth
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.stack: list[Frame] = []
        self.depth_hit = False
        # parents[e] = number of element e's parent (-1 at the top): the tree shape,
        # kept so a stage can tell which lines share a container (stages/container.py).
        self.parents: list[int] = []

    def text(self, s: str | None) -> None:
        if s:
            stack = self.stack
            if stack and stack[-1].in_pre:
                s = s.replace("\r\n", "\n").replace("\n", BR + PARA)
            self.parts.append(s)
            if stack and stack[-1].in_link:
                self.link_chars += len(s)

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        if raw.isspace():
            return
        frame = self.stack[-1] if self.stack else None
        hints = None
        lines: list[str] = []
        for piece in raw.split(BR):
            if TAB in piece:
                line = "\t".join(c for c in (_WS.sub(" ", c).strip() for c in piece.split(TAB)) if c)
            else:
                line = _WS.sub(" ", piece).strip()
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
            chars = sum(len(ln) for ln in lines)
            hints = {"tag": frame.tag if frame else "",
                     "tags": frame.tags if frame else _NONE,
                     "words": frame.words if frame else _NONE,
                     "eid": frame.eid if frame else -1,
                     "link_density": round(min(1.0, link_chars / chars), 2) if chars else 0.0}
        self.blocks.append(Block(lines, hints))
        return hints

    def walk(self, root) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: set = set()
        stack = self.stack
        depth = 0
        max_depth = self.max_depth
        for event, el in walker:
            tag = el.tag
            if not isinstance(tag, str):         # comments, processing instructions
                if event == "start":
                    walker.skip_subtree()
                else:
                    self.text(el.tail)
                continue
            if event == "start":
                depth += 1
                if tag in DROPPED or hidden(el):
                    skipped.add(el)
                    walker.skip_subtree()
                    continue
                if depth > max_depth:
                    self.depth_hit = True    # deeper elements are read as inline text
                    self.text(el.text)
                    continue
                parent = stack[-1] if stack else None
                if tag in BLOCK:
                    self.flush()
                elif tag == "br":
                    self.parts.append(BR)
                elif tag in CELLS:
                    self.parts.append(TAB)
                tags = parent.tags if parent else _NONE
                role = el.get("role")
                if tag in LANDMARKS or role:
                    role = ROLE_LANDMARKS.get(role.lower()) if role else None
                    add = {t for t in (tag if tag in LANDMARKS else None, role) if t}
                    if not add <= tags:
                        tags = tags | add
                own = class_words(el)
                recent = (own,) + parent.recent[:WORD_LEVELS - 1] if parent else (own,)
                words = own.union(*recent[1:]) if len(recent) > 1 else own
                eid = len(self.parents)
                self.parents.append(parent.eid if parent else -1)
                stack.append(Frame(tag, tags, words, recent,
                                   tag == "a" or bool(parent and parent.in_link),
                                   tag == "pre" or bool(parent and parent.in_pre), eid))
                if el.text:
                    self.text(el.text)
            else:
                depth -= 1
                if skipped and el in skipped:
                    skipped.discard(el)
                elif depth + 1 <= max_depth:
                    if tag in BLOCK:
                        self.flush()
                    elif tag in CELLS:
                        self.parts.append(TAB)
                    stack.pop()
                if el.tail:
                    self.text(el.tail)
        self.flush()


def render(root, title: str, max_depth: int) -> tuple[list[Block], bool, list[int]]:
    """Blocks of the page (the title first), whether the depth limit was hit, and the
    parent of each element number (see Renderer.parents)."""
    # Dropped subtrees go in one C-level pass (their tails stay), so the walk never
    # visits the thousands of elements an inline SVG or a script template can hold.
    etree.strip_elements(root, *_STRIP, with_tail=False)
    body = root.find("body")
    r = Renderer(max_depth)
    r.walk(body if body is not None else root)
    if not title:
        return r.blocks, r.depth_hit, r.parents
    head = Block([title], {"tag": "title", "tags": _NONE, "words": _NONE, "eid": -1,
                           "link_density": 0.0})
    return [head] + r.blocks, r.depth_hit, r.parents

"""The data model: every input line survives with a label and the marks that set it."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    """What a line is. Every line ends the pipeline with exactly one label."""

    UNKNOWN = "unknown"
    BLANK = "blank"
    TITLE = "title"            # the page <title> line that opens a dump
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    BODY = "body"
    DUPLICATE = "duplicate"
    FORM = "form"
    FOOTER = "footer"
    RELATED = "related"
    NAV = "nav"
    META = "meta"              # timestamps, reading time, tags, share counts
    BOILERPLATE = "boilerplate"

    @property
    def kept(self) -> bool:
        """True for labels that are part of the article."""
        return self in _ARTICLE_LABELS


_ARTICLE_LABELS = frozenset({Label.HEADLINE, Label.SUBHEADLINE, Label.BYLINE,
                             Label.DATE, Label.CAPTION, Label.BODY})


@dataclass(slots=True, frozen=True)
class Mark:
    """One decision about a line: which stage, which rule, and why."""

    stage: str
    rule: str
    label: Label
    evidence: str = ""


@dataclass(slots=True)
class Line:
    """One input line. `text` is normalised; `raw` is what the input held."""

    number: int                 # 1-based line number in the input
    raw: str
    text: str = ""
    block: int = 0              # lines of one block are not separated by a blank line
    label: Label = Label.UNKNOWN
    marks: list[Mark] = field(default_factory=list)
    weight: int = 0             # length in Latin-character equivalents (CJK counts more)
    key: str = ""               # folded form that rules and dedupe compare (rules.line_key)
    folded: str = ""            # rules.fold(text), kept for the rules that read it
    hints: dict[str, Any] = field(default_factory=dict)   # from the markup (HTML input only)
    _tokens: list[str] | None = None

    @property
    def tokens(self) -> list[str]:
        """Words of the line (CJK by character), computed once."""
        if self._tokens is None:
            self._tokens = _tokenize(self.text)
        return self._tokens

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def rule(self) -> str:
        """The rule id of the decision that set the current label."""
        return self.marks[-1].rule if self.marks else ""

    @property
    def stage(self) -> str:
        return self.marks[-1].stage if self.marks else ""


def _tokenize(text: str) -> list[str]:
    """text.tokens, imported on first use (text.py loads the regex engine)."""
    global _tokenize
    from .text import tokens
    _tokenize = tokens
    return tokens(text)


@dataclass(slots=True)
class Field:
    """An extracted field with the line it came from and a confidence in [0, 1]."""

    value: Any
    line: int | None = None     # index into Document.lines
    confidence: float = 0.0


@dataclass(slots=True)
class Document:
    """The lines of one page plus what the stages have found so far."""

    lines: list[Line]
    lang: str | None = None
    direction: str = "ltr"
    fields: dict[str, Field] = field(default_factory=dict)
    main: tuple[int, int] | None = None   # [start, end) of the main text run, line indexes
    hints: dict[str, Any] = field(default_factory=dict)

    def content(self) -> list[Line]:
        """Non-blank lines, in order."""
        return [ln for ln in self.lines if ln.text]


ARTICLE_KEYS = ("headline", "subheadline", "byline", "authors", "place", "date",
                "body", "paragraphs", "captions", "lang", "direction", "confidence")


@dataclass(slots=True)
class Article:
    """The article found in a page."""

    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None                 # YYYY-MM-DD
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    lang: str | None = None
    direction: str = "ltr"
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "subheadline": self.subheadline,
            "byline": self.byline,
            "authors": list(self.authors),
            "place": self.place,
            "date": self.date,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "lang": self.lang,
            "direction": self.direction,
            "confidence": dict(self.confidence),
        }

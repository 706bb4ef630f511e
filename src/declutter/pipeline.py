"""The ordered stage list: reading STAGES shows the whole algorithm.

A stage is a module-level function `(doc, ctx) -> None` that only marks lines
through `ctx.mark`; nothing is deleted until `assemble` builds the Article.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from time import perf_counter

from .config import DEFAULT, Config
from .model import Document, Label, Line, Mark
from .rules import RuleSet
from .stages import (body, byline, captions, container, dates, dedupe, footer, forms, headline,
                     language, mainrun, markup, nav, normalize, related)

StageFn = Callable[[Document, "Context"], None]

# (name, function, what it does) in the order they run.
STAGES: list[tuple[str, StageFn, str]] = [
    ("normalize", normalize.run, "Unicode NFC, strip zero-width/bidi controls, BOM, whitespace"),
    ("language", language.run, "detect the page language and script direction"),
    ("dedupe", dedupe.run, "title line, repeated lines and blocks, one-token repeats"),
    ("forms", forms.run, "comment-form and widget labels, terms-of-use prompts"),
    ("footer", footer.run, "copyright, 'developed by', addresses, legal links"),
    ("related", related.run, "related-article lists and read-more cues"),
    ("nav", nav.run, "menus, share buttons, breadcrumbs, runs of short lines"),
    ("markup", markup.run, "HTML only: lines in nav/aside/footer/form, menu/share/comment classes, links"),
    ("mainrun", mainrun.run, "find the best contiguous run of prose"),
    ("headline", headline.run, "headline (matched against the title) and subheadline"),
    ("byline", byline.run, "byline near the article top, split into authors and place"),
    ("dates", dates.run, "publication date near the article top"),
    ("captions", captions.run, "image captions and credits"),
    ("metadata", markup.fields, "HTML only: headline from <h1>, authors and date from JSON-LD/meta"),
    ("container", container.run, "HTML only: unmarked lines in the main run's element, outside the run"),
    ("body", body.run, "label the body paragraphs; everything else is boilerplate"),
]

STAGE_NAMES = tuple(name for name, _, _ in STAGES)


class UnknownStageError(ValueError):
    pass


@dataclass(slots=True)
class Context:
    """What a stage sees besides the document: config, rules, and the mark() pen."""

    config: Config
    rules: RuleSet
    stage: str = ""
    counts: Counter = field(default_factory=Counter)
    # Marks are immutable, so lines given the same decision share one Mark object
    # (every blank line, most body lines): building a frozen dataclass costs more.
    _marks: dict[tuple, Mark] = field(default_factory=dict)

    def _mark_of(self, rule: str, label: Label, evidence: str) -> Mark:
        key = (self.stage, rule, label, evidence)
        found = self._marks.get(key)
        if found is None:
            found = self._marks[key] = Mark(self.stage, rule, label, evidence)
        return found

    def mark(self, line: Line, label: Label, rule: str, evidence: str = "") -> None:
        """Label a line, recording stage, rule id and evidence; count the hit."""
        line.label = label
        line.marks.append(self._mark_of(rule, label, evidence))
        self.counts[rule] = self.counts.get(rule, 0) + 1

    def note(self, line: Line, rule: str, evidence: str = "") -> None:
        """Record evidence on a line without changing its label (a field read from it)."""
        line.marks.append(self._mark_of(rule, line.label, evidence))
        self.counts[rule] = self.counts.get(rule, 0) + 1


def check_stage_names(names) -> frozenset[str]:
    unknown = sorted(set(names) - set(STAGE_NAMES))
    if unknown:
        raise UnknownStageError(
            f"unknown stage {', '.join(unknown)}; known: {', '.join(STAGE_NAMES)}")
    return frozenset(names)


def run(doc: Document, config: Config = DEFAULT,
        timings: dict[str, float] | None = None) -> Context:
    """Run every enabled stage over the document, in order.

    With a `timings` dict, each stage's wall time in seconds is added to
    timings[stage name] (the benchmark reads it); without one, nothing is timed.
    """
    check_stage_names(config.disabled)
    ctx = Context(config=config, rules=RuleSet.empty())
    rules_loaded = False
    for name, fn, _ in STAGES:
        if not rules_loaded and name not in ("normalize", "language"):
            ctx.rules = RuleSet.for_language(doc.lang)   # rules follow the page language
            rules_loaded = True
        if name in config.disabled:
            continue
        ctx.stage = name
        if timings is None:
            fn(doc, ctx)
        else:
            start = perf_counter()
            fn(doc, ctx)
            timings[name] = timings.get(name, 0.0) + perf_counter() - start
    return ctx

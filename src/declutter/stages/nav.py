"""Navigation and page chrome: menus, share buttons, breadcrumbs, timestamps, counters.

Local evidence first (rule data: nav and meta families), then context: a run of
short lines with no sentence in it is a menu.
"""
from __future__ import annotations

from ..model import Document, Label
from ..text import ends_sentence
from . import apply_family

_SOFT = (Label.UNKNOWN, Label.DUPLICATE, Label.NAV, Label.META, Label.BOILERPLATE)


def run(doc: Document, ctx) -> None:
    apply_family(doc, ctx, "nav")
    apply_family(doc, ctx, "meta")
    limit = ctx.config.nav_max_chars
    content = [ln for ln in doc.lines if ln.text]
    run_start = None
    for i in range(len(content) + 1):
        ln = content[i] if i < len(content) else None
        short = (ln is not None and ln.label in _SOFT and ln.weight <= limit
                 and not ends_sentence(ln.text))
        if short:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            items = content[run_start:i]
            if len(items) >= ctx.config.nav_run:
                for item in items:
                    if item.label is Label.UNKNOWN:
                        ctx.mark(item, Label.NAV, "nav.short-line-run",
                                 f"{len(items)} short lines in a row")
            run_start = None

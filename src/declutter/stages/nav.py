"""Navigation and page chrome: menus, share buttons, breadcrumbs, timestamps, counters.

Local evidence first (rule data: nav and meta families), then context: a run of
short lines with no sentence in it is a menu.
"""
from __future__ import annotations

from ..model import Document, Label
from ..text import ends_sentence
from . import apply_family

# This many short lines of one block are one element cut by <br> or <pre>: a list,
# a poem, code or an address, not a menu (whose links are blocks of their own).
BROKEN_BLOCK = 3
BROKEN_WORDS = 3.0      # words per line, on average, in such a block (a tag cloud has ~1)
_SOFT = (Label.UNKNOWN, Label.DUPLICATE, Label.NAV, Label.META, Label.BOILERPLATE)


def run(doc: Document, ctx) -> None:
    apply_family(doc, ctx, "nav")
    apply_family(doc, ctx, "meta")
    limit = ctx.config.nav_max_chars
    content = [ln for ln in doc.lines if ln.text]
    inline = _inline_fragments(content, limit)
    run_start = None
    for i in range(len(content) + 1):
        ln = content[i] if i < len(content) else None
        short = (ln is not None and ln.label in _SOFT and ln.weight <= limit
                 and not ends_sentence(ln.text) and i not in inline)
        if short:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            items = content[run_start:i]
            if len(items) >= ctx.config.nav_run:
                broken = _broken_blocks(items)
                for item in items:
                    if item.label is not Label.UNKNOWN:
                        continue
                    if item.block in broken:
                        ctx.note(item, "nav.broken-block", "short lines of one block")
                    else:
                        ctx.mark(item, Label.NAV, "nav.short-line-run",
                                 f"{len(items)} short lines in a row")
            run_start = None


def _broken_blocks(items) -> set[int]:
    """Blocks that hold several lines of the run and read as text, not as links.

    A menu prints each link as a block of its own; several short lines of one
    block come from one element cut by <br> or <pre>: an ingredient or spec list,
    a poem, code. A tag cloud can be one block too, but its lines are single
    words, while list items and verses carry a few words each (words between
    spaces: a list in Chinese or Japanese is not told apart this way and stays menu).
    """
    lines: dict[int, list] = {}
    for item in items:
        lines.setdefault(item.block, []).append(item)
    return {block for block, group in lines.items() if len(group) >= BROKEN_BLOCK and
            sum(len(ln.text.split()) for ln in group) >= BROKEN_WORDS * len(group)}


def _inline_fragments(content, limit: int) -> set[int]:
    """Short lines that continue an unfinished prose line of their own block.

    Inline markup cuts a paragraph into lines with no blank line between them: a
    link, or Japanese ruby, which prints the reading of a name on lines of its own
    ("...岡田" / "彰布" / "（" / "あきのぶ" / "）" / "監督は..."). Such lines are part of
    the sentence around them, not a menu: they sit in the block of a long line that
    does not end a sentence, and the block goes on after them to finish the sentence
    (a list of short credit lines under a paragraph does not).
    """
    found: set[int] = set()
    for i, ln in enumerate(content):
        if ln.weight <= limit or ends_sentence(ln.text):
            continue
        k = i + 1
        while k < len(content) and content[k].block == ln.block and content[k].weight <= limit \
                and not ends_sentence(content[k].text):
            k += 1
        if k > i + 1 and k < len(content) and content[k].block == ln.block \
                and ends_sentence(content[k].text):
            found.update(range(i + 1, k))
    return found

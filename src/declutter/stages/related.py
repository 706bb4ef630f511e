"""Related-article lists: read-more cues, and runs of dated headlines.

A related list is a run of short lines in which date or time stamps recur every
line or two ("GMT 03:00 2017 ..., headline, GMT 17:26 ..., headline"). Its dates
belong to other articles, so the date stage never reads lines marked here.
"""
from __future__ import annotations

from ..dateparse import finder
from ..model import Document, Label
from . import apply_family

# A stamp is followed by the next within this many non-blank lines in a list.
STAMP_GAP = 3
MIN_STAMPS = 3
MAX_ITEM_CHARS = 200


def run(doc: Document, ctx) -> None:
    apply_family(doc, ctx, "related")
    dates = finder(ctx.rules)
    content = [ln for ln in doc.lines if ln.text]
    stamps = [i for i, ln in enumerate(content)
              if ln.label in (Label.UNKNOWN, Label.META) and dates.is_stamp(ln.text)]
    # Group stamps into clusters whose neighbours are close together.
    clusters, current = [], stamps[:1]
    for i in stamps[1:]:
        if i - current[-1] <= STAMP_GAP:
            current.append(i)
        else:
            clusters.append(current)
            current = [i]
    if current:
        clusters.append(current)
    for cluster in clusters:
        if len(cluster) < MIN_STAMPS:
            continue
        gap = max(b - a for a, b in zip(cluster, cluster[1:]))
        start, end = max(cluster[0] - (gap - 1), 0), min(cluster[-1] + gap, len(content))
        for ln in content[start:end]:
            if ln.label in (Label.UNKNOWN, Label.META) and ln.weight <= MAX_ITEM_CHARS:
                ctx.mark(ln, Label.RELATED, "related.dated-list",
                         f"{len(cluster)} stamps in lines {content[cluster[0]].number}-"
                         f"{content[cluster[-1]].number}")
    _after_cues(content, ctx)


def _after_cues(content, ctx) -> None:
    """The short lines right after a read-more cue are the links it announces. In HTML
    a line without link text is none of them: the list has ended (an inline "Read more:
    <link>" is often followed by the next section's heading)."""
    for i, ln in enumerate(content):
        if ln.label is not Label.RELATED or not ln.rule.startswith("related.cue"):
            continue
        for nxt in content[i + 1:i + 1 + ctx.config.related_after_cue]:
            if nxt.label is not Label.UNKNOWN or nxt.weight > MAX_ITEM_CHARS // 2 * 3 \
                    or nxt.text.endswith((".", "!", "?", "。")) \
                    or (nxt.hints and not nxt.hints["link_density"]):
                break
            ctx.mark(nxt, Label.RELATED, "related.after-cue", f"after line {ln.number}")

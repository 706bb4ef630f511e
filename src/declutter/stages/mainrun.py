"""Find the main text: the best contiguous run of prose (the context pass).

A paragraph cut by <br> or inline markup arrives as several short lines that only
together read as prose, so unmarked lines are scored as paragraphs (see units()).
A paragraph scores by its length in Latin-character equivalents: long ones count
for the run, short ones against it, and lines already marked as boilerplate count
strongly against it. The run with the highest sum (Kadane's maximum subarray) is
the main text. Short lines inside it (sub-headings) stay.
"""
from __future__ import annotations

import heapq
import re

from ..model import Document, Label
from ..text import ends_sentence

HARD = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.TITLE})
SOFT = frozenset({Label.NAV, Label.META, Label.DUPLICATE, Label.BOILERPLATE})
HARD_COST = -3.0
SOFT_COST = -1.0
ORDINAL = re.compile(r"\d{1,2}[.)]\s*$")   # the number of a list item on a line of its own
STOP_DENSITY = 0.15     # stopword share of typical prose; lower shares scale a score down
STOP_FLOOR, STOP_CEIL = 0.6, 1.3
MIN_RUN = 1.0          # runs besides the best scoring less are not candidates
ANCHOR_UNITS = 25      # a title match at most this many units above a run anchors it
ANCHOR_FACTOR = 3.0    # how much an anchored run is preferred
# HTML: prose inside an <article> element counts this much more (2.5 let in more
# boilerplate than it found text: snip_p 0.919 against 0.921 with --input html).
ARTICLE_BOOST = 1.5
SPLIT_GAP_UNITS = 60   # an inline box between two parts of an article has at most this many units
SPLIT_MIN = 2.0        # and the part above it scores at least this much
SPLIT_STOP = frozenset({Label.FOOTER, Label.FORM, Label.TITLE})
JOIN_GAP_UNITS = 8     # a box under an anchored run, before more of the article, has at most
JOIN_SHARE = 0.5       # this many units, and the run below weighs this share of the run above
LONG_JOIN_SHARE = 1.0  # or the run below outweighs the run above, under a box of any length
CONTENTS_LABELS = frozenset({Label.DUPLICATE, Label.NAV})
CONTENTS_MIN = 3       # entries that make a table of contents
CONTENTS_MAX = 60      # units under a contents heading that may be its entries
HEADER_UNITS = 12      # at most this many short units in a date/byline/share block
HEADER_LINE_CHARS = 80  # a date or byline line in that block is at most this long
LEAD_MIN_CHARS = 120   # shorter prose over a date/byline block is mostly the headline
HEADER_OTHER_CHARS = 40  # other unmarked lines there are labels ("Rating:") or buttons
SENTENCE_WORDS = 5     # a plain sentence has at least this many words
SENTENCE_FLOOR = 0.1   # and scores at least this much
LABEL_WORDS = 3        # "Label: text" with at most this many words before the colon
CLOSE_MARKS = frozenset(".")
QUOTES = frozenset("\"”’»)」』")


def units(doc: Document, config, stopwords=(frozenset(), frozenset()),
          wanted=None) -> list[tuple[list[int], float | None]]:
    """(line indexes, score) for each scoring unit, in order.

    A unit is one marked line, or a paragraph: consecutive unmarked lines of one
    block, closed by a line that ends a sentence (so "tablet PCs like the" joins
    the line after it, while two full paragraphs split by <br> stay two).
    `wanted`, when given, tells from its line indexes whether a paragraph's score
    is needed: the others get None (scoring reads every word for function words).
    """
    out: list[tuple[list[int], float | None]] = []
    para: list[int] = []

    def close():
        if para:
            if wanted is not None and not wanted(para):
                out.append((list(para), None))
                para.clear()
                return
            weight = sum(doc.lines[i].weight + 1 for i in para)
            threshold = config.prose_threshold
            score = (min(weight, config.prose_cap) - threshold) / threshold
            if stopwords[1] and score > 0:
                # Prose is full of function words; link titles and lists are not. A
                # paragraph in another language than the page's (a quote, a mixed
                # page) is measured with the function words of every language.
                toks = [t for i in para for t in doc.lines[i].tokens]
                hits = sum(map(stopwords[0].__contains__, toks)) or sum(map(stopwords[1].__contains__, toks))
                density = hits / max(len(toks), 1)
                score *= min(max(density / STOP_DENSITY, STOP_FLOOR), STOP_CEIL)
            # A full stop does not make a short "Label: ..." line prose ("Source: AP.").
            if ends_sentence(doc.lines[para[-1]].text) and \
                    (score > 0 or not _label_head(doc.lines[para[0]].text)):
                score += 0.3
                # A short paragraph of whole sentences (a step, a list item that is
                # a sentence) is text, not a menu line: it does not cut a run.
                if score < SENTENCE_FLOOR and _plain_sentence([doc.lines[i] for i in para],
                                                              stopwords[1]):
                    score = SENTENCE_FLOOR
            hints = doc.lines[para[0]].hints
            if score > 0 and hints and "article" in hints["tags"]:
                score *= ARTICLE_BOOST
            out.append((list(para), score))
            para.clear()

    previous_block = None
    for i, ln in enumerate(doc.lines):
        if not ln.text:
            continue
        if ln.block != previous_block:
            close()
        previous_block = ln.block
        if ln.label is Label.UNKNOWN:
            para.append(i)
            if ends_sentence(ln.text):
                close()
            continue
        close()
        if ln.label is Label.META and ORDINAL.match(ln.text):
            out.append(([i], 0.0))      # "3." over a step of a numbered list
            continue
        out.append(([i], HARD_COST if ln.label in HARD else SOFT_COST if ln.label in SOFT else 0.0))
    close()
    return out


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """[start, end) and sum of the maximum-sum contiguous run."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += s
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def candidate_runs(scores: list[float], limit: int = 12) -> list[tuple[int, int, float]]:
    """The best run, then the best runs left and right of it, and so on: the `limit`
    largest found this way, largest first. (Splitting the right side first, depth
    first, spent the limit on comments under an article and never reached the
    article's own run above them.)"""
    found = []
    heap: list[tuple[float, int, int, int, int]] = []

    def push(lo: int, hi: int) -> None:
        start, end, total = best_run(scores[lo:hi])
        if total > 0:
            heapq.heappush(heap, (-total, lo + start, lo + end, lo, hi))

    push(0, len(scores))
    while heap and len(found) < limit:
        total, start, end, lo, hi = heapq.heappop(heap)
        if found and -total < MIN_RUN:
            break
        found.append((start, end, -total))
        push(lo, start)
        push(end, hi)
    return found


def run(doc: Document, ctx) -> None:
    from .headline import MAIN_PART_SCORE, title_matches

    lexicon = ctx.rules.lexicon
    groups = units(doc, ctx.config, (lexicon.stopwords, lexicon.any_stopwords))
    scores = [score for _, score in groups]
    _free_contents_block(doc, ctx, groups, scores, frozenset(lexicon.get("contents_headings")))
    runs = candidate_runs(scores)
    if not runs:
        return
    if _free_contents_entries(doc, groups, scores, max(runs, key=lambda r: r[2])):
        runs = candidate_runs(scores)
    # A run that starts just below a line matching the <title> is the article the
    # page is about; other runs of prose (comments, legal notes, teasers) are not.
    anchors = sorted(first for score, first, *_ in title_matches(doc) if score >= MAIN_PART_SCORE)
    unit_of_line = {i: u for u, (idxs, _) in enumerate(groups) for i in idxs}

    def anchor(r: tuple[int, int, float]) -> int | None:
        """The unit of a title match above the run, with no long prose in between
        (dates, share buttons, captions, bylines and a lead may sit there)."""
        start = r[0]
        for a in anchors:
            u = unit_of_line.get(a)
            if u is not None and 0 <= start - u <= ANCHOR_UNITS and \
                    sum(scores[k] >= 1.0 for k in range(u + 1, start)) <= 1:
                return u
        return None

    best = max(runs, key=lambda r: r[2] * (ANCHOR_FACTOR if anchor(r) is not None else 1.0))
    best = _article_above_form(doc, groups, runs, best, anchor)
    start, end, total = best
    # Teasers of other articles printed above the headline join its run when they are
    # long; the article starts below the headline.
    inside = [unit_of_line[a] for a in anchors
              if a in unit_of_line and start < unit_of_line[a] < start + (end - start) // 2]
    if inside and inside[0] + 1 < end:
        start = inside[0] + 1
        total = sum(scores[start:end])
    head = anchor(best)
    # The article's first paragraphs, right under the headline, cut off from the
    # rest by an inline box (a few related links, an ad, a video): the part under
    # the headline and the larger part under the box are one article. (The same
    # join downwards, from an anchored run to a larger run under a box, took in
    # lists of teasers under short articles: body_f1 0.9231 -> 0.9215.)
    if head is None:
        above = [r for r in runs if r[1] <= start and anchor(r) is not None]
        if above:
            r = max(above, key=lambda r: r[1])
            if _split_by_box(doc, groups, r, best):
                total += r[2] + sum(scores[r[1]:start])
                start, head = r[0], anchor(r)
    if head is not None:
        # A lead paragraph printed between the headline and the text, cut off from
        # it by a photo credit or a date line, belongs to the article, however short
        # (a one-sentence standfirst), but not a list or an address cut by <br>.
        # The short lines between it and the text are the
        # credit, caption or share line that cut it off: they stay out.
        lead = next((k for k in range(head + 1, start) if scores[k] > 0 and
                     not any(_broken(doc.lines[i]) for i in groups[k][0])), None)
        if lead is not None:
            for k in range(lead + 1, start):
                # A question or a numbered heading ("1. Ruhe und Zeit.") is a
                # sub-heading or a sentence, never a credit. (Lines ending in a colon
                # were tried: "Lesezeit:", "Foto:" labels came in with them.)
                if scores[k] > 0 or _subheading(doc.lines[groups[k][0][-1]].text):
                    continue
                for i in groups[k][0]:
                    if doc.lines[i].label is Label.UNKNOWN:
                        ctx.mark(doc.lines[i], Label.BOILERPLATE, "mainrun.under-lead",
                                 "between the lead and the text")
            start = lead
    else:
        heads = {i for _, first, last, _ in title_matches(doc) for i in range(first, last + 1)}
        start = _lead_over_header(doc, ctx, groups, scores, start, heads)
        start, total = _up_to_headline(doc, groups, scores, anchors, unit_of_line, start, total)
    if head is not None and not doc.hints.get("parents"):
        # (With HTML the container stage joins the parts of one element instead.)
        end, total = _continued_below(doc, ctx, groups, scores, runs, end, total)
    if ctx.config.mode == "recall":
        end, total = _prose_below(doc, groups, scores, end, total)
    start = _whole_first_block(doc, groups, start)
    doc.main = (groups[start][0][0], groups[end - 1][0][-1] + 1)
    doc.hints["main_score"] = total


def _hard(doc: Document, group) -> bool:
    """Whether a unit holds a line of hard boilerplate (form, footer, related list, title)."""
    return any(doc.lines[i].label in HARD for i in group[0])


GAP_PROSE_SHARE = 0.5    # prose between the headline and a run, against the run's own score


def _up_to_headline(doc: Document, groups, scores, anchors, unit_of_line, start: int,
                    total: float) -> tuple[int, float]:
    """The run's start moved up to just under the last title match above it, when what
    lies between holds no hard boilerplate (form, footer, related list) and prose weighing
    at least half the run: the article begins under its headline, and its first part was
    only cut off by short lines (an event list's "Ort:" and "Eintritt:" lines, a product's
    data sheet, a recipe's quantities) that score against a run."""
    above = [unit_of_line[a] for a in anchors if a in unit_of_line and unit_of_line[a] < start]
    if not above:
        return start, total
    gap = range(above[-1] + 1, start)
    prose = sum(scores[k] for k in gap if scores[k] > 0)
    if not gap or prose < max(MIN_RUN, GAP_PROSE_SHARE * total) or \
            any(_hard(doc, groups[k]) for k in gap):
        return start, total
    return gap.start, total + sum(scores[k] for k in gap)


def _prose_below(doc: Document, groups, scores, end: int, total: float) -> tuple[int, float]:
    """(--mode recall) The run's end moved down to the last prose before the next hard
    boilerplate (form, footer, related list) when the prose there weighs at least as
    much as the run: more of a page's text comes in, and with it more notes, teasers
    and comments."""
    stop = next((k for k in range(end, len(groups))
                 if _hard(doc, groups[k])), len(groups))
    prose = [k for k in range(end, stop) if scores[k] > 0]
    if not prose or sum(scores[k] for k in prose) < max(MIN_RUN, total):
        return end, total
    return prose[-1] + 1, total + sum(scores[end:prose[-1] + 1])


FORM_LINES = 2      # lines of a comment form ("Name *", "E-Mail *", "Your email ... not published")
FORM_SPAN = 8       # within this many content lines


def _article_above_form(doc: Document, groups, runs, best, anchor):
    """The run under the headline, not the longer prose below a comment form: the
    form stands between an article and its readers' comments. The form is read from
    its starred fields and prompts, not from bare labels ("E-mail", "Comment" are
    also the links of a story's tool bar) nor from <form> (a newsletter box between
    a lead and the text is one too)."""
    above = sorted((r for r in runs if r[1] <= best[0] and anchor(r) is not None),
                   key=lambda r: r[2], reverse=True)
    for r in above:         # (the comments may hold runs above `best` too)
        gap = [doc.lines[i] for k in range(r[1], best[0]) for i in groups[k][0] if doc.lines[i].text]
        fields = [n for n, ln in enumerate(gap) if ln.label is Label.FORM and ln.stage == "forms"
                  and ln.rule != "forms.field-label"]
        if any(fields[k + FORM_LINES - 1] - fields[k] < FORM_SPAN
               for k in range(len(fields) - FORM_LINES + 1)):
            return r
    return best


def _whole_first_block(doc: Document, groups, start: int) -> int:
    """The run's start, moved up to the start of the block it starts in.

    A block is one element of the page: a short first sentence of a paragraph cut
    by <br> ("You know this!" / long text) scores as a line of its own and falls
    off the run, though it is part of the paragraph the run starts with. (Widening
    the end the same way took in closing 'about us' lines of press releases.)
    """
    def unmarked(k: int) -> bool:
        return all(doc.lines[i].label is Label.UNKNOWN for i in groups[k][0])

    first_block = doc.lines[groups[start][0][0]].block
    while start > 0 and unmarked(start - 1) and doc.lines[groups[start - 1][0][-1]].block == first_block:
        start -= 1
    return start


_NUMBERED = re.compile(r"^\d{1,2}\.\s+\w")


def _subheading(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(("?", "？")) or _NUMBERED.match(text) is not None


def _label_head(text: str) -> bool:
    """"Our standards: ...", "Figure 4: ...": a label of a few words and a colon."""
    head, colon, _ = text.partition(": ")
    return bool(colon) and len(head.split()) <= LABEL_WORDS


def _plain_sentence(lines, stopwords) -> bool:
    """Lines that end a sentence with a full stop (maybe inside a quote) and read
    as words: several of them, function words among them, and no "Label: ..." head
    ("Our standards: ...", "Figure 4: ..."). A colon or semicolon at the end
    announces more, and a question or exclamation at a page's edge is mostly a
    prompt ("Was this article helpful?")."""
    text = lines[-1].text.rstrip()
    if text[-1:] in QUOTES:
        text = text[:-1].rstrip()
    if text[-1:] not in CLOSE_MARKS:
        return False
    if _label_head(lines[0].text):
        return False
    toks = [t for ln in lines for t in ln.tokens]
    return len(toks) >= SENTENCE_WORDS and any(t in stopwords for t in toks)


def _split_by_box(doc: Document, groups, upper, lower) -> bool:
    """Two runs are one article cut by an inline box: a short gap with no footer,
    form or title line in it, and an upper part of some length."""
    gap = [doc.lines[i] for k in range(upper[1], lower[0]) for i in groups[k][0]]
    return lower[0] - upper[1] <= SPLIT_GAP_UNITS and upper[2] >= SPLIT_MIN and \
        not any(ln.label in SPLIT_STOP for ln in gap)


def _free_contents_entries(doc: Document, groups, scores, best) -> bool:
    """Make the entries of a table of contents free; True when there were some.

    A contents list above the text repeats the text's own subheadings, so dedupe
    and nav mark its short lines as menu, and it cuts the introduction off the
    text. A repeated short line above the best run whose twin is below its start
    is such an entry (the run may end before the last subheadings).
    """
    start = best[0]
    inside = {doc.lines[i].key for u in range(start, len(groups)) for i in groups[u][0]}
    entries = [u for u in range(start) if scores[u] < 0 and len(groups[u][0]) == 1
               and doc.lines[groups[u][0][0]].label in CONTENTS_LABELS
               and doc.lines[groups[u][0][0]].key in inside]
    if len(entries) < CONTENTS_MIN:
        return False
    for u in entries:
        scores[u] = 0.0
    return True


def _free_contents_block(doc: Document, ctx, groups, scores, headings: frozenset) -> None:
    """A table of contents under its heading ("Inhaltsverzeichnis", "Contents"):
    its entries are short lines that read as a menu and cut the lead above it off
    the text below. The heading and its entries, up to the first prose, cost
    nothing in the run, and they are marked as the menu they are."""
    if not headings:
        return
    for u, (idxs, _) in enumerate(groups):
        if len(idxs) != 1 or doc.lines[idxs[0]].key not in headings:
            continue
        k = u
        while k < len(groups) and k - u <= CONTENTS_MAX and scores[k] <= 0 and \
                not _hard(doc, groups[k]):
            scores[k] = 0.0
            for i in groups[k][0]:
                if doc.lines[i].label is Label.UNKNOWN:
                    ctx.mark(doc.lines[i], Label.NAV, "mainrun.contents", "a table of contents")
                else:
                    ctx.note(doc.lines[i], "mainrun.contents", "a table of contents")
            k += 1


def _broken(line) -> bool:
    """A line of a list, an address or code cut by <br> (see nav._broken_blocks)."""
    return bool(line.marks) and line.marks[-1].rule == "nav.broken-block"


def _header_line(text: str, ctx) -> bool:
    """A short line that dates or signs the article: a date stamp or a byline cue."""
    from ..dateparse import finder
    from .byline import _find_cue

    if len(text) > HEADER_LINE_CHARS:
        return False
    return finder(ctx.rules).find(text) is not None or _find_cue(text, ctx.rules) is not None


def _lead_over_header(doc: Document, ctx, groups, scores, start: int, heads: set[int]) -> int:
    """The unit where the article starts when a lead paragraph sits just above the run.

    Under a one-paragraph lead many pages print the date, the author and share
    buttons; at this stage those short lines still read as menu, so the run stops
    at them and the lead is lost. A block of short units holding a date or byline
    line, with a prose paragraph right above it (not a list or an address cut
    by <br>), is such a header: the paragraph joins the run and the block's unmarked lines are kept out. A headline in the
    block is the article's top: what lies above it is not its lead.
    """
    k = start - 1
    gap: list[int] = []
    while k >= 0 and scores[k] <= 0 and len(gap) < HEADER_UNITS:
        for i in groups[k][0]:
            ln = doc.lines[i]
            if ln.label in HARD or i in heads or (ln.label is Label.UNKNOWN and
                    len(ln.text) > HEADER_OTHER_CHARS and not _header_line(ln.text, ctx)):
                return start
        gap.append(k)
        k -= 1
    if k < 0 or not gap or scores[k] <= 0 or any(i in heads or _broken(doc.lines[i]) for i in groups[k][0]) or \
            sum(len(doc.lines[i].text) for i in groups[k][0]) < LEAD_MIN_CHARS:
        return start
    # One date and one byline at most: several dates are a list of dated teasers.
    found = sum(_header_line(doc.lines[i].text, ctx) for u in gap for i in groups[u][0])
    if not 1 <= found <= 2:
        return start
    for u in gap:
        for i in groups[u][0]:
            if doc.lines[i].label is Label.UNKNOWN:
                ctx.mark(doc.lines[i], Label.BOILERPLATE, "mainrun.under-lead",
                         "between the lead and the text")
    return k


def _continued_below(doc: Document, ctx, groups, scores, runs, end: int, total: float) -> tuple[int, float]:
    """(end, total) of the anchored run, taken down over an inline box (a video, an
    ad, a share bar, a byline and date printed under a lead) to the next run when
    the box is short, holds no hard line (form, footer, related, title) and that run
    weighs at least half as much: one article.
    (A longer box over a lighter run is mostly a list of teasers; a run below that
    outweighs the anchored one is the article's larger part, however long the box of
    job ads or gallery links cutting it off.) The box's lines stay out of the body:
    its short lines are no list of the article."""
    below = [r for r in runs if r[0] >= end]
    if not below:
        return end, total
    nxt = min(below, key=lambda r: r[0])
    short_box = nxt[0] - end <= JOIN_GAP_UNITS and nxt[2] >= JOIN_SHARE * total
    if not short_box and nxt[2] < LONG_JOIN_SHARE * total:
        return end, total
    # The text goes on with a sentence (a line of tags or a teaser title does not).
    if not ends_sentence(doc.lines[groups[nxt[0]][0][-1]].text):
        return end, total
    box = [doc.lines[i] for k in range(end, nxt[0]) for i in groups[k][0]]
    if any(ln.label in HARD for ln in box):      # (a related list under a text ends it)
        return end, total
    for ln in box:
        if ln.label is Label.UNKNOWN:
            ctx.mark(ln, Label.BOILERPLATE, "mainrun.inline-box", "a box between two parts of the run")
        elif ln.text:
            ctx.note(ln, "mainrun.inline-box", "a box between two parts of the run")
    return nxt[1], total + sum(scores[end:nxt[0]]) + nxt[2]

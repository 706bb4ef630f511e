"""The publication date: the best-placed date around the article top.

Every date in a window around the headline is a candidate. Candidates are scored
by their distance to the headline (after it is likelier than before it), by cue
words ("Published", "Veröffentlicht" count for, "Updated" against), by the shape
of their line (a short stamp line beats a date inside a sentence) and by whether
they sit in a list of dated items. Lines marked as related lists, forms, footers
or captions are never read, so dates of other articles are not taken. Hijri years
are refused by the date parser itself.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ..dateparse import day_first_region, finder
from ..model import Document, Field, Label
from ..rules import fold, words_regex
from .headline import stamp_part, title_parts

SKIP = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.TITLE, Label.CAPTION})
# Content lines searched before and after the headline, and after the end of the main text.
BEFORE, AFTER, AFTER_MAIN = 12, 30, 6
# A date in a line longer than this is in a sentence, not a stamp.
PROSE_CHARS = 160
LIST_SPAN, LIST_MIN = 6, 3
# A date inside the headline names what the article is about more often than when it appeared.
HEADLINE_PENALTY = 1.5
# A <title> part that is only a date scores like a stamp a few lines under the headline.
TITLE_STAMP_SCORE = 0.0
# Text this close before a date is read for a cue word.
CUE_REACH = 40
_EMBED = regex.compile(r"\(@\w+\)")


@dataclass(slots=True)
class Candidate:
    line: int           # index into doc.lines
    date: str
    score: float
    rule: str


# "24/10/2020" can only be day-first and "10/24/2020" only month-first.
_NUMERIC_DATE = regex.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")


def _finder(doc: Document, ctx):
    """The date finder for the page. Where the language alone would put the month
    first (English), an HTML page's language tag may name British English, and the
    page's own numeric dates may show which comes first ("24/10/2020" on the page
    makes its "12/04/2020" the 12th of April)."""
    if "day_first" not in doc.hints:
        doc.hints["day_first"] = day_first_region(doc.hints.get("page", {}).get("lang")) or \
            (ctx.rules.lang in (None, "en") and _page_writes_day_first(doc))
    return finder(ctx.rules, doc.hints["day_first"])


def _page_writes_day_first(doc: Document) -> bool:
    day_first = month_first = 0
    for m in _NUMERIC_DATE.finditer("\n".join(ln.text for ln in doc.lines)):
        a, c = int(m[1]), int(m[3])
        day_first += a > 12 and c <= 12
        month_first += c > 12 and a <= 12
    return day_first > month_first


def run(doc: Document, ctx) -> None:
    best = best_candidate(doc, ctx)
    if best is None:
        return
    ln = doc.lines[best.line]
    confidence = max(0.1, min(0.95, 0.5 + best.score / 10))
    doc.fields["date"] = Field(best.date, best.line, round(confidence, 3))
    # The stamp of a list entry (dates.headline-echo) stays part of its list.
    if ln.label in (Label.UNKNOWN, Label.META, Label.NAV, Label.DUPLICATE, Label.BOILERPLATE,
                    Label.RELATED) and best.rule != "dates.headline-echo" \
            and (best.rule == "dates.relative" or _finder(doc, ctx).is_stamp(ln.text)):
        ctx.mark(ln, Label.DATE, best.rule, best.date)
    else:
        ctx.note(ln, best.rule, best.date)


def anchors(doc: Document, content: list[int]) -> list[int]:
    """Positions (in content) where the article starts: the printed headline and the main text.
    A headline taken from the <title> line says nothing about where the article is."""
    pos = {i: k for k, i in enumerate(content)}
    out = []
    head = doc.fields.get("headline")
    if head is not None and head.line is not None and doc.lines[head.line].label is not Label.TITLE:
        out.append(pos.get(head.line, 0))
    if doc.main:
        out.append(next((k for k, i in enumerate(content) if i >= doc.main[0]), 0))
    return out or [0]


def window(doc: Document, content: list[int], tops: list[int], wide: bool = False) -> list[int]:
    """Content positions to read: around each anchor, and just after the main text.
    The wide window, read when the near one holds no date, is the whole page down to
    the end of the main text."""
    if wide:
        end = next((k for k, i in enumerate(content) if doc.main and i >= doc.main[1]), len(content))
        return list(range(0, min(len(content), end + AFTER_MAIN)))
    keep: set[int] = set()
    for top in tops:
        keep |= set(range(max(0, top - BEFORE), min(len(content), top + AFTER + 1)))
    if doc.main:
        end = next((k for k, i in enumerate(content) if i >= doc.main[1]), len(content))
        keep |= set(range(max(0, end - 3), min(len(content), end + AFTER_MAIN)))
    return sorted(keep)


def _distance_cost(k: int, tops: list[int]) -> float:
    """Cost of sitting at content position k: dates follow the headline more often than precede it."""
    costs = []
    for top in tops:
        d = k - top
        costs.append(0.12 * d if d >= 0 else 0.25 * -d + 0.3)
    return min(costs)


def best_candidate(doc: Document, ctx) -> Candidate | None:
    content = [i for i, ln in enumerate(doc.lines) if ln.text]
    tops = anchors(doc, content)
    best = (_best_in(doc, ctx, content, tops, window(doc, content, tops))
            or _best_in(doc, ctx, content, tops, window(doc, content, tops, wide=True)))
    if best is None or best.score < ECHO_SCORE:
        echo = _echo_stamp(doc, ctx, content)
        if echo is not None and (best is None or echo.line != best.line):
            best = echo
    return best or _relative(doc, ctx, content, tops)


# A weak pick (a date inside a sentence, far from the headline) gives way to the stamp
# printed beside the article's own entry in a "latest posts" list.
ECHO_SCORE = -1.0


def _echo_stamp(doc: Document, ctx, content: list[int]) -> Candidate | None:
    """The date stamp right under (or over) a repeat of the headline: blogs list their
    latest posts with dates, the article itself first, when the post prints no date of
    its own ("3 Jahre legalisierte Genitalverstümmelung" / "12 Dezember, 2015")."""
    head = doc.fields.get("headline")
    if head is None or head.line is None:
        return None
    key = fold(head.value).strip(" .")
    dates = _finder(doc, ctx)
    for k, i in enumerate(content):
        text = doc.lines[i].text
        if i == head.line or abs(len(text) - len(key)) > 3 or fold(text).strip(" .") != key:
            continue
        for j in (k + 1, k - 1):
            if 0 <= j < len(content):
                ln = doc.lines[content[j]]
                if ln.label is not Label.FOOTER and dates.is_stamp(ln.text):
                    found = dates.find(ln.text)
                    if found:
                        return Candidate(content[j], found[0], ECHO_SCORE, "dates.headline-echo")
    return None


def _relative(doc: Document, ctx, content: list[int], tops: list[int]) -> Candidate | None:
    """A relative stamp near the article top ("vor 3 Stunden"), counted back from the
    latest absolute date the page prints: a page shows its newest dates (a 'today' line,
    the latest teasers) as of when it was captured. No absolute date, no answer."""
    dates = _finder(doc, ctx)
    stamps = []
    for k in window(doc, content, tops):
        ln = doc.lines[content[k]]
        if ln.label in SKIP:
            continue
        ago = dates.relative(ln.text)
        if ago is not None:
            stamps.append((_distance_cost(k, tops), content[k], ago))
    if not stamps:
        return None
    latest = max((d for i in content for d, _, _ in dates.find_all(doc.lines[i].text)),
                 default=None)
    if latest is None:
        return None
    _, line, ago = min(stamps)
    date = (dt.date.fromisoformat(latest) - dt.timedelta(days=ago.days)).isoformat()
    return Candidate(line, date, -1.0, "dates.relative")


def _best_in(doc: Document, ctx, content: list[int], tops: list[int],
             positions: list[int]) -> Candidate | None:
    dates = _finder(doc, ctx)
    lex = ctx.rules.lexicon
    published = words_regex(lex.get("date_published_cue"))
    updated = words_regex(lex.get("date_updated_cue"))
    head = _headline_position(doc, content)
    found = []
    # A title with a date part is read however far the text is from it.
    title_stamp = bool(content) and doc.lines[content[0]].label is Label.TITLE and \
        _title_stamp(doc.lines[content[0]].text)
    if title_stamp and 0 not in positions:
        positions = [0, *positions]
    for k in positions:
        ln = doc.lines[content[k]]
        if ln.label in SKIP and not (k == 0 and ln.label is Label.TITLE) \
                and not _own_stamp(ln, k, head):
            continue
        hits = dates.find_all(ln.text)
        if hits:
            found.append((k, ln, hits))
    # Entries of a dated list are short; a date in a paragraph of the text is no entry.
    dated_positions = [k for k, ln, _ in found if len(ln.text) <= PROSE_CHARS]
    best = None
    for k, ln, hits in found:
        i = content[k]
        folded = ln.folded
        base = -_distance_cost(k, tops)
        plain_rule = "dates.in-line"
        if len(ln.text) > PROSE_CHARS:
            # A date opening a paragraph ("(21. November 2022) Energy customers ...") is
            # the text's dateline; one further in is about something else.
            if hits[0][1] > 1:
                base -= 2.5
        elif dates.is_stamp(ln.text):
            base, plain_rule = base + 1.0, "dates.stamp-line"
        if doc.main and doc.main[0] <= i < doc.main[1] and plain_rule != "dates.stamp-line":
            base -= 1.5   # a date inside the text is about something else
        neighbours = sum(1 for p in dated_positions if abs(p - k) <= LIST_SPAN)
        if neighbours >= LIST_MIN:
            base -= 0.6 * (neighbours - LIST_MIN + 1)
        if ln.label is Label.DUPLICATE:
            base -= 0.5
        if ln.label is Label.RELATED:
            base -= 0.5   # read only because it sits right under the headline
        if ln.label is Label.HEADLINE and plain_rule != "dates.stamp-line":
            base -= HEADLINE_PENALTY   # "Minutes of the board meeting of 10 October": an event
        if ln.label is Label.TITLE:
            # The page title names its own article's date, but far from the text; a
            # title part that is only a date ("Headline | Section | 28.04.2023") is the
            # page's own stamp.
            stamped = title_stamp if k == 0 else _title_stamp(ln.text)
            base = TITLE_STAMP_SCORE if stamped else -2.0
        if _EMBED.search(ln.text):
            base -= 2.0   # an embedded post: "— Name (@handle) January 1, 2020"
        for n, (date, start, _end) in enumerate(hits):
            before = folded[max(0, start - CUE_REACH):start]
            # The cue nearest the date decides: "Published 3 May | Updated 5 May".
            last_pub = _last(published, before)
            last_upd = _last(updated, before)
            score, rule = base - 0.2 * n, plain_rule
            if last_pub > last_upd:
                score, rule = score + 2.0, "dates.published-cue"
            elif last_upd > last_pub:
                score, rule = score - 1.5, "dates.updated-cue"
            if best is None or score > best.score:
                best = Candidate(i, date, score, rule)
    return best


# A dated list that starts right under the headline (a media player's durations, then
# teasers) takes in the article's own "Stand: 22.04.2024, 06:00 Uhr" line; a stamp this
# many content lines below the printed headline is read all the same.
OWN_STAMP_REACH = 2


def _title_stamp(title: str) -> bool:
    """Whether a part of the <title> is only a date ("Headline | Europe | 28.04.2023")."""
    return any(stamp_part(p) for p in title_parts(title))


def _headline_position(doc: Document, content: list[int]) -> int | None:
    head = doc.fields.get("headline")
    if head is None or head.line is None or doc.lines[head.line].label is Label.TITLE:
        return None
    last = head.line
    while last + 1 < len(doc.lines) and doc.lines[last + 1].label is Label.HEADLINE:
        last += 1
    return next((k for k, i in enumerate(content) if i >= last), None)


def _own_stamp(ln, k: int, head: int | None) -> bool:
    return (head is not None and 0 < k - head <= OWN_STAMP_REACH
            and ln.label is Label.RELATED and ln.rule == "related.dated-list")


def _last(rx: regex.Pattern, text: str) -> int:
    """End offset of the last match of rx in text, -1 when none."""
    end = -1
    for m in rx.finditer(text):
        end = m.end()
    return end

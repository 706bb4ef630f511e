"""What the HTML markup adds, for pages given as HTML (a no-op for page dumps).

Two passes. `run` (after nav) labels lines by where they sit in the page:
inside <nav>/<aside>/<footer>/<form>, in elements whose class or id says menu,
share, comment, related, cookie…, or made almost only of link text. A landmark
or class word that covers most of the page is a wrapper, not a zone, and is
ignored. `fields` (after the text stages) takes headline, authors and date
from <h1>, JSON-LD, Open Graph and meta tags, the page's own statement of them.
"""
from __future__ import annotations

import html as html_lib

import regex

from ..dateparse import finder
from ..html.meta import DATE_META, GENERIC_DATE_META
from ..model import Document, Field, Label
from ..rules import fold, words_regex
from ..text import ends_sentence, similarity, tokens
from . import markup_authors

COMMENT_WORDS = ("comment", "comments", "disqus", "forum", "reply", "replies", "respond",
                 "discussion")
# Landmark ancestors and class/id words -> (label, rule id).
ZONES = {
    "nav": (Label.NAV, "markup.in-nav"),
    "aside": (Label.BOILERPLATE, "markup.in-aside"),
    "footer": (Label.FOOTER, "markup.in-footer"),
    "form": (Label.FORM, "markup.in-form"),
    "header": (Label.NAV, "markup.in-header"),
}
WORD_ZONES = {
    **dict.fromkeys(("menu", "navbar", "navigation", "breadcrumb", "breadcrumbs", "pagination",
                     "skip", "toolbar"), (Label.NAV, "markup.class-menu")),
    **dict.fromkeys(("share", "sharing", "social", "print", "rss"), (Label.NAV, "markup.class-share")),
    **dict.fromkeys(COMMENT_WORDS, (Label.FORM, "markup.class-comment")),
    **dict.fromkeys(("related", "recommended", "outbrain", "taboola", "trending", "popular",
                     "teaser"), (Label.RELATED, "markup.class-related")),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), (Label.BOILERPLATE, "markup.class-cookie")),
    **dict.fromkeys(("sidebar", "widget"), (Label.BOILERPLATE, "markup.class-sidebar")),
    **dict.fromkeys(("newsletter", "subscribe", "signup", "login", "popup", "modal", "promo",
                     "ad", "ads", "advert", "advertisement", "sponsored"),
                    (Label.BOILERPLATE, "markup.class-promo")),
    **dict.fromkeys(("copyright", "legal"), (Label.FOOTER, "markup.class-footer")),
}
# A zone holding more than this share of the page's text is a wrapper.
MAX_ZONE_SHARE = 0.45
LINK_DENSITY = 0.8
# Long prose is article text unless the zone is one where prose is expected.
LONG_PROSE = 250
PROSE_LINE = 100
ZONE_RANK = {word: rank for rank, word in enumerate(WORD_ZONES)}
PROSE_ZONES = frozenset({*COMMENT_WORDS, "related", "recommended", "cookie", "cookies",
                         "consent", "gdpr"})
CONTENT_TAGS = frozenset({"article", "main"})
PROTECTED = frozenset({"h1"})
# An <h1> of this many words is a headline, not a logo.
H1_WORDS = 3
# Lines (a date, a kicker, a byline) that may stand between the headline and its lead.
LEAD_GAP = 3
HEADINGS = frozenset({"h1", "h2", "h3"})     # a headline's tag (some pages use <h3>)


def _is_html(doc: Document) -> bool:
    return doc.hints.get("source") == "html"


def run(doc: Document, ctx) -> None:
    if not _is_html(doc):
        return
    lines = [ln for ln in doc.lines if ln.text and ln.hints]
    total = sum(ln.weight for ln in lines) or 1
    share: dict[str, int] = {}
    for ln in lines:
        for key in ln.hints["tags"] | ln.hints["words"]:
            share[key] = share.get(key, 0) + ln.weight
    wrappers = {k for k, v in share.items() if v > MAX_ZONE_SHARE * total}
    # Comments may outweigh the article they follow: a comment word is a wrapper only
    # where it holds the headline too.
    headed_by = {w for ln in lines if "h1" in ln.hints["tags"] for w in ln.hints["words"]}
    wrappers -= set(COMMENT_WORDS) - headed_by
    # A menu, share box or sidebar holds no run of prose; a word that marks several
    # paragraphs is on a wrapper of the article here.
    prose: dict[str, int] = {}
    for ln in lines:
        if ln.weight >= PROSE_LINE and ends_sentence(ln.text):
            for key in ln.hints["words"]:
                prose[key] = prose.get(key, 0) + 1
    wrappers |= {k for k, n in prose.items() if n >= 3 and k not in PROSE_ZONES}
    headed = _article_headers(doc, lines)
    lead = _lead_teaser(doc, lines)
    for ln in lines:
        if ln.label is not Label.UNKNOWN:
            continue
        tags, words = ln.hints["tags"], ln.hints["words"]
        if id(ln) in lead:
            words = words - {"teaser"}
        if tags & PROTECTED:
            continue
        in_content = bool(tags & CONTENT_TAGS) or id(ln) in headed
        hit = _zone(tags, words, wrappers, in_content, ln.weight)
        if hit:
            label, rule, why = hit
            ctx.mark(ln, label, rule, why)
        elif ln.hints["link_density"] >= LINK_DENSITY:
            ctx.mark(ln, Label.NAV, "markup.link-text", f"link density {ln.hints['link_density']}")


def _article_headers(doc: Document, lines) -> set[int]:
    """ids of the lines of each <header> that holds an <h1>: a header that carries the
    headline is the article's own (headline, standfirst, byline), wherever it sits, not
    the site's banner."""
    headers, parents = doc.hints.get("headers"), doc.hints.get("parents")
    if not headers:
        return set()

    def header_of(ln) -> int:
        eid = ln.hints.get("eid", -1)
        while 0 <= eid < len(parents) and eid not in headers:
            eid = parents[eid]
        return eid

    members: dict[int, list] = {}
    for ln in lines:
        if "header" in ln.hints["tags"]:
            members.setdefault(header_of(ln), []).append(ln)
    return {id(ln) for group in members.values()
            if any("h1" in ln.hints["tags"] and len(ln.text.split()) >= H1_WORDS for ln in group)
            for ln in group}


def _lead_teaser(doc: Document, lines) -> set[int]:
    """ids of the lines of a "teaser" block printed right under the headline (an <h1> to
    <h3> whose words are in the title): that teaser is the article's own lead, not a
    promoted story."""
    title_idx = doc.hints.get("title")
    if title_idx is None:
        return set()
    title = doc.lines[title_idx].tokens
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if not ln.hints["tags"] & HEADINGS or len(ln.text.split()) < H1_WORDS \
                or similarity(ln.tokens, title)[0] < H1_IN_TITLE:
            continue
        after = lines[k + 1:k + 1 + LEAD_GAP + 1]
        start = next((j for j, x in enumerate(after) if "teaser" in x.hints["words"]), None)
        if start is None:
            continue
        for x in lines[k + 1 + start:]:
            if "teaser" not in x.hints["words"]:
                break
            out.add(id(x))
    return out


def _zone(tags, words, wrappers, in_content, weight):
    for tag, (label, rule) in ZONES.items():
        if tag in tags and tag not in wrappers:
            # An article's own <header> holds its headline, byline and date.
            if tag == "header" and in_content:
                continue
            return label, rule, f"inside <{tag}>"
    # Words are a set: when a line's words name two zones, the order of WORD_ZONES
    # decides (menu before share before comment ...), not the per-process string hash.
    hits = [w for w in words if w in WORD_ZONES and w not in wrappers
            and (weight < LONG_PROSE or w in PROSE_ZONES)]
    if hits:
        word = min(hits, key=ZONE_RANK.__getitem__)
        label, rule = WORD_ZONES[word]
        return label, rule, f"class/id word '{word}'"
    return None


# ---------------------------------------------------------------- fields

# (?<!\s) / (?<![|…]): a match starts only where its run starts, so long runs are scanned once.
_TRAILING_SEP = regex.compile(r"(?<![\s|–—\-:·•»])\s*[|–—\-:·•»]+\s*$")
_UTC = regex.compile(r"(?:Z|[+-]00:?00)$")
_OFFSET = regex.compile(r"T\d\d:\d\d.*[+-]\d\d:?\d\d$")
_ISO = regex.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)")


def fields(doc: Document, ctx) -> None:
    if not _is_html(doc):
        return
    page = doc.hints.get("page", {})
    ld = next((item for item in page.get("jsonld", []) if item), {})
    _headline(doc, ctx, page, ld)
    markup_authors.authors(doc, ctx, page, ld, _anchor(doc))
    _date(doc, ctx, page, ld)


def _anchor(doc: Document) -> int | None:
    """The line that carries notes for values that have no line of their own (the title)."""
    idx = doc.hints.get("title")
    return idx if idx is not None else next((i for i, ln in enumerate(doc.lines) if ln.text), None)


def _stated_headlines(page: dict, ld: dict) -> list[str]:
    """Headlines the page states in its metadata, the site name cut off."""
    site = page.get("site_name")
    out = []
    for value in (ld.get("headline"), page.get("og_title"), page.get("twitter_title"),
                  page.get("itemprop_headline")):
        if not value:
            continue
        value = html_lib.unescape(value).replace("\xa0", " ").replace("\xad", "").strip()
        if site and value.endswith(site) and len(value) > len(site) + 3:
            value = _TRAILING_SEP.sub("", value[:-len(site)]) or value
        if value not in out:
            out.append(value)
    return out


# Share of words both ways for a printed line to be the stated headline itself.
SAME_HEADLINE = 0.95


def _printed_and_stated(doc: Document, current: Field | None, refs, title_idx) -> bool:
    """The text stage's headline is a printed line (not the title) that the page states
    word for word: it stands, even where an <h1> matches another stated title (a page may
    put its SEO title in the <h1> and print the headline it states elsewhere)."""
    if current is None or current.line is None or current.line == title_idx:
        return False
    return any(min(similarity(tokens(current.value), r)) >= SAME_HEADLINE for r in refs)


def _only_h1_in_title(doc: Document, title_toks: list[str]) -> tuple[int, str] | None:
    """The page's one <h1>, when most of its words are in the title: with nothing stated
    in the markup, that is the printed headline the title was made from."""
    from .headline import title_parts
    groups, _ = _h1_groups(doc)
    if len(groups) != 1 or not title_toks:
        return None
    toks = tokens(groups[0][1])
    if len(toks) < 2 or similarity(toks, title_toks)[0] < H1_IN_TITLE:
        return None
    parts = title_parts(doc.lines[doc.hints["title"]].text)
    if len(parts) > 1 and similarity(toks, tokens(parts[-1]))[0] >= H1_IN_TITLE:
        return None   # the site's name, where the title puts it last: a logo <h1>
    return groups[0]


H1_IN_TITLE = 0.5


def _h1_groups(doc: Document) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(first line index, text) of each <h1> block, an <h1> split by <br> joined; and
    each line of such a split <h1> alone: a kicker or a date often shares the <h1>."""
    groups: dict[int, list[int]] = {}
    for i, ln in enumerate(doc.lines):
        if ln.text and ln.hints and "h1" in ln.hints["tags"] and ln.label is not Label.TITLE:
            groups.setdefault(ln.block, []).append(i)
    joined = [(idx[0], " ".join(doc.lines[i].text for i in idx)) for idx in groups.values()]
    single = [(i, doc.lines[i].text) for idx in groups.values() if len(idx) > 1 for i in idx]
    return joined, single


def _cut_site(value: str) -> str:
    """A stated headline without the site name the page may append ("X - Rezept von Site")."""
    from .headline import _main_part, title_parts
    return _main_part(title_parts(value))


def _h1_in_title(doc: Document, ctx, current: Field, title_toks: list[str]) -> None:
    """With nothing stated beyond the <title>, the page's one <h1> made into the title
    beats the text stage's pick."""
    only = _only_h1_in_title(doc, title_toks)
    if only is not None and only[0] != current.line:
        i, text = only
        ctx.mark(doc.lines[current.line], Label.DUPLICATE, "markup.headline-replaced",
                 f"<h1> is line {doc.lines[i].number}")
        ctx.mark(doc.lines[i], Label.HEADLINE, "markup.headline-only-h1",
                 "the page's one <h1>, its words in the title")
        doc.fields["headline"] = Field(text, i, 0.7)


def _unrelated_dropped(stated: list[str], title_toks: list[str], h1s) -> list[str]:
    """The stated headlines that share a word with the <title> or an <h1>: one that shares
    none is a description (a wiki states its article's short description as "headline")."""
    if not title_toks or not h1s:
        return stated
    printed = set(title_toks).union(*(tokens(text) for _, text in h1s))
    return [s for s in stated if printed & set(tokens(s))]


def _headline(doc: Document, ctx, page: dict, ld: dict) -> None:
    title_idx = doc.hints.get("title")
    title_toks = tokens(doc.lines[title_idx].text) if title_idx is not None else []
    stated = _unrelated_dropped(_stated_headlines(page, ld), title_toks, _h1_groups(doc)[0])
    refs = [tokens(s) for s in stated]
    refs += [t for t in (tokens(_cut_site(s)) for s in stated) if t not in refs]
    current = doc.fields.get("headline")
    if not refs and current is not None and current.line is not None:
        _h1_in_title(doc, ctx, current, title_toks)
        return        # nothing stated: the text stage's match against the title stands
    if _printed_and_stated(doc, current, refs, title_idx):
        return        # the printed line the text stage chose is one the page states
    best, best_text, best_score = None, "", 0.0
    groups, lines = _h1_groups(doc)
    for i, text in groups + lines:
        toks = tokens(text)
        score = max((min(similarity(toks, r)) for r in refs), default=0.0)
        if not refs and title_toks:
            # Most of the title, not just the site name that both carry.
            score = min(similarity(toks, title_toks)) + 0.1
        if score > best_score:
            best, best_text, best_score = i, text, score
    if best is not None and best_score >= 0.6:
        if current is not None and current.line == best and current.value == best_text:
            return
        line = doc.lines[best]
        if current is not None and current.line is not None and current.line != best:
            old = doc.lines[current.line]
            if old.label is Label.HEADLINE:
                ctx.mark(old, Label.DUPLICATE, "markup.headline-replaced", f"<h1> is line {line.number}")
        ctx.mark(line, Label.HEADLINE, "markup.headline-h1", f"<h1> matching stated title {best_score:.2f}")
        doc.fields["headline"] = Field(best_text, best, 0.9)
        return
    if not stated and current is None and len(groups) == 1 and len(tokens(groups[0][1])) >= 2:
        # The page's only <h1>, when nothing else names the article.
        i, text = groups[0]
        ctx.mark(doc.lines[i], Label.HEADLINE, "markup.headline-only-h1", "the page's one <h1>")
        doc.fields["headline"] = Field(text, i, 0.6)
        return
    if not stated:
        return
    if current is not None and any(min(similarity(tokens(current.value), r)) >= 0.6 for r in refs):
        return
    if current is not None and current.line is not None and \
            "h1" in (doc.lines[current.line].hints or {}).get("tags", ()):
        return        # the text stage's headline is the page's <h1>: two signs against one
    if current is not None and current.line not in (None, title_idx) and \
            all(tokens(s) == title_toks for s in stated):
        # The statements only repeat the <title>, which the text stage has matched already.
        _h1_in_title(doc, ctx, current, title_toks)
        return
    anchor = _anchor(doc)
    if anchor is not None:
        ctx.note(doc.lines[anchor], "markup.headline-stated", stated[0])
    doc.fields["headline"] = Field(stated[0], None, 0.7)


def _iso(value: str, ctx) -> str | None:
    m = _ISO.match(value.strip())
    if m:
        y, mo, d = m.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            return f"{y}-{mo}-{d}"
        return None
    found = finder(ctx.rules).find(value)
    return found[0] if found else None


def _utc(value: str) -> bool:
    return bool(_UTC.search(value.strip()))


def _date(doc: Document, ctx, page: dict, ld: dict) -> None:
    stated = []
    if ld.get("date"):
        stated.append(("markup.date-jsonld", ld["date"]))
    stated += [("markup.date-meta" if key in PUBLISHED_META else "markup.date-meta-generic", v)
               for key, v in page.get("meta_dates", [])]
    times = page.get("times", [])
    stated += [("markup.date-time", s) for s, prop, _ in times if "published" in prop]
    stated += [("markup.date-time-bare", s) for s, prop, _ in times[:1] if not prop]
    # The web page's own date, when the markup states no article: the last resort.
    stated += [("markup.date-jsonld-page", s) for s in page.get("jsonld_page_dates", [])[:1]]
    dated = [(rule, value, d) for rule, value in stated if (d := _iso(value, ctx))]
    if not dated:
        _date_from_address(doc, ctx, page)
        return
    rule, value, date = dated[0]
    if _utc(value):
        # A UTC stamp can fall on the next or previous day; the same instant
        # stated with the page's own offset gives the local date.
        local = [(r, v, d) for r, v, d in dated[1:] if _OFFSET.search(v) and not _utc(v)
                 and _same_instant(value, v)]
        if local:
            rule, value, date = local[0]
    current = doc.fields.get("date")
    if current is not None and (current.value == date
                                or _printed_wins(doc, ctx, current, date, ld, rule in WEAK_RULES,
                                                 _single_dates(page, ctx))):
        return
    anchor = current.line if current is not None and current.line is not None else _anchor(doc)
    if anchor is not None:
        ctx.note(doc.lines[anchor], rule, f"{date} (from {value})")
    doc.fields["date"] = Field(date, None, 0.85)


def _date_from_address(doc: Document, ctx, page: dict) -> None:
    """With no date in the markup, the date in the page's own address (its canonical link)
    beats none at all, or a date read from a sentence of the text (an event it reports)."""
    date = page.get("url_date")
    current = doc.fields.get("date")
    if not date or (current is not None and (current.value == date
                                             or current.confidence >= PRINTED_STAMP_CONFIDENCE)):
        return
    anchor = current.line if current is not None and current.line is not None else _anchor(doc)
    if anchor is not None:
        ctx.note(doc.lines[anchor], "markup.date-url", date)
    doc.fields["date"] = Field(date, None, 0.6)


# Meta names that say "published"; a bare "date" / "dc.date" or an unlabelled <time>
# is often the page's build or revision date and gives way to a confident print.
PUBLISHED_META = frozenset(DATE_META) - frozenset(GENERIC_DATE_META)
WEAK_RULES = frozenset({"markup.date-meta-generic", "markup.date-time-bare",
                        "markup.date-jsonld-page"})
# A printed stamp this confident beats a weak markup date whatever the distance.
PRINTED_OVER_WEAK_CONFIDENCE = 0.5
# A text date read with at least this confidence (a stamp line near the headline,
# scored by the dates stage) is trusted over a markup date one day away from it.
PRINTED_STAMP_CONFIDENCE = 0.45
_PRINTED_STAMP_RULES = ("dates.stamp-line", "dates.published-cue")


def _printed_wins(doc: Document, ctx, current: Field, stated: str, ld: dict,
                  weak: bool, all_stated: set[str]) -> bool:
    """Keep the date the page prints over the one its markup states, when the two
    disagree in a way that says the print is what readers (and the page) mean:
    the print is the JSON-LD dateModified (the page shows its updated date), or it is
    a confident stamp line one day off the markup (a UTC timestamp crossed midnight
    against the local date the page prints), or a very confident stamp line against
    a weak markup source (generic meta date, unlabelled <time>), or a confident stamp
    line that another of the markup's own dates backs (pages that state a stale
    datePublished next to an og:published_time or dc.date.issued matching the print)."""
    modified = _iso(ld["modified"], ctx) if ld.get("modified") else None
    if modified and current.value == modified:
        return True
    if current.line is None or current.confidence < PRINTED_STAMP_CONFIDENCE:
        return False
    rules = [m.rule for m in doc.lines[current.line].marks if m.rule.startswith("dates.")]
    if not rules or rules[-1] not in _PRINTED_STAMP_RULES:
        return False
    if (weak and current.confidence >= PRINTED_OVER_WEAK_CONFIDENCE) or current.value in all_stated:
        return True
    if _says_updated(doc.lines[current.line].text, ctx):
        return False   # "November 28 -- Updated 0203 GMT": the print is the update
    return abs(_day_number(current.value) - _day_number(stated)) == 1


def _says_updated(text: str, ctx) -> bool:
    return bool(words_regex(ctx.rules.lexicon.get("date_updated_cue")).search(fold(text)))


def _single_dates(page: dict, ctx) -> set[str]:
    """Dates of the meta names that state one date only: a name given several dates
    (itemprop="datePublished" on every teaser of a list) speaks for no one article."""
    by_key: dict[str, set[str]] = {}
    for key, value in page.get("meta_dates", []):
        date = _iso(value, ctx)
        if date:
            by_key.setdefault(key, set()).add(date)
    return {d for dates in by_key.values() if len(dates) == 1 for d in dates}


def _same_instant(a: str, b: str) -> bool:
    """Two timestamps naming the same moment ("…T21:08:00Z" and "…T23:08:00+02:00"): the
    page's local date of its UTC stamp. A comment's stamp a few hours on is not one."""
    import datetime as dt
    try:
        one, two = (dt.datetime.fromisoformat(v.strip().replace("Z", "+00:00")) for v in (a, b))
        return abs((one - two).total_seconds()) <= 60
    except (ValueError, TypeError):
        return False


def _day_number(date: str) -> int:
    import datetime as dt
    try:
        return dt.date.fromisoformat(date).toordinal()
    except ValueError:
        return 0

"""Headline and subheadline.

Dumps open with the page <title>, which usually holds the headline plus the site
name ("Headline | Site"). The headline is the line above the main text whose words
best match the title; when none does, the title's longest part stands in. Lines
that only echo the headline ("Site - Headline…") are marked as duplicates.
"""
from __future__ import annotations

import regex

from ..model import Document, Field, Label
from ..text import letters, similarity, tokens

# " | ", " - ", " » ", " › ", " ⋆ ", " ~ "… (the separators blog themes offer); "_" and "-"
# glued to a CJK word ("标题_体育_新民网", "質問- カテゴリ").
# (?<!\s): start only where a run of spaces starts, so a long run is scanned once (linear).
_TITLE_SEPARATORS = regex.compile(
    r"(?<!\s)(?:\s+[|–—\-·•»«›‹⋆*~<>ǀ/:：]{1,2}\s+|\s*[|｜ǀ]\s*|\s+::\s+|\s+-\s*$"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}”」』）])[_\-—]\s*(?=\S)|(?<=\S)_(?=[\p{Han}]))")
CANDIDATE_LABELS = frozenset({Label.UNKNOWN, Label.DUPLICATE, Label.NAV, Label.BOILERPLATE,
                              Label.META})
MAX_HEADLINE_CHARS = 400
_DENSE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# A first line longer than this is not a <title>; comparing every line with it would
# cost (lines x title length), quadratic on a dump that opens with one huge line.
MAX_TITLE_CHARS = 2000


def title_parts(title: str) -> list[str]:
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    return parts or [title]


def _words(text: str) -> int:
    """Words of a title part; in scripts written without spaces a character counts as one."""
    return max(len(tokens(text)), len(_DENSE_CHAR.findall(text)))


_DIGIT = regex.compile(r"\d")
_DIGIT_RUN = regex.compile(r"\d+")
_ALNUM = regex.compile(r"\w")
DATE_PART_DIGITS = 0.6   # a title part this much digits is a date or time stamp


def stamp_part(part: str) -> bool:
    """A title part that is a date or time ("06.11.2023, 11.41 Uhr", "Nov 6, 2023"),
    printed beside the headline by some sites, never the headline itself. A single
    number ("SW082", "2900万") is a name or an amount, not a date."""
    alnum = len(_ALNUM.findall(part))
    return alnum > 0 and len(_DIGIT.findall(part)) >= DATE_PART_DIGITS * alnum and \
        len(_DIGIT_RUN.findall(part)) >= 2


def _bare_domain(part: str) -> bool:
    """A title part that is only a domain name ("example.de"), no words around it."""
    return " " not in part and _DOMAIN.search(part) is not None


def _main_part(parts: list[str]) -> str:
    """The title part that holds the headline: the first, unless it is too short to be
    one ("News | …", "Lexikon « …"), then the longest. Date and domain-name parts
    ("example.de | Name") are never it."""
    parts = [p for p in parts if not (stamp_part(p) or _bare_domain(p))] or parts
    if _words(parts[0]) >= 3:
        return parts[0]
    return max(parts, key=_words)


def _title_tokens(doc: Document) -> tuple[list[str], str, list[str]] | None:
    title_idx = doc.hints.get("title")
    if title_idx is None or doc.lines[title_idx].weight > MAX_TITLE_CHARS:
        return None
    title = doc.lines[title_idx].text
    main_part = _main_part(title_parts(title))
    return tokens(title), main_part, tokens(main_part)


MAX_PARTS = 8
# A line that matches only title parts other than the main one ("Zeitphilosophie" in
# "Zeitphilosophie | Dr. A. Klier") stands in only when nothing matches the main part;
# its score is lowered by this much, so any main-part match beats it.
OTHER_PART_COST = 1.1


_DOMAIN = regex.compile(r"\w\.(?:[a-z]{2,3}|com|info|online)$", regex.IGNORECASE)
# The last title part, when this short, sits where the site name goes ("… | Site News").
SITE_PART_TOKENS = 4


def _part_spans(title: str, main_part: str) -> list[tuple[list[str], bool]]:
    """Tokens of every run of consecutive title parts ("Kicker – Headline | Section | Site"
    gives "Headline", "Kicker – Headline", "Section | Site", ...), each with whether it
    holds the main part: the printed headline is one such run. Runs that can only be
    the site name (a domain name, a short last part) are left out unless they hold the
    main part."""
    parts = title_parts(title)[:MAX_PARTS]
    main = parts.index(main_part) if main_part in parts else -1
    # A short first part ("Unbefriedigt | Deviante Pfade") is a short headline as often as
    # a section name: it counts as the main part too, and position above the text decides.
    mains = {main, 0}
    toks = [tokens(p) for p in parts]
    spans = []
    for a in range(len(parts)):
        for b in range(a, len(parts)):
            has_main = any(a <= m <= b for m in mains)
            if not any(toks[a:b + 1]):
                continue
            if not has_main and a == b and (_DOMAIN.search(parts[a]) or (
                    a == len(parts) - 1 and len(toks[a]) < SITE_PART_TOKENS)):
                continue
            spans.append((sum(toks[a:b + 1], []), has_main))
    return spans


def _span_match(toks: list[str], spans) -> tuple[float, int, float]:
    """Score of the run of title parts the line matches best: share of the line inside
    the run plus share of the run the line holds, lowered for a run without the main part;
    with the size of that run (0 when no run matches) and the run itself."""
    best: tuple = (0.0, 0, None)
    for span in spans:
        inside, covered = similarity(toks, span[0])
        if inside >= 0.75 and covered >= 0.6:
            score = inside + covered - (0.0 if span[1] else OTHER_PART_COST)
            if (score, len(span[0])) > best[:2]:
                best = (score, len(span[0]), span)
    return best


# A line may match the title when this share of its words is in the title (counted
# first at C speed, a bound from above on similarity()'s share, then by similarity()).
TITLE_LINE_SHARE = 0.75


def title_matches(doc: Document) -> list[tuple[float, int, int, int]]:
    """(score, first line, last line, words in the matched title parts) of every line,
    or short block, that matches the title.

    A line matches when most of its words are in the title and it holds most of a run
    of title parts (the title cut at " | ", " - " … keeps the site name apart).
    A headline broken over two or three lines of one block is matched as one.
    Computed once per document and shared by mainrun and headline.
    """
    if "title_matches" in doc.hints:
        return doc.hints["title_matches"]
    found: list[tuple[float, int, int, int]] = []
    parsed = _title_tokens(doc)
    if parsed:
        title_toks, main_part, _ = parsed
        spans = _part_spans(doc.lines[doc.hints["title"]].text, main_part)
        title_set = set(title_toks)
        lines = doc.lines
        for i in range(doc.hints["title"] + 1, len(lines)):
            ln = lines[i]
            if not ln.text or ln.label not in CANDIDATE_LABELS or ln.weight > MAX_HEADLINE_CHARS:
                continue
            toks = ln.tokens
            # (Most lines that share a word with the title share only one or two.)
            if not toks or title_set.isdisjoint(toks) or \
                    sum(map(title_set.__contains__, toks)) / len(toks) < TITLE_LINE_SHARE or \
                    similarity(toks, title_toks)[0] < TITLE_LINE_SHARE:
                continue
            last = i
            match = _span_match(toks, spans)
            # Join the rest of a short block when it completes the run of title parts
            # the line matches: "Fantastic Beasts: A Nice Place to" + "Visit".
            while last + 1 < len(lines) and lines[last + 1].text and \
                    lines[last + 1].block == ln.block and last - i < 2 and \
                    sum(lines[k].weight for k in range(i, last + 2)) <= MAX_HEADLINE_CHARS:
                joined = toks + lines[last + 1].tokens
                joined_match = _span_match(joined, [match[2]] if match[2] else spans)
                if similarity(joined, title_toks)[0] < 0.9 or joined_match[0] <= match[0]:
                    break
                toks, match = joined, joined_match
                last += 1
            score, size, _ = match
            if size:
                found.append((score - (0.3 if ln.label is Label.NAV else 0.0), i, last, size))
    doc.hints["title_matches"] = found
    return found


def run(doc: Document, ctx) -> None:
    parsed = _title_tokens(doc)
    if parsed is None:
        return
    title_idx = doc.hints["title"]
    _, main_part, part_toks = parsed
    main_start = doc.main[0] if doc.main else len(doc.lines)
    main_end = doc.main[1] if doc.main else len(doc.lines)

    matches = [c for c in title_matches(doc) if c[1] < main_end]
    main_matches = [c for c in matches if c[0] >= MAIN_PART_SCORE]
    # A line that matches a side part of the title stands in for the main part when it
    # has two words or more; a one-word part ("Politics", "Synchronschwimmen") is a section
    # name as often as a headline, and then a heading printed just above the text wins.
    # The title may be the printed headline shortened: with no match, or only shortened
    # copies ("Zitronenkuchen vom Blech" for "Saftiger Zitronenkuchen vom Blech"), a
    # heading that holds the main part and more wins (all of it, over such copies).
    if not any(_holds(doc, c, part_toks) for c in main_matches):
        longer = _longer_print(doc, part_toks, main_start, main_end)
        if longer is not None and (not main_matches or _holds(doc, longer, part_toks)):
            main_matches = [longer]
    if not main_matches:
        copy = _related_copy(doc, part_toks, main_start)
        main_matches = [copy] if copy is not None else []
    candidates = main_matches or [c for c in matches if c[3] >= 2]
    heading = None if candidates else _heading_above(doc, main_start, ctx.rules,
                                                      name_ok=len(part_toks) < 3)
    if heading is None and not candidates:
        candidates = matches
    best, best_score, best_last = None, 0.0, None
    rule, why = "headline.matches-title", ""
    if candidates:
        top = max(c[0] for c in candidates)
        near = [c for c in candidates if c[0] >= top - 0.1]
        # The copy closest above the main text is the printed headline; earlier
        # copies sit in breadcrumbs and menus.
        above = [c for c in near if c[1] <= main_start]
        best_score, best, best_last, _ = above[-1] if above else near[0]
        # A short match among the first printed lines is the site's banner when another
        # line, lower down and above the text, matches the title (not a piece of the banner).
        top_toks = set(doc.lines[best].tokens)
        if best == best_last and len(top_toks) <= SITE_PART_TOKENS and _page_top(doc, best):
            lower = [c for c in matches if best_last < c[1] <= main_start and c[3] >= 2 and
                     not top_toks.issuperset(doc.lines[c[1]].tokens)]
            if lower:
                best_score, best, best_last, _ = lower[-1]
                why = "the match at the page top is the site name; "
        restated = _restated_below(doc, best_last, tokens(" ".join(
            doc.lines[k].text for k in range(best, best_last + 1))), ctx.rules)
        if restated is None and best == best_last:
            restated = _after_kicker(doc, best, main_part)
        if restated is not None:
            rule, why = "headline.under-kicker", f"below the title copy on line {doc.lines[best].number}; "
            best = best_last = restated

    if best is not None:
        line = doc.lines[best]
        value = " ".join(doc.lines[k].text for k in range(best, best_last + 1))
        if best == best_last:
            value = _unglued(value, doc.lines[title_idx].text)
            value = _trimmed(value)
            value = _main_piece(value, main_part)
            value = _without_button(value, main_part, doc)
            value = _uncut(value, doc, title_idx)
        native = _native_part(doc, value)
        if native is not None:      # the line is a copy for search engines: kept out of the body
            for k in range(best, best_last + 1):
                ctx.mark(doc.lines[k], Label.DUPLICATE, "headline.other-script",
                         "the title's part in the text's script stands in")
            doc.fields["headline"] = Field(native, title_idx, 0.4)
            ctx.note(doc.lines[title_idx], "headline.from-title", native)
        else:
            for k in range(best + 1, best_last + 1):
                ctx.mark(doc.lines[k], Label.HEADLINE, "headline.continued", "same block")
            ctx.mark(line, Label.HEADLINE, rule, f"{why}{best_score:.2f}")
            doc.fields["headline"] = Field(value, best, max(0.3, min(1.0, best_score / 2)))
            _echoes(doc, ctx, best, tokens(value))
            _subheadline(doc, ctx, best)
    elif heading is not None:
        heading = _after_kicker(doc, heading, main_part) or heading
        ctx.mark(doc.lines[heading], Label.HEADLINE, "headline.heading-above-text",
                 "no line matches the title's main part")
        doc.fields["headline"] = Field(doc.lines[heading].text, heading, 0.5)
        _subheadline(doc, ctx, heading)
    elif len(part_toks) >= 3:
        doc.fields["headline"] = Field(main_part, title_idx, 0.4)
        ctx.note(doc.lines[title_idx], "headline.from-title", main_part)


_LATIN = regex.compile(r"\p{Latin}")
SCRIPT_SHARE = 0.8    # a text this much Latin letters (or this little) is in one script
SCRIPT_SAMPLE_CHARS = 2000     # of the main text, enough to tell its script


def _latin_share(text: str) -> float:
    count = letters(text)
    return len(_LATIN.findall(text)) / count if count else 0.5


def _native_part(doc: Document, head: str) -> str | None:
    """The title part in the main text's script when the headline is in another one:
    bilingual titles ("English headline | हिंदी शीर्षक - Site") whose English line is
    printed for search engines above a text in another script."""
    if not doc.main or _latin_share(head) < SCRIPT_SHARE:
        return None
    # The title first: most have no part in another script, and then the text is not read.
    native = next((part for part in title_parts(doc.lines[doc.hints["title"]].text)
                   if _latin_share(part) <= 1 - SCRIPT_SHARE and _words(part) >= 3), None)
    if native is None:
        return None
    text = " ".join(doc.lines[k].text for k in range(*doc.main))[:SCRIPT_SAMPLE_CHARS]
    return native if _latin_share(text) <= 1 - SCRIPT_SHARE else None


PAGE_TOP_LINES = 3


def _page_top(doc: Document, i: int) -> bool:
    """Line i is among the first few printed lines after the title: the site's banner."""
    seen = 0
    for j in range(doc.hints["title"] + 1, i):
        seen += bool(doc.lines[j].text)
        if seen >= PAGE_TOP_LINES:
            return False
    return True


def _related_copy(doc: Document, part_toks: list[str], main_start: int):
    """A line just above the main text that is the title's main part word for word but
    was read as a related-links item (the headline printed under a "Latest news" box)."""
    if len(part_toks) < 3:
        return None
    for _, i in _lines_above(doc, main_start, HEADING_LOOKBACK):
        if doc.lines[i].label is Label.RELATED and doc.lines[i].tokens == part_toks:
            return (MAIN_PART_SCORE, i, i, len(part_toks))
    return None


def _lines_above(doc: Document, main_start: int, limit: int):
    """(count, index) of the non-blank lines above the main text, nearest first, up to limit."""
    seen = 0
    for i in range(min(main_start, len(doc.lines)) - 1, doc.hints["title"], -1):
        if doc.lines[i].text:
            seen += 1
            if seen > limit:
                return
            yield seen, i


# Scores of matches of a run of title parts that holds the main part start here
# (share inside >= 0.75, share held >= 0.6, less the NAV cost of 0.3).
MAIN_PART_SCORE = 1.0


# The printed headline holds the title's main part and adds to it ("Severe storms hit
# Gauteng" printed as "Severe storms hit Gauteng, residents urged to avoid flood risks"):
# most of the part's words, and at most this many times as many words.
LONGER_COVERED = 0.8
LONGER_MAX_RATIO = 2.5
LONGER_SCORE = MAIN_PART_SCORE


def _holds(doc: Document, match, part_toks: list[str]) -> bool:
    """Whether the matched line(s) hold every word of the title's main part."""
    held = {t for k in range(match[1], match[2] + 1) for t in doc.lines[k].tokens}
    return held.issuperset(part_toks)


def _longer_print(doc: Document, part_toks: list[str], main_start: int, main_end: int):
    """The heading-shaped line nearest above the main text (else the first below its
    start) that holds the title's main part with more words: the title is the
    printed headline shortened."""
    if len(part_toks) < 3:
        return None
    above, below = None, None
    for i in range(doc.hints["title"] + 1, main_end):
        ln = doc.lines[i]
        if not ln.text or ln.label not in CANDIDATE_LABELS or ln.weight > MAX_HEADLINE_CHARS:
            continue
        toks = ln.tokens
        if len(toks) > LONGER_MAX_RATIO * len(part_toks) or ln.text.rstrip().endswith((".", ",", ";", ":")):
            continue
        if similarity(part_toks, toks)[0] < LONGER_COVERED:
            continue
        if i < main_start:
            above = i
        elif below is None:
            below = i
    best = above if above is not None else below
    return None if best is None else (LONGER_SCORE, best, best, len(part_toks))


# Below a copy of the title (the last crumb of a breadcrumb, a teaser box) a page may
# print a kicker and then its own headline, worded apart from the title: "Annalena Baerbock:
# Jetzt Top-Job in New York…" / "UN-Generalversammlung" / "Baerbock zur UN: Nur eine Etappe…".
KICKER_MAX_TOKENS = 5
RESTATED_SHARED = 0.3


_KICKER_COLON = regex.compile(r"[:：]\s*")


def _after_kicker(doc: Document, i: int, main_part: str) -> int | None:
    """The line after line i when the two, in separate blocks, are the title's main part
    cut at its colon ("Kicker: Headline" printed as "Kicker" over "Headline"): the
    kicker is a label over the headline, not the headline."""
    toks = doc.lines[i].tokens
    for m in _KICKER_COLON.finditer(main_part):
        if tokens(main_part[:m.start()]) != toks:
            continue
        j = i + 1
        while j < len(doc.lines) and not doc.lines[j].text:
            j += 1
        if j == len(doc.lines) or doc.lines[j].block == doc.lines[i].block:
            return None
        rest, head = tokens(main_part[m.end():]), doc.lines[j].tokens
        if len(head) >= 2 and rest[:len(head)] == head and doc.lines[j].weight <= MAX_HEADLINE_CHARS:
            return j
    return None


def _unglued(text: str, title: str) -> str:
    """The title's headline inside a printed line that glues a kicker or tags to it with
    no space ("Die Zukunft der Arbeit"Wir dekorieren…", "…Pathfinder" + "НовинкиКонцепт-кар"):
    separate elements rendered as one line; the headline is the part the title names."""
    for part in title_parts(title):
        for piece in (part, part.split(": ", 1)[-1]):
            if len(tokens(piece)) < 3 or piece == text:
                continue
            k = len(text) - len(piece)
            if k > 0 and text.endswith(piece) and not text[k - 1].isspace() and \
                    not _SEPARATOR_END.search(text[:k]) and not _DENSE_CHAR.match(text[k - 1]):
                return piece
            if text.startswith(piece) and text[len(piece)].isalpha() and \
                    not _DENSE_CHAR.search(text[len(piece) - 1:len(piece) + 1]):
                return piece      # (CJK is written without spaces: no glue to see)
    return text


_SEPARATOR_END = regex.compile(r"[|–—\-:·•»/]$")


def _trimmed(text: str) -> str:
    """A printed headline without a date part or a domain name set off by a title
    separator ("08.11.2021 | Headline", "Headline | EXAMPLE.NET"): the page prints its
    title bar as the heading; what is left is the headline."""
    cuts = [(m.start(), m.end()) for m in _TITLE_SEPARATORS.finditer(text)]
    if not cuts:
        return text
    bounds = [0] + [x for c in cuts for x in c] + [len(text)]
    pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    filled = [(a, b) for a, b in pieces if text[a:b].strip()]
    keep = [(a, b) for a, b in filled
            if not (stamp_part(text[a:b]) or _DOMAIN.search(text[a:b].strip()))]
    if not keep or len(keep) == len(filled):
        return text
    first, last = keep[0][0], keep[-1][1]
    trimmed = text[first:last].strip()
    return trimmed if len(tokens(trimmed)) >= 2 else text


_CRUMB_SEPARATOR = regex.compile(r"(?<!\s)\s*[»›>|]\s*")     # (?<!\s): linear, as above
CRUMB_MAX_TOKENS = 3


def _main_piece(text: str, main_part: str) -> str:
    """The title's main part when the printed line ends with it after short crumbs set
    off by a breadcrumb separator: a breadcrumb or a section label printed with the
    headline ("Home » Sport » Headline", "Africa|Headline")."""
    pieces = _CRUMB_SEPARATOR.split(text)
    if len(pieces) < 2 or tokens(pieces[-1]) != tokens(main_part) or \
            any(len(tokens(p)) > CRUMB_MAX_TOKENS for p in pieces[:-1]):
        return text
    return pieces[-1].strip()


BUTTON_TOKENS = 3


def _without_button(text: str, main_part: str, doc: Document) -> str:
    """The headline without a button or label rendered on its line ("Headline Back to
    video"): a few capitalised words, with no digit, after a text that the title's main
    part or another line of the page gives on its own."""
    words = text.split(" ")
    whole = None
    for k in range(1, min(BUTTON_TOKENS, len(words) - 2) + 1):
        head, rest = " ".join(words[:-k]), " ".join(words[-k:])
        if not rest[:1].isupper() or _DIGIT.search(rest):
            continue
        if head == main_part:
            return head
        if whole is None:
            whole = {ln.text for ln in doc.lines if ln.text}
        if head in whole:
            return head
    return text


CUT_MARKS = ("…", "...")
UNCUT_EXTRA_TOKENS = 6


def _uncut(text: str, doc: Document, title_idx: int) -> str:
    """A headline printed cut short ("… Fall gehen…") in full, where another line of the
    page (a share card, a breadcrumb's last entry) gives its end: at most a few words more."""
    if not text.endswith(CUT_MARKS):
        return text
    stem = text.rstrip(".… ")
    whole = [ln.text for k, ln in enumerate(doc.lines) if k != title_idx and
             len(ln.text) > len(stem) + 1 and ln.text.startswith(stem) and
             ln.text[len(stem)] == " " and not ln.text.endswith(CUT_MARKS)]
    whole = [t for t in whole if len(tokens(t[len(stem):])) <= UNCUT_EXTRA_TOKENS]
    return min(whole, key=len) if whole else text


def _restated_below(doc: Document, last: int, head_toks: list[str], rules) -> int | None:
    """The page's printed headline right below the matched title copy: a heading-shaped
    line sharing words with it, after a kicker line ("Meinung", "Emotionales Interview"),
    or straight after a copy cut short ("… Restrictions Can Be ..")."""
    following = []
    j = last + 1
    while j < len(doc.lines) and len(following) < 2:
        if doc.lines[j].text:
            following.append(j)
        j += 1
    if not following:
        return None
    cut_short = doc.lines[last].text.rstrip().endswith(("..", "…"))
    site_toks = [tokens(p) for p in title_parts(doc.lines[doc.hints["title"]].text)]
    kicker = doc.lines[following[0]]
    if not cut_short:
        if len(following) < 2 or not 0 < len(kicker.tokens) <= KICKER_MAX_TOKENS or \
                any(c.isdigit() for c in kicker.text) or \
                kicker.text.rstrip().endswith((".", ",", ":")) or \
                kicker.tokens in site_toks or _byline_shape(kicker.text, rules) == "byline.cue":
            return None     # a label ("Related:"), the site name or a byline, not a kicker
    i = following[0] if cut_short else following[1]
    ln = doc.lines[i]
    toks = ln.tokens
    if (3 <= len(toks) and 15 <= ln.weight <= MAX_HEADLINE_CHARS
            and not ln.text.rstrip().endswith((".", ",", ";", ":"))
            and ln.label in CANDIDATE_LABELS | {Label.BODY}
            and similarity(toks, head_toks)[0] >= RESTATED_SHARED
            and (cut_short or toks[:len(kicker.tokens)] != kicker.tokens)):
        return i     # (a line that starts with the "kicker" is a copy carrying a label)
    return None


HEADING_LOOKBACK = 6     # non-blank lines above the main text searched for a heading
# Further up, a heading counts only when it shares this many content words with the title.
WIDE_LOOKBACK = 20
WIDE_SHARED_WORDS = 3


def _heading_above(doc: Document, main_start: int, rules, name_ok: bool = True) -> int | None:
    """A heading-shaped line just above the main text: short, no full stop, not chrome.
    Of several, the one sharing most words with the title; the nearest when none does
    (a caption or a standfirst sits between the headline and the text as often as not),
    unless a heading further up, past share bars and teasers, shares many words with
    the title (the printed headline worded apart from it).
    A bare name beside a date is the byline: it stands in only when name_ok (the title
    has no part long enough to stand in itself)."""
    name_line = None      # a line shaped like a bare name: the headline only if nothing else is
    found: list[int] = []
    far: list[int] = []
    for seen, i in _lines_above(doc, main_start, WIDE_LOOKBACK):
        ln = doc.lines[i]
        near = seen <= HEADING_LOOKBACK
        if ln.label is not Label.UNKNOWN and (ln.label is not Label.DUPLICATE or
                                              near and len(ln.tokens) < HEADING_ECHO_TOKENS):
            continue      # (far up, the headline may be repeated in a teaser)
        if not 15 <= ln.weight <= 200 or len(ln.tokens) < 2:
            continue
        if ln.text.endswith((".", ":", ",", ";", "。")) or sum(c.isdigit() for c in ln.text) > 4:
            continue
        if "©" in ln.text or rules.match("captions", ln.text, ln.key) or \
                rules.match("byline", ln.text, ln.key):
            continue
        shape = _byline_shape(ln.text, rules)
        if shape == "byline.cue":
            continue   # "Von Leonora Holling": the byline, not the headline
        if not near:
            far.append(i)
            continue
        if shape == "byline.name-line" and _dated_neighbour(doc, i, rules):
            name_line = i if name_line is None else name_line
            continue   # "Birgit Baumann" beside "12.03.2024"; but "Leadership Styles" may be one
        found.append(i)
    title_words = _content_words(doc.lines[doc.hints["title"]].tokens)
    if found:
        shared = [len(title_words & _content_words(doc.lines[i].tokens)) for i in found]
        best = max(range(len(found)), key=lambda k: (shared[k], -k))
        if shared[best] >= MIN_SHARED_WORDS:
            return found[best]
    far = [i for i in far if len(title_words & _content_words(doc.lines[i].tokens)) >= WIDE_SHARED_WORDS]
    if far:
        return far[-1]      # the topmost: a standfirst below the headline shares words too
    if not found:
        return name_line if name_ok else None
    return found[0]


MIN_SHARED_WORDS = 2
# A heading printed twice right above the text (a breadcrumb's last entry, then the
# heading) is marked as a repeat; one of at least this many words is still a headline.
HEADING_ECHO_TOKENS = 4


def _content_words(toks: list[str]) -> set[str]:
    """Words long enough to carry meaning ("Waffensysteme", not "le", "für"); CJK characters."""
    return {t for t in toks if len(t) >= 4 or _DENSE_CHAR.match(t)}


def _dated_neighbour(doc: Document, i: int, rules) -> bool:
    """The nearest non-blank line above or below holds a date."""
    from ..dateparse import finder
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and not doc.lines[j].text:
            j += step
        if 0 <= j < len(doc.lines) and doc.lines[j].weight <= 80 and finder(rules).find(doc.lines[j].text):
            return True
    return False


def _byline_shape(text: str, rules) -> str | None:
    from .byline import parse_byline     # the byline stage reads lines the headline stage skips
    parsed = parse_byline(text, rules)
    return parsed[2] if parsed is not None else None


def _previous(doc: Document, i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if doc.lines[j].text:
            return j
    return None


def _echoes(doc: Document, ctx, head: int, head_toks: list[str]) -> None:
    """Lines near the top that hold little more than the headline's words."""
    main_end = doc.main[1] if doc.main else len(doc.lines)
    for i, ln in enumerate(doc.lines[:main_end]):
        if i == head or not ln.text or ln.label not in (Label.UNKNOWN, Label.DUPLICATE):
            continue
        if ln.weight > MAX_HEADLINE_CHARS or len(ln.tokens) < 3:
            continue
        if similarity(ln.tokens, head_toks)[0] >= 0.7:
            ctx.mark(ln, Label.DUPLICATE, "headline.echo", f"echoes line {doc.lines[head].number}")


def _subheadline(doc: Document, ctx, head: int) -> None:
    """An overline printed just above the headline, long enough to be a sentence."""
    prev = _previous(doc, head)
    if prev is None:
        return
    ln = doc.lines[prev]
    if ln.label is Label.UNKNOWN and len(ln.tokens) >= 4 and 30 <= ln.weight <= 400:
        ctx.mark(ln, Label.SUBHEADLINE, "headline.overline", "line above the headline")
        doc.fields["subheadline"] = Field(ln.text, prev, 0.6)

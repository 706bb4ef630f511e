"""Byline near the article top (or at the end of the text), split into authors and place.

Every short line around the headline and the start and end of the main text is a
candidate, read in these shapes (the rule id says which one matched):

  byline.cue              a cue word, then names: "By Jane Doe and John Roe",
                          "Von Anna Muster, 12.03.2024", "بقلم جلال فواز", "Reporting by Jason Hovet"
  byline.inner-cue        a cue word after a date or a separator:
                          "January 17, 2017 at 6:08 PM ET by Kori Schulman"
  byline.name-then-meta   names, then a date or a separator: "Mattias Geniar, April 19, 2020",
                          "Paddy · April 19, 2019 · Mac · 7 comments", "Bettina Kugler 19.10.2019, 05:00 Uhr"
  byline.date-then-name   a date, then a name: "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar"
  byline.name-line        a line that is only a person's name ("Birgit Baumann"), next to the headline
  byline.place-dash-name  the Arabic dateline "PLACE - NAME" ("أنقرة - جلال فواز")

Candidates are scored by shape and by distance to the headline; the best wins. A
name must look like one: in scripts with letter case, capitalised words (or all
capitals) with no stopword, month or cue word among them.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..dateparse import finder
from ..model import Document, Field, Label
from ..rules import fold, languages
from ..text import tokens

SKIP = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.HEADLINE, Label.TITLE,
                  Label.CAPTION})
# Rules that say what a line is from its own words: such a line is no bare name.
_WORD_RULES = ("nav.menu-word", "nav.chrome-prefix", "nav.url-line", "meta.", "forms.", "footer.",
               "captions.", "related.", "markup.")
MAX_BYLINE_CHARS = 160
MAX_NAME_WORDS = 5
# Content lines read before and after each anchor (headline, main start), and around the main end.
BEFORE, AFTER, END_BEFORE, END_AFTER = 6, 12, 3, 6

_DASH_LINE = regex.compile(r"^([^\d\-–—|:،,]{2,40}?)\s+[-–—]\s+([^\d\-–—|:]{2,60})$")
_NAME_CHARS = regex.compile(r"^[\p{L}\p{M}'’.\- ]+$")
_ARABIC = regex.compile(r"\p{Arabic}")
_CASED = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_META_SEP = regex.compile(r"(?<!\s)\s*(?:[|·•/,;]|\s[-–—]\s|\s[-–—]$|\(|\[|\s@|@|\d)")
# Words glued by a lost line break: "Jen MillsPublished", "Ulrich ExnerKorrespondent"
# (three small letters before the capital, so "McDonald" and "DeAndre" stay whole).
_GLUED = regex.compile(r"(?<=\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})")
_TIME = regex.compile(r"(?<![\d.,])\d{1,2}(?::\d{2}|\.\d{2}\s*(?:uhr|h)\b)(?![\d.,]\d)", regex.I)
_EMBED = regex.compile(r"\(@\w+\)")   # an embedded post: "— Name (@handle) January 1, 2020"
_ADDRESS = regex.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_LINKS = frozenset({"am", "um", "on", "at", "le", "el", "il", "op", "на", "в", "under", "in", "im"})
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le",
                        "bin", "ibn", "al", "el", "y", "zu", "ter", "dos", "das", "st", "mc"})


@dataclass(slots=True)
class Candidate:
    line: int
    authors: list[str]
    place: str | None
    rule: str
    score: float


@functools.cache
def _cue_regex(cues: tuple[str, ...], anchored: bool) -> regex.Pattern:
    alts = "|".join(regex.escape(fold(c)) for c in sorted(set(cues), key=len, reverse=True))
    if not alts:
        return regex.compile("(?!)")
    head = r"^\W{0,3}" if anchored else r"(?:^|(?<=[\s|·•,;:–—\-\d.)]))"
    return regex.compile(head + r"(?:" + alts + r")(?:\s*[:：\-–]\s*|\s+|(?=\p{Lu}))(?=\S)")


@functools.cache
def _separator_regex(separators: tuple[str, ...]) -> regex.Pattern:
    words = [regex.escape(s) for s in separators if s.strip() not in (",", "&", ";")]
    # (?<!\s): start only where a run of spaces starts, so a long run is scanned once.
    return regex.compile(r"(?<!\s)\s*(?:[,&;،/]|\s(?:" + "|".join(words or ["(?!)"]) + r")\s)\s*")


@functools.cache
def _stopwords(lang: str | None) -> frozenset[str]:
    specs = languages()
    words = set(specs.get("en", {}).get("stopwords", ()))
    if lang in specs:
        words |= set(specs[lang].get("stopwords", ()))
    return frozenset(fold(w) for w in words) - _PARTICLES


class NameCheck:
    """Does a string look like a person's name on this page?"""

    def __init__(self, rules):
        lex = rules.lexicon
        self.stop = _stopwords(rules.lang)
        self.banned = (frozenset(lex.months) | lex.weekdays
                       | {fold(w) for w in lex.get("byline_prefix")}
                       | {fold(w) for w in lex.get("not_name_words")}
                       | {fold(w) for w in lex.get("date_published_cue") + lex.get("date_updated_cue")
                          if " " not in w})
        self.agencies = {fold(a) for a in lex.get("agencies")}
        self.separators = {fold(a) for a in lex.get("author_separators")}

    def ok(self, name: str, strict: bool) -> bool:
        """strict: no cue word vouches for the name, so it must be two or more capitalised words."""
        words = name.split()
        if not 1 <= len(words) <= MAX_NAME_WORDS or not _NAME_CHARS.match(name):
            return False
        if fold(name) in self.agencies:
            return not strict
        folded = [fold(w).strip(".'’-") for w in words]
        if any(w in self.stop or w in self.banned for w in folded):
            return False
        if not _CASED.search(name):
            return not strict
        caps = [w for w, f in zip(words, folded) if f not in _PARTICLES]
        if not strict and len(words) == 1 and len(name) >= 3:
            return True   # a cue vouches for a user name ("von gizzmo")
        if not caps or not all(w[0].isupper() for w in caps):
            return False
        if strict and not words[0][0].isupper():
            return False   # "di Massimo Basile": a cue this page's lexicon lacks
        if strict:
            if all(w.isupper() and len(w) <= 3 for w in caps):
                return False   # "PM IST", "AP DPA": abbreviations, not names
            real = [w for w in caps if len(w.strip(".")) > 1]
            return len(real) >= 2 and len(caps) <= 4
        return True


def split_names(text: str, lexicon, check: NameCheck | None = None, strict: bool = False) -> list[str]:
    names = []
    parts = _separator_regex(lexicon.get("author_separators")).split(text)
    for n, part in enumerate(parts):
        part = part.strip(" .:-–—*")
        if not part:
            continue
        if check is not None and names and len(part.split()) == 1 and "." not in part:
            break   # "Jane Doe, Redakteurin", "Anna Muster, Frankfurt": a role or a place
        if check is None:
            if _NAME_CHARS.match(part) and 1 <= len(part.split()) <= MAX_NAME_WORDS:
                names.append(part)
        elif check.ok(part, strict):
            names.append(part)
        else:
            break   # names come first; what follows a non-name is a role or a place
    return names


def _drop_agencies(names: list[str], check: NameCheck) -> list[str]:
    people = [n for n in names if fold(n) not in check.agencies]
    return people or names


def parse_byline(text: str, rules, check: NameCheck | None = None) -> tuple[list[str], str | None, str] | None:
    """(authors, place, rule id) when the line is a byline, else None."""
    check = check or NameCheck(rules)
    lex = rules.lexicon
    folded = fold(text)
    cues = tuple(lex.get("byline_prefix"))
    m = _cue_regex(cues, True).match(folded)
    rule = "byline.cue"
    if not m:
        m = _cue_regex(cues, False).search(folded)
        # A cue inside the line counts only after a date or a separator, not inside a sentence.
        if m and not (finder(rules).find(text[:m.start()]) or regex.search(r"[|·•]\s*$", text[:m.start()])
                      or _is_published_cue(folded[:m.start()], lex)):
            m = None
        rule = "byline.inner-cue"
    if m:
        rest = _cut_meta(_unglue(_ADDRESS.sub(" ", text[m.end():])), rules)
        names = _drop_agencies(split_names(_trim_tail(rest, check), lex, check), check)
        return (names, None, rule) if names else None
    if not _CASED.search(text):
        m = _DASH_LINE.match(text) if _ARABIC.search(text) else None
        if m:
            place, who = m.group(1).strip(), m.group(2).strip()
            if len(tokens(place)) <= 3 and 1 <= len(tokens(who)) <= 4 and _NAME_CHARS.match(who):
                return ([] if fold(who) in check.agencies else [who]), place, "byline.place-dash-name"
        return None
    found = finder(rules).find(text)
    if found and found[1] <= 3:
        # "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar": the name follows the date.
        rest = _TIME.sub(" ", text[found[2]:]).strip(" ,|·•-–—")
        words = rest.split()
        # Two words make most names; three when the middle one is an initial or a particle.
        size = 3 if len(words) >= 3 and (words[1].endswith(".") or fold(words[1]) in _PARTICLES) else 2
        name = " ".join(words[:size]).strip(" ,")
        if len(words) >= size and check.ok(name, strict=True):
            return _drop_agencies([name], check), None, "byline.date-then-name"
        return None
    head = _unglue(text)
    cut = _cut_meta(head, rules)
    if cut.strip() and cut.strip() != text.strip():
        rest = head[len(cut):]
        # The rest must be meta (a date, a time, a short "| Site"), not a sentence or a caption.
        # The cut falls between words, not inside one ("Nifty50 index").
        meta = len(text) <= 100 and not (regex.search(r"\w$", cut) and regex.match(r"\w", rest)) and (
            bool(finder(rules).find(rest) or _TIME.search(rest))
            or (rest.lstrip()[:1] in "|·•" and len(text) <= 80))
        names = split_names(cut, lex, check, strict=True) if meta else []
        if names:
            return _drop_agencies(names, check), None, "byline.name-then-meta"
        return None
    names = split_names(text, lex, check, strict=True)
    if names and len(" ".join(names)) >= 0.7 * len(text.strip(" ,.")):
        return _drop_agencies(names, check), None, "byline.name-line"
    return None


def _trim_tail(text: str, check: NameCheck) -> str:
    """Cut what follows the names: small words ("Jane Doe am 3. Mai", "Jane Doe on ...")
    and, after a name in a cased script, words of another script."""
    words = text.split()
    cased = bool(words) and bool(_CASED.search(words[0]))
    for n, w in enumerate(words[1:], 1):
        f = fold(w).strip(",;")
        if f in check.separators:
            continue
        if f in check.stop or f in _LINKS or (cased and not _CASED.search(w) and regex.search(r"\p{L}", w)):
            return " ".join(words[:n])
    return text


def _unglue(text: str) -> str:
    return _GLUED.sub(" | ", text)


def _is_published_cue(before: str, lex) -> bool:
    words = [fold(w) for w in lex.get("date_published_cue")]
    return any(before.rstrip().endswith(w) for w in words)


def _cut_meta(text: str, rules) -> str:
    """The part of a byline before its date, time or other meta ("Jane Doe | 3 May 2024")."""
    found = finder(rules).find(text)
    if found:
        text = text[:found[1]]
    m = _META_SEP.search(text)
    if m and m.start() > 0:
        rest = text[m.start():]
        if rest.lstrip()[:1] in (",", ";", "/", "&") and not finder(rules).find(rest):
            # "Jane Doe, John Roe" or "Jane Doe / Reuters": keep the list, split later.
            head = regex.split(r"\s*(?:[|·•(\[@\d]|\s[-–—]\s)", text, maxsplit=1)[0]
            return head
        text = text[:m.start()]
    return text


def _anchors(doc: Document, content: list[int]) -> list[int]:
    from .dates import anchors
    return anchors(doc, content)


def candidates(doc: Document, ctx) -> list[Candidate]:
    content = [i for i, ln in enumerate(doc.lines) if ln.text]
    if not content:
        return []
    tops = _anchors(doc, content)
    near: dict[int, float] = {}
    for top in tops:
        for k in range(max(0, top - BEFORE), min(len(content), top + AFTER + 1)):
            d = k - top
            cost = 0.15 * d if d >= 0 else 0.3 * -d + 0.2
            near[k] = min(near.get(k, 99.0), cost)
    if doc.main:
        end = next((k for k, i in enumerate(content) if i >= doc.main[1]), len(content))
        for k in range(max(0, end - END_BEFORE), min(len(content), end + END_AFTER)):
            near.setdefault(k, 1.5)
    check = NameCheck(ctx.rules)
    site = _title_parts(doc)
    out = []
    for k in sorted(near):
        i = content[k]
        ln = doc.lines[i]
        if (ln.label in SKIP and ln.label is not Label.RELATED) or ln.weight > MAX_BYLINE_CHARS:
            continue
        parsed = parse_byline(ln.text, ctx.rules, check)
        if parsed is None:
            continue
        authors, place, rule = parsed
        if rule in ("byline.name-line", "byline.name-then-meta") and (
                ln.rule.startswith(_WORD_RULES) or any(fold(a) in site for a in authors)):
            continue   # menu words, or the site's name from the <title>
        score = {"byline.cue": 3.0, "byline.place-dash-name": 2.5, "byline.inner-cue": 2.5,
                 "byline.name-then-meta": 1.5, "byline.date-then-name": 1.2,
                 "byline.name-line": 1.0}[rule] - near[k]
        if ln.label is Label.RELATED and not (rule == "byline.cue" and near[k] <= 0.5):
            continue   # a byline of another article, unless it is the cue line under the headline
        if rule == "byline.name-line":
            if near[k] > 1.0:
                continue   # a bare name far from the headline is anybody's
            support = _support(doc, content, k, authors, ctx)
            if not support and near[k] > 1.0:
                continue   # capitalised words alone ("Externer Inhalt") are too weak away from the headline
            score += 0.3 * support - (0.3 if not support else 0.0)
        out.append(Candidate(i, authors, place, rule, score))
    return out


def _support(doc: Document, content: list[int], k: int, names: list[str], ctx) -> int:
    """Evidence that a bare line of names is the byline: a date or time next to it, and
    the name printed again elsewhere on the page (author box, photo credit, "More from")."""
    found = 0
    dates = finder(ctx.rules)
    for j in range(max(0, k - 2), min(len(content), k + 3)):
        text = doc.lines[content[j]].text
        if j != k and len(text) <= 120 and (dates.find(text) or _TIME.search(text)):
            found += 1
            break
    full = {fold(n) for n in names}
    here = content[k]
    for i in content:
        if i != here and doc.lines[i].label is not Label.TITLE and any(
                f in fold(doc.lines[i].text) for f in full):
            found += 1
            break
    return found


def _title_parts(doc: Document) -> frozenset[str]:
    """The <title> split at its separators ("Headline | Site"): a bare name equal to a part is the site."""
    idx = doc.hints.get("title")
    if idx is None:
        return frozenset()
    from .headline import title_parts
    return frozenset(fold(p) for p in title_parts(doc.lines[idx].text))


def run(doc: Document, ctx) -> None:
    found = candidates(doc, ctx)
    if not found:
        return
    best = max(found, key=lambda c: c.score)
    authors = list(best.authors)
    lines = [best.line]
    if best.rule == "byline.name-line":
        # Several authors printed one per line, next to each other.
        for c in found:
            if c is not best and c.rule == "byline.name-line" and _adjacent(doc, lines, c.line):
                lines.append(c.line)
                authors += [a for a in c.authors if a not in authors]
    for i in lines:
        ctx.mark(doc.lines[i], Label.BYLINE, best.rule, ", ".join(authors))
    doc.fields["byline"] = Field(" · ".join(doc.lines[i].text for i in sorted(lines)), best.line,
                                 round(max(0.2, min(0.9, 0.4 + best.score / 6)), 3))
    doc.fields["authors"] = Field(authors, best.line, doc.fields["byline"].confidence if authors else 0.0)
    if best.place:
        doc.fields["place"] = Field(best.place, best.line, 0.7)


def _adjacent(doc: Document, lines: list[int], i: int) -> bool:
    """True when only blank lines separate line i from one of the chosen lines."""
    for j in lines:
        lo, hi = sorted((i, j))
        if all(not doc.lines[x].text for x in range(lo + 1, hi)) and hi - lo <= 3:
            return True
    return False

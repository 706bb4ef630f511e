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
import re
from dataclasses import dataclass

import regex

from ..dateparse import finder
from ..model import Document, Field, Label
from ..rules import fold, words_regex
from ..text import _LETTER, tokens
from .names import _CASED, _CJK_NAME, _DENSE, _PARTICLES, NameCheck, name_check, split_names

SKIP = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.HEADLINE, Label.TITLE,
                  Label.CAPTION})
# Rules that say what a line is from its own words: such a line is no bare name.
_WORD_RULES = ("nav.menu-word", "nav.chrome-prefix", "nav.url-line", "meta.", "forms.", "footer.",
               "captions.", "related.", "markup.")
MAX_BYLINE_CHARS = 160
# Content lines read before and after each anchor (headline, main start), and around the main end.
BEFORE, AFTER, END_BEFORE, END_AFTER = 6, 12, 3, 6
# A line opening with a cue word is strong evidence: it is read further from the anchors.
CUE_BEFORE, CUE_AFTER = 15, 30
CUE_RULES = ("byline.cue", "byline.inner-cue", "byline.cue-line")

_DASH_LINE = regex.compile(r"^([^\d\-–—|:،,]{2,40}?)\s+[-–—]\s+([^\d\-–—|:]{2,60})$")
_ARABIC = regex.compile(r"\p{Arabic}")
# What ends the names of a byline: a separator, a bracket, an address, or a number that
# starts a word (a date, a count); a digit inside a user name ("Marianne1") does not.
_META_SEP = regex.compile(r"(?<!\s)\s*(?:[|·•/,;]|\s[-–—]\s|\s[-–—]$|\(|\[|\s@|@|(?<![\p{L}\p{N}_])\d)")
# Words glued by a lost line break: "Jen MillsPublished", "Ulrich ExnerKorrespondent",
# "Gina TrapaniCEO" (three small letters before the capital, so "McDonald" and "DeAndre"
# stay whole).
_GLUED = regex.compile(r"(?<=\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll}|\p{Lu}{2,}(?!\p{L}))")
_TOKEN = regex.compile(r"\S+")
_GLUED_NUMBER = regex.compile(r"(?<=\p{Lu}\p{Ll}{2,})(?=\d{1,4}(?:\.|\s+\p{L}))")
_TIME = regex.compile(r"(?<![\d.,])\d{1,2}(?::\d{2}|\.\d{2}\s*(?:uhr|h)\b)(?![\d.,]\d)(?:\s*(?:uhr|h)\b)?",
                      regex.I)
_EMBED = regex.compile(r"\(@\w+\)")   # an embedded post: "— Name (@handle) January 1, 2020"
# "Jane Doe @janedoe", "Jane Doe@janedoe": the handle is no name (an e-mail address goes on to _ADDRESS).
_HANDLE_AT = regex.compile(r"(?<![\w.])@\w{2,30}|(?<=\p{Ll})@\w{2,30}(?![\w.@])")
# (?<!\S): an address starts a word, so a long word is scanned once.
_ADDRESS = regex.compile(r"(?<!\S)(?:[^\s@]+@\S+|https?://\S+|www\.\S+)")
_PARTS = regex.compile(r"(?<!\s)\s*(?:[|·•/]|\s[-–—]\s)\s*")
_ROLE_NOTE = regex.compile(r"\s*\([^()]{2,40}\)\s*")    # "(Enviado especial)" after the names
_SEPARATOR_END = regex.compile(r"[|·•/]\s*$")
_DIGIT = regex.compile(r"\d")
_WORD_END = regex.compile(r"\w$")
_WORD_CHAR = regex.compile(r"\w")
_FILLER = regex.compile(r"[\s,;/|·•&()\-–—]+")     # what lies between names besides words
_LETTERS = regex.compile(r"\p{L}+")
# (?<!\s) in the three patterns below: spaces are matched from the start of their run, so
# a long run is scanned once; the first match (the only one they are used for) is the same.
_LIST_SEP = regex.compile(r"(?<!\s)\s*[/|·•,;]\s*")
_NEXT_WORD = regex.compile(r"(?<!\s)\s*(\p{L}+)")
# Where a list of names ends: a separator, a bracket, a handle, a number, a spaced dash.
_NAMES_END = regex.compile(r"(?<!\s)\s*(?:[|·•(\[@]|(?<![\p{L}\p{N}_])\d|\s[-–—]\s)")
_LINKS = frozenset({"am", "um", "on", "at", "le", "el", "il", "op", "на", "в", "under", "in", "im"})


@dataclass(slots=True)
class Candidate:
    line: int
    authors: list[str]
    place: str | None
    rule: str
    score: float
    also: tuple[int, ...] = ()      # other lines of the byline (a cue printed on its own line)


@functools.cache
def _cue_regexes(rules) -> tuple[regex.Pattern, regex.Pattern]:
    """(a cue opening the line, a cue anywhere) for the rule set's byline_prefix words."""
    cues = rules.lexicon.get("byline_prefix")
    alts = "|".join(regex.escape(fold(c)) for c in sorted(set(cues), key=len, reverse=True))
    if not alts:
        return regex.compile("(?!)"), regex.compile("(?!)")
    # The cue is followed by a colon, a space, or (glued by a lost space) the name itself:
    # "bySauli Giliard", "记者张三"; _glue_ok checks the glued case on the printed text.
    tail = r")(?P<sep>\s*[:：\-–]\s*|\s+|(?=[^\s\W]))(?=\S)"
    return (regex.compile(r"^\W{0,3}(?:" + alts + tail),
            regex.compile(r"(?:^|(?<=[\s|·•,;:–—\-\d.)/]))(?:" + alts + tail))


@functools.cache
def _cue_words(rules) -> re.Pattern:
    """Any of the rule set's byline_prefix words. Both _cue_regexes patterns hold one: this
    plain search (stdlib engine, no lookbehind tried at each position) rules out most
    lines first."""
    cues = sorted({fold(c) for c in rules.lexicon.get("byline_prefix")}, key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in cues) or "(?!)")


@functools.cache
def _lexicon_set(rules, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in rules.lexicon.get(key))


def _glue_ok(text: str, end: int, start: int) -> bool:
    """A cue glued to what follows ("bySauli Giliard", "记者张三") is one only before a
    capitalised word or, after a CJK cue of two characters or more, a CJK name (a
    one-character cue glued to more characters is a word: "文" + "化庁" is "文化庁")."""
    if end == 0 or end >= len(text) or text[end - 1].isspace() or not text[end - 1].isalnum():
        return True
    if _DENSE.match(text[end - 1]):
        return end - start >= 2
    nxt = text[end:end + 2]
    return len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower()


def _find_cue(text: str, rules, folded: str = "") -> tuple[int, str] | None:
    """(where the names start in `text`, rule id) when a cue word introduces names in the line.
    `folded`: fold(text) when the caller has it (a Line's folded text)."""
    folded = folded or fold(text)
    if _cue_words(rules).search(folded) is None:
        return None
    back = None
    if len(folded) != len(text):
        # Folding dropped or widened characters (Arabic harakat, "ß"): map positions back.
        pieces = [fold(c) for c in text]
        back = [i for i, p in enumerate(pieces) for _ in p] + [len(text)]
    opening, anywhere = _cue_regexes(rules)
    at = (lambda j: j) if back is None else (lambda j: back[j])
    m = opening.match(folded)
    if m and _glue_ok(text, at(m.end()), at(m.start())):
        return at(m.end()), "byline.cue"
    for m in anywhere.finditer(folded):
        if m.start() == 0 or not _glue_ok(text, at(m.end()), at(m.start())):
            continue
        if _cue_may_follow(text[:at(m.start())], rules):
            return at(m.end()), "byline.inner-cue"
    return None


def _cue_may_follow(before: str, rules) -> bool:
    """A cue inside the line counts after a date, a separator, a "published" word or the
    name of a kind of piece ("Ein Artikel von", "Blog Beitrag von"), not inside a sentence."""
    if finder(rules).find(before) or _SEPARATOR_END.search(before):
        return True
    words = [fold(w).strip(".,:;") for w in before.split()]
    if not words or len(words) > 10:
        return False
    published = _lexicon_set(rules, "date_published_cue") | _lexicon_set(rules, "date_updated_cue")
    if words[0] in published or (len(words) <= 6 and words[-1] in published):
        return True   # "Posted in Datenschutz by …", "Veröffentlicht … von …"
    pieces = _lexicon_set(rules, "byline_piece")
    return len(words) <= 3 and (" ".join(words) in pieces or words[-1] in pieces)


SEEN_BYLINES = 4096     # parse_byline answers kept per rule set and name check (cleared when full)
_UNSEEN = object()


@functools.cache
def _seen_bylines(rules, check: NameCheck) -> dict:
    return {}


def parse_byline(text: str, rules, check: NameCheck | None = None) -> tuple[list[str], str | None, str] | None:
    """(authors, place, rule id) when the line is a byline, else None."""
    # The answer depends only on the text, the rules and the name check, and the same lines
    # are read again: by the headline stage, by the near, far and beside passes here, and
    # where a page prints a line twice. Each caller gets its own list of authors.
    check = check or name_check(rules)
    seen = _seen_bylines(rules, check)
    found = seen.get(text, _UNSEEN)
    if found is _UNSEEN:
        if len(seen) >= SEEN_BYLINES:
            seen.clear()
        found = seen[text] = _parse_byline(text, rules, check)
    return None if found is None else (list(found[0]), found[1], found[2])


def _parse_byline(text: str, rules, check: NameCheck) -> tuple[list[str], str | None, str] | None:
    lex = rules.lexicon
    if _EMBED.search(text) and text.lstrip()[:1] in "—–-":
        return None   # an embedded post: "— Name (@handle) January 1, 2020"
    text = _HANDLE_AT.sub(" ", text).strip() if "@" in text else text
    if _staff_line(text, rules):
        return [text.strip(" .:")], None, "byline.staff-line"
    found = _find_cue(text, rules)
    if found:
        start, rule = found
        if _staff_line(text[start:].strip(), rules):
            return [text[start:].strip(" .:")], None, rule      # "By Staff Writer"
        rest = _cut_meta(_unglue(_ADDRESS.sub(" ", text[start:]), check), rules)
        names = _drop_agencies(split_names(_trim_tail(rest, check), lex, check), check, rest)
        names = [n for n in names if not _is_site(n)] or names   # "Jane Doe / example.de"
        return (names, None, rule) if names else None
    if not _CASED.search(text):
        m = _DASH_LINE.match(text) if _ARABIC.search(text) else None
        if m:
            place, who = m.group(1).strip(), m.group(2).strip()
            if len(tokens(place)) <= 3 and 1 <= len(tokens(who)) <= 4 and not _DIGIT.search(who):
                return ([] if fold(who) in check.agencies else [who]), place, "byline.place-dash-name"
        if not _DENSE.search(text):
            return None     # (a CJK name before a date is read below)
    date = finder(rules).find(text)
    if date and date[1] <= 3 and not _CJK_NAME.fullmatch(text[:date[1]]):
        return _date_then_name(text, date[2], check)
    head = _unglue(text, check)
    cut = _cut_meta(head, rules)
    if cut.strip() and cut.strip() != head.strip():
        rest = head[len(cut):]
        # The rest must be meta (a date, a time, a short "| Site"), not a sentence or a caption.
        # The cut falls between words, not inside one ("Nifty50 index"); CJK needs no space.
        inside = bool(_WORD_END.search(cut) and _WORD_CHAR.match(rest)) and not _DENSE.match(cut[-1])
        meta = len(text) <= 100 and not inside and (
            bool(finder(rules).find(rest) or _TIME.search(rest))
            or (rest.lstrip()[:1] in "|·•" and len(text) <= 80))
        names = split_names(cut, lex, check, strict=True) if meta else []
        if not meta and _ROLE_NOTE.fullmatch(rest) and check.is_role(rest.strip(" ()")):
            # "Chus del Pino, Martí Abad (Enviado especial)": the names and their role.
            names = split_names(cut, lex, check, strict=True)
            if names and _covered(cut, names, check):
                return _drop_agencies(names, check, cut), None, "byline.name-line"
        first = _LIST_SEP.split(cut.strip(), maxsplit=1)[0]
        if not names and meta and not _CASED.search(first) and 2 <= len(first.split()) <= 3 \
                and check.ok(first, strict=False):
            names = [first]     # "शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020": no letter case to test
        if not names and meta and _CJK_NAME.fullmatch(first):
            names = [first]     # "谢若含2017-03-01 14:27:02", "松村太郎2019年04月13日 09時00分"
        if not names and meta and fold(cut.strip(" ,.-–—")) in check.agencies:
            names = [cut.strip(" ,.-–—")]      # "PTI | July 9, 2020 | Updated 08:24 IST"
        if names:
            return _drop_agencies(names, check, cut), None, "byline.name-then-meta"
        return None
    names = split_names(head, lex, check, strict=True)
    if names and _covered(head, names, check):
        return _drop_agencies(names, check, head), None, "byline.name-line"
    bare = text.strip(" ,.-–—")
    if fold(bare) in check.agencies:
        return [bare], None, "byline.name-line"    # an agency alone under the headline ("Reuters")
    if _CJK_NAME.fullmatch(bare) and len(bare) >= 3 and fold(bare) not in check.banned:  # "中東", "社会": tags
        return [bare], None, "byline.name-line"   # "島津健吾": no letter case to test, so support is asked
    return None


def _is_site(name: str) -> bool:
    """A web site's name ("handwerksblatt.de"): one word ending in a small-letter domain."""
    head, dot, tld = name.rpartition(".")
    return bool(dot and head) and " " not in name and tld.isascii() and tld.isalpha() \
        and tld.islower() and 2 <= len(tld) <= 6


def _covered(text: str, names: list[str], check: NameCheck) -> bool:
    """The names fill the line, but for separators, agencies and role words
    ("Colleen Barry, The Associated Press", "Thabo Mokone Parliamentary editor"), or a
    role then the outlet ("Jane Doe Senior Politics Editor, The Town Post")."""
    rest = text
    for n in names:
        rest = rest.replace(n, " ", 1)
    role, comma, outlet = rest.strip(" ,").partition(",")
    if comma and role.split() and check.is_role(role) and _outlet(outlet):
        return True
    rest = " ".join(w for w in _FILLER.split(rest) if w)
    if not rest or len(" ".join(names)) >= 0.7 * len(text.strip(" ,.")):
        return True
    words = [fold(w) for w in rest.split()]
    role_phrase = len(words) <= 5 and (words[0] in check.roles or words[-1] in check.roles)
    return fold(rest) in check.agencies or check.is_role(rest) or role_phrase or (
        fold(rest).removeprefix("the ") in check.agencies)


MAX_OUTLET_WORDS = 4


def _outlet(text: str) -> bool:
    """A newspaper's or station's name: a few capitalised words ("The Town Post")."""
    words = text.split()
    return 1 <= len(words) <= MAX_OUTLET_WORDS and all(w[:1].isupper() for w in words)


def _date_then_name(text: str, end: int, check: NameCheck):
    """"26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar",
    "04.02.2022 | 13:10 Uhr | Uta Helkenberg": the name follows the date."""
    rest = text[end:]
    if rest[:1].isalpha():
        return None   # "2. Februar 2020Radtouren Berlin": a category glued to the date, no byline
    again = finder(check.rules).find(rest)
    if again and again[1] <= 3:
        rest = rest[again[2]:]    # the date printed twice ("6. November 20236. November 2023 …")
    rest = _TIME.sub(" ", rest)
    for segment in _PARTS.split(rest)[:3]:
        words = segment.strip(" ,|·•-–—").split()
        if not words or all(fold(w) in _LINKS for w in words):
            continue   # the "um" of "9. September 2025 um 15:46 Uhr / Jane Doe", left by its time
        # Two words make most names; three when the middle one is an initial or a particle.
        size = 3 if len(words) >= 3 and (words[1].endswith(".") or fold(words[1]) in _PARTICLES) else 2
        name = " ".join(words[:size]).strip(" ,")
        if len(words) >= size and check.ok(name, strict=True):
            return _drop_agencies([name], check, name), None, "byline.date-then-name"
        return None
    return None


def _drop_agencies(names: list[str], check: NameCheck, text: str) -> list[str]:
    """An agency named beside the people ("Jane Doe und John Roe, dpa", "Reuters, Jane Doe")
    is an author too; one after a slash ("Jane Doe/SP-X", "Jane Doe / TNN") credits
    material the writer used."""
    kept = [n for n in names if fold(n) not in check.agencies
            or not regex.search(r"/\s*" + regex.escape(n), text)]
    return kept or names


def _trim_tail(text: str, check: NameCheck) -> str:
    """Cut what follows the names: small words ("Jane Doe am 3. Mai", "Jane Doe on ...")
    and, after a name in a cased script, words of another script."""
    words = text.split()
    cased = bool(words) and bool(_CASED.search(words[0]))
    for n, w in enumerate(words[1:], 1):
        f = fold(w).strip(",;")
        if f in check.separators:
            continue
        if f in check.stop or f in _LINKS or f in check.date_cues or (cased and not _CASED.search(w) and _LETTER.search(w)):
            return " ".join(words[:n])
    return text


def _unglue(text: str, check: NameCheck) -> str:
    """Undo a lost line break inside a word when a chrome or role word follows:
    "Jen MillsPublished" -> "Jen Mills | Published". Other runs of capitals
    ("KleineGrüneMonster", "MikeNils") are user names and stay whole. A number glued to a
    name and followed by more ("Jane Doe4 Kommentare", "Jane Doe22. Februar 2020") is cut off;
    one that ends the line ("Marianne1") is a user name."""
    text = _GLUED_NUMBER.sub(" ", text)
    if not _GLUED.search(text):
        return text

    def fix(m: regex.Match) -> str:
        token = m.group(0)
        pieces = _GLUED.split(token)
        if len(pieces) == 1:
            return token
        after = _NEXT_WORD.match(m.string[m.end():])
        chrome_after = bool(after) and fold(after.group(1)) in check.banned
        out = pieces[0]
        for piece in pieces[1:]:
            word = fold(_LETTERS.match(piece).group(0))
            if word in check.banned or word in check.roles or chrome_after:
                out += " | " + piece       # "Sophie FosterTravel News Reporter"
            else:
                out += piece       # "KleineGrüneMonster", "MikeNils": a user name stays whole
        return out

    return _TOKEN.sub(fix, text)


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
            head = _NAMES_END.split(text, maxsplit=1)[0]
            return head
        text = text[:m.start()]
    return text


def _anchors(doc: Document, content: list[int]) -> list[int]:
    from .dates import anchors
    return anchors(doc, content)


@dataclass(slots=True)
class _Page:
    """What the near, far and beside passes all read, worked out once per page."""
    content: list[int]      # the lines with text
    tops: list[int]         # the anchors, as content positions
    cue_lines: _CueLines
    site: frozenset[str]    # the parts of the <title>

    @classmethod
    def of(cls, doc: Document, ctx) -> _Page:
        content = [i for i, ln in enumerate(doc.lines) if ln.text]
        tops = _anchors(doc, content) if content else []
        return cls(content, tops, _CueLines(doc, content, ctx.rules), _title_parts(doc))


def candidates(doc: Document, ctx, page: _Page) -> list[Candidate]:
    content, tops = page.content, page.tops
    if not content:
        return []
    near: dict[int, float] = {}
    narrow: set[int] = set()      # the near window, where lines without a cue are read too
    for top in tops:
        for k in range(max(0, top - CUE_BEFORE), min(len(content), top + CUE_AFTER + 1)):
            d = k - top
            cost = 0.15 * d if d >= 0 else 0.3 * -d + 0.2
            near[k] = min(near.get(k, 99.0), cost)
            if -BEFORE <= d <= AFTER:
                narrow.add(k)
    if doc.main:
        end = next((k for k, i in enumerate(content) if i >= doc.main[1]), len(content))
        for k in range(max(0, end - END_BEFORE), min(len(content), end + END_AFTER)):
            near[k] = min(near.get(k, 99.0), 1.5)
            narrow.add(k)
    check = name_check(ctx.rules)
    lex = ctx.rules.lexicon
    stamp_cues = lex.get("date_published_cue") + lex.get("date_updated_cue")
    cue_lines, site = page.cue_lines, page.site
    common = None
    own: list = []      # the article's date, for _stamp_beside
    out = []
    for k in sorted(near):
        i = content[k]
        ln = doc.lines[i]
        if (ln.label in SKIP and ln.label is not Label.RELATED) or ln.weight > MAX_BYLINE_CHARS:
            continue
        stamped = k not in narrow and _by_own_stamp(doc, content, k, ctx, own)
        found = _read_line(doc, content, k, ctx, check, cue_lines,
                           cue_only=k not in narrow and not stamped)
        if found is None:
            continue
        authors, place, rule, also = found
        wide = rule in CUE_RULES or (stamped and rule == "byline.name-line")
        if not wide and k not in narrow:
            continue   # only a cue line is read this far from the anchors
        if rule in ("byline.name-line", "byline.name-then-meta") and (
                ln.rule.startswith(_WORD_RULES) or _names_site(authors, site)
                or ctx.rules.match("captions", ln.text, ln.key)):
            continue   # menu words, the site's name from the <title>, a picture credit
        if rule in STRICT_RULES:
            if common is None:
                common = _lower_words(doc)
            if any(_common_word_count(a, common, check)[1] for a in authors):
                continue   # "Key Highlights", "Social Sharing": words the page prints in small letters
        score = RULE_SCORES[rule] - near[k]
        if rule in ("byline.cue", "byline.inner-cue") and _reads_as_sentence(ln.text, authors, ctx.rules):
            score -= SENTENCE_COST
        if rule == "byline.name-then-meta" and words_regex(stamp_cues, whole=True).search(ln.folded):
            score += STAMP_CUE_BONUS
        if ln.label is Label.RELATED and not (rule == "byline.cue" and near[k] <= 0.5):
            continue   # a byline of another article, unless it is the cue line under the headline
        if rule == "byline.staff-line" and near[k] > 1.0:
            continue   # a newsroom credit counts only right by the headline or the text
        if rule == "byline.name-line":
            if not (stamped or (k in narrow and _by_own_stamp(doc, content, k, ctx, own))) and (
                    near[k] > FAR_NAME or (near[k] > 1.0 and not _dated(doc, content, k, ctx, 1))):
                continue   # a bare name far from the headline is anybody's, unless a date sits beside it
            support = _support(doc, content, k, authors, ctx)
            if not support and any(_common_word_count(a, common, check)[0] for a in authors):
                continue   # "Mehr Infos", "Up Next" with nothing around them that says byline
            if not support and _DENSE.search(ln.text):
                continue   # a CJK name has no capitals to tell it from a word: a date or a repeat must vouch
            score += 0.3 * support - (0.3 if not support else 0.0)
        out.append(Candidate(i, authors, place, rule, score, also))
    return out


# What a cue line loses when it reads as a sentence of the text: it stays a byline where
# nothing else is, but a byline without a cue near the headline beats it.
SENTENCE_COST = 1.5
SENTENCE_WORDS = 6      # words after the names, most in small letters


def _reads_as_sentence(text: str, authors: list[str], rules) -> bool:
    """A sentence that opens with a cue word ("Author Jane Doe, from Leeds, said she started
    writing ..."): after the names come many words in small letters up to a full stop, and
    no other cue or date ("(Reporting by Jane Doe; editing by John Roe.)" is a credit)."""
    if not authors or authors[-1] not in text or not text.rstrip(" \"'”»)").endswith((".", "!", "?")):
        return False
    tail = text[text.index(authors[-1]) + len(authors[-1]):]
    words = tail.split()
    small = sum(1 for w in words if w[:1].islower())
    return len(words) >= SENTENCE_WORDS and 2 * small > len(words) and not finder(rules).find(tail) \
        and _cue_regexes(rules)[1].search(fold(tail)) is None


# A name before a "Published"/"Updated" stamp ("Jane Doe | Published 4 months ago") is the
# article's own byline block, not a credit under a picture.
STAMP_CUE_BONUS = 0.5


FAR_NAME = 1.8     # distance cost up to which a bare name beside a date is read (12 lines below)
# Shapes with no cue word: the name must look like one on its own.
STRICT_RULES = ("byline.name-line", "byline.name-then-meta", "byline.date-then-name")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]+")


_LOWER_SHAPE = regex.compile(r"\p{Ll}[\p{L}\p{M}]+")
_LMN = regex.compile(r"[\p{L}\p{M}\p{N}]")
_LM = regex.compile(r"[\p{L}\p{M}]")
_IN_ADDRESS = regex.compile(r"[.@_][\p{L}\p{N}]")


class _LowerWords:
    """`word in` this: is the word one of _LOWER_WORD.findall(page text), outside e-mail and
    web addresses? Answered per word
    asked (a few per page) by finding the word where that pattern would start and end a
    match, instead of listing every small-letter word of the page (a findall over all of it)."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        hit = self.known.get(word)
        if hit is None:
            hit = self.known[word] = bool(_LOWER_SHAPE.fullmatch(word)) and self._printed(word)
        return hit

    def _printed(self, word: str) -> bool:
        # A findall match starts where no letter, mark or digit precedes (so never inside an
        # earlier match) and runs on over letters and marks as far as they go.
        text, size = self.text, len(word)
        at = text.find(word)
        while at != -1:
            end = at + size
            if (at == 0 or not _LMN.match(text, at - 1)) and (end == len(text) or not _LM.match(text, end)) \
                    and not _IN_ADDRESS.match(text, end) and not (at and text[at - 1] in ".@"):
                return True   # (not a piece of an address: "gina.trapani@…" prints no word "gina")
            at = text.find(word, at + 1)
        return False


def _lower_words(doc: Document) -> _LowerWords:
    """Words the page prints in small letters: common words, not names."""
    return _LowerWords("\n".join(ln.text for ln in doc.lines if ln.text))


def _common_word_count(name: str, common: _LowerWords, check: NameCheck) -> tuple[bool, bool]:
    """(the first word, every word) of the name is one the page also prints in small
    letters: "Mehr Infos" beside "mehr", "Key Highlights" beside "key" and "highlights".
    First names can be words too ("Grant", "Will"), so the first alone is weak evidence."""
    if fold(name) in check.agencies:
        return False, False
    words = [w for w in name.split() if fold(w) not in _PARTICLES]
    hits = [w.lower() in common for w in words]
    long_hits = [h for w, h in zip(words, hits) if len(w) >= 3]
    return bool(hits) and hits[0], bool(long_hits) and all(long_hits)


RULE_SCORES = {"byline.cue": 3.0, "byline.cue-line": 3.0, "byline.place-dash-name": 2.5,
               "byline.inner-cue": 2.5, "byline.name-then-meta": 1.5, "byline.date-then-name": 1.2,
               "byline.name-line": 1.0, "byline.staff-line": 0.8}


class _CueLines(dict):
    """Content position -> the line there is only a cue (_is_cue_line), worked out once:
    _read_line asks it of each line it reads and of the line above."""

    def __init__(self, doc: Document, content: list[int], rules):
        super().__init__()
        self.doc, self.content, self.rules = doc, content, rules

    def __missing__(self, k: int) -> bool:
        hit = self[k] = _is_cue_line(self.doc.lines[self.content[k]], self.rules)
        return hit


def _read_line(doc: Document, content: list[int], k: int, ctx, check: NameCheck,
               cue_lines: _CueLines, cue_only: bool = False):
    """(authors, place, rule, other lines) of the byline at content position k, if any.
    A cue printed alone on the line above ("By", "Von", "Autor:", "About the author")
    vouches for the name on this line."""
    ln = doc.lines[content[k]]
    if k > 0 and cue_lines[k - 1]:
        cue_line = doc.lines[content[k - 1]]
        parsed = parse_byline(ln.text, ctx.rules, check)
        if parsed is None or parsed[2] not in ("byline.cue", "byline.inner-cue"):
            lead = cue_line.text.strip(" :") if _is_lexicon_cue(cue_line, ctx.rules) else "by"
            parsed = parse_byline(f"{lead} {ln.text}", ctx.rules, check)
        if parsed is not None and parsed[2] == "byline.cue" and _fills(ln.text, parsed[0]):
            return parsed[0], parsed[1], "byline.cue-line", (content[k - 1],)
    if cue_lines[k] or (cue_only and _find_cue(ln.text, ctx.rules, ln.folded) is None):
        return None
    parsed = parse_byline(ln.text, ctx.rules, check)
    return None if parsed is None else (*parsed, ())


def _fills(text: str, names: list[str]) -> bool:
    """The names make most of the line's letters: under a lone cue ("Authors") a line
    such as "Partner with us" is a menu item, not a name with a tail."""
    text = _ADDRESS.sub(" ", _HANDLE_AT.sub(" ", text))
    letters = sum(c.isalpha() for c in text)
    return sum(c.isalpha() for n in names for c in n) >= 0.6 * letters


def _is_lexicon_cue(ln, rules) -> bool:
    return fold(ln.text.strip(" :：")) in _lexicon_set(rules, "byline_prefix")


def _is_cue_line(ln, rules) -> bool:
    """A line that is only a cue: "By", "Von", "Autor:", "About the author"."""
    if not ln.text or ln.weight > 40:
        return False
    hit = rules.match("byline", ln.text, ln.key)
    return _is_lexicon_cue(ln, rules) or (hit is not None and hit[0].id == "byline.cue-line")


def _staff_line(text: str, rules) -> bool:
    """A newsroom credit alone ("Redaktion", "Staff Writer"): the staff is the author."""
    if len(text) > 30:
        return False
    hit = rules.match("byline", text)
    return hit is not None and hit[0].id == "byline.staff-line"


def _dated(doc: Document, content: list[int], k: int, ctx, reach: int) -> bool:
    """A short line with a date or a time within `reach` content lines of position k."""
    dates = finder(ctx.rules)
    for j in range(max(0, k - reach), min(len(content), k + reach + 1)):
        text = doc.lines[content[j]].text
        if j != k and len(text) <= 120 and (dates.find(text) or _TIME.search(text)):
            return True
    return False


# A bare name this many content lines from a date stamp line is read as far as a cue line.
STAMP_REACH = 2


def _by_own_stamp(doc: Document, content: list[int], k: int, ctx, own: list) -> bool:
    """A bare name at position k that the article's date stamp vouches for: before the
    end of the text (past it, a name by a date is a comment's), not in capitals nor in
    a run of menu items ("Business" / "Local Government" / "Real Estate" by a 'today' date)."""
    i = content[k]
    text = doc.lines[i].text
    if (doc.main and i >= doc.main[1]) or (text.isupper() and len(text) > 3):
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(content):
            ln = doc.lines[content[j]]
            if len(ln.text) <= 25 and ln.label in (Label.NAV, Label.DUPLICATE) \
                    and not finder(ctx.rules).find(ln.text):
                return False
    return _stamp_beside(doc, content, k, ctx, own)


def _stamp_beside(doc: Document, content: list[int], k: int, ctx, own: list) -> bool:
    """The article's own date stamp ("mandag 5. august kl. 14:47", "19 février 2020"), as
    the dates stage will read it, within STAMP_REACH lines of position k: a name above or
    under it is the byline block, even where a teaser or a hero picture puts it far from
    the headline. `own` holds that date once worked out (only when a stamp is near)."""
    dates = finder(ctx.rules)
    near = [found for j in range(max(0, k - STAMP_REACH), min(len(content), k + STAMP_REACH + 1))
            if j != k and dates.is_stamp(text := doc.lines[content[j]].text)
            and (found := dates.find_all(text))]
    if not near:
        return False
    if not own:
        from .dates import best_candidate
        best = best_candidate(doc, ctx)
        own.append(best.date if best is not None else None)
    return own[0] is not None and any(d == own[0] for found in near for d, _, _ in found)


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
                f in doc.lines[i].folded for f in full):
            found += 1
            break
    return found


def _names_site(names: list[str], site: frozenset[str]) -> bool:
    """A name that is, or holds, the site's name from the <title> ("Club LA NACION")."""
    for name in names:
        key = f" {fold(name)} "
        if any(f" {part} " in key for part in site if len(part) >= 3):
            return True
    return False


def _title_parts(doc: Document) -> frozenset[str]:
    """The <title> split at its separators ("Headline | Site"): a bare name equal to a part is the site."""
    idx = doc.hints.get("title")
    if idx is None:
        return frozenset()
    from .headline import title_parts
    return frozenset(fold(p) for p in title_parts(doc.lines[idx].text))


def _far_cues(doc: Document, ctx, page: _Page) -> list[Candidate]:
    """With nothing near the headline, a line that starts with a byline cue anywhere on the
    page ("By Jane Doe", "von Kathrin", "Author: Jane Doe"): pages whose headline was not
    found, or whose byline sits under a long lead or after the text. The nearest one wins."""
    content, tops, cue_lines, site = page.content, page.tops, page.cue_lines, page.site
    check = name_check(ctx.rules)
    out = []
    for k, i in enumerate(content):
        ln = doc.lines[i]
        if ln.label in SKIP or ln.label is Label.DUPLICATE or ln.weight > MAX_BYLINE_CHARS \
                or ln.rule.startswith(_WORD_RULES):
            continue
        found = _read_line(doc, content, k, ctx, check, cue_lines, cue_only=True)
        if found is None or found[2] not in ("byline.cue", "byline.cue-line") or _names_site(found[0], site):
            continue
        far = min(abs(k - t) for t in tops)
        out.append(Candidate(i, found[0], found[1], "byline.far-cue", -0.01 * far, found[3]))
    return out


MAX_SOURCE_WORDS = 3


def _source_credit(doc: Document, ctx) -> list[Candidate]:
    """With no byline at all, the source credited under an agency or newsroom item
    ("Quelle: kathpress", "Quelle: MDR THÜRINGEN/ls") is its author. Read after the
    start of the text only, and only a short credit: a longer one names a study or a
    chart ("Quelle: Forschungsbericht 523 des Bundesarbeitsministeriums")."""
    cues = _lexicon_set(ctx.rules, "source_cue")
    if not cues:
        return []
    start = doc.main[0] if doc.main else 0
    end = doc.main[1] if doc.main else len(doc.lines)
    out = []
    for i in range(start, len(doc.lines)):
        ln = doc.lines[i]
        head, colon, rest = ln.text.partition(":")
        rest = rest.strip()
        if not colon or fold(head.strip()) not in cues or ln.label in SKIP or not rest \
                or len(rest.split()) > MAX_SOURCE_WORDS or _ADDRESS.search(rest) or _DIGIT.search(rest):
            continue
        out.append(Candidate(i, [rest], None, "byline.source-credit", -0.01 * abs(i - end)))
    return out


def run(doc: Document, ctx) -> None:
    page = _Page.of(doc, ctx)
    found = candidates(doc, ctx, page) or _far_cues(doc, ctx, page) or _source_credit(doc, ctx)
    if not found:
        return
    best = max(found, key=lambda c: c.score)
    authors = list(best.authors)
    lines = [best.line, *best.also]
    if best.rule in ("byline.name-line", "byline.cue-line"):
        # Several authors printed one per line, next to each other: read in page order.
        beside = {best.line: best.authors, **dict(_names_beside(doc, ctx, best, page.site))}
        lines += [i for i in beside if i not in lines]
        authors = []
        for i in sorted(beside):
            authors += [a for a in beside[i] if a not in authors]
    for i in lines:
        ctx.mark(doc.lines[i], Label.BYLINE, best.rule, ", ".join(authors))
    for box in found:
        # An author box ("About the author" / "Jane Doe") naming the chosen authors again
        # is byline too, not text, wherever the byline was found.
        if box.rule == "byline.cue-line" and box.line not in lines and set(box.authors) <= set(authors):
            for i in (box.line, *box.also):
                ctx.mark(doc.lines[i], Label.BYLINE, box.rule, ", ".join(box.authors))
    doc.fields["byline"] = Field(" · ".join(doc.lines[i].text for i in sorted(lines)), best.line,
                                 round(max(0.2, min(0.9, 0.4 + best.score / 6)), 3))
    doc.fields["authors"] = Field(authors, best.line, doc.fields["byline"].confidence if authors else 0.0)
    if best.place:
        doc.fields["place"] = Field(best.place, best.line, 0.7)


def _next_text(doc: Document, i: int, step: int = 1) -> int | None:
    """The next line with text after line i (before it, with step -1), if no more than
    two blank lines lie between."""
    j = i + step
    while 0 <= j < len(doc.lines) and not doc.lines[j].text and abs(j - i) <= 3:
        j += step
    return j if 0 <= j < len(doc.lines) and abs(j - i) <= 3 else None


def _joiner(text: str, check: NameCheck) -> bool:
    """A line that only joins two names: "and", "&", "und", "…"."""
    word = fold(text.strip())
    return word in check.separators or word in ("&", ",", "…", "...")


def _role_name(name: str, check: NameCheck, rules) -> bool:
    """A name read off a line under the byline that is the writer's role or newsroom
    ("Mitglied der Online-Redaktion", "Redaktion Stadtblatt.de"): a role word or a newsroom
    credit among its words, or ending one of them ("Online-Redakteurin"). A role printed
    after a name ("Jane Doe, CEO") is cut off before this and leaves the name."""
    for word in name.split():
        word = word.strip(".,:;()")
        for piece in {word, word.rsplit("-", 1)[-1]}:
            if fold(piece) in check.roles or _staff_line(piece, rules):
                return True
    return False


def _names_beside(doc: Document, ctx, best: Candidate, site: frozenset[str]):
    """Lines of bare names next to the chosen byline, below or above it (only blank lines
    between): one author per line ("Jasper Riemann" / "Barbara Schneider"). The byline is
    often found at the last of a column of names, the one beside the date stamp."""
    check = name_check(ctx.rules)
    for step in (1, -1):
        i = best.line
        for _ in range(4):
            j = _next_text(doc, i, step)
            if j is not None and _joiner(doc.lines[j].text, check):
                j = _next_text(doc, j, step)      # "David Brand" / "and" / "Ramsey Khalifeh"
            if j is None or doc.lines[j].label in SKIP:
                break
            parsed = parse_byline(doc.lines[j].text, ctx.rules, check)
            if parsed is None or parsed[2] != "byline.name-line" or _names_site(parsed[0], site) \
                    or _DENSE.search(doc.lines[j].text) or any(_role_name(n, check, ctx.rules) for n in parsed[0]):
                break   # (a CJK word in a list of tags reads as a name: one CJK name per byline)
            yield j, parsed[0]
            i = j

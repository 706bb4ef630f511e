"""Does a string look like a person's name? Split a byline's name part into names.

A cue word ("By", "Von", "بقلم") vouches for what follows it, so a user name
("gizzmo", "Marianne1", "Herr_Rein") passes after a cue. Without a cue a line must
look like a name on its own: two to four capitalised words, no stopword, month or
chrome word among them. Role words printed after a name ("Staff Writer",
"Redakteurin", "Parliamentary editor") are cut off, not read as names.
"""
from __future__ import annotations

import functools

import regex

from ..rules import fold, languages

MAX_NAME_WORDS = 5
MAX_CJK_NAME = 8
_NAME_CHARS = regex.compile(r"^[\p{L}\p{M}'’.\- ]+$")
# A user name vouched for by a cue: one token of letters with digits, "_", "." or "-".
_HANDLE = regex.compile(r"^\p{L}[\p{L}\p{M}\p{N}_.\-]{1,30}$")
_CASED = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A CJK personal name: two to four Han characters, or kana for the given name ("小暮ひさのり").
_CJK_NAME = regex.compile(r"\p{Han}[\p{Han}\p{Hiragana}\p{Katakana}]{1,5}")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le",
                        "bin", "ibn", "al", "el", "y", "zu", "ter", "dos", "das", "st", "mc"})


@functools.cache
def separator_regex(separators: tuple[str, ...]) -> regex.Pattern:
    words = [regex.escape(s) for s in separators if s.strip() not in (",", "&", ";")]
    # (?<!\s): start only where a run of spaces starts, so a long run is scanned once.
    # CJK bylines list names with the ideographic comma: "责编：牛镛、岳弘彬".
    return regex.compile(r"(?<!\s)\s*(?:[,&;،/、，；]|\s(?:" + "|".join(words or ["(?!)"]) + r")\s)\s*")


@functools.cache
def _stopwords(lang: str | None) -> frozenset[str]:
    specs = languages()
    words = set(specs.get("en", {}).get("stopwords", ()))
    if lang in specs:
        words |= set(specs[lang].get("stopwords", ()))
    return frozenset(fold(w) for w in words) - _PARTICLES


@functools.cache
def name_check(rules) -> "NameCheck":
    """One NameCheck per rule set: its word sets depend only on the language's data."""
    return NameCheck(rules)


class NameCheck:
    """Does a string look like a person's name on this page?"""

    def __init__(self, rules):
        self.rules = rules
        lex = rules.lexicon
        self.stop = _stopwords(rules.lang)
        self.roles = frozenset(fold(w) for w in lex.get("author_roles"))
        self.date_cues = frozenset(fold(w) for w in lex.get("date_published_cue") + lex.get("date_updated_cue")
                                   if " " not in w)
        self.calendar = frozenset(lex.months)
        self.weekdays = frozenset(lex.weekdays)
        self.banned = (frozenset(lex.months) | lex.weekdays
                       | {fold(w) for w in lex.get("byline_prefix")}
                       | {fold(w) for w in lex.get("not_name_words")} | self.roles
                       | self.date_cues) - _PARTICLES
        self.agencies = {fold(a) for a in lex.get("agencies")}
        self.separators = {fold(a) for a in lex.get("author_separators")}

    def ok(self, name: str, strict: bool) -> bool:
        """strict: no cue word vouches for the name, so it must be two or more capitalised words."""
        words = name.split()
        if strict and (not 1 <= len(words) <= MAX_NAME_WORDS or not _NAME_CHARS.match(name)):
            return False   # every strict answer of True passes both tests below: ask them first
        if fold(name) in self.agencies:
            return not strict
        if _DENSE.search(name) and any(len(w) > MAX_CJK_NAME for w in words) and not _CASED.search(name):
            return False   # a CJK name is a few characters; a longer run after "记者" is a sentence
        if not strict and len(words) == 1 and _HANDLE.match(name) and fold(name) not in self.banned:
            return True   # a cue vouches for a user name ("von gizzmo", "by Marianne1")
        if not strict and 2 <= len(words) <= 3 and not _NAME_CHARS.match(name) \
                and all(_HANDLE.match(w) for w in words) and not words[-1][-1].isdigit():
            # After a cue, words with a digit or a dot: "BR24 Redaktion", "auto-motor.at Redaktion"
            folded = [fold(w) for w in words]
            return not any(f in self.stop or (f in self.banned and f not in self.roles) for f in folded)
        if not 1 <= len(words) <= MAX_NAME_WORDS or not _NAME_CHARS.match(name):
            return False
        folded = [fold(w).strip(".'’-") for w in words]
        # After a cue, a month is a first name when a capitalised surname follows ("By April Glaser",
        # "Von Jan Kupitz"). Without a cue, only when two more capitalised names follow it
        # ("Jan Michael Marchart" on its own line): a date never reads that way.
        first_name_month = ((len(words) >= 2 if not strict else len(words) == 3)
                            and folded[0] in self.calendar and "." not in words[0]
                            and all(w[:1].isupper() for w in words[1:])
                            and not any(f in self.calendar | self.weekdays for f in folded[1:]))
        banned = self.banned - {folded[0]} if first_name_month else self.banned
        if any(w in self.stop or w in banned for w in folded):
            return False
        if not _CASED.search(name):
            return not strict
        caps = [w for w, f in zip(words, folded) if f not in _PARTICLES]
        if not strict and caps and caps[0][0].isupper() and len(words) <= 3:
            return True   # after a cue the first word's capital is enough: "Cindy mangomini"
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

    def without_role(self, part: str) -> str:
        """The name without its role: "Thabo Mokone Parliamentary editor" -> "Thabo Mokone",
        "Dana Whitfield Senior City Hall Reporter" -> "Dana Whitfield" (from the first role word on)."""
        words = part.split()
        folded = fold(part).split()
        if len(folded) != len(words):
            folded = [fold(w) for w in words]   # a word of only harakat folds to nothing
        # (Else folding the part and splitting gives each word folded: case folding neither
        # makes nor takes spaces. One call instead of one per word of a long sentence.)
        roles = [f.strip(".,") in self.roles for f in folded]
        lead = folded[0].strip(".,").rsplit("-", 1)[-1] if words else ""
        if len(words) >= 3 and lead in self.roles and not any(roles[1:]):
            # The role before the name: "Rechtsanwalt Jane Doe", "FOCUS-Online-Experte Jane Doe".
            words, roles = words[1:], roles[1:]
            part = " ".join(words)
        for n in range(1, len(words)):
            if roles[n]:
                return " ".join(words[:n])
        return part

    def is_role(self, part: str) -> bool:
        """A part made only of role or chrome words ("Staff Writer", "Redakteurin")."""
        words = [fold(w).strip(".,") for w in part.split()]
        return bool(words) and all(w in self.roles or w in self.banned or w in self.stop
                                   or w in self.agencies for w in words)


def split_names(text: str, lexicon, check: NameCheck | None = None, strict: bool = False) -> list[str]:
    """Names at the start of `text`; reading stops at the first part that is no name
    (what follows a name is a role, a place or a site)."""
    names = []
    # Read lazily: reading mostly stops at the first part.
    parts = separator_regex(lexicon.get("author_separators")).splititer(text)
    for part in parts:
        part = part.strip(" .:-–—*()[]（）【】")
        if not part:
            continue
        if check is None:
            if _NAME_CHARS.match(part) and 1 <= len(part.split()) <= MAX_NAME_WORDS:
                names.append(part)
            continue
        if names and len(part.split()) == 1 and "." not in part and fold(part) not in check.agencies \
                and not _DENSE.search(part):
            break   # "Jane Doe, Redakteurin", "Anna Muster, Frankfurt": a role or a place (a CJK
            # name is one word: "牛镛、岳弘彬")
        if fold(part) in check.agencies:
            names.append(part)
            continue
        trimmed = check.without_role(part)
        if check.ok(trimmed, strict):
            names.append(trimmed)
            if trimmed != part:
                break   # a role ended this name; what follows belongs to the role
        else:
            break
    return names

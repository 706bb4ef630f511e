"""Find calendar dates in a line, with month and weekday names from the rule data.

Only Gregorian dates between MIN_YEAR and MAX_YEAR are returned, so Hijri dates
(years 13xx-14xx) are never mistaken for the publication date. Solar Hijri (Jalali)
dates, which Persian pages print ("2 تیر 1399"), are read when the language's lexicon
names their months (jalali_months) and converted to the Gregorian date.
"""
from __future__ import annotations

import datetime as dt
import re

import regex

from .rules import Lexicon, fold

MIN_YEAR, MAX_YEAR = 1990, 2039
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?!\d)", regex.I)
_YEAR = r"((?:19|20)\d\d)"
# A year may be glued to what follows it: a time ("Apr 28 20232:23 PM") or a second date,
# as blog themes print the published and modified dates side by side ("19. Juni 201619. Juni
# 2016", "17/11/201917/11/2019").
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}(?::\d\d|[./-]\d|\.?\s*[^\W\d_])))"
_DAY = r"(\d{1,2})"
_ORD = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
_DIGIT = regex.compile(r"\d")
SEEN_LINES = 4096      # find_all answers kept per finder (cleared when full)
_LETTER_RUN = regex.compile(r"[^\W\d_]+")


class DateFinder:
    """Compiled date patterns for one lexicon."""

    def __init__(self, lexicon: Lexicon, lang: str | None, day_first: bool = False):
        self.lexicon = lexicon
        self._relative: regex.Pattern | None = None      # built when first asked for
        self._day_units = frozenset(fold(u) for u in lexicon.get("date_relative_day"))
        self._hour_units = frozenset(fold(u) for u in lexicon.get("date_relative_hour"))
        # Text is read with one form of yeh and kaf and ASCII digits (see _yeh_kaf).
        self.months = {_yeh_kaf(n): k for n, k in lexicon.months.items()}
        self.weekdays = frozenset(_yeh_kaf(w) for w in lexicon.weekdays)
        self.month_first = lang in (None, "en") and not day_first
        names = sorted(self.months, key=len, reverse=True)
        month = ("(" + "|".join(regex.escape(n) for n in names) + r")\.?") if names else r"(?!)"
        month_pair = month + r"(?:\s*[/\\|-]\s*" + month.replace("(", "(?:", 1) + ")?"
        b, e = r"(?<![\w])", r"(?![\w])"
        # A day may follow a word with no space between ("Nicole Collignon22. Februar 2020");
        # _glued_ok checks the case. (A month name glued to a word, "TimesNovember 21", is not
        # read: trying the month names at every letter costs more than the pages it finds.)
        gb = r"(?<!\d)"
        # (pattern, order of the captured groups)
        jalali = lexicon.get("jalali_months")
        self.jalali = {_yeh_kaf(fold(n)): k + 1 for k, n in enumerate(jalali)}
        self.patterns = [
            (regex.compile(r"(?<!\d)" + _YEAR + r"(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)"), "ymd"),
            (regex.compile(_YEAR + r"\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})"), "ymd"),
            # "22.11.2024" is day-first everywhere; "03/04/2024" depends on the language.
            (regex.compile(r"(?<![\d.])" + _DAY + r"\s?\.\s?(\d{1,2})\s?\.\s?" + _YEAR + _YEAR_END), "dmy"),
            # Two-digit years only with dots, the Central European and Nordic stamp ("27.04.24").
            (regex.compile(r"(?<![\d.,])" + _DAY + r"\.(\d{1,2})\.(\d\d)(?![\d.,]\d)"), "dmyy"),
            # "Madrid-29/05/2025": a dash after a word, not inside a number, may precede the day.
            (regex.compile(r"(?<![\d/]|\d-)" + _DAY + r"\s*([/-])\s*(\d{1,2})\s*\2\s*" + _YEAR + _YEAR_END),
             "dmy?"),
            # Two-digit years with slashes, as forums and US blogs stamp posts ("12/16/16 12:21pm").
            (regex.compile(r"(?<![\d/.,-])" + _DAY + r"/(\d{1,2})/(\d\d)(?![\d/]|[.,]\d)"), "dmyy?"),
            (regex.compile(gb + _DAY + _ORD + r"\s*(?:de\s+|of\s+|,\s*|/\s*)?" + month_pair
                           + r"\s*[,/]?\s*(?:de\s+|del\s+)?" + _YEAR + _YEAR_END), "dMy"),
            # A two-digit year after a month name needs its apostrophe or dot: "14 Feb ’20",
            # "03.Mär.19" ("5 May 20 people" is no date).
            (regex.compile(gb + _DAY + r"(?:\.\s?|\s+)" + month + r"\s*(?:['’‘]|(?<=\.)|\.)(\d\d)(?![\d.,:]\d|\d)"),
             "dMyy"),
            (regex.compile(b + month + r"\s+" + _DAY + _ORD + r"\s*,?\s+" + _YEAR + _YEAR_END), "Mdy"),
            (regex.compile(_YEAR + r"\s*[^\d\s]{0,12}\s*,?\s*" + _DAY + r"\s+" + month_pair + e), "ydM"),
        ]
        # The patterns that can match without a four-digit year (see find_all).
        self._no_year = [(rx, order) for rx, order in self.patterns if order in ("dmyy", "dmyy?", "dMyy")]
        if self.jalali:
            names = "|".join(sorted(self.jalali, key=len, reverse=True))
            self.patterns.append((regex.compile(
                b + _DAY + r"\s+(" + names + r")\s+(1[34]\d\d)(?!\d)"), "jalali"))
        self._seen: dict[str, tuple[tuple[str, int, int], ...]] = {}

    def relative(self, text: str) -> dt.timedelta | None:
        """How long ago a relative stamp says ("vor 3 Stunden", "2 days ago"), or None."""
        if self._relative is None:
            self._relative = _relative_regex(self.lexicon)
        folded = fold(text)
        m = self._relative.search(folded) if len(text) <= MAX_RELATIVE_CHARS else None
        if m is None:
            return None
        rest = folded[:m.start()] + " " + folded[m.end():]
        if len(_LETTER_RUN.findall(rest)) > 3:
            return None         # a sentence that tells how long ago something happened
        count = int(m.group("n1") or m.group("n2") or 1)
        unit = m.group("u1") or m.group("u2")
        if unit in self._day_units:
            return dt.timedelta(days=count)
        if unit in self._hour_units:
            return dt.timedelta(hours=count)
        return dt.timedelta(minutes=count)

    def find(self, text: str) -> tuple[str, int, int] | None:
        """(YYYY-MM-DD, start, end) of the first date in the text, or None."""
        found = self.find_all(text)
        return found[0] if found else None

    def find_all(self, text: str) -> list[tuple[str, int, int]]:
        """Every date in the text as (YYYY-MM-DD, start, end), in reading order,
        overlapping matches resolved in favour of the one that starts first."""
        # The related, date and byline stages read the same lines: remember recent
        # answers, keyed by the line itself so a repeat skips the folding too.
        cached = self._seen.get(text)
        if cached is None:
            if len(self._seen) >= SEEN_LINES:
                self._seen.clear()
            cached = self._seen[text] = tuple(self._find_all(text))
        return list(cached)

    def _find_all(self, text: str) -> list[tuple[str, int, int]]:
        folded = fold(text)
        if not folded.isascii():
            folded = _yeh_kaf(folded)      # same length: offsets stay valid
        # Every pattern but the dotted two-digit-year one holds a year, so "19" or "20"
        # (a Solar Hijri year "13xx" or "14xx").
        if "19" in folded or "20" in folded or (
                self.jalali and ("13" in folded or "14" in folded)):
            patterns = self.patterns
        elif "." in folded or "/" in folded or "’" in folded or "'" in folded:
            patterns = self._no_year
        else:
            return []
        hits = []
        for rx, order in patterns:
            for m in rx.finditer(folded):
                date = self._build(m.groups(), order)
                if date and (order not in _GLUED or _glued_ok(text, folded, m.start())):
                    hits.append((date, m.start(), m.end()))
        hits.sort(key=lambda h: (h[1], -h[2]))
        out: list[tuple[str, int, int]] = []
        for hit in hits:
            if not out or hit[1] >= out[-1][2]:
                out.append(hit)
        return out

    def _build(self, groups, order: str) -> str | None:
        try:
            if order == "ymd":
                y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
            elif order == "dmyy":
                d, mo, y = int(groups[0]), int(groups[1]), 2000 + int(groups[2])
            elif order == "dmy":
                d, mo, y = int(groups[0]), int(groups[1]), int(groups[2])
            elif order in ("dmy?", "dmyy?"):
                a, c = int(groups[0]), int(groups[-2])
                y = int(groups[-1]) + (2000 if order == "dmyy?" else 0)
                if a > 12 or (not self.month_first and c <= 12):
                    d, mo = a, c
                else:
                    mo, d = a, c
            elif order in ("dMy", "dMyy"):
                d, mo, y = int(groups[0]), self.months[groups[1]], int(groups[2])
                y += 2000 if order == "dMyy" else 0
            elif order == "jalali":
                return jalali_to_gregorian(int(groups[2]), self.jalali[groups[1]], int(groups[0]))
            elif order == "Mdy":
                mo, d, y = self.months[groups[0]], int(groups[1]), int(groups[2])
            else:  # ydM
                y, d, mo = int(groups[0]), int(groups[1]), self.months[groups[2]]
            if mo > 12 and d <= 12 and order in ("dmy", "dmyy"):
                d, mo = mo, d       # a US stamp with dots: "01.21.2020" cannot be day-first
            if not MIN_YEAR <= y <= MAX_YEAR:
                return None
            return dt.date(y, mo, d).isoformat()
        except (ValueError, KeyError, TypeError):
            return None

    def is_stamp(self, text: str) -> bool:
        """True for a short line that is mostly a date or a time (a dateline, a list stamp)."""
        if len(text) > 90 or not _DIGIT.search(text):
            return False            # every date and time pattern needs a digit
        text = fold(text)
        if not text.isascii():
            text = _yeh_kaf(text)
        found = self.find(text)
        rest = text
        if found:
            rest = text[:found[1]] + " " + text[found[2]:]
        rest, n_times = _TIME.subn(" ", rest)
        if not found and not n_times:
            return False
        words = [w for w in _LETTER_RUN.findall(rest)
                 if w not in self.weekdays and w not in self.months and w not in _STAMP_WORDS]
        return len(words) <= 3


# The shapes whose start may touch a word (see gb in DateFinder).
_GLUED = frozenset({"dMy", "dMyy"})


def _glued_ok(text: str, folded: str, start: int) -> bool:
    """A date that touches the word before it starts a new word there: lower case turns
    to a digit ("Collignon22."). Only when folding kept the offsets; "MUSTER22." inside
    a capitalised run is not a boundary."""
    if start == 0 or not folded[start - 1].isalpha():
        return True
    if len(text) != len(folded):
        return False
    return text[start - 1].islower()


# A relative stamp is a short line ("Published 3 hours ago |"), not a sentence.
MAX_RELATIVE_CHARS = 60


def _relative_regex(lexicon: Lexicon) -> regex.Pattern:
    def alts(key: str) -> str:
        words = sorted({fold(w) for w in lexicon.get(key)}, key=len, reverse=True)
        return "|".join(regex.escape(w) for w in words) or "(?!)"
    units = "|".join(alts(k) for k in ("date_relative_minute", "date_relative_hour",
                                        "date_relative_day"))
    one = r"(?:an?|one|einer|einem|un|une|una|um|uma)"
    # "vor 3 Stunden" / "hace una hora" / "3 hours ago" / "1 時間前" (no spaces in CJK).
    return regex.compile(
        r"(?<!\w)(?:" + alts("date_relative_before") + r")\s+(?:(?P<n1>\d{1,3})|" + one + r")\s*"
        r"(?P<u1>" + units + r")(?!\w)"
        r"|(?<![\w.,:])(?:(?P<n2>\d{1,3})|" + one + r")\s*(?P<u2>" + units + r")\.?\s*(?:"
        + alts("date_relative_after") + r")(?!\w)")


def _yeh_kaf(text: str) -> str:
    """Persian and Arabic forms of yeh and kaf as one ("تیر" / "تير"), and Arabic-Indic
    digits as ASCII ones ("۱۳۹۹" / "1399"); one character for one, so offsets hold."""
    # str.translate looks up every character in the table: a line without one of its
    # characters (most non-ASCII lines) is told so much faster by the stdlib engine.
    return text.translate(_YEH_KAF) if _YEH_KAF_CHARS.search(text) else text


_YEH_KAF = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643",
                          **{chr(0x0660 + n): str(n) for n in range(10)},
                          **{chr(0x06F0 + n): str(n) for n in range(10)}})
_YEH_KAF_CHARS = re.compile("[" + "".join(map(chr, _YEH_KAF)) + "]")

# Solar Hijri: 1 Farvardin 1399 fell on 20 March 2020. Months 1-6 have 31 days, 7-11 have
# 30, the last 29 (30 in a leap year). Leap years follow the 33-year cycle, which matches
# the astronomical calendar for every year from 1343 to 1472 (1964-2094).
_JALALI_ANCHOR_YEAR, _JALALI_ANCHOR = 1399, dt.date(2020, 3, 20)
_JALALI_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _jalali_leap(year: int) -> bool:
    return year % 33 in _JALALI_LEAP


def jalali_to_gregorian(year: int, month: int, day: int) -> str | None:
    """The Gregorian date (YYYY-MM-DD) of a Solar Hijri date, None when out of range."""
    if not 1343 <= year <= 1472 or not 1 <= month <= 12:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else (30 if _jalali_leap(year) else 29)
    if not 1 <= day <= length:
        return None
    days = 0
    step = 1 if year >= _JALALI_ANCHOR_YEAR else -1
    for y in range(_JALALI_ANCHOR_YEAR, year, step) if step == 1 else range(year, _JALALI_ANCHOR_YEAR):
        days += step * (366 if _jalali_leap(y) else 365)
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    date = _JALALI_ANCHOR + dt.timedelta(days=days + day - 1)
    return date.isoformat() if MIN_YEAR <= date.year <= MAX_YEAR else None


_STAMP_WORDS = frozenset({"gmt", "utc", "am", "pm", "h", "uhr", "cet", "cest", "est", "edt", "pst"})

_FINDERS: dict[tuple[int, bool], DateFinder] = {}


def finder(rules, day_first: bool = False) -> DateFinder:
    """The DateFinder of a RuleSet, built once per rule set; `day_first` reads "03/04/2024"
    as 3 April where the language alone would put the month first (British English)."""
    key = (id(rules), day_first)
    if key not in _FINDERS:
        _FINDERS[key] = DateFinder(rules.lexicon, rules.lang, day_first)
    return _FINDERS[key]


# English outside North America and the Philippines writes the day first.
DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "pk",
                               "sg", "my", "hk", "gh", "ug", "tz", "zw", "lk", "bd", "mt"})


def day_first_region(lang_tag: str | None) -> bool:
    """Whether a page's stated language tag ("en-GB", "en_IN") names a day-first English."""
    parts = (lang_tag or "").lower().replace("_", "-").split("-")
    return len(parts) > 1 and parts[0] == "en" and parts[1] in DAY_FIRST_ENGLISH

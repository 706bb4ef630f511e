"""Find calendar dates in a line, with month and weekday names from the rule data.

Only Gregorian dates between MIN_YEAR and MAX_YEAR are returned, so Hijri dates
(years 13xx-14xx) are never mistaken for the publication date.
"""
from __future__ import annotations

import datetime as dt

import regex

from .rules import Lexicon, fold

MIN_YEAR, MAX_YEAR = 1990, 2039
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?!\d)", regex.I)
_YEAR = r"((?:19|20)\d\d)"
# A year may be glued to the time that follows it ("Apr 28 20232:23 PM").
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
_DAY = r"(\d{1,2})"
_ORD = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
_DIGIT = regex.compile(r"\d")
SEEN_LINES = 4096      # find_all answers kept per finder (cleared when full)
_LETTER_RUN = regex.compile(r"[^\W\d_]+")


class DateFinder:
    """Compiled date patterns for one lexicon."""

    def __init__(self, lexicon: Lexicon, lang: str | None):
        self.months = lexicon.months
        self.weekdays = lexicon.weekdays
        self.month_first = lang in (None, "en")
        names = sorted(self.months, key=len, reverse=True)
        month = ("(" + "|".join(regex.escape(n) for n in names) + r")\.?") if names else r"(?!)"
        month_pair = month + r"(?:\s*[/\\|-]\s*" + month.replace("(", "(?:", 1) + ")?"
        b, e = r"(?<![\w])", r"(?![\w])"
        # (pattern, order of the captured groups)
        self.patterns = [
            (regex.compile(r"(?<!\d)" + _YEAR + r"(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)"), "ymd"),
            (regex.compile(_YEAR + r"\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})"), "ymd"),
            # "22.11.2024" is day-first everywhere; "03/04/2024" depends on the language.
            (regex.compile(r"(?<![\d.])" + _DAY + r"\s?\.\s?(\d{1,2})\s?\.\s?" + _YEAR + _YEAR_END), "dmy"),
            # Two-digit years only with dots, the Central European and Nordic stamp ("27.04.24").
            (regex.compile(r"(?<![\d.,])" + _DAY + r"\.(\d{1,2})\.(\d\d)(?![\d.,]\d)"), "dmyy"),
            (regex.compile(r"(?<![\d/-])" + _DAY + r"\s*([/-])\s*(\d{1,2})\s*\2\s*" + _YEAR + r"(?!\d)"),
             "dmy?"),
            (regex.compile(b + _DAY + _ORD + r"\s*(?:de\s+|of\s+|,\s*)?" + month_pair
                           + r"\s*,?\s*(?:de\s+|del\s+)?" + _YEAR + e), "dMy"),
            (regex.compile(b + month + r"\s+" + _DAY + _ORD + r"\s*,?\s+" + _YEAR + _YEAR_END), "Mdy"),
            (regex.compile(_YEAR + r"\s*[^\d\s]{0,12}\s*,?\s*" + _DAY + r"\s+" + month_pair + e), "ydM"),
        ]
        # The patterns that can match without a four-digit year (see find_all).
        self._no_year = [(rx, order) for rx, order in self.patterns if order == "dmyy"]
        self._seen: dict[str, tuple[tuple[str, int, int], ...]] = {}

    def find(self, text: str) -> tuple[str, int, int] | None:
        """(YYYY-MM-DD, start, end) of the first date in the text, or None."""
        found = self.find_all(text)
        return found[0] if found else None

    def find_all(self, text: str) -> list[tuple[str, int, int]]:
        """Every date in the text as (YYYY-MM-DD, start, end), in reading order,
        overlapping matches resolved in favour of the one that starts first."""
        folded = fold(text)
        # Every pattern but the dotted two-digit-year one holds a year, so "19" or "20".
        if "19" in folded or "20" in folded:
            patterns = self.patterns
        elif "." in folded:
            patterns = self._no_year
        else:
            return []
        # The related, date and byline stages read the same lines: remember recent answers.
        cached = self._seen.get(folded)
        if cached is not None:
            return list(cached)
        hits = []
        for rx, order in patterns:
            for m in rx.finditer(folded):
                date = self._build(m.groups(), order)
                if date:
                    hits.append((date, m.start(), m.end()))
        hits.sort(key=lambda h: (h[1], -h[2]))
        out: list[tuple[str, int, int]] = []
        for hit in hits:
            if not out or hit[1] >= out[-1][2]:
                out.append(hit)
        if len(self._seen) >= SEEN_LINES:
            self._seen.clear()
        self._seen[folded] = tuple(out)
        return out

    def _build(self, groups, order: str) -> str | None:
        try:
            if order == "ymd":
                y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
            elif order == "dmyy":
                d, mo, y = int(groups[0]), int(groups[1]), 2000 + int(groups[2])
            elif order == "dmy":
                d, mo, y = int(groups[0]), int(groups[1]), int(groups[2])
            elif order == "dmy?":
                a, c, y = int(groups[0]), int(groups[2]), int(groups[3])
                if a > 12 or (not self.month_first and c <= 12):
                    d, mo = a, c
                else:
                    mo, d = a, c
            elif order == "dMy":
                d, mo, y = int(groups[0]), self.months[groups[1]], int(groups[2])
            elif order == "Mdy":
                mo, d, y = self.months[groups[0]], int(groups[1]), int(groups[2])
            else:  # ydM
                y, d, mo = int(groups[0]), int(groups[1]), self.months[groups[2]]
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


_STAMP_WORDS = frozenset({"gmt", "utc", "am", "pm", "h", "uhr", "cet", "cest", "est", "edt", "pst"})

_FINDERS: dict[int, DateFinder] = {}


def finder(rules) -> DateFinder:
    """The DateFinder of a RuleSet, built once per rule set."""
    key = id(rules)
    if key not in _FINDERS:
        _FINDERS[key] = DateFinder(rules.lexicon, rules.lang)
    return _FINDERS[key]

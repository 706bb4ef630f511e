"""Bytes to text: BOM, UTF-8 (with a few stray bytes), UTF-16, a scored guess among legacy
encodings, a forced encoding, and a clear refusal of binary data.

No charset detector is needed. When the bytes are not UTF-8, each plausible legacy codec
decodes them and the result is scored: the characters the high bytes became should be
letters of one script, and mostly that script's common letters (a Russian page read as
windows-1256 turns into a mix of Arabic and Latin; read as windows-1252, into runs of
accented letters glued together, which no Western language writes). A guess that wins
clearly is used and reported in `Decoded.note`; otherwise DecodeError asks for an encoding.
"""
from __future__ import annotations

import codecs
import math
import unicodedata
from dataclasses import dataclass

import regex


class NotTextError(ValueError):
    """The input is not text (a PDF, an image, compressed data…)."""


class DecodeError(ValueError):
    """The input is text in an encoding that could not be determined."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""        # a warning for the user: a guessed encoding, replaced bytes


_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first, e.g. zcat FILE | declutter)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"WARC/", "a WARC archive (name it .warc or .warc.gz, or use `declutter batch`)"),
]
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
SNIFF_BYTES = 64 * 1024          # the legacy-encoding guess reads this much
# Control bytes other than tab, newline, form feed and carriage return.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def sniff_binary(data: bytes) -> str | None:
    """What the bytes look like when they are not text, else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:4096]
    if not head:
        return None
    if head.count(0) > len(head) // 10:
        return "binary data (NUL bytes)"
    if sum(head.count(c) for c in _CONTROL) > len(head) // 20:
        return "binary data (control bytes)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in mostly-ASCII UTF-16."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        head = head[:len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if half and odd >= 0.6 * half and even <= 0.05 * half:
        return "utf-16-le"
    if half and even >= 0.6 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None, declared: tuple[str, ...] = ()) -> str:
    """Decode page bytes. Raises NotTextError or DecodeError with a one-line reason."""
    return decode_report(data, encoding, declared).text


def decode_report(data: bytes, encoding: str | None = None,
                  declared: tuple[str, ...] = ()) -> Decoded:
    """Decode page bytes and say how. Raises NotTextError or DecodeError.

    `declared`: charsets the source names (an HTTP header, a <meta> tag), tried after
    UTF-8 and before any guess, since a declaration is better evidence than a score."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
            return Decoded(data.decode(encoding), name)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(name, errors="replace")
            return Decoded(text, name, _replaced_note(text, name))
    wide = _utf16_without_bom(data)
    if wide:
        text = data[:len(data) // 2 * 2].decode(wide, errors="replace")
        head = text[:2048]
        # Binary data with NULs in every other byte decodes to control characters.
        if sum(1 for ch in head if ch < " " and ch not in "\t\n\r\f") <= len(head) // 20:
            return Decoded(text, wide, f"no byte-order mark; decoded as {wide}")
    what = sniff_binary(data)
    if what:
        raise NotTextError(f"not text: looks like {what}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if multibyte >= 4 * bad:
        return Decoded(text, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
    for name in declared:
        try:
            return Decoded(data.decode(name), codecs.lookup(name).name, f"decoded as declared {name}")
        except (LookupError, UnicodeDecodeError):
            continue
    return guess_legacy(data)


def _replaced_note(text: str, name: str) -> str:
    bad = text.count("\ufffd")
    return f"{bad} invalid {name} sequence(s) replaced by U+FFFD" if bad else ""


# Legacy codecs tried, most common first (a tie goes to the earlier one).
CANDIDATES = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1255", "cp1256",
              "gbk", "big5", "cp932", "euc_kr")
# Approximate letter frequencies (per cent) of running text in each script's main languages:
# facts about the languages. A right guess makes the high bytes follow this profile.
PROFILES = {
    "Cyrillic": "о11 е8.5 а8 и7.4 н6.7 т6.3 с5.5 р4.7 в4.5 л4.4 к3.5 м3.2 д3 п2.8 у2.6 я2 ы1.9 "
                "ь1.7 г1.7 з1.6 б1.6 ч1.4 й1.2 х1 ж.9 ш.7 ю.6 ц.5 щ.4 э.3 ф.3 і1 ї.3 є.3",
    "Greek": "α12 ο10 ε8 ι8 τ8 ν7 η5 σ4.5 ρ4.5 κ4 π4 υ3.5 μ3.5 ς3 λ3 ά2 ί2 ό2 έ1.5 ή1.5 ω1.5 "
             "δ1.5 γ1.5 θ1 χ1 ύ1 φ.8 ώ.7 β.6 ξ.3 ζ.3 ψ.2",
    "Hebrew": "י11 ו10 ה9 ל7 א6 מ6 ר5.5 ב5 ת5 נ4.5 ש4 ע3 כ3 ד2.5 ם2.5 ק2 ח2 פ1.5 ן1.5 ג1.2 "
              "צ1 ס1 ז.8 ט.8 ך.6 ף.3 ץ.2",
    "Arabic": "ا13 ل11 ي7 م6 و6 ن5.5 ه4 ر4 ت4 ب3.5 ة3 ع3 ف2.5 د2.5 أ2.5 ك2 س2 ق2 ح1.5 إ1 ج1 "
              "ى1 ش.8 ص.8 خ.6 ط.6 ئ.5 ز.5 ذ.5 ض.5 ث.4 غ.3 ء.3 ظ.2 آ.2 ؤ.2 ی1 ک1 پ.3 چ.3 گ.3",
}
_PROFILE = {script: {item[0]: float(item[1:]) for item in spec.split()}
            for script, spec in PROFILES.items()}
# Accented letters that Latin-script languages use often (the rest are rare there).
LATIN_COMMON = frozenset("éèêàâáíóúçñãõüöäôßìòùëïûœåøæąęłńśźżćčěřšžýůőűğışţă")
_BICAMERAL = frozenset({"Latin", "Cyrillic", "Greek"})
_SCRIPT = regex.compile(r"(\p{Latin})|(\p{Cyrillic})|(\p{Greek})|(\p{Hebrew})|(\p{Arabic})"
                        r"|(\p{Hangul})|([\p{Han}\p{Hiragana}\p{Katakana}])")
_SCRIPT_NAMES = ("Latin", "Cyrillic", "Greek", "Hebrew", "Arabic", "Hangul", "CJK")
MIN_SCORE = 0.45
MIN_MARGIN = 0.15
# Fewer non-ASCII characters than this are too little evidence to name a non-Latin script;
# mostly-ASCII Latin text (an English page with a few curly quotes) needs no minimum.
MIN_EVIDENCE = 16


def _script(ch: str) -> str:
    m = _SCRIPT.match(ch)
    return _SCRIPT_NAMES[m.lastindex - 1] if m else "other"


def _common_cjk(ch: str) -> bool:
    """Kana, or a Han character of the most frequent level of GB2312, JIS X 0208 or Big5."""
    if "\u3040" <= ch <= "\u30ff":
        return True
    for codec, low, high in (("gb2312", 0xB0, 0xD7), ("shift_jis", 0x88, 0x98),
                             ("big5", 0xA4, 0xC6)):
        try:
            lead = ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
        if low <= lead <= high:
            return True
    return False


def score(text: str) -> float:
    """How much the non-ASCII characters of `text` look like real writing, in [-3, 1]."""
    bad = glued = case_flips = upper = spaced = 0
    counts: dict[str, dict[str, int]] = {}
    high = 0
    prev = " "
    for i, ch in enumerate(text):
        if ord(ch) <= 0x7F:
            prev = ch
            continue
        high += 1
        cat = unicodedata.category(ch)
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if cat[0] == "C" or "\uff61" <= ch <= "\uff9f":   # controls, unassigned, half-width kana
            bad += 1
        elif cat[0] != "L":
            # A symbol inside a word ("g\u00b3\u00f3wna" for "g\u0142\u00f3wna") is a misread letter.
            if cat[0] in "SN" and prev.isalpha() and nxt.isalpha():
                bad += 1
        else:
            script = _script(ch)
            counts.setdefault(script, {})
            counts[script][ch] = counts[script].get(ch, 0) + 1
            # A non-Latin letter glued to an ASCII letter betrays the wrong codec.
            if script != "Latin" and ((prev.isascii() and prev.isalpha())
                                      or (nxt.isascii() and nxt.isalpha())):
                glued += 1
            if script in _BICAMERAL and ch.isupper():
                upper += 1
                if prev.isalpha() and prev.islower():
                    case_flips += 1
            # Chinese and Japanese put no spaces between words; Korean bytes read as GBK do.
            if script == "CJK" and prev == " " and i >= 2 and _script(text[i - 2]) == "CJK":
                spaced += 1
        prev = ch
    letters = sum(sum(c.values()) for c in counts.values())
    if not high:
        return 0.0
    if not letters:
        return -2 * bad / high
    top_script = max(counts, key=lambda s: sum(counts[s].values()))
    top = counts[top_script]
    share = sum(top.values()) / letters
    fit = _fit(top_script, top, text)
    # Running text is mostly lower case; a page of capitals is another script misread.
    shouting = max(0.0, upper / letters - 0.5)
    return fit * share - 2 * bad / high - (glued + case_flips + 2 * spaced) / letters - shouting


def _fit(script: str, seen: dict[str, int], text: str) -> float:
    """How well the letters seen match what the script's languages write, in [0, 1]."""
    total = sum(seen.values())
    if script in _PROFILE:
        profile = _PROFILE[script]
        low = {}
        for ch, n in seen.items():
            low[ch.lower()] = low.get(ch.lower(), 0) + n
        dot = sum(n * profile.get(ch, 0.0) for ch, n in low.items())
        norm = math.sqrt(sum(n * n for n in low.values())) * math.sqrt(
            sum(f * f for f in profile.values()))
        return dot / norm if norm else 0.0
    if script == "Latin":
        common = sum(n for ch, n in seen.items() if ch.lower() in LATIN_COMMON)
        return max(0.0, common - _latin_runs(text)) / total
    if script == "CJK":
        return sum(n for ch, n in seen.items() if _common_cjk(ch)) / total
    return 1.0 if script == "Hangul" else 0.0


def _ascii_letter_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return sum(1 for ch in text if ch.isascii() and ch.isalpha()) / letters if letters else 0.0


def _main_script(text: str) -> str:
    counts: dict[str, int] = {}
    for ch in text:
        if ord(ch) > 0x7F and ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else "none"


_HIGH_RUN = regex.compile(r"[^\x00-\x7f]{3,}")


def _latin_runs(text: str) -> int:
    """Letters in runs of three or more non-ASCII letters: rare in Latin-script languages,
    the shape of Cyrillic, Greek or Arabic bytes read as windows-1252."""
    return sum(len(m.group(0)) for m in _HIGH_RUN.finditer(text)
               if all(ch.isalpha() for ch in m.group(0)))


def guess_legacy(data: bytes) -> Decoded:
    """Try each candidate codec on the first SNIFF_BYTES and keep a clear winner."""
    sample = data[:SNIFF_BYTES]
    results: dict[str, tuple[float, str]] = {}
    for name in CANDIDATES:
        try:
            text = codecs.getincrementaldecoder(name)("strict").decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        results[name] = (score(text), text)
    if not results:
        raise DecodeError("not UTF-8 (no known encoding fits); give --encoding")
    ranked = sorted(results.items(), key=lambda kv: kv[1][0], reverse=True)
    best, (best_score, best_text) = ranked[0]
    # A rival that reads the bytes as another script must be clearly behind: that is
    # the mojibake that ruins a page. Within one script the better score wins.
    best_script = _main_script(best_text)
    rival = next(((name, s) for name, (s, text) in ranked[1:]
                  if text != best_text and _main_script(text) != best_script), None)
    evidence = sum(1 for ch in best_text if ord(ch) > 0x7F)
    weak = evidence < MIN_EVIDENCE and not (best_script in ("Latin", "none")
                                            and _ascii_letter_share(best_text) >= 0.8)
    if weak or best_score < MIN_SCORE or (rival and best_score - rival[1] < MIN_MARGIN):
        maybe = f"maybe {best}" + (f" or {rival[0]}" if rival else "")
        raise DecodeError(f"not UTF-8 (the encoding is unclear, {maybe}); give --encoding")
    text = data.decode(best, errors="replace")
    name = codecs.lookup(best).name
    return Decoded(text, name, f"not UTF-8; decoded as {name} (a guess; --encoding overrides)")

"""Bytes of an HTML page to text: BOM, strict UTF-8, the declaration checked, detection.

Pages declare charsets they are not written in (an Arabic page in windows-1256
that says iso-8859-1, a UTF-8 page that says windows-1252), so a declaration is
only a candidate: every candidate decoding is scored by how plausible its words
look, and the declared one wins ties. The generic steps (forced encoding, BOM,
binary refusal) are decode.py's.
"""
from __future__ import annotations

import codecs

import regex

from ..decode import DecodeError, NotTextError, decode, sniff_binary

PRESCAN_BYTES = 4096
_META_CHARSET = regex.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""",
                              regex.IGNORECASE)
_HTML_LANG = regex.compile(rb"""<html[^>]+?lang\s*=\s*["']?([A-Za-z]{2,3})""", regex.IGNORECASE)
# Labels browsers read as a wider encoding (WHATWG Encoding Standard).
_WIDER = {"ascii": "cp1252", "latin_1": "cp1252", "iso8859_1": "cp1252", "iso8859_9": "cp1254",
          "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949",
          "tis_620": "cp874", "iso8859_11": "cp874", "big5": "big5hkscs", "iso8859_6": "cp1256"}
# Legacy encodings tried when nothing else decides, by the page language when known.
_BY_LANG = {"ar": "cp1256", "fa": "cp1256", "ur": "cp1256", "ru": "cp1251", "uk": "cp1251",
            "bg": "cp1251", "sr": "cp1251", "pl": "cp1250", "cs": "cp1250", "hu": "cp1250",
            "el": "cp1253", "tr": "cp1254", "he": "cp1255", "zh": "gb18030", "ja": "cp932",
            "ko": "cp949", "th": "cp874", "lt": "cp1257", "lv": "cp1257", "et": "cp1257"}
CANDIDATES = ("cp1252", "cp1256", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255",
              "gb18030", "cp932", "cp949", "big5hkscs", "cp874", "koi8_r", "euc_jp")
_WORD = regex.compile(r"[^\W\d_]+")
_SCRIPT = regex.compile(r"\p{Arabic}|\p{Cyrillic}|\p{Greek}|\p{Hebrew}|\p{Han}|\p{Hiragana}"
                        r"|\p{Katakana}|\p{Hangul}|\p{Thai}")
# A word mixing Latin and other characters. Anchored, so a search never restarts at
# every position of a long string (which made the unanchored form quadratic).
_MIXED = regex.compile(r"^(?=.*\p{Latin})(?=.*[^\p{Latin}\p{M}])", regex.DOTALL)
_C1 = regex.compile(r"[\x80-\x9f\ufffd\uff61-\uff9f]")
_CASE_FLIP = regex.compile(r"\p{Ll}\p{Lu}")
_SYMBOL = regex.compile(r"[\u00a1-\u00a6\u00a8\u00aa\u00ac-\u00ae\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00bf"
                        r"\u2500-\u257f\u2116]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HANGUL = regex.compile(r"\p{Hangul}")


def canonical(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, widened as browsers do; None when unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None
    return _WIDER.get(name, name)


def declared(data: bytes) -> str | None:
    head = data[:PRESCAN_BYTES]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return canonical(m.group(1)) if m else None


def plausibility(text: str) -> float:
    """Share of non-ASCII words that look like real words (one script, few odd letters).

    Mojibake shows as words mixing scripts, case flipping inside a word ("ЅсМмРы"),
    stray symbols (¸®¶), C1 controls and half-width katakana; real Japanese has kana
    and real Korean is nearly all Hangul, which breaks ties between CJK codecs.
    """
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if _MIXED.search(word) or len(_CASE_FLIP.findall(word)) > 1:
            bad += 1                                  # "Ø§Ù„" : Latin mixed with other letters
        elif not _SCRIPT.match(word):
            # A Latin word: real ones carry few accented letters ("Größe", "żółw").
            odd = sum(1 for ch in word if not ch.isascii())
            good, bad = (good + 1, bad) if odd * 2 <= len(word) else (good, bad + 1)
        else:
            good += 1
    bad += 3 * len(_C1.findall(text)) + len(_SYMBOL.findall(text))
    score = good / (good + bad) if good + bad else 1.0
    cjk = len(_CJK.findall(text))
    if cjk:
        kana, hangul = len(_KANA.findall(text)), len(_HANGUL.findall(text))
        if kana >= 0.15 * cjk or hangul >= 0.8 * cjk:
            score += 0.01
    return score


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 with a few stray single bytes (a cp1252 quote pasted in): map those through cp1252."""
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 0x7f) - strays
    if strays == 0 or strays > 20 or valid < strays:
        return None
    return data.decode("utf-8", errors="cp1252-stray")


def _stray_handler(exc):
    if isinstance(exc, UnicodeDecodeError):
        return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end
    raise exc


codecs.register_error("cp1252-stray", _stray_handler)


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Text of HTML bytes. Raises NotTextError / DecodeError (from decode.py) with a reason."""
    if encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, encoding)
    what = sniff_binary(data)
    if what:
        raise NotTextError(f"not text: looks like {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_strays(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    first = declared(data)
    m = _HTML_LANG.search(data[:PRESCAN_BYTES])
    by_lang = _BY_LANG.get(m.group(1).decode().lower()) if m else None
    order = [e for e in dict.fromkeys((first, by_lang) + CANDIDATES) if e and e != "utf_8"]
    sample = data[:200_000]
    best, best_score = None, -1.0
    for rank, name in enumerate(order):
        try:
            text = codecs.getincrementaldecoder(name)().decode(sample, final=False)
        except (UnicodeDecodeError, LookupError):
            continue
        # Earlier candidates (declared, then the page language) win near-ties.
        score = plausibility(text) - 0.002 * rank
        if score > best_score:
            best, best_score = name, score
        if rank == 0 and name == first and score >= 0.98:
            break                                     # the declaration is borne out
    if best is None:
        detected = _detector(data)
        if detected is None:
            raise DecodeError("encoding not recognised; give --encoding")
        best = detected
    return data.decode(best, errors="replace")


def _detector(data: bytes) -> str | None:
    """charset-normalizer, when installed (optional extra), for bytes no candidate decodes."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    match = from_bytes(data[:200_000]).best()
    return canonical(match.encoding) if match else None

"""Bytes to text: BOM, strict UTF-8, a forced encoding, and a clear refusal of binary data."""
from __future__ import annotations

import codecs


class NotTextError(ValueError):
    """The input is not text (a PDF, an image, compressed data…)."""


class DecodeError(ValueError):
    """The input is text in an encoding that could not be determined."""


_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
]
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]


def sniff_binary(data: bytes) -> str | None:
    """What the bytes look like when they are not text, else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:4096]
    if head and head.count(0) > len(head) // 10:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes. Raises NotTextError or DecodeError with a one-line reason."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    what = sniff_binary(data)
    if what:
        raise NotTextError(f"not text: looks like {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not UTF-8 (byte {exc.start}); give --encoding") from None

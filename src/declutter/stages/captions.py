"""Image captions and credits inside the article area ("Photo: …", "صورة …", "REUTERS/…")."""
from __future__ import annotations

import regex

from ..model import Document, Field, Label
from ..rules import fold
from .names import name_check

CANDIDATES = frozenset({Label.UNKNOWN, Label.NAV, Label.META})
# A photo credit printed on its own line, in capitals: "MIGUEL MEDINA / AFP".
CREDIT_LINE = regex.compile(r"^\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}\s/\s\p{Lu}[\p{Lu}\p{M} .-]{1,30}$")


def run(doc: Document, ctx) -> None:
    if "captions" not in ctx.rules.families:
        return
    head = doc.fields.get("headline")
    start = doc.main[0] if doc.main else 0
    if head is not None and head.line is not None:
        start = min(start, head.line)
    end = doc.main[1] if doc.main else len(doc.lines)
    found = []
    agencies = name_check(ctx.rules).agencies      # built once per rule set
    for i in range(start, end):
        ln = doc.lines[i]
        if ln.label not in CANDIDATES or not ln.text:
            continue
        hit = ctx.rules.match("captions", ln.text, ln.key, ln.folded)
        hit = (hit[0].id, hit[1]) if hit else _above_credit(doc, i) or _agency_credit(ln, agencies)
        if hit:
            ctx.mark(ln, Label.CAPTION, *hit)
            found.append(ln.text)
    if found:
        doc.fields["captions"] = Field(found, None, 0.6)


# A photo credit naming an agency after a dash or slash: "Prétexte - Belga", "Jane Roe / AFP".
AGENCY_CREDIT = regex.compile(r"^(.{2,60}?)\s*[-–—/|]\s*([^\s\d][^-–—/|]{1,30})$")
CREDIT_WORDS = 8


def _agency_credit(ln, agencies) -> tuple[str, str] | None:
    """A short line that ends with a news agency after a dash or a slash is a photo's
    caption and credit, not a sentence of the article."""
    if len(ln.tokens) > CREDIT_WORDS or ln.text.endswith((".", "!", "?", ":")):
        return None
    m = AGENCY_CREDIT.match(ln.text)
    if m and fold(m.group(2).strip()) in agencies:
        return "captions.agency-credit", m.group(2).strip()
    return None


def _above_credit(doc: Document, i: int) -> tuple[str, str] | None:
    """The line right above a capitals-only photo credit is the photo's caption."""
    nxt = next((ln for ln in doc.lines[i + 1:i + 3] if ln.text), None)
    if nxt is not None and CREDIT_LINE.match(nxt.text):
        return "captions.above-credit", f"credit line {nxt.number}"
    return None


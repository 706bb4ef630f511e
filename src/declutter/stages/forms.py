"""Comment-form and widget labels: "Name *", "Email *", "Security Code*", terms prompts."""
from __future__ import annotations

from ..model import Document
from . import apply_family


def run(doc: Document, ctx) -> None:
    apply_family(doc, ctx, "forms")

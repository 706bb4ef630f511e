"""Copyright and footer blocks: ©, "All rights reserved", "developed by", addresses."""
from __future__ import annotations

from ..model import Document
from . import apply_family


def run(doc: Document, ctx) -> None:
    apply_family(doc, ctx, "footer")

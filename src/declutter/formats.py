"""Renderers: a name -> function table. rich is imported only where it draws."""
from __future__ import annotations

import json
from collections.abc import Callable

from .model import Article


def _header_lines(a: Article) -> list[str]:
    lines = []
    if a.headline:
        lines.append(a.headline)
    if a.subheadline:
        lines.append(a.subheadline)
    if a.byline:
        lines.append(a.byline)
    if a.date:
        lines.append(a.date)
    return lines


def to_text(a: Article) -> str:
    """Headline, subheadline, byline, date, a blank line, the paragraphs."""
    head = _header_lines(a)
    parts = ["\n".join(head)] if head else []
    if a.paragraphs:
        parts.append(a.body)
    return "\n\n".join(parts) + "\n"


def to_markdown(a: Article) -> str:
    out = []
    if a.headline:
        out.append(f"# {a.headline}")
    if a.subheadline:
        out.append(f"*{a.subheadline}*")
    meta = " · ".join(x for x in (a.byline, a.date) if x)
    if meta:
        out.append(f"_{meta}_")
    out.extend(a.paragraphs)
    if a.captions:
        out.append("\n".join(f"> {c}" for c in a.captions))
    return "\n\n".join(out) + "\n"


def to_json(a: Article) -> str:
    return json.dumps(a.to_dict(), ensure_ascii=False) + "\n"


RENDERERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "json": to_json,
}


def explain_tsv(explanation) -> str:
    """One line per input line: number, label, rule, evidence, text (tab-separated)."""
    rows = ["line\tlabel\tstage\trule\tevidence\ttext"]
    for ln in explanation.lines:
        text = ln.text.replace("\t", " ")
        evidence = ln.evidence.replace("\t", " ").replace("\n", " ")
        rows.append(f"{ln.number}\t{ln.label}\t{ln.stage}\t{ln.rule}\t{evidence}\t{text}")
    return "\n".join(rows) + "\n"


def explain_rich(explanation, console) -> None:
    """A table on a terminal: removed lines dimmed, kept lines bold by label."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("text", overflow="fold", ratio=1)
    for ln in explanation.lines:
        if ln.label == "blank":
            continue
        style = "" if ln.kept else "dim"
        label_style = "bold green" if ln.kept else "dim"
        table.add_row(str(ln.number), Text(ln.label, style=label_style),
                      Text(ln.rule, style=style), Text(ln.text, style=style))
    console.print(table)

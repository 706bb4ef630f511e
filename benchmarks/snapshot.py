#!/usr/bin/env python3
"""Write what declutter decides on every evaluation page, so two versions can be diffed.

A speed change must not change behaviour. Run this before and after it and compare:

    python benchmarks/snapshot.py /tmp/before.jsonl
    ... change ...
    python benchmarks/snapshot.py /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Each output line holds one page's id, its Article (to_dict) and, for every input
line, the final label, stage, rule and evidence. With --input html the pages' HTML
is fed instead, and each line also records its rendered text and its markup hints
(so a change to the HTML front end shows even where no label moves).
"""
from __future__ import annotations

import argparse
import json
import sys

from common import DEFAULT_DATA, load_dumps


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="JSON Lines file to write")
    ap.add_argument("--data", default=DEFAULT_DATA, help="folder of *.jsonl.gz eval files")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each dataset")
    ap.add_argument("--input", choices=["dump", "html"], default="dump",
                    help="feed the page dump (default) or the original HTML")
    args = ap.parse_args(argv)
    html = args.input == "html"
    pages = load_dumps(args.data, args.limit, field=args.input)
    if not pages:
        print(f"snapshot: no evaluation data in {args.data}; nothing to do", file=sys.stderr)
        return 0
    from declutter.api import explanation, process

    with open(args.out, "w", encoding="utf-8") as fh:
        for page_id, _, text in pages:
            doc, ctx = process(text, input_format="html" if html else "text")
            result = explanation(doc, ctx)
            lines = [[ln.label, ln.stage, ln.rule, ln.evidence] for ln in result.lines]
            if html:
                for row, ln, line in zip(lines, result.lines, doc.lines):
                    row += [ln.text, _plain(line.hints)]
            record = {"id": page_id, "article": result.article.to_dict(),
                      "lines": lines, "counts": result.counts}
            if html:
                record["page"] = _plain(doc.hints)
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"snapshot: {len(pages)} pages -> {args.out}", file=sys.stderr)
    return 0


def _plain(value):
    """A hints value as JSON can hold it: sets sorted, tuples as lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write what declutter decides on every evaluation page, so two versions can be diffed.

A speed change must not change behaviour. Run this before and after it and compare:

    python benchmarks/snapshot.py /tmp/before.jsonl
    ... change ...
    python benchmarks/snapshot.py /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Each output line holds one page's id, its Article (to_dict) and, for every input
line, the final label, stage, rule and evidence.
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
    args = ap.parse_args(argv)
    pages = load_dumps(args.data, args.limit)
    if not pages:
        print(f"snapshot: no evaluation data in {args.data}; nothing to do", file=sys.stderr)
        return 0
    from declutter import explain

    with open(args.out, "w", encoding="utf-8") as fh:
        for page_id, _, dump in pages:
            result = explain(dump)
            record = {"id": page_id, "article": result.article.to_dict(),
                      "lines": [[ln.label, ln.stage, ln.rule, ln.evidence] for ln in result.lines],
                      "counts": result.counts}
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"snapshot: {len(pages)} pages -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

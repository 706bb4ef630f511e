"""List the must_include snippets the body misses, with the label and rule of each
input line that holds them, and a count per label/rule set on stderr.

  python benchmarks/miss.py [--html] > misses.txt

Reads the evaluation pages from ../shared/eval/data (or $DECLUTTER_EVAL_DATA) and
scores with that folder's score.py, so "missed" means what the scorer counts.
"""
import argparse
import collections
import glob
import gzip
import json
import os
import sys

EVAL = os.environ.get("DECLUTTER_EVAL_DATA", os.path.join(os.path.dirname(__file__), "../../shared/eval/data"))
sys.path.insert(0, os.path.dirname(os.path.abspath(EVAL)))
import score  # noqa: E402

import declutter  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--html", action="store_true", help="feed the pages' HTML, not the dumps")
    html = ap.parse_args().html
    agg: collections.Counter = collections.Counter()
    for f in sorted(glob.glob(os.path.join(EVAL, "*.jsonl.gz"))):
        for raw in gzip.open(f, "rt"):
            page = json.loads(raw)
            inc = page["gold"].get("must_include") or []
            src = page.get("html") if html else page.get("dump")
            if not inc or not src:
                continue
            e = declutter.explain(src, input_format="html" if html else "text")
            flat = score.squash(score.as_text(e.article.to_dict().get("body")))
            for snippet in inc:
                q = score.squash(snippet)
                if q in flat:
                    continue
                hits = [ln for ln in e.lines if len(t := score.squash(ln.text)) > 3 and (t in q or q in t)]
                key = ",".join(sorted({f"{ln.label}/{ln.rule}" for ln in hits if not ln.kept}))
                agg[key or ("no line" if not hits else "kept, cut inside a line")] += 1
                print(f"== {page['id']} [{page.get('lang')}] {snippet[:100]!r}")
                for ln in hits[:4]:
                    print(f"   {'K' if ln.kept else '-'} {ln.number} {ln.label} {ln.rule} | {ln.text[:90]}")
    for key, n in agg.most_common(40):
        print(n, key, file=sys.stderr)


if __name__ == "__main__":
    main()

"""Write declutter's articles for every evaluation dump in one --mode, for score.py.

  python benchmarks/modes.py precision /tmp/precision.jsonl
  python ../shared/eval/score.py --predictions /tmp/precision.jsonl

Reads ../shared/eval/data (or $DECLUTTER_EVAL_DATA); score.py --api measures only the
default mode (balanced), so the other modes are scored from their predictions.
"""
import argparse
import glob
import gzip
import json
import os

import declutter
from declutter.config import MODES, Config

EVAL = os.environ.get("DECLUTTER_EVAL_DATA", os.path.join(os.path.dirname(__file__), "../../shared/eval/data"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=sorted(MODES))
    ap.add_argument("out", help="JSON Lines file to write (one article per page, with its id)")
    args = ap.parse_args()
    config = Config(mode=args.mode)
    with open(args.out, "w", encoding="utf-8") as out:
        for path in sorted(glob.glob(os.path.join(EVAL, "*.jsonl.gz"))):
            for raw in gzip.open(path, "rt", encoding="utf-8"):
                page = json.loads(raw)
                article = declutter.clean(page["dump"], config=config).to_dict()
                out.write(json.dumps({"id": page["id"], **article}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

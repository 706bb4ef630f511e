"""Loading the evaluation dumps for the benchmark scripts (outside the package on purpose)."""
from __future__ import annotations

import gzip
import json
import os
import sys
from collections import Counter
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
# The benchmarks measure the checkout they live in, not an installed declutter.
SRC = os.path.normpath(os.path.join(HERE, "..", "src"))
if SRC not in sys.path:
    sys.path.insert(0, SRC)
# The evaluation set lives next to the repository, never inside it.
DEFAULT_DATA = os.environ.get("DECLUTTER_EVAL_DATA",
                              os.path.join(HERE, "..", "..", "shared", "eval", "data"))


class Page(NamedTuple):
    id: str
    lang: str | None
    dump: str


def load_dumps(folder: str, limit: int = 0, field: str = "dump") -> list[Page]:
    """Every page in folder/*.jsonl[.gz]; the first `limit` per dataset
    when limit > 0. An absent folder gives an empty list. With field="html",
    Page.dump holds the page's HTML instead (pages without any are left out)."""
    if not os.path.isdir(folder):
        return []
    pages: list[Page] = []
    seen: Counter = Counter()
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".jsonl", ".jsonl.gz")):
            continue
        opener = gzip.open if name.endswith(".gz") else open
        with opener(os.path.join(folder, name), "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                page = json.loads(line)
                seen[page["dataset"]] += 1
                if limit and seen[page["dataset"]] > limit:
                    continue
                if page.get(field):
                    pages.append(Page(page["id"], page.get("lang"), page[field]))
    return pages

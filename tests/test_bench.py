"""The benchmark script runs on a small data folder, on dumps and on HTML (a smoke
test that it keeps working; the figures themselves are not asserted)."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "benchmarks", "bench.py")

PAGE_DUMP = """Harbour plan approved | The Coastal Courier

Home
News
Sport

Harbour plan approved

By Jane Doe

The town council approved the new harbour plan on Monday after a long debate about the cost of dredging the old channel.

Work on the quay starts in spring and should take two years, the mayor said, adding that fishing boats keep their moorings.

Copyright 2024 The Coastal Courier
"""
PAGE_HTML = ("<!DOCTYPE html><html lang='en'><head><title>Harbour plan approved</title></head>"
             "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
             "<h1>Harbour plan approved</h1><p>By Jane Doe</p><p>The town council approved the "
             "new harbour plan on Monday after a long debate about the cost of dredging.</p>"
             "<p>Work on the quay starts in spring and should take two years, the mayor said.</p>"
             "</article><footer>Copyright 2024 The Coastal Courier</footer></body></html>")


def _data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    rows = [{"id": f"t/{k}", "dataset": "t", "lang": "en", "dump": PAGE_DUMP, "html": PAGE_HTML,
             "gold": {}} for k in range(12)]
    (folder / "t.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _bench(tmp_path, *args):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, BENCH, "--data", str(_data(tmp_path)), "--runs", "1",
                           "--json", str(out), *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(out.read_text())


def test_bench_on_dumps_times_stages_and_linearity(tmp_path):
    text, res = _bench(tmp_path)
    assert res["pages"] == 12 and res["input"] == "text"
    assert res["declutter"]["ms_per_page"] > 0
    assert "split" in res["stages_ms"] and "byline" in res["stages_ms"]
    assert res["linearity"] > 1
    assert "page dumps" in text


def test_bench_on_html_times_the_render(tmp_path):
    text, res = _bench(tmp_path, "--input", "html")
    assert res["pages"] == 12 and res["input"] == "html"
    assert "render" in res["stages_ms"] and "split" not in res["stages_ms"]
    assert "linearity" not in res          # concatenated HTML is not a larger page
    assert "HTML pages" in text and "<= 15 ms" in text

"""Real crawl files from ../shared/corpus (skipped when absent): every record is accounted
for, as an output record or a counted skip."""
from __future__ import annotations

import gzip
import json
import os

import pytest

from corpus_util import SHARED_CORPUS, records_of, run_cli

WARC_DIR = SHARED_CORPUS / "warc"
pytestmark = pytest.mark.skipif(not WARC_DIR.is_dir(), reason="../shared/corpus not present")


def _fastwarc_count(path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    with open(path, "rb") as fh:
        return sum(1 for _ in ArchiveIterator(fh, record_types=WarcRecordType.any_type,
                                              parse_http=False))


def test_real_warc_and_wet_files_every_record_accounted_for(tmp_path):
    res = run_cli(WARC_DIR, "-o", tmp_path / "out.jsonl", "--stats", tmp_path / "s.json",
                  "-j", "2", timeout=900)
    assert res.returncode in (0, 1), res.stderr
    out = [json.loads(line) for line in open(tmp_path / "out.jsonl", encoding="utf-8")]
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["documents"] == len(out) > 150
    assert all(r["id"].startswith("<urn:uuid:") and r["url"] and r["crawl_date"] for r in out)
    errors = [r for r in out if "error" in r]
    assert stats["errors"] == len(errors) and len(errors) < len(out) // 20
    reasons = {e["error"].split(" (")[0] for e in errors}
    assert reasons <= {"not UTF-8", "time limit exceeded"}, reasons   # no reader errors
    wet = [r for r in out if r["source"].endswith(".wet.gz")]
    assert len(wet) == 1 and "wikipedia.org/wiki/Escopete" in wet[0]["url"]
    assert wet[0]["paragraphs"]
    iana = [r for r in out if r["source"].endswith("pywb-iana.warc.gz")]
    assert all(r["url"].startswith(("http://www.iana.org", "https://www.iana.org")) for r in iana)
    try:
        import fastwarc  # noqa: F401
    except ImportError:
        return
    total = sum(_fastwarc_count(WARC_DIR / name) for name in os.listdir(WARC_DIR))
    assert total == stats["documents"] + sum(stats["skipped"].values())


def test_sites_jsonl_dump_and_html_fields(tmp_path):
    path = SHARED_CORPUS / "sites.jsonl.gz"
    if not path.exists():
        pytest.skip("sites.jsonl.gz not present")
    head = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            head.append(json.loads(line))
            if len(head) == 24:
                break
    sample = tmp_path / "sites-head.jsonl.gz"
    with gzip.open(sample, "wt", encoding="utf-8") as fh:
        for rec in head:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for field in ("dump", "html"):
        res = run_cli(sample, "--text-field", field, "-j", "2")
        assert res.returncode == 0, res.stderr
        out = records_of(res.stdout)
        assert [r["id"] for r in out] == [r["id"] for r in head]
        assert [r["url"] for r in out] == [r["url"] for r in head]
    assert sum(bool(r["paragraphs"]) for r in out) > 0

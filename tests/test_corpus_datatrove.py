"""The datatrove step, run for real by datatrove's executors, gives the records of the
single-process command line, record for record."""
from __future__ import annotations

import gzip
import json

import pytest

from corpus_util import dump, gzip_members, records_of, request, response, run_cli, write_jsonl

pytest.importorskip("datatrove")


def _shards(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    for s in range(4):
        write_jsonl(folder / f"part-{s}.jsonl.gz",
                    [{"id": f"s{s}-{i}", "text": dump(s * 10 + i, "ar" if i % 2 else "en"),
                      "url": f"https://courier.example/{s}/{i}"} for i in range(6)],
                    opener=gzip.open)
    return folder


def _cli_by_id(folder):
    res = run_cli(folder, "-j", "1")
    assert res.returncode == 0, res.stderr
    out = {}
    for rec in records_of(res.stdout):
        rec.pop("source")
        out[rec["id"]] = rec
    return out


def _written(folder):
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def _pipeline(src, dst):
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from declutter.corpus.datatrove_step import DeclutterStep, cli_record
    return [JsonlReader(str(src)), DeclutterStep(drop_empty=False),
            JsonlWriter(str(dst), adapter=cli_record)]


def test_local_executor_equals_cli(tmp_path):
    from datatrove.executor import LocalPipelineExecutor

    src = _shards(tmp_path)
    executor = LocalPipelineExecutor(pipeline=_pipeline(src, tmp_path / "out"), tasks=2,
                                     workers=2, logging_dir=str(tmp_path / "logs"))
    executor.run()
    written = _written(tmp_path / "out")
    assert len(list((tmp_path / "out").glob("*.jsonl.gz"))) == 2      # one file per task
    assert written == _cli_by_id(src)
    assert len(written) == 24
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if s["name"].startswith("✂️ - EXTRAC: declutter"))
    documents = step["stats"]["documents"]
    assert (documents["total"] if isinstance(documents, dict) else documents) == 24
    assert any(k.startswith("rule:") for k in step["stats"])


def test_ray_executor_equals_cli(tmp_path):
    ray = pytest.importorskip("ray")
    from datatrove.executor.ray import RayPipelineExecutor

    src = _shards(tmp_path)
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True,
             log_to_driver=False, object_store_memory=80 * 1024 * 1024)
    try:
        executor = RayPipelineExecutor(pipeline=_pipeline(src, tmp_path / "out"), tasks=2,
                                       workers=2, logging_dir=str(tmp_path / "logs"),
                                       mem_per_cpu_gb=0.5)
        executor.run()
    finally:
        ray.shutdown()
    assert _written(tmp_path / "out") == _cli_by_id(src)


def test_warc_reader_keeps_every_page_and_reports_damage(tmp_path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from declutter.corpus.datatrove_step import DeclutterStep, DeclutterWarcReader, cli_record
    folder = tmp_path / "warc"
    folder.mkdir()
    recs = [request(1), response(1, dump(1).encode(), "text/plain"),
            response(2, dump(2).encode(), "text/plain")]
    data = gzip_members(recs)
    (folder / "a.warc.gz").write_bytes(data + gzip_members([response(3, dump(3).encode())])[:-30])
    LocalPipelineExecutor(pipeline=[DeclutterWarcReader(str(folder)),
                                    DeclutterStep(keep_errors=True),
                                    JsonlWriter(str(tmp_path / "out"), adapter=cli_record)],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    written = list(_written(tmp_path / "out").values())
    cli = records_of(run_cli(folder).stdout)
    for r in cli:
        r.pop("source")
    pages = [r for r in written if "error" not in r]
    assert [r["id"] for r in pages] == ["<urn:uuid:rec-1>", "<urn:uuid:rec-2>"]
    assert pages == [r for r in cli if "error" not in r]
    assert [r["error"] for r in written if "error" in r] == ["truncated gzip stream"]
    assert [r["error"] for r in cli if "error" in r] == ["truncated gzip stream"]


def test_missing_extra_is_named():
    import subprocess
    import sys
    code = ("import sys; sys.modules['datatrove'] = None\n"
            "try:\n import declutter.corpus.datatrove_step\n"
            "except Exception as e: print(e)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": "src"}).stdout
    assert "pip install 'declutter[datatrove]'" in out

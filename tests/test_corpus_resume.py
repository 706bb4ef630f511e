"""SIGKILL halfway, then --resume: the output equals an uninterrupted run, record for record."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from corpus_util import ROOT, dump, read_jsonl, run_cli, write_jsonl


def _corpus(tmp_path, n=320):
    records = [{"id": f"p{i}", "text": dump(i, "ar" if i % 5 == 0 else "en")} for i in range(n)]
    if n > 17:
        records[17] = {"id": "p17", "text": 17}                 # an error record on the way
    return write_jsonl(tmp_path / "in.jsonl", records)


def _kill_halfway(args, state, at_least):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "declutter", *map(str, args)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if json.loads(state.read_text())["items"] >= at_least:
                    break
            except (FileNotFoundError, json.JSONDecodeError):
                pass
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)                   # the parent and its workers
        proc.wait()


@pytest.mark.parametrize("suffix,jobs", [(".jsonl.gz", "2"), (".jsonl", "1")])
def test_sigkill_then_resume_equals_uninterrupted_run(tmp_path, suffix, jobs):
    src = _corpus(tmp_path)
    full = run_cli(src, "-o", tmp_path / f"full{suffix}", "--stats", tmp_path / "full.json",
                   "-j", jobs)
    assert full.returncode == 1                               # the record with a number as text
    out = tmp_path / f"out{suffix}"
    state = tmp_path / f"out{suffix}.resume.json"
    _kill_halfway([src, "-o", out, "-j", jobs, "--stats", tmp_path / "s.json"], state, 96)
    assert not out.exists() and (tmp_path / f"out{suffix}.partial").exists()
    assert json.loads(state.read_text())["items"] < 320
    again = run_cli(src, "-o", out, "-j", jobs)
    assert again.returncode == 2 and "--resume" in again.stderr
    resumed = run_cli(src, "-o", out, "--resume", "-j", jobs, "--stats", tmp_path / "s.json")
    assert resumed.returncode == 1, resumed.stderr
    assert read_jsonl(out) == read_jsonl(tmp_path / f"full{suffix}")
    assert len(read_jsonl(out)) == 320
    assert not state.exists() and not (tmp_path / f"out{suffix}.partial").exists()
    first, second = (json.loads((tmp_path / n).read_text()) for n in ("full.json", "s.json"))
    for key in ("documents", "bytes", "errors", "empty", "rules", "stages"):
        assert first[key] == second[key], key


def test_resume_refuses_changed_inputs(tmp_path):
    src = _corpus(tmp_path, 200)
    out = tmp_path / "out.jsonl"
    _kill_halfway([src, "-o", out, "-j", "1"], tmp_path / "out.jsonl.resume.json", 40)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": dump(999)}) + "\n")
    res = run_cli(src, "-o", out, "--resume")
    assert res.returncode == 2 and "differ" in res.stderr


def test_resume_of_a_finished_run_says_so(tmp_path):
    src = _corpus(tmp_path, 3)
    assert run_cli(src, "-o", tmp_path / "o.jsonl").returncode == 0
    res = run_cli(src, "-o", tmp_path / "o.jsonl", "--resume")
    assert res.returncode == 2 and "nothing to resume" in res.stderr


def test_dir_output_resume_equals_uninterrupted_run(tmp_path):
    src = _corpus(tmp_path, 200)
    full, out = tmp_path / "full", tmp_path / "out"
    assert run_cli(src, "-o", f"{full}/", "-j", "1").returncode == 1
    _kill_halfway([src, "-o", f"{out}/", "-j", "1"], out / ".declutter-resume.json", 64)
    assert run_cli(src, "-o", f"{out}/", "-j", "1").returncode == 2      # not empty
    assert run_cli(src, "-o", f"{out}/", "-j", "1", "--resume").returncode == 1

    def tree(root):
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in root.rglob("*") if p.is_file()}
    assert tree(out) == tree(full) and len(tree(out)) == 200
    assert (out / "in.jsonl" / "000018.error.json").exists()

"""Corpus runs through the installed command: every input format, error records, -o DIR,
-j, time limits, and the refusal to overwrite."""
from __future__ import annotations

import gzip
import json

import pytest

from corpus_util import (conversion, dump, gzip_members, read_jsonl, records_of, request,
                         response, run_cli, warc_record, write_jsonl)
from declutter.corpus.command import wants_batch

ARTICLE_KEYS = {"headline", "subheadline", "byline", "authors", "place", "date", "body",
                "paragraphs", "captions", "lang", "direction", "confidence"}


def _pages(n):
    return [{"doc": f"d{i}", "page": dump(i, "ar" if i % 3 == 0 else "en"),
             "url": f"https://courier.example/{i}"} for i in range(n)]


def test_jsonl_fields_ids_and_one_record_per_line(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl.gz", _pages(7), opener=gzip.open)
    res = run_cli(src, "--text-field", "page", "--id-field", "doc", "-j", "1")
    assert res.returncode == 0, res.stderr
    out = records_of(res.stdout)
    assert [r["id"] for r in out] == [f"d{i}" for i in range(7)]
    assert [r["url"] for r in out] == [f"https://courier.example/{i}" for i in range(7)]
    assert out[1]["headline"] == "Harbour bridge reopens after repairs, part 1"
    assert out[1]["authors"] == ["Ann Lowe"]
    assert out[3]["direction"] == "rtl" and "القمح" in out[3]["body"]
    assert "Share on Facebook" not in out[1]["body"]
    assert ARTICLE_KEYS <= set(out[0])
    assert "7 documents" in res.stderr


def test_zstd_jsonl_in_and_out(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    data = "".join(json.dumps({"text": dump(i)}) + "\n" for i in range(3)).encode()
    (tmp_path / "in.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    res = run_cli(tmp_path / "in.jsonl.zst", "-o", tmp_path / "out.jsonl.zst")
    assert res.returncode == 0, res.stderr
    out = read_jsonl(tmp_path / "out.jsonl.zst")
    assert [r["id"] for r in out] == [f"{tmp_path / 'in.jsonl.zst'}:{i}" for i in (1, 2, 3)]
    assert out[2]["headline"].endswith("part 2")


def test_error_records_malformed_json_missing_field_and_truncated_gzip(tmp_path):
    lines = [json.dumps({"text": dump(1)}), "{not json", json.dumps({"body": "x"}),
             json.dumps(["a list"]), json.dumps({"text": dump(2)})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = gzip.compress("".join(json.dumps({"text": dump(i)}) + "\n"
                                  for i in range(40)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    res = run_cli(tmp_path / "mixed.jsonl", tmp_path / "cut.jsonl.gz", "-j", "2")
    assert res.returncode == 1
    out = records_of(res.stdout)
    mixed = [r for r in out if r["source"].endswith("mixed.jsonl")]
    assert [("error" in r) for r in mixed] == [False, True, True, True, False]
    assert mixed[1]["error"].startswith("malformed JSON line")
    assert mixed[2]["error"] == "no 'text' field"
    assert mixed[4]["headline"].endswith("part 2")
    cut = [r for r in out if r["source"].endswith("cut.jsonl.gz")]
    assert cut[-1]["error"] == "truncated compressed stream"
    assert all("error" not in r for r in cut[:-1]) and len(cut) > 5
    assert "errors" in res.stderr and "malformed JSON line" in res.stderr


def _warc(tmp_path, name="crawl.warc.gz"):
    recs = []
    for i in range(1, 5):
        recs += [request(i), response(i, dump(i).encode("utf-8"), "text/plain; charset=utf-8")]
    recs.append(response(5, b"\x89PNG\r\n\x1a\n....", "image/png"))
    recs.append(response(6, b"gone", "text/html", status=404))
    path = tmp_path / name
    path.write_bytes(gzip_members(recs))
    return path


def test_warc_uri_and_date_travel_and_non_pages_are_counted(tmp_path):
    path = _warc(tmp_path)
    res = run_cli(path, "--stats", tmp_path / "stats.json")
    assert res.returncode == 0, res.stderr
    out = records_of(res.stdout)
    assert [r["id"] for r in out] == [f"<urn:uuid:rec-{i}>" for i in range(1, 5)]
    assert out[0]["url"] == "https://courier.example/news/1"
    assert out[0]["crawl_date"] == "2024-05-02T10:00:00Z"
    assert out[2]["headline"].endswith("part 3")
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["documents"] == 4 and stats["errors"] == 0
    assert stats["skipped"] == {"HTTP 4xx response": 1, "request record": 4,
                                "response image/png": 1}
    assert stats["rules"] and all(isinstance(v, int) for v in stats["rules"].values())
    assert stats["stages"]["body"] > 0


def test_wet_conversion_records(tmp_path):
    info = warc_record({"WARC-Type": "warcinfo", "WARC-Record-ID": "<urn:uuid:info>"}, b"x: y\r\n")
    (tmp_path / "c.warc.wet.gz").write_bytes(
        gzip_members([info, conversion(1, dump(8)), conversion(2, dump(9, "ar"))]))
    res = run_cli(tmp_path / "c.warc.wet.gz")
    out = records_of(res.stdout)
    assert res.returncode == 0, res.stderr
    assert [r["id"] for r in out] == ["<urn:uuid:wet-1>", "<urn:uuid:wet-2>"]
    assert out[1]["lang"] == "ar" and out[0]["headline"].endswith("part 8")


def test_broken_warc_records_become_error_records_and_the_rest_is_read(tmp_path):
    good = [response(i, dump(i).encode(), "text/plain") for i in range(1, 7)]
    no_length = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad>\r\n\r\nxx\r\n\r\n"
    length = int(good[2].split(b"Content-Length: ")[1].split(b"\r\n")[0])
    too_long = good[2].replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length + 30))
    members = [gzip.compress(r, mtime=0) for r in [good[0], no_length, good[1], too_long,
                                                    good[3], good[4], good[5]]]
    damaged = bytearray(members[5])
    damaged[len(damaged) // 2] ^= 0xFF                     # corrupt deflate data in one member
    members[5] = bytes(damaged)
    (tmp_path / "broken.warc.gz").write_bytes(b"".join(members))
    res = run_cli(tmp_path / "broken.warc.gz")
    assert res.returncode == 1
    out = records_of(res.stdout)
    assert [r["id"] for r in out if "error" not in r] == [
        "<urn:uuid:rec-1>", "<urn:uuid:rec-2>", "<urn:uuid:rec-4>", "<urn:uuid:rec-6>"]
    errors = [r for r in out if "error" in r]
    assert len(errors) == 3
    assert errors[0]["id"] == "<urn:uuid:bad>" and "Content-Length" in errors[0]["error"]
    assert errors[1]["id"] == "<urn:uuid:rec-3>" and "length" in errors[1]["error"]
    assert "corrupt gzip data" in errors[2]["error"]


def test_directory_recursive_glob_and_dir_output_mirror(tmp_path):
    tree = tmp_path / "site"
    (tree / "2024" / "may").mkdir(parents=True)
    (tree / "2024" / "may" / "a.txt").write_text(dump(1), encoding="utf-8")
    (tree / "2024" / "b.txt").write_text(dump(2, "ar"), encoding="utf-8")
    (tree / "notes.md").write_text(dump(3), encoding="utf-8")
    (tree / ".hidden.txt").write_text(dump(4), encoding="utf-8")
    write_jsonl(tree / "more.jsonl", [{"text": dump(5)}, {"text": dump(6)}])
    res = run_cli(tree, "--glob", "*.txt")
    out = records_of(res.stdout)
    assert res.returncode == 0, res.stderr
    assert [r["id"] for r in out] == [str(tree / "2024" / "b.txt"), str(tree / "2024/may/a.txt")]
    res = run_cli("batch", tree, "-o", str(tmp_path / "out") + "/", "-f", "text")
    assert res.returncode == 0, res.stderr
    files = sorted(p.relative_to(tmp_path / "out").as_posix()
                   for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert files == ["2024/b.txt.txt", "2024/may/a.txt.txt", "more.jsonl/000001.txt",
                     "more.jsonl/000002.txt", "notes.md.txt"]
    text = (tmp_path / "out" / "more.jsonl" / "000002.txt").read_text(encoding="utf-8")
    assert text.startswith("Harbour bridge reopens after repairs, part 6\nBy Ann Lowe\n\n")
    again = run_cli("batch", tree, "-o", str(tmp_path / "out") + "/", "-f", "text")
    assert again.returncode == 2 and "not empty" in again.stderr


def test_jobs_two_equals_jobs_one(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": dump(i, "ar" if i % 4 else "en")}
                                              for i in range(90)])
    one = run_cli(src, "-j", "1")
    two = run_cli(src, "-j", "2")
    assert one.returncode == two.returncode == 0
    assert records_of(one.stdout) == records_of(two.stdout)
    assert len(records_of(two.stdout)) == 90


def test_time_limit_turns_a_document_into_an_error_record(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": dump(i)} for i in range(3)])
    res = run_cli(src, "--timeout", "0.000001")
    out = records_of(res.stdout)
    assert res.returncode == 1
    assert [r["error"] for r in out] == ["time limit exceeded"] * 3


def test_output_is_never_overwritten_without_overwrite(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": dump(1)}])
    target = tmp_path / "out.jsonl"
    target.write_text("keep me\n")
    res = run_cli(src, "-o", target)
    assert res.returncode == 2 and "--overwrite" in res.stderr
    assert target.read_text() == "keep me\n"
    assert run_cli(src, "-o", target, "--overwrite").returncode == 0
    assert read_jsonl(target)[0]["headline"].endswith("part 1")
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert run_cli(src, "--resume").returncode == 2                      # stdout: no resume


def test_usage_errors_are_one_line(tmp_path):
    res = run_cli(tmp_path / "missing.jsonl")
    assert res.returncode == 1 and res.stderr.startswith("declutter: error:")
    assert "Traceback" not in res.stderr
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": dump(1)}])
    res = run_cli(src, "-f", "text")
    assert res.returncode == 2 and "-o DIR" in res.stderr


@pytest.mark.parametrize("args,expected", [
    (["page.txt"], False), (["page.txt", "-o", "page.out"], False),
    (["-o", "x.jsonl", "page.txt"], False), (["crawl.warc.gz"], True), (["a.jsonl.zst"], True),
    (["page.txt", "-j", "2"], True), (["-j2", "page.txt"], True), (["batch", "x"], True),
    (["page.txt", "--resume"], True), (["--lang", "x.jsonl", "page.txt"], False),
])
def test_routing_to_corpus_mode(args, expected):
    assert wants_batch(args) is expected


def test_single_page_mode_is_unchanged(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(dump(1), encoding="utf-8")
    res = run_cli(page)
    assert res.returncode == 0
    assert res.stdout.startswith("Harbour bridge reopens after repairs, part 1\nBy Ann Lowe\n")


def test_piped_runs_draw_no_progress_and_quiet_prints_nothing(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": dump(i)} for i in range(3)])
    res = run_cli(src)
    assert res.stderr.splitlines() and all(line.startswith("declutter: ")
                                           for line in res.stderr.splitlines())
    assert "\x1b[" not in res.stderr
    quiet = run_cli(src, "-q")
    assert quiet.returncode == 0 and quiet.stderr == "" and len(records_of(quiet.stdout)) == 3


def test_undecodable_page_file_is_an_error_record_and_the_run_goes_on(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_bytes(bytes(2000))                    # NUL bytes
    (tmp_path / "d" / "b.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "d" / "c.txt").write_text(dump(1), encoding="utf-8")
    res = run_cli(tmp_path / "d")
    out = records_of(res.stdout)
    assert res.returncode == 1
    assert [("error" in r) for r in out] == [True, True, False]
    assert "PDF" in out[1]["error"]


def test_uncompressed_warc_reads_the_same_as_gzipped(tmp_path):
    recs = [request(1), response(1, dump(1).encode(), "text/plain"), conversion(2, dump(2))]
    (tmp_path / "a.warc").write_bytes(b"".join(recs))
    (tmp_path / "b.warc.gz").write_bytes(gzip_members(recs))
    plain, packed = (records_of(run_cli(tmp_path / n).stdout) for n in ("a.warc", "b.warc.gz"))
    for r in plain + packed:
        r.pop("source")
    assert plain == packed and [r["id"] for r in plain] == ["<urn:uuid:rec-1>", "<urn:uuid:wet-2>"]

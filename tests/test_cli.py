"""The command line, through click's CliRunner, and once as an installed command."""
import json
import shutil
import subprocess
import sys

from click.testing import CliRunner

from declutter.cli import command
from conftest import SEED


def run(args, input=None):
    return CliRunner().invoke(command, args, input=input, catch_exceptions=False)


def test_text_output_starts_with_headline_byline():
    r = run([str(SEED)])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("تركيا تدعو روسيا")
    assert "أنقرة - جلال فواز" in lines[:4]
    assert "yeslibya" not in r.stdout


def test_stdin_dash_and_json():
    r = run(["-", "-f", "json"], input=SEED.read_bytes())
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["authors"] == ["جلال فواز"] and data["direction"] == "rtl"
    assert set(data) >= {"headline", "byline", "authors", "place", "date", "body", "paragraphs"}


def test_markdown_has_heading():
    r = run([str(SEED), "-f", "markdown"])
    assert r.stdout.startswith("# تركيا")


def test_many_files_json_lines(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("Title\n\n" + "A sentence of the article body that is long enough. " * 3, encoding="utf-8")
    r = run([str(SEED), str(other), "-f", "json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [row["source"] for row in rows] == [str(SEED), str(other)]


def test_missing_file_is_exit_1_and_others_still_processed(tmp_path):
    r = CliRunner().invoke(command, [str(tmp_path / "nope.txt"), str(SEED)])
    assert r.exit_code == 1
    assert "no such file" in r.stderr
    assert "تركيا" in r.stdout


def test_unknown_stage_is_usage_error():
    r = CliRunner().invoke(command, ["--disable", "nosuch", str(SEED)])
    assert r.exit_code == 2 and "unknown stage nosuch" in r.stderr


def test_list_stages_and_version():
    assert "mainrun" in run(["--list-stages"]).stdout
    assert "declutter, version" in run(["--version"]).stdout


def test_explain_is_tab_separated_when_piped():
    r = run(["--explain", str(SEED)])
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows[0][:4] == ["line", "label", "stage", "rule"]
    by_text = {row[5]: row for row in rows[1:] if len(row) > 5}
    assert by_text["Security Code*"][1] == "form"
    assert by_text["أنقرة - جلال فواز"][3] == "byline.place-dash-name"


def test_output_file_written_and_not_overwritten(tmp_path):
    out = tmp_path / "out.txt"
    assert run([str(SEED), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("تركيا")
    r = CliRunner().invoke(command, [str(SEED), "-o", str(out)])
    assert r.exit_code == 2 and "exists" in r.stderr
    assert run([str(SEED), "-o", str(out), "--overwrite"]).exit_code == 0


def test_binary_input_is_refused_in_one_line():
    r = CliRunner().invoke(command, ["-"], input=b"%PDF-1.4\n%\xe2\xe3\n")
    assert r.exit_code == 1
    assert r.stderr.strip().count("\n") == 0 and "PDF" in r.stderr


def test_installed_command_end_to_end():
    exe = shutil.which("declutter")
    argv = [exe] if exe else [sys.executable, "-m", "declutter"]
    done = subprocess.run(argv + ["-f", "json", str(SEED)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["place"] == "أنقرة"
    done = subprocess.run(argv + ["/nonexistent/page.txt"], capture_output=True, timeout=60)
    assert done.returncode == 1 and b"Traceback" not in done.stderr

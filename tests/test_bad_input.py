"""Bad input, from the command line and from clean(): a sensible answer for each kind.

The README section "Bad input and limits" lists what these tests check.
"""
import gzip
import os

import pytest
from click.testing import CliRunner

import declutter
from declutter.cli import command
from declutter.config import Config, InputTooLargeError
from declutter.decode import DecodeError, NotTextError, decode, decode_report
from declutter.model import ARTICLE_KEYS
from encoding_samples import SAMPLES

ARTICLE = ("Example News | Home\n\nHome\nWorld\nSport\n\nCouncil approves new cycle lanes\n\n"
           "By Jane Doe\n\nThe council voted on Monday to build new cycle lanes through the harbour "
           "district, ending a debate that had run for more than two years.\n\n"
           "Work will start in the spring and take about two years, the mayor said on Tuesday.\n")


def cli(args, input=None):
    return CliRunner().invoke(command, args, input=input)


def one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.stderr
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- empty and near-empty pages ---------------------------------------------------------

BOILERPLATE_ONLY = "Site\n\nHome\nNews\nSport\nContact\n\nName *\nEmail *\n\n© 2024 Site. All rights reserved.\n"


@pytest.mark.parametrize("text", ["", "   \n\t\n  ", "word", "\n\n\n", "\ufeff", BOILERPLATE_ONLY])
def test_clean_near_empty_page_gives_empty_article_with_every_key(text):
    article = declutter.clean(text)
    assert article.paragraphs == []
    data = article.to_dict()
    assert tuple(data) == ARTICLE_KEYS
    assert data["body"] == "" and data["authors"] == []


@pytest.mark.parametrize("text,warning", [("", "empty input"), ("  \n\t\n", "empty input"),
                                          ("word", "no article text found"),
                                          (BOILERPLATE_ONLY, "no article text found")])
def test_cli_near_empty_page_warns_and_succeeds(text, warning):
    r = cli(["-", "-f", "json"], input=text.encode())
    assert r.exit_code == 0
    assert f"warning: stdin: {warning}" in r.stderr
    import json
    assert tuple(json.loads(r.stdout)) == ARTICLE_KEYS


# --- binary data ----------------------------------------------------------------------

BINARY = {
    "PDF": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "PNG": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "gzip": gzip.compress(ARTICLE.encode()),
    "NUL": b"\x00" * 5000,
    "control": bytes(range(1, 9)) * 300,
    "16-bit": bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 300,   # NULs in every other byte, not UTF-16
}


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_is_not_text_in_one_line(kind, tmp_path):
    path = tmp_path / "page.bin"
    path.write_bytes(BINARY[kind])
    line = one_line_error(cli([str(path)]))
    assert "not text: looks like" in line
    expected = {"PDF": "PDF", "PNG": "PNG", "gzip": "gzip", "NUL": "NUL", "control": "control",
                "16-bit": "NUL"}
    assert expected[kind] in line
    with pytest.raises(NotTextError):
        decode(BINARY[kind])


# --- encodings ------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_legacy_encodings_decode_exactly_and_say_it_was_a_guess(name):
    codec, text = SAMPLES[name]
    got = decode_report(text.encode(codec))
    assert got.text == text
    assert "guess" in got.note


def test_cli_legacy_encoding_body_is_right_and_warned(tmp_path):
    codec, text = SAMPLES["ru-cp1251"]
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode(codec))
    r = cli([str(path)])
    assert r.exit_code == 0
    assert "велосипедных дорожек в районе порта" in r.stdout
    assert "decoded as cp1251" in r.stderr


def test_no_silent_mojibake_on_short_pieces():
    """Every line of every sample alone: decoded right, refused, or flagged as a guess."""
    for codec, text in SAMPLES.values():
        for piece in filter(str.strip, text.split("\n")):
            data = piece.encode(codec)
            try:
                data.decode("utf-8")
                continue              # also valid UTF-8: nothing can tell
            except UnicodeDecodeError:
                pass
            try:
                got = decode_report(data)
            except DecodeError as exc:
                assert "--encoding" in str(exc)
                continue
            assert got.text == piece or got.note, (codec, piece, got.text)


def test_too_little_non_latin_text_asks_for_an_encoding():
    with pytest.raises(DecodeError, match="--encoding"):
        decode("Экономика".encode("cp1251"))


def test_utf16_with_bom_and_without():
    text = "Titel\n\nDer Stadtrat hat am Montag für den Bau neuer Radwege gestimmt.\n"
    assert decode(text.encode("utf-16")) == text
    got = decode_report(text.encode("utf-16-le"))
    assert got.text == text and "utf-16-le" in got.note


def test_utf8_with_a_few_stray_bytes_keeps_the_rest_and_says_so():
    codec, text = SAMPLES["ar-cp1256"]
    data = text.encode("utf-8")
    broken = data[:50] + b"\xff" + data[50:200] + b"\xc0" + data[200:]
    got = decode_report(broken)
    assert got.text.count("\ufffd") == 2
    assert got.text.replace("\ufffd", "") == text
    assert "2 invalid UTF-8" in got.note


def test_latin1_page_with_one_stray_byte_is_windows_1252():
    got = decode_report("The café opened in 2019 — a small place. © 2024".encode("cp1252"))
    assert got.text == "The café opened in 2019 — a small place. © 2024"


def test_forced_encoding_wins_and_errors_are_one_line(tmp_path):
    codec, text = SAMPLES["ar-cp1256"]
    path = tmp_path / "ar.txt"
    path.write_bytes(text.encode(codec))
    r = cli(["--encoding", "cp1256", str(path)])
    assert r.exit_code == 0 and "أعلنت الحكومة" in r.stdout and "warning" not in r.stderr
    assert "not valid utf-8" in one_line_error(cli(["--encoding", "utf-8", str(path)]))
    assert "unknown encoding" in one_line_error(cli(["--encoding", "klingon", str(path)]))


# --- files and output -----------------------------------------------------------------

def test_missing_file_and_directory(tmp_path):
    assert "no such file" in one_line_error(cli([str(tmp_path / "nope.txt")]))
    assert "is a directory" in one_line_error(cli([str(tmp_path)]))


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    if os.geteuid() != 0:          # root reads anything; then simulate the refusal
        path.chmod(0)
    else:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr("declutter.cli.open", refuse, raising=False)
    assert "permission denied" in one_line_error(cli([str(path)]))


def test_output_in_missing_directory_is_usage_error(tmp_path):
    out = tmp_path / "no" / "such" / "out.txt"
    line = one_line_error(cli(["-o", str(out), "-"], input=ARTICLE.encode()), code=2)
    assert "directory does not exist" in line
    assert not out.parent.exists()


def test_existing_output_is_kept(tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("precious", encoding="utf-8")
    line = one_line_error(cli(["-o", str(out), "-"], input=ARTICLE.encode()), code=2)
    assert "--overwrite" in line
    assert out.read_text(encoding="utf-8") == "precious"
    # --overwrite with an input that fails: nothing was produced, the file stays.
    r = cli(["-o", str(out), "--overwrite", str(tmp_path / "missing.txt")])
    assert r.exit_code == 1 and out.read_text(encoding="utf-8") == "precious"


def test_failed_write_leaves_no_partial_file(tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("precious", encoding="utf-8")
    (tmp_path / "out.txt.tmp").mkdir()      # the temporary file cannot be created
    line = one_line_error(cli(["-o", str(out), "--overwrite", "-"], input=ARTICLE.encode()))
    assert "cannot write" in line
    assert out.read_text(encoding="utf-8") == "precious"


def test_one_bad_input_does_not_spoil_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(BINARY["PDF"])
    r = cli([str(bad), str(good), "-f", "json"])
    assert r.exit_code == 1
    assert "harbour district" in r.stdout and "PDF" in r.stderr


# --- size limits ----------------------------------------------------------------------

def test_input_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 10, encoding="utf-8")
    line = one_line_error(cli(["--max-input-size", "1k", str(path)]))
    assert "over the input limit" in line and "--max-input-size" in line
    line = one_line_error(cli(["--max-input-size", "1k", "-"], input=(ARTICLE * 10).encode()))
    assert "stdin: over the input limit" in line
    assert cli(["--max-input-size", "0", str(path)]).exit_code == 0
    assert cli(["--max-input-size", "1M", str(path)]).exit_code == 0


def test_bad_size_is_usage_error():
    r = cli(["--max-input-size", "lots", "-"], input=b"x")
    assert r.exit_code == 2 and "not a size" in r.stderr


def test_clean_refuses_text_over_the_configured_limit():
    with pytest.raises(InputTooLargeError, match="max_input_chars"):
        declutter.clean("x" * 101, config=Config(max_input_chars=100))
    assert declutter.clean("x" * 101, config=Config(max_input_chars=0)).paragraphs


# --- long, repeated and bidirectional text --------------------------------------------

def test_one_very_long_line_is_kept_whole():
    line = " ".join(f"The council voted {i} times on the lanes." for i in range(50_000))  # 2 MB
    article = declutter.clean(line)
    assert article.paragraphs == [line]


def test_extremely_long_word_and_repeated_lines():
    word = "x" * 1_000_000
    assert declutter.clean("Title\n\n" + word + "\n\nend").to_dict()["body"] in ("", word)
    page = ARTICLE + "\n".join(["Subscribe to our newsletter"] * 5000)
    exp = declutter.explain(page)
    assert all(ln.label == "duplicate" for ln in exp.lines if ln.text == "Subscribe to our newsletter")
    assert any("harbour district" in p for p in exp.article.paragraphs)


def test_bidi_controls_are_removed_but_the_text_is_not_reordered():
    para = ("\u202bأعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين\u202c في المناطق "
            "الريفية (\u2066Reuters\u2069) وتشمل الخطة قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.")
    article = declutter.clean("عنوان\n\n" + para + "\n\n" + para.replace("أعلنت", "قالت"))
    assert article.direction == "rtl"
    assert article.paragraphs[0] == (
        "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المناطق "
        "الريفية (Reuters) وتشمل الخطة قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.")


def test_declared_charset_comes_before_the_guess():
    codec, text = SAMPLES["ru-cp1251"]
    data = text.encode("koi8_r")
    got = decode_report(data, declared=("koi8-r",))
    assert got.text == text and got.encoding == "koi8-r"
    # A declaration that does not fit the bytes is passed over.
    assert decode_report(SAMPLES["zh-gbk"][1].encode("gbk"), declared=("ascii",)).text \
        == SAMPLES["zh-gbk"][1]

"""Coverage-guided fuzzing of decode() and clean() with atheris.

    pip install atheris
    PYTHONPATH=src nice -n 10 python fuzz/fuzz_clean.py -max_total_time=600 -max_len=4096 fuzz/corpus

Each input is used twice: as raw bytes for decode() (which may only refuse with its own
one-line errors), and as Unicode text for clean() and explain(), whose invariants are
checked: never raises, the body is made of input lines, every line gets one final label.
A crash leaves a crash-* file; turn it into a test in tests/test_bad_input.py.
The HTML front end has its own harness, fuzz/fuzz_html.py.
"""
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(__file__))
from invariants import check_explanation, run  # noqa: E402

with atheris.instrument_imports():
    import declutter
    from declutter.decode import DecodeError, NotTextError, decode
    from declutter.stages.normalize import normalize_text


def check(text: str) -> None:
    exp = declutter.explain(text, input_format="text")   # the dump pipeline; HTML: fuzz_html.py
    source = {normalize_text(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")}
    for para in exp.article.paragraphs:
        for line in para.split("\n"):
            if line not in source:
                raise AssertionError(f"body line not in input: {line!r}")
    check_explanation(exp)


def test_one_input(data: bytes) -> None:
    try:
        decode(data)
    except (NotTextError, DecodeError):
        pass
    fdp = atheris.FuzzedDataProvider(data)
    check(fdp.ConsumeUnicodeNoSurrogates(len(data)))


if __name__ == "__main__":
    run(test_one_input)

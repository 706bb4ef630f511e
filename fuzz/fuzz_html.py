"""Coverage-guided fuzzing of the HTML front end with atheris.

    pip install atheris
    PYTHONPATH=src nice -n 10 python fuzz/fuzz_html.py -max_total_time=600 -max_len=8192 fuzz/corpus-html fuzz/seeds-html

Each input is given as bytes (charset detection, parsing, rendering, all stages) and as
Unicode text forced to HTML. Invariants: only declutter's own one-line input errors may
be raised, every line gets one final label, and to_dict() has every key.
A crash leaves a crash-* file; turn it into a test in tests/test_html.py.
"""
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(__file__))
from invariants import check_explanation, run  # noqa: E402

with atheris.instrument_imports():
    import declutter
    from declutter.config import InputTooLargeError
    from declutter.decode import DecodeError, NotTextError
    from declutter.html.parse import HtmlLimitError, HtmlParseError


def check(value) -> None:
    try:
        exp = declutter.explain(value, input_format="html")
    except (NotTextError, DecodeError, InputTooLargeError, HtmlLimitError, HtmlParseError):
        return
    check_explanation(exp)


def test_one_input(data: bytes) -> None:
    check(data)
    fdp = atheris.FuzzedDataProvider(data)
    check(fdp.ConsumeUnicodeNoSurrogates(len(data)))


if __name__ == "__main__":
    run(test_one_input)

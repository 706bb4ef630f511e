"""Coverage-guided fuzzing of the HTML front end with atheris.

    pip install atheris
    PYTHONPATH=src nice -n 10 python fuzz/fuzz_html.py -max_total_time=600 -max_len=8192 fuzz/corpus-html fuzz/seeds-html

Each input is given as bytes (charset detection, parsing, rendering, all stages) and as
Unicode text forced to HTML. Invariants: only declutter's own one-line input errors may
be raised, every line gets one final label, and to_dict() has every key.
A crash leaves a crash-* file; turn it into a test in tests/test_html.py.
"""
import sys

import atheris

with atheris.instrument_imports():
    import declutter
    from declutter.config import InputTooLargeError
    from declutter.decode import DecodeError, NotTextError
    from declutter.html.parse import HtmlLimitError, HtmlParseError

KEYS = {"headline", "byline", "authors", "date", "body", "paragraphs", "lang", "direction"}


def check(value) -> None:
    try:
        exp = declutter.explain(value, input_format="html")
    except (NotTextError, DecodeError, InputTooLargeError, HtmlLimitError, HtmlParseError):
        return
    for ln in exp.lines:
        if ln.label == "unknown":
            raise AssertionError(f"line {ln.number} left unlabelled")
    missing = KEYS - set(exp.article.to_dict())
    if missing:
        raise AssertionError(f"to_dict() lacks {missing}")


def test_one_input(data: bytes) -> None:
    check(data)
    fdp = atheris.FuzzedDataProvider(data)
    check(fdp.ConsumeUnicodeNoSurrogates(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

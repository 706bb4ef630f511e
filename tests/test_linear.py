"""Time grows linearly with input size: a complexity check, not a stopwatch.

Each shape of input is cleaned at 1x, 10x and 100x its base size. Linear work makes
the 10x -> 100x step cost about 10 times more; quadratic work, about 100 times. The
bound (35) is generous for a busy machine and still far below quadratic.
"""
import time

import pytest

import declutter

MAX_STEP_RATIO = 35


def _sentence(i: int) -> str:
    return f"Paragraph {i} tells how the council voted on the harbour lanes after a long debate."


SHAPES = {
    # many ordinary lines: prose, menus and blank lines
    "many-lines": lambda n: "\n".join(
        (_sentence(i), "Home", "", "Share")[i % 4] for i in range(n // 20)),
    # one long line of prose
    "long-line": lambda n: " ".join(_sentence(i) for i in range(n // 80)),
    # the same line repeated (dedupe)
    "repeated-lines": lambda n: "\n".join(["Subscribe to our newsletter"] * (n // 28)),
    # a long first line (the title) followed by many lines: headline matching
    "long-title": lambda n: " ".join(f"word{i}" for i in range(n // 16)) + "\n" + "\n".join(
        f"word{i} word{i + 1} word{i + 2}" for i in range(n // 40)),
    # a word without spaces
    "long-word": lambda n: "Title\n\n" + "x" * n,
    # runs of spaces and separators, where backtracking would show
    "spaces-and-bars": lambda n: "Title | Site\n\n" + ("a" + " " * 50 + "| ") * (n // 54),
    # right-to-left text with bidi controls, mixed with Latin
    "bidi": lambda n: "\n\n".join(
        f"\u202bدعت تركيا روسيا للعمل كفريق {i}\u202c and \u2067Reuters\u2069 ذكرت." for i in range(n // 60)),
    # Chinese: no spaces, every character a token
    "cjk": lambda n: "\n".join("这是一个很长的中文段落，用来测试没有空格的文字是否也能被正确地识别为正文内容。"
                               for _ in range(n // 40)),
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        declutter.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_time_grows_linearly(shape):
    make = SHAPES[shape]
    base = 1_000
    declutter.clean(make(base))            # warm caches (rule data, compiled patterns)
    t1, t10, t100 = (_seconds(make(base * k)) for k in (1, 10, 100))
    # A floor keeps timer noise on tiny inputs from dominating the ratio.
    floor = 0.002
    assert t100 / max(t10, floor) < MAX_STEP_RATIO, (shape, t1, t10, t100)
    assert t100 / max(t1, floor) < MAX_STEP_RATIO * 10, (shape, t1, t10, t100)

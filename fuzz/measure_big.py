"""Time and peak memory of clean() on one big input of a given shape (for README figures).

    PYTHONPATH=src python fuzz/measure_big.py lines 200000   # 200,000 short lines
    PYTHONPATH=src python fuzz/measure_big.py prose 20000000 # one 20 MB line of prose
    PYTHONPATH=src python fuzz/measure_big.py cjk 20000000   # one line of 20 M Chinese characters
    PYTHONPATH=src python fuzz/measure_big.py word 1000000   # one word of 1 M letters
"""
import resource
import sys
import time

import declutter
from declutter.config import Config

SHAPES = {
    "lines": lambda n: "\n".join(
        ("The council voted on Monday to build new cycle lanes through the harbour. " + str(i),
         "Home", "", "Share this")[i % 4] for i in range(n)),
    "prose": lambda n: " ".join(f"The council voted {i} times on the lanes."
                                for i in range(n // 40 + 1))[:n],
    "cjk": lambda n: ("这是一个很长的中文段落。" * (n // 12 + 1))[:n],
    "word": lambda n: "x" * n,
}


def main() -> None:
    shape, size = sys.argv[1], int(sys.argv[2])
    text = SHAPES[shape](size)
    start = time.perf_counter()
    declutter.clean(text, config=Config(max_input_chars=0))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{shape} {size:,}: {len(text.encode()) / 1e6:.1f} MB, {seconds:.1f} s, peak {peak:.0f} MB")


if __name__ == "__main__":
    main()

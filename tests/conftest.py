import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "seed-page-dump.txt"


# A composed news page for the byline and date stage tests: a title, then the lines given.
PROSE = ("The council said on Monday that the budget plan would be delayed again, because the "
         "auditors had not finished their review of last year's accounts.")
PROSE2 = ("Members of the opposition called the delay a failure of planning and asked the mayor "
          "to explain before the next session why the figures were late.")


def page(*lines: str, title: str = "Budget plan delayed again | Town News") -> str:
    return "\n\n".join((title,) + lines)


def case_dirs():
    return sorted(p.parent for p in CASES.glob("*/*/expected.json"))


def load_case(folder: pathlib.Path) -> tuple[str, dict]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    source = ROOT / expected["input_file"] if "input_file" in expected else folder / "input.txt"
    return source.read_text(encoding="utf-8"), expected


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")

import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "seed-page-dump.txt"


def case_dirs():
    return sorted(p.parent for p in CASES.glob("*/*/expected.json"))


def load_case(folder: pathlib.Path) -> tuple[str, dict]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    source = ROOT / expected["input_file"] if "input_file" in expected else folder / "input.txt"
    return source.read_text(encoding="utf-8"), expected


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")

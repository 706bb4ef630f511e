"""Case folders: tests/cases/<lang>/<name>/{input.txt, expected.json}.

expected.json lists only what is checked: Article fields by name, plus
paragraph_count, body_starts_with, body_ends_with, body_includes, body_excludes.
"""
import pytest

import declutter
from conftest import case_dirs, load_case

FIELDS = ("headline", "subheadline", "byline", "authors", "place", "date", "captions",
          "lang", "direction", "paragraphs")


@pytest.mark.parametrize("folder", case_dirs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(folder):
    text, expected = load_case(folder)
    article = declutter.clean(text)
    got = article.to_dict()
    for name in FIELDS:  # keys starting with "_" are notes
        if name in expected:
            assert got[name] == expected[name], name
    body = article.body
    if "paragraph_count" in expected:
        assert len(article.paragraphs) == expected["paragraph_count"], article.paragraphs
    if "body_starts_with" in expected:
        assert body.startswith(expected["body_starts_with"]), body[:200]
    if "body_ends_with" in expected:
        assert body.endswith(expected["body_ends_with"]), body[-200:]
    for snippet in expected.get("body_includes", []):
        assert snippet in body, snippet
    for snippet in expected.get("body_excludes", []):
        assert snippet not in body, snippet
    # The tool never invents text: each paragraph line is an input line.
    input_lines = {ln.strip() for ln in text.splitlines()}
    for para in article.paragraphs:
        for line in para.split("\n"):
            assert line in input_lines or " ".join(line.split()) in {" ".join(x.split()) for x in input_lines}


def test_seed_is_an_example_file(seed_text):
    assert "أنقرة - جلال فواز" in seed_text

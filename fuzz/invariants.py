"""What every fuzz harness checks of an Explanation, whatever the input path."""

KEYS = {"headline", "byline", "authors", "date", "body", "paragraphs", "lang", "direction"}


def check_explanation(exp) -> None:
    """Every line has one final label and to_dict() has every key."""
    for ln in exp.lines:
        if ln.label == "unknown":
            raise AssertionError(f"line {ln.number} left unlabelled")
    missing = KEYS - set(exp.article.to_dict())
    if missing:
        raise AssertionError(f"to_dict() lacks {missing}")


def run(test_one_input) -> None:
    """Start atheris on a harness's test function, with the command-line flags."""
    import sys

    import atheris
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

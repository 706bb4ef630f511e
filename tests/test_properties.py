"""Properties over arbitrary text and over page-like text built from dump-like lines."""
from hypothesis import given, settings
from hypothesis import strategies as st

import declutter
from declutter.stages.normalize import normalize_text

PAGE_LINES = [
    "Home", "News", "Share", "Name *", "© 2024 Example", "Read more", "By Jane Doe",
    "March 4, 2024", "الإسم *", "أنقرة - جلال فواز", "GMT 03:00 2017 الجمعة ,29 كانون الأول / ديسمبر",
    "The council voted on Monday to build new cycle lanes through the harbour district, ending a long debate.",
    "دعت تركيا روسيا للعمل كفريق والقيام بعمليات عسكرية مشتركة في محاولة لسحق داعش في سورية بعد يوم واحد.",
    "这是一个很长的中文段落，用来测试没有空格的文字是否也能被正确地识别为正文内容。",
    "", " ", "yeslibya yeslibya", "Photo: a man on a bridge",
]
pages = st.lists(st.sampled_from(PAGE_LINES), min_size=0, max_size=40).map("\n".join)
any_text = st.text(max_size=2000)


def _input_lines(text):
    return {normalize_text(x) for x in text.replace("\r", "\n").split("\n")}


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, pages))
def test_never_raises_and_body_is_made_of_input_lines(text):
    article = declutter.clean(text)
    lines = _input_lines(text)
    for para in article.paragraphs:
        for line in para.split("\n"):
            assert line in lines
    assert set(article.to_dict()) >= {"headline", "byline", "authors", "date", "body"}


@settings(max_examples=100, deadline=None)
@given(st.one_of(any_text, pages))
def test_deterministic_and_one_label_per_line(text):
    first, second = declutter.explain(text), declutter.explain(text)
    assert first.article == second.article
    assert len(first.lines) == len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")) \
        - (1 if text.startswith("\ufeff") and False else 0)
    assert all(ln.label and ln.label != "unknown" for ln in first.lines)


@settings(max_examples=100, deadline=None)
@given(pages)
def test_cleaning_the_body_again_keeps_its_prose(text):
    # Re-cleaning the body alone loses the page context (title, neighbours), so
    # short lines may change role; every line of real prose must stay body, except the
    # first, which a dump by definition holds the <title> in.
    paragraphs = declutter.clean(text).paragraphs
    body = "\n\n".join(paragraphs)
    prose = {line for line in body.split("\n")[1:] if len(line) >= 80}
    again = {line for p in declutter.clean(body).paragraphs for line in p.split("\n")}
    assert prose <= again


# --- robustness properties (issue 3) --------------------------------------------------

from declutter.decode import DecodeError, NotTextError, decode  # noqa: E402

# Text built from the characters that stress normalisation and the patterns: bidi and
# zero-width controls, odd spaces, separators, digits, CJK, Arabic, and long runs.
tricky = st.text(
    alphabet=st.sampled_from(list("ab1 \t|-*:.,©\u00a0\u200b\u200f\u202b\u202c\u2066\u2069\ufeff"
                                  "\r\n中文بيتΑБ\x00\x1b")),
    max_size=3000)
page_with_noise = st.builds(lambda a, b: a + "\n" + b, pages, tricky)


@settings(max_examples=150, deadline=None)
@given(st.one_of(tricky, page_with_noise))
def test_tricky_text_every_line_one_final_label_and_body_from_input(text):
    exp = declutter.explain(text)
    lines = _input_lines(text)
    assert len(exp.lines) == len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert all(ln.label != "unknown" for ln in exp.lines)
    assert [ln.number for ln in exp.lines] == list(range(1, len(exp.lines) + 1))
    for para in exp.article.paragraphs:
        assert all(line in lines for line in para.split("\n"))


@settings(max_examples=150, deadline=None)
@given(pages)
def test_cleaning_the_output_again_changes_nothing(text):
    """Cleaning the body again keeps only lines it had, and a second round is a fixed
    point. (Not equality on the first round: a body of two or more paragraphs has lost its
    page context, so its first line is read as a <title>.)"""
    body = declutter.clean(text).body
    if not body:
        return
    once = declutter.clean(body)
    assert set(once.body.split("\n")) <= set(body.split("\n")) | {""}
    assert declutter.clean(once.body).paragraphs == once.paragraphs


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_never_raises_anything_but_its_own_errors(data):
    try:
        text = decode(data)
    except (NotTextError, DecodeError) as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str)
    declutter.clean(text)

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
    # short lines may change role; every paragraph of real prose must stay body.
    paragraphs = declutter.clean(text).paragraphs
    prose = {line for p in paragraphs for line in p.split("\n") if len(line) >= 80}
    again = {line for p in declutter.clean("\n\n".join(paragraphs)).paragraphs
             for line in p.split("\n")}
    assert prose <= again

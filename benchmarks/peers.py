"""Other extractors, run on the same pages for a side-by-side timing.

They are HTML extractors. With --input html they get each page's HTML; a dump is given
to them the way the evaluation's
PEERS.md did: each non-empty line wrapped as an HTML paragraph. The wrapping is
done before the clock starts. A peer that is not installed is skipped; none of
them is a dependency of declutter (pip install boilerpy3 jusText trafilatura
resiliparse readability-lxml to compare). readability runs only with --input html
unless named.
"""
from __future__ import annotations

import html
from collections.abc import Callable

# ISO 639-1 code -> jusText stoplist name, for the languages the eval set holds most;
# other pages use the English list (the stoplist barely changes jusText's speed).
_JUSTEXT_STOPLISTS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                      "pl": "Polish", "ru": "Russian", "it": "Italian", "pt": "Portuguese",
                      "ar": "Arabic", "no": "Norwegian_Bokmal", "tr": "Turkish",
                      "nl": "Dutch", "sv": "Swedish", "cs": "Czech"}


def dump_as_html(dump: str) -> str:
    """The dump as a page of paragraphs, one per non-empty line."""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n"
                    for line in dump.splitlines() if line.strip())
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{paras}</body></html>"


def _boilerpy3() -> Callable[[str, str | None], object]:
    from boilerpy3 import extractors
    extractor = extractors.ArticleExtractor(raise_on_failure=False)
    return lambda page, lang: extractor.get_content(page)


def _justext() -> Callable[[str, str | None], object]:
    import justext
    lists = {code: justext.get_stoplist(name) for code, name in _JUSTEXT_STOPLISTS.items()
             if name in justext.get_stoplists()}
    return lambda page, lang: justext.justext(page, lists.get(lang or "en", lists["en"]))


def _trafilatura() -> Callable[[str, str | None], object]:
    import trafilatura
    # with_metadata: trafilatura then also looks for title, author and date, as declutter does.
    return lambda page, lang: trafilatura.extract(page, with_metadata=True)


def _readability() -> Callable[[str, str | None], object]:
    from readability import Document

    def extract(page: str, lang: str | None) -> tuple[str, str]:
        # summary() is the article's HTML, title() the headline: what its users call.
        doc = Document(page)
        return doc.summary(), doc.title()
    return extract


def _resiliparse() -> Callable[[str, str | None], object]:
    from resiliparse.extract.html2text import extract_plain_text
    return lambda page, lang: extract_plain_text(page, main_content=True)


PEERS: dict[str, Callable[[], Callable[[str, str | None], object]]] = {
    "boilerpy3": _boilerpy3, "justext": _justext,
    "trafilatura": _trafilatura, "resiliparse": _resiliparse, "readability": _readability,
}
# Timed on HTML input only: the evaluation's peer table gives readability the HTML.
HTML_ONLY = frozenset({"readability"})


def installed(names: list[str]) -> tuple[dict[str, Callable], dict[str, str]]:
    """({name: extract(page_html, lang)} for the peers that import, {name: why not})."""
    ready, missing = {}, {}
    for name in names:
        if name not in PEERS:
            missing[name] = f"unknown peer (known: {', '.join(PEERS)})"
            continue
        try:
            ready[name] = PEERS[name]()
        except ImportError as exc:
            missing[name] = f"cannot be imported ({exc})"
    return ready, missing

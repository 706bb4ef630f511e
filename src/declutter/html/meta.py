"""Page-level hints from the markup: title, Open Graph, meta author, JSON-LD, <time>, lang.

Everything here is evidence for the stages, not an answer: sites put their own
name in og:title, an organisation in JSON-LD author, and a modified date in
<time>. The markup stage weighs it against the text.
"""
from __future__ import annotations

import json

import regex
from lxml import etree

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
    "scholarlyarticle", "techarticle", "liveblogposting", "posting", "report",
})
# The page itself (a WordPress SEO graph states it beside, or instead of, an article).
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "profilepage",
                        "faqpage", "qapage", "medicalwebpage"})
AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author",
               "dc.creator", "dcterms.creator", "citation_author", "cxenseparse:author")
# Meta names that say "published", then less common ones (analytics, sharing and
# syndication tags).
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                  "publishdate", "publish-date",
                  "og:article:published_time", "article:published", "og:pubdate",
                  "pub_date", "publish_date", "published_at", "publisheddate",
                  "cxenseparse:recs:publishtime", "cxenseparse:publishtime",
                  "shareaholic:article_published_time", "prism.publicationdate",
                  "bt:pubdate")
# Bare "date" names: often the page's build or revision date.
GENERIC_DATE_META = ("date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date")
# In order of trust: a name that says "published" before a bare "date"; then names of
# particular publishing systems.
DATE_META = (*PUBLISHED_META, *GENERIC_DATE_META, "sailthru.date", "parsely-pub-date",
             "citation_publication_date", "article.published", "published_time")
MAX_JSONLD_CHARS = 500_000
_WS = regex.compile(r"\s+")
_URL = regex.compile(r"^(?:https?:)?//|^www\.", regex.IGNORECASE)
# XHTML pages wrap their script text in a CDATA section, some behind a JS comment.
_CDATA = regex.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _clean(s) -> str:
    if not isinstance(s, str):
        return ""
    if s.isprintable():
        # Its only space is " " (no tab, newline or no-break space): the C-level split
        # collapses the runs as the regex would.
        return " ".join(s.split())
    return _WS.sub(" ", s).strip()


def _text(el) -> str:
    return _clean("".join(el.itertext()))


def page_hints(root) -> dict:
    """What the markup says about the page; keys are absent when the page is silent."""
    hints: dict = {}
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    if lang:
        hints["lang"] = lang
    direction = (root.get("dir") or "").strip().lower()
    body = root.find("body")
    if not direction and body is not None:
        direction = (body.get("dir") or "").strip().lower()
    if direction in ("rtl", "ltr"):
        hints["dir"] = direction
    metas: dict[str, list[str]] = {}
    h1s, times, ld_items, ld_pages = [], [], [], []
    for el in root.iter("meta", "script", "time", "h1", "title", "link"):
        tag = el.tag
        if tag == "link":
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
                metas.setdefault("canonical", []).append(el.get("href").strip())
            continue
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            if not key:
                continue
            # Some saved pages hold the value in a "value" attribute instead.
            value = el.get("content")
            if value := _clean(value if value is not None else el.get("value")):
                metas.setdefault(key, []).append(value)
        elif tag == "script":
            if (el.get("type") or "").lower().strip() == "application/ld+json" and el.text:
                articles, pages = _jsonld_items(el.text)
                ld_items.extend(articles)
                ld_pages.extend(pages)
        elif tag == "time":
            stamp = _clean(el.get("datetime") or "")
            if stamp:
                times.append((stamp, (el.get("itemprop") or "").lower(), _text(el)))
        elif tag == "h1":
            text = _text(el)
            if text:
                h1s.append(text)
        elif tag == "title" and "title" not in hints:
            hints["title"] = _text(el)
    for key, name in (("og:title", "og_title"), ("twitter:title", "twitter_title"),
                      ("og:site_name", "site_name"), ("headline", "itemprop_headline")):
        if key in metas:
            hints[name] = metas[key][0]
    authors = [v for k in AUTHOR_META for v in metas.get(k, []) if not _URL.match(v)]
    if authors:
        hints["meta_authors"] = list(dict.fromkeys(authors))
    dates = [(k, v) for k in DATE_META for v in metas.get(k, [])]
    if dates:
        hints["meta_dates"] = dates
    url_date = next((d for k in ("canonical", "og:url") for u in metas.get(k, [])
                     if (d := _url_date(u))), None)
    if url_date:
        hints["url_date"] = url_date
    if h1s:
        hints["h1"] = h1s
    if times:
        hints["times"] = times[:20]
    if ld_items:
        hints["jsonld"] = ld_items[:5]
    page_dates = [item["date"] for item in ld_pages if item.get("date")]
    if page_dates:
        hints["jsonld_page_dates"] = page_dates[:5]
    marked = _marked_authors(root)
    if marked:
        hints["markup_authors"] = marked
    return hints


# A date that makes up path segments of the page's address: /2021/10/20/ or /2021-10-20-.
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_-])")


def _url_date(url: str) -> str | None:
    m = _URL_DATE.search(url)
    return f"{m.group(1)}-{m.group(3)}-{m.group(4)}" if m else None


# The elements of //*[@itemprop="author" or @rel="author"], found by their attributes:
# libxml2 walks the attribute axis about twice as fast as it tests every element.
_AUTHOR_MARKED = etree.XPath('//@itemprop[.="author"]/.. | //@rel[.="author"]/..')


def _marked_authors(root) -> list[str]:
    """Names in microdata itemprop="author" and rel="author" links (short texts only)."""
    names: list[str] = []
    for el in _first_per_parent(_AUTHOR_MARKED(root), 10):
        inner = el.xpath('.//*[@itemprop="name"]')
        value = (inner[0].get("content") or _text(inner[0])) if inner else (
            el.get("content") or _text(el))
        value = _clean(value)
        if value and len(value) <= 60 and not _URL.match(value) and value not in names:
            names.append(value)
    return names[:5]


def _first_per_parent(elements, limit: int) -> list:
    """The elements (in document order) less those after the first `limit` of one parent:
    what an XPath step's [position() <= limit] keeps."""
    seen: dict = {}
    kept = []
    for el in elements:
        parent = el.getparent()
        seen[parent] = n = seen.get(parent, 0) + 1
        if n <= limit:
            kept.append(el)
    return kept


def _jsonld_items(text: str) -> tuple[list[dict], list[dict]]:
    """headline / authors / datePublished of the article objects in one JSON-LD script,
    and of the web page objects."""
    if len(text) > MAX_JSONLD_CHARS:
        return [], []
    try:
        data = json.loads(_CDATA.sub("", text).strip().rstrip(";"))
    except ValueError:
        return [], []
    found: list[dict] = []
    pages: list[dict] = []
    stack = [data]
    seen = 0
    while stack and seen < 500:       # bounded walk: JSON-LD can be large and nested
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        kinds = {t.lower() for t in types if isinstance(t, str)}
        if kinds & ARTICLE_TYPES:
            found.append(_article_fields(item))
        elif kinds & PAGE_TYPES:
            pages.append(_article_fields(item))
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(item.get(key), (list, dict)):
                stack.append(item[key])
    return [f for f in found if f], [f for f in pages if f]


def _article_fields(item: dict) -> dict:
    out: dict = {}
    headline = _clean(item.get("headline") or item.get("name") or "")
    if headline:
        out["headline"] = headline
    authors = []
    raw = item.get("author") or item.get("creator")
    for a in raw if isinstance(raw, list) else [raw]:
        if isinstance(a, dict):
            kind = a.get("@type")
            kind = kind[0] if isinstance(kind, list) and kind else kind
            name = _clean(a.get("name") or "")
            if name and not _URL.match(name):
                authors.append((name, str(kind or "").lower()))
        elif isinstance(a, str) and _clean(a) and not _URL.match(a):
            authors.append((_clean(a), ""))
    if authors:
        out["authors"] = authors
    for key in ("datePublished", "dateCreated", "uploadDate"):
        if isinstance(item.get(key), str) and item[key].strip():
            out["date"] = item[key].strip()
            break
    if isinstance(item.get("dateModified"), str):
        out["modified"] = item["dateModified"].strip()
    return out

"""declutter inside a datatrove pipeline (the `datatrove` extra).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from declutter.corpus.datatrove_step import DeclutterStep, DeclutterWarcReader, cli_record

    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), DeclutterStep(),
                                    JsonlWriter("out/", adapter=cli_record)],
                          tasks=8, workers=4).run()

The same pipeline runs on Slurm or Ray by swapping the executor. For WARC/WET input use
DeclutterWarcReader: datatrove's own WARC reader classifies records with libmagic and
was seen to drop records silently; this one yields every page record and reports
damaged ones.
"""
from __future__ import annotations

from .sources import MissingExtra

try:
    from datatrove.data import Document
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.readers.base import BaseDiskReader
except ImportError:
    raise MissingExtra("declutter's datatrove step needs the 'datatrove' extra: "
                       "pip install 'declutter[datatrove]'") from None

from ..config import Config
from .sources import warc_item
from .warc import WarcError, iter_warc
from .work import Options, RecordError, Tally, _TimeLimit, clean_text, page_text

ERROR_KEY = "declutter_error"


class DeclutterStep(PipelineStep):
    """Clean each Document: the body replaces the text, the other Article fields go into
    metadata[metadata_key]; rule hits are counted in datatrove's stats as `rule:ID`.

    drop_empty: drop documents in which no article text was found (else keep them with
    empty text). keep_errors: keep documents that could not be cleaned, with the reason
    in metadata["declutter_error"] (else drop them; they are counted either way).
    """

    name = "declutter"
    type = "✂️ - EXTRAC"

    def __init__(self, drop_empty: bool = True, keep_errors: bool = False,
                 metadata_key: str = "article", lang: str | None = None,
                 mode: str = "balanced", disabled: tuple[str, ...] = (), timeout: float = 5.0):
        super().__init__()
        self.drop_empty, self.keep_errors, self.metadata_key = drop_empty, keep_errors, metadata_key
        self.config = Config(lang=lang, disabled=frozenset(disabled), mode=mode)
        self.timeout = timeout

    def _fail(self, doc: Document, reason: str):
        self.stat_update("errors")
        if self.keep_errors:
            doc.metadata[ERROR_KEY] = reason
            doc.text = ""
            return doc
        return None

    def clean(self, doc: Document) -> Document | None:
        if ERROR_KEY in doc.metadata:            # the reader could not read this record
            return self._fail(doc, doc.metadata.pop(ERROR_KEY))
        tally = Tally()
        try:
            with _TimeLimit(self.timeout):
                article = clean_text(doc.text, self.config, tally)
        except RecordError as exc:
            return self._fail(doc, str(exc))
        except Exception as exc:   # one document, not the task
            return self._fail(doc, f"internal error: {type(exc).__name__}: {exc}")
        for rule, n in tally.rules.items():
            self.stat_update(f"rule:{rule}", value=n)
        fields = article.to_dict()
        doc.text = fields.pop("body")
        doc.metadata[self.metadata_key] = fields
        if not article.paragraphs:
            self.stat_update("empty")
            if self.drop_empty:
                return None
        self.stat_update("cleaned")
        return doc

    def run(self, data, rank: int = 0, world_size: int = 1):
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                result = self.clean(doc)
            if result is not None:
                yield result


class DeclutterWarcReader(BaseDiskReader):
    """WARC/WET files to Documents: one per page record (response, resource, conversion),
    with metadata url and crawl_date; damaged records become Documents carrying
    metadata["declutter_error"], which DeclutterStep counts (and keeps if asked)."""

    name = "declutter WARC"

    def __init__(self, data_folder, encoding: str | None = None, **kwargs):
        kwargs.setdefault("glob_pattern", "*.w[ae][rt]*")
        super().__init__(data_folder, **kwargs)
        self.options = Options(encoding=encoding)

    def read_file(self, filepath: str):
        with self.data_folder.open(filepath, "rb") as fh:
            for rec in iter_warc(fh):
                if isinstance(rec, WarcError):
                    rid = rec.headers.get("warc-record-id", f"{filepath}@{rec.offset}")
                    self.stat_update("warc_errors")
                    yield Document("", rid, metadata={"url": rec.headers.get("warc-target-uri"),
                                                      ERROR_KEY: rec.reason})
                    continue
                item = warc_item(rec, filepath)
                if isinstance(item, str):
                    self.stat_update("skipped")
                    continue
                meta = {k: v for k, v in item.meta.items() if k in ("url", "crawl_date")}
                try:
                    text = page_text(item, self.options)
                except RecordError as exc:
                    yield Document("", item.id, metadata={**meta, ERROR_KEY: str(exc)})
                    continue
                self.update_doc_stats(doc := Document(text, item.id, metadata=meta))
                yield doc


def cli_record(self, doc: Document) -> dict:
    """A JsonlWriter adapter giving the records of `declutter batch` (without "source")."""
    head = {"id": doc.id, "url": doc.metadata.get("url")}
    if "crawl_date" in doc.metadata:
        head["crawl_date"] = doc.metadata["crawl_date"]
    if ERROR_KEY in doc.metadata:
        return {**head, "error": doc.metadata[ERROR_KEY]}
    fields = dict(doc.metadata.get("article", {}))
    fields["body"] = doc.text
    return {**head, **{k: fields[k] for k in _ARTICLE_ORDER}}


_ARTICLE_ORDER = ("headline", "subheadline", "byline", "authors", "place", "date", "body",
                  "paragraphs", "captions", "lang", "direction", "confidence")

__all__ = ["DeclutterStep", "DeclutterWarcReader", "cli_record"]

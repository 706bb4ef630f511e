"""declutter: strip boilerplate from web page dumps and return the article.

    >>> import declutter
    >>> article = declutter.clean(open("page.txt", encoding="utf-8").read())
    >>> article.headline, article.date, article.body
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["clean", "explain", "Article", "Config", "Label", "__version__"]

if TYPE_CHECKING:
    from .api import clean, explain
    from .config import Config
    from .model import Article, Label

# The public names are imported on first use (PEP 562), so `import declutter` and
# `declutter --version` do not load the pipeline, its rule data and the regex engine.
_LAZY = {"clean": "api", "explain": "api", "Config": "config", "Article": "model",
         "Label": "model"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

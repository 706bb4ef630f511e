"""declutter: strip boilerplate from web page dumps and return the article.

    >>> import declutter
    >>> article = declutter.clean(open("page.txt", encoding="utf-8").read())
    >>> article.headline, article.date, article.body
"""
from .api import clean, explain
from .config import Config
from .model import Article, Label

__version__ = "0.1.0"
__all__ = ["clean", "explain", "Article", "Config", "Label", "__version__"]

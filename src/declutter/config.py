"""One frozen Config, built by the CLI or the caller, passed to clean()."""
from __future__ import annotations

from dataclasses import dataclass, field

MODES = ("precision", "balanced", "recall")


@dataclass(frozen=True, slots=True)
class Config:
    """Every option and threshold, documented once.

    lang:      force the page language (ISO 639-1); None detects it.
    disabled:  stage names to skip (see `declutter --list-stages`).
    mode:      precision keeps less doubtful text, recall keeps more.
    """

    lang: str | None = None
    disabled: frozenset[str] = field(default_factory=frozenset)
    mode: str = "balanced"

    # Main-run selection: a line of `prose_chars` Latin-equivalent characters scores 0;
    # longer lines score positive, capped at `prose_cap` characters.
    prose_chars: int = 70
    prose_cap: int = 500
    # Navigation: this many short lines in a row are a menu.
    nav_run: int = 3
    nav_max_chars: int = 40
    # Related lists: how many short lines after a "Read more" cue are its links.
    related_after_cue: int = 3
    # Headline: how far (in non-blank lines) before the main run it may sit.
    headline_window: int = 40
    # Byline and date: how many non-blank lines around the article top are searched.
    byline_window: int = 8
    date_window: int = 10

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")


DEFAULT = Config()

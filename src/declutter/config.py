"""One frozen Config, built by the CLI or the caller, passed to clean()."""
from __future__ import annotations

from dataclasses import dataclass, field

MODES = ("precision", "balanced", "recall")
MODE_SHIFT = {"precision": 15, "balanced": 0, "recall": -20}   # Latin-equivalent characters

# Limits that keep time and memory in proportion to a sane page (README "Bad input and
# limits"). Work is linear in the input, about 3.7 s and 40 MB of memory per MB of dump
# made of short lines, so a default cap stops a runaway file early; --max-input-size or
# Config(max_input_chars=...) raises it, 0 removes it. Real page dumps are far smaller
# (the evaluation set: at most 137 KB, median 8 KB).
MAX_INPUT_BYTES = 16 * 1024 * 1024


class InputTooLargeError(ValueError):
    """The input is over the configured size limit."""


@dataclass(frozen=True, slots=True)
class Config:
    """Every option and threshold, documented once.

    lang:      force the page language (ISO 639-1); None detects it.
    disabled:  stage names to skip (see `declutter --list-stages`).
    mode:      precision keeps less doubtful text, recall keeps more.
    max_input_chars: clean() refuses longer text with InputTooLargeError (0: no limit).
    """

    lang: str | None = None
    disabled: frozenset[str] = field(default_factory=frozenset)
    mode: str = "balanced"
    max_input_chars: int = MAX_INPUT_BYTES

    # Main-run selection: a line of `prose_chars` Latin-equivalent characters scores 0;
    # longer lines score positive, capped at `prose_cap` characters.
    prose_chars: int = 80
    prose_cap: int = 500
    # Navigation: this many short lines in a row are a menu.
    nav_run: int = 3
    nav_max_chars: int = 40
    # Related lists: how many short lines after a "Read more" cue are its links.
    related_after_cue: int = 3

    @property
    def prose_threshold(self) -> int:
        """prose_chars moved by the mode: precision asks more of a line, recall less."""
        return self.prose_chars + MODE_SHIFT[self.mode]

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")


DEFAULT = Config()

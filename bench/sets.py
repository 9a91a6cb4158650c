"""Which self-written document sets under bench/ are fresh (a measure, never tuned on) and which are tuned on.

Each set's README heading states it ("... never tuned on: a measure, not a target"), so that heading is the one
place the status is written; every bench script takes FRESH and TUNED from here instead of its own list (four
hand-kept copies had drifted: one still counted owndocs22 as tunable, two had no owndocs23).
"""
from __future__ import annotations

from pathlib import Path

BENCH = Path(__file__).resolve().parent
EVAL = BENCH.parents[1] / "shared" / "eval"
FRESH_MARK = "never tuned on"


def _number(folder: Path) -> int:
    return int(folder.name.removeprefix("owndocs") or 1)


def own_sets() -> list[Path]:
    """The bench/owndocs* folders that carry a README, in number order."""
    folders = [p for p in BENCH.glob("owndocs*") if p.is_dir() and (p / "README.md").is_file()]
    return sorted(folders, key=_number)


def is_fresh(folder: Path) -> bool:
    """A fresh set's README heading says it is never tuned on."""
    heading = (folder / "README.md").read_text(encoding="utf-8").splitlines()[0]
    return FRESH_MARK in heading


FRESH = tuple(p.name for p in own_sets() if is_fresh(p))
TUNED = tuple(p.name for p in own_sets() if not is_fresh(p))


def tuning_half(which: str) -> tuple[str, ...]:
    """The tuned owndocs sets split in two for a held-out check inside tuning (session 46): "read" the odd-numbered
    sets (with news-odd and the seed, where misses are read), "check" the even-numbered ones (counts only). A rule
    written from the read half that gains nothing on the check half fitted its texts, not English."""
    if which not in ("read", "check"):
        raise ValueError(f"tuning half is 'read' or 'check', not {which!r}")
    parity = 1 if which == "read" else 0
    return tuple(name for name in TUNED if _number(BENCH / name) % 2 == parity)

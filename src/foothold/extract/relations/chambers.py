"""A legislator's honorific ties the holder to the chamber the text names (issue 8, docs24).

"The Senate ordered her arrest. ... Senator Sherwin Gatchalian accused her": "Senator" before a name says the
person sits in a senate; when the text names exactly one organisation whose name ends in that chamber's word
("the Senate", "the U.S. Senate"), the person is member_of it (roles.yaml `chambers`). With no chamber named the
honorific ties nothing (a state is not read from it: "Senator X" may sit in any country's senate).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import load_yaml
from ...resolve.names import normalise_name
from .lexicon import ROLES_PATH, _strings


@lru_cache(maxsize=2)
def chamber_honorifics(path: str | None = None) -> dict[str, str]:
    """roles.yaml `chambers`: honorific (lower case) -> the chamber's word, validated as every roles list is."""
    data = load_yaml(Path(path or ROLES_PATH).read_text(encoding="utf-8"))
    chambers = data.get("chambers") if isinstance(data, dict) else None
    if not isinstance(chambers, dict):
        _strings(data, "chambers", "senate")                 # raises the roles file's own error
    return {h.lower(): chamber.lower() for chamber in chambers for h in _strings(data, "chambers", chamber)}


def named_chambers(actors, word: str) -> list[str]:
    """Ids of the organisations whose name (or a surface form) ends in the chamber's word."""
    return [a.id for a in actors if a.type == "organization"
            and any(normalise_name(f).split()[-1:] == [word] for f in a.surface_forms())]


class ChamberReading:
    """Mixed into the sentence reader (relations/reader.py)."""

    def read_chamber_members(self) -> None:
        honorifics = chamber_honorifics()
        for i in range(self.lo + 1, self.hi):
            r = self.idx.ref_starting(i)
            word = honorifics.get(self.w(i - 1))
            if r is None or r.type != "person" or word is None or not self.doc[i - 1].is_title:
                continue
            chambers = named_chambers(self.idx.ctx.actors, word)
            if len(chambers) == 1:
                self.found.add(r, "member_of", chambers[0], i - 1, r.end, title=self.doc[i - 1].text, confidence=0.6)

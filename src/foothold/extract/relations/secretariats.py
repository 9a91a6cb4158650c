"""The body a bare secretary-general heads (issue 8, reltitle6): "Secretary-General X takes note of the decision of
the Security Council" in a UN statement, "Secretary General X welcomed Finland as the 31st member of the alliance" in
a NATO story — the holder leads the one body of roles.yaml `secretariats.bodies` (international bodies a
secretary-general heads) the text names, as the golds code it. A title whose phrase names a body, state or owner ("the
Hezbollah Secretary-General", "secretary general of the party") is read as before; two such bodies named, none."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...resolve.names import normalise_name
from ...yamlfile import read_word_sets
from .index import Ref
from .lexicon import ROLES_PATH, _phrase


@dataclass(frozen=True)
class SecretariatWords:
    titles: frozenset
    bodies: frozenset


@lru_cache(maxsize=2)
def secretariat_words(path: str | None = None) -> SecretariatWords:
    """roles.yaml `secretariats`, validated when loaded; body names normalised as actor names are."""
    words = read_word_sets(path or ROLES_PATH, SecretariatWords, "roles (secretariats)", section="secretariats")
    return SecretariatWords(titles=frozenset(_phrase(t) for t in words.titles),
                            bodies=frozenset(normalise_name(b) for b in words.bodies))


def secretariat_body(reader, t, holder: Ref | None) -> Ref | None:
    """The one listed body the text names, for a bare secretary-general title ``t``; else None."""
    words = secretariat_words()
    if holder is None or t.words not in words.titles or t.obj or t.premodifier or t.country:
        return None
    if t.time is not None and not reader.sitting(t):
        return None                       # "former Secretary-General X": no guess, as for heads of state
    named = {a.id for a in reader.ctx.actors if a.type == "organization"
             and any(normalise_name(f) in words.bodies for f in a.surface_forms())}
    return Ref(named.pop(), "organization", t.title_start, t.title_end) if len(named) == 1 else None

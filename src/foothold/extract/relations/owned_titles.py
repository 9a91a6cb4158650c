"""A bare title owned by a thing that is no state (issue 8, reltitle8): "The college's vice-rector, X, asked the
police to leave", "the region's interior minister, X", "the company's chief executive, X" — the title is held in what
the possessor names (a college, a region's government, a firm), so the story's state (the dateline's, the document
title's, the state acting before ...) is no guess for it (`TitleRelations.dictionary_scope`). A possessor that is a
state word or a state body ("the country's president", "the government's spokesman", "the army's commander") keeps
the story's guesses. Words in roles.yaml `owned_titles` with `story_state`'s service and acting bodies."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...yamlfile import read_word_sets
from .lexicon import ROLES_PATH
from .story_state import story_words


TITLE_PREFIXES = frozenset({"vice", "deputy", "acting", "interim", "caretaker", "new", "then"})


@dataclass(frozen=True)
class OwnedTitleWords:
    state_owners: frozenset


@lru_cache(maxsize=2)
def state_owners(path: str | None = None) -> frozenset:
    """Possessor lemmas that keep a title in the story's state: roles.yaml `owned_titles.state_owners` and the
    service and acting bodies of `story_state`."""
    words = read_word_sets(path or ROLES_PATH, OwnedTitleWords, "roles (owned_titles)", section="owned_titles")
    story = story_words()
    return frozenset(words.state_owners) | story["service_bodies"] | story["acting_bodies"]


def owned_by_thing(reader, t) -> bool:
    """The title's phrase opens with a common noun's possessive that names no actor and no state word ("the
    college's vice-rector"), else False."""
    j = t.start
    while j - 2 >= reader.lo and (reader.w(j - 1) == "-" or reader.w(j - 1) in TITLE_PREFIXES):
        j -= 2 if reader.w(j - 1) == "-" else 1      # "vice-president", "deputy chief": the title's own words
    if reader.w(j - 1) not in ("'s", "\u2019s", "'"):
        return False
    owner = reader.doc[j - 2] if j - 2 >= reader.lo else None
    if owner is None or owner.pos_ != "NOUN" or reader.idx.ref(owner.i) is not None:
        return False
    return owner.lemma_.lower() not in state_owners() and owner.lower_ not in state_owners()

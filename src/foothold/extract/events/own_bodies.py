"""Unnamed bodies a speaker speaks for (issue 8, statements3; vocabulary in data/own_bodies.yaml).

"Army spokesman X said the army would not pay any ransom", "the minister affirmed that a joint committee will meet
within a month", "the speaker said a committee of lawmakers would visit the site": a body noun naming no party as the
subject of a said future is the speaker's own side, so the future is the speaker's intention or refusal (PLOVER
AGREE / REJECT) and not a prediction about others. A state's organs (army, government, police) count only for a
speaker who is or belongs to a country: "Hamas said the army would pay" speaks of an enemy's army; what a group calls
itself ("the party would ignore the ruling") only for a speaker of an organisation and of no country."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...yamlfile import read_word_sets
from .arguments import phrase_actors
from .index import DocIndex

OWN_BODIES_PATH = Path(__file__).resolve().parents[2] / "data" / "own_bodies.yaml"


@dataclass(frozen=True)
class BodyWords:
    state_bodies: frozenset[str]
    any_bodies: frozenset[str]
    group_bodies: frozenset[str]


@lru_cache(maxsize=2)
def body_words(path: str | None = None) -> BodyWords:
    """data/own_bodies.yaml: lists of words, validated when loaded (a word in both lists is refused)."""
    words = read_word_sets(path or OWN_BODIES_PATH, BodyWords, "own bodies")
    twice = words.state_bodies & words.any_bodies | words.state_bodies & words.group_bodies \
        | words.any_bodies & words.group_bodies
    if twice:
        raise DataFileError("own bodies file lists a word twice: " + ", ".join(sorted(twice)),
                            path=str(path or OWN_BODIES_PATH))
    return words


def _body_key(subj) -> str:
    """The subject's head word, with a compound before it ("task force", "air force")."""
    compound = next((c.lower_ for c in subj.children if c.dep_ == "compound" and c.i == subj.i - 1), None)
    return f"{compound} {subj.lower_}" if compound else subj.lower_


def unnamed_own_body(subj, sides: set[str], index: DocIndex) -> bool:
    """The subject is a body noun of data/own_bodies.yaml naming no party and owned by no one else, and the speaker's
    sides (``speakers.speaker_sides``) hold a party of the kind that body belongs to."""
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in subj.children):
        return False
    if phrase_actors(subj, index):
        return False
    words = body_words()
    key, word = _body_key(subj), subj.lower_
    kinds = {index.actor_type.get(a) for a in sides}
    if key in words.state_bodies or word in words.state_bodies or subj.lemma_.lower() in words.state_bodies:
        return "country" in kinds
    if key in words.any_bodies or word in words.any_bodies or subj.lemma_.lower() in words.any_bodies:
        return bool(kinds & {"country", "organization"})
    if word in words.group_bodies or subj.lemma_.lower() in words.group_bodies:
        return "organization" in kinds and "country" not in kinds
    return False


def with_leaders(sides: set[str], index: DocIndex) -> set[str]:
    """The speaker's sides and the people who lead one of them: "the LNA's spokesman said Haftar's forces would
    respect it" speaks for the commander of the spokesman's army."""
    return sides | {r.subject for r in index.ctx.relations if r.predicate == "leads" and r.object in sides
                    and index.actor_type.get(r.subject) == "person"}

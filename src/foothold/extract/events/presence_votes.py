"""A vote to end another's presence (issue 8, evcand10; data/presence_votes.yaml): "the Council of Representatives
voted to end the presence of foreign forces on Iraqi soil", "lawmakers voted to terminate the deployment of U.S.
troops". The eval makers code a parliament's vote on expelling troops as REQUEST demand (news-dev's resolution "to
expel United States troops"): the vote asks for the forces to leave, it does not remove them. Read on a voting verb
told as done, unnegated, whose to-infinitive is an ending verb with a presence noun as its object; "voted to end the
session", "voted to end the strike" are not read. The trigger is the voting verb; whose forces they are is read from the
presence noun's of-phrase alone (`presence_targets`, called in `targets.found_arguments`): where they are ("on Iraqi
soil") is no target."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .cameo import reported
from .lexicon import Trigger

PRESENCE_VOTES_PATH = Path(__file__).resolve().parents[2] / "data" / "presence_votes.yaml"
DEMANDED_WITHDRAWAL = Trigger(type="REQUEST", mode="demand", sphere="military")


@dataclass(frozen=True)
class PresenceVoteWords:
    voting_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    presence_nouns: frozenset[str]


@lru_cache(maxsize=2)
def presence_vote_words(path: str | None = None) -> PresenceVoteWords:
    """data/presence_votes.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or PRESENCE_VOTES_PATH, PresenceVoteWords, "presence votes")


def ended_presence(verb):
    """The presence noun a vote's infinitive ends ("voted to end [the presence] of ..."), or None."""
    words = presence_vote_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.voting_verbs or not reported(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    for act in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in words.ending_verbs):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) or any(c.dep_ == "neg" for c in act.children):
            continue
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in words.presence_nouns:
                return obj
    return None


def presence_vote(verb) -> Trigger | None:
    """REQUEST demand for a vote to end another's presence, else None."""
    return DEMANDED_WITHDRAWAL if ended_presence(verb) is not None else None


def presence_targets(verb, args, index) -> None:
    """Keep, in place, only the targets named in the ended presence's of-phrase ("the presence of [Somali troops] on
    Kenyan soil": Somalia, not Kenya); nothing changes for any other verb."""
    presence = ended_presence(verb)
    if presence is None:
        return
    owners = set()
    stack = [o for p in presence.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj"]
    while stack:                       # the forces' own words, not where they are ("on Kenyan soil", "in X")
        t = stack.pop()
        hit = index.actor_at(t.i)
        if hit is not None:
            owners.add(hit.actor)
        stack.extend(c for c in t.children if c.dep_ != "prep" or c.lower_ == "of")
    args.target = [a for a in args.target if a in owners]

"""Another party's hostile act told in a statement, by shapes the verb lists miss (issue 8, statements2).

- `arms_delivered`: "said that the UAE was sending weapons to the RSF" -- a transfer verb whose object is arms
  (data/arming.yaml); read by `speech._alleged_clause`, which checks the act is told as done by another named party.
- `attacker_named`: "said it was a rocket fired by Hezbollah" -- a conflict participle describing a noun, whose
  by-agent names a party other than the speaker's side: the speaker names who attacked (PLOVER ACCUSE). A clause's
  own passive ("ten were killed by shelling") is a report, not read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import phrase_actors
from .hostile_aims import negated_between, said_tokens
from .index import DocIndex
from .speakers import speaker_sides

ARMING_PATH = Path(__file__).resolve().parents[2] / "data" / "arming.yaml"


@dataclass(frozen=True)
class ArmingWords:
    arms_nouns: frozenset[str]
    transfer_verbs: frozenset[str]


@lru_cache(maxsize=2)
def arming_words(path: str | None = None) -> ArmingWords:
    """data/arming.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or ARMING_PATH, ArmingWords, "arming")


def arms_delivered(verb, words: ArmingWords | None = None) -> bool:
    """A transfer verb with arms as its object ("sending weapons", "supplied drones and ammunition")."""
    words = words or arming_words()
    if verb.lemma_.lower() not in words.transfer_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [cj for o in objects for cj in o.conjuncts]
    return any(o.lemma_.lower() in words.arms_nouns or o.lower_ in words.arms_nouns for o in objects)


def _conflict_verb(lex, tok) -> bool:
    trig = lex.verbs.get(tok.lemma_.lower())
    return trig is not None and lex.quads.get(trig.type, "").endswith("conflict")


def attacker_named(lex, speech, index: DocIndex) -> bool:
    """What the speech verb says describes a thing by a conflict participle whose by-agent is another named
    party ("a rocket fired by Hezbollah"), not negated."""
    own = None
    for t in said_tokens(speech):
        if t.dep_ != "acl" or t.tag_ != "VBN" or not _conflict_verb(lex, t) or negated_between(t, speech):
            continue
        agents = [o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        named = {h.actor for a in agents for h, _ in phrase_actors(a, index) if h.type != "media"}
        if not named:
            continue
        own = speaker_sides(lex, speech, index) if own is None else own
        if named - own:
            return True
    return False

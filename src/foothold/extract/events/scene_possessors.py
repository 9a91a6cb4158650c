"""Possessors that set no scene (issue 8, evargs9): `arguments.story_state` gives an unnamed state body ("Police
detained 14 people") the one state the sentences before name as a scene, an actor or a possessor ("X's capital").
Two possessors there tell no scene:
- a state owning a diplomatic body -- "Israel's foreign ministry called on the Russian authorities to protect ...
  Police detained 83 people": a foreign ministry, an embassy, an ambassador, an envoy or a consulate speaks about
  another state's affairs, so its owner is not where the story happens (`DIPLOMATIC_NOUNS`; a ministry, minister or
  office only with "foreign" before it);
- a possessor inside a relative clause -- "opponents, who see the church as a tool of Belgrade's influence, blocked
  the roads. Police detained 14 people": what a described group believes names no scene.
Only for the sentences before the act's own (there any place but a describing demonym still counts)."""

from __future__ import annotations

DIPLOMATIC_NOUNS = frozenset({"embassy", "ambassador", "envoy", "consulate", "consul", "diplomat", "mission",
                              "chargé", "charge"})
FOREIGN_NOUNS = frozenset({"ministry", "minister", "office", "secretary", "department"})


def diplomatic_owner(t) -> bool:
    """``t`` owns (possessor or compound of) a diplomatic body: "Israel's foreign ministry", "France's embassy"."""
    if t.dep_ not in ("poss", "compound"):
        return False
    noun = t.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    lemma = noun.lemma_.lower()
    if lemma in DIPLOMATIC_NOUNS:
        return True
    # "foreign ministry", "Ministry of Foreign Affairs", "Foreign Office"
    return lemma in FOREIGN_NOUNS and any(c.lower_ == "foreign" for c in noun.subtree if c.i > t.i)


def in_relative_clause(t) -> bool:
    """``t`` lies inside a relative clause ("who see ... as a tool of Belgrade's influence")."""
    node = t
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def sets_no_scene(t) -> bool:
    """A state or place named at ``t`` in a sentence before the act's own that tells no scene."""
    return diplomatic_owner(t) or t.dep_ == "poss" and in_relative_clause(t)

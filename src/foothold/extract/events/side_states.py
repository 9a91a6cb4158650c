"""The states of two persons a text calls "the two sides" (issue 8, evargs14).

"The council met in Accra, chaired on the Ghanaian side by the Minister of Energy, Kofi Mensah, and on the Togolese
side by the Minister of Finance, Yawa Kouigan. The two sides welcomed the reopening of the crossing": `named_pair`
reads "the two sides" as the two parties of one kind named last, here the two ministers; the makers code "the two
sides" with the states where the sides are states or their officials (DEVELOPING.md "Conventions", session 42 audit
row 1: news-dev 39 "the two sides" -> Iraq + United States, seed "the two countries decided" -> the minister + Iran),
while our own golds split between the persons and the states. A side noun ("side", "party", "delegation") read as
two persons keeps the persons and adds the one state each serves (`spoken_side.person_state`, from the relations):
one shared actor then matches either coding. Persons without a state each, or of one state, add nothing."""

from __future__ import annotations

from .index import DocIndex

SIDE_NOUNS = frozenset({"side", "party", "delegation"})


def side_state_ids(subj, source: list[str], index: DocIndex) -> list[str]:
    """``source`` (the actor ids read for the subject ``subj``) with the two persons' states added, when ``subj`` is a
    side noun and each person serves one state of his own (read last in `targets.paired_doers`)."""
    if subj is None or subj.lemma_.lower() not in SIDE_NOUNS or len(source) != 2 \
            or any(index.actor_type.get(a) != "person" for a in source):
        return source
    from .spoken_side import person_state
    states = [person_state(a, index) for a in source]
    if None in states or states[0] == states[1]:
        return source
    return source + [s for s in states if s not in source]

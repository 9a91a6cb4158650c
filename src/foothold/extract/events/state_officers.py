"""Officers of a state body: "a traffic police officer shot a protester", "security officers detained two
journalists", "customs officers seized the cargo" (issue 8, evargs7). `arguments.names_state_body` read "police"
and "security forces" as a state's body but not the single officer a body noun or a state modifier describes, so the
act had no doer (skip no_actor); such an officer acts for the state the story is set in, as the body does. A bare
"officers" (of an army, a party, a company) and "army officers" (coups are theirs, not the state's) are left."""

from __future__ import annotations

OFFICER_NOUNS = frozenset({"officer", "agent", "policeman", "policewoman"})
# the bodies and modifiers that make an officer the state's: police, security, customs, border, prison
OFFICER_BODIES = frozenset({"police", "security", "customs", "border", "prison", "immigration"})


def state_officer(noun) -> bool:
    """ "a traffic police officer", "security officers", "border guards": an officer noun a state body describes
    (a compound or adjective before it, or one inside such a compound: "riot police officers")."""
    if noun.lemma_.lower() not in OFFICER_NOUNS:
        return False
    words = {t.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i for t in c.subtree}
    return bool(words & OFFICER_BODIES)

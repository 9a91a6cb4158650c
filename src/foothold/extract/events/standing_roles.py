"""A present-simple relative clause tells what a party does as a rule: "the navy, which patrols the strait".

`standing_relatives` reads a present passive heading a relative clause ("Hezbollah, which is backed by Iran") as a
state. The active present simple in the same place is a party's standing role or a thing's standing effect, not an
act of the story: "the Guard navy, which patrols the Strait separately from the regular navy", "a state company that
provides most of the junta's revenue", "the cooperation between A and B, which threatens the security of Europe"
(spurious6: 3 no-overlap events on the tuning sets, none matched). A clause with a time of its own ("which attacks
the town today"), an auxiliary ("which has attacked", "which will visit"), a negation or a past tense is read as
before, and so is a clause whose relative word is the object ("shelling hospitals, which the government denies": the
denial answers, attributed_aside's case).
"""

from __future__ import annotations

PRESENT_SIMPLE = {"VBZ", "VBP"}
TIME_ENTITIES = {"DATE", "TIME"}
RELATIVE_WORDS = {"which", "that", "whom", "who"}


def standing_role(verb) -> bool:
    """Whether ``verb`` heads a relative clause in the active present simple with no time, auxiliary or negation of
    its own ("which patrols the strait")."""
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_SIMPLE or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in verb.children):
        return False        # "shelling hospitals, which the government denies": an answer told, not a role
    return not any(t.ent_type_ in TIME_ENTITIES for t in verb.subtree)

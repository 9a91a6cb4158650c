"""Where a statement is made is no scene (issue 8, evargs9): `arguments.story_state` gives an unnamed state body
("The army denied staging a coup") the one state the sentences before name as a scene. "X told reporters in Pretoria",
"Y, speaking in Tokyo, said", "Z said in Geneva" name where someone spoke -- often abroad, a visitor's or an
exile's place -- not where the story's acts happen. A place that is the "in"-object of a speaking verb (`SPEAKING`),
or of the reporters it was told to, is skipped in the sentences before the act's own."""

from __future__ import annotations

SPEAKING = frozenset({"say", "tell", "speak", "state", "announce", "declare", "add", "comment", "claim", "insist",
                      "stress", "note", "deny", "confirm", "write", "remark"})
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "correspondent", "press", "newsman", "audience"})


def spoken_place(t) -> bool:
    """``t`` is the "in" object of a speaking verb or of its audience: "told reporters in Pretoria"."""
    if t.dep_ != "pobj" or t.head.lower_ != "in":
        return False
    owner = t.head.head
    if owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in AUDIENCE_NOUNS:
        owner = owner.head
    return owner.pos_ == "VERB" and owner.lemma_.lower() in SPEAKING

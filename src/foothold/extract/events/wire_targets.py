"""Whom a wire story's act is done to, where the story's wording names it (issue 8, wireev).

Small rules read by the extractor, each with its own sentences in tests/test_events_wire_targets.py.
"""

from __future__ import annotations

SCENE_PREPOSITIONS = {"in", "at", "near", "outside", "around"}


def apposed_state(tok, index) -> str | None:
    """The state written after the act's own place ("three people were killed in Kharkiv, Ukraine"): the text
    names the place's state, so people hit there are that state's, whatever state the sentence before named."""
    for t in tok.subtree:
        if t.dep_ != "pobj" or t.head.lower_ not in SCENE_PREPOSITIONS:
            continue
        for c in t.children:
            held = index.actor_at(c.i) if c.dep_ == "appos" else None
            if held is not None and held.type == "country":
                return held.actor
    return None


# heads that count their members, the crowd being the of-phrase: "hundreds of protesters", "a crowd of students"
COUNTING_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "group",
                  "crowd", "band", "number"}


def counted_members(head) -> list:
    """The members a counting head counts ("Hundreds of protesters" -> protesters): who acts is the of-phrase."""
    if not (head.like_num or head.lower_ in COUNTING_HEADS or head.lemma_.lower() in COUNTING_HEADS):
        return []
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


# subordinators of a clause told before its main clause: "As he was being detained, X told reporters"
FRONTED_MARKS = {"as", "when", "while", "after", "before", "once", "until"}


def fronted_clause_subject(pron, index):
    """The actor a subject pronoun of a fronted clause stands for: the main clause's named subject told after it
    ("As he was being detained, Zuniga told reporters ...": Zuniga, not the person named before), or None."""
    if pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    main = clause.head
    if clause.dep_ != "advcl" or clause.i > main.i or main.i == clause.i \
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ in FRONTED_MARKS for c in clause.children):
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i), None)
    if subject is None:
        return None
    hit = next((index.actor_at(t.i) for t in subject.subtree if index.actor_at(t.i) is not None), None)
    return hit if hit is not None and hit.type == "person" else None


def owns_a_place(poss, index) -> bool:
    """A state's possessive naming a scene ("Ukraine's Donetsk region", "Syria's border"), not a body it owns
    ("France's foreign ministry denied ..."): only the first sets a story in that state."""
    from .lexicon import load_lexicon
    head = poss.head
    held = index.actor_at(head.i)
    return held is not None and held.type == "place" or head.lemma_.lower() in load_lexicon().ground_nouns \
        or head.lemma_.lower() in SCENE_WORDS


# scene words beyond the lexicon's ground nouns (plover.yaml `ground_nouns`)
SCENE_WORDS = {"state", "governorate", "border", "borders", "coast", "waters", "airspace", "soil", "side", "north",
               "south", "east", "west", "interior"}

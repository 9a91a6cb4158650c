"""A holder named right after the state of his posting (evargs8): "U.S. Ambassador to Hungary David Pressman
welcomed the decision", "EU Special Envoy for the Sahel Anna Berg said ...". The parser reads "Hungary David
Pressman" as one name, the object of "to", so the title is the subject and `arguments.head_actors` (which does not
follow "to"/"for" phrases: "the ambassador to Hungary" is not Hungary) found only the state in front ("U.S."). When the
object of a title's "to"/"for" names a person after a country or place, that person holds the title."""
from __future__ import annotations

POSTED_TITLES = frozenset({"ambassador", "envoy", "representative", "coordinator", "commissioner", "rapporteur",
                           "consul", "adviser", "advisor", "minister", "secretary", "delegate", "emissary"})
POSTING_PREPS = frozenset({"to", "for"})


def posted_holder(tok, index):
    """[(person hit, token)] when ``tok`` is a posted title whose "to"/"for" object is "<place or country> <person>"."""
    if tok.lower_ not in POSTED_TITLES or index.actor_at(tok.i) is not None and index.actor_at(tok.i).type == "person":
        return []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in POSTING_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            person = index.actor_at(obj.i)
            if person is None or person.type != "person":
                continue
            first = min(t.i for t in obj.subtree if index.actor_at(t.i) is person)
            posting = [index.actor_at(t.i) for t in obj.subtree if t.i < first]
            if any(h is not None and h.type in ("country", "place") for h in posting):
                return [(person, obj.i)]
    return []

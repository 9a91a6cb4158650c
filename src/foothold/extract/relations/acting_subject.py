"""Who a sentence makes its acting subject, for the story's state of a bare title in the sentence after it (issue 8,
reltitle2): the subject of the main clause, also where the parser left it as the root with its finite verb hung as a
clause after a relative one ("Kenya, which hosts the talks, called for calm": root "Kenya", "called" an acl); a
capital so acting stands for its state ("Cairo stayed silent": Egypt), when the text names that state."""

from __future__ import annotations

from .found import capital_country

SUBJECT_DEPS = ("nsubj", "nsubjpass")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")     # "called", "calls", "call", "will": a clause's own verb, not a participle


def main_subject(sent):
    """The subject token of the sentence's main clause, or None."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        return subject
    return root if misparsed_root_subject(root) else None


def misparsed_root_subject(root) -> bool:
    """A noun root whose finite verb the parser hung on it as an acl after a relative clause ("Kenya, which hosts
    the talks, called ..."): the noun is the subject of that verb."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return False
    kids = list(root.children)
    return any(c.dep_ == "relcl" for c in kids) and any(
        c.dep_ == "acl" and c.tag_ in FINITE_TAGS and c.i > root.i for c in kids)


def state_acting_as(sentence, tok) -> str | None:
    """The state a subject token names: a country, or a capital of a state the text names."""
    r = sentence.idx.ref(tok.i)
    if r is None:
        return None
    if r.type == "country":
        return r.actor
    return capital_country(sentence.ctx, r.actor) if r.type == "place" else None


def state_of_named_body(sentence, tok) -> str | None:
    """A named state body acting ("Kenya's High Court blocked ...", "the Peruvian Congress voted ..."): the state
    its own phrase names, when the body was read as part of that state (issue 8, relrecall3)."""
    r = sentence.idx.ref(tok.i)
    if r is None or r.type != "organization":
        return None
    for j in range(r.start, r.end):
        for c in sentence.doc[j].children:
            owner = sentence.idx.ref(c.i)
            if c.dep_ in ("poss", "amod", "compound") and owner is not None and owner.type == "country" \
                    and owner.actor != r.actor and (r.actor, "part_of", owner.actor) in sentence.found.by_key:
                return owner.actor
    return None

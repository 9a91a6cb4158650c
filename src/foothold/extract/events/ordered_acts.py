"""Acts the speaker says it ordered (issue 8, statements3).

"Prigozhin said he had ordered his columns to return to their field camps", "Solana said he had directed the supreme
commander to begin air operations": a speaker telling that its own side ordered an act, done (a past or perfect
ordering verb), makes that act the speaker's: the statement is typed by the ordered act (RETREAT, ASSAULT ...), as
"Biden ordered air strikes" makes Biden the strikes' agent (targets.ORDERING). Another party's order ("said the
general had ordered troops to fire") is a report, and an order to come ("would order") promises nothing read here. An order to harm whoever may come ("instructed the Navy to shoot down and destroy any
gunboats that harass our ships", `hypothetical_target`) threatens: THREATEN (evtypes2)."""

from __future__ import annotations

from .index import DocIndex
from .speakers import own_side_subject
from .triggers import find_triggers

ORDERING_VERBS = frozenset({"order", "direct", "instruct", "command", "authorize", "authorise"})
SPEAKING_PRONOUNS = frozenset({"he", "she", "i", "we", "it", "they"})
DONE_AUX = frozenset({"had", "has", "have"})


def _ordered_act_type(lex, complement) -> str | None:
    """The type of the first act the trigger finder reads in the ordered clause (verbs, phrases, event nouns)."""
    inside = {t.i for t in complement.subtree}
    found = [f for f in find_triggers(complement.sent, lex)
             if f.token.i in inside and f.kind != "speech" and f.trigger is not None]
    return min(found, key=lambda f: f.token.i).trigger.type if found else None


def ordered_act_type(lex, content, speech, index: DocIndex) -> str | None:
    """The type of the act ``speech`` says its own side ordered, or None."""
    if content is None or content.pos_ != "VERB" or content.lemma_.lower() not in ORDERING_VERBS:
        return None
    aux = {c.lower_ for c in content.children if c.dep_ in ("aux", "auxpass")}
    done = content.tag_ == "VBD" and not aux or content.tag_ == "VBN" and aux & DONE_AUX
    if not done or any(c.dep_ == "neg" for c in content.children):
        return None
    subj = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in SPEAKING_PRONOUNS or own_side_subject(lex, content, speech, index)):
        return None
    # "directed the commander, General X, to begin air operations": the parser may hang the infinitive as an advcl
    complement = next((c for c in content.children if c.pos_ == "VERB" and (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
    if complement is None:
        return None
    etype = _ordered_act_type(lex, complement)
    if etype == "ASSAULT" and hypothetical_target(complement):
        return "THREATEN"     # evtypes2: "instructed the Navy to destroy any gunboats that harass our ships"
    return etype


HYPOTHETICAL_DETS = frozenset({"any", "whatever", "whichever"})
CONDITIONS = frozenset({"if", "unless", "should", "whenever"})


def hypothetical_target(complement) -> bool:
    """The ordered harm falls on whoever may come ("any gunboats that harass", "if they approach"): a standing
    order against a future foe threatens (PLOVER THREATEN), it strikes no one yet."""
    for t in complement.subtree:
        if t.dep_ == "det" and t.lower_ in HYPOTHETICAL_DETS and t.head.dep_ in ("dobj", "pobj", "conj"):
            return True
        if t.dep_ == "mark" and t.lower_ in CONDITIONS and t.head.dep_ == "advcl":
            return True
    return False

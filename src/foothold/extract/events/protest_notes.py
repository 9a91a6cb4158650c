"""A note of protest handed over is a complaint, no transfer of goods (issue 8, precision2): "summoned the Chilean
ambassador and handed him a note of protest", "handed the Brazilian envoy a letter of protest". PLOVER codes an
official complaint ACCUSE (CAMEO 114); what a hand-over verb otherwise moves ("handed officials 50 tonnes of rice")
stays AID. A note that demands ("handed him a note demanding an explanation", "delivered a letter calling for the
release of X") asks: PLOVER REQUEST demand (evtypes2, `demanding_note`).
"""

from __future__ import annotations

WRITTEN = {"note", "letter", "memorandum", "message", "demarche", "démarche", "communication"}
COMPLAINT_WORDS = {"protest", "complaint", "objection"}


def protest_note(objects) -> bool:
    """An object is a written note of protest: "a note of protest", "a protest note", "a letter of complaint"."""
    for o in objects:
        if o.lemma_.lower() not in WRITTEN:
            continue
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in COMPLAINT_WORDS for c in o.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in COMPLAINT_WORDS for g in c.children)
               for c in o.children):
            return True
    return False


# what a handed note does when it demands (evtypes2): the participle or relative verb of the note
DEMANDING = {"demand", "request", "urge", "ask", "seek", "insist", "call", "press", "require"}
HANDING = {"hand", "deliver", "send", "present", "transmit", "submit", "transfer", "pass"}


def demanding_note(objects) -> bool:
    """An object is a written note that demands: "a note demanding an explanation", "a letter calling for X"."""
    for o in objects:
        if o.lemma_.lower() not in WRITTEN:
            continue
        for c in o.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEMANDING and not any(
                    n.dep_ == "neg" for n in c.children):
                if c.lemma_.lower() != "call" or any(p.dep_ == "prep" and p.lower_ in ("for", "on") for p in c.children):
                    return True
    return False

"""An object set after an interrupting phrase (issue 8, evskip2): "decided to suspend, with immediate effect, the
treaty", "will withdraw, in stages, its forces". The parser hangs the noun phrase after the second comma elsewhere
(the object of the governing verb, the subject of a following clause), so the verb reads as having no object and its
listed-object check drops it. A verb with no direct object, followed at once by a comma-closed adverbial (a
preposition or adverb opening it, at most six words) and then a noun phrase (a determiner, possessive, number,
adjective or noun opening it), takes that phrase's head noun as its object. Read in `material.acted_objects`."""

from __future__ import annotations

NP_OPENERS = ("DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN")
MAX_INTERRUPTION = 6
REPORTING = frozenset({"say", "tell", "add", "note", "report", "state", "claim", "announce", "confirm"})


def _head_noun(tok):
    """The head of the noun phrase that opens at ``tok``: the first noun, past its compound modifiers."""
    doc = tok.doc
    i = tok.i
    end = min(len(doc), tok.i + 8)
    while i < end and doc[i].pos_ not in ("NOUN", "PROPN"):
        if doc[i].pos_ not in NP_OPENERS and doc[i].tag_ != "POS":
            return None
        i += 1
    if i >= end:
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") and doc[i].dep_ in ("compound", "amod", "nmod"):
        i += 1
    return doc[i]


def interrupted_object(verb):
    """The head noun of the object set after a comma-closed interruption, or None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "as":
        return as_phrase_object(verb, doc[i])
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ not in ("ADP", "ADV"):
        return None
    close = next((j for j in range(i + 2, min(len(doc), i + 2 + MAX_INTERRUPTION)) if doc[j].text == ","), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].pos_ not in NP_OPENERS \
            or doc[close + 1].pos_ == "PRON" and doc[close + 1].tag_ != "PRP$":
        return None
    if any(doc[j].pos_ in ("VERB", "AUX") or doc[j].is_sent_start for j in range(i + 1, close + 1)):
        return None
    noun = _head_noun(doc[close + 1])
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING:
        return None      # "Norway withdrew, in protest, the ministers said": the next clause's speaker
    return noun


def object_parties(noun) -> list:
    """The words of the object's own phrase less its clauses: where the parties the act is aimed at are read
    ("the participation of X in the council's work")."""
    skip = {t.i for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.i != noun.i for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skip]


def as_phrase_object(verb, prep):
    """ evstmt2: "dismissed as 'an empty threat' the warning that X had given", "rejected as baseless the claims":
    the characterisation comes first and the object after it, which the parser hangs on the "as" phrase as an
    apposition (or as its object's own head); a noun phrase opened by a determiner or a possessive right after the
    "as" phrase's last word is the verb's object."""
    if prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")), None)
    if pobj is None:
        return None
    appos = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i
                  and any(d.dep_ in ("det", "poss") and d.i < c.i for d in c.children)), None)
    return appos

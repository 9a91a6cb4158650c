"""The requester's own next verb parsed inside the request: "NBRO urges the authorities to grant access and calls on
X to end Y" (issue 8, evsense2). The parser hangs "calls" as a conjunct of the infinitive "grant"; a finite verb in
the governor's own tense cannot continue a bare infinitive, so it is the governor's conjunct (a parse repair run
with the extractor's others): its subject is the governor's, and it is no longer read as requested content.
The same holds a level up (evargs5): "X said the killings aimed to push the province into chaos and called on Y to
..." -- "called" continues "said", the nearest verb above in its own tense, not the infinitive "push"."""

from __future__ import annotations
from ..doc_tokens import doc_tokens

FINITE = {"VBZ", "VBD"}


def finite_conjuncts(content) -> list:
    """Finite verbs conjoined to an infinitive complement, in its governor's tense and with no subject of their own."""
    governor = content.head
    if content.dep_ != "xcomp" or content.tag_ != "VB" or governor.tag_ not in FINITE or governor.pos_ != "VERB":
        return []
    return [c for c in content.children if c.dep_ == "conj" and c.tag_ == governor.tag_ and c.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def tensed_ancestor(content, tag: str):
    """The nearest verb above an infinitive in the given finite tense, climbing through participles and nouns
    ("said the killings aimed to push X": "said"), or None at the root (evargs5)."""
    t = content.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.tag_ == tag:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


# where a "to"-infinitive hangs when a finite verb conjoined to it belongs higher up: a complement, the
# infinitive of a preposition ("accused X of ... to punish Y and called on Z"), a purpose clause
FAR_CONTENT = frozenset({"xcomp", "pcomp", "advcl"})


def far_finite_conjuncts(content) -> list:
    """(conjunct, its verb) for finite verbs conjoined to a "to"-infinitive whose governor is no finite verb ("X said
    the killings aimed to push the province into chaos and called on Y to ..."): the nearest verb above in the
    conjunct's tense, when the conjunct has no subject of its own. evargs12: the infinitive may also be a
    preposition's ("accused X of \"starving\" Y to punish Z and called on W to ...") or a purpose clause, and the
    conjunct a past form the tagger read as a participle ("blamed X for failing to build trust and accused Y of
    ..."): a bare infinitive continued by a participle with no auxiliary of its own is a past tense misread, and it
    goes to the nearest past verb above. So does a past tense the parser conjoined to a preposition's gerund
    ("accused X of arming the rebels and blamed Y for ...")."""
    gerund = content.tag_ == "VBG" and content.dep_ == "pcomp"      # "accused X of arming Y and blamed Z for ..."
    if not gerund and (content.dep_ not in FAR_CONTENT or content.tag_ != "VB"
                       or content.dep_ == "xcomp" and content.head.tag_ in FINITE
                       or not any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children)):
        return []
    out = []
    for c in content.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            continue
        tense = c.tag_ if c.tag_ in FINITE else "VBD" if c.tag_ == "VBN" and not any(
            a.dep_ in ("aux", "auxpass") for a in c.children) else None
        if tense is not None:
            verb = tensed_ancestor(content, tense)
            if verb is not None:
                out.append((c, verb))
    return out


def finite_preposition_objects(token) -> object | None:
    """The finite verb above a past tense the parser hung on its preposition right after "and" ("accused X of
    \"starving\" Y to punish Z and called on W to ...": "called" as the object of "of"): a preposition takes a
    gerund, never a past tense, so "and called" continues the verb that governs the preposition (evargs12)."""
    if token.dep_ != "pcomp" or token.tag_ != "VBD" or token.pos_ != "VERB" or token.i == 0 \
            or token.doc[token.i - 1].lower_ != "and" or any(s.dep_ in ("nsubj", "nsubjpass") for s in token.children):
        return None
    verb = token.head.head
    return verb if token.head.pos_ == "ADP" and verb.tag_ == "VBD" and verb.pos_ == "VERB" else None


# verbs of saying whose clause a speaker's own request may follow, and the request verbs that do
SAYING = frozenset({"say", "state", "tell", "add", "declare", "announce", "stress", "note"})
REQUESTING = frozenset({"call", "urge", "appeal"})


def said_requests(content) -> list:
    """(request, speech verb) for a request verb with no subject of its own conjoined to the clause a speaker said,
    in the speech verb's tense ("X said the government respected the ruling and called for calm", "said that the
    killing was \"a crime that crossed every line\" and called on Y to ...", where the parser hangs the call on the
    relative clause inside): it was read as said content and the sentence gave one event, typed by one of the two;
    the golds code the speaker's statement and the speaker's request (evargs12). Only calls and urgings: another
    act conjoined there ("said the militia attacked the base and burned the trucks") is the clause's subject's, as
    told. ``content`` is the request verb; the walk climbs from the verb it is conjoined to, through a relative
    clause or a predicate, to the clause of a verb of saying."""
    if content.dep_ != "conj" or content.pos_ != "VERB" or content.lemma_.lower() not in REQUESTING \
            or any(s.dep_ in ("nsubj", "nsubjpass") for s in content.children):
        return []
    t = content.head
    for _ in range(4):
        verb = t.head
        if t.dep_ == "ccomp" and verb.lemma_.lower() in SAYING and verb.tag_ in FINITE and verb.pos_ == "VERB":
            # a trailing attribution ("Chad thanked Niger ... and called on Libya to ..., the ministry said") keeps
            # the call with the clause's own subject: only a speech verb before what it says gives it its call
            return [(content, verb)] if content.tag_ == verb.tag_ and verb.i < t.i else []
        if t.dep_ not in ("relcl", "attr", "acomp", "dobj") or verb.i == t.i:
            return []
        t = verb
    return []


def repair_finite_conjuncts(doc) -> int:
    """Re-hangs each such conjunct on the governor (or on the nearest verb of its tense above); returns how many."""
    moved = 0
    for content in doc_tokens(doc):     # the events block's kept Token list (perf4)
        for verb in finite_conjuncts(content):
            verb.head = content.head
            moved += 1
        for verb, governor in far_finite_conjuncts(content):
            verb.head = governor
            moved += 1
        for verb, governor in said_requests(content):
            verb.head = governor
            moved += 1
        verb = finite_preposition_objects(content)
        if verb is not None:
            content.head, content.dep_ = verb, "conj"
            cc = content.doc[content.i - 1]
            cc.head, cc.dep_ = verb, "cc"
            moved += 1
    return moved

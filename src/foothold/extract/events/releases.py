"""Statement and release style: what a reaction verb's object tells about time.

An official statement reacts to others' deeds ("welcomed the decision of the Council in June",
"condemned the announcement made on 3 May"): a date inside the object noun phrase times the deed
reacted to, not the reaction, which a release makes on its own date line.
"""

from __future__ import annotations

from .pairs import PAIR_KINDS
from .conjoined_verbs import conjoined_present
from ..doc_tokens import doc_tokens

# the types whose verbs react to another's deed (welcome, praise, condemn, reject)
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def object_deed_dates(f, dates, index) -> set[int]:
    """Start offsets of the date phrases inside the common-noun object of ``f``'s reaction verb."""
    trigger = f.token
    if f.kind != "verb" or f.trigger is None or f.trigger.type not in REACTION_TYPES or trigger.pos_ != "VERB":
        return set()
    doc = trigger.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        t = doc[toks[0]]
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.i > 0 and doc[t.i - 1].text == "(":
            continue                # only "in June", "on 3 May" told of the noun; a note "(May 7, 2020)" dates the statement
        below_noun = False          # the date modifies something inside the object, not the object itself
        for _ in range(12):
            if t.head.i == t.i:
                break
            if t.head.i == trigger.i:
                if t.dep_ == "dobj" and t.pos_ == "NOUN" and below_noun:
                    out.add(d.start)
                break
            below_noun = True
            t = t.head
    return out



def joint_parties(subj, events, index) -> list[str]:
    """The parties of the latest talks told before, for a plural subject naming the two sides
    ("The sides agreed to ...", "The leaders welcomed ..."): those the talks' event holds, else those its
    evidence names ("the delegations of X and Y held talks"); empty when it is not one or none were told."""
    if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in PAIR_KINDS:
        return []
    if not any(c.lower_ in ("the", "both", "two") for c in subj.children) or \
            any(c.dep_ in ("prep", "compound", "amod", "poss", "relcl") for c in subj.children):
        return []           # "the parties to the conflict", "opposition parties": not the pair just met
    kinds = PAIR_KINDS[subj.lemma_.lower()]
    talks = next((ev for ev in reversed(events) if ev.type == "CONSULT"), None)
    if talks is None:
        return []
    for named in (talks.source + talks.target, [h.actor for h in index.hits_between(talks.start, talks.end)]):
        parties = [a for a in dict.fromkeys(named) if index.actor_type.get(a) in kinds]
        if len(parties) >= 2:
            return parties
    return []


def repair_misread_verbs(doc, verbs) -> None:
    """ "The Special Envoy thanks the Government of X for ...": a present-tense verb the tagger read as a plural
    noun, though the parse gives it a subject and an object of its own, is the verb the lexicon knows
    (retagged in place, so that the trigger finder and the argument readers all see a verb)."""
    for tok in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
            continue
        deps = {c.dep_ for c in tok.children}
        named = named_compound_subject(tok) if "nsubj" not in deps else None
        if ("nsubj" not in deps and named is None or "dobj" not in deps) and not conjoined_present(tok):
            continue            # conjoined_present: "welcomes X, and thanks the Ministry for ..." (evcand8)
        lemma = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in verbs), None)
        if lemma is not None:
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", lemma
            if named is not None:
                named.dep_ = "nsubj"


def named_compound_subject(tok):
    """ "Chad thanks France for ...": the sentence's opening name, which the parser hung on the misread root as a
    compound, is the verb's subject (evcand3); None unless the word is a root opening with a one-word proper name."""
    first = tok.sent[0]
    if tok.dep_ != "ROOT" or first.i != tok.i - 1 or first.dep_ != "compound" or first.pos_ != "PROPN":
        return None
    return first


def object_pronoun_antecedent(pron, index, min_token: int):
    """ "X spoke with President Y and urged him to ...": an object "him"/"her" is not its own clause's subject
    (that would be "himself"), so it is the closest person named before it other than that subject."""
    if pron.lower_ not in ("him", "her") or pron.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head          # "spoke with Y and urged him": the conjunct's subject is the first verb's
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doer = index.actor_at(subj.i) if subj is not None else None
    if doer is None and subj is not None and subj.pos_ == "NOUN":
        # "the interior ministry expelled the journalist X, accusing him of ...": an unnamed body's object pronoun
        # is the person its own sentence named last
        min_token = max(min_token, pron.sent.start)
    elif doer is None:
        return None
    for j in range(pron.i - 1, min_token - 1, -1):
        h = index.actor_at(j)
        if h is not None and h.type == "person" and (doer is None or h.actor != doer.actor):
            return h
    return None


MEANS_PREPS = {"by", "via", "over", "on"}


def means_phrase_preps(verb) -> list:
    """ "spoke by telephone with X", "met via video link with X": the preposition the verb needs, hung by the
    parser on the noun of a means phrase, is still the verb's."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPS
            for n in p.children if n.dep_ == "pobj" for c in n.children if c.dep_ == "prep"]


# "spoke with X to express our support for Y", "called X to convey condolences": a call or meeting made to say
# something tells that it was said (a readout's way of reporting the message), unlike "entered Iran to transfer goods"
COMMUNICATING = {"speak", "talk", "call", "phone", "telephone", "meet", "write"}
EXPRESSING = {"express", "convey", "reaffirm", "reiterate", "underline", "stress", "underscore"}


def said_in_the_call(trigger) -> bool:
    """The trigger is the message a call or meeting was made to convey ("spoke with X to express ...")."""
    return trigger.dep_ == "advcl" and trigger.lemma_.lower() in EXPRESSING \
        and trigger.head.lemma_.lower() in COMMUNICATING and trigger.head.pos_ == "VERB"

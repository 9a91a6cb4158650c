"""Which acts a stated future names (issue 8, evtype3: the right happening typed wrong).

`speech.future_type` types "X said it would V ..." by the kinds of act the future clause names. Three shapes
named acts that are not what the speaker says will be done:
- a topic: "would talk to Britain about the seizure" promises talks; the seizure is what they are about;
- a conflict verb whose plover.yaml sense needs listed objects it does not act on: "would take steps to help X"
  takes no ground (`take` is COERCE only for towns, bases, territory); a cooperative one still names
  cooperation ("would resume gas deliveries");
- a request: "would continue to press the government to restore rights" says a demand will be made (PLOVER
  REQUEST), not harm done;
- an act forgone (spurious13): "would hold a day of mourning on Saturday instead of street protests", "would sign the
  accord rather than strike": what follows "instead of", "rather than" or "in place of" is what will not be done
  (`forgone`; the parser hangs the marker on any word, so it is read on the words: from the marker to the next
  punctuation).
"""
from __future__ import annotations

from .triggers import listed_sense, noun_trigger, phrase_at

# prepositions that open what an act is about, not an act of its own
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})


def _in_topic(tok, verb) -> bool:
    """The word hangs, below the future verb, inside an "about X" phrase."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in TOPIC_PREPOSITIONS:
            return True
        t = t.head
    return False


# two-word markers of an act left undone in favour of the one named before them
FORGOING = frozenset({("instead", "of"), ("rather", "than"), ("in", "place")})
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "--", "—", "–"})


def forgone(tok) -> bool:
    """The word follows an "instead of" / "rather than" / "in place of" marker in its sentence, with no punctuation
    between them."""
    sent = tok.sent
    for j in range(tok.i - 1, sent.start, -1):
        w = tok.doc[j].lower_
        if w in CLAUSE_BREAKS:
            return False
        if (tok.doc[j - 1].lower_, w) in FORGOING:
            return True
    return False


def act_kinds(lex, verb) -> set[str]:
    """The quad classes of the acts the future clause of ``verb`` names (phrases, verbs in their listed sense,
    admitting verbs, event nouns), topics left out."""
    kinds = set()
    for t in verb.subtree:
        if _in_topic(t, verb) or forgone(t):
            continue
        phrase = phrase_at(t.sent, t.i, lex)
        if phrase is not None:                  # "would bring home its troops"
            kinds.add(lex.quads[phrase.trigger.type])
        elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.verbs:
            kind = lex.quads[lex.verbs[t.lemma_.lower()].type]
            if listed_sense(t, t.lemma_.lower(), lex) or not kind.endswith("conflict"):
                kinds.add(kind)      # "would resume gas deliveries" still names cooperation resumed
        elif t.pos_ == "VERB" and lex.admitting is not None and t.lemma_.lower() in lex.admitting.verbs:
            kinds.add(lex.quads[lex.admitting.trigger.type])     # "would (not) allow the inspectors to return"
        else:
            hit = noun_trigger(t, lex)
            if hit is not None:
                kinds.add(lex.quads[hit[0].type])
    return kinds


def requested(lex, act) -> bool:
    """The act said to come is a request of someone to act ("would press X to", "will urge Y to"): PLOVER
    REQUEST; "would seek out and destroy the networks" asks nothing of anyone."""
    trig = lex.verbs.get(act.lemma_.lower())
    return act.pos_ == "VERB" and trig is not None and trig.type == "REQUEST" and any(_asked_act(c) for c in act.children)


def _asked_act(child) -> bool:
    """A complement clause, or an infinitive the parser hung as an adverbial ("press X to restore ...")."""
    return child.dep_ in ("xcomp", "ccomp") or child.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in child.children)

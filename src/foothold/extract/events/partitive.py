"""A count of what the sentence's attack just told, as the subject of a doerless passive: "two drones targeted the
base; one was shot down and the other caused minor damage", "three soldiers were ambushed; two were killed" (issue 8,
evsense2). The passive tells the fate of some of the attack's own weapons or victims, not a second attack."""

from __future__ import annotations

COUNT_WORDS = {"one", "two", "three", "four", "five", "both", "some", "most", "all", "several", "many", "none",
               "another", "each", "either", "neither"}


def _bare_count(subj) -> bool:
    """ "one", "both", "two of them": a count word heading its phrase with no noun of its own."""
    return subj.lower_ in COUNT_WORDS and subj.pos_ in ("NUM", "PRON", "DET", "NOUN") and not any(
        c.dep_ in ("compound", "amod") for c in subj.children)


def _told_attack_before(lex, verb) -> bool:
    """An earlier verb of the sentence reads as an attack told of a plural the count takes from."""
    for t in verb.sent:
        if t.i >= verb.i or t.pos_ != "VERB":
            continue
        trig = lex.verbs.get(t.lemma_.lower())
        if trig is None or trig.type != "ASSAULT":
            continue
        # the plural counted: the attack verb's subject, or a plural noun before it (parsers misread
        # "On 4 May two drones targeted ..." with the drones inside the date phrase)
        if any(c.tag_ in ("NNS", "NNPS") for c in t.children if c.dep_ in ("nsubj", "nsubjpass")) \
                or any(w.tag_ == "NNS" and w.pos_ == "NOUN" for w in verb.doc[verb.sent.start:t.i]):
            return True
    return False


def counted_part_of_attack(lex, verb) -> bool:
    """The verb is a passive with no agent whose subject counts the plural of an attack told before it in the
    sentence."""
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and _bare_count(subj) and _told_attack_before(lex, verb)

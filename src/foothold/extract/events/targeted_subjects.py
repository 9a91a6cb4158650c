"""The subject said to be an act's target (issue 8, fixes13): "Peru has been the target of repeated attacks by Chile",
"Estonia was the target of a cyberattack in April", "the convoy became the target of an ambush".

An event noun in an "of" phrase is read as what another word is about (`skips.is_topic`: "opposition to the
raid", "the aim of the operation"). After "the target of" / "the victim of" predicated of a subject (a copula's
attribute: "was", "has been", "became") it tells that the act happened, to the subject: the noun is no topic, and
the copula's subject is its target (`arguments.noun_arguments`); a doer comes as for other event nouns ("by X").
"""

from __future__ import annotations

TARGET_NOUNS = frozenset({"target", "victim"})
COPULAS = frozenset({"be", "become"})


def targeted_subject(noun):
    """The subject said to be the target or victim of the act ``noun`` names, or None."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    holder = t.head.head
    if holder.lemma_.lower() not in TARGET_NOUNS or holder.dep_ != "attr" or holder.head.lemma_.lower() not in COPULAS:
        return None
    return next((c for c in holder.head.children if c.dep_ == "nsubj"), None)


def alleged_targeting(lex, content, index) -> bool:
    """ "Iran said it had been the target of cyberattacks by X": a speaker telling, as done, that it (or anyone) was
    the target of another named party's hostile act accuses that party (PLOVER ACCUSE, as `speech.alleged_conduct`
    for a verb); the act with no doer named ("had been the target of attacks") accuses no one."""
    from .arguments import phrase_actors
    from .triggers import noun_trigger
    if content is None or content.dep_ != "ccomp" or content.lemma_.lower() not in COPULAS:
        return False
    if any(c.dep_ == "neg" for c in content.children):
        return False
    for holder in (c for c in content.children if c.dep_ == "attr" and c.lemma_.lower() in TARGET_NOUNS):
        for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (o for o in p.children if o.dep_ == "pobj"):
                hit = noun_trigger(noun, lex)
                if hit is None or not lex.quads.get(hit[0].type, "").endswith("conflict"):
                    continue
                doers = [o for b in (*noun.children, *holder.children) if b.dep_ in ("prep", "agent")
                         and b.lower_ == "by" for o in b.children if o.dep_ == "pobj"]    # "the target ... by X"
                if any(h.type not in ("media", "place") for d in doers for h, _ in phrase_actors(d, index)):
                    return True
    return False

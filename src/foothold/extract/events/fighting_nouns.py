"""Fighting told by a noun, with the parties it is between (data/offensives.yaml `between.nouns`; issue 8, evrecall4).

"Heavy fighting between X and Y ...", "fighting broke out on Monday between X and Y", "the fighting that has raged in
Z since Thursday between X and Y": the between-phrase sits on the noun, on the verb the noun is the subject of, or on
the noun's relative clause. Such fighting is an ASSAULT (CAMEO 190) whose first named party is the source and the
others its target (the tuning golds code "fighting between A and B" as A -> B). A bare "the fighting", or fighting
"between the two sides", names no parties and stays with the other rules; a gerund the parser reads as a verb is
`offensives.fighting_between`'s.
"""

from __future__ import annotations

from .index import DocIndex
from .offensives import Offensives, load_offensives

SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = ("relcl", "acl")


def _between(tok) -> list:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"]


def between_phrases(noun) -> list:
    """The "between" phrases telling whom the fighting is between: the noun's own, those of the verb it is the
    subject of ("fighting broke out between"), and those of its relative clause ("fighting that raged ... between")."""
    found = _between(noun)
    if noun.dep_ in SUBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
        found += _between(noun.head)
    for c in noun.children:
        if c.dep_ in CLAUSE_DEPS:
            found += _between(c)
    return found


def telling_verbs(noun) -> list[int]:
    """The verb whose subject the fighting is, when it carries the between-phrase ("fighting broke out between",
    "clashes erupted between"): it tells the fighting, no act of its own."""
    head = noun.head
    if noun.dep_ in SUBJECT_DEPS and head.i != noun.i and head.pos_ in ("VERB", "AUX") and _between(head):
        return [head.i]
    return []


def _coordinated(prep) -> bool:
    """The phrase joins two parties or more ("between X and Y"), not "between the two sides"."""
    return any(t.dep_ == "cc" and t.lower_ == "and" for o in prep.children if o.dep_ == "pobj" for t in o.subtree)


def war_begins(noun, table: Offensives) -> bool:
    """A war noun as the subject of a verb telling it starts ("the war between X and Y began", "broke out")."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.i == noun.i or head.lemma_.lower() not in table.onset_verbs:
        return False
    return head.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)


def fighting_noun_trigger(tok, table: Offensives | None = None):
    """The fighting Trigger for a fighting noun with a coordinated between-phrase, or None; a war noun only as it
    starts (`onset_nouns`)."""
    table = table or load_offensives()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in table.between_nouns and not (
            lemma in table.onset_nouns and war_begins(tok, table)):
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in table.fled_verbs:
        return None                     # "civilians fleeing fighting between X and Y": the flight's setting
    return table.fighting if any(_coordinated(p) for p in between_phrases(tok)) else None


def between_parties(noun, index: DocIndex) -> list[tuple]:
    """(ActorHit, token) of each party named in the noun's between-phrases, in order, places left out (a place in
    the phrase is where: "between X and Y forces in Z")."""
    out: list[tuple] = []
    for prep in between_phrases(noun):
        for t in prep.subtree:
            hit = index.actor_at(t.i)
            if hit is not None and hit.type != "place" and all(hit.actor != h.actor for h, _ in out):
                out.append((hit, t.i))
    return out


def fighting_parties(f, args, index: DocIndex, table: Offensives | None = None) -> None:
    """Fills a fighting noun's sides from its between-phrases when the noun's own reading named no doer."""
    table = table or load_offensives()
    if f.kind != "noun" or f.trigger is not table.fighting or args.source:
        return
    parties = between_parties(f.token, index)
    if not parties:
        return
    args.add("source", parties[:1], index)
    args.target = [a for a in args.target if a not in args.source]
    args.add("target", [(h, i) for h, i in parties[1:] if h.actor not in args.source], index)

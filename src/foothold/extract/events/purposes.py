"""Whom an act is aimed at when only its purpose names it (issue 8, newswire2): "marched through the capital to
demand independence from X", "pledged $100 million to rebuild X", "called up reservists to confront X rebels".

With a doer and no target found, the infinitive of purpose hung on the act's verb (an adverbial clause or an open
complement opened by "to" or "in order to") is read like the act's own acted-on phrase: a party named in its
objects or the objects of its target prepositions (`arguments.inner_parties`). Tests: tests/test_events_purposes.py.
"""

from __future__ import annotations

PURPOSE_DEPS = ("advcl", "xcomp")


def purpose_verbs(verb) -> list:
    """The verbs of the act's infinitives of purpose ("to demand ...", "in order to confront ...")."""
    clauses = [c for c in verb.children if c.dep_ in PURPOSE_DEPS and c.i > verb.i]
    # "in order to confront X": the parser hangs the infinitive on "order", the object of "in"
    clauses += [v for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                if o.dep_ == "pobj" and o.lower_ == "order" for v in o.children if v.dep_ in ("acl", "relcl")]
    return [c for c in clauses if c.pos_ in ("VERB", "AUX") and not _own_subject(c)
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]


def _own_subject(clause) -> bool:
    """ "urged X to leave" is X's act, not a purpose: the clause has its own subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def purpose_parties(verb, index, exclude) -> list:
    """Parties named in what the act's purpose acts on, in text order (none when it has no such clause)."""
    from .arguments import inner_parties
    found = []
    for clause in purpose_verbs(verb):
        found += [(h, i) for h, i in inner_parties(clause, index, exclude) if all(h.actor != f.actor for f, _ in found)]
    return found

"""A request told by what is asked in a clause (issue 8, evskip3).

"He asked that disputes be settled through dialogue", "X asked to meet the grand ayatollah": `ask` needs a target in
plover.yaml, and with no party named as the one asked the act was skipped ("no_target"), though a named asker making
a request in a that-clause or asking to do something with someone is a request all the same (PLOVER REQUEST, gold
codes it with no target or the one to be met). `material.asked_for` reads the "for" phrase ("asked for foreign
help"); this reads the clause. Only an active, finite telling: "a diplomat who asked not to be named", "asked to
remain anonymous" (a passive or objectless infinitive, a negated one) ask no one anything. Read in
`material.target_gate`.
"""

from __future__ import annotations

ASKING = frozenset({"ask", "request"})


def asked_in_clause(tok) -> bool:
    """The asking verb's content is a that-clause ("asked that X be settled") or an active infinitive with an object
    ("asked to meet X"); the verb is told actively and not negated."""
    if tok.lemma_.lower() not in ASKING or tok.tag_ not in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.children):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg", "dobj", "dative") for c in tok.children):
        return False         # "was asked", "did not ask", "asked X to ...": the asked party is named or none asks
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
        if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ == "VERB" and not any(
                d.dep_ in ("auxpass", "neg") for d in c.children) and any(d.dep_ == "dobj" for d in c.children):
            return True
    return False

"""What a characterizing verb's fallback reads stops at its own phrase (issue 8, evtypes7): "X called the shooting
'a vile attack', and Y wished his friend a quick recovery", "X called the decision hasty and offered talks".

When neither what the object is called nor `called_names` typed a "called"/"described" statement, `speech` reads the
rest of the sentence for a cue ("called the allegations baseless", misparsed). A verb conjoined to the characterizing
verb ("and Y wished ...", "and offered to meet ...") is another act with its own trigger: its words typed the judgement
as that act (AGREE from a wish or an offer). The words of such conjuncts (a conjoined verb, with the "and" before it)
are left out. Read in `speech.statement_reading`.
"""

from __future__ import annotations


def own_phrase_text(verb, sent) -> str:
    """The words after ``verb`` to the end of ``sent``, less its conjoined verbs' clauses."""
    cut = set()
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX"):
            cut.update(t.i for t in c.subtree)
            cut.update(d.i for d in verb.children if d.dep_ in ("cc", "punct") and verb.i < d.i < c.i)
    return " ".join(t.text for t in sent.doc[verb.i + 1:sent.end] if t.i not in cut)

"""The names inside what is called for type nothing (issue 8, evtypes7): "called for a boycott of hotels owned by the
X Investment Agency", "urged a ban on the Y Development Fund's loans".

`senses.content_types` reads "called for X" as AGREE when X's words carry a cooperative cue ("called for bolstering
ties"), else keeps the request (PLOVER REQUEST: verbal demands). A cue word that is part of a named body, person or
place ("Investment", "Cooperation", "Friendship" in an organisation's name) is who the demand concerns, not what is
asked: the words of named entities (spaCy ORG, PERSON, GPE, NORP, FAC, LOC) are left out of the typed text. Read in
`senses.content_types`.
"""

from __future__ import annotations

NAMED = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})


def content_words(tokens) -> str:
    """The words of ``tokens`` that are no part of a named entity, joined by spaces."""
    return " ".join(t.text for t in tokens if t.ent_type_ not in NAMED)

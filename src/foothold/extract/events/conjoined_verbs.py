"""A present-tense verb the tagger read as a plural noun after "and" (issue 8, evcand8): "The Commission welcomes the
statement of X, and thanks the Ministry of Interior for protecting ...", "The Council condemns the attack and urges
the parties to ...". The parser hangs the word on the first verb as its conjunct, with a direct object of its own,
but tags it NNS, so no trigger is read. ``conjoined_present(tok)``: the word is such a conjunct (of a present-tense
verb in -s, with a direct object, not a noun's own conjunct: "welcomes the talks and thanks" has "thanks" hung on
the verb, "the statement and its thanks" on the noun). Read in ``releases.repair_misread_verbs``, which retags it
as the verb the lexicon knows; its subject is the first verb's, as for any conjoined verb.
"""

from __future__ import annotations


def conjoined_present(tok) -> bool:
    """A plural-noun-tagged conjunct of a VBZ verb, with a direct object and no determiner of its own."""
    head = tok.head
    if tok.dep_ != "conj" or head.tag_ != "VBZ" or head.pos_ not in ("VERB", "AUX"):
        return False
    deps = {c.dep_ for c in tok.children}
    return "dobj" in deps and not deps & {"det", "poss", "amod", "compound", "nummod"}

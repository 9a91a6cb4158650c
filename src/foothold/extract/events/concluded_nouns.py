"""An accord noun told as concluded is a concluded agreement (issue 8, evtypes2).

"The maritime border agreement between X and Y, concluded in October 2022, was negotiated by ...", "the
memorandum signed in Addis Ababa on 1 January", "a deal struck last year": the noun's own participle says the
accord was signed or concluded, PLOVER SUPPORT ("ratify, sign, or finalize an agreement"; plover.yaml
`concluding` types the verb forms so), not the AGREE of an accord only agreed to or proposed. Only a past
participle modifying the noun (acl, not negated) counts: "an agreement to be signed next month" is AGREE.
Read at the end of `material.material_reading` for noun triggers.
"""

from __future__ import annotations

SIGNING = frozenset({"sign", "ratify", "initial", "countersign"})


def concluded_noun(noun, lex) -> bool:
    """The accord noun has a past participle of concluding or signing ("concluded in October", "signed in X")."""
    if noun.lemma_.lower() not in lex.concluding_objects:
        return False
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass", "neg") for a in c.children):
            lemma = c.lemma_.lower()
            if lemma in SIGNING or lemma in lex.concluding_verbs and lemma != "agree":
                return True
    return _misread_participle(noun, lex)


def _misread_participle(noun, lex) -> bool:
    """ "The agreement between X and Y, concluded in May, was negotiated by ...": the parser makes the reduced
    relative the main verb, the noun its subject; a comma right before the verb and no object of its own tell it."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ != "nsubj" or verb.i <= noun.i or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if not (lemma in SIGNING or lemma in lex.concluding_verbs and lemma != "agree") or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("dobj", "aux", "neg") for c in verb.children) \
        and any(c.dep_ == "conj" and any(a.dep_ == "auxpass" for a in c.children) for c in verb.children)

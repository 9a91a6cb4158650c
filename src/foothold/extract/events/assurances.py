"""A statement that something is aimed against no one is an assurance, no act (issue 8, spurious14).

"The two ministers stressed that the pact is directed against no third country", "this cooperation is aimed at
no one", "the drills are not directed against any state" disclaim hostility: the speaker says what an accord, a
measure or a tie is not. The words around the disclaimer ("agreement", "cooperation", "measures") gave the statement
an AGREE, SUPPORT or REJECT cue, but no act is stated, asked or refused (PLOVER codes what is done or said to a
party; owndocs5 03, owndocs32 01, 02 and 03 code none of the four such statements). ``disclaims_hostility(content)``,
read in `speech.statement_reading` (skip ``statement_without_cue``): the content holds "directed", "aimed" or
"targeted" with an "against"/"at" phrase whose object is "no ..." or "no one"/"nobody", or with the participle
negated ("not directed against a third country"). A statement whose content tells anything else first is read as
as before: every clause head of the content (its verb and its conjuncts) must be the disclaimer or a plain copula
("Iraq's place is in its Arab surroundings, and this cooperation is directed against no one"); "said the plan was
'not directed at any third party' and that X's ties should not interfere with it" keeps its REJECT (owndocs39 07).
"""

from __future__ import annotations

AIMING_LEMMAS = frozenset({"direct", "aim", "target"})
AIMING_PREPS = frozenset({"against", "at"})
NOBODY = frozenset({"nobody", "none", "noone"})


def _no_object(prep) -> bool:
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if o.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in o.children):
            return True
        if o.lower_ == "one" and any(c.lower_ == "no" for c in o.children):
            return True
        if o.i > 0 and o.doc[o.i - 1].lower_ == "no":       # "against no one" read as det + pobj "one"
            return True
    return False


def _disclaimer(verb) -> bool:
    """The verb is "directed/aimed/targeted" against no one, or negated before such a phrase."""
    if verb.lemma_.lower() not in AIMING_LEMMAS:
        return False
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS]
    if not preps:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("acomp", "xcomp", "oprd"))
    return negated or any(_no_object(p) for p in preps)


def disclaims_hostility(content) -> bool:
    """The statement's content (its clause head) says what it tells is aimed against no one."""
    if content is None:
        return False
    heads = [content] + [c for c in content.children if c.dep_ == "conj"]
    found = False
    for head in heads:
        # "the pact is directed against no one": the participle may be the copula's complement
        if _disclaimer(head) or any(_disclaimer(c) for c in head.children if c.dep_ in ("acomp", "xcomp", "oprd")):
            found = True
        elif head.lemma_ != "be" or any(c.dep_ == "aux" for c in head.children):
            return False    # "... and that X's ties should not interfere with it": another clause tells a stance
    return found

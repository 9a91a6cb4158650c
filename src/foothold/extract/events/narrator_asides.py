"""A past "after"/"since" clause set off by a comma inside what a speaker said is the narrator's, not the speaker's
(issue 8, evargs10): "Prime Minister X announced that he would resign, after the cleric Y called on parliament to
withdraw its support". The parser hangs the clause on the said verb ("resign"), so it was read as the statement's
content: its cue typed the announcement (a REQUEST of X's, with Y as target) and its own act was never told.

A clause is such an aside when its verb is a simple past (VBD) with a subject of its own before it, its mark is an
anchoring one ("after", "since": `tense.ANCHOR_MARKS`) and a comma stands right before the mark. Without the comma
("said he would step down after the party replaced him") the clause may say when the promise comes due, and it
stays the speaker's; a passive ("after he was accused") has no doer of its own to tell, and stays too.
"""

from __future__ import annotations

from .tense import ANCHOR_MARKS


def narrator_aside(clause) -> bool:
    """Whether ``clause`` (a token heading an adverbial clause) is a comma-set past anchor with its own subject."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD":
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS), None)
    if mark is None or mark.i == 0 or clause.doc[mark.i - 1].text != ",":
        return False
    return any(c.dep_ == "nsubj" and mark.i < c.i < clause.i for c in clause.children)


def aside_tokens(content) -> set[int]:
    """The token indices of the narrator's asides inside a said clause ``content``."""
    return {t.i for a in content.subtree if narrator_aside(a) for t in a.subtree}


def told_beside_statement(verb) -> bool:
    """A narrator's aside hung on a said clause ("announced that he would resign, after the cleric X called on
    parliament ..."): the act the narrator tells beside the statement, current with it -- not the background of a
    main clause's act ("the army withdrew after the rebels attacked", `timing.anchor_background`)."""
    return narrator_aside(verb) and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i

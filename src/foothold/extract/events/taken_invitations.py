"""An invitation accepted with no object named is still an invitation taken up (issue 8, evtypes7): "She invited the
minister to visit the capital, and he accepted", "The council invited both envoys to the talks. Both accepted."

plover.yaml's `accept` reads an invitation accepted as AGREE (seed notes: invitations and welcoming a future visit are
AGREE; PLOVER manual: invitations for state visits are AGREE) only when "invitation" is its direct object; without an
object the verb fell back to CONCEDE (accept). An `accept` verb with no direct object, after an inviting verb or an
invitation noun earlier in its sentence or in the sentence before, takes the `invitation` object sense. Read in
`material.object_sense`.
"""

from __future__ import annotations

INVITING = frozenset({"invite", "invitation"})


def invitation_sense(trig):
    """The verb's `by_object` sense for an invitation, if it lists one."""
    return next((t for objs, t in trig.by_object if "invitation" in objs), None)


def invitation_taken(tok, trig):
    """The invitation sense of an objectless accepting verb an invitation comes before, else None."""
    if tok.lemma_.lower() != "accept" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    sense = invitation_sense(trig)
    if sense is None:
        return None
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start      # the sentence before
    return sense if any(t.lemma_.lower() in INVITING for t in tok.doc[start:tok.i]) else None

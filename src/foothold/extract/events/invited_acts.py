"""What an invitation asks for has not happened (issue 8, precision2): "invited the Togolese prime minister to visit
Accra", "has invited rebel commanders to meet government negotiators in Oslo". The infinitive an inviting verb takes
is the invitation's content, as a request's is (`candidates.content_tokens`); the invitation itself is the act (AGREE
invitation). A visit told as made, "visited Accra at the invitation of X", stays an act.
"""

from __future__ import annotations

INVITING = {"invite"}


def invited_content(f) -> set[int]:
    """The tokens of the act an inviting verb asks for ("to visit Accra"), or none."""
    tok = f.token
    if f.kind != "verb" or tok.lemma_.lower() not in INVITING:
        return set()
    return {t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for t in c.subtree}

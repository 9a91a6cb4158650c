"""A ceremony someone attended or watched is no act of theirs (issue 8, spurious3).

"X attended the ceremony with Defence Minister Y", "the oath was administered in a ceremony attended by the army
chief", "X attended the designation ceremony at the palace on 9 April", "Y watched the ceremony on television": the
ceremony is its host's (PLOVER SUPPORT ceremony: "held a ceremony", "conducted a transfer of authority ceremony" are
coded), and the guest's presence tells no act (no tuning gold codes one, five documents). The host's ceremony,
held, conducted or presided over, stays.
"""

from __future__ import annotations

CEREMONY_NOUNS = {"ceremony", "ceremonies", "inauguration", "parade", "funeral", "commemoration", "celebration",
                  "celebrations", "festivities"}
GUEST_VERBS = {"attend", "watch", "witness", "observe", "join"}


def _guest_verb(verb) -> bool:
    return verb.lemma_.lower() in GUEST_VERBS


def attended_ceremony(noun) -> bool:
    """The ceremony noun is what a guest attended ("attended the ceremony") or is described as attended by someone
    ("a ceremony attended by X")."""
    if noun.lemma_.lower() not in CEREMONY_NOUNS and noun.lower_ not in CEREMONY_NOUNS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and _guest_verb(noun.head):
        return True
    return any(c.dep_ in ("acl", "relcl") and _guest_verb(c) for c in noun.children)

"""A message sent is typed by what it carries (issue 8, evtypes7): "X sent a message of support to Y", "the king sent
a letter of condolence to the president", "sent a cable of congratulations".

`send` in plover.yaml reads aid or forces sent; with a message as its object the CAMEO fallback read a contact
(CONSULT, no mode). A message, letter, cable or telegram whose "of" phrase names support, solidarity, sympathy,
condolence or congratulation is a statement of support (PLOVER SUPPORT; plover.yaml codes `condolences` and
`congratulate` SUPPORT statement). Read in `triggers.find_triggers` before the CAMEO fallback.
"""

from __future__ import annotations

CARRIERS = frozenset({"message", "letter", "cable", "telegram", "note"})
SENDING = frozenset({"send", "deliver", "dispatch", "address"})
BACKING = frozenset({"support", "solidarity", "sympathy", "condolence", "condolences", "congratulation",
                     "congratulations"})


def message_trigger(verb, lex):
    """The SUPPORT trigger of a sending verb whose object is a message of backing, else None."""
    if verb.lemma_.lower() not in SENDING:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in CARRIERS:
            continue
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in BACKING or o.lower_ in BACKING) for o in p.children)
               for p in obj.children):
            base = lex.verbs.get("congratulate")
            return base if base is not None and base.type == "SUPPORT" else None
    return None

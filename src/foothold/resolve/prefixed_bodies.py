"""A body written with its state's name or demonym before its own name, "the Iranian Customs Administration", "the
U.S. Drug Enforcement Administration", "the Estonian Police and Border Guard Board", has the body's own name as a
surface form too (issue 8, actors24): golds and readers name it "the Customs Administration", "the Drug
Enforcement Administration" (FORMAT.md keeps every surface form in name + aliases; `state_forms` does so for
"Iran's X", "X of Japan" and "<demonym> <Head> of X"). The rest must be two capitalised words or more ("and"
between them) closed by a body's head word, no embassy or consulate (a state's post abroad goes by its state:
"the U.S. Embassy"); a form two actors of the text would share ("the Iraqi ..." and "the Syrian Foreign Ministry")
names neither and is left out."""

from __future__ import annotations

import re

STATE_LED = re.compile(r"^(?:the\s+)?(?P<state>[A-Z][\w.'-]*?)\s+(?P<rest>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)+)$")
POSTS = frozenset({"Embassy", "Embassies", "Consulate", "Consulate-General", "Mission", "Delegation"})


def add_prefixed_body_forms(actors, is_state_word, is_body_head) -> None:
    """Give each organisation written "<state or demonym> <Capitalised ... Head>" the rest as an alias, where no
    other actor of the text would share it or is named so."""
    forms: dict[str, list] = {}
    for actor in actors:
        if actor.type != "organization":
            continue
        for text in {actor.name, *actor.aliases}:
            m = STATE_LED.match(text)
            if m is None or not is_state_word(m["state"]):
                continue
            words = m["rest"].split()
            if not is_body_head(words[-1]) or any(w in POSTS for w in words) or is_state_word(words[0]):
                continue
            owners = forms.setdefault(m["rest"], [])
            if actor not in owners:
                owners.append(actor)
    named = {n for a in actors for n in (a.name, *a.aliases)}
    for form, owners in forms.items():
        if len(owners) == 1 and form not in named:
            owners[0].aliases.append(form)

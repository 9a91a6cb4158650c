"""A body written with the state it belongs to, "Iran's Foreign Ministry", "the Self-Defense Forces of Japan", has
the body's own name as a surface form too ("Foreign Ministry", "Self-Defense Forces"): readers and analysts name it
so, and FORMAT.md keeps every surface form in name + aliases. Only a rest closed by a body's head word counts
("Japan's Prime Minister" has none). A body's formal name after a demonym ("the Lebanese Ministry of Public Health")
has it too, where no other actor of the text would share that form (`add_formal_body_forms`)."""

from __future__ import annotations

import re

POSSESSED = re.compile(r"^(?:the\s+)?(?P<state>.+?)['\u2019]s\s+(?P<rest>.+)$")
OF_STATE = re.compile(r"^(?:the\s+)?(?P<rest>.+?)\s+of\s+(?:the\s+)?(?P<state>[^,]+)$")
# "the Turkish Ministry of Energy and Natural Resources": a demonym, then a head word "of"/"for" what it serves
DEMONYM_LED = re.compile(r"^(?:the\s+)?(?P<demonym>[A-Z][\w-]+)\s+(?P<rest>(?P<head>[A-Z]\w+)\s+(?:of|for)\s+[A-Z].*)$")


def body_without_state(text: str, is_state, is_body_head) -> str | None:
    """The body's name without the state that owns it ("Iran's X", "X of Japan"), or None."""
    for shape in (POSSESSED, OF_STATE):
        m = shape.match(text)
        if m is None or not is_state(m["state"]):
            continue
        rest = m["rest"]
        words = rest.split()
        if len(words) >= 2 and is_body_head(words[-1]) and all(w[:1].isupper() for w in words):
            return rest
    return _formal_body_of_state(text, is_state, is_body_head)


FORMAL_REST = re.compile(r"^(?P<head>[A-Z]\w+)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'-]*)*$")


# a state's formal name the dictionary may not list ("the Republic of Ghana")
FORMAL_STATE = re.compile(r"^(?:(?:Islamic|Federal|Democratic|People's|Arab|Socialist|United|Hashemite|Cooperative)\s+)*"
                          r"(?:Republic|Kingdom|Federation|State|Sultanate|Emirate|Principality|Commonwealth)\s+of\s+"
                          r"(?:the\s+)?(?P<short>.+)$")
# words of a state's own name or government: "the Government of the Republic of Chad" is the state's
STATE_WORDS = frozenset({"Government", "Republic", "Kingdom", "State", "People", "Regime", "Emirate"})


def _formal_body_of_state(text: str, is_state, is_body_head) -> str | None:
    """"the Ministry of Foreign Affairs of the Islamic Republic of Iran", "the Ministry of Water Resources of Iraq":
    a body's formal name ("<Head> of/for ...") before "of (the) <state>" is its own form too, whichever "of" the
    state's name starts at (the golds name it both ways; actors26)."""
    name = text[4:] if text.startswith(("the ", "The ")) else text
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        rest, state = name[:m.start()], name[m.end():]
        formal = FORMAL_STATE.match(state)
        if is_state(state) or formal is not None and is_state(formal["short"]):   # the longest: "Republic of Chad"
            f = FORMAL_REST.match(rest)
            return rest if f is not None and is_body_head(f["head"]) and not STATE_WORDS & set(rest.split()) else None
    return None


def add_formal_body_forms(actors, is_demonym, is_body_head) -> None:
    """Give each organisation written as "<demonym> <Head> of X" the formal name "<Head> of X" as an alias: golds and
    readers name "the Iranian Ministry of Foreign Affairs" "the Ministry of Foreign Affairs" too. A form two actors
    of the text would share ("the Iraqi ..." and "the Syrian Ministry of Interior") is left out: it names neither."""
    forms: dict[str, list] = {}
    for actor in actors:
        if actor.type != "organization":
            continue
        for text in {actor.name, *actor.aliases}:
            m = DEMONYM_LED.match(text)
            if m and is_demonym(m["demonym"]) and is_body_head(m["head"]):
                forms.setdefault(m["rest"], [])
                if actor not in forms[m["rest"]]:
                    forms[m["rest"]].append(actor)
    for form, owners in forms.items():
        if len(owners) == 1 and form != owners[0].name and form not in owners[0].aliases:
            owners[0].aliases.append(form)

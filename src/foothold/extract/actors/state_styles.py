"""A state written in the style "the State of X" ("the State of Kuwait", "the State of Eritrea") is the state X, one
mention (issue 8, actors19; read on owndocs22). The NER reads "State of Kuwait" as a body and the dictionary finds
the country inside it: the two pieces give way to one country mention over the whole style, so the style is an alias
of the state, as "the Kingdom of Saudi Arabia" is. Only after "the" with nothing capitalised before "State" (not "the
Islamic State of Iraq", not "the Secretary of State of X"), and only for a name the dictionary types a country."""

from __future__ import annotations

import re

from ..dictionary import ActorDictionary

STYLE = re.compile(r"\b(?:the|The) (?P<style>State of (?:the )?(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))")


def state_styles(text: str, found: list[list], dictionary: ActorDictionary, add) -> None:
    """Replace the pieces found inside each "the State of X" by one country mention of X."""
    if "State of" not in text:
        return
    for m in STYLE.finditer(text):
        entry, end = _country(m, dictionary)
        if entry is None:
            continue
        cs = m.start("style")
        found[:] = [f for f in found if not (f[0] < end and cs < f[1])]
        add(cs, end, "country", f"dict:{entry.id}")


def _country(m: re.Match, dictionary: ActorDictionary):
    """The country the style names and where its name ends ("the State of Kuwait and ...": one word), or None."""
    name = m.group("name")
    entry = dictionary.lookup(name)
    end = m.end("name")
    if entry is None and " " in name:
        entry = dictionary.lookup(name.split()[0])
        end = m.start("name") + len(name.split()[0])
    if entry is None or entry.type != "country":
        return None, end
    return entry, end

"""Whose state a named ministry is, as the text tells it (issue 8, spurious13): a minister's portfolio is matched to
a ministry actor only when that ministry is not told as another state's (`title_relations.find_ministry`).
"Iraq's health minister, Hassan al-Tamimi, ... Saeed Namaki, who heads Iran's Ministry of Health and Medical
Education": the Ministry is Iran's, so the Iraqi minister does not lead it (he is `member_of` Iraq, seed notes 11);
"Swedish Foreign Minister X" in a story naming "the Russian Foreign Ministry", also called "the Foreign Ministry":
the demonym of any of the ministry's forms counts, not only of the form matched.

- ``ministry_states(reader, actor)``: the normalised state names and demonyms told for the ministry: demonyms inside
  any of its surface forms, and a state's possessive or demonym right before any of its mentions ("Iran's Ministry
  of ...", "the Iranian Ministry of ..."). Empty when the text ties it to no state.
"""

from __future__ import annotations

import re

from ...resolve.names import normalise_name

# up to three words, then "'s" (or a bare demonym), right before a mention
_BEFORE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:['’]s)?\s+(?:the\s+)?$")


def ministry_states(reader, actor) -> set[str]:
    """Normalised names and demonyms of the states the text gives the ministry ``actor``."""
    demonyms = reader.lex.demonyms
    states: set[str] = set()
    for form in actor.surface_forms():
        for w in normalise_name(form).split():
            if w in demonyms:
                states |= {w, normalise_name(demonyms[w])}
    text = reader.ctx.document.text
    for m in actor.mentions:
        if m.start is None:
            continue
        found = _BEFORE.search(text, max(0, m.start - 60), m.start)
        if found is None:
            continue
        words = found.group(1).split()
        for k in range(len(words)):               # "the United States' ..." / "Iran's" / "Iranian": the longest ending
            name = normalise_name(" ".join(words[k:]))
            if name in demonyms:
                states |= {name, normalise_name(demonyms[name])}
                break
            if name in reader.idx.country_keys and reader.idx.types.get(reader.idx.country_keys[name]) == "country":
                states.add(name)
                break
    return states

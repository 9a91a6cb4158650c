"""A state's formal style written without its name ("the Islamic Republic", "the Kingdom", "the Sultanate") is the
state the document names whose formal style it is (issue 8, actors27; read on owndocs37/38). Statements and wire
copy name a state once and then by its style: "... sponsored by the Islamic Republic through four groups of
hackers", "the flag of the Islamic Republic". The NER reads the style as a place or a body, a second actor beside
the state. The style is the state's when exactly one country the document names (by its name or an alias) has an
alias "<style> of X" in the dictionary ("Islamic Republic of Iran") or the text writes "<style> of X" for it.

Conservative: only a style the NER (or another rule) already took as a name, with no name reaching outside it (not
"the Presidency of the Republic", a body), not followed by "of" (the full style is the dictionary's business), and
only where one state fits; "the Republic" in a document naming Iraq and Korea stays as it was."""

from __future__ import annotations

import re

from ..dictionary import ActorDictionary

STYLE_WORDS = ("Republic", "Kingdom", "Sultanate", "Emirate", "Principality", "Grand Duchy", "Confederation")
STYLE = re.compile(r"\b(?:the|The) (?P<style>(?:[A-Z][a-z]+ ){0,3}(?:" + "|".join(STYLE_WORDS) + r"))\b"
                   r"(?! of\b)(?!['\u2019]s\b)(?![ -][A-Z])")


def bare_styles(text: str, found: list[list], dictionary: ActorDictionary, add) -> None:
    """Replace a bare formal style by one country mention of the one state in the document it is the style of."""
    if not any(w in text for w in STYLE_WORDS):
        return
    matches = list(STYLE.finditer(text))
    if not matches:
        return
    for m in matches:
        cs, ce = m.start("style"), m.end("style")
        inside = [f for f in found if f[0] < ce and cs < f[1]]
        if not inside or any(f[0] < cs or f[1] > ce for f in inside):
            continue                    # nothing took it as a name, or a longer name holds it
        if any(f[2] == "country" for f in inside):
            continue                    # already a state ("the Czech Republic")
        entry = _state_of(m.group("style"), text, found, dictionary)
        if entry is None:
            continue
        found[:] = [f for f in found if not (f[0] < ce and cs < f[1])]
        add(cs, ce, "country", f"dict:{entry.id}")


def _state_of(style: str, text: str, found: list[list], dictionary: ActorDictionary):
    """The one country named in the document whose formal style is `style`, or None."""
    named: dict[str, object] = {}
    for f in found:
        if f[2] != "country":
            continue
        entry = dictionary.lookup(text[f[0]:f[1]])
        if entry is not None and entry.type == "country":
            named[entry.id] = entry
    form = re.compile(r"(?:^|\s)" + re.escape(style) + r" of ")
    fits = [e for e in named.values() if any(form.search(" " + n) for n in e.names())]
    if not fits:                         # the text's own "<style> of X" for a state it names
        for m in re.finditer(re.escape(style) + r" of (?:the )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text):
            entry = dictionary.lookup(m.group(1))
            if entry is not None and entry.type == "country" and entry.id in named:
                fits.append(entry)
        fits = list({e.id: e for e in fits}.values())
    return fits[0] if len(fits) == 1 else None

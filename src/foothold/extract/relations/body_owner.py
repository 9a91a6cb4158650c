"""Whose army, junta or government a bare service title serves (issue 8, reltitle5): "Junta spokesman X said" in a
story that writes "Myanmar junta" elsewhere, "the army's deputy commander, X" in one that writes "the Sudanese army":
the state the text makes the owner of the title's body word ("<State>'s <body>", "the <demonym> <body>", "<State>
<body>", "the <body> of <State>") is the one the holder serves, when the text gives that body word one owner only.
Read by `StoryState.plain_state` before the dateline's state (a BEIJING dateline does not make Myanmar's junta
China's)."""

from __future__ import annotations

from .story_state import story_words

OWNER_DEPS = ("poss", "amod", "compound")


def title_body_words(reader, t) -> set[str]:
    """The service-body words opening or inside a service title ("Junta spokesman", "the army's deputy commander")."""
    bodies = story_words()["service_bodies"]
    first = t.start
    while True:
        if reader.w(first - 1) in bodies:
            first -= 1
        elif reader.w(first - 1) == "'s" and reader.w(first - 2) in bodies:
            first -= 2                       # "the army's deputy commander"
        else:
            break
    from .pronoun_service import pronoun_body
    named = {reader.w(j) for j in range(first, t.title_end) if reader.w(j) in bodies}
    body = pronoun_body(reader, t)           # "The army denied it. Its spokesman, X": the army (reltitle12)
    return named | {body} if body is not None else named


def body_owners(reader, word: str) -> set[str]:
    """The states the text names as owners of a body ``word``, anywhere in it."""
    owners = set()
    for tok in reader.doc:
        if tok.lower_ != word:
            continue
        near = [c for c in tok.children if c.dep_ in OWNER_DEPS]
        near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]                     # "the army of Sudan"
        before = tok.i - 1 - (reader.w(tok.i - 1) == "'s")
        if before >= 0:
            near.append(reader.doc[before])               # "Myanmar junta and ...", however the parser hung it
        for c in near:
            r = reader.idx.ref(c.i)
            if r is not None and r.type == "country":
                owners.add(r.actor)
    return owners


def owned_body_state(reader, t) -> str | None:
    """The one state the text makes the owner of the service title's body words, else None."""
    owners = set()
    for word in title_body_words(reader, t):
        owners |= body_owners(reader, word)
    return owners.pop() if len(owners) == 1 else None

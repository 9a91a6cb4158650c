"""Taking command: "In 2017 General X took command of the coalition", "assumed command of the fleet" (issue 8,
evsense2). `take` alone is a seizure of ground (plover.yaml, CAMEO 192); taking command of a body is entering its
leadership, coded like an appointment (PLOVER SUPPORT; the seed's and news-dev's "appointment"). "took power" stays
out (a coup's seizure), and so does "took office" (mostly an anchor: "since he took office")."""

from __future__ import annotations

from .arguments import phrase_actors, subject_of

TAKING = {"take", "assume"}
COMMANDS = {"command", "helm"}


def took_command(verb) -> bool:
    """The verb takes command of something: "took command of X", "took the helm of X"."""
    if verb.lemma_.lower() not in TAKING or verb.pos_ != "VERB":
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in COMMANDS and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in verb.children)


def appointed(verb, args, index) -> None:
    """The one taking command is the appointed (the target, as "X was appointed"): no appointer is named."""
    subj = subject_of(verb)[0] or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    persons = [h.actor for h, _ in phrase_actors(subj, index) if h.type == "person"] if subj is not None else []
    if subj is None:       # "In 2017 X, a former chief of ..., took command": the parser put X inside the date phrase
        persons = [index.actor_at(o.i).actor for p in verb.children if p.dep_ == "prep" and p.i < verb.i
                   for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and index.actor_at(o.i) is not None
                   and index.actor_at(o.i).type == "person"]
    if persons:
        args.source, args.target = [], list(dict.fromkeys(persons))

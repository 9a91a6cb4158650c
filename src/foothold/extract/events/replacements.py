"""A person put in another's place (issue 8, evcand6): "the king replaced the prime minister with X", "the regional
president resigned and was replaced by X". Putting a named person in another's post appoints them (PLOVER SUPPORT
appointment), the new holder being the target: with the active, the one replacing (the subject) appoints the
"with" object; with the passive, the by-agent is the new holder and no appointer is named (the golds code the
replaced man's successor, not the replaced man). Read only with a proper name as the new holder, and the arguments
kept only when that name is a person (`target_types`): "replaced the old tanks with new ones", "the law was replaced
by a decree" are not read; "X replaced Y as president" (who appointed X untold) is left."""

from __future__ import annotations

from .arguments import Arguments, phrase_actors, subject_of
from .lexicon import Trigger

REPLACED = Trigger(type="SUPPORT", mode="appointment", sphere="political", needs_target=True, target_types=("person",))


def _new_holder(verb):
    """The proper name put in the post: the "with" object of an active "replace", the by-agent of a passive one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "replace":
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    for c in verb.children:
        wanted = c.dep_ == "agent" if passive else c.dep_ == "prep" and c.lower_ == "with" \
            and any(o.dep_ == "dobj" for o in verb.children)
        if wanted:
            name = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def replacement(verb) -> Trigger | None:
    """SUPPORT appointment for "replaced X with <name>" / "was replaced by <name>", else None."""
    return REPLACED if _new_holder(verb) is not None else None


def replacement_arguments(verb, index) -> Arguments | None:
    """Source: the one replacing (active only); target: the named person put in the post. None when not read."""
    name = _new_holder(verb)
    if name is None:
        return None
    holders = [(h, i) for h, i in phrase_actors(name, index) if h.type == "person"]
    if not holders:
        return None
    args = Arguments()
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        subj, _ = subject_of(verb)
        if subj is not None:
            args.add("source", [(h, i) for h, i in phrase_actors(subj, index) if h.type != "place"], index)
    args.add("target", [(h, i) for h, i in holders if h.actor not in args.source], index)
    return args

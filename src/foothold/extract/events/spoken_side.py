"""Unnamed troops in what a state's officer says: "The army chief, General X, told state television that soldiers had
captured the last strip of land", "Admiral Y told reporters that troops had taken control of several prisons"
(issue 8, evsense2). Bare "troops" or "soldiers" are not read as any state's in general (`arguments.names_state_body`:
more spurious than found); told by an officer of one state as the doers of the act he reports, they are his
state's forces."""

from __future__ import annotations

from .arguments import SAY_VERBS, phrase_actors, subject_of
from .index import DocIndex
from .reported_arrests import arrest_speaker

BARE_FORCES = {"troops", "soldiers", "forces", "units", "commandos", "marines"}


def _bare_forces(subj) -> bool:
    """ "troops", "the soldiers", "our forces": a plural force noun with no name or description of its own."""
    return subj.lower_ in BARE_FORCES and all(c.dep_ == "det" or c.lower_ in ("our",) for c in subj.children)


def _speaker(verb):
    """The subject of the saying verb whose content clause the verb is in ("X told reporters that troops had ...")."""
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SAY_VERBS:
        return None
    return subject_of(v.head)[0]


def person_state(person: str, index: DocIndex) -> str | None:
    """The one country a person leads or serves, directly or through the body he leads or serves (relations)."""
    rels = getattr(index.ctx, "relations", None) or []
    types = index.actor_type
    direct = {r.object for r in rels if r.subject == person and r.predicate in ("leads", "member_of")
              and types.get(r.object) == "country"}
    if not direct:
        bodies = {r.object for r in rels if r.subject == person and r.predicate in ("leads", "member_of")}
        direct = {r.object for r in rels if r.subject in bodies and r.predicate == "part_of"
                  and types.get(r.object) == "country"}
    return next(iter(direct)) if len(direct) == 1 else None


def speakers_forces(verb, index: DocIndex) -> str | None:
    """The state whose forces bare "troops" are, the verb's subject, in what that state's officer reports."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj" or not _bare_forces(subj):
        return None
    speaker = _speaker(verb)
    if speaker is None:
        return None
    persons = [h.actor for h, _ in phrase_actors(speaker, index) if h.type == "person"]
    return person_state(persons[0], index) if len(persons) == 1 else None


def arrests_reporter(verb, index: DocIndex) -> str | None:
    """evskip7 (reported_arrests.py): who made a passive, agentless arrest its reporter tells -- the one state the
    reporting officer serves ("Interior Minister X said 120 people had been arrested"), or the state or body the
    reporter names ("Iraq's interior ministry said ...", "the Asayish said ..."); an unnamed reporting body is read
    by `arguments.unnamed_state_body`."""
    speaker = arrest_speaker(verb, SAY_VERBS, subject_of)
    if speaker is None:
        return None
    found = [h for h, _ in phrase_actors(speaker, index)]
    persons = [h.actor for h in found if h.type == "person"]
    if persons:
        return person_state(persons[0], index) if len(persons) == 1 else None
    bodies = [h.actor for h in found if h.type in ("country", "organization")]
    return bodies[0] if len(set(bodies)) == 1 else None

"""A service title owned by an "its"/"their" that stands for an unnamed state body (issue 8, reltitle12): "The army
denied staging a coup. Its spokesman, Major X, said ..." — the pronoun opening the sentence stands for the sentence
before's subject, a bare service body ("the army", "the police", "the ministry": roles.yaml `story_state`
`service_bodies`) that names no owner of its own. The title is then a service title as "Army spokesman X" is, and its
holder serves the state the story makes plain (`StoryState.plain_state`: the scene, the dateline, the body's one owner
in the text ...). A body whose owner is named ("Kenya's army", "the Sudanese army") or that is a name of its own
("the Kenya Defence Forces") is read by the existing rules; a subject that is no service body ("The company denied
it. Its spokesman ...") makes no service title. Read by `StoryState.service_title` and `body_owner.title_body_words`."""

from __future__ import annotations

from .acting_subject import main_subject

PRONOUNS = ("its", "their")
OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def pronoun_body(reader, t) -> str | None:
    """The service-body word an opening "its"/"their" before the title stands for, else None."""
    from .story_state import story_words       # story_state reads this module
    k = t.title_start - 1                     # the phrase opens with the pronoun
    if k != reader.lo or reader.lo == 0 or reader.w(k) not in PRONOUNS:
        return None
    prev = reader.doc[reader.lo - 1].sent
    subject = main_subject(prev)
    if subject is None or subject.lower_ not in story_words()["service_bodies"] \
            or reader.idx.ref(subject.i) is not None:
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None                              # "The army and the police denied ...": whose is "its"?
    if any(c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children):
        return None                              # "Kenya's army", "the army of Chad": read elsewhere
    if subject.i == 0 or reader.doc[subject.i - 1].lower_ != "the":
        return None                              # "An army ...", "Its army ...": no one body
    return subject.lower_

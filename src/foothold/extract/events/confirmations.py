"""Holders confirmed in an office (issue 8, evcand4): "Parliament had confirmed X as prime minister on Wednesday", "the
Senate confirmed X as ambassador to Y". A body confirming a person as the holder of an office appoints them (PLOVER
SUPPORT appointment, as `choose`/`pick`/`select` with an as-phrase in plover.yaml). "confirm" is otherwise a speech
verb ("confirmed that ...", "confirmed the ceasefire"): only a person's name with "as" and an office noun
(data/dismissals.yaml `office_nouns`) is read here."""

from __future__ import annotations

from .dismissals import _office_noun, dismissal_words
from .lexicon import Trigger

CONFIRMING_VERBS = frozenset({"confirm", "endorse", "reconfirm"})
CONFIRMED = Trigger(type="SUPPORT", mode="appointment", sphere="political", target_types=("person",))


def confirmed_in_office(verb) -> Trigger | None:
    """SUPPORT appointment for "confirmed X as <office>", else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONFIRMING_VERBS:
        return None
    words = dismissal_words()
    person = any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)
    as_office = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"]
    # "confirmed X as prime minister": the parser may hang the as-phrase on the name
    as_office += [o for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                  and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return CONFIRMED if person and any(_office_noun(o, words) for o in as_office) else None

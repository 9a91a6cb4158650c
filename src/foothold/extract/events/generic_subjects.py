"""A present-simple verb whose subject is an unnamed plural ("Many protesters accuse X of ...", "Critics say the
law ...", "Some analysts warn that ...") tells what a kind of people hold or do as a rule, not an act of the story.

`modality.generic_present` reads the standing conduct of a named party ("Iran supports militias") but leaves the
statement verbs ("accuse", "say", "warn"), which are a party's act in government releases ("The Ministry condemns
..."). With a subject that names no one -- a plural common noun with no article, possessor, name or number, bare or
under a quantifier ("many", "some", "most"), an English word (an acronym the tagger read as a plural, "NBRO urges",
is a name) -- the statement has no speaker an analyst could code and tells a common
view (spurious7: "Many protesters accuse Sadr of turning on them", no-overlap in owndocs29; no matched event of the
tuning sets has the shape). A stated time ("Protesters demand his release on Monday"), a chronology entry, an
auxiliary or a past tense leaves the verb to the other readings.
"""

from __future__ import annotations

from ..nlp import english_words
from .chronology_entries import dated_entry

QUANTIFIERS = frozenset({"many", "some", "most", "several", "numerous", "few", "other"})
PRESENT_SIMPLE = frozenset({"VBZ", "VBP"})


def unnamed_plural(subject) -> bool:
    """ "protesters", "many protesters", "some analysts": a plural common noun naming no one."""
    if subject.tag_ != "NNS" or subject.ent_type_ or subject.text.isupper() \
            or subject.lemma_.lower() not in english_words():
        return False        # "NBRO urges ...": an acronym the tagger took for a plural is a name
    for c in subject.children:
        if c.dep_ in ("det", "amod", "predet") and c.lower_ in QUANTIFIERS:
            continue
        if c.dep_ in ("det", "poss", "compound", "nummod", "amod", "appos", "prep", "acl", "relcl", "predet"):
            return False
    return True


def generic_subject(verb) -> bool:
    """Whether ``verb`` is a present simple with no auxiliary or time whose subject is an unnamed plural."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in PRESENT_SIMPLE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or dated_entry(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not unnamed_plural(subjects[0]):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)

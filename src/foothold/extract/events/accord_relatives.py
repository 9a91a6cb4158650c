"""A relative clause that says which accord is meant tells no signing (issue 8, spurious3).

"asked for our help under the bilateral security treaty that Australia and Solomon Islands signed in 2017", "The
agreement on maritime zones that Greece and Egypt signed in Cairo on 6 August is fully consistent with international
law", "the deployment follows the Treaty that Kim Jong Un signed with Vladimir Putin in June", "to implement the peace
agreement that they signed in August 2015", "a disengagement understanding that military commanders reached on June
6": the accord is named to be talked about, and the clause on it, whose object is the accord itself, identifies it
(the conventions: descriptions and relative clauses are not events; five tuning documents, none coding it). A
clause whose relative word is its subject ("the agreement, which ended the war") or sits in a phrase ("the
ceasefire under which the forces agreed to disarm": an act under the accord) is left alone, and so is a signing told
as the sentence's own verb ("the pact was signed in April").
"""

from __future__ import annotations

ACCORD_NOUNS = {"agreement", "accord", "treaty", "pact", "deal", "protocol", "convention", "memorandum", "charter",
                "understanding", "contract", "concession", "compact", "arrangement"}
RELATIVE_WORDS = {"that", "which"}


def _relative_word_elsewhere(verb) -> bool:
    """A relative word in the clause other than its direct object ("under which", "which ended")."""
    return any(t.tag_ in ("WDT", "WP") and t.lower_ in RELATIVE_WORDS and t.dep_ != "dobj"
               for t in verb.subtree if t.i < verb.i)


def _accord_antecedent(verb) -> bool:
    """The clause hangs on an accord noun, or on the last noun of its phrase ("the agreement on maritime zones that
    ...": the parser hangs the clause on "zones")."""
    noun = verb.head
    for _ in range(2):
        if noun.lemma_.lower() in ACCORD_NOUNS or noun.lower_ in ACCORD_NOUNS:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return noun.lemma_.lower() in ACCORD_NOUNS or noun.lower_ in ACCORD_NOUNS


def identifies_accord(trigger) -> bool:
    """The trigger heads a relative clause on an accord noun whose object is the accord itself (a relative "that"/
    "which" object, or none: "the deal they signed")."""
    verb = trigger
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("relcl", "acl") or not _accord_antecedent(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ not in RELATIVE_WORDS for o in objects):
        return False            # "the agreement that gave Egypt the right ...": the clause has an object of its own
    if verb.dep_ == "acl" and not objects:
        return False            # "the memorandum signed in Addis Ababa by X": a reduced relative, read elsewhere
    return not _relative_word_elsewhere(verb)

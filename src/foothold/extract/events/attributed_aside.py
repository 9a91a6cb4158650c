"""A speaker named inside a relative clause attributes what the clause says of its noun; the aside tells no
statement of its own (issue 8, precision): "the Shining Path, which the minister said threatens both provinces", "a
freighter, which Greece said was carrying arms to Libya", "in what they say is support for the rebels", "a verdict
that his lawyers said on Monday breached the constitution".

The relative word is the subject of what is said: parsed as such ("which ... said [which] threatens"), or hung on
the saying verb beside a subjectless complement, as its object ("what they say is", "that his party said
threatened") or as a second subject beside the speaker ("which Hollande said posed"). "X, who said the talks had
failed" (the relative word is the speaker) stays. "..., which the brigade denied" (the relative word is what is denied, with no complement) is a reply
and stays (`denials.py`).
"""

from __future__ import annotations

SAYING = {"say", "claim", "allege", "insist", "argue", "contend"}
RELATIVE_TAGS = {"WDT", "WP"}
SUBJECTS = {"nsubj", "nsubjpass"}


def attributed_aside(trigger) -> str | None:
    """ "aside" when the trigger is a saying verb whose relative word is the subject of what it says; else None."""
    if trigger.lemma_ not in SAYING or trigger.pos_ not in ("VERB", "AUX"):
        return None
    complements = [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]
    if any(_relative(s, trigger) for c in complements for s in c.children if s.dep_ in SUBJECTS):
        return "aside"
    hung = [c for c in trigger.children if c.dep_ in ("dobj", "mark", "nsubj") and _relative(c, trigger)]
    speaker = [c for c in trigger.children if c.dep_ == "nsubj" and not _relative(c, trigger)]
    if any(c.dep_ != "nsubj" or speaker for c in hung) and any(
            not any(s.dep_ in SUBJECTS | {"expl"} for s in c.children) for c in complements):
        return "aside"          # the parser hung the relative word on the saying verb ("which Hollande said posed")
    return None


def _relative(token, verb) -> bool:
    """ "which", "who", "what"; "that" (tagged as a conjunction) when the saying verb heads a relative clause."""
    return token.tag_ in RELATIVE_TAGS or token.lower_ == "that" and verb.dep_ == "relcl"

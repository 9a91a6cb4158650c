"""A sentence telling what the document covers names topics, not acts: "This note follows three channels: economic
contracts, high-level visits and military coordination", "This note looks at ... the debts that Baghdad runs up
paying for them", "The Rights Monitor records acts of repression around the country's general election of 28
October".

Two shapes of the sentence's root, read on the sentence the trigger is in (spurious7: 3 no-overlap events on the
tuning sets, none matched):
- its subject is the document itself, a document noun with "this"/"the present" ("This note", "This report", "the
  present update") and its verb one of a scope (`SCOPE_VERBS`: looks at, follows, covers, traces, examines ...);
- a present-simple recording verb ("records", "covers", "tracks", "documents", "lists") whose object is a plural
  class of happenings ("acts", "incidents", "violations"): the monitor's remit, whatever its subject.
A finding told by the document ("This report finds that militias killed 40 people") is no scope: `finds`, `shows`
are not scope verbs, and a past or dated root ("The monitor recorded 14 attacks in May") is a count, read elsewhere.
"""

from __future__ import annotations

DOCUMENT_NOUNS = frozenset({"note", "report", "brief", "briefing", "paper", "analysis", "update", "review", "factbox",
                            "profile", "chronology", "assessment", "memo", "study", "piece", "article", "section",
                            "timeline", "explainer", "digest", "survey", "overview", "summary", "monitor"})
SELF_DETERMINERS = frozenset({"this", "these"})
SCOPE_VERBS = frozenset({"look", "follow", "cover", "trace", "examine", "review", "focus", "explore", "outline", "map",
                         "chart", "survey", "consider", "summarize", "summarise", "track", "describe", "set",
                         "record", "list", "concentrate", "address"})
RECORDING_FORMS = frozenset({"records", "covers", "tracks", "documents", "lists", "logs", "catalogues", "catalogs"})
RECORDING_REACH = 12        # the recording verb stands within the sentence's first words, after its subject
HAPPENING_CLASSES = frozenset({"act", "incident", "event", "violation", "abuse", "development", "case", "attack",
                               "clash", "episode"})
PRESENT_SIMPLE = frozenset({"VBZ", "VBP"})


def _self_reference(subject) -> bool:
    """ "This note", "this report", "the present update": the document naming itself."""
    if subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in SELF_DETERMINERS for c in subject.children) or any(
        c.dep_ == "amod" and c.lower_ == "present" for c in subject.children)


def scope_sentence(sent) -> bool:
    """Whether the sentence tells the document's scope (its root and subject as the module says)."""
    root = sent.root
    if root.tag_ in ("VBD", "VBN", "MD") or any(c.dep_ in ("aux", "neg") for c in root.children):
        return False
    if root.pos_ in ("VERB", "AUX") and root.tag_ in PRESENT_SIMPLE:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if subjects and _self_reference(subjects[0]) and root.lemma_.lower() in SCOPE_VERBS:
            return True
    return any(_recording(t) for t in sent[:RECORDING_REACH])


def _recording(tok) -> bool:
    """ "records acts", "documents incidents": a present-simple recording verb before a plural class of happenings
    (the parser may tag the verb a noun: "Monitor records acts", read as a compound)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in RECORDING_FORMS and nxt is not None and nxt.tag_ == "NNS" \
        and nxt.lemma_.lower() in HAPPENING_CLASSES and tok.i > tok.sent.start


def in_scope_sentence(trigger) -> bool:
    """Whether the trigger's sentence tells the document's scope."""
    return scope_sentence(trigger.sent)

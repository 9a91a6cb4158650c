"""A speech verb that is what a request asks for states nothing (issue 8, spurious3).

"called on the federal government to find the perpetrators and bring them to justice", "urged the commission to
declare the results", "asked the ministry to explain the delays": the infinitive is the act asked of another party,
not yet done, and no statement of the requester's own (the request is the event). "was forced to admit" (a passive
of making: it happened) and "called X to reaffirm support" (a telephone call's purpose, said in the call) are not read
here.
"""

from __future__ import annotations

ASKING = {"call", "urge", "ask", "press", "appeal", "demand", "request", "encourage", "invite", "order", "tell",
          "instruct", "direct", "implore", "beg"}


def asked_of_another(verb) -> bool:
    """The verb is a "to" infinitive complement of an active verb of asking."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children):
        return False            # "had called Ali to reaffirm Washington's support": a telephone call's purpose
    return head.lemma_.lower() in ASKING and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)

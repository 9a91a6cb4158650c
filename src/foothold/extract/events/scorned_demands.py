"""A demand or an offer called unacceptable is refused (issue 8, evtypes7): "the premier called the demands
unacceptable", "the rebels described the offer as an insult".

PLOVER REJECT covers "all rejections and refusals"; a judgement cue such as "unacceptable" types a statement ACCUSE
(disapproval of conduct) before `called_names`' dismissed objects are read. When a characterizing verb's judged object
is something put to the speaker to accept (a demand, an offer, a proposal, an ultimatum, conditions, a request), the
disapproval refuses it: REJECT. Plans, initiatives and claims stay as the cue types them (a plan "called a violation"
blames conduct). Read in `speech.statement_reading`.
"""

from __future__ import annotations

from .called_names import _object_lemma

PUT_TO_ACCEPT = frozenset({"demand", "offer", "proposal", "ultimatum", "condition", "request", "counterproposal"})


def scorned_demand(verb) -> bool:
    """The characterizing verb's judged object is a demand or an offer made to the speaker's side."""
    return _object_lemma(verb) in PUT_TO_ACCEPT

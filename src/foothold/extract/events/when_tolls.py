"""A toll told first and its attack told in a "when" clause are one happening (issue 8, spurious4): "A police
officer was killed on Sunday when gunmen ambushed a patrol", "two peacekeepers were killed when a shell struck their
vehicle", "X was killed on 3 January when a drone struck his convoy". The tuning gold codes one ASSAULT and sets its
evidence on either clause (the toll in owndocs4 and owndocs27, the attack in owndocs and owndocs20); read as two
events, one was always spurious. The attack joins the toll: its doer and targets are added, and the evidence is
widened over both clauses, so it overlaps the one the gold chose. An attack told first ("When gunmen attacked the
post, two soldiers were killed") is `monitor.told_attack_of_toll`'s.
"""

from __future__ import annotations

from ...model import Event
from .arguments import is_passive
from .keep import CASUALTY_VERBS

WHEN = {"when", "as"}


def toll_of_when_attack(tok, ev: Event, events: list[Event], meta: list[dict]) -> Event | None:
    """The doer-less toll event whose "when" clause the ASSAULT candidate (trigger ``tok``) heads, or None."""
    if ev.type != "ASSAULT" or tok.dep_ != "advcl" or tok.head.i == tok.i:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN for c in tok.children):
        return None
    tolls = _tolls_told(tok.head)
    return next((o for o, m in zip(events, meta) if m["tok"] in tolls and o.type == "ASSAULT" and not o.source),
                None)


def _tolls_told(verb) -> set[int]:
    """The doer-less passive casualty verb the clause hangs on and the conjuncts above it ("was killed and another
    wounded on Sunday when ...": the clause hangs on "wounded", the event is "killed"); empty when there is none."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if any(v.lemma_.lower() not in CASUALTY_VERBS or any(c.dep_ == "agent" for c in v.children) for v in chain):
        return set()
    return {v.i for v in chain} if is_passive(chain[-1]) else set()


def join_attack_to_toll(toll: Event, attack: Event, text: str) -> None:
    """The toll takes the attack's doer, targets and place, and its evidence spans both clauses."""
    toll.source = list(attack.source)
    toll.target.extend(t for t in attack.target if t not in toll.target and t not in toll.source)
    toll.target[:] = [t for t in toll.target if t not in toll.source]
    toll.location = toll.location or attack.location
    toll.date = attack.date or toll.date        # "were killed, the army said on Monday, when gunmen attacked on Sunday"
    toll.start, toll.end = min(toll.start, attack.start), max(toll.end, attack.end)
    toll.evidence = text[toll.start:toll.end]

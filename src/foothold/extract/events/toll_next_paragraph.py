"""The toll of an attack told at the end of the paragraph before (issue 8, precision): wire copy gives each sentence a
paragraph of its own, so "Houthi drones struck a fuel depot in Abu Dhabi on Monday.\\n\\nTwo Indian nationals and a
Pakistani were killed." tells one attack and its toll, as `monitor.told_attack_of_toll` reads it inside one
paragraph. A toll marked as another happening ("In a separate attack, ...", "Elsewhere, ...", "also") or dated on
its own ("On the same day, ..."), or placed on its own ("... near Monguno"), is left alone (a monitor's paragraph
break with its own time or place tells another act, tests/test_events_monitor.py), and so is a toll opening the text
or following a paragraph whose last act is no attack.
"""

from __future__ import annotations

from ...model import Event
from .arguments import is_passive
from .keep import CASUALTY_VERBS
from ..doc_tokens import span_tokens

# words that mark the toll as another happening than the attack before it
PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "on"}
OTHER_HAPPENING = {"another", "separate", "elsewhere", "meanwhile", "also", "earlier", "later", "second"}


def attack_of_toll_after_break(tok, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> Event | None:
    """The attack closing the paragraph before whose toll the doer-less passive casualty candidate ``ev`` tells."""
    if ev.type != "ASSAULT" or ev.source or info["kind"] != "verb" or info["explicit"]:
        return None
    if tok.lemma_.lower() not in CASUALTY_VERBS or not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not events or meta[-1]["para"] != info["para"] - 1 or meta[-1]["kind"] not in ("verb", "light") \
            or events[-1].type != "ASSAULT":
        return None
    if any(t.lower_ in OTHER_HAPPENING or t.ent_type_ in ("DATE", "TIME") for t in tok.sent) or _own_place(tok.sent):
        return None
    return events[-1]


def _own_place(sent) -> bool:
    """The toll names a place of its own ("... were killed near Monguno"): a happening there, told apart."""
    return any(t.dep_ == "prep" and t.lower_ in PLACE_PREPOSITIONS and any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN") for o in t.children)
        for t in span_tokens(sent))

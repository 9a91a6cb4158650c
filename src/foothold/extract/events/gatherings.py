"""A gathering named inside a meeting's own phrase is where the meeting took place, not a second meeting (issue 8,
evgap): "X met Y on 16 September at the summit of the regional bloc", "X hosted Y and Z for the second meeting of
the pact's ministers". PLOVER codes the meeting (CONSULT) once; the summit or session is its setting, whoever the
noun's of-phrase names (the bloc convening it is no second party meeting). Counted as ``setting_of_meeting``."""

from __future__ import annotations

from .keep import governed_by


def meeting_setting(k: int, events: list, meta: list[dict], doc):
    """The CONSULT act whose verb's phrase holds candidate ``k``'s CONSULT event noun, if any."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type != "CONSULT" or not (m.get("kind") == "noun" or tok.pos_ == "NOUN"):
        return None
    for j, (other, om) in enumerate(zip(events, meta)):
        host = doc[om["tok"]]
        if j != k and om["sent"] == m["sent"] and other.type == "CONSULT" and other.source \
                and host.pos_ in ("VERB", "AUX") and governed_by(tok, host) and _through_preposition(tok, host):
            return other
    return None


def _through_preposition(noun, verb) -> bool:
    """The noun hangs on the verb through a preposition ("at the summit", "for the meeting"), not as its object
    ("agreed to hold a summit" plans another gathering)."""
    t = noun
    while t.head.i != verb.i and t.head.i != t.i:
        t = t.head
    return t.dep_ == "prep" or noun.dep_ == "pobj" and noun.head.head.i == verb.i


def fold_settings(events: list, meta: list[dict], doc, skipped) -> tuple[list, list[dict]]:
    """The candidates left once each meeting's setting is folded into it (its targets join the meeting's)."""
    keep_e, keep_m = [], []
    for k, (ev, m) in enumerate(zip(events, meta)):
        host = meeting_setting(k, events, meta, doc)
        if host is None:
            keep_e.append(ev)
            keep_m.append(m)
            continue
        host.target = list(dict.fromkeys([*host.target, *(a for a in ev.target if a not in host.source)]))
        skipped["setting_of_meeting"] += 1
    return keep_e, keep_m

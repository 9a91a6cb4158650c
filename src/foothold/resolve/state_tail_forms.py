"""A body named once whole with its state and elsewhere by its own name alone (issue 8, actors26): "The Ministry of
Foreign Affairs of the Islamic Republic of Iran has followed ..." and a heading's "Statement of the Ministry of
Foreign Affairs". When exactly one organisation cluster has a name "<Head> of/for ... of (the) <state>"
(`state_forms.body_without_state`) whose own part is all the names of another organisation cluster, no dictionary
entry's, the short cluster joins the long one (FORMAT.md: one actor, every surface form). Two bodies of two states
sharing the short form ("the Ministry of Foreign Affairs of X" and "... of Y") leave it alone. Read by
`within.resolve` after the short bodies."""

from __future__ import annotations

from .names import normalise_name
from .state_forms import body_without_state


def merge_state_tail_forms(clusters: list, is_state, is_body_head) -> list:
    owners: dict[str, list] = {}
    for c in clusters:
        if c.type() != "organization":
            continue
        for name in set(c.names):
            own = body_without_state(name, is_state, is_body_head)
            if own and " of " in name:
                key = normalise_name(own)
                if c not in owners.setdefault(key, []):
                    owners[key].append(c)
    if not owners:
        return clusters
    for c in list(clusters):
        if c.dictionary_id or c.type() != "organization":
            continue
        keys = {normalise_name(n) for n in c.names}
        if len(keys) != 1:
            continue
        long = owners.get(next(iter(keys)))
        if long and len(long) == 1 and long[0] is not c and long[0] in clusters:
            long[0].add(c, f"'{c.names[0]}' is the own name of '{long[0].names[0]}'")
            clusters = [x for x in clusters if x is not c]
    return clusters

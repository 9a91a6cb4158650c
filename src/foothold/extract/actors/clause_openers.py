"""A subordinating word opening a sentence is no part of the name after it (issue 8, evargs9): "When the Southern
African Development Community ended its own mission in July 2024, Rwanda stayed" gave a body named "When the
Southern African Development Community", so its act went to no known actor. A name found whole (NER or a name run)
that opens with a capitalised subordinator (`OPENERS`) and then "the" or a capitalised word loses the subordinator
(and the "the"). Items are [start, end, type, label, core start, core end], edited in place."""

from __future__ import annotations

OPENERS = frozenset({"When", "While", "After", "Before", "As", "If", "Since", "Although", "Though", "Until", "Once",
                     "Because", "Unless", "Whereas", "Whenever"})


def trim_openers(text: str, found: list[list]) -> None:
    """Cut a sentence-opening subordinator (and a "the" after it) off the front of each person, body or outlet."""
    for f in found:
        if f[2] not in ("organization", "person", "media"):
            continue
        first, _, rest = text[f[0]:f[1]].partition(" ")
        if first not in OPENERS or not rest:
            continue
        cut = len(first) + 1
        if rest.startswith("the ") and rest[4:5].isupper():
            cut += 4
        elif not rest[:1].isupper():
            continue
        if f[0] + cut < f[1]:
            f[0] += cut
            f[4] = max(f[4], f[0])

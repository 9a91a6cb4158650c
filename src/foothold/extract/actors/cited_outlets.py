"""A source note's outlet is one actor named whole (issue 8, actors17).

The citation extractor reads the outlet of "(UN News, June 18, 2024)", "(Nikkei Asia, June 28, 2022)", "(Vientiane
Times, July 5, 2022)" whole, while the dictionary and the NER read a body, state or place inside it ("UN", "Asia",
"Vientiane") or nothing. FORMAT.md makes every cited outlet an actor: the note's outlet replaces the pieces found
in it, typed as an outlet (`EntityClassifier.outlet_type`: media unless a state body, "(Treasury, ...)"), or by the
dictionary entry it names whole."""

from __future__ import annotations


def cited_outlets(text: str, found: list[list], outlets: list[tuple[int, int]], dictionary, outlet_type, add) -> None:
    """Each note's outlet as one mention, the pieces found inside or across it dropped."""
    for cs, ce in outlets:
        name = text[cs:ce]
        if not name[:1].isupper() or any((f[0], f[1]) == (cs, ce) for f in found):
            continue
        found[:] = [f for f in found if not (f[0] < ce and cs < f[1])]
        entry = dictionary.lookup(name)
        if entry is not None:
            add(cs, ce, entry.type, f"dict:{entry.id}")
        else:
            add(cs, ce, outlet_type(name), "rule:cited_outlet")

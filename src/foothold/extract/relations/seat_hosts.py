"""The head met at his own government's seat (issue 8, reltitle15): "X met President Y at the White House", "Prime
Minister X will meet President Y at the Kremlin" — the one met ("met" as object, or "met with") at a state's seat
of government (data/government_seats.yaml: "White House = United States") is that state's host, so a bare head of
state or government met there leads it, when the text names that state. The subject is the guest and takes nothing
from the seat. Read by `TitleRelations.dictionary_scope` beside `met_in_capital.host_met_in_capital`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...resolve.names import normalise_name
from ...yamlfile import read_word_lists
from .met_in_capital import meeting_of

DATA = Path(__file__).resolve().parents[2] / "data" / "government_seats.yaml"


@lru_cache(maxsize=2)
def government_seats(path: str | None = None) -> dict[str, str]:
    """data/government_seats.yaml `seats`: normalised seat name -> state name."""
    out = {}
    for entry in read_word_lists(path or DATA, ("seats",), "government seats")["seats"]:
        seat, sep, state = entry.partition(" = ")
        if not sep or not seat.strip() or not state.strip():
            raise DataFileError(f"government seat '{entry}' needs the form '<seat> = <state>'", path=str(path or DATA))
        out[normalise_name(seat.strip())] = state.strip()
    return out


def host_at_seat(reader, t, holder) -> str | None:
    """The state whose government seat a head is met at, else None."""
    if t.words not in reader.lex.country_heads:
        return None
    met = meeting_of(reader, holder)
    if met is None:
        return None
    meet, tok = met
    seats = government_seats()
    states = set()
    for c in [*meet.children, *tok.children]:
        if c.dep_ != "prep" or c.lower_ != "at":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            words = [w for w in reader.doc[g.left_edge.i:g.i + 1] if w.lower_ != "the"]
            state = seats.get(normalise_name(" ".join(w.text for w in words)))
            if state is not None and (actor := reader.idx.state_of_place(state)) is not None:
                states.add(actor)
    return states.pop() if len(states) == 1 else None

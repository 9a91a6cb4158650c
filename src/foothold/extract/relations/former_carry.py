"""A former holder's state is no carry into the dateline's story (issue 8, reltitle14): "MEXICO CITY - ... police
arrested former Vice President A ... . President B called the raid a violation of Mexico's sovereignty". A title
carried from a holder named a sentence or two before (`TitleRelations.country_scope`'s recent heads) tells the next
bare holder's state when that holder sits; a former holder's state says less, and yields to the wire dateline's
when the new holder's own sentence names the dateline's state (name, demonym or capital) and the carried state is
another. "former Iraqi Prime Minister A ... . The Prime Minister, X, said" under a BAGHDAD dateline carries as
before."""

from __future__ import annotations

from .state_before import states_standing_in


def former_carry_yields(reader, t, holder, recent) -> bool:
    """The recent holder was former (or a vice or deputy holder the carry is no head of), the holder is another
    person, and the dateline's state, named in the holder's sentence, is not the carried one."""
    if holder is None or not recent[2:] or recent[2] == holder.actor or recent[3:4] != ("former",):
        return False
    if t.time is not None and t.time not in reader.lex.sitting_times:
        return False
    dateline = reader.idx.dateline_state
    if dateline is None or dateline == recent[1].actor:
        return False
    return dateline in states_standing_in(reader, reader.sent)

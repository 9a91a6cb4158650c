"""A former head in a wire story of his own state (issue 8, reltitle7): "BRASILIA (Wire) - Brazilian police detained
1,200 people ... a day after supporters of former President X stormed Congress"; "PORT-AU-PRINCE - ... Haitian
police raided the slum in search of gunmen loyal to former president X". The golds tie a former head to the state he
led (leads, as former heads do); the story's guesses leave former holders alone (`TitleRelations.sitting`: "the
army's former commander, X" in a story of another state), so only the strongest sign places one: the wire dateline's
state, named in the title's own sentence (name, demonym or city), and no other state named there; or no state named
there at all nor another in the sentence before (reltitle8: "SANTIAGO - ... The Social Front won 40 seats, against
31 for the bloc of former president X"). Heads of state or
government only (roles.yaml `country_heads`); a former minister or commander stays untied."""

from __future__ import annotations

from .state_before import states_standing_in


def former_head_state(reader, t, holder) -> str | None:
    """The dateline's state for a former head's bare title when its sentence names that state and no other."""
    if t.time != "former" or t.words not in reader.lex.country_heads or reader.regional(t):
        return None
    dateline = reader.idx.dateline_state
    if dateline is None:
        return None
    named = states_standing_in(reader, reader.sent)
    if named == {dateline}:
        return dateline
    prev = reader.previous_sentence()            # a sentence naming no state at all (reltitle8): "The ceremony was
    if named or prev is None:                    # attended by ..., former prime minister X and ..." under BAGHDAD
        return None
    return dateline if states_standing_in(reader, prev) <= {dateline} else None

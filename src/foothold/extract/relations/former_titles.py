"""Former roles are tied as the present title would be (issue 8, conv4): the eval makers keep a former role as a
relation because the text states it (seed notes 12: former heads `leads`, a former ambassador or minister
`member_of`; news-dev 13 "former U.S. President Donald Trump" leads the United States, 23 the former Wagner owner
leads Wagner). So a title whose time is "former" (roles.yaml `title_modifiers.time`: former, ex, previous, late,
then) takes the same story's guesses and predicate rules as a sitting one (`TitleRelations.sitting`,
`secretariats`, `region_heads`); an incoming holder's title ("incoming", "new") still takes no story's guess."""

from __future__ import annotations

FORMER = "former"


def held_before(t) -> bool:
    """The title's time says its holder held it before ("former defence minister X", "the late president X")."""
    return t.time == FORMER

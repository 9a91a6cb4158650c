"""A place after a title's "for" is the area its holder serves, not a body he holds (issue 8, spurious13): "Uday
Awad, a member of parliament for Basra", "the member for Kibwezi West" (a constituency), "the RSF commander for
Central Darfur" (a command's area). FORMAT.md's `member_of` and `leads` tie a person to an organization or a country
(governors lead their province: "the Governor of Najaf", "the Donetsk regional governor"); no tuning, seed or news-dev
gold ties a title's "for"-place. Read in `title_relations.emit_title`: such an object makes no tie (the holder's
other ties, a demonym's state or a party named elsewhere, stay).
"""

from __future__ import annotations

from .lexicon import DETERMINERS


def area_for(reader, t, obj) -> bool:
    """``obj`` is the title's object, a place, introduced by "for" ("member of parliament for Basra")."""
    if obj is not t.obj or obj.type != "place":
        return False
    j = obj.start - 1
    while j > t.title_start and reader.w(j) in DETERMINERS:
        j -= 1
    return reader.w(j) == "for"

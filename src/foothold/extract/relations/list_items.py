"""Titles inside a list of people are each item's own (issue 8, precision2).

"killed Ivan Petrov, the deputy head of the Border Guard Service, and the Belarusian commander Oleg Sidorov": the
first title is apposed to the name before it and closed by ", and"; the next item starts a new holder, so the two
titles are no chain ("the founder and leader of X, Y" is one). "detained Prime Minister X, members of his cabinet and
members of the Council": a plural title after one name is the list's next item, not that person's office ("X and Y,
members of the Council" still holds both).
"""

from __future__ import annotations


def apposed_title_closed(reader, chain, end: int) -> bool:
    """The chain's first title is apposed to a person before it and closed by ", and": a list goes on."""
    return reader.w(end) == "," and reader.w(end + 1) == "and" and reader.holder_before(chain[0].start) is not None


def plural_title_after_one_name(reader, title, holder) -> bool:
    """A plural title ("members of ...") apposed after one person's name, not after a list of names."""
    words = title.words
    if holder is None or holder.end > title.start or not words or not words[-1].endswith("s") \
            or words[-1].endswith("ss"):
        return False
    before = reader.w(holder.start - 1)
    return not (before in (",", "and") and reader.person_ending_before(holder.start - 1) is not None)


def titled_item_follows(reader, chain, end: int) -> bool:
    """The chain's first title is apposed to a person before it and closed by a comma, and the list's next item is a
    person with a title of their own ("received X, the leader of the Civic Alliance, former prime minister Y and Z"):
    the first title is X's, not the start of a chain held by Y (issue 8, relties6)."""
    if reader.w(end) != "," or reader.holder_before(chain[0].start) is None:
        return False
    j = end + 1
    while reader.w(j) in reader.lex.time_words:
        j += 1
    n = reader.match(j, reader.lex.titles)
    return bool(n) and reader.person_at(j + n) is not None


def own_title_before(reader, person) -> bool:
    """A title written right before the person's name ("former prime minister Y"): the person is described on
    their own, so a body named after a later conjunct ("Y and Z of the Pirate Party") is not theirs."""
    for n in range(1, 5):
        start = person.start - n
        if start < reader.lo:
            return False
        if reader.match(start, reader.lex.titles) == n:
            return True
    return False


LIST_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their")


def apposed_before_titled_item(reader, chain, end: int, after):
    """'brought together X, the secretary-general of Y, Z, the leader of W, and ...': a title apposed to the person
    before it and closed by a comma, with the next person followed by a title of their own, is the person before's,
    not the next person's (spurious10); the person before, or None when the list shape does not hold."""
    if after is None or reader.w(end) != "," or reader.w(after.end) != ",":
        return None
    before = reader.holder_before(chain[0].start)
    if before is None or reader.w(chain[0].start - 1) != ",":
        return None
    j = after.end + 1
    while reader.w(j) in LIST_DETERMINERS or reader.w(j) in reader.lex.time_words:
        j += 1
    return before if reader.match(j, reader.lex.titles) else None

"""A factbox entry written on one line (issue 8, docs27: who's-who lists, cabinet line-ups):

    SADIO CAMARA - Minister of Defence. A colonel and former director of the Kati military academy, ...

The name opening its line and the dash after it introduce the title as a comma would ("SADIO CAMARA, Minister of
Defence"): the person before the dash holds the title, and so does a verbless title sentence later in the entry's
paragraph ("A leader of the June 5 Movement."), as under a name heading. Read by `titles.read_titles` when a title
finds no holder in its own sentence; `actors/name_headings.py` finds the capitalised name."""

from __future__ import annotations

from .heading_holder import told_in_clause
from .index import Ref
from .lexicon import DETERMINERS

DASHES = ("-", "\u2013", "\u2014", "--")


def entry_holder(reader, t) -> Ref | None:
    """The person named before the dash that opens the title ``t``, when the name opens its line; else None."""
    k = t.start
    while k > reader.lo and reader.w(k - 1) in DETERMINERS:
        k -= 1
    if k == reader.lo and not told_in_clause(reader, t.start) \
            and reader.doc[t.title_end - 1].dep_ not in ("nsubj", "nsubjpass"):
        return paragraph_entry(reader, k)          # "A leader of the June 5 Movement." under the entry line
    if k - 1 < reader.lo or reader.doc[k - 1].text not in DASHES:
        return None
    person = reader.person_ending_before(k - 1)
    return person if person is not None and opens_line(reader.doc, person.start) else None


def paragraph_entry(reader, k: int) -> Ref | None:
    """The person of the entry line opening the paragraph token k is in ("NAME - Title."), else None."""
    doc = reader.doc
    j = k
    while j > 0 and "\n\n" not in doc[j - 1].text_with_ws and not (doc[j - 1].is_space and "\n" in doc[j - 1].text
                                                                     and j >= 2 and "\n" in doc[j - 2].text_with_ws):
        j -= 1
    while j < k and doc[j].is_space:
        j += 1
    person = reader.idx.ref_starting(j)
    if person is None or person.type != "person" or person.end >= k or doc[person.end].text not in DASHES:
        return None
    return person


def opens_line(doc, i: int) -> bool:
    """Token i is the first word of a line (of the text, or after a newline)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws

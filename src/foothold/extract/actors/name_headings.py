"""A person named by a capitalised heading over its definition line (issue 8, docs26: wire factboxes, who's-who
lists): "SULTANI MAKENGA" above "- The military commander of the M23 since 2013." The NER reads names written
in capitals as places, acronyms or nothing; a line of two to four capitalised words whose next line opens with
"The/A ... of" (the title phrase defining a person) is a person's name. `relations/heading_holder.py` then gives
the definition to that person."""

from __future__ import annotations

import re

# the heading: two to four words in capitals (apostrophes and hyphens inside), alone on its line
NAME_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){1,3})[ \t]*\n"
                          r"[ \t]*(?:[-\u2022*\u2013][ \t]*)?(?:The|A|An)[ \t]+(?:[\w'-]+[ \t]+){0,4}?(?P<title>[\w'-]+)[ \t]+of[ \t]")
# the same name opening a one-line entry: "SADIO CAMARA - Minister of Defence.", "BAH NDAW - President of ..."
NAME_ENTRY = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){1,3})[ \t]+[-\u2013\u2014]{1,2}[ \t]+"
                        r"(?:(?:The|A|An)[ \t]+)?(?:[\w'-]+[ \t]+){0,3}?(?P<title>[\w'-]+)(?=[ \t]+of\b|[ \t]*[.,;\n])")
LABEL = "rule:name_heading"


def name_headings(text: str, found: list[list], add, title_words) -> None:
    """Adds a person mention for each name heading whose line defines a title ("The military commander of":
    a title word before "of", lexicon title words; "A group of experts said" defines none), replacing what
    the NER made of its words."""
    for m in [*NAME_HEADING.finditer(text), *NAME_ENTRY.finditer(text)]:
        if not is_title_word(m.group("title"), title_words):
            continue
        cs, ce = m.span("name")
        found[:] = [f for f in found if not (f[0] < ce and cs < f[1])]
        add(cs, ce, "person", LABEL)


def is_title_word(word: str, title_words) -> bool:
    """"Minister", "commander", "Vice-president" (the word after a hyphened prefix) are title words."""
    return word.capitalize() in title_words or word.rsplit("-", 1)[-1].capitalize() in title_words

"""A country's demonym opening another actor's mention ("Colombian President Andres Pastrana", "the Iraqi Army") is a
surface form of that country: FORMAT.md makes a demonym used as a modifier an alias of the country, and a reader who
named the state only through it ("Colombian") is then matched. The country must be an actor of the text already: a
demonym alone adds no state (`actors/states.py` decides which demonyms are mentions)."""

from __future__ import annotations

from ..model import Actor

ARTICLES = ("the", "a", "an")


def add_demonym_forms(actors: list[Actor], dictionary) -> None:
    """Add to each country actor the demonyms that open other actors' mentions."""
    countries = {a.dictionary_id: a for a in actors if a.type == "country" and a.dictionary_id}
    if not countries:
        return
    for actor in actors:
        if actor.type == "country":
            continue
        for m in actor.mentions:
            form = _opening_demonym(m.text, dictionary)
            country = countries.get(getattr(dictionary.demonym_country(form), "id", None)) if form else None
            if country is not None and form != country.name and form not in country.aliases:
                country.aliases.append(form)


def _opening_demonym(text: str, dictionary) -> str | None:
    """The one- or two-word demonym opening a phrase of more words, or None."""
    words = text.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    for n in (2, 1):
        if len(words) > n and dictionary.demonym_country(" ".join(words[:n])) is not None:
            return " ".join(words[:n])
    return None

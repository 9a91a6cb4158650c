"""A person called by the first word of a two-word name written before (issue 8, actors16).

Japanese, Chinese, Korean and Hungarian names are often written family name first without a mark a rule can read
("Prime Minister Kishida Fumio ... Kishida thanked", "its director, Lin Zhaowei ... Lin had earned"), and
`surname_keys._family_name_first` reads only hyphened or syllabic given names. A lone person's word that is no last,
middle or family name of anyone named in full, and the first word of exactly one two-word person's name written
before it, is that person: the last resort of `within._merge_surnames`, read for a cluster typed person or only
by the NER (which often types a lone surname as a body: "Wang said").
"""

from __future__ import annotations

from .names import normalise_name
from .surname_keys import SURNAME_PARTICLES


def first_word_key(name: str) -> str | None:
    """The normalised first word of a two-word person's name, or None ("al-" and "van" open no family name here)."""
    words = [w.rstrip(",") for w in name.split()]
    if len(words) != 2 or words[0].lower() in SURNAME_PARTICLES or not words[0][:1].isupper():
        return None
    return normalise_name(words[0])


def first_written(cluster) -> int:
    return min(m.start for m in cluster.mentions)


def by_first_word(cluster, clusters: list) -> object | None:
    """The one person cluster whose two-word name opens with the lone cluster's word and is written before it."""
    keys = {normalise_name(n) for n in cluster.names}
    start = first_written(cluster)
    cands = {id(c): c for c in clusters if c is not cluster and c.type() == "person" and first_written(c) < start
             and any(first_word_key(n) in keys for n in c.names)}
    return next(iter(cands.values())) if len(cands) == 1 else None

"""One person the earlier passes left as two actors (issue 8, actors18; read on owndocs5, 12, 16 and 20).

`within._merge_surnames` joins a lone surname to a full name typed person. Three shapes escape it:
- the NER typed the full name as a body or place and the surname as a person ("Bidzina Ivanishvili" ORG ...
  "Ivanishvili" PERSON): a cluster only the NER typed, of two or three capitalised name words and no head word, whose
  last word is the name of a lone cluster typed person, is that person (`mistyped_full_name`);
- a two-word tail of a longer person's name that only the NER typed ("López Obrador" ORG of "Andrés Manuel López
  Obrador") is that person (`tail_of_full_name`);
- a person's first and last name without the middle one ("Mahamat Deby" of "Mahamat Idriss Deby") is the one
  person named in full with both (`without_middle_name`).
Each joins only where exactly one person fits; the cluster's vote (`within._Cluster._vote`) then types it person.
"""

from __future__ import annotations

import re

from .names import normalise_name

NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u00ff-]*")


def merge_split_people(clusters: list, ner_only, head_type) -> list:
    """Clusters with the split people joined; ``ner_only(c)`` tells a cluster only the NER typed, ``head_type(name)``
    the type a name's head word gives (None for none)."""
    out = list(clusters)
    for find in (_mistyped_full_name, _tail_of_full_name, _without_middle_name):
        for c in list(out):
            if c not in out:
                continue
            found = find(c, out, ner_only, head_type)
            if found is not None:
                target, part, reason = found
                target.add(part, reason)
                out = [x for x in out if x is not part]
    return out


def _words(name: str) -> list[str]:
    return name.split()


def _name_shaped(name: str, head_type) -> bool:
    words = _words(name)
    return 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words) and head_type(name) is None


def _persons(clusters: list, but) -> list:
    return [x for x in clusters if x is not but and x.type() == "person"]


def _mistyped_full_name(c, clusters: list, ner_only, head_type):
    """``c`` a lone surname typed person; the one NER-only body or place cluster of a full name ending in it."""
    if c.type() != "person" or any(len(_words(n)) != 1 for n in c.names):
        return None
    keys = {normalise_name(n) for n in c.names}
    cands = [x for x in clusters if x is not c and ner_only(x) and x.type() in ("organization", "place")
             and all(_name_shaped(n, head_type) and normalise_name(_words(n)[-1]) in keys for n in x.names)]
    if len(cands) != 1:
        return None
    return cands[0], c, f"surname '{c.names[0]}' of a full name the NER mistyped"


def _tail_of_full_name(c, clusters: list, ner_only, head_type):
    """``c`` a two-word NER-only cluster; the one person whose longer name ends in those two words."""
    if c.type() == "person" or not ner_only(c) or not all(_name_shaped(n, head_type) and len(_words(n)) == 2
                                                            for n in c.names):
        return None
    keys = {normalise_name(n) for n in c.names}
    cands = [x for x in _persons(clusters, c)
             if any(len(_words(n)) >= 3 and normalise_name(" ".join(_words(n)[-2:])) in keys for n in x.names)]
    if len(cands) != 1:
        return None
    return cands[0], c, f"'{c.names[0]}' ends the full name of one person"


def _without_middle_name(c, clusters: list, ner_only, head_type):
    """``c`` a two-word person; the one person named with three words or more opening and closing with them."""
    if c.type() != "person" or not all(len(_words(n)) == 2 for n in c.names):
        return None
    pairs = {(normalise_name(_words(n)[0]), normalise_name(_words(n)[1])) for n in c.names}
    cands = [x for x in _persons(clusters, c)
             if any(len(_words(n)) >= 3 and (normalise_name(_words(n)[0]), normalise_name(_words(n)[-1])) in pairs
                    for n in x.names)]
    if len(cands) != 1:
        return None
    return cands[0], c, f"'{c.names[0]}' is a full name without its middle name"

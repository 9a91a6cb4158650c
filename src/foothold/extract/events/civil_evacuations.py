"""An evacuation ordered of a population is a safety measure, no expulsion (issue 8, spurious14).

PETRARCH2's "ORDER * EVACUATION" and "START * EVACUATION" patterns (CAMEO 166, 174: expel or withdraw) were read by
the CAMEO fallback as SANCTION expel for "The coastal authority ordered the evacuation of 3,000 residents from the
flood plain" or "the army ordered the evacuation of 20 villages near the front": the people moved are the doer's
own population taken out of danger, and no one is expelled (PLOVER SANCTION expel: "expel or deport
individuals"; owndocs8 and owndocs42 golds code no event for either). ``civil_evacuation(verb)``, read by
`cameo.fallback_trigger` for an expel candidate: True when the verb's object is an evacuation whose "of" phrase
heads with one of data/civil_evacuations.yaml's `evacuated` nouns, or an evacuation with no "of" phrase and no
named party after it ("ordered an evacuation"). "ordered the evacuation of the embassy", "of its diplomats", "of
northern Gaza" (a proper noun) keep their reading.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

EVACUATIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "civil_evacuations.yaml"
EVACUATION_NOUNS = frozenset({"evacuation", "evacuations"})


@lru_cache(maxsize=2)
def evacuated_nouns(path: str | None = None) -> frozenset[str]:
    """data/civil_evacuations.yaml: the population and ground nouns an evacuation of which is a safety measure."""
    return read_word_set(path or EVACUATIONS_PATH, "evacuated", "civil evacuations")


def _of_heads(noun) -> list:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _names_party(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "FAC", "LOC") \
        or any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
               for c in tok.children)


def civil_evacuation(verb) -> bool:
    """The verb's direct object is an evacuation of a population (or of no one named): no expulsion."""
    nouns = evacuated_nouns()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ not in EVACUATION_NOUNS and obj.lemma_.lower() not in EVACUATION_NOUNS:
            continue
        heads = _of_heads(obj)
        if not heads:
            return True
        for head in heads:
            words = [head] + [c for c in head.children if c.dep_ == "conj"]
            if all(w.lemma_.lower() in nouns or w.lower_ in nouns for w in words) \
                    and not any(_names_party(w) for w in words):
                return True
    return False

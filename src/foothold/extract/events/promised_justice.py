"""Justice promised for wrongdoers is a promise, not a threat (issue 8, evtypes8; data/promised_justice.yaml).

"The minister promised that the killers would be punished", "promised that the officers who fired on the crowd would
be punished": the promise's clause is a passive whose subject is an unnamed wrongdoer noun (killer, perpetrator,
official ...). The speaker commits to the public that a crime will be answered (PLOVER AGREE promise), as "would be
brought to justice" already reads; `futures.harm_meant` read "punished" as harm meant and made the promise THREATEN.
The tuning golds code this AGREE four times in three documents. A named party or armed opponents punished ("vowed that
Israel would be punished", "vowed that those who had taken up arms would be punished") stay THREATEN (the manual's
"coercive or forceful warnings"). Read in `senses.content_types`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

PROMISED_JUSTICE_PATH = Path(__file__).resolve().parents[2] / "data" / "promised_justice.yaml"


@lru_cache(maxsize=2)
def wrongdoer_nouns(path: str | None = None) -> frozenset[str]:
    """data/promised_justice.yaml `wrongdoer_nouns`, validated when loaded."""
    return read_word_set(path or PROMISED_JUSTICE_PATH, "wrongdoer_nouns", "promised justice")


def justice_promised(verb) -> bool:
    """The promise's complement clause is a passive whose subject is an unnamed wrongdoer noun (no proper name in it)."""
    words = wrongdoer_nouns()
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or any(c.dep_ == "neg" for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lemma_.lower() in words \
                and not any(t.pos_ == "PROPN" for t in subj.subtree if t.i <= subj.i):
            return True
    return False

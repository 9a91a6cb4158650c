"""An object relative the parser reads as a noun phrase (issue 8, evrecall2; vocabulary in
data/object_relatives.yaml): "The Syrian National Army, the rebel coalition that Turkey funds in northern Syria, sent
3,000 men to Tripoli". The tagger takes "funds" for a plural noun ("Turkey funds"), makes it the subject of "sent", and
hangs "sent" on "coalition" as its relative clause, so the sentence's doer is lost and the patron acts. The repair
(a parse repair, run with the extractor's others) reads the noun as the relative's verb, with the name as its subject
and "that" as its object, and makes the hung verb the main verb of the verbless sentence with its first noun as
subject."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from ..doc_tokens import doc_tokens

RELATIVES_PATH = Path(__file__).resolve().parents[2] / "data" / "object_relatives.yaml"
RELATIVE_WORDS = {"that", "which", "whom"}


@lru_cache(maxsize=2)
def relative_verbs(path: str | None = None) -> frozenset[str]:
    """data/object_relatives.yaml's verbs, validated when loaded."""
    return read_word_set(path or RELATIVES_PATH, "verbs", "object relatives")


def verb_noun(tok) -> bool:
    """A plural noun that is one of the relative verbs with its "s": "funds", "controls"."""
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.lower_[:-1] in relative_verbs()


def misread_relative(verb):
    """(noun read as the verb, its doer, the relative word) when ``verb`` is a relative clause whose subject is such a
    noun: "that | Turkey | funds" with "funds" a plural noun after a name, else None. Also (evargs8) a doer written as
    a common noun phrase, "which | the military junta | controls" (the noun's compound), or with its name in brackets,
    "which | the Houthi movement (Ansar Allah) | controls" (the noun hung on the doer as its apposition)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS), None)
    if subj is None:
        return None
    if verb_noun(subj):
        noun = subj
        name = doc[noun.i - 1] if noun.i > 0 else None
        if name is None or name.head.i != noun.i or not (name.pos_ == "PROPN" or name.dep_ == "compound"
                                                         and name.pos_ == "NOUN"):
            return None
    else:
        noun = next((c for c in subj.children if c.dep_ == "appos" and verb_noun(c) and c.i > subj.i), None)
        if noun is None or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        name = subj
    left = (noun if noun is subj else name).left_edge.i
    word = doc[left - 1] if left > 0 else None
    if word is None or word.lower_ not in RELATIVE_WORDS:
        return None
    return noun, name, word


def _verbless_root(antecedent):
    """The noun heading the verbless sentence the antecedent belongs to ("The Syrian National Army, the rebel
    coalition ..."): the antecedent or the noun it is in apposition to, when that is the sentence's root."""
    top = antecedent.head if antecedent.dep_ == "appos" else antecedent
    return top if top.dep_ == "ROOT" and top.pos_ in ("NOUN", "PROPN") else None


def repair_object_relatives(doc) -> int:
    """Re-reads each misread object relative; returns how many."""
    moved = 0
    for verb in doc_tokens(doc):     # the events block's kept Token list (perf4)
        found = misread_relative(verb)
        if found is None:
            continue
        root = _verbless_root(verb.head)
        if root is None:
            continue
        noun, name, word = found
        antecedent = verb.head
        verb.head, verb.dep_ = verb, "ROOT"          # "sent" heads the sentence, its first noun its subject
        root.head, root.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = antecedent, "relcl"   # "that Turkey funds": a relative clause on "coalition"
        for t in [t for t in noun.children if t.i < name.i]:
            t.head = name                            # "the military junta controls": its words are the doer's
        noun.pos_, noun.tag_, noun.lemma_ = "VERB", "VBZ", noun.lower_[:-1]
        name.head, name.dep_ = noun, "nsubj"
        word.head, word.dep_ = noun, "dobj"
        moved += 1
    return moved

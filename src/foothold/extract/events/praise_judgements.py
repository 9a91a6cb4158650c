"""Praise in what a characterizing verb calls its object is SUPPORT (issue 8, evtypes2; data/praise_judgements.yaml).

"The embassy called the journalist a courageous voice for a free press", "the envoy called the truce 'a historic
achievement' and said both sides would reopen the road", "described the accord as a milestone": the judgement
praises what it judges (PLOVER SUPPORT, praise), though no statement cue is said. Read in
`speech.statement_reading` before the whole sentence's cues are tried (they would give "agreed" or "reopen" the
statement). Only the judgement itself counts: the object predicate(s) after the judged one, or the "as" phrase.
`called_predicate` also tells the parser's reading of "called X a Y" as two object predicates (no phone call).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

PRAISE_PATH = Path(__file__).resolve().parents[2] / "data" / "praise_judgements.yaml"
NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "hardly"})


@dataclass(frozen=True)
class PraiseWords:
    praise_words: frozenset[str]
    blame_words: frozenset[str]


@lru_cache(maxsize=2)
def praise_words(path: str | None = None) -> PraiseWords:
    """data/praise_judgements.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or PRAISE_PATH, PraiseWords, "praise judgements")


def called_predicate(verb) -> bool:
    """ "called Hashimi a brave voice": the parser makes both the named one and what it is called object
    predicates of the verb; the second, a determined noun, is the judgement."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.i > verb.i]
    return len(preds) >= 2 and preds[-1].dep_ == "oprd" and preds[-1].pos_ == "NOUN" \
        and any(d.dep_ == "det" and d.i < preds[-1].i for d in preds[-1].children)


def judgement_tokens(verb) -> list:
    """The words of the judgement: the last object predicate after another object, or the "as" phrase's object."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") and c.i > verb.i]
    as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if as_prep is None:     # the parser may hang the "as" on the judged object ("described the truce as ...")
        as_prep = next((p for c in preds for p in c.children if p.dep_ == "prep" and p.lower_ == "as"), None)
    if as_prep is not None:
        return [t for o in as_prep.children if o.dep_ == "pobj" for t in o.subtree]
    if len(preds) >= 2:
        return list(preds[-1].subtree)
    quoted = [c for p in preds for c in p.subtree if c.i > p.i]    # 'called it "a historic achievement"'
    return quoted if len(preds) == 1 and preds[0].dep_ in ("oprd", "ccomp", "xcomp") else []


def _lemmas(tokens) -> set[str]:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    words |= {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in zip(tokens, tokens[1:]) if b.i == a.i + 1}
    return words


def praise_judgement(verb, words: PraiseWords | None = None) -> bool:
    """Whether what ``verb`` calls its object praises it: a praise word in the judgement, no blame word or
    negation there, and the verb itself not negated."""
    words = words or praise_words()
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    judged = judgement_tokens(verb)
    if not judged:
        return False
    found = _lemmas(judged)
    if found & words.blame_words or any(t.lower_ in NEGATIONS for t in judged):
        return False
    return bool(found & words.praise_words)

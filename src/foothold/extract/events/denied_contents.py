"""Acts told only inside what is denied or rejected as a claim are not told as done (issue 8, spurious13).

- "The police command denied that officers had fired live ammunition at X": the denied clause's doer is an unnamed
  common noun ("officers", "soldiers", "gunmen"), so the clause tells no one's act; the denial is the event (PLOVER
  REJECT deny). ``unnamed_doer(clause, index)``: the clause's subject names no actor. A named doer ("denied that
  Israel had struck the convoy") is left as `candidates.content_tokens` reads it (the doer's own side suppressed,
  another's act still told).
- "The Society rejects as baseless the claims published by some media that earlier aid sent to Iraq was handed to
  armed groups": the that-clause of a claim noun (`CLAIM_NOUNS`) that a verb of rejecting or denying takes as its
  object is the claim's content. ``rejected_claim_tokens(sent)``: the tokens of such clauses ("that" as a relative pronoun, "the claims that
  said ...", is no content clause).
Read in `candidates.content_tokens`, which suppresses their triggers (skip `inside_statement`).
"""

from __future__ import annotations

from .arguments import phrase_actors, subject_of
from ..doc_tokens import span_tokens

CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "rumour", "rumor", "suggestion", "charge",
                         "assertion", "statement"})
REJECTING = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def unnamed_doer(clause, index) -> bool:
    """The clause's subject is a common noun naming no actor ("that officers had fired")."""
    subj, dep = subject_of(clause)
    if subj is None or dep != "nsubj" or subj.pos_ != "NOUN":
        return False
    return not phrase_actors(subj, index)


def rejected_claim_tokens(sent) -> set[int]:
    """Tokens of the that-clauses of claim nouns that a rejecting word of the sentence takes as object (or, where the
    tagger took "rejects" for a noun, as apposition)."""
    out: set[int] = set()
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in REJECTING:
            continue
        for obj in tok.children:
            if obj.dep_ not in ("dobj", "appos") or obj.lemma_.lower() not in CLAIM_NOUNS:
                continue
            for c in obj.children:
                if c.dep_ in CLAUSE_DEPS and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    out.update(t.i for t in c.subtree)    # "the claims that X was handed to Y"
    return out

"""A document's signer is its author (issue 8, evargs14; data/signed_documents.yaml).

"The decree suspending all flights to Lome was signed by the Minister of Transport, Kwame Boateng, on Monday": the
act the document's participle tells (suspending the flights) is done by the document, and the document is the one who
signed or issued it. The agent of a passive verb of signing or issuing whose subject is the document noun (or the
participle clause the parser made that subject: "decree" the subject of "suspending", "suspending" the passive
subject of "signed") is the act's doer; so is the agent of such a participle on the noun ("an order issued by the
governor closing the markets"). `arguments.document_author` read only "from"/"by" and statement-like nouns.
Convention: news-dev's README -- the named perpetrator is the source; a decree is its signer's act (PLOVER codes the
sanction, not the paper)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import ActorHit, DocIndex

SIGNED_DOCUMENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "signed_documents.yaml"


@dataclass(frozen=True)
class SigningWords:
    document_nouns: frozenset[str]
    signing_verbs: frozenset[str]


@lru_cache(maxsize=2)
def signing_words(path: str | None = None) -> SigningWords:
    """data/signed_documents.yaml, validated when loaded."""
    return read_word_sets(path or SIGNED_DOCUMENTS_PATH, SigningWords, "signed documents")


def signing_verb(tok) -> object | None:
    """The passive verb of signing or issuing whose subject ``tok`` (a document noun) is, or None."""
    words = signing_words()
    verb = None
    if tok.dep_ == "nsubjpass":
        verb = tok.head                                   # "The decree ... was signed by X"
    elif tok.dep_ == "nsubj" and tok.head.dep_ == "csubjpass":
        verb = tok.head.head                              # the parser's "decree" subject of "suspending"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.signing_verbs:
        return None
    return verb


def signer(tok, index: DocIndex, actors_of) -> list[tuple[ActorHit, int]]:
    """The actors who signed or issued the document ``tok`` names, or []. ``actors_of`` reads a phrase's actors
    (arguments.phrase_actors)."""
    words = signing_words()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.document_nouns:
        return []
    verbs = [v for v in [signing_verb(tok)] if v is not None]
    verbs += [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
              and c.lemma_.lower() in words.signing_verbs]         # "an order issued by the governor"
    found: list[tuple[ActorHit, int]] = []
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for o in (c for c in agent.children if c.dep_ == "pobj"):
                found += [(h, i) for h, i in actors_of(o, index) if h.type not in ("media", "place")]
    return found

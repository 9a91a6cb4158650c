"""A sentence-opening "It also ..." goes on with the body the sentence before told acting (issue 8, evargs7):
"Peru said two children were killed and recalled its ambassador. It also suspended all high-level visits." An
additive adverb (also, further, additionally, likewise) says the subject did one more thing, so "It" is the named
body or state the previous sentence of the paragraph has as its main subject -- not the last organisation named
(a group the statement talked about). `statements.previous_body` reads such an "It" only before a recommending verb
(any verb lowered news-dev's even half); the adverb narrows it to a told continuation. Hooked in
`arguments.head_actors` beside `previous_body`."""

from __future__ import annotations

from .statements import BODY_TYPES

ADDITIVE = frozenset({"also", "further", "additionally", "likewise"})


def continued_body(pron, index, actors_of) -> list:
    """The one named body or state the previous sentence's main clause has as subject, for an opening "It" whose
    verb carries an additive adverb; empty otherwise. ``actors_of``: arguments.phrase_actors."""
    if pron.lower_ != "it" or pron.dep_ != "nsubj":
        return []
    verb, sent = pron.head, pron.sent
    if verb.dep_ != "ROOT" or sent.start == 0 or not any(c.dep_ == "advmod" and c.lower_ in ADDITIVE
                                                         for c in verb.children):
        return []
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.i != pron.i:
        return []
    before = pron.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subj is None or index.paragraph[subj.i] != index.paragraph[pron.i]:
        return []
    found = [(h, i) for h, i in actors_of(subj, index) if h.type in BODY_TYPES]
    return found if len(found) == 1 else []

"""How far back "the army" looks for a body whose name ends in "Army" (issue 8, anaphora): `arguments.named_by_head`
binds a definite common noun to the organisation named last with that word at its end, in the 300 tokens before. For
a state-body noun (army, police, court, ministry, ...) that is a guess across paragraphs: in "The Lord's Resistance
Army crossed into Sudan. ... . The army arrested forty suspects" the army is the state's. Such a noun binds only an
organisation named in its own sentence or the four before."""

from __future__ import annotations

# sentences (its own included) in which a state-body noun's namesake must be named
STATE_BODY_SENTENCES = 5


def head_window_start(tok, state_bodies: set[str], default: int) -> int:
    """The first token named_by_head may look at for ``tok``."""
    if tok.lower_ not in state_bodies:
        return default
    return max(default, sentences_start(tok, STATE_BODY_SENTENCES))


def sentences_start(tok, sentences: int) -> int:
    """The first token of the last ``sentences`` sentences ending with ``tok``'s own (1: its own sentence)."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


# "called on the state to bring all weapons under its control": a lowercase "the state" is the sovereign state of the
# story, never the namesake of a group whose name ends in "State" ("Islamic State") (evargs8)
SOVEREIGN_NOUNS = frozenset({"state"})


def names_no_namesake(tok) -> bool:
    """``tok`` is a lowercase noun that stands for the state, not for an organisation named with it at its end."""
    return tok.text in SOVEREIGN_NOUNS

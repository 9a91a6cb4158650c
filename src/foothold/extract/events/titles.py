"""Bare titles before a name ("Prime Minister X", "Foreign Minister Y"): whom a later "the prime minister" means.

A wire story names a person once with a capitalised title and then says "the prime minister" or "the chancellor".
Titles learnt from relations need the state or body named beside the title; these need only the title itself, read
from the capitalised words right before a person's mention, with the title vocabulary of data/roles.yaml.
`DocIndex.titled_person` then names the holder ("the foreign minister" after two titled people: the one whose title
has "foreign").
"""

from __future__ import annotations

from functools import lru_cache

from ..relations.lexicon import load_roles


# a title's second in rank: never what the bare title alone means
SECOND_RANK = {"deputy", "vice", "assistant"}


@lru_cache(maxsize=1)
def title_phrases() -> frozenset[tuple[str, ...]]:
    """Single titles of heads and members (roles.yaml), without "of"-phrases or hyphenated forms."""
    roles = load_roles()
    return frozenset(p for p in roles.leads | roles.members if "of" not in p and "-" not in p)


def bare_titles(ctx, index) -> list[tuple[str, frozenset[str], None, str, int, bool]]:
    """(head word, title words, no organisation, person, start, former) for each person mention right after a
    capitalised title, in the shape of `DocIndex.titles`."""
    phrases = title_phrases()
    longest = max(map(len, phrases))
    doc = ctx.doc
    out = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        for m in actor.mentions:
            toks = index.tokens_in(m.start, m.end)
            if not toks:
                continue
            run: list[str] = []
            j = toks[0] - 1
            while j >= 0 and len(run) < longest and doc[j].is_title and not doc[j].is_punct \
                    and index.actor_at(j) is None:
                run.insert(0, doc[j].lower_)
                j -= 1
            # the mention may hold the title itself ("Prime Minister X" as one mention): its leading capitalised
            # words, short of the name's last
            inner = [doc[k].lower_ for k in toks[:-1]]
            inner = inner[:next((n for n, k in enumerate(toks[:-1]) if not doc[k].is_title), len(inner))]
            compound = hyphen_before(doc, toks)
            if compound is not None:        # "First Vice-President X": a later "the vice-president" (evargs13)
                out.append((*compound, None, actor.id, m.start, False))
            for e in range(len(inner), -1, -1):
                seq = run + inner[:e]
                if any(tuple(seq[-n:]) in phrases for n in range(1, min(longest, len(seq)) + 1)) \
                        and not SECOND_RANK & set(seq):     # "the speaker" is not the deputy speaker
                    former = j >= 0 and doc[j].lower_ == "former"
                    out.append((seq[-1], frozenset(seq), None, actor.id, m.start, former))
                    break
    return out


def title_holder(tok, index):
    """ "The prime minister urged ...", "the foreign minister said": the subject is the person named before with that
    title (every lower-case qualifier must be in his title), else None. Only a subject: inside an object ("attacks
    against the prime minister") the phrase may tell of another happening."""
    from .index import ActorHit
    joined = hyphen_title(tok)
    if joined is not None:              # "the vice-president accepted" (evargs13)
        head, words = joined
        person = index.titled_person(head, words, None, index.tok_start[tok.i])
        return None if person is None else ActorHit(person, "person", index.tok_start[tok.i], index.tok_end[tok.i])
    kids = list(tok.children)
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or len(kids) < 2 or kids[0].lower_ != "the":
        return None
    words = {tok.lower_}
    for c in kids[1:]:
        if c.dep_ not in ("compound", "amod") or c.i > tok.i or not c.is_lower or index.actor_at(c.i) is not None:
            return None
        words.add(c.lower_)
    person = index.titled_person(tok.lower_, words, None, index.tok_start[tok.i])
    return None if person is None else ActorHit(person, "person", index.tok_start[tok.i], index.tok_end[tok.i])


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_title(tok) -> tuple[str, frozenset[str]] | None:
    """ "the vice-president", "the secretary-general" as a subject, however the parser split the compound (it may
    make each of its three tokens a subject of its own): (the compound as `DocIndex.titles` keys a relation's title,
    "vice-president", and its words), when ``tok`` is one of its halves, the phrase is "the X-Y" and Y is a title
    word of data/roles.yaml; else None (evargs13)."""
    doc, i = tok.doc, tok.i
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for a in (i, i - 2, i - 1):
        if a < 1 or a + 2 >= len(doc) or doc[a + 1].text not in HYPHENS or doc[a].whitespace_ \
                or doc[a + 1].whitespace_ or doc[a - 1].lower_ != "the" or not (a <= i <= a + 2):
            continue
        first, second = doc[a], doc[a + 2]
        if first.is_alpha and first.is_lower and second.is_alpha and second.is_lower \
                and (second.lower_,) in title_phrases():
            return f"{first.lower_}-{second.lower_}", frozenset({first.lower_, second.lower_})
    return None


def hyphen_before(doc, toks) -> tuple[str, frozenset[str]] | None:
    """The capitalised hyphen compound title right before a person's name, inside the mention or before it ("Vice-
    President X", "Secretary-General Y"): ("vice-president", {"vice", "president"}), else None. The name's first
    word follows the compound's second half."""
    first, last = toks[0], toks[-1]
    for k in range(max(0, first - 3), last - 1):
        if k + 3 < first or k + 3 > last or doc[k + 1].text not in HYPHENS or doc[k].whitespace_ \
                or doc[k + 1].whitespace_:
            continue
        a, b = doc[k], doc[k + 2]
        if a.is_alpha and a.is_title and b.is_alpha and b.is_title and (b.lower_,) in title_phrases():
            return f"{a.lower_}-{b.lower_}", frozenset({a.lower_, b.lower_})
    return None

"""Date phrases told only to describe someone or something, which time no other sentence's act.

"Admiral Reyes, who took command in April 2021, retires this week. In his farewell he urged ...": the April 2021
of the relative clause describes the admiral; the next sentence's act is not of that year. "... the June 2023
killing of an activist. The same day, Ottawa expelled a diplomat": "the same day" counts from the story's last
date, not from the date that names the killing. Such a date still dates its own clause (``timing`` reads that).
"""

from __future__ import annotations

from .dating import in_other_clause
from .index import DocIndex

# head nouns that a date modifies as a time, not as the name of a happening ("the 12 May session" is a time)
TIME_HEADS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon", "evening",
              "night", "weekend", "session", "meeting", "summit", "statement", "report", "edition", "issue"}


def _date_token(date, index: DocIndex):
    toks = index.tokens_in(date.start, date.end)
    return index.ctx.doc[toks[0]] if toks else None


def happening_noun(noun) -> bool:
    """ "in a raid carried out by X on June 25": a noun of the event lexicon is a happening the participle tells,
    whose date is the story's own, not a description."""
    from .lexicon import load_lexicon
    from .triggers import noun_trigger
    return noun_trigger(noun, load_lexicon()) is not None


def in_describing_clause(date, index: DocIndex) -> bool:
    """The date sits in a relative clause ("X, who took command in April 2021") or a past participle describing a
    noun in a prepositional phrase ("in line with a procedure agreed by the two countries in 2022"; not a happening's noun, "in a raid carried out by
    X on 25 June") of its sentence."""
    tok = _date_token(date, index)
    if tok is None:
        return False
    t = tok
    for _ in range(12):
        # "in line with a procedure agreed by the two countries in 2022": a past participle describing a noun in a
        # prepositional phrase, like a relative ("was a peace agreement signed ... on 29 February 2020" tells the
        # story's own happening and is kept)
        if (t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "pobj"
                and not happening_noun(t.head)) and t.pos_ in ("VERB", "AUX"):
            return in_other_clause(tok, tok.sent.root)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def names_a_happening(date, index: DocIndex) -> bool:
    """The date is the modifier of a common noun that names another happening ("the June 2023 killing",
    "the 2017 coup"): it dates that noun, not the story."""
    tok = _date_token(date, index)
    if tok is None:
        return False
    toks = [index.ctx.doc[i] for i in index.tokens_in(date.start, date.end)]
    head = next((t.head for t in toks if t.head.i not in {x.i for x in toks}), None)
    return head is not None and head.pos_ == "NOUN" and head.i > tok.i and head.lower_ not in TIME_HEADS \
        and all(t.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod") or t.head.i in {x.i for x in toks}
                for t in toks) \
        and any(c.dep_ == "det" for c in head.children)


def describing_date_starts(dates, index: DocIndex) -> frozenset[int]:
    """Starts of the date phrases that describe rather than tell the story's time."""
    return frozenset(d.start for d in dates if in_describing_clause(d, index) or names_a_happening(d, index))


def elsewhere(starts: frozenset[int], at: int, index: DocIndex) -> frozenset[int]:
    """Those of ``starts`` outside the sentence holding offset ``at``: in its own sentence a describing date may
    name the act itself ("planned the 1983 bombing of the barracks")."""
    toks = index.tokens_in(at, at + 1)
    if not toks:
        return starts
    sent = index.ctx.doc[toks[0]].sent
    lo, hi = index.tok_start[sent.start], index.tok_start[sent.end - 1]
    return frozenset(s for s in starts if not lo <= s <= hi)

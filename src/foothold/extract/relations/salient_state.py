"""The state a text is about, for a bare head's or minister's title no nearer evidence places (issue 8, reltitle3).

A story of several states is still mostly one state's ("Kosovo police ... Serbian gunmen ... Prime Minister X blamed
Serbia"): the state it names far more often than any other, counting its demonym and its capital or cities
("Haitian", "Port-au-Prince"). Last of the story's guesses, only when that state outnumbers every other at least
twice over, the title's sentence names no other state before the title (after it may be whom the holder blamed or
visited), and no other holder of the title already heads the state."""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from spacy.attrs import LOWER

from ..token_positions import tokens_with
from .acting_subject import state_acting_as
from .guest_frame import home_title_state
from .issuer import FIRST_PLURAL, MIN_VOICE, quoted_tokens
from .state_before import states_standing_in
from .wire import body_title

MIN_MENTIONS = 3       # a state named fewer times sets no story
MARGIN = 2.0           # ... nor one another state nearly matches

_counts: WeakKeyDictionary = WeakKeyDictionary()


def state_mentions(reader) -> Counter:
    """How often the text names each state: its name, demonym, capital or a city of it (one count a mention)."""
    idx = reader.idx
    if idx not in _counts:
        counts: Counter = Counter()
        seen = set()
        for tok in reader.doc:
            r = idx.ref(tok.i)
            if r is None or (r.start, r.end) in seen:
                continue
            seen.add((r.start, r.end))
            state = state_acting_as(reader, tok) if r.type in ("country", "place") else None
            if state is not None:
                counts[state] += 1
        _counts[idx] = counts
    return _counts[idx]


def salient_state(reader) -> str | None:
    """The state the text names most, at least MARGIN times as often as any other and MIN_MENTIONS times; or the only
    state the text names, when the document's title names it too ("Nigeria security digest")."""
    ranked = state_mentions(reader).most_common(2)
    if len(ranked) == 1 and ranked[0][0] == reader.idx.title_state:
        return ranked[0][0]
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def salient_state_here(reader, t, holder) -> str | None:
    """The text's salient state for ``t`` held by ``holder``, when it is the one state the document's title names, the
    title is no regional one nor a body's, no other holder already heads the state or holds the portfolio there, the
    state itself does not receive or summon the holder, and the sentence names no other state before the title."""
    state = salient_state(reader)
    if state is None or reader.regional(t) or body_title(reader, t) or reader.head_named_before(t, holder, state) \
            or portfolio_held(reader, t, holder, state) or received_by(reader, holder, state):
        return None
    if state != home_title_state(reader.idx) or speaks_as_we(reader.idx):
        return None                          # a guest state may outnumber its host ("India and the Maldives ...")
    before = reader.doc[reader.lo:t.start]   # after the title may be whom the holder blamed or visited
    return None if states_standing_in(reader, before) - {state} else state


def speaks_as_we(idx) -> bool:
    """The text speaks for its issuer ("we", "our" outside quotes, issuer.MIN_VOICE times): a statement about one
    state is often another state's ("Syria: UK statement ... Foreign Secretary X said"), so its topic holds no one."""
    quoted = quoted_tokens(idx.doc)
    return sum(1 for t in tokens_with(idx.doc, LOWER, FIRST_PLURAL)      # only the plurals (perf3)
               if t.lower_ in FIRST_PLURAL and t.pos_ == "PRON" and t.i not in quoted) >= MIN_VOICE


def received_by(reader, holder, state: str) -> bool:
    """The holder is the object of a verb the state or its people do ("The Kenyan government received Foreign Minister
    X", "Irish officials summoned X"): a state receives, summons or meets another state's officials."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj":
        return False
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return any(state_acting_as(reader, w) == state for s in subjects for w in (s, *s.children)
               if w.dep_ in ("nsubj", "amod", "poss", "compound"))


RANKS = {"deputy", "vice", "under", "assistant", "state", "junior"}   # a second holder of a portfolio beside its head
FORMS = {"defence": "defense"}     # British and American spellings of one portfolio
FILLER = {"minister", "secretary", "of", "the", "for", "and", "affairs", "-", "chief", "head"}


def portfolio(title: str) -> frozenset[str]:
    """The portfolio words of a minister's title ("Defense Minister" and "Defence Secretary": {"defense"}); none for
    a deputy's, a junior's or a minister of state's."""
    words = [FORMS.get(w, w) for w in title.lower().split()]
    return frozenset() if RANKS & set(words) else frozenset(w for w in words if w not in FILLER)


def portfolio_held(reader, t, holder, state: str) -> bool:
    """Another person already holds this title's portfolio in ``state`` ("Defense Minister A" of Finland: "Defense
    Secretary B" is another state's): a state has one holder of each portfolio."""
    own = portfolio(reader.ctx.document.text[slice(*reader.idx.original(t.title_start, t.title_end))])
    if not own:
        return False
    return any(rel.object == state and rel.subject != holder.actor and rel.title and portfolio(rel.title) == own
               for rel in reader.found.by_key.values())

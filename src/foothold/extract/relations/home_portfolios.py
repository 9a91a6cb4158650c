"""A bare minister of a home portfolio is held in the state his story is set in (issue 8, reltitle15): "Côte
d'Ivoire: violence around the election ... Justice Minister X said the leaders would be prosecuted", "Turkey closed
its border with Iran. Health Minister Y called the closure temporary". A home portfolio (data/home_portfolios.yaml:
justice, interior, health, finance ...; not foreign, defence nor trade, whose holders are as often the story's
other party) runs a state's own affairs, so when the holder's sentence names no state but one, that one is his: the
state the sentence before makes its acting subject (when the holder is a clause's subject; another state acting
there leaves him none), else the state the document's title sets the story in (`guest_frame.home_title_state`). Read last in `TitleRelations.dictionary_scope`,
whose bars (a visitor, a counterpart's state, a state addressed ...) still apply."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .guest_frame import home_title_state
from .holder_relatives import holder_relative_tokens
from .issuer import holder_is_subject
from .state_before import states_standing_in

DATA = Path(__file__).resolve().parents[2] / "data" / "home_portfolios.yaml"


@dataclass(frozen=True)
class HomePortfolioWords:
    portfolios: frozenset[str]


@lru_cache(maxsize=2)
def home_portfolios(path: str | None = None) -> frozenset[str]:
    """data/home_portfolios.yaml `portfolios`."""
    return read_word_sets(path or DATA, HomePortfolioWords, "home portfolios").portfolios


def home_portfolio(reader, t) -> bool:
    """The minister's portfolio, written before the title ("Justice Minister") or after it ("Minister of Health"),
    is a home one."""
    if t.words not in reader.lex.ministers:
        return False
    first = next((j for j in range(t.title_start, t.title_end) if reader.w(j) == t.words[0]), t.title_start)
    words = {reader.w(j) for j in range(t.title_start, first)} | {w.lower() for w in t.portfolio}
    return bool(words & home_portfolios())


def home_portfolio_state(reader, t, holder) -> str | None:
    """The state a bare home-portfolio minister serves (see the module's docstring), else None."""
    if not home_portfolio(reader, t):
        return None
    named = states_standing_in(reader, reader.sent, skip=holder_relative_tokens(reader, holder))
    acting = reader.acting_state_before()
    if acting is not None:                # "Turkey closed its border with Iran. Health Minister Y ...": Turkey's
        return acting if named <= {acting} and holder_is_subject(reader, holder) else None
    state = home_title_state(reader.idx)
    return state if state is not None and named <= {state} else None

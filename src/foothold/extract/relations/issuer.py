"""The state a government release speaks for, and the officials it names bare (issue 8, relrecall2): "Canada
condemns the attack. We call on X ... . Foreign Minister Y spoke with her Qatari counterpart": Y serves Canada, as the
tuning golds code a release's own secretaries, ministers and envoys.

A release speaks for a state when it says "we"/"our"/"us" outside quotation marks at least twice and one state is a
clause's subject at least twice and more often than any other. A bare title (no state, body or place in its phrase)
of a minister, envoy or official is held in that state when its holder is a clause's subject (a release names
foreign officials as those it met, urged or received) and its sentence names no other state before the holder.
Never a head of state (releases name foreign presidents bare: "We call for the release of President X"), nor a
visitor, a regional title or a body's title ("Council President X").
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, ORTH

from ..token_positions import tokens_with
from .index import Ref

FIRST_PLURAL = {"we", "our", "us", "ours"}
QUOTES = {'"', "“", "”", "``", "''"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MIN_VOICE = 2            # first-person plurals that make a text speak for itself
MIN_SUBJECT = 2          # times the issuing state is a clause's subject


def quoted_tokens(doc) -> set[int]:
    """Indices of tokens inside quotation marks (what someone else says). Only the quotation marks are visited
    (`tokens_with`); the words between an opening mark and the next mark are inside (perf3)."""
    inside, out, last = False, set(), -1
    for t in tokens_with(doc, ORTH, QUOTES):
        if inside:
            out.update(range(last + 1, t.i))
        inside = not inside if t.text in ('"', "``", "''") else t.text == "“"
        last = t.i
    if inside:
        out.update(range(last + 1, len(doc)))
    return out


def issuing_state(idx) -> str | None:
    """The state the document speaks for as a release, else None (TokenIndex.issuing_state keeps it per document)."""
    from .monitor_voice import monitor_credited
    if monitor_credited(idx.ctx.document):
        return None                         # "Regional Crossings Monitor, 16 March 2020": a monitor's "we"
    doc, quoted = idx.doc, quoted_tokens(idx.doc)
    voice = sum(1 for t in tokens_with(doc, LOWER, FIRST_PLURAL)
                if t.lower_ in FIRST_PLURAL and t.pos_ == "PRON" and t.i not in quoted)
    counts: dict[str, int] = {}
    for t in tokens_with(doc, DEP, SUBJECT_DEPS):     # only the subjects, not every token (perf3)
        r = idx.ref(t.i)
        if r is None or r.demonym or r.type != "country" or t.i in quoted or t.dep_ not in ("nsubj", "nsubjpass") \
                or t.pos_ == "PRON":
            continue                        # ("we" resolved to a state names no subject of its own)
        counts[r.actor] = counts.get(r.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    state = None
    if voice >= MIN_VOICE and ranked and ranked[0][1] >= MIN_SUBJECT and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        state = ranked[0][0]
    return state


def holder_is_subject(reader, holder: Ref) -> bool:
    """The holder (or the title phrase holding it) is a clause's subject: 'Ambassador X met ...'."""
    tok = reader.doc[holder.end - 1]
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def issuer_holds(reader, t, holder: Ref) -> Ref | None:
    """The issuing state for a bare title of a minister, envoy or official whose holder is a subject in a release
    (see the module's docstring), else None."""
    lex = reader.lex
    if t.words in lex.country_heads or holder is None or t.country or t.obj or t.premodifier:
        return None
    state = reader.idx.issuing_state
    if state is None or not holder_is_subject(reader, holder) or reader.regional(t):
        return None
    from .wire import body_title
    if body_title(reader, t) or not reader.states_named(reader.lo, min(t.start, holder.start)) <= {state}:
        return None
    if reader.visiting(t, holder, state):
        return None
    return Ref(state, "country", t.title_start, t.title_end)

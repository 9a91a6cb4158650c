"""The same event told twice: when two extracted events are one happening.

Reports repeat themselves: an executive summary retells the body, a photo
caption a paragraph, a second outlet the same meeting. ``extract`` reports
every occurrence; the store links the occurrences of one happening to one
event. The rule, on occurrences already resolved to store actor ids:

- same PLOVER type, same negated/hypothetical flags;
- actors: at least one actor shared on the same side and no contradicting
  side (both sides filled but disjoint, or naming different people: a
  statement to one ambassador is not the statement to another, whatever
  countries both name). Meetings (CONSULT) have no
  direction: their participants (source + target) must be nested or share
  two actors, so "A met B" and "A met C" stay apart;
- dates equal when cut to the coarser precision ("2020-01-03" and "2020-01"
  agree; "early" and "late" June do not). A missing date, or one known only
  to the year, agrees only with a strong match: the same trigger word and
  identical actor sets on both sides, in much the same words (half the
  content words shared: a list of "one strike destroyed ..." lines is not
  one strike told again);
- counts that differ ("five strikes" / "three strikes") tell two events;
- locations equal when both are known.

Across documents the rule is stricter: both dated to the same day and every
side both fill shares an actor. Each merge carries its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SYMMETRIC_TYPES = {"CONSULT"}          # meetings: who "met" whom is not a direction
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_SUFFIXES = ("ings", "ing", "ations", "ation", "ed", "es", "s")
_STOPWORDS = frozenset("the and with for from that this his her its their was were has have had which who whom "
                       "between into onto about after before during also been being are not but than then".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens "
                          "hundred hundreds thousand thousands".split())
SAME_WORDS = 0.5        # share of content words two undated tellings must have in common


def content_words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) >= 3 and w not in _STOPWORDS)


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATES = re.compile(rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b|\d{{4}}\b)")


def counts(text: str | None) -> frozenset[str]:
    """Numbers a telling states (digits and number words; not dates): "five strikes", "14 members"."""
    low = _DATES.sub(" ", (text or "").lower())
    return frozenset(re.findall(r"\d+", low)) | frozenset(w for w in re.findall(r"[a-z]+", low) if w in _NUMBER_WORDS)


def trigger_key(trigger: str | None) -> str | None:
    """A rough lemma of the trigger's head word ("assassinated" ~ "assassination" ~ "assassinate")."""
    words = re.findall(r"[a-z]+", (trigger or "").lower())
    if not words:
        return None
    word = words[0]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


@dataclass
class Occurrence:
    """One extracted telling of an event, actors as store ids."""
    id: str
    type: str
    source: frozenset[str]
    target: frozenset[str]
    date: str | None = None
    precision: str | None = None
    qualifier: str | None = None
    location: str | None = None
    trigger: str | None = None
    negated: bool = False
    hypothetical: bool = False
    evidence: str | None = None
    people: frozenset[str] = frozenset()      # which of the actors are persons

    @property
    def lemma(self) -> str | None:
        return trigger_key(self.trigger)


@dataclass
class Happening:
    """Occurrences judged one event, with their pooled facts."""
    members: list[Occurrence] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)     # occurrence id -> why it joined

    @property
    def first(self) -> Occurrence:
        return self.members[0]

    def pooled(self) -> Occurrence:
        """The happening as one occurrence: union of actors, the most precise date, a known location."""
        first = self.first
        dated = [m for m in self.members if m.date]
        best = max(dated, key=lambda m: (PRECISION_RANK.get(m.precision or "", 0), bool(m.qualifier)), default=None)
        lemmas = {m.lemma for m in self.members}
        return Occurrence(
            first.id, first.type, frozenset().union(*(m.source for m in self.members)),
            frozenset().union(*(m.target for m in self.members)),
            best.date if best else None, best.precision if best else None, best.qualifier if best else None,
            next((m.location for m in self.members if m.location), None),
            first.trigger if len(lemmas) == 1 else None, first.negated, first.hypothetical, first.evidence,
            frozenset().union(*(m.people for m in self.members)))


def _precision(o: Occurrence) -> int:
    if o.precision in PRECISION_RANK:
        return PRECISION_RANK[o.precision]
    return {1: 0, 2: 1}.get(len((o.date or "").split("-")), 2)


def dates_agree(a: Occurrence, b: Occurrence) -> bool:
    """Equal when cut to the coarser precision; qualifiers ("early June") must agree at the month."""
    coarse = min(_precision(a), _precision(b))
    cut = {0: 4, 1: 7, 2: 10}[coarse]
    if a.date[:cut] != b.date[:cut]:
        return False
    if coarse == 1 and _precision(a) == _precision(b) == 1 and a.qualifier and b.qualifier:
        return a.qualifier.lower() == b.qualifier.lower()
    return True


def _nested(x: frozenset, y: frozenset) -> bool:
    return x <= y or y <= x


def _actors(a: Occurrence, b: Occurrence) -> tuple[str | None, bool]:
    """(why the actors agree, or None; whether the actor sets are identical on every side)."""
    if a.type in SYMMETRIC_TYPES:
        pa, pb = a.source | a.target, b.source | b.target
        shared = pa & pb
        if not shared or not (_nested(pa, pb) or len(shared) >= 2):
            return None, False
        return f"shared participants {', '.join(sorted(shared))}", pa == pb
    why = []
    for side, x, y in (("source", a.source, b.source), ("target", a.target, b.target)):
        if x and y:
            shared = x & y
            if not shared:
                return None, False      # both name this side, and differently
            people_x, people_y = x & a.people, y & b.people
            if people_x and people_y and not people_x & people_y:
                return None, False      # the same countries, but different people: another exchange
            why.append(f"shared {side} {', '.join(sorted(shared))}")
    if not why:
        return None, False
    return "; ".join(why), a.source == b.source and a.target == b.target


def same_happening(a: Occurrence, b: Occurrence, *, across_documents: bool = False) -> str | None:
    """Why ``a`` and ``b`` tell one happening, or None when they may not."""
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return None
    if a.location and b.location and a.location != b.location:
        return None
    actors, identical = _actors(a, b)
    if actors is None:
        return None
    numbers_a, numbers_b = counts(a.evidence), counts(b.evidence)
    if numbers_a and numbers_b and not _nested(numbers_a, numbers_b):
        return None     # "five strikes" and "one strike": two events
    if across_documents:
        if not (a.date and b.date and _precision(a) == _precision(b) == 2 and a.date == b.date):
            return None
        return f"same {a.type} on {a.date}, {actors} (across documents)"
    strong = identical and a.lemma is not None and a.lemma == b.lemma
    if a.date and b.date and min(_precision(a), _precision(b)) >= 1:
        if not dates_agree(a, b):
            return None
        return f"same {a.type}, date {min(a.date, b.date, key=len)}, {actors}"
    if a.date and b.date and not dates_agree(a, b):
        return None
    words_a, words_b = content_words(a.evidence), content_words(b.evidence)
    if words_a and words_b and len(words_a & words_b) < SAME_WORDS * len(words_a | words_b):
        strong = False
    if not strong:
        return None     # undated or year-only: only the same words about the same actors
    return f"same {a.type} '{a.lemma}' about the same actors ({actors}); date {a.date or b.date or 'unknown'}"


def group(occurrences: list[Occurrence]) -> list[Happening]:
    """Occurrences of one document as happenings, in reading order (each joins the first that fits)."""
    grouper = Grouper()
    for occ in occurrences:
        grouper.add(occ)
    return grouper.close()


class Grouper:
    """``group`` one occurrence at a time. ``close(before)`` hands over (and forgets) the happenings
    last told before segment ``before``, so a long document's grouping holds a window of
    segments, not every telling."""

    def __init__(self):
        self._open: dict[int, tuple[Happening, Occurrence, int]] = {}   # key -> happening, pooled, segment
        # Every rule needs one shared actor and the same type: only those happenings are compared.
        self._index: dict[tuple[str, str], set[int]] = {}
        self._next = 0

    def add(self, occ: Occurrence, segment: int = 0) -> None:
        near = sorted(set().union(*(self._index.get((occ.type, a), set()) for a in occ.source | occ.target)))
        for key in near:
            happening, pooled, _ = self._open[key]
            why = same_happening(pooled, occ)
            if why:
                happening.members.append(occ)
                happening.reasons[occ.id] = f"same happening as {happening.first.id}: {why}"
                self._open[key] = (happening, happening.pooled(), segment)
                break
        else:
            key, happening = self._next, Happening([occ])
            self._next += 1
            self._open[key] = (happening, happening.pooled(), segment)
        for a in occ.source | occ.target:
            self._index.setdefault((occ.type, a), set()).add(key)

    def close(self, before: int | None = None) -> list[Happening]:
        """The happenings last told before segment ``before`` (all when None), in reading order."""
        keys = [k for k, (_, _, seg) in self._open.items() if before is None or seg < before]
        out = []
        for key in keys:
            happening = self._open.pop(key)[0]
            for occ in happening.members:
                for a in occ.source | occ.target:
                    held = self._index.get((occ.type, a))
                    if held is not None:
                        held.discard(key)
                        if not held:
                            del self._index[(occ.type, a)]
            out.append(happening)
        return out

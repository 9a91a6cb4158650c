"""The learned event detector as a step of the events component (issue 8 §3): after the rules have read a
sentence, a verb with an actor among its arguments, in a clause where the rules made no event, is scored by the
shipped model (learned_model.py, features from learned_features.py); the likeliest one of the sentence, when its
probability reaches the threshold chosen by cross-validation by document on the tuning sets, becomes a trigger of
the predicted PLOVER type and goes through the rules' own reading: the skips, the argument readers for source and
target, the dating and the evidence of any other event. It never fires where the rules see no happening told:
negated, modal, conditional, habitual, generic, future or intended acts (skips.unfactual_reason, and any modal or
negation mark of its own), or a title line. Its events carry their own extractor name with the model's version.

Off unless the setting LEARNED_EVENTS is 1. ``LearnedStep(collect=True)`` scores nothing and records every
candidate with its features instead (ctx.data["learned_rows"]): bench/train_event_detector.py builds its training
data through it."""

from __future__ import annotations

from ...settings import LEARNED_EVENTS
from .headlines import in_headline
from .learned_features import argument_actors, clause_key, dense_features, features, sentence_candidates
from .learned_model import EventDetector, load_detector
from .lexicon import Trigger
from .modality import generic_present
from .skips import unfactual_reason
from .triggers import Found

NAME = "foothold.events.learned.v1"
REFUSING_MARKS = ("modal", "negated")


def enabled() -> bool:
    return LEARNED_EVENTS.value() == "1"


def rule_type(tok, sent, d) -> str | None:
    """The type the rules' lexicon gave the verb when they read it as a trigger and skipped it (the trace of the
    sentence), or None (a statement, or a verb no list holds): the step keeps the rules' reading of the type and
    learns only whether an event is told (the model's own type was right for 2 of 25 added events in
    cross-validation)."""
    start, s0 = d.index.tok_start[tok.i], d.index.tok_start[sent.start]
    for t in reversed(d.trace):
        if t["start"] < s0:
            break
        if t["start"] == start and t.get("type"):
            return t["type"]
    return None


def refused(extractor, f: Found, feats: dict, sent, d) -> bool:
    """Whether the step refuses the candidate whatever the model says: a modal or negation mark, a generic present,
    or any of the rules' unfactual readings (future and intention included)."""
    return any(m in feats for m in REFUSING_MARKS) or generic_present(f.token) \
        or unfactual_reason(extractor.lexicon, f, sent, d.index) is not None


class LearnedStep:
    """Adds the events the model finds where the rules found none; or, collecting, records the candidates."""

    def __init__(self, detector: EventDetector | None = None, collect: bool = False):
        self.collect = collect
        self.detector = None if collect else (detector or load_detector())

    @classmethod
    def from_settings(cls) -> LearnedStep | None:
        return cls() if enabled() else None

    @property
    def extractor_name(self) -> str:
        return f"{NAME}+model.{self.detector.version}" if self.detector is not None else NAME

    def sentence_rows(self, sent, made_tokens: set[int], suppressed: set[int], skips: dict[int, str], d) -> list:
        """(verb, features) of the sentence's candidates outside title lines and what a speaker said."""
        index = d.index
        kept = []
        for tok, roles in sentence_candidates(sent, made_tokens, index):
            if tok.i in suppressed or in_headline(index.tok_start[tok.i], index, d.headline):
                continue
            kept.append((tok, roles))
        para = index.paragraph[sent.start]
        context = {"made": len({clause_key(sent.doc[i]) for i in made_tokens}),
                   "sentence_no": max(len(d.sent_starts) - 1, 0),
                   "paragraph_first": sent.start == 0 or index.paragraph[sent.start - 1] != para,
                   "candidates": len(kept)}
        dense = not self.collect and self.detector.dense
        rows = []
        for tok, roles in kept:
            feats = features(tok, roles, sent, index, d.date_tokens, skips.get(index.tok_start[tok.i]), context)
            if dense:
                feats.update(dense_features(tok))
            rows.append((tok, feats))
        return rows

    def read_sentence(self, extractor, sent, found: list[Found], made_tokens: set[int], suppressed: set[int],
                      skips: dict[int, str], place: tuple, d) -> None:
        """Records the candidates (collecting) or adds the sentence's likeliest learned event."""
        rows = self.sentence_rows(sent, made_tokens, suppressed, skips, d)
        if self.collect:
            d.learned_rows.extend({"start": d.index.tok_start[tok.i], "end": d.index.tok_end[tok.i],
                                   "sentence": d.index.tok_start[sent.start], "lemma": tok.lemma_.lower(),
                                   "features": feats, "dense": dense_features(tok),
                                   "actors": argument_actors(tok, d.index),
                                   "refused": refused(extractor, Found(tok, Trigger(type=None, mode=None), "verb",
                                                                       tok.text), feats, sent, d)}
                                  for tok, feats in rows)
            return
        scored = [(*self.detector.reading(feats), tok, feats) for tok, feats in rows]
        scored = [s for s in scored if s[0] >= self.detector.threshold]
        if not scored:
            return
        prob, etype, tok, feats = max(scored, key=lambda s: (s[0], -s[2].i))
        etype = rule_type(tok, sent, d) or etype
        f = Found(tok, Trigger(type=etype, mode=None), "verb", tok.text)
        if refused(extractor, f, feats, sent, d):
            d.skip("learned_unfactual", f)
            return
        made = extractor.event_for(f, sent, d, suppressed)
        if made is None:
            return
        ev, kind = made
        ev.extractor = self.extractor_name
        ev.confidence = round(prob, 2)
        extractor._place(f, ev, kind, [*found, f], sent, *place, d)

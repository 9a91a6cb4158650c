"""The learned event-type corrector as the last step of the events component (issue 8): once the rules have made,
kept, dated and attached a document's events, each event's features (typer_features.py) are scored by the shipped
model (typer_model.py); when the likeliest PLOVER type differs from the rules' with a probability that reaches the
threshold chosen by cross-validation by document on the tuning sets, the event takes that type, the mode the model
gives that type and trigger (or none), and that type's quad. Nothing else changes: evidence, parties and date stay
the rules'. A re-read event's extractor name gains ``+typer.vN`` (N the model's version) so an analyst can see it.

Off unless the setting LEARNED_TYPES is 1. ``TypeCorrector(collect=True)`` changes nothing and records every event's
features instead (ctx.data["typer_rows"], by index in the component's events): bench/train_event_typer.py builds its
training data through it."""

from __future__ import annotations

from ...settings import LEARNED_TYPES
from .typer_features import event_features
from .typer_model import EventTyper, load_typer

SUFFIX = "+typer.v"


def enabled() -> bool:
    return LEARNED_TYPES.value() == "1"


class TypeCorrector:
    """Re-reads the type of the events its model is confident the rules typed wrong; or, collecting, records them."""

    def __init__(self, typer: EventTyper | None = None, collect: bool = False):
        self.collect = collect
        self.typer = None if collect else (typer or load_typer())

    @classmethod
    def from_settings(cls) -> TypeCorrector | None:
        return cls() if enabled() else None

    def apply(self, events: list, readings: dict[int, tuple], index, quads: dict[str, str]) -> list[dict]:
        """Re-types the events in place; ``readings`` maps id(event) to (trigger token, kind, light verb's noun).
        Returns the rows collected (collecting: one per event with a reading, by its index in ``events``)."""
        rows = []
        for i, ev in enumerate(events):
            reading = readings.get(id(ev))
            if reading is None:
                continue
            tok, kind, noun = reading
            feats = event_features(ev, tok, kind, noun, index)
            if self.collect:
                rows.append({"event": i, "rule_type": ev.type, "lemma": tok.lemma_.lower(), "features": feats})
                continue
            found = self.typer.retype(feats, ev.type)
            if found is None:
                continue
            etype, prob = found
            ev.type = etype
            ev.mode = self.typer.mode_for(etype, tok.lemma_.lower())
            ev.quad = quads.get(etype, ev.quad)
            ev.extractor = f"{ev.extractor}{SUFFIX}{self.typer.version}"
        return rows

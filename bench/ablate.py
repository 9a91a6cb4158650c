"""Which event mechanisms carry to unseen text? python bench/ablate.py [--seed] [NAME ...]

Switches off one mechanism of the event extractor at a time (a gate, a dating rule, a reason of
``modality.why_not_factual``) and scores news-dev by half (or the seed) through ``foothold eval``'s own
function. A mechanism that carries lowers BOTH halves when removed; one whose removal raises the
even (check) half while the odd (tuning) half holds was fitted to the tuning half. Prints events /
typed events F1 per set; ``base`` is the system as it is. Each line takes one evaluation
(about 15 s of CPU for news-dev).

Measured 2026-12-04 (issue 8; events F1 all / odd / even, base 0.687 / 0.755 / 0.606): every gate and
dating rule below lowers both halves or is neutral when removed, except ``share_dates`` (even +0.009 from
one event, odd 0.000, but the seed -0.015) and ``wnf_ongoing`` (odd +0.002, even 0.000): the half gap is
not made by gates fitted to the tuning half; what the check half misses is mostly gated (30 of 59
misses have a trigger a gate skipped) or never triggered (16).
"""
import contextlib
import importlib
import pkgutil
import sys
from pathlib import Path

import foothold.extract.events as events_package
import foothold.extract.events.extractor as X
import foothold.extract.events.keep as K
import foothold.extract.events.modality as modality
from foothold.analyze.evaluation import category_report, evaluate

E = X.EventExtractor
EVENT_MODULES = [importlib.import_module(f"foothold.extract.events.{m.name}")
                 for m in pkgutil.iter_modules(events_package.__path__)]
# the extractor's stages that call modality.why_not_factual (the factual check, the nouns a verb carries)
STAGE_MODULES = [m for m in EVENT_MODULES if m.__name__.rsplit(".", 1)[1] in ("skips", "carriers")]
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def score(which: str) -> dict[str, tuple[float, float]]:
    report = evaluate(EVAL / ("news-dev" if which == "news" else "seed.gold.json"))
    docs = list(report["per_document"])
    subsets = {"seed": None} if which == "seed" else {
        "all": None, "odd": {d for d in docs if int(d[:2]) % 2}, "even": {d for d in docs if int(d[:2]) % 2 == 0}}
    out = {}
    for label, subset in subsets.items():
        cats = category_report(report, subset)
        out[label] = (cats["events"]["f1"], cats["typed_events"]["f1"])
    return out


@contextlib.contextmanager
def patched(obj, name, value):
    old = obj.__dict__[name]          # (the raw attribute: a staticmethod stays one when restored)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def everywhere(name: str, value, modules=None):
    """Patches of ``name`` in every module of the events package that binds the same function (its callers)."""
    modules = modules or EVENT_MODULES
    original = next(m.__dict__[name] for m in modules if m.__dict__.get(name) is not None)
    return [(m, name, value) for m in modules if m.__dict__.get(name) is original]


def without_reason(reason: str):
    original = modality.why_not_factual

    def check(tok):
        found = original(tok)
        return None if found == reason else found
    return check


ABLATIONS = {
    "base": [],
    "is_topic": everywhere("is_topic", lambda *a: False),
    "is_anchor": everywhere("is_anchor", lambda *a: False),
    "in_anchor_clause": everywhere("in_anchor_clause", lambda v: False),
    "speaker_is_reporter": everywhere("speaker_is_reporter", lambda v, i, m: False),
    "first_person_futures": everywhere("first_person_futures", lambda s, f: f),
    "told_before": everywhere("told_before", lambda *a: None),
    "merge_into": everywhere("merge_into", lambda *a: False),
    "share_dates": everywhere("share_dates", lambda *a: None),
    "year_fallback": everywhere("year_fallback", lambda *a: None),
    "present_perfect": everywhere("present_perfect", lambda v: False),
    "past_perfect": everywhere("past_perfect", lambda v: False),
    "relative_time": everywhere("relative_time", lambda v: False),
    "describing_past": everywhere("describing_past", lambda *a: False),
    "named_speaker": everywhere("named_speaker", lambda *a: True),
    "is_background": everywhere("is_background", lambda d, i: False),
    "keep_topic_of_act": [(K, "host_act", lambda *a: None)],          # events/keep.py: an act's topic or repeat
    "keep_force_of_act": [(K, "result_of_force", lambda *a: None)],   # events/keep.py: "stormed X, killing N"
    "present_tense": everywhere("present_tense", lambda v: False),
}
def dropping_sourceless(keep_kind, keep_type=lambda t: False):
    """A precision gate under test: events naming no doer are dropped unless their trigger kind or type is kept."""
    original = E.event_for

    def event_for(self, f, *args, **kw):
        made = original(self, f, *args, **kw)
        if made is not None and not made[0].source and made[0].__dict__.get("_instrument") is None \
                and not keep_kind(made[1]) and not keep_type(made[0].type):
            return None
        return made
    return event_for


# gates (added, not removed): which events with no named doer are worth keeping on unseen text?
GATES = {
    "drop_sourceless_all": [(E, "event_for", dropping_sourceless(lambda k: False))],
    "drop_sourceless_noun": [(E, "event_for", dropping_sourceless(lambda k: k != "noun"))],
    "drop_sourceless_verb": [(E, "event_for", dropping_sourceless(lambda k: k != "verb"))],
    "drop_sourceless_light": [(E, "event_for", dropping_sourceless(lambda k: k != "light"))],
    "drop_sourceless_not_assault": [(E, "event_for", dropping_sourceless(lambda k: False, lambda t: t == "ASSAULT"))],
    "drop_sourceless_assault": [(E, "event_for", dropping_sourceless(lambda k: False, lambda t: t != "ASSAULT"))],
}
for _reason in ("description", "purpose", "state", "habitual", "hypothetical", "aggregate", "negated", "future",
                "intention", "generic", "ongoing", "alleged"):
    ABLATIONS["wnf_" + _reason] = everywhere("why_not_factual", without_reason(_reason), STAGE_MODULES)
ABLATIONS.update(GATES)

if __name__ == "__main__":
    which = "seed" if "--seed" in sys.argv else "news"
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or [n for n in ABLATIONS if n not in GATES]
    unknown = [n for n in names if n not in ABLATIONS]
    if unknown:
        sys.exit(f"unknown ablation(s) {unknown}; known: {', '.join(ABLATIONS)}")
    for name in names:
        with contextlib.ExitStack() as stack:
            for obj, attr, value in ABLATIONS[name]:
                stack.enter_context(patched(obj, attr, value))
            result = score(which)
        print(f"{name:22}", "  ".join(f"{k} {v[0]:.3f}/{v[1]:.3f}" for k, v in result.items()), flush=True)

"""PLOVER events: the seed report against its gold, and small sentences for each rule."""
from pathlib import Path

from event_fixtures import extract_events

import pytest

from foothold.errors import DataFileError
from foothold.eval import load_gold, score_document
from foothold.extract.events import EventExtractor
from foothold.extract.events.lexicon import LEXICON_PATH, _trigger, load_lexicon, parse_lexicon
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context, run
from foothold.ingest import read_document
from foothold.model import EVENT_TYPES

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

# A cheap actor layer for in-code sentences: every occurrence of each name.
ACTORS = {
    "Rouhani": ("hassan_rouhani", "person"), "Kazimi": ("mustafa_al_kazimi", "person"),
    "Ameri": ("hadi_al_ameri", "person"), "Maliki": ("nouri_al_maliki", "person"),
    "Hakim": ("omar_al_hakim", "person"), "Qaani": ("esmail_qaani", "person"),
    "Soleimani": ("qasem_soleimani", "person"), "Iran": ("iran", "country"),
    "Iraq": ("iraq", "country"), "Baghdad": ("baghdad", "place"), "Tehran": ("tehran", "place"),
    "United States": ("united_states", "country"), "IRNA": ("irna", "media"),
    "Kataeb Hezbollah": ("kataeb_hezbollah", "organization"),
}


def extract(tmp_path, text: str) -> Context:
    return extract_events(tmp_path, text, ACTORS, "report.txt")


def only(ctx: Context, etype: str):
    found = [e for e in ctx.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger, e.source, e.target) for e in ctx.events]
    return found[0]


def test_conjoined_objects_are_all_targets(tmp_path):
    ctx = extract(tmp_path, "On March 28, 2020, Qaani met with Ameri, Maliki and Hakim in Baghdad.\n")
    ev = only(ctx, "CONSULT")
    assert ev.source == ["esmail_qaani"]
    assert ev.target == ["hadi_al_ameri", "nouri_al_maliki", "omar_al_hakim"]
    assert ev.mode == "meeting" and ev.quad == "verbal_cooperation"
    assert ev.location == "baghdad"
    assert ev.date.iso == "2020-03-28"
    assert ctx.document.text[ev.start:ev.end] == ev.evidence and "met with" in ev.evidence


def test_passive_voice_flips_source_and_target(tmp_path):
    ctx = extract(tmp_path, "In January 2020, Soleimani was assassinated by the United States.\n")
    ev = only(ctx, "ASSAULT")
    assert ev.source == ["united_states"] and ev.target == ["qasem_soleimani"]
    assert ev.mode == "assassination" and ev.date.iso == "2020-01"


def test_nominal_event_takes_its_of_object(tmp_path):
    ctx = extract(tmp_path, "The assassination of Soleimani shocked Tehran in January 2020.\n")
    ev = only(ctx, "ASSAULT")
    assert ev.target == ["qasem_soleimani"] and ev.source == []


def test_anchor_phrase_is_not_an_event(tmp_path):
    ctx = extract(tmp_path, "Following the assassination of Soleimani, Qaani visited Iraq in March 2020.\n")
    assert [e.type for e in ctx.events] == ["CONSULT"]
    assert ctx.events[0].location == "iraq"


@pytest.mark.parametrize("sentence, reason", [
    ("Qaani did not meet with Kazimi in May 2020.\n", "negated"),
    ("Qaani may meet with Kazimi in May 2020.\n", "hypothetical"),
    ("If Qaani meets with Kazimi, Iran will be pleased.\n", "hypothetical"),
    ("Iran continues to coordinate with Kataeb Hezbollah.\n", "habitual"),
])
def test_non_factual_triggers_are_counted_not_emitted(tmp_path, sentence, reason):
    ctx = extract(tmp_path, sentence)
    assert not [e for e in ctx.events if e.type in ("CONSULT", "COOPERATE")]
    assert ctx.data["skipped_events"].get(reason, 0) >= 1


def test_stated_intention_is_agree(tmp_path):
    ctx = extract(tmp_path, "In May 2020, Iran intends to provide Iraq with a loan.\n")
    ev = only(ctx, "AGREE")
    assert ev.source == ["iran"] and "iraq" in ev.target


def test_statement_is_typed_by_what_was_said_and_cites_its_note(tmp_path):
    ctx = extract(tmp_path, "Rouhani stated that Iran stands by Iraq (IRNA, May 11, 2020).\n")
    ev = only(ctx, "SUPPORT")
    assert ev.source == ["hassan_rouhani"] and "iraq" in ev.target
    assert ev.date.iso == "2020-05-11"
    assert [ctx.citations[i].outlet for i in ev.citations] == ["IRNA"]
    assert "irna" not in ev.target          # the outlet in the note is a citation, not a participant


def test_capital_as_agent_stands_for_its_state(tmp_path):
    ctx = extract(tmp_path, "In February 2020, Tehran held a ceremony commemorating Soleimani.\n")
    ev = only(ctx, "SUPPORT")
    # no "Iran" in this text: the state still acts (issue 8), added as an actor whose mention is the capital's
    assert ev.source == ["iran"] and ev.location == "tehran"
    assert any(a.id == "iran" and a.type == "country" for a in ctx.actors)
    ctx = extract(tmp_path, "Iran mourned. In February 2020, Tehran held a ceremony commemorating Soleimani.\n")
    assert any(e.source == ["iran"] and e.mode == "ceremony" for e in ctx.events)


def test_lexicon_covers_the_sixteen_types_and_rejects_bad_entries():
    lex = load_lexicon()
    assert set(lex.quads) == set(EVENT_TYPES)
    assert lex.verbs["meet"].type == "CONSULT" and lex.nouns["assassination"].of == "target"
    with pytest.raises(DataFileError):
        parse_lexicon({"types": {"AGREE": {"quad": "verbal_cooperation"}}, "verbs": {}, "nouns": {},
                       "phrases": [], "speech": {}, "cues": {}, "cue_order": []})
    # a verb's object senses: each needs its objects and a PLOVER type
    assert lex.verbs["intercept"].by_object[0][1].type == "COERCE" and "vessel" in lex.verbs["intercept"].by_object[0][0]
    with pytest.raises(DataFileError):
        _trigger(LEXICON_PATH, "verbs.x", {"type": "AID", "by_object": [{"type": "AID"}]})
    with pytest.raises(DataFileError):
        _trigger(LEXICON_PATH, "verbs.x", {"type": "AID", "by_object": [{"objects": ["tank"], "type": "GIFT"}]})


@pytest.fixture(scope="module")
def seed_scores(eval_dir):   # eval_dir: skipped without ../shared
    document = read_document(EVAL / "seed.txt")
    extraction = run(document)
    scores = score_document(extraction.to_format(), load_gold(EVAL / "seed.gold.json"), document.text)
    return extraction, scores.by_category


def test_seed_event_floors(seed_scores):
    _, scores = seed_scores
    assert scores["events"].f1 >= 0.65
    assert scores["typed_events"].f1 >= 0.62


def test_seed_events_are_traced_to_unique_evidence(seed_scores):
    extraction, _ = seed_scores
    text = read_document(EVAL / "seed.txt").text
    assert extraction.events
    for ev in extraction.events:
        assert text[ev.start:ev.end] == ev.evidence
        assert ev.extractor == "foothold.events.v1"
        assert ev.type in EVENT_TYPES and ev.quad
        assert ev.source or ev.target
    unique = sum(text.count(ev.evidence) == 1 for ev in extraction.events)
    assert unique / len(extraction.events) >= 0.95


def test_without_actors_dates_or_citations_nothing_is_invented(tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text("The minister met with officials and signed an agreement.\n", encoding="utf-8")
    document = read_document(path)
    ctx = Context(document=document, doc=load_nlp()(document.clean))
    EventExtractor()(ctx)
    assert ctx.events == []
    assert sum(ctx.data["skipped_events"].values()) >= 1
    assert all(t["reason"] for t in ctx.data["skipped_event_triggers"])

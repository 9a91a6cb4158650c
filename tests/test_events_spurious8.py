"""Spurious events on unseen text, sixth pass (issue 8, spurious8): a statement of an unnamed class of commentators
(events/opinion_holders.py), an act a past "meant to" only aimed at (modality.IRREALIS_GOVERNORS). Sentences are our
own, from arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.events.opinion_holders import opinion_holder_words

ACTORS = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
          "Lima": ("peru", "country"), "La Paz": ("bolivia", "country"), "Peruvian": ("peru", "country"),
          "Chilean": ("chile", "country"), "Castillo": ("castillo", "person"), "Boric": ("boric", "person")}
HEADER = "source: own writing, wire style\ntitle: Andes desk (Reuters, 5 May 2024)\n\n"


def _run(tmp_path, body: str):
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "report.txt")
    return ([(e.type, e.trigger) for e in ctx.events],
            {t["trigger"]: t["reason"] for t in ctx.data["skipped_event_triggers"]})


def test_the_word_list_loads():
    assert "commentators" in opinion_holder_words().holder_nouns
    assert "officials" not in opinion_holder_words().holder_nouns


# ---- opinion_holders.py ----

def test_commentators_warning_in_the_past_is_no_act(tmp_path):
    events, skips = _run(tmp_path, "Chilean commentators warned that Bolivia was losing ground in the talks.")
    assert events == [], events
    assert skips.get("warned") == "generic", skips


def test_analysts_accusing_a_state_is_no_act(tmp_path):
    events, skips = _run(tmp_path, "Some analysts accused Peru of stalling the talks.")
    assert events == [], events
    assert skips.get("accused") == "generic", skips


def test_officials_accusing_a_state_speak_for_it(tmp_path):
    events, _ = _run(tmp_path, "Peruvian officials accused Chile of stalling the talks.")
    assert ("ACCUSE", "accused") in events, events


def test_a_named_party_warning_is_still_read(tmp_path):
    events, _ = _run(tmp_path, "Castillo warned Chile on Monday that Peru would close the border.")
    assert any(t == "warned" for _, t in events), events


# ---- "meant to" ----

def test_a_visit_someone_meant_to_make_is_no_visit(tmp_path):
    events, skips = _run(tmp_path, "Boric meant to visit Lima first, but the trip was cut short.")
    assert not any(t == "visit" for _, t in events), events
    assert skips.get("visit") == "hypothetical", skips


def test_a_visit_made_is_read(tmp_path):
    events, _ = _run(tmp_path, "Boric visited Lima on Monday.")
    assert ("CONSULT", "visited") in events, events

"""An "after"/"since" clause inside what was said tells background: its words do not type the statement
(issue 8, evgap).

Invented sentences from arenas outside the text that showed the need; the near miss is the same cue word in the
statement's own content, which still types it.
"""

from event_fixtures import wire_events

from foothold.extract.events.anchor_cues import text_without_anchors
from foothold.extract.nlp import load_nlp

ACTORS = {"Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "La Paz": ("la_paz", "place"),
          "Ana Torres": ("torres", "person"), "Torres": ("torres", "person")}


def test_the_anchor_clause_is_left_out_of_the_content():
    doc = load_nlp()("Torres announced that Chile had closed its consulate in La Paz after Bolivia threatened to "
                     "expel its staff.")
    content = next(t for t in doc if t.dep_ == "ccomp")
    assert "threatened" not in text_without_anchors(content) and "closed" in text_without_anchors(content)


def test_an_anchors_threat_does_not_make_the_announcement_a_threat(tmp_path):
    got = wire_events(tmp_path, "Ana Torres announced on Monday that Chile had withdrawn its ambassador from La Paz "
                                "after Bolivia threatened to expel him.", ACTORS)
    assert not any(t in ("THREATEN", "ACCUSE") and s == ["torres"] for t, s, _ in got), got
    # near miss: the threat is what was said
    got = wire_events(tmp_path, "Ana Torres said on Monday that Bolivia had threatened to expel the Chilean "
                                "ambassador.", ACTORS)
    assert any(t in ("THREATEN", "ACCUSE") and s == ["torres"] for t, s, _ in got), got


def test_a_promise_keeps_its_after_clause():
    doc = load_nlp()("Torres said that she would resign after Congress called on the cabinet to step down.")
    content = next(t for t in doc if t.dep_ == "ccomp")
    assert "called" in text_without_anchors(content)

"""A judging verb in a free relative names a thing and states nothing (events/free_relatives.py, spurious3); a speech
verb that is what a request asks for states nothing (events/asked_speech.py). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Kenya": ("kenya", "country"), "Somalia": ("somalia", "country"), "Ruto": ("ruto", "person"),
          "Odinga": ("odinga", "person"), "ECOWAS": ("ecowas", "organization"), "Guinea": ("guinea", "country"),
          "Bolivia": ("bolivia", "country"), "Paraguay": ("paraguay", "country"), "Nairobi": ("nairobi", "place"),
          "Mombasa": ("mombasa", "place"), "Asuncion": ("asuncion", "place"), "Sucre": ("sucre", "place")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_a_label_in_a_free_relative_is_no_statement(tmp_path):
    events = _events(tmp_path, "Troops sealed off the palace in Sucre on Monday, hours after Bolivia's president "
                               "dissolved the senate in what Paraguay called a coup.")
    assert not [e for e in events if e[2] == "called"], events
    events = _events(tmp_path, "ECOWAS condemned on Tuesday what it called a plot against the government of Guinea.")
    assert [t for t, _, trig in events if trig == "called"] == [], events
    assert "ACCUSE" in [t for t, _, _ in events], events


def test_a_label_with_its_own_object_is_a_statement(tmp_path):
    events = _events(tmp_path, "Paraguay called the move a coup against democracy.")
    assert [t for t, s, _ in events if s == ["paraguay"]] == ["ACCUSE"], events


def test_a_speech_verb_asked_of_another_is_no_statement(tmp_path):
    # events/asked_speech.py: the infinitive of a request is the act asked for
    events = _events(tmp_path, "Ruto spoke by telephone with the Prime Minister of Somalia last night, and called on "
                               "the federal government to find the perpetrators and bring them to justice without delay.")
    assert "find" not in [trig for _, _, trig in events], events
    assert "REQUEST" in [t for t, _, _ in events], events


def test_a_call_made_to_say_something_says_it(tmp_path):
    events = _events(tmp_path, "Ruto had called Odinga to reaffirm Kenya's support for Somalia's sovereignty.")
    assert "reaffirm" in [trig for _, _, trig in events], events

"""A transcript's labelled turn: its unquoted "I"/"we" is the person the label names, not the state the text is
most often about (events/turns.py). Sentences are our own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Lena Hartmann": ("hartmann", "person"), "Hartmann": ("hartmann", "person"),
    "Germany": ("germany", "country"), "Poland": ("poland", "country"), "Belarus": ("belarus", "country"),
}

HEADER = "source: own writing, government style (briefing transcript)\ntitle: Government press briefing\n\n"
TRANSCRIPT = (
    "Government press briefing with spokeswoman Lena Hartmann, Berlin, 4 March 2022\n\n"
    "Hartmann: Germany welcomes the decision of Poland on the border. Germany thanks Poland.\n\n"
    "Question (DPA): Belarus says Germany is to blame for the crisis. What is your answer?\n\n"
    "Hartmann: We reject these accusations against our country.\n\n"
    "Moderator: We thank you all for coming today.\n")


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "briefing.txt")
    return [(e.type, e.source, e.target, e.evidence) for e in ctx.events]


def test_a_turns_first_person_is_its_labelled_speaker(tmp_path):
    got = events(tmp_path, TRANSCRIPT)
    rejections = [g for g in got if g[0] == "REJECT"]
    assert rejections and rejections[0][1] == ["hartmann"], got


def test_a_label_naming_no_person_gives_no_speaker(tmp_path):
    got = events(tmp_path, TRANSCRIPT)
    assert not any("hartmann" in g[1] for g in got if "thank you all" in g[3]), got

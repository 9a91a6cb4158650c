""""They" continuing a pair told by a common noun (issue 8, evrecall2; events/pair_pronouns.py). Sentences of our own,
about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Chile": ("chile", "country"), "Andean Front": ("andean_front", "organization"), "Lima": ("lima", "place"),
    "Peru": ("peru", "country"),
}

HEADER = "source: own writing, government statement\ntitle: Joint statement (Lima, 3 May 2019)\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "statement.txt")
    return [(e.type, sorted(e.source), e.target) for e in ctx.events]


def test_they_after_the_parties_are_the_two_parties_of_the_talks(tmp_path):
    got = events(tmp_path, "The Government of Chile and the Andean Front held talks in Lima on 3 May 2019. Under "
                           "the accord, the Andean Front agreed to hand over its weapons. The parties undertook to "
                           "refrain from hostile propaganda. They agreed to set up a joint commission.\n")
    assert ("AGREE", ["andean_front", "chile"], []) in got, got


def test_they_in_a_new_paragraph_or_after_a_named_subject_binds_no_pair(tmp_path):
    got = events(tmp_path, "The Government of Chile and the Andean Front held talks in Lima on 3 May 2019.\n\n"
                           "Peru stayed away. They agreed to set up a joint commission.\n")
    assert not any(t == "AGREE" and s == ["andean_front", "chile"] for t, s, _ in got), got

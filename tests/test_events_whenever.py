"""A perfect run over a span of time, or an act repeated "whenever", is a course of acts, not one
(events/course_over_span.py, issue 8 precision). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Saudi Arabia": ("saudi_arabia", "country"), "Houthi": ("houthis", "organization"),
          "Sri Lankan": ("sri_lanka", "country"), "Tamil Tiger": ("ltte", "organization"),
          "Cuban": ("cuba", "country"), "Venezuelan": ("venezuela", "country"), "Maduro": ("maduro", "person"),
          "Taliban": ("taliban", "organization"), "Afghan": ("afghanistan", "country"),
          "Colombia": ("colombia", "country"), "Venezuela": ("venezuela", "country"), "Iran": ("iran", "country"),
          "Turkey": ("turkey", "country"), "Nicaragua": ("nicaragua", "country"), "Nicaraguan": ("nicaragua", "country"),
          "Cristiana Chamorro": ("chamorro", "person"), "Arturo Cruz": ("cruz", "person")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.evidence) for e in ctx.events]


def test_a_perfect_since_an_undated_start_is_a_course(tmp_path):
    for body in ("Since 2015 Saudi Arabia has bombed Houthi targets across northern Yemen.",
                 "Since October Saudi Arabia has bombed Houthi positions in Saada.",
                 "Since November 2021 Saudi Arabia has bombed Houthi depots near the border.",
                 "Since seizing Kabul, the Taliban have detained dozens of Afghan journalists."):
        assert _events(tmp_path, body) == [], body


def test_a_perfect_over_an_uncounted_span_is_a_course(tmp_path):
    for body in ("Cuban advisers have trained Venezuelan intelligence officers for years.",
                 "The opposition had for months accused President Maduro of rigging the vote."):
        assert _events(tmp_path, body) == [], body


def test_an_act_repeated_whenever_is_a_course(tmp_path):
    body = "The Sri Lankan navy shelled Tamil Tiger positions whenever the rebels advanced."
    assert _events(tmp_path, body) == [], body


def test_a_start_on_a_day_or_a_counted_span_leaves_the_act(tmp_path):
    assert [t for t, _ in _events(tmp_path, "Since Monday, Colombia has deployed two brigades to its border with "
                                            "Venezuela.")] == ["MOBILIZE"]
    assert _events(tmp_path, "Saudi Arabia bombed Houthi targets in Saada on Tuesday for the first time since 2015.")
    assert _events(tmp_path, "Iran has suspended gas exports to Turkey for three months.")


def test_an_act_of_its_own_beside_a_standing_one_stays(tmp_path):
    body = "Nicaragua has held Cristiana Chamorro since June, and Nicaraguan police arrested Arturo Cruz on Monday."
    assert [t for t, _ in _events(tmp_path, body)] == ["COERCE"], body

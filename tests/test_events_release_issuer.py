"""A release's heading names who speaks in it (issue 8, evargs4; events/release_issuer.py): its bare "The Ministry"
and its unattributed "we" are the author body. Sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Ministry of Foreign Affairs": ("mfa_chile", "organization"),
          "Ministry of Defence": ("mod_bolivia", "organization"),
          "Peru": ("peru", "country"), "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country")}
BODY = ("Santiago, 3 May 2021\n\n"
        "Peruvian troops crossed the border near Visviri on Sunday. The Ministry of Defence of Bolivia has offered "
        "to host talks.\n\n"
        "The Ministry calls on Peru to withdraw its troops at once. We urge Bolivia to close the crossing.\n")


def events(tmp_path, heading: str) -> list[tuple]:
    ctx = extract_events(tmp_path, heading + "\n\n" + BODY, ACTORS, "release.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_the_ministry_of_a_release_is_its_author_not_the_ministry_named_nearer(tmp_path):
    got = events(tmp_path, "Statement of the Ministry of Foreign Affairs of the Republic of Chile on the border")
    assert ("REQUEST", ["mfa_chile"], ["peru"]) in got, got


def test_a_releases_we_is_its_author(tmp_path):
    got = events(tmp_path, "Ministry of Foreign Affairs statement on the border incident")
    assert any(t == "REQUEST" and s == ["mfa_chile"] and "bolivia" in tg for t, s, tg in got), got


def test_a_joint_statement_names_no_single_author(tmp_path):
    got = events(tmp_path, "Joint Statement of the Ministry of Foreign Affairs and the Ministry of Defence")
    assert not any(t == "REQUEST" and s == ["mfa_chile"] and "bolivia" in tg for t, s, tg in got), got


def test_a_report_with_no_release_heading_keeps_the_nearer_ministry(tmp_path):
    got = events(tmp_path, "Border tension rises in the Andes")
    assert not any(s == ["mfa_chile"] for _, s, _ in got), got

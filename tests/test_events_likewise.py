"""Acts told by reference to the act before (events/likewise.py): "did likewise", "followed suit",
"Y followed in March". Sentences are our own."""

from event_fixtures import extract_events

ACTORS = {"Chad": ("chad", "country"), "Niger": ("niger", "country"), "Mali": ("mali", "country"),
          "Benin": ("benin", "country"), "Togo": ("togo", "country")}
HEADER = "source: https://example.org/a/story.html\ntitle: Story (own wire, 25 Apr 2024)\n\n"


def acts(ctx):
    return [(e.type, e.source, e.target, e.date.iso if e.date else None) for e in ctx.events]


def test_did_likewise_and_followed_suit_repeat_the_earlier_act_for_their_subject(tmp_path):
    text = HEADER + ("Chad expelled the ambassador of Mali on 3 April, and Niger did likewise.\n\n"
                     "Benin later followed suit.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    found = acts(ctx)
    first = next(a for a in found if a[1] == ["chad"])
    assert (first[0], first[2], first[3]) == (first[0], ["mali"], "2024-04-03"), found
    assert (first[0], ["niger"], ["mali"], "2024-04") in found, found      # followed: that month, not that day
    assert (first[0], ["benin"], ["mali"], "2024-04") in found, found


def test_followed_with_its_own_time_takes_it(tmp_path):
    text = HEADER + "Chad imposed sanctions on Mali on 3 February 2024, and Togo followed in March.\n"
    found = acts(extract_events(tmp_path, text, ACTORS, "story.txt"))
    assert ("SANCTION", ["togo"], ["mali"], "2024-03") in found, found


def test_following_an_act_or_doing_something_else_repeats_nothing(tmp_path):
    text = HEADER + ("Chad expelled the ambassador of Mali on 3 April. Niger followed the talks closely, "
                     "and Benin did nothing.\n")
    found = acts(extract_events(tmp_path, text, ACTORS, "story.txt"))
    assert all(a[1] == ["chad"] for a in found), found

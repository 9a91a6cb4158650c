"""Forces coming ashore and bases opened abroad (issue 8, evrecall2; events/landings.py, events/bases.py,
data/landings.yaml). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.events.landings import landing_words

ACTORS = {
    "Grenada": ("grenada", "country"), "United States": ("united_states", "country"),
    "Point Salines": ("point_salines", "place"), "Cyprus": ("cyprus", "country"), "Kyrenia": ("kyrenia", "place"),
    "Turkey": ("turkey", "country"), "Japan": ("japan", "country"), "Djibouti": ("djibouti", "country"),
    "Kenya": ("kenya", "country"), "Lamu": ("lamu", "place"), "Acme Shipping": ("acme_shipping", "organization"),
    "Mombasa": ("mombasa", "place"), "Turkish": ("turkey", "country"), "American": ("united_states", "country"),
    "Kenyan": ("kenya", "country"),
}

HEADER = "source: own writing, analysis\ntitle: Shores and bases\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "analysis.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_troops_coming_ashore_make_an_assault(tmp_path):
    got = events(tmp_path, "On 20 July 1974 Turkish troops landed near Kyrenia on the northern coast of Cyprus.\n")
    assert any(t == "ASSAULT" and s == ["turkey"] for t, s, _ in got), got


def test_marines_landing_on_a_beach_make_an_assault(tmp_path):
    got = events(tmp_path, "On 25 October 1983 American marines landed on the beaches of Grenada.\n")
    assert any(t == "ASSAULT" and "united_states" in s for t, s, _ in got), got


def test_a_landing_at_an_airport_or_by_a_delegation_is_no_assault(tmp_path):
    got = events(tmp_path, "On 3 May 2019 Kenyan troops landed at the airport of Lamu.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got
    got = events(tmp_path, "On 3 May 2019 a delegation from Japan landed in Kenya for talks.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_landing_still_to_come_is_no_assault(tmp_path):
    got = events(tmp_path, "Officials in Kenya fear that foreign troops could land near Lamu next year.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_state_opening_a_military_base_abroad_deploys(tmp_path):
    got = events(tmp_path, "Japan opened its first overseas military base in Djibouti on 7 July 2011.\n")
    assert any(t == "MOBILIZE" and s == ["japan"] for t, s, _ in got), got


def test_a_company_opening_a_base_or_a_state_opening_an_office_is_no_deployment(tmp_path):
    got = events(tmp_path, "In March 2020 Acme Shipping opened a logistics base in Mombasa.\n")
    assert not any(t == "MOBILIZE" for t, _, _ in got), got
    got = events(tmp_path, "In March 2020 Japan opened a trade office in Mombasa.\n")
    assert not any(t == "MOBILIZE" for t, _, _ in got), got


def test_a_base_to_be_opened_is_no_deployment(tmp_path):
    got = events(tmp_path, "Japan plans to open a military base in Djibouti.\n")
    assert not any(t == "MOBILIZE" and s == ["japan"] for t, s, _ in got), got


def test_the_word_lists_load_and_hold_the_landing_verb():
    words = landing_words()
    assert "land" in words.landing_verbs and "base" in words.base_nouns


def test_defeating_a_garrison_is_an_assault_but_winning_a_run_off_is_not(tmp_path):
    # plover.yaml `defeat`: only a fighting body beaten (evrecall2)
    got = events(tmp_path, "On 22 July 1974 Turkish troops defeated the Greek Cypriot garrison at Kyrenia.\n")
    assert any(t == "ASSAULT" and s == ["turkey"] for t, s, _ in got), got
    got = events(tmp_path, "In the run-off on 4 May 2019 the opposition leader defeated the president of Kenya.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got

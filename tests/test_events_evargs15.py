"""Event actors, thirteenth pass (issue 8, evargs15): a plural pronoun after a counted pair noun in its sentence
("both leaders ... urged them", "accused both countries ... demanded that they") stands for the pair's parties
(events/plural_pronouns.pair_before). Our own sentences, from arenas other than the texts that showed the need."""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Red Cross": ("red_cross", "organization"), "Ana Rojas": ("rojas", "person"),
          "Luis Vera": ("vera", "person"), "Marta Soto": ("soto", "person")}


def _events(ctx, trigger: str):
    return [(e.type, e.source, e.target) for e in ctx.events if e.trigger == trigger]


def test_them_after_both_leaders_is_the_two_leaders(tmp_path):
    text = ("President Ana Rojas arrived in Arica on Monday. She met President Luis Vera at the border crossing. "
            "Foreign Minister Marta Soto telephoned both leaders on Tuesday and urged them to sign the accord soon.")
    ctx = extract_events(tmp_path, text, ACTORS)
    got = _events(ctx, "urged")
    assert got and sorted(got[0][2]) == ["rojas", "vera"], got


def test_they_after_both_countries_is_the_two_countries(tmp_path):
    text = ("Chile and Peru moved troops to the border in March. The Red Cross said its teams had treated dozens of "
            "wounded. Bolivia accused both countries of arming smugglers and demanded that they withdraw their troops.")
    ctx = extract_events(tmp_path, text, ACTORS)
    got = _events(ctx, "demanded")
    assert got and sorted(got[0][2]) == ["chile", "peru"], got


def test_an_indefinite_count_names_no_pair_told_before(tmp_path):
    text = ("Chile moved troops to the border in March. Peru did the same in April. Bolivia accused two countries "
            "of arming smugglers and demanded that they withdraw their agents.")
    ctx = extract_events(tmp_path, text, ACTORS)
    got = _events(ctx, "demanded")
    assert all(sorted(t) != ["chile", "peru"] for _, _, t in got), got



# --- release_issuer: a release signed off by its author ---

SIGNED = ("Statement on the closure of the northern fishing grounds\n\n"
          "SANTIAGO, 3 May 2024 - The fishing grounds north of Arica will close to all fleets on Monday for three "
          "months.\n\n"
          "The Ministry rejects the claims that the closure targets the fleets of Peru.\n\n"
          "The Ministry calls on fishermen to respect the closure.\n\n")
SIGNED_ACTORS = {"Ministry of Fisheries": ("fisheries", "organization"), "Peru": ("peru", "country"),
                 "Chile": ("chile", "country")}


def test_a_release_signed_off_by_a_body_speaks_for_it(tmp_path):
    ctx = extract_events(tmp_path, SIGNED + "Ministry of Fisheries\nSantiago\n", SIGNED_ACTORS)
    got = _events(ctx, "rejects")
    assert got and got[0][1] == ["fisheries"], got


def test_short_closing_lines_beyond_a_signature_name_no_author(tmp_path):
    text = SIGNED + "Contacts\nMinistry of Fisheries\nPress office\nSantiago\nTel. 555 0100\n"
    ctx = extract_events(tmp_path, text, SIGNED_ACTORS)
    assert all(s != ["fisheries"] for _, s, _ in _events(ctx, "rejects"))


def test_a_ministry_for_something_is_shortened_to_the_ministry():
    from foothold.extract.events.release_issuer import head_word
    assert head_word("Ministry for Foreign Affairs") == "Ministry"
    assert head_word("Ministry of Oil") == "Ministry"
    assert head_word("Security Council") == "Council"

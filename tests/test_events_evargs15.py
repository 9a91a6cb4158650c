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
    text = ("President Ana Rojas and President Luis Vera met in Arica on Monday and agreed to reopen the border. "
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


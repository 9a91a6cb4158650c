"""A date that only describes someone or names another happening times no other sentence's act (issue 8, evgap).

Invented sentences from arenas outside the text that showed the need, each with its near miss: the same story whose
earlier date is the story's own time, which still dates what follows.
"""

from event_fixtures import extract_events

from foothold.extract.events.described_dates import describing_date_starts
from foothold.extract.events.dating import day_shift

ACTORS = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Congress": ("congress", "organization"),
          "Ricardo Salinas": ("salinas", "person"), "Salinas": ("salinas", "person"),
          "Serbia": ("serbia", "country"), "Serbian": ("serbia", "country"), "Croatia": ("croatia", "country"),
          "Croatian": ("croatia", "country"), "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"),
          "Bolivian": ("bolivia", "country"), "Kenya": ("kenya", "country"), "Ugandan": ("uganda", "country")}

RELEASE = "source: own writing, government news article\ntitle: Army news (ministry news service, June 14, 2024)\n\n"
NOTE = "source: own writing, research brief\ntitle: A note (research note)\n\n"


def dated(tmp_path, header: str, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_relative_clauses_year_does_not_date_the_next_sentence(tmp_path):
    got = dated(tmp_path, RELEASE, "LIMA, June 14, 2024 - Peru's army held a parade today.\n\nGeneral Ricardo Salinas, "
                                   "who took charge of the army in March 2019, retires after thirty "
                                   "years in uniform. In his speech Salinas urged Congress to raise the pay of "
                                   "soldiers.")
    assert ("REQUEST", ["salinas"], "2024-06") in got or ("REQUEST", ["salinas"], "2024-06-14") in got, got
    # near miss: the paragraph's own time still dates its undated act
    got = dated(tmp_path, RELEASE, "LIMA, June 14, 2024 - Peru's army held a parade today.\n\nIn March 2019 the army "
                                   "held elections for its council. Salinas urged Congress to raise the pay of "
                                   "soldiers.")
    assert any(t == "REQUEST" and (d or "").startswith("2019") for t, _, d in got), got


def test_the_same_day_counts_from_the_storys_date_not_a_named_happening(tmp_path):
    got = dated(tmp_path, NOTE, "On May 9, 2022, Serbia accused Croatia of sheltering suspects in the March 2021 "
                                "bombing of a Serbian consulate. The same day, Serbia expelled a Croatian diplomat.")
    assert ("SANCTION", ["serbia"], "2022-05-09") in got, got
    # near miss: the story's own last date is counted from
    got = dated(tmp_path, NOTE, "On May 9, 2022, Chile recalled its ambassador from Bolivia. The same day, Bolivia "
                                "expelled a Chilean diplomat.")
    assert ("SANCTION", ["bolivia"], "2022-05-09") in got, got


def test_the_same_day_is_a_shift_of_none():
    assert day_shift("The same day, Kenya expelled a Ugandan diplomat.") == 0
    assert day_shift("Kenya expelled a Ugandan diplomat that week.") is None


def test_describing_dates_are_relative_clauses_and_happening_modifiers(tmp_path):
    from foothold.extract.events.index import DocIndex
    ctx = extract_events(tmp_path, NOTE + "Kenya, which joined the bloc in June 2019, condemned the 2017 coup. "
                                          "The summit on 4 May 2020 ended. Kenya met Bolivia in July 2021.\n",
                         ACTORS, "story.txt")
    index = DocIndex(ctx)
    dates = [d for d in ctx.dates if d.start is not None]
    text = ctx.document.text
    described = {text[d.start:d.end] for d in dates if d.start in describing_date_starts(dates, index)}
    assert any("June 2019" in s for s in described) and any("2017" in s for s in described), described
    assert not any("2020" in s or "2021" in s for s in described), described


def test_a_describing_participles_year_does_not_date_the_next_sentence(tmp_path):
    # dates5: a past participle describing a noun ("a protocol signed by the two countries in 2019") describes it
    text = ("SANTIAGO, June 14, 2024 - Chile protested to Bolivia today.\n\nThe markers were set by Chilean "
            "engineers, under a protocol signed by the two countries in 2019, to show the line. Bolivian soldiers "
            "removed six of the markers before dawn.")
    got = dated(tmp_path, RELEASE, text)
    assert any(t == "COERCE" and d and d.startswith("2024") for t, s, d in got), got


def test_the_storys_own_year_still_dates_the_next_sentence(tmp_path):
    # near miss: the year is the story's own time, told on the main verb
    text = ("SANTIAGO, June 14, 2024 - Chile protested to Bolivia today.\n\nChilean engineers set the markers in "
            "2019 to show the line. Bolivian soldiers removed six of the markers.")
    got = dated(tmp_path, RELEASE, text)
    assert any(t == "COERCE" and d == "2019" for t, s, d in got), got


def test_a_participle_on_the_storys_own_accord_still_dates_the_next_sentence(tmp_path):
    # near miss: the participle tells what the story is about ("was a protocol signed ... in 2019"), not a side detail
    text = ("SANTIAGO, June 14, 2024 - Chile protested to Bolivia today.\n\nThe border accord was a protocol signed by "
            "the two countries in 2019. Bolivian soldiers removed six of the markers.")
    got = dated(tmp_path, RELEASE, text)
    assert any(t == "COERCE" and d == "2019" for t, s, d in got), got


def test_a_participle_on_a_happening_noun_still_dates_the_next_sentence(tmp_path):
    # near miss: "in a raid carried out by X on 3 June 2023" tells the story's own happening
    text = ("Summary. Chile and Bolivia quarrel over markers.\n\nThe border. Chile protested to Bolivia (La Tercera, "
            "May 2, 2023). The dispute peaked in a raid carried out by Bolivian soldiers on 3 June 2023 on a Chilean "
            "border post. During the raid, Bolivian soldiers removed six of the markers.")
    got = dated(tmp_path, NOTE, text)
    assert any(t == "COERCE" and d and d.startswith("2023") for t, s, d in got), got

"""Actor extraction on the development documents, and the rules over NER."""

from pathlib import Path

import pytest

from foothold.eval import load_gold, Scores, score_document
from foothold.extract.actors import ActorExtractor
from foothold.extract.citations import CitationExtractor
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context, run
from foothold.ingest import read_document
from foothold.resolve.within import WithinDocumentResolver

# Floors set just under what the development set measures (seed actors 0.982, typed 0.982;
# re3d typed mentions 0.731 under the determiner-trimming mention rule of eval/score.py).
SEED_ACTORS_F1 = 0.90
SEED_TYPED_ACTORS_F1 = 0.85
RE3D_TYPED_MENTIONS_F1 = 0.71


def components():
    return [CitationExtractor(), ActorExtractor(), WithinDocumentResolver()]


def scores(paths) -> Scores:
    total = Scores()
    for path in paths:
        doc = read_document(path)
        pred = run(doc, components=components()).to_format()
        total += score_document(pred, load_gold(Path(path).with_suffix(".gold.json")), doc.text)
    return total


def test_seed_actor_floors(seed_path):
    s = scores([seed_path])
    assert s.f1("actors") >= SEED_ACTORS_F1
    assert s.f1("typed_actors") >= SEED_TYPED_ACTORS_F1


def test_re3d_typed_mention_floor(re3d_dir):
    s = scores(sorted(re3d_dir.glob("*.txt")))
    assert s.f1("typed_mentions") >= RE3D_TYPED_MENTIONS_F1


def extract(tmp_path, text: str):
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    ctx = Context(document=doc, doc=load_nlp()(doc.clean))
    ActorExtractor()(ctx)
    return doc, {m.text: m for m in ctx.mentions}


def test_mentions_point_into_the_original_text(tmp_path):
    doc, ms = extract(tmp_path, "The **Popular Mobilization Units** (PMU) met Qa\u2019ani in Baghdad.")
    for m in ms.values():
        assert doc.text[m.start:m.end] == m.text
        assert m.extractor == ActorExtractor.name
    assert ms["Qa\u2019ani"].type == "person"
    assert ms["PMU"].type == "organization"


def test_head_words_and_demonyms_type_mentions(tmp_path):
    _, ms = extract(tmp_path, "The Northern Sector Operations Command and the Basra Provincial Council "
                              "met Saudi and Lebanese envoys.")
    assert ms["Northern Sector Operations Command"].type == "organization"
    assert ms["Saudi"].type == "country" and ms["Saudi"].label == "demonym:saudi_arabia"
    assert ms["Lebanese"].type == "country"


def test_non_actors_are_dropped(tmp_path):
    _, ms = extract(tmp_path, "Response\n\nThe COVID-19 crisis hit Shia and Sunni pilgrims. "
                              "A pro-Iranian group used a VBIED. The Minister of Finance resigned.")
    names = {t for t, m in ms.items() if not m.label.startswith("role:")}   # roles wait for a holder
    assert not {"Response", "COVID-19", "Shia", "Sunni", "pro-Iranian", "VBIED", "Minister of Finance"} & names


def test_unheld_role_is_dropped_by_resolution(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("Foreign Secretary Boris Johnson arrived. The Foreign Secretary spoke. "
                    "The Minister of Finance resigned.", encoding="utf-8")
    doc = read_document(path)
    ctx = Context(document=doc, doc=load_nlp()(doc.clean))
    ActorExtractor()(ctx)
    WithinDocumentResolver()(ctx)
    johnson = next(a for a in ctx.actors if a.name == "Boris Johnson")
    assert [m.text for m in johnson.mentions] == ["Foreign Secretary Boris Johnson", "Foreign Secretary"]
    assert not any("Minister of Finance" in a.surface_forms() for a in ctx.actors)


def test_possessive_and_leading_article_are_not_part_of_the_name(tmp_path):
    _, ms = extract(tmp_path, "The Islamic Revolutionary Guards Corps' Qods Force and Iran's ministers.")
    assert "Islamic Revolutionary Guards Corps" in ms and "Iran" in ms


def test_name_split_across_a_line_wrap_is_repaired_but_a_page_break_splits(tmp_path):
    _, ms = extract(tmp_path, "He met the Chairman of the Foreign Affairs and Security Committee yesterday.")
    assert "Foreign Affairs and Security Committee" in ms


def test_arabic_names_missed_by_the_ner_are_recovered(tmp_path):
    _, ms = extract(tmp_path, "The commander, known as Abu Fadak, replaced Abu Mahdi al-Muhandis.")
    assert ms["Abu Fadak"].type == "person"


def test_title_case_headings_do_not_make_actors(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "brief.md"
    path.write_text("# Militia Tensions Simmer as Debts Mount\n\n"
                    "Iraqi Prime Minister Mustafa al-Kadhimi met Hassan Rouhani in Tehran on July 21, 2020.\n\n"
                    "## Pressure on the American Presence\n\n"
                    "Kataeb Hezbollah threatened the United States again.\n", encoding="utf-8")
    names = {a.name for a in run(read_document(path)).actors}
    assert {"Mustafa al-Kadhimi", "Hassan Rouhani", "Kataeb Hezbollah"} <= names
    assert not names & {"Simmer", "Debts", "Militia Tensions", "American Presence"}


def test_person_labelled_names_in_place_positions_are_places(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "report.txt"
    path.write_text("On June 25, 2020, the Counter-Terrorism Service raided a site in the Dora district of "
                    "southern Baghdad. Meanwhile, Russian military police deployed to Tal Rifaat, and "
                    "Faisal Mekdad met Hassan Nasrallah.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Dora") == "place" and types.get("Tal Rifaat") == "place"
    assert types.get("Faisal Mekdad") == "person" and types.get("Hassan Nasrallah") == "person"


def test_a_group_phrase_naming_members_is_not_the_organisation(tmp_path):
    _, ms = extract(tmp_path, "Coalition nations which have conducted strikes in Iraq include Australia. "
                              "The Coalition complies with the Law of Armed Conflict.")
    assert ms["Coalition"].label.startswith("dict:") and ms["Coalition nations"].label == "rule:members"


def test_a_split_rank_abbreviation_is_part_of_the_title(tmp_path):
    _, ms = extract(tmp_path, "The Combined Joint Task Force Commander, Lt. Gen. Stephen J. Townsend, "
                              "provided the following statement.")
    assert ms["Lt. Gen. Stephen J. Townsend"].type == "person"


def test_a_rank_before_a_name_makes_a_person_whatever_ner_says_later(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "release.txt"
    path.write_text("U.S. Army General Joseph Votel, commander, U.S. Central Command recently met with "
                    "U.S. Air Force civilian employees.\n\nVotel explained U.S. Central Command's priorities.\n\n"
                    "Votel expressed his desire that the command attracts the very best people.\n", encoding="utf-8")
    votel = next(a for a in run(read_document(path)).actors if a.name == "Joseph Votel")
    assert votel.type == "person" and {m.type for m in votel.mentions} == {"person"}


def test_a_one_word_alias_heading_a_longer_name_yields_to_the_name(tmp_path):
    _, ms = extract(tmp_path, "In Syria, the SDF, which includes the Syrian Arab Coalition, has made progress. "
                              "Lebanese Hezbollah and the Coalition disagree.")
    assert ms["Syrian Arab Coalition"].type == "organization" and "Syrian Arab" not in ms
    assert ms["Coalition"].label == "dict:international_coalition"


def test_a_title_naming_a_region_is_the_persons_title_not_a_place_mention(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "statement.txt"
    path.write_text("Minister for the Middle East Tobias Ellwood calls the attack a tragedy\n\n"
                    "Minister for the Middle East, Tobias Ellwood, said the Middle East needs peace.\n",
                    encoding="utf-8")
    actors = {a.name: a for a in run(read_document(path)).actors}
    ellwood = actors["Tobias Ellwood"]
    assert ellwood.type == "person"
    assert {m.text for m in ellwood.mentions} == {"Minister for the Middle East Tobias Ellwood",
                                                  "Minister for the Middle East", "Tobias Ellwood"}
    assert [m.text for m in actors["Middle East"].mentions] == ["Middle East"]   # only the free one


def test_landforms_and_districts_are_named_whole_and_operations_are_no_actors(tmp_path):
    _, ms = extract(tmp_path, "Yezidis fled to Mount Sinjar. Airstrikes hit targets in the Mosul district "
                              "in support of Operation Inherent Resolve.")
    assert ms["Mount Sinjar"].type == "place" and ms["Mosul district"].type == "place"
    assert not any("Inherent Resolve" in t for t in ms)


def test_bare_titles_ships_and_dangling_dashes_make_no_actors(tmp_path):
    _, ms = extract(tmp_path, "Navy Capt. Jeff Davis said the Joint Forces Land Component Command - Iraq "
                              "will escort USS Mahan.")
    assert ms["Navy Capt. Jeff Davis"].type == "person"
    assert "Joint Forces Land Component Command" in ms
    assert not {"Navy Capt", "Navy Capt.", "USS Mahan", "Joint Forces Land Component Command -"} & set(ms)


def test_strike_report_places_after_near_regime_names_and_digit_names(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "strikes.txt"
    path.write_text("In Iraq, Coalition military forces conducted strikes:\n"
                    ".       Near Ayn Isa, one strike destroyed a repeater station.\n"
                    "The report shows the cruelty of the Asad regime. When prompted, enter Passcode 3080897.\n",
                    encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Ayn Isa") == "place" and types.get("Asad regime") == "organization"
    assert not any(c.isdigit() for name in types for c in name)


def test_the_region_locating_a_place_after_a_comma_is_no_mention_of_its_own(tmp_path):
    _, ms = extract(tmp_path, "Petty Officer Dayton, of Woodbridge, Virginia, was killed near Palmyra, Syria.")
    assert "Woodbridge, Virginia" in ms and "Virginia" not in ms


def test_org_labelled_single_names_in_a_locative_list_are_places(tmp_path):
    _, ms = extract(tmp_path, "The attacks in Qamenas, Sarmin and Talamenes demonstrate the cruelty of the regime. "
                              "The use of chemical weapons by Daesh in Marea shows their contempt.")
    placed = [t for t in ("Qamenas", "Sarmin", "Talamenes", "Marea") if t in ms]
    assert placed and all(ms[t].type == "place" for t in placed)


def test_a_body_named_by_a_title_word_is_kept(tmp_path):
    _, ms = extract(tmp_path, "The French are working together with the Royal Navy. "
                              "The Iranian Military Attache left.")
    assert ms["Royal Navy"].type == "organization" and "Iranian Military Attache" not in ms


def test_metadata_header_lines_are_not_body_text(tmp_path):
    """ingest.metadata.header_block blanks the header in the text the NLP reads (its own tests there)."""
    head = "source: https://example.org/a\ntitle: Iran Seizes Tanker (VOA, 7 July 2023)\n"
    _, ms = extract(tmp_path, head + "\nWikipedia editors say Iran seized a tanker, Reuters reported.")
    assert ms["Iran"].start > len(head) and "VOA" not in ms


def test_ships_field_labels_and_title_portfolios_are_no_actors(tmp_path):
    _, ms = extract(tmp_path, "Infobox\n- Partof: Operation Claw-Lock\n\nIran seized the oil tanker Stena Impero. "
                              "Secretary of State Mike Pompeo met the Minister of the Exterior. The Zaydi Shia "
                              "movement grew.")
    assert not {"Partof", "Infobox", "Stena Impero", "State", "Exterior", "Zaydi Shia"} & set(ms)
    assert ms["Iran"].type == "country"


def test_context_types_people_places_and_companies(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "news.txt"
    path.write_text("A State Department spokesperson, Morgan Ortagus, said the reward covers the arrest of "
                    "Talal Hamiyah, who heads the unit. The Houthis attacked the Saudi city of Jazan and "
                    "people from the Bekaa protested. Strikes hit Zaporizhzhia. Bois Rouge SARLU ships timber. "
                    "The Trump administration offered a reward for operations in Southwest Asia.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Morgan Ortagus") == "person" and types.get("Talal Hamiyah") == "person"
    assert types.get("Jazan") == "place" and types.get("Bekaa") == "place" and types.get("Zaporizhzhia") == "place"
    assert types.get("Bois Rouge SARLU") == "organization"
    assert types.get("Trump administration") == "organization" and "Trump" not in types
    assert types.get("Southwest Asia") == "place"


def test_cut_and_overlong_names_are_repaired(tmp_path):
    _, ms = extract(tmp_path, "Al-Kadhimi chaired a meeting with the National Security Council. Under Secretary "
                              "for Terrorism and Financial Intelligence Brian E. Nelson spoke. (© Morteza Akhoondi/"
                              "Mehr News Agency) The long campaign has seen the Navy face attacks.")
    assert "National Security Council" in ms and "Security Council" not in ms
    assert "Financial Intelligence Brian E. Nelson" not in ms and "Terrorism" not in ms
    assert "Morteza Akhoondi/" not in ms
    assert ms["Navy"].type == "organization"


def test_unnamed_groups_and_common_acronyms_are_no_actors(tmp_path):
    _, ms = extract(tmp_path, "The mission includes training Iraqi security forces. The two sides will work on a "
                              "memorandum of understanding (MOU) to provide a framework. A village southeast of "
                              "Zaporizhzhia was hit.")
    assert all(m.type == "country" for t, m in ms.items() if "Iraqi" in t)   # the country's group phrase, no body
    assert "MOU" not in ms
    assert ms["Zaporizhzhia"].type == "place"


def test_a_body_named_after_its_building_is_the_place_a_locative_puts_something(tmp_path):
    _, ms = extract(tmp_path, "Trump spoke in the Oval Office. The Pentagon said it would respond.")
    assert ms["Oval Office"].type == "place" and ms["Pentagon"].type == "organization"
    _, ms = extract(tmp_path, "The generals met at the Pentagon on Friday.")
    assert ms["Pentagon"].type == "place"


def test_documents_designations_holidays_and_titles_are_no_actors(tmp_path):
    _, ms = extract(tmp_path, "The order implements the Global Magnitsky Human Rights Accountability Act. The IRGC "
                              "was designated a Foreign Terrorist Organization (FTO). Bombers struck on Easter Sunday. "
                              "He met former National Security Advisor Falih al-Fayyadh.")
    assert not {"Global Magnitsky Human Rights Accountability Act", "Foreign Terrorist Organization", "FTO",
                "Easter Sunday", "National Security Advisor"} & set(ms)


def test_ranked_names_commands_and_demonym_led_dictionary_names(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "release.txt"
    path.write_text("Secretary of Defense Lloyd J. Austin III met Kuleba in Washington. Austin said the U.S. "
                    "stands with Ukraine. Gen. Vincent Brooks, commander of U.S. Forces Korea, joined. U.S. troops "
                    "left the At Tanf Garrison. Mali hosts the Russian Wagner Group.\n", encoding="utf-8")
    actors = {a.name: a for a in run(read_document(path)).actors}
    assert actors["Lloyd J. Austin III"].type == "person" and "Austin" in actors["Lloyd J. Austin III"].aliases
    assert "At Tanf Garrison" in actors
    assert any(a.dictionary_id == "wagner_group" or "Wagner Group" in a.surface_forms() for a in actors.values())
    assert "Russian Wagner Group" not in actors


def test_names_recovered_from_apposed_titles_and_quotes(tmp_path):
    _, ms = extract(tmp_path, "Strikes hit the region.\n\nIhor Taburets, the regional governor of Cherkasy, said "
                              "two people died. The Foreign Ministry of Iraq objected. Treasury targeted the "
                              "Private Military Company \u2018Wagner\u2019 (Wagner Group).")
    assert ms["Ihor Taburets"].type == "person"
    assert "Foreign Ministry of Iraq" in ms
    assert "Wagner" in ms and "Private Military Company" not in ms


def test_names_ending_in_a_head_word_are_recovered_when_the_ner_misses_them(tmp_path):
    _, ms = extract(tmp_path, "Naval Forces Central Command, U.S. Fifth Fleet and Combined Maritime Forces said "
                              "so. Prisoners are held in Ward 209 of Evin Prison. The Joint Iranian-Iraqi Chamber of "
                              "Commerce met.")
    assert ms["Combined Maritime Forces"].type == "organization" and ms["Evin Prison"].type == "place"
    assert "Naval Forces Central Command" in ms and "Iraqi Chamber" not in ms
    _, ms = extract(tmp_path, "The U.S. Naval Forces Central Command says it stopped the seizure.")
    assert "U.S. Naval Forces Central Command" in ms and "U.S. Naval Forces" not in ms


def test_a_stateless_service_in_a_title_is_the_portfolio(tmp_path):
    _, ms = extract(tmp_path, "He named the Chief of Staff of the Armed Forces and the Commander of the Air Force. "
                              "The United Kingdom Maritime Trade Operations agency said a ship was hit.")
    assert not {"Armed Forces", "Air Force"} & set(ms)
    assert ms["United Kingdom Maritime Trade Operations"].type == "organization"


def test_vessels_prefixed_adjectives_territory_and_person_lists(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "news.txt"
    path.write_text("Iran seized the oil tanker Richmond Voyager. The destroyer deployed toward the Richmond Voyager, "
                    "and the McFaul crew responded. Russia moved into Ukraine in 2014, occupying Crimea. It threatens "
                    "the Trans-Atlantic community. The wanted men are Adham Tabaja; Mohammad Ibrahim Bassi; and "
                    "Ali Youssef Charara.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert not {"Richmond Voyager", "McFaul", "Trans-Atlantic"} & set(types)
    assert types.get("Crimea") == "place"
    assert all(types.get(n) == "person" for n in ("Adham Tabaja", "Mohammad Ibrahim Bassi") if n in types)


def test_a_state_named_only_at_the_head_of_its_bodies_is_mentioned_once(tmp_path):
    _, ms = extract(tmp_path, "Gen. McKenzie, commanding general, U.S. Central Command, presided. The U.S. Treasury "
                              "Department designated him.")
    states = [m for m in ms.values() if m.label == "dict:united_states"]
    assert len(states) == 1 and states[0].text == "U.S." and states[0].type == "country"


def test_a_photo_credit_names_the_photographer_and_the_agencies(tmp_path):
    _, ms = extract(tmp_path, "Members of the IRGC inspect the tanker. (\u00a9 Morteza Akhoondi/Mehr News Agency "
                              "/AP Images)\n\nU.S. officials spoke.")
    assert ms["Morteza Akhoondi"].type == "person"
    assert ms["Mehr News Agency"].type == "media" and ms["AP Images"].type == "media"


def test_a_service_before_a_rank_and_a_bare_direction_are_no_actors(tmp_path):
    _, ms = extract(tmp_path, "Marine Corps Gen. Joe Dunford met the Iraqi Police chief. In South and Southeast "
                              "Asia, ISIS affiliates attacked.")
    assert "Marine Corps" not in ms and "South" not in ms
    assert ms["Iraqi Police"].type == "organization"


def test_people_cued_by_an_occupation_or_an_outlet_and_attribution_lines(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "week.md"
    path.write_text("# This Week in Iran Policy\n\n\u201cWe are ready.\u201d\n\n\u2013 Secretary of State Mike Pompeo, "
                    "with Kevin Cirilli of Bloomberg, July 25\n\nThe massacre was documented by Adigrat University "
                    "lecturer Getu Mak in his report.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Kevin Cirilli") == "person" and types.get("Getu Mak") == "person"
    assert types.get("Bloomberg") == "media"


def test_a_regimes_holder_is_a_person_and_its_regime_one_body(tmp_path):
    from foothold.extract.pipeline import run
    path = tmp_path / "release.txt"
    path.write_text("Officials are complicit in Maduro's attempts to undermine democracy. The Maduro regime "
                    "persists. They should break from Maduro's dictatorial regime.\n", encoding="utf-8")
    actors = run(read_document(path)).actors
    types = {a.name: a.type for a in actors}
    assert types.get("Maduro") == "person"
    regimes = [a for a in actors if "regime" in a.name]
    assert len(regimes) == 1 and regimes[0].type == "organization"


def test_phoenix_dictionaries_type_names_the_ner_mistypes(tmp_path):
    """Stock NER tags 'Boko Haram' and 'Jabhat al-Nusra' PERSON; the Phoenix lists make them groups,
    but a person filed under a body there ('Masoud Barzani' under the KRG) stays a person."""
    _, ms = extract(tmp_path, "On Monday, Boko Haram said the talks would resume. "
                              "On Tuesday, Jabhat al-Nusra said the talks would resume. "
                              "On Wednesday, Masoud Barzani said the talks would resume.")
    assert ms["Boko Haram"].type == "organization" and ms["Boko Haram"].label.startswith("phoenix:")
    assert ms["Jabhat al-Nusra"].type == "organization"
    assert ms["Masoud Barzani"].type == "person"


def test_a_plural_generic_agent_opening_a_sentence_is_no_actor(tmp_path):
    """Phoenix's generic agents: 'Rebels' capitalised by position is an unnamed group; 'Marine Corps' a body."""
    _, ms = extract(tmp_path, "Rebels in Congo kidnapped three aid workers.\n\n"
                              "Gunmen attacked a checkpoint in Mali.\n\n"
                              "The 1983 bombing of the Marine Corps barracks killed 241 Americans.")
    assert "Rebels" not in ms and "Gunmen" not in ms
    assert "Mali" in ms


def test_two_word_and_historical_demonyms_name_their_country(tmp_path):
    """'Sri Lankan', 'North Korean' are one demonym each; states that no longer exist keep theirs ('Yugoslav')."""
    _, ms = extract(tmp_path, "Sri Lankan troops and North Korean envoys met Yugoslav and Soviet officials.")
    labels = {m.label for m in ms.values()}
    assert {"demonym:sri_lanka", "demonym:north_korea", "demonym:yugoslavia", "demonym:soviet_union"} <= labels
    assert ms["North Korean"].label == "demonym:north_korea"
    assert not {"Lankan", "Korean", "Sri"} & set(ms)


def test_a_name_defined_by_its_acronym_is_one_actor_and_a_rebel_group_names_no_state(tmp_path):
    """'The Sudan People's Liberation Army (SPLA)': one name, not 'Sudan' + 'Liberation Army'; a group
    the Phoenix lists code as rebels ('Palestine Liberation Organization', PSE REB) is no mention of
    the country its name opens with, a state's body ('U.S. Central Command') is."""
    _, ms = extract(tmp_path, "The Sudan People's Liberation Army (SPLA) captured Torit. The Palestine Liberation "
                              "Organization (PLO) welcomed it. U.S. Central Command said so.")
    assert ms["Sudan People's Liberation Army"].type == "organization"
    assert "Sudan" not in ms and "Liberation Army" not in ms
    assert "Palestine" not in ms and ms["Palestine Liberation Organization"].type == "organization"
    assert ms["U.S."].type == "country"


def test_a_demonym_after_of_inside_a_name_names_no_country(tmp_path):
    """'Organization of American States': no mention of the United States; 'Lebanese Hezbollah' still names Lebanon."""
    _, ms = extract(tmp_path, "The Organization of American States condemned the coup. Lebanese Hezbollah agreed.")
    assert not any(m.label == "demonym:united_states" for m in ms.values())
    assert any(m.label == "demonym:lebanon" for m in ms.values())


def test_a_name_before_a_group_noun_is_a_group(tmp_path):
    """'the Abu Sayyaf group' (Phoenix lists the name as a group's own), 'Mozambique's RENAMO movement' (untagged),
    'Tamil Tiger rebels': organisations; 'ZANU-PF party', 'Jinotega province' tagged whole are named without the noun."""
    from foothold.extract.pipeline import run
    path = tmp_path / "wire.txt"
    path.write_text("Officials said the Abu Sayyaf group still held 20 hostages on Basilan island.\n\n"
                    "Mozambique's RENAMO movement accused FRELIMO of rigging the vote.\n\n"
                    "Troops killed 14 Tamil Tiger rebels near Jaffna.\n\n"
                    "Zimbabwe's ruling ZANU-PF party accused the opposition.\n\n"
                    "Rebels attacked a post in Jinotega province.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Abu Sayyaf") == "organization" and types.get("Basilan") == "place"
    assert types.get("RENAMO") == "organization" and types.get("Tamil Tiger") == "organization"
    assert types.get("ZANU-PF") == "organization" and types.get("Jinotega") == "place"
    assert "Tiger" not in types and "ZANU-PF party" not in types


def test_a_name_before_a_fighting_noun_is_a_group_not_a_person_or_place(tmp_path):
    """'Hutu militiamen' (the NER says a person), 'Tuareg rebels' (the NER says a place): the lexicon's
    name_group_nouns make them groups; a city's fighters stay the city's ('Kandahar gunmen')."""
    from foothold.extract.pipeline import run
    path = tmp_path / "wire.txt"
    path.write_text("Officials said Hutu militiamen killed dozens of villagers near Goma on Monday.\n\n"
                    "Tuareg rebels captured the town of Kidal on Sunday.\n\n"
                    "Police said Kandahar gunmen shot two guards.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Hutu") == "organization" and types.get("Tuareg") == "organization", types
    assert types.get("Kandahar") != "organization", types


def test_a_one_sentence_document_in_capitalised_words_is_no_heading(tmp_path):
    """A wire sentence alone in its file is read as the title; ending as a sentence does, its names stay
    ('Bonn' after a run of titled names); 'Premier' and 'Chancellor' are titles, not part of the name."""
    from foothold.extract.pipeline import run
    path = tmp_path / "wire.txt"
    path.write_text("Chancellor Helmut Kohl received Chinese Premier Li Peng in Bonn.\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("Bonn") == "place"
    assert types.get("Helmut Kohl") == "person" and types.get("Li Peng") == "person"


def test_names_joined_by_a_transliterated_particle_are_one_name(tmp_path):
    """'Jaish-e-Mohammed', 'Tehrik-i-Taliban Pakistan' (a country closing the name) are groups, not pieces;
    'Mazar-e-Sharif' is a city; 'Jaish-e-Mohammed in Kashmir' does not take the place into the name."""
    _, ms = extract(tmp_path, "Jaish-e-Mohammed claimed it. Tehrik-i-Taliban Pakistan fighters attacked Mazar-e-Sharif. "
                              "Officials said Jaish-e-Mohammed in Kashmir was weak.")
    assert ms["Jaish-e-Mohammed"].type == "organization"
    assert ms["Tehrik-i-Taliban Pakistan fighters"].type == "organization"   # the group phrase it heads
    assert ms["Mazar-e-Sharif"].type == "place"
    assert not {"Tehrik", "Taliban", "Jaish"} & set(ms)


def test_airfields_barracks_and_deltas_are_places(tmp_path):
    _, ms = extract(tmp_path, "Strikes hit the Tiyas Military Airfield. Shell halted production in the Niger Delta.")
    assert ms["Tiyas Military Airfield"].type == "place"
    assert ms["Niger Delta"].type == "place" and "Niger" not in ms


def test_a_quoted_nickname_inside_a_name_keeps_the_person_whole(tmp_path):
    _, ms = extract(tmp_path, "The officer will follow Brig. Gen. Richard 'Tex' Coe, the commander.")
    assert any(m.text.endswith("Richard 'Tex' Coe") and m.type == "person" for m in ms.values())
    assert "Richard" not in ms and "Coe" not in ms


def test_a_romance_particle_joins_a_body_to_its_country(tmp_path):
    _, ms = extract(tmp_path, "Petroleos de Venezuela (PDVSA) suspended shipments to Cuba.")
    assert ms["Petroleos de Venezuela"].type == "organization" and "Petroleos de" not in ms


def test_government_alone_names_no_body(tmp_path):
    """'the Government' unnamed is no actor (news-dev: bodies only when named); 'the Government of Iraq' still is."""
    _, ms = extract(tmp_path, "The Minister said the Government would not negotiate with the Government of Iraq.")
    assert "Government" not in ms


def test_declared_nicknames_hyphenated_titles_and_short_last_name_parts(tmp_path):
    """'X, known as Y': Y is X's alias even where the NER guessed a place; 'Secretary-General' is one title
    (no alias 'General Hassan Nasrallah'); 'Kyaw Min Oo' keeps the short last part the NER left out."""
    from foothold.extract.pipeline import run
    path = tmp_path / "release.txt"
    path.write_text("The commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would fight on.\n\n"
                    "Hezbollah Secretary-General Hassan Nasrallah said the group would respond.\n\n"
                    "The company and its director Kyaw Min Oo imported parts.\n", encoding="utf-8")
    actors = {a.name: a for a in run(read_document(path)).actors}
    dagalo = actors["Mohamed Hamdan Dagalo"]
    assert dagalo.type == "person" and "Hemedti" in dagalo.aliases and "Hemedti" not in actors
    assert "General Hassan Nasrallah" not in actors["Hassan Nasrallah"].aliases
    assert "Kyaw Min Oo" in actors and "Kyaw Min" not in actors


def test_a_company_led_by_a_demonym_and_two_places_joined_by_an_en_dash(tmp_path):
    """'Saudi Aramco' tagged NORP is a company (and 'Saudi' still names the country); 'the Abqaiq\u2013Khurais
    attack' names two places, not an organisation; 'Turkish Cypriot', 'Afghan Taliban' make no company."""
    _, ms = extract(tmp_path, "The 2019 Abqaiq\u2013Khurais attack hit the Saudi Aramco oil processing facilities. "
                              "Turkish Cypriot leaders met Afghan Taliban officials.")
    assert ms["Saudi Aramco"].type == "organization"
    assert ms["Abqaiq"].type == "place" and ms["Khurais"].type == "place"
    assert "Abqaiq\u2013Khurais" not in ms and "Turkish Cypriot" not in ms and "Afghan Taliban" not in ms


def test_a_name_after_town_of_is_a_place_whatever_the_ner_says(tmp_path):
    _, ms = extract(tmp_path, "Soldiers killed dozens in the Malian town of Moura.")
    assert any(m.text.endswith("Moura") and m.type == "place" for m in ms.values())


def test_a_name_the_ner_ran_into_its_acronyms_parenthesis_stops_before_it(tmp_path):
    _, ms = extract(tmp_path, "Police detained members of the National League for Democracy (NLD) party on Monday.")
    assert not any("(" in text for text in ms), list(ms)
    assert ms["National League for Democracy"].type == "organization"
    assert ms["NLD"].type == "organization"           # the acronym stays a name, defined by the one before


def test_a_counsellors_title_is_no_part_of_the_name(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("Soldiers detained members of the party, including State Counsellor Aung San Suu Kyi "
                    "and President Win Myint.\n", encoding="utf-8")
    names = {a.name: a.type for a in run(read_document(path)).actors}
    assert names.get("Aung San Suu Kyi") == "person", names


def test_a_city_in_another_spelling_than_the_gazetteers_is_a_place(tmp_path):
    _, ms = extract(tmp_path, "Ankara is likely to keep a military presence at al-Watiya and Misrata.")
    assert ms["Misrata"].type == "place"


def test_a_name_before_a_compound_place_noun_is_a_place(tmp_path):
    _, ms = extract(tmp_path, "Russia sent fourteen fighter jets to al-Jufra air base.")
    assert ms["al-Jufra"].type == "place"


def test_an_acronym_before_a_group_noun_is_the_group(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("On May 18, GNA forces, supported by Turkish drones, captured al-Watiya air base.", encoding="utf-8")
    actors = {a.name: a.type for a in run(read_document(path)).actors}
    assert "GNA forces" not in actors and actors["GNA"] == "organization"   # the mention keeps "forces" (re3d extent)


def test_an_unlisted_acronym_used_as_a_groups_name_is_an_organisation(tmp_path):
    _, ms = extract(tmp_path, "At the talks, the ELN's chief negotiator signed the accord and FDLR fighters "
                              "withdrew as the M23 advanced. The GDP fell and the CEO resigned.")
    assert ms["ELN"].label == ms["M23"].label == "rule:used_acronym" and ms["M23"].type == "organization"
    assert "GDP" not in ms and "CEO" not in ms                 # common abbreviations name no actor


def test_an_acronym_of_a_translated_name_is_defined_by_the_name_before_it(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("A ceasefire between Colombia and the National Liberation Army (ELN) took effect. "
                    "The ELN's commander welcomed it.", encoding="utf-8")
    actors = run(read_document(path)).actors
    eln = next(a for a in actors if a.name == "National Liberation Army")
    assert {m.text for m in eln.mentions} == {"National Liberation Army", "ELN"} and len(eln.mentions) == 3


def test_clans_cartels_and_gangs_are_organisations(tmp_path):
    _, ms = extract(tmp_path, "Violence between the ELN and the Gulf Clan is likely to persist.")
    assert ms["Gulf Clan"].type == "organization"


def test_a_name_in_apposition_to_a_body_noun_is_a_body(tmp_path):
    _, ms = extract(tmp_path, "The coup began when the Tatmadaw, the military of Myanmar, detained party members.")
    assert ms["Tatmadaw"].type == "organization"


def test_a_name_in_apposition_to_a_person_noun_is_a_person(tmp_path):
    _, ms = extract(tmp_path, "Russia kept its presence after the death of Yevgeny Prigozhin, the founder of the "
                              "Wagner Group. Captain Ibrahim Traore received Yunus-Bek Yevkurov, Russia's deputy "
                              "defence minister, in Ouagadougou.")
    assert ms["Yevgeny Prigozhin"].type == "person" and ms["Yunus-Bek Yevkurov"].type == "person"


def test_an_acronym_may_take_the_initial_of_a_joiner(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("The African Union Transition Mission in Somalia (ATMIS) supported the operations. "
                    "ATMIS troops later left.\n", encoding="utf-8")
    actors = {a.name: (a.type, a.aliases) for a in run(read_document(path)).actors}
    assert "African Union" not in actors, actors
    assert actors["African Union Transition Mission in Somalia"][0] == "organization", actors


def test_a_date_that_opens_a_groups_name_is_the_name(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("The March 23 Movement (M23) seized Bunagana in June 2022. The March 14 Alliance won.",
                    encoding="utf-8")
    x = run(read_document(path))
    m23 = next(a for a in x.actors if a.name == "March 23 Movement")
    assert {m.text for m in m23.mentions} == {"March 23 Movement", "M23"}
    assert any(a.name == "March 14 Alliance" and a.type == "organization" for a in x.actors)
    assert all(e.date is None or e.date.iso == "2022-06" for e in x.events)   # no date read from the name


def test_a_sentence_opening_word_modifying_a_unit_noun_is_no_name(tmp_path):
    _, ms = extract(tmp_path, "Riot police fired tear gas in Tehran. Army troops entered Kidal. The Army said nothing.")
    assert "Riot" not in ms and "Army troops" not in ms
    assert ms["Army"].start > 40                               # "The Army said": a body named, kept


def test_an_arabic_style_name_before_a_group_noun_is_a_group(tmp_path):
    _, ms = extract(tmp_path, "The Abu Sayyaf group kidnapped tourists. Abu Fadak visited Tehran.")
    assert ms["Abu Sayyaf"].type == "organization" and ms["Abu Fadak"].type == "person"


def test_a_name_opened_by_a_possessed_word_is_whole(tmp_path):
    _, ms = extract(tmp_path, "The Lord's Resistance Army abducted children in Uganda. Iran's Revolutionary Guards "
                              "Corps fired missiles.")
    assert ms["Lord's Resistance Army"].type == "organization" and "Resistance Army" not in ms
    assert "Iran's Revolutionary Guards Corps" not in ms        # a named possessor stays its own actor


def test_an_organisation_cut_before_its_of_phrase_is_whole(tmp_path):
    _, ms = extract(tmp_path, "The Lord's Resistance Army abducted children in Uganda.\n\nThe Liberation Tigers of "
                              "Tamil Eelam fought the Sri Lankan army.\n")
    assert ms["Liberation Tigers of Tamil Eelam"].type == "organization"


def test_names_listed_with_a_place_noun_or_apposed_to_one_are_places(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "report.txt"
    path.write_text("Militias pulled out of the Tovuz, Gadabay and Shamkir districts on Monday. The army later "
                    "retook the villages of Ardaly and Kesteli. Zernograd, the capital of the breakaway region, "
                    "was shelled overnight, and a convoy leaving the Sabunchu hotel was ambushed. "
                    "Marta Kovac, the mayor of the town, said Ilyas Kashmiri's group had fired the shells.\n",
                    encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    for place in ("Gadabay", "Shamkir", "Kesteli", "Zernograd", "Sabunchu"):
        assert types.get(place) == "place", (place, types)
    assert types.get("Marta Kovac") == "person"
    assert types.get("Ilyas Kashmiri") == "person"     # "X's group" is the person's group, not a group's name


def test_names_with_non_actor_labels_after_a_locative_are_places_and_a_community_is_a_body(tmp_path):
    _, ms = extract(tmp_path, "The United States carried out an airstrike near Buulobarde on Friday. In March, "
                              "Uganda sent troops to Bunia under the East African Community regional force, "
                              "and convoys used the Wakhan corridor.")
    assert ms["Buulobarde"].type == "place"
    assert any(t.startswith("East African Community") and m.type == "organization" for t, m in ms.items())
    assert ms["Wakhan corridor"].type == "place"        # a corridor is named whole, like a district


def test_outlets_before_a_media_noun_groups_before_a_group_noun_and_particle_acronyms(tmp_path):
    _, ms = extract(tmp_path, "The rebels announced the capture through their Wafa news agency. Gunmen from the "
                              "Ti Makak gang burned the market, and the Tagab Observatory for Civil Rights counted "
                              "the dead. Ansar Nusrat al-Din wal-Jihad (ANDJ) denied any role, and Lakeside "
                              "Independence Day passed quietly.")
    assert ms["Wafa"].type == "media"
    assert ms["Ti Makak"].type == "organization"
    assert ms["Tagab Observatory for Civil Rights"].type == "organization"
    assert "Ansar Nusrat al-Din wal-Jihad" in ms             # "wal-Jihad" lends its J to the acronym
    assert not any("Day" in t for t in ms)                   # a day is no actor


def test_objects_of_leaving_cities_of_two_words_and_titled_names(tmp_path):
    _, ms = extract(tmp_path, "Monitors said the militia had left Bartella. Gunmen abducted nine teachers from "
                              "Dapchi on Monday. Jets later struck Khan Younis, and Sheikh Mubarak's envoy "
                              "protested.")
    assert ms["Bartella"].type == "place"
    assert ms["Dapchi"].type == "place"
    assert ms["Khan Younis"].type == "place"
    assert any(m.type == "person" for t, m in ms.items() if "Mubarak" in t)


def test_a_place_nouns_of_phrase_is_rule_evidence_that_outvotes_a_bare_ner_guess(tmp_path):
    _, ms = extract(tmp_path, "The abduction of 110 students from a school in the town of Konduga, in Yobe State, "
                              "took place in February 2018.")
    town = next(m for t, m in ms.items() if t.endswith("Konduga"))
    assert town.type == "place" and town.label.startswith("rule:")   # the resolver's vote weighs rules over NER


def test_titled_untagged_names_reporting_outlets_and_seized_towns(tmp_path):
    _, ms = extract(tmp_path, "Field Marshal Khalifa Haftar's forces advanced overnight. Ivorian rebels of the "
                              "New Forces seized Bouake. The rebels met in Korhogo, El Pueblo reported.")
    assert any(m.type == "person" and t.endswith("Khalifa Haftar") for t, m in ms.items())
    assert ms["Bouake"].type == "place"
    assert ms["El Pueblo"].type == "media"


def test_split_names_rejoined_and_particle_places_named_whole(tmp_path):
    _, ms = extract(tmp_path, "Somali President Hassan Sheikh Mohamud flew to Rostov-on-Don. The Gulf Clan denied "
                              "entering Turbo, and the rebels seized Rubaya, a mining town in North Kivu.")
    assert any(t.endswith("Hassan Sheikh Mohamud") and m.type == "person" for t, m in ms.items())
    assert ms["Rostov-on-Don"].type == "place"
    assert ms["Gulf Clan"].type == "organization"
    assert ms["Rubaya"].type == "place"


def test_the_name_before_a_conflict_noun_is_the_place_fought_over(tmp_path):
    _, ms = extract(tmp_path, "The Tigray war began in November 2020. Veterans of the Cenepa war met in Quito.")
    assert ms["Tigray"].type == "place"
    assert ms["Cenepa"].type == "place"
    assert not any(t.endswith("war") for t in ms)


def test_an_org_tagged_name_apposed_to_a_capital_is_a_place_and_interviewers_are_outlets(tmp_path):
    _, ms = extract(tmp_path, "Paramilitaries besieged El Fasher, the capital of North Darfur. The president "
                              "denied the charge in an interview with Jeune Afrique.")
    assert ms["El Fasher"].type == "place"
    assert ms["Jeune Afrique"].type == "media"


def test_a_nickname_after_a_described_apposition_is_the_persons_alias(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "report.txt"
    path.write_text("The gang is led by Johnson Andre, a former mechanic known as Izo, who denies the charges.\n",
                    encoding="utf-8")
    actors = run(read_document(path)).actors
    people = [a for a in actors if a.name == "Johnson Andre"]
    assert people and people[0].type == "person" and "Izo" in people[0].aliases
    assert not any(a.name == "Izo" for a in actors)


def test_examples_a_plural_place_noun_gives_are_places(tmp_path):
    _, ms = extract(tmp_path, "Violence is likely to persist in regions such as Arauca and Choco, and in towns "
                              "including Tame.")
    assert ms["Arauca"].type == "place" and ms["Tame"].type == "place"


def test_a_places_dwellers_officers_and_parts_name_it(tmp_path):
    _, ms = extract(tmp_path, "Residents of Mansourah said the shelling continued. Later, Zawiya residents "
                              "marched throughout Gharyan.")
    assert ms["Mansourah"].type == "place"
    assert ms["Gharyan"].type == "place"


def _actors(tmp_path, text: str):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "statement.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path)).actors


def test_an_unheld_office_issuing_a_statement_is_a_person_of_its_own(tmp_path):
    actors = _actors(tmp_path, "The High Representative calls on both parties to resume talks. "
                               "The High Representative also thanks Norway for its mediation.")
    offices = [a for a in actors if a.name == "High Representative"]
    assert len(offices) == 1 and offices[0].type == "person" and len(offices[0].mentions) == 2
    # a bare rank names no one in particular, and an office that is not the subject issues nothing
    assert not any(a.type == "person" for a in _actors(tmp_path, "The Minister said the talks would resume."))
    assert not any(a.type == "person" for a in _actors(tmp_path, "The assembly will elect a Director-General soon."))


def test_an_office_issuing_a_statement_is_its_holder_named_before(tmp_path):
    actors = _actors(tmp_path, "The Special Coordinator for the peace process, Lena Marsh, visited the camps. "
                               "The Special Coordinator condemns the shelling of the market.")
    holder = next(a for a in actors if a.name == "Lena Marsh")
    assert any(m.text == "Special Coordinator" for m in holder.mentions)
    assert not any(a.name == "Special Coordinator" for a in actors)
    actors = _actors(tmp_path, "Secretary-General Ana Ruiz arrived in Lima. The Secretary-General urged calm.")
    holder = next(a for a in actors if a.name == "Ana Ruiz")
    assert any(m.text == "Secretary-General" for m in holder.mentions)


def test_a_body_whose_head_opens_its_name_is_typed_by_it(tmp_path):
    actors = {a.name: a for a in _actors(tmp_path, "The Ministry of Justice rejects the claims. The Ministry of "
                                                   "Health reported new cases in the Gulf of Aden region.")}
    assert actors["Ministry of Justice"].type == "organization"
    assert actors["Ministry of Health"].type == "organization"


def test_a_states_formal_name_is_the_country(tmp_path):
    actors = _actors(tmp_path, "The Slovak Republic and the Islamic Republic of Iran signed a trade accord, and the "
                               "Kingdom of Morocco welcomed it. The Dominican Republic abstained.")
    by_id = {a.dictionary_id: a for a in actors}
    # the state is named and keyed by its dictionary name, whatever style the text uses (one id in every document)
    assert by_id["slovakia"].type == "country" and by_id["slovakia"].name == "Slovakia"
    assert "Slovak Republic" in by_id["slovakia"].aliases
    assert by_id["iran"].type == "country" and by_id["iran"].name == "Iran" and by_id["iran"].id == "iran"
    assert by_id["morocco"].type == "country" and by_id["morocco"].name == "Morocco"
    assert by_id["dominican_republic"].type == "country"
    assert not any(a.type == "place" for a in actors)


def test_a_national_society_and_a_located_group_name_are_named_whole(tmp_path):
    names = {a.name: a for a in _actors(tmp_path, "The Nigerian Red Cross treated the wounded. The Front for Renewal "
                                                  "in Eastern Chad said its camp was shelled.")}
    assert names["Nigerian Red Cross"].type == "organization"
    assert "Front for Renewal in Eastern Chad" in names
    # a group acting in a city, or a body meeting in a month, keeps its own name
    names = {a.name for a in _actors(tmp_path, "Hamas in Gaza fired rockets. The National Assembly in Caracas voted. "
                                               "The European Council in June backed the plan.")}
    assert {"Hamas", "National Assembly", "European Council"} <= names


def test_a_name_cut_at_its_middle_initial_is_one_person_with_its_suffix(tmp_path):
    actors = _actors(tmp_path, "President Joseph R. Biden, Jr. spoke with Prime Minister Ana Ruiz. Biden thanked her.")
    biden = [a for a in actors if "Biden" in a.name]
    assert len(biden) == 1 and biden[0].name == "Joseph R. Biden"
    assert any("Jr." in m.text for m in biden[0].mentions)
    assert not any(a.name == "Joseph R" for a in actors)


def test_an_office_before_a_name_holds_the_later_bare_office(tmp_path):
    actors = _actors(tmp_path, "High Commissioner Rosa Lind visited the camp. The High Commissioner deplored the "
                               "killings. The Union for Change in West Africa denied it.")
    holder = next(a for a in actors if "Rosa Lind" in a.name)
    assert any(m.text == "High Commissioner" for m in holder.mentions)
    assert not any(a.name == "High Commissioner" for a in actors)
    assert any(a.name == "Union for Change in West Africa" for a in actors)


def test_another_family_member_a_sentence_initial_subject_and_an_apposed_acronym(tmp_path):
    actors = {a.name: a for a in _actors(tmp_path, "Hafez al-Assad ruled for three decades. Bashar al-Assad "
                                                   "succeeded him.")}
    assert actors["Hafez al-Assad"].dictionary_id is None and actors["Bashar al-Assad"].type == "person"
    actors = {a.name: a for a in _actors(tmp_path, "Tarek Halabi said the talks had failed.")}
    assert actors["Tarek Halabi"].type == "person"
    actors = {a.name: a for a in _actors(tmp_path, "The largest alliance, K7, is led by Omar Dibe.")}
    assert actors["K7"].type == "organization"


def test_a_name_headed_before_its_of_phrase_and_defined_by_a_foreign_acronym_is_whole(tmp_path):
    actors = {a.name: a for a in _actors(tmp_path, "A column of the Revolutionary Armed Front of Ruritania (MRL) "
                                                   "attacked a convoy. Germany's Federal Intelligence Service (BND) "
                                                   "said so.")}
    assert actors["Revolutionary Armed Front of Ruritania"].type == "organization"
    assert "MRL" in actors["Revolutionary Armed Front of Ruritania"].aliases
    assert "Germany" in actors


def test_a_city_that_is_a_given_name_yields_to_the_persons_name(tmp_path):
    actors = {a.name: a for a in _actors(tmp_path, "Police detained the activist Maria Kolesnikova and her aide "
                                                   "Sofia Belova in Minsk. Diplomats met at the Brussels Conference.")}
    assert "Sofia Belova" in actors                  # typed by the NER
    assert "Sofia" not in actors and "Bulgaria" not in actors
    assert actors["Brussels"].type == "place"


def test_an_office_the_ner_tags_as_a_body_is_no_organisation(tmp_path):
    actors = _actors(tmp_path, "The Special Coordinator welcomed the agreement reached in Cairo.")
    assert [a.type for a in actors if a.name == "Special Coordinator"] == ["person"]


def test_a_group_name_going_on_with_an_of_phrase_the_ner_tagged_a_person_is_whole(tmp_path):
    actors = {a.name: a for a in _actors(tmp_path, "Troops killed Aran Velu, the founder of the Free Panthers of "
                                                   "Kerran Vale, in May. The Panthers denied it.")}
    group = actors.get("Free Panthers of Kerran Vale")
    assert group is not None and group.type == "organization"
    assert "Kerran Vale" not in actors and "Panthers" not in actors


def test_a_signature_line_keeps_the_signers_name(tmp_path):
    actors = _actors(tmp_path, "The talks will resume on Monday in Geneva.\n\nHelen Carter, Spokesperson for the "
                               "Special Envoy")
    assert any(a.name == "Helen Carter" and a.type == "person" for a in actors)


def test_a_known_group_at_a_town_is_no_longer_name_but_one_in_a_region_is(tmp_path):
    names = {a.name: a.type for a in _actors(tmp_path, "Turkey attacked the Syrian Democratic Forces in Manbij.")}
    assert names.get("Syrian Democratic Forces") == "organization" and names.get("Manbij") == "place"
    names = {a.name: a.type for a in _actors(tmp_path, "The Islamic State in the Greater Sahara ambushed a patrol.")}
    assert names.get("Islamic State in the Greater Sahara") == "organization"


@pytest.mark.parametrize("text,name", [
    ("Ukrainian forces struck the Saky airfield in Crimea.", "Saky"),                      # tagged ORG
    ("The army regained the Jaili refinery north of Khartoum.", "Jaili"),                 # tagged NORP
    ("The guards handed the al-Hol camp guard posts to the police.", "al-Hol"),           # tagged PERSON
])
def test_a_name_before_a_place_noun_after_the_is_a_place_whatever_the_parse(tmp_path, text, name):
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get(name) == "place"


def test_a_group_named_with_its_network_or_movement_keeps_both_forms(tmp_path):
    actors = [a for a in _actors(tmp_path, "Militants of the Haqqani network claimed the attack. Haqqani fighters fled.")
              if a.type == "organization"]
    assert len(actors) == 1 and {"Haqqani", "Haqqani network"} <= set(actors[0].surface_forms())
    forces = [a for a in _actors(tmp_path, "Iraqi forces entered the town.") if a.type == "country"]
    assert forces and "Iraqi forces" not in forces[0].surface_forms()     # a group phrase is still no name


@pytest.mark.parametrize("text", ["The Islamic Resistance in Iraq said it launched a drone.",     # NER: "... in" + Iraq
                                  "Attacks by the Islamic Resistance in Iraq rose in January."])  # NER: "... Resistance"
def test_a_resistance_named_for_its_country_is_one_group(tmp_path, text):
    names = {a.name: a.type for a in _actors(tmp_path, text)}
    assert names.get("Islamic Resistance in Iraq") == "organization" and "Iraq" not in names


def test_a_service_named_after_its_parent_is_one_body_unless_a_rank_follows(tmp_path):
    names = {a.name: a.type for a in _actors(tmp_path, "The IRGC Navy seized a tanker in the Gulf.")}
    assert names.get("IRGC Navy") == "organization"
    names = {a.name for a in _actors(tmp_path, "Iraq Army Gen. Abdul Amir Yarallah visited the front.")}
    assert "Abdul Amir Yarallah" in names and not any(n.endswith("Army") for n in names)


@pytest.mark.parametrize("text,name", [("MONUSCO peacekeepers evacuated civilians from Sake.", "MONUSCO"),
                                       ("Gunmen ambushed UNAMID patrols near Kutum.", "UNAMID")])
def test_a_mission_acronym_of_seven_letters_before_its_people_is_a_body(tmp_path, text, name):
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get(name) == "organization"


@pytest.mark.parametrize("later", ["The U.N. said the camps were full.", "The United Nations said the camps were full."])
def test_a_body_in_a_title_keeps_its_tie_when_named_again_on_its_own(tmp_path, later):
    path = tmp_path / "wire.txt"
    path.write_text("U.N. Secretary-General Ban Ki-moon urged access to the camps. " + later + "\n", encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: a.name for a in ex.actors}
    assert [(names[r.subject], r.predicate) for r in ex.relations if names[r.object] in ("U.N.", "United Nations")] \
        == [("Ban Ki-moon", "leads")]


@pytest.mark.parametrize("text,holder,body", [
    ("The Secretary-General of the United Nations, António Guterres, is following the events.", "António Guterres",
     "United Nations"),
    ("The Secretary-General of NATO, Jens Stoltenberg, spoke in Vilnius.", "Jens Stoltenberg", "NATO")])
def test_a_hyphenated_title_is_one_title_and_ties_its_apposed_holder(tmp_path, text, holder, body):
    path = tmp_path / "statement.txt"
    path.write_text(text + "\n", encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: a.name for a in ex.actors}
    assert "General of the United Nations" not in {m.text for a in ex.actors for m in a.mentions}
    assert (holder, "leads", body) in {(names[r.subject], r.predicate, names[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text,name", [
    ("The President of the European Commission, Ursula von der Leyen, spoke in Kyiv.", "Ursula von der Leyen"),
    ("Dutch minister Hanke Bruins Slot and Frans van der Velde met in The Hague.", "Frans van der Velde")])
def test_a_name_with_lower_case_particles_is_one_person(tmp_path, text, name):
    actors = {a.name: a.type for a in _actors(tmp_path, text)}
    assert actors.get(name) == "person" and "Leyen" not in actors and "Velde" not in actors


def test_a_body_named_for_a_state_by_its_formal_name_keeps_its_whole_name(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("The delegation was headed by Aibek Soltonov, Chairman of the State Committee for National Security "
                    "of the Kyrgyz Republic.\n", encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: (a.name, a.type) for a in ex.actors}
    body = "State Committee for National Security of the Kyrgyz Republic"
    assert (body, "organization") in names.values() and ("Kyrgyzstan", "country") in names.values()
    assert ("Aibek Soltonov", "leads", body) in {(names[r.subject][0], r.predicate, names[r.object][0])
                                                 for r in ex.relations}


@pytest.mark.parametrize("text,name", [("OFAC also designated a television channel in Banja Luka.", "Banja Luka"),
                                       ("The British defeated the Argentine garrison at Goose Green.", "Goose Green")])
def test_a_two_word_name_the_ner_tags_org_after_a_locative_is_a_place(tmp_path, text, name):
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get(name) == "place"


def test_a_body_after_a_locative_stays_a_body(tmp_path):
    actors = {a.name: a.type for a in _actors(tmp_path, "He served in the Revolutionary Guard Corps until 2019.")}
    assert actors.get("Revolutionary Guard Corps") == "organization"


@pytest.mark.parametrize("text,name,gone", [("Fighting raged in the Western Balkans.", "Western Balkans", "Balkans"),
                                            ("Chinese warships entered the Gulf of Thailand.", "Gulf of Thailand", "Thailand")])
def test_a_region_named_with_its_direction_or_a_water_of_a_country_is_one_place(tmp_path, text, name, gone):
    actors = {a.name: a.type for a in _actors(tmp_path, text)}
    assert actors.get(name) == "place" and gone not in actors


def test_a_direction_before_a_country_is_still_only_a_part_of_it(tmp_path):
    assert {a.name for a in _actors(tmp_path, "Troops moved into northern Iraq on Monday.")} >= {"Iraq"}


def test_a_dictionary_name_written_all_in_lower_case_is_no_name(tmp_path):
    """'The Valley' (Anguilla's capital) is not 'the valley of the Ene river'; a body in lower case is unnamed."""
    assert not {a.name for a in _actors(tmp_path, "Troops entered the valley of the Apurimac river on Monday.")} \
        & {"Valley", "valley", "Anguilla"}


def test_a_known_body_written_only_in_lower_case_is_unnamed_unless_an_office_is_held_in_it(tmp_path):
    """News-dev: lower-case bodies are not actors; their acts and officials belong to the country."""
    actors = {a.name: a.type for a in _actors(tmp_path, "Iran's foreign ministry spokesman, Bahram Ghasemi, welcomed it.")}
    assert "Iran's foreign ministry" not in actors and actors.get("Iran") == "country"
    path = tmp_path / "brief.txt"
    path.write_text("In June the governor of the Iranian central bank, Abdolnaser Hemmati, visited Baghdad.\n",
                    encoding="utf-8")
    assert any(a.type == "organization" and "central bank" in a.name.lower() for a in run(read_document(path)).actors)


def test_a_state_body_cited_as_a_notes_source_is_a_body_and_an_agency_media(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("The commander warned Congress (AFRICOM, March 6, 2018). Iran welcomed it (IRNA, October 3, 2018). "
                    "Militias fired (Reuters, May 3, 2020).\n", encoding="utf-8")
    types = {a.name: a.type for a in run(read_document(path)).actors}
    assert types.get("AFRICOM") == "organization" and types.get("IRNA") == "media" and types.get("Reuters") == "media"


@pytest.mark.parametrize("text,person,state", [
    ("UN human rights chief Volker Turk called for an inquiry.", "Volker Turk", "Turkey"),
    ("Israeli Defence Minister Israel Katz visited the border.", "Israel Katz", None),
    ("The senator met Chad Green, a US congressman, in Warsaw.", "Chad Green", "Chad")])
def test_a_states_name_inside_a_persons_name_is_no_mention_of_the_state(tmp_path, text, person, state):
    actors = {a.name: a.type for a in _actors(tmp_path, text)}
    assert actors.get(person) == "person" and (state is None or state not in actors)


def test_a_state_that_is_also_a_given_name_stays_a_state_before_its_bodies(tmp_path):
    assert {a.name for a in _actors(tmp_path, "Israel Defense Forces struck Gaza. Jordan said it would reopen the border.")} \
        >= {"Israel", "Jordan", "Israel Defense Forces"}


def test_a_son_of_name_filed_as_a_groups_entry_is_a_person(tmp_path):
    assert {a.name: a.type for a in _actors(tmp_path, "Osama bin Laden was killed in Abbottabad in 2011.")}.get(
        "Osama bin Laden") == "person"


def test_a_body_named_around_a_state_is_one_name(tmp_path):
    text = "Officers of the Royal Solomon Islands Police Force arrested twelve rioters."
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get("Royal Solomon Islands Police Force") == "organization"


@pytest.mark.parametrize("text", ["Fano militiamen seized the town on Monday.",
                                  "Troops clashed with Fano militiamen near the town."])
def test_a_word_no_english_dictionary_lists_before_a_group_noun_names_the_group(tmp_path, text):
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get("Fano") == "organization"


def test_an_english_word_opening_a_sentence_before_a_group_noun_names_no_group(tmp_path):
    assert not {a.name for a in _actors(tmp_path, "Rebel fighters seized the town. Islamist militants fled.")} \
        & {"Rebel", "Islamist"}


def test_a_combatant_command_and_its_acronym_are_one_body(tmp_path):
    actors = _actors(tmp_path, "US Africa Command said on Monday that AFRICOM had carried out an air strike near Jilib.")
    commands = [a for a in actors if "AFRICOM" in a.surface_forms() or "US Africa Command" in a.surface_forms()]
    assert len(commands) == 1 and {"AFRICOM", "US Africa Command"} <= set(commands[0].surface_forms())


@pytest.mark.parametrize("text,name", [("ADF fighters attacked Mukondi, in Beni territory, and killed forty civilians.", "Mukondi"),
                                       ("Boko Haram insurgents stormed Gajiram in Borno State overnight.", "Gajiram"),
                                       ("Militants attacked Seytenga, in Seno province, killing dozens.", "Seytenga")])
def test_a_name_attacked_or_located_in_apposition_is_a_place(tmp_path, text, name):
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get(name) == "place"


def test_a_person_named_in_full_elsewhere_stays_a_person_when_attacked(tmp_path):
    text = "Opposition leader Kizza Besigye spoke in Kampala. Police attacked Besigye, in Kasangati, on Monday."
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get("Kizza Besigye") == "person"


def test_a_body_named_with_its_leader_is_two_names_and_he_leads_it(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("The Palestinian Authority of Mahmoud Abbas has long objected to the cash.\n", encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: a.name for a in ex.actors}
    assert {"Palestinian Authority", "Mahmoud Abbas"} <= set(names.values())
    assert ("Mahmoud Abbas", "leads", "Palestinian Authority") in {
        (names[r.subject], r.predicate, names[r.object]) for r in ex.relations}


def test_an_of_phrase_naming_no_person_stays_in_the_bodys_name(tmp_path):
    found = {a.name: a for a in _actors(tmp_path, "The Islamic Republic of Iran denied it.")}
    assert list(found) == ["Iran"] and found["Iran"].aliases == ["Islamic Republic of Iran"]   # one actor, all of it


def test_a_state_opening_a_peoples_body_is_part_of_its_name(tmp_path):
    text = "The Sudan People's Liberation Army captured the garrison town of Torit after a week of fighting."
    assert {a.name: a.type for a in _actors(tmp_path, text)}.get("Sudan People's Liberation Army") == "organization"


def test_an_acronym_found_as_a_body_names_it_wherever_written_again(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The Special Monitoring Mission (SMM) recorded 40 explosions. An SMM armoured vehicle was hit "
                    "near Avdiivka.\n", encoding="utf-8")
    actor = next(a for a in run(read_document(path)).actors if "SMM" in a.surface_forms())
    assert len([m for m in actor.mentions if m.text == "SMM"]) == 2


def test_a_listed_bodys_name_after_a_capitalised_word_and_and_is_part_of_a_longer_name(tmp_path):
    # "Security Council" is listed (the UN's); "the Peace and Security Council" is the African Union's own body
    names = {a.name: a.type for a in _actors(tmp_path, "The Peace and Security Council of the African Union "
                                                       "suspended Gabon on Thursday.")}
    assert names.get("Peace and Security Council") == "organization" and "Security Council" not in names
    # a listed party before "and" is a party of its own
    assert "Security Council" in {a.name for a in _actors(tmp_path, "Russia and Security Council members met.")}

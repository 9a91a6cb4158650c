"""Ties as analyses state them (relations/ties.py, part_of.non_state_force): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ERITREA = {"eritrea": ("country", ["Eritrea"])}
ONLF = {"onlf": ("organization", ["Ogaden National Liberation Front"])}


def test_who_relies_on_a_party_is_allied_with_it():
    actors = {"somaliland": ("country", ["Somaliland"]), "uae": ("country", ["United Arab Emirates"])}
    _, rels = extract("Somaliland relies on the United Arab Emirates for its security.", actors)
    assert ("somaliland", "allied_with", "uae") in rels
    actors = {"fretilin": ("organization", ["Fretilin"]), "portugal": ("country", ["Portugal"])}
    _, rels = extract("In those years Fretilin depended on Portugal for money.", actors)
    assert ("fretilin", "allied_with", "portugal") in rels


def test_relying_on_a_states_goods_is_no_tie_relying_on_its_arms_is():
    actors = {"nepal": ("country", ["Nepal"]), "india": ("country", ["India", "Indian"])}
    _, rels = extract("Nepal relies on Indian fuel for its power plants.", actors)
    assert not rels
    _, rels = extract("Nepal depends on India for cheap rice.", actors)
    assert not rels
    _, rels = extract("Nepal depends on India for weapons and instructors.", actors)
    assert ("nepal", "allied_with", "india") in rels
    _, rels = extract("Nepal relies on Indian instructors.", actors)
    assert ("nepal", "allied_with", "india") in rels


def test_no_longer_relying_or_relying_on_a_thing_is_no_tie():
    actors = {"somaliland": ("country", ["Somaliland"]), "uae": ("country", ["United Arab Emirates"])}
    _, rels = extract("Somaliland no longer relies on the United Arab Emirates for its port revenue.", actors)
    assert not rels
    _, rels = extract("The port deal relies on the United Arab Emirates' goodwill.", actors)
    assert not rels


def test_a_backer_arming_or_funding_a_party_is_allied_with_it():
    _, rels = extract("Eritrea armed and trained the Ogaden National Liberation Front in 2007.", {**ERITREA, **ONLF})
    assert ("eritrea", "allied_with", "onlf") in rels
    _, rels = extract("Eritrea funds the Ogaden National Liberation Front.", {**ERITREA, **ONLF})
    assert ("eritrea", "allied_with", "onlf") in rels


def test_a_backer_in_a_relative_clause_backs_its_antecedent():
    _, rels = extract("The Ogaden National Liberation Front, which Eritrea sheltered and armed, fought on.",
                      {**ERITREA, **ONLF})
    assert ("eritrea", "allied_with", "onlf") in rels
    _, rels = extract("The Ogaden National Liberation Front, whom Eritrea funded for years, fought on.",
                      {**ERITREA, **ONLF})
    assert ("eritrea", "allied_with", "onlf") in rels


def test_training_ones_own_forces_or_a_pronouns_backing_is_no_tie():
    _, rels = extract("Eritrea trained its own commandos near the border in 2007.", ERITREA)
    assert not rels
    _, rels = extract("We have trained the Ogaden National Liberation Front, said the Eritrea envoy.", {**ERITREA, **ONLF})
    assert ("eritrea", "allied_with", "onlf") not in rels


def test_a_demonyms_agents_stand_for_their_state():
    actors = {"eritrea": ("country", ["Eritrea", "Eritrean"]), **ONLF}
    _, rels = extract("Eritrean officers trained the Ogaden National Liberation Front.", actors)
    assert ("eritrea", "allied_with", "onlf") in rels


def test_answering_to_a_body_is_alignment():
    actors = {"janjaweed": ("organization", ["Border Guard Forces"]), "ncp": ("organization", ["National Congress Party"])}
    _, rels = extract("The Border Guard Forces answered to the National Congress Party's leaders.", actors)
    assert ("janjaweed", "allied_with", "ncp") in rels


def test_rivals_oppose_each_other():
    actors = {"zanu": ("organization", ["ZANU"]), "zapu": ("organization", ["ZAPU"])}
    for text in ("ZAPU's main rival, ZANU, won the 1980 election.",
                 "ZANU became ZAPU's main rival in the east.",
                 "ZAPU and its rival ZANU both sent delegates to Geneva."):
        _, rels = extract(text, actors)
        assert {("zanu", "opposes", "zapu"), ("zapu", "opposes", "zanu")} <= rels, text


def test_a_partner_noun_before_the_name_allies_the_name_with_the_owner():
    actors = {"france": ("country", ["France"]), "chad": ("country", ["Chad"])}
    _, rels = extract("France's oldest partner, Chad, hosts a French base.", actors)
    assert ("chad", "allied_with", "france") in rels
    actors = {"syria": ("country", ["Syria"]), "amal": ("organization", ["Amal"])}
    _, rels = extract("Syria and its Lebanese ally, Amal, rejected the plan.", actors)
    assert ("amal", "allied_with", "syria") in rels


def test_a_head_named_with_a_phrase_between_leads():
    actors = {"lra": ("organization", ["Lord's Resistance Army"]), "kony": ("person", ["Joseph Kony"])}
    _, rels = extract("The head of the Lord's Resistance Army's military wing, Joseph Kony, fled north.", actors)
    assert ("kony", "leads", "lra") in rels
    actors = {"lra": ("organization", ["Lord's Resistance Army"]), "otti": ("person", ["Vincent Otti"]),
              "garamba": ("place", ["Garamba"])}
    _, rels = extract("The Lord's Resistance Army's commander in Garamba, Vincent Otti, met the envoys.", actors)
    assert ("otti", "leads", "lra") in rels
    actors = {"gia": ("organization", ["Armed Islamic Group"]), "zouabri": ("person", ["Antar Zouabri"])}
    _, rels = extract("The Armed Islamic Group, a faction whose leader Antar Zouabri was killed in 2002, split.",
                      actors)
    assert ("zouabri", "leads", "gia") in rels


def test_a_copula_past_a_clause_gives_the_head():
    actors = {"unita": ("organization", ["UNITA"]), "savimbi": ("person", ["Jonas Savimbi"])}
    _, rels = extract("Jonas Savimbi, who studied in Lausanne, was the leader of UNITA.", actors)
    assert ("savimbi", "leads", "unita") in rels


def test_a_group_apposed_as_a_persons_is_led_by_them():
    actors = {"ff": ("organization", ["Fianna Fail"]), "ahern": ("person", ["Bertie Ahern"])}
    _, rels = extract("Fianna Fail, the party of former prime minister Bertie Ahern, won the seat.", actors)
    assert ("ahern", "leads", "ff") in rels


def test_a_force_named_like_a_state_body_but_apposed_as_rebels_is_no_part_of_the_state():
    actors = {"sudan": ("country", ["Sudan", "Sudanese"]), "sna": ("organization", ["Sudanese Army"])}
    _, rels = extract("The Sudanese Army took the last town in Sudan.", actors)
    assert ("sna", "part_of", "sudan") in rels
    _, rels = extract("The Sudanese Army, a coalition of rebel factions, took the last town in Sudan.", actors)
    assert ("sna", "part_of", "sudan") not in rels
    actors = {**actors, "hemeti": ("person", ["Hemeti"])}
    _, rels = extract("Hemeti's Sudanese Army took the last town in Sudan.", actors)
    assert ("sna", "part_of", "sudan") not in rels


def test_a_title_owned_by_another_titles_holder_serves_the_state():
    actors = {"kenya": ("country", ["Kenya", "Kenyan"]), "mwangi": ("person", ["Peter Mwangi"])}
    _, rels = extract("Peter Mwangi, the Kenyan President's security adviser, flew to Mogadishu.", actors)
    assert ("mwangi", "member_of", "kenya") in rels and ("mwangi", "leads", "kenya") not in rels
    _, rels = extract("The Kenyan President's senior adviser, Peter Mwangi, flew to Mogadishu.", actors)
    assert ("mwangi", "member_of", "kenya") in rels and ("mwangi", "leads", "kenya") not in rels
    _, rels = extract("Peter Mwangi, the Kenyan President, flew to Mogadishu.", actors)
    assert ("mwangi", "leads", "kenya") in rels


def test_a_ministers_for_portfolio_naming_a_place_runs_on_to_the_holder():
    actors = {"uk": ("country", ["United Kingdom", "British"]), "gulf": ("place", ["Gulf"]),
              "burt": ("person", ["Alistair Burt"])}
    _, rels = extract("The Gulf states met in Riyadh. The British Minister of State for Gulf Affairs, Alistair Burt, "
                      "flew to Muscat.", actors)
    assert ("burt", "member_of", "uk") in rels


def test_ties_stated_inside_a_source_note():
    actors = {"sputnik": ("media", ["Sputnik"]), "kremlin": ("organization", ["Kremlin"])}
    _, rels = extract("The envoy denied the report (Sputnik, an outlet close to the Kremlin, May 4, 2020).", actors)
    assert ("sputnik", "allied_with", "kremlin") in rels
    actors = {"ahed": ("media", ["Al-Ahed"]), "kh": ("organization", ["Kataib Hezbollah"])}
    _, rels = extract("The strike was praised (Al-Ahed, the Kataib Hezbollah website, May 4, 2020).", actors)
    assert ("ahed", "part_of", "kh") in rels
    actors = {"irna": ("media", ["IRNA"]), "iran": ("country", ["Iran", "Iranian"])}
    _, rels = extract("The talks resumed (IRNA, the Iranian news agency, May 4, 2020).", actors)
    assert not rels                              # an outlet called Iranian is no part of the state (seed notes)

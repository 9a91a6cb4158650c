"""Ties in the sentence not read, tenth pass (issue 8, relties10): own sentences from other arenas than the
documents that showed the need (stance_objects.stance_before_name, title_relations.find_ministry, ruled_states.py)."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.ruled_states import state_ruling_verbs

ANDES = {"lopez": ("person", ["Ana Lopez", "Lopez"]), "ortiz": ("person", ["Ben Ortiz", "Ortiz"]),
         "alliance": ("organization", ["Civic Alliance"]), "chile": ("country", ["Chile", "Chilean"]),
         "peru": ("country", ["Peru", "Peruvian"]),
         "mfa": ("organization", ["Ministry of Foreign Affairs"])}


def test_a_ruling_party_after_a_title_is_the_one_led():
    _, rels = extract("Ana Lopez, the chairman of the ruling Civic Alliance party, said the vote was fair.", ANDES)
    assert ("lopez", "leads", "alliance") in rels, rels


def test_a_stance_word_alone_names_no_body():
    _, rels = extract("Ana Lopez, the chairman of the ruling party, said the Civic Alliance would lose.", ANDES)
    assert ("lopez", "leads", "alliance") not in rels, rels


def test_a_minister_of_a_named_state_is_no_head_of_the_texts_bare_ministry():
    text = ("The Ministry of Foreign Affairs said on Monday that it had protested to Peru. Its envoy raised the matter "
            "with the Minister of Foreign Affairs of Chile, Ben Ortiz, who expressed his regret.")
    _, rels = extract(text, ANDES)
    assert ("ortiz", "leads", "mfa") not in rels, rels
    assert ("ortiz", "member_of", "chile") in rels, rels


def test_a_bare_minister_still_heads_the_named_ministry():
    text = "The Ministry of Foreign Affairs said its Minister of Foreign Affairs, Ben Ortiz, would travel to Chile."
    _, rels = extract(text, ANDES)
    assert ("ortiz", "leads", "mfa") in rels, rels


def test_a_person_who_ruled_a_state_leads_it():
    _, rels = extract("Few expected Ana Lopez, who had ruled Chile since a coup in 1994, to lose power.", ANDES)
    assert ("lopez", "leads", "chile") in rels, rels


def test_governed_reads_as_ruled():
    _, rels = extract("Ana Lopez governed Peru for a decade before the army removed her.", ANDES)
    assert ("lopez", "leads", "peru") in rels, rels


def test_a_court_ruling_or_a_ruled_out_step_leads_nothing():
    _, rels = extract("Ana Lopez ruled out talks with Chile on Monday.", ANDES)
    assert ("lopez", "leads", "chile") not in rels, rels
    _, rels = extract("If Ana Lopez ruled Chile, the army would rebel.", ANDES)
    assert ("lopez", "leads", "chile") not in rels, rels


def test_the_ruling_verbs_are_loaded():
    assert {"rule", "govern"} <= state_ruling_verbs()


def test_a_body_head_word_and_its_holder_tagged_as_one_name_are_split():
    from foothold.extract.actors.apposed_holders import split_apposed_holder
    from foothold.extract.nlp import load_stock
    from foothold.extract.dictionary import load_lexicon
    from spacy.tokens import Span
    doc = load_stock()("On Monday the head of the Agency, Jan Kova Mares, spoke by telephone.")
    start = next(t.i for t in doc if t.text == "Agency")
    span = Span(doc, start - 1, start + 5, label="ORG")          # "the Agency, Jan Kova Mares" as one ORG
    pieces = split_apposed_holder(span, load_lexicon())
    assert [(p.text, p.label_) for p in pieces] == [("Jan Kova Mares", "PERSON")], pieces
    body = Span(doc, start - 1, start + 1, label="ORG")
    assert split_apposed_holder(body, load_lexicon()) == [body]


def test_a_list_of_bodies_is_no_holder():
    from foothold.extract.actors.apposed_holders import split_apposed_holder
    from foothold.extract.nlp import load_stock
    from foothold.extract.dictionary import load_lexicon
    from spacy.tokens import Span
    doc = load_stock()("The Andean Agency, Pacific Council said so.")
    span = Span(doc, 0, 6, label="ORG")
    assert split_apposed_holder(span, load_lexicon()) == [span]


def test_the_capitalised_head_word_stands_for_the_body_named_before():
    text = ("The Andean Pilgrimage Organization announced that no convoys would leave. On Saturday the head of the "
            "Organization, Ana Lopez, spoke by telephone.")
    _, rels = extract(text, {"apo": ("organization", ["Andean Pilgrimage Organization"]),
                             "lopez": ("person", ["Ana Lopez"])})
    assert ("lopez", "leads", "apo") in rels, rels


def test_members_a_verb_takes_as_its_object_are_no_apposition():
    text = ("The purge began when the Andes Legion, the army of Peru, detained democratically elected members of the ruling Civic Alliance "
            "party, including Ana Lopez.")
    _, rels = extract(text, {"legion": ("organization", ["Andes Legion"]), "peru": ("country", ["Peru"]),
                             "alliance": ("organization", ["Civic Alliance"]), "lopez": ("person", ["Ana Lopez"])})
    assert not any(r[1] == "part_of" and r[2] == "alliance" for r in rels), rels


def test_states_apposed_as_members_are_still_part_of_the_body():
    _, rels = extract("Chile and Peru, both members of the Andean Council, abstained.",
                      {"chile": ("country", ["Chile"]), "peru": ("country", ["Peru"]),
                       "council": ("organization", ["Andean Council"])})
    assert ("chile", "part_of", "council") in rels and ("peru", "part_of", "council") in rels, rels


def test_a_legislature_named_with_its_states_possessive_is_part_of_it():
    _, rels = extract("Kari Berg, a member of Norway's Storting, said the vote was fair.",
                      {"berg": ("person", ["Kari Berg"]), "norway": ("country", ["Norway"]),
                       "storting": ("organization", ["Storting"])})
    assert ("storting", "part_of", "norway") in rels, rels


def test_the_legislatures_are_dictionary_bodies_of_their_states():
    from foothold.extract.dictionary import load_dictionary
    d = load_dictionary()
    for name, state in (("State Duma", "russia"), ("Riigikogu", "estonia"), ("Knesset", "israel")):
        entry = d.lookup(name)
        assert entry is not None and entry.type == "organization" and entry.country == state, (name, entry)


def test_a_ministry_closed_before_its_state_is_named_whole():
    from foothold.extract.actors.state_ministries import ministry_of_state
    from foothold.extract.dictionary import load_dictionary, load_lexicon
    from foothold.extract.nlp import load_stock
    from spacy.tokens import Span
    doc = load_stock()("The Department of Home Affairs of Australia said so.")
    span = Span(doc, 0, 5, label="ORG")                       # "The Department of Home Affairs"
    assert ministry_of_state(span, load_lexicon(), load_dictionary()).text == "The Department of Home Affairs of Australia"
    doc = load_stock()("The Department of Home Affairs of the Sydney office said so.")
    span = Span(doc, 0, 5, label="ORG")
    assert ministry_of_state(span, load_lexicon(), load_dictionary()) == span


def test_at_the_head_of_a_body_the_subject_and_the_one_succeeded_lead_it():
    _, rels = extract("Jan Kova, who succeeded Ben Ortiz at the head of the Andes Brigade in January, lacked authority.",
                      {"kova": ("person", ["Jan Kova"]), "ortiz": ("person", ["Ben Ortiz"]),
                       "brigade": ("organization", ["Andes Brigade"])})
    assert ("kova", "leads", "brigade") in rels and ("ortiz", "leads", "brigade") in rels, rels


def test_one_placed_at_the_head_of_a_body_is_no_tie_of_the_one_placing():
    _, rels = extract("Jan Kova placed Ben Ortiz at the head of the Civic Alliance.",
                      {"kova": ("person", ["Jan Kova"]), "ortiz": ("person", ["Ben Ortiz"]),
                       "alliance": ("organization", ["Civic Alliance"])})
    assert ("kova", "leads", "alliance") not in rels, rels

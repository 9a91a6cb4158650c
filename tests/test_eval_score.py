"""The FORMAT.md scorer on small gold/prediction pairs built in code."""

from foothold.eval import score_document


def actor(id, name, type, aliases=(), **extra):
    return {"id": id, "name": name, "type": type, "aliases": list(aliases), **extra}


GOLD = {
    "actors": [
        actor("qaani", "Esmail Qa'ani", "person", ["Qa'ani"]),
        actor("kazimi", "Mustafa al-Kazimi", "person", ["al-Kazimi", "Kazimi"]),
        actor("irna", "IRNA", "media"),
        actor("iraq", "Iraq", "country", ["Iraqi"]),
    ],
    "relations": [{"subject": "qaani", "predicate": "member_of", "object": "iraq", "evidence": "x"}],
    "citations": [{"outlet": "IRNA", "date": "2020-06-17"}, {"outlet": "IRNA", "date": "2020-06-17"}],
    "events": [{"type": "CONSULT", "source": ["qaani"], "target": ["kazimi"], "date": "2020-06",
                "evidence": "Qa'ani met al-Kazimi"}],
}
TEXT = "In June, Qa'ani met al-Kazimi in Baghdad (IRNA, June 17, 2020)."


def test_actor_matching_normalises_names_and_counts_duplicates():
    pred = {"actors": [actor("a", "Qaani", "person"), actor("b", "Kazimi", "person"),
                       actor("c", "the Kazimi", "person"), actor("d", "Baghdad", "place")]}
    s = score_document(pred, GOLD, TEXT).by_category["actors"]
    assert (s.tp, s.fp, s.fn) == (2, 2, 2)   # an unmerged duplicate is a false positive


def test_typed_actors_need_the_exact_type_for_format_gold():
    pred = {"actors": [actor("i", "IRNA", "organization"), actor("q", "Iraq", "country")]}
    s = score_document(pred, GOLD, TEXT).by_category
    assert s["actors"].tp == 2 and s["typed_actors"].tp == 1


def test_foreign_gold_types_accept_compatible_types():
    gold = {"actors": [actor("g", "Syria", "place", mentions=[{"start": 0, "end": 5}])]}
    pred = {"actors": [actor("s", "Syria", "country", mentions=[{"start": 0, "end": 5, "type": "country"}])]}
    s = score_document(pred, gold, "Syria is ...").by_category
    assert s["typed_actors"].tp == 1 and s["typed_mentions"].tp == 1


def test_citations_are_a_multiset_of_outlet_and_date():
    pred = {"citations": [{"outlet": "irna", "date": "2020-06-17"}, {"outlet": "IRNA", "date": "2020-06"}]}
    s = score_document(pred, GOLD, TEXT).by_category["citations"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_events_need_overlap_a_shared_actor_and_agreeing_dates():
    start = TEXT.index("met")
    base = {"actors": [actor("q", "Qa'ani", "person"), actor("k", "al-Kazimi", "person")]}
    good = {**base, "events": [{"type": "CONSULT", "source": ["q"], "target": [], "date": "2020-06-17",
                                "start": start, "end": start + 3}]}
    assert score_document(good, GOLD, TEXT).by_category["typed_events"].tp == 1
    wrong_date = {**base, "events": [{**good["events"][0], "date": "2020-07"}]}
    assert score_document(wrong_date, GOLD, TEXT).by_category["events"].tp == 0
    elsewhere = {**base, "events": [{**good["events"][0], "start": 0, "end": 7}]}
    assert score_document(elsewhere, GOLD, TEXT).by_category["events"].tp == 0
    wrong_type = {**base, "events": [{**good["events"][0], "type": "ACCUSE"}]}
    scores = score_document(wrong_type, GOLD, TEXT).by_category
    assert scores["events"].tp == 1 and scores["typed_events"].tp == 0


def test_relations_match_through_actor_matching():
    pred = {"actors": [actor("q", "Qaani", "person"), actor("i", "Iraqi", "country")],
            "relations": [{"subject": "q", "predicate": "leads", "object": "i"}]}
    s = score_document(pred, GOLD, TEXT).by_category
    assert s["relations"].tp == 1 and s["typed_relations"].tp == 0


def test_errors_list_missed_and_spurious_items_with_their_sentences():
    text = "Iran hosted talks in Tehran. Iraq condemned the strike."
    gold = {"actors": [{"id": "iran", "name": "Iran", "type": "country"},
                       {"id": "iraq", "name": "Iraq", "type": "country"}],
            "relations": [{"subject": "iran", "predicate": "opposes", "object": "iraq", "evidence": "Iran hosted talks"}],
            "events": [{"type": "ACCUSE", "source": ["iraq"], "target": [], "date": None,
                        "evidence": "Iraq condemned the strike"}]}
    pred = {"actors": [{"id": "p_iran", "name": "Iran", "type": "place"},
                       {"id": "p_tehran", "name": "Tehran", "type": "place"}],
            "relations": [],
            "events": [{"type": "CONSULT", "source": ["p_iran"], "target": [], "date": None,
                        "evidence": "Iran hosted talks"}]}
    errors = score_document(pred, gold, text, document="d.txt").errors
    kinds = {(e["category"], e["kind"].split(" (")[0], e["item"]) for e in errors}
    assert ("actors", "missed", "Iraq (country)") in kinds
    assert ("actors", "spurious", "Tehran (place)") in kinds
    assert ("typed_actors", "wrong type", "Iran (place)") in kinds
    assert ("relations", "missed", "Iran opposes Iraq") in kinds
    missed_event = next(e for e in errors if e["category"] == "events" and e["kind"] == "missed")
    assert missed_event["sentence"] == "Iraq condemned the strike."
    spurious_event = next(e for e in errors if e["category"] == "events" and e["kind"] == "spurious")
    assert spurious_event["sentence"] == "Iran hosted talks in Tehran."
    assert all(e["document"] == "d.txt" for e in errors)

"""A government release's own officials named bare (relations/issuer.py and its hooks in title_relations.py): own
sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

RELEASE = ("Ireland condemns the killing of aid workers in Gaza. We call for an independent inquiry, and our "
           "embassy in Tel Aviv has raised the matter. Ireland will keep funding UNRWA. ")


def test_a_release_s_bare_minister_envoy_and_official_serve_its_state():
    actors = {"ireland": ("country", ["Ireland"]), "martin": ("person", ["Aoife Brennan"]),
              "unrwa": ("organization", ["UNRWA"])}
    _, rels = extract(RELEASE + "The agency's staff met on Monday. Foreign Minister Aoife Brennan spoke with the "
                      "Commissioner-General today.", actors)      # (no state acts in the sentence before)
    assert ("martin", "member_of", "ireland") in rels
    actors = {"ireland": ("country", ["Ireland"]), "kelly": ("person", ["Sonya Kelly"]),
              "unrwa": ("organization", ["UNRWA"])}
    _, rels = extract(RELEASE + "Ambassador Sonya Kelly met the families on Monday.", actors)
    assert ("kelly", "member_of", "ireland") in rels
    actors = {"ireland": ("country", ["Ireland"]), "ryan": ("person", ["Niamh Ryan"]),
              "unrwa": ("organization", ["UNRWA"])}
    _, rels = extract(RELEASE + "Secretary Niamh Ryan conveyed the message in Geneva.", actors)
    assert ("ryan", "member_of", "ireland") in rels


def test_foreign_holders_heads_and_texts_not_speaking_for_a_state_bind_no_one():
    actors = {"ireland": ("country", ["Ireland"]), "katz": ("person", ["Israel Katz"]),
              "unrwa": ("organization", ["UNRWA"])}
    _, rels = extract(RELEASE + "Dublin summoned Foreign Minister Israel Katz on Monday.", actors)
    assert ("katz", "member_of", "ireland") not in rels       # named as the one received, not as a speaker
    actors = {"ireland": ("country", ["Ireland"]), "abbas": ("person", ["Mahmoud Abbas"]),
              "unrwa": ("organization", ["UNRWA"])}
    _, rels = extract(RELEASE + "The donors met on Monday. President Mahmoud Abbas thanked them.", actors)
    assert ("abbas", "leads", "ireland") not in rels           # releases name foreign heads bare
    actors = {"ireland": ("country", ["Ireland"]), "martin": ("person", ["Aoife Brennan"]),
              "unrwa": ("organization", ["UNRWA"])}
    story = ("Ireland condemned the killing of aid workers in Gaza. Ireland will keep funding UNRWA. "
             "The agency's staff met on Monday. Foreign Minister Aoife Brennan spoke with the Commissioner-General today.")
    _, rels = extract(story, actors)
    assert ("martin", "member_of", "ireland") not in rels      # no first person: a report, not a release
    quoted = ('Ireland condemned the killing. "We call for an inquiry, and our embassy has protested," an aide said. '
              "Ireland will keep funding UNRWA. The agency's staff met on Monday. Foreign Minister Aoife Brennan spoke "
              "with the Commissioner-General.")
    _, rels = extract(quoted, actors)
    assert ("martin", "member_of", "ireland") not in rels      # a quoted "we" is someone else's voice

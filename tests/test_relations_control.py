"""A body under someone's control (relations/control.py, roles.yaml control; issue 8 relrecall4). Own sentences from
other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"radio": ("organization", ["Radio Kisanga"]), "mbusa": ("person", ["Mbusa"]),
          "hamdan": ("organization", ["Hamdan Trading Company"]), "tigers": ("organization", ["Tigers Brigade"]),
          "houthis": ("organization", ["Houthi", "Houthis"]), "hodeidah": ("place", ["Hodeidah"])}


def test_a_person_in_control_leads():
    _, rels = extract("OFAC designated Radio Kisanga, a station in Goma that is under Mbusa's control.", ACTORS)
    assert ("mbusa", "leads", "radio") in rels, rels


def test_a_body_in_control_owns():
    _, rels = extract("The Hamdan Trading Company, which is under the control of the Tigers Brigade, runs the port.",
                      ACTORS)
    assert ("hamdan", "part_of", "tigers") in rels, rels


def test_ground_under_control_is_no_body():
    _, rels = extract("Hodeidah, which is under Houthi control, was shelled on Monday.", ACTORS)
    assert not rels, rels


def test_control_not_told_as_fact():
    _, rels = extract("Radio Kisanga would never be under Mbusa's control.", ACTORS)
    assert ("mbusa", "leads", "radio") not in rels, rels

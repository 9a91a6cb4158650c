"""A state opening a heading before its colon is the heading's topic, no field label, so a monitor whose body never
names its state still holds its bare head ("Malawi: floods and a curfew ... President X declared ...": reltitle10,
actors/classify.py `_a_descriptor`); a police commissioner is a service title (roles.yaml `story_state.service_titles`).
Own texts, arenas outside the tuning documents."""

from __future__ import annotations

from foothold.extract.pipeline import run
from foothold.ingest import read_document

MONITOR = """source: own writing, monitor report
title: Malawi: floods, a curfew and looting, 3 - 19 March 2026 (Rift Valley Monitor)

Malawi: floods, a curfew and looting, 3 - 19 March 2026

This briefing records the unrest that followed the floods in the south.

4 March 2026 - Crowds looted warehouses in Blantyre after food aid was delayed.

5 March 2026 - President Chisomo Banda declared a state of disaster in six districts.

7 March 2026 - Police commissioner Tiyamike Phiri ordered a curfew in Blantyre.
"""


def _ties(tmp_path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "monitor.txt"
    path.write_text(text, encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in ex.relations}


def test_a_state_heading_its_monitor_is_an_actor_that_holds_its_bare_head(tmp_path):
    ties = _ties(tmp_path, MONITOR)
    assert ("Chisomo Banda", "leads", "Malawi") in ties, ties


def test_a_police_commissioner_serves_the_story_state(tmp_path):
    ties = _ties(tmp_path, MONITOR)
    assert ("Tiyamike Phiri", "member_of", "Malawi") in ties, ties


def test_a_field_label_before_a_colon_is_still_no_name(tmp_path):
    path = tmp_path / "infobox.txt"
    path.write_text("Operation Northern Shield\n\n- Partof: Operation Dawn\n- Date: 3 March 2026\n\n"
                    "Troops crossed the river at dawn.\n", encoding="utf-8")
    names = [a.name for a in run(read_document(path)).actors]
    assert "Partof" not in names, names

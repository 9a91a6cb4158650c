"""Floors on bench/owndocs: twelve whole documents written for foothold (wire stories, government releases,
analyses, encyclopaedia pages) with hand-written gold, scored through the same `evaluate` as `foothold eval`
and bench/owndocs.py. The floors sit a little under the figures reached, so a regression on unseen-style
documents (datelines, anaphora across sentences, background clauses) shows here."""

from pathlib import Path

import pytest

from foothold.analyze.evaluation import evaluate

OWNDOCS = Path(__file__).resolve().parents[1] / "bench" / "owndocs"
FLOORS = {                 # reached 2026-12-05 (merged main): 0.945, 0.903, 0.795, 0.674, 0.606
    "actors": 0.93,
    "typed_actors": 0.88,
    "relations": 0.80,     # 0.833 after the relations3 branch
    "events": 0.64,
    "typed_events": 0.57,
}


OWNDOCS4 = OWNDOCS.parent / "owndocs4"
# bench/owndocs4, the statement and release tuning set: reached 2026-12-05 (branch releases3) events 0.633, typed 0.608;
# relations 0.581 -> 0.762 when its gold took news-dev's bare-title ties and one missing relation (branch goldalign)
STATEMENT_FLOORS = {"relations": 0.73, "events": 0.61, "typed_events": 0.58}
OWNDOCS6 = OWNDOCS.parent / "owndocs6"
# bench/owndocs6, the think-tank analysis tuning set (issue 8): first run relations 0.556 (0.607 after its gold fix),
# events 0.770, typed 0.708; branch analysis5 reached actors 0.960, relations 0.607, events 0.820, typed 0.770;
# relations 0.750 -> 0.800 when its gold took news-dev's bare-title ties (branch goldalign)
ANALYSIS_FLOORS = {"actors": 0.94, "relations": 0.77, "events": 0.79, "typed_events": 0.74}
OWNDOCS11 = OWNDOCS.parent / "owndocs11"
# bench/owndocs11, the tuning set of analyses dense in ties (issue 8): first run relations 0.579 / 0.544 (0.614 / 0.579
# after its gold fix), events 0.689 / 0.556; branch relations6 reached relations 0.915 / 0.845 (relations/ties.py)
TIES_FLOORS = {"actors": 0.93, "relations": 0.89, "typed_relations": 0.82, "events": 0.66}
OWNDOCS10 = OWNDOCS.parent / "owndocs10"
# bench/owndocs10, the wire-story tuning set (issue 8): first run actors 0.960, relations 0.838, events 0.584, typed
# 0.539; branch wire6 reached events 0.689, typed 0.645 (actors and relations unchanged)
WIRE_FLOORS = {"actors": 0.94, "relations": 0.81, "events": 0.65, "typed_events": 0.60}
OWNDOCS9 = OWNDOCS.parent / "owndocs9"
# bench/owndocs9, the monitor-report tuning set (issue 8): first run events 0.597, typed 0.565; branch monitor6
# reached actors 0.938, events 0.727, typed 0.694
MONITOR_FLOORS = {"actors": 0.92, "relations": 0.76, "events": 0.70, "typed_events": 0.67}   # relations 0.789 (relrecall)
OWNDOCS14 = OWNDOCS.parent / "owndocs14"
# bench/owndocs14, the second statement tuning set (issue 8, communiques, readouts, sanctions and operations releases):
# first run actors 0.903, relations 0.571, events 0.571, typed 0.557; branch govev (events/statements.py) reached events
# 0.597, typed 0.583 (the communique's body is bound, but the actor layer misnames it: see its README); relations
# 0.609 -> 0.648 on branch relwire
GOVERNMENT_FLOORS = {"actors": 0.88, "relations": 0.62, "events": 0.57, "typed_events": 0.56}
OWNDOCS15 = OWNDOCS.parent / "owndocs15"
# bench/owndocs15, the tuning set of wire stories, statements and monitor reports dense in ties (issue 8, relation
# recall): first run relations 0.571 (P 0.77, R 0.45), actors 0.891, events 0.624 / 0.553; branch relrecall reached
# relations 0.667 (relations/reports.py; about 0.659 without the title-state commit)
REPORT_TIES_FLOORS = {"actors": 0.87, "relations": 0.63, "typed_relations": 0.63, "events": 0.60}
OWNDOCS13 = OWNDOCS.parent / "owndocs13"
# bench/owndocs13, analyses dense in dated events (issue 8): first run actors 0.985 / 0.956, relations 0.766, events
# 0.675 / 0.613; branch analysisev reached events 0.767 / 0.692 (events/analysis.py), the rest unchanged
EVENTFUL_FLOORS = {"actors": 0.96, "relations": 0.73, "events": 0.73, "typed_events": 0.65}
OWNDOCS16 = OWNDOCS.parent / "owndocs16"
# bench/owndocs16, a fresh held-out set until session 36 (now tuned on: its README): first run on main fdb8d05's code
# actors 0.941, relations 0.582 / typed 0.525, events 0.624 / typed 0.527; the floor only catches a regression
FRESH16_FLOORS = {"actors": 0.92, "relations": 0.56, "typed_relations": 0.50, "events": 0.60, "typed_events": 0.50}
OWNDOCS20 = OWNDOCS.parent / "owndocs20"
# bench/owndocs20, a fresh held-out set until session 35 (now tuned on: its README): first run on main a3ac524's code
# actors 0.905, relations 0.589 / typed 0.518, events 0.563 / typed 0.498; the floor only catches a regression
FRESH20_FLOORS = {"actors": 0.88, "relations": 0.56, "typed_relations": 0.49, "events": 0.54, "typed_events": 0.47}
OWNDOCS22 = OWNDOCS.parent / "owndocs22"
# bench/owndocs22, a fresh held-out set until session 38 (now tuned on: its README): first run on main 66d7f1a's code
# actors 0.927, relations 0.662 / typed 0.662, events 0.667 / typed 0.590; the floor only catches a regression
FRESH22_FLOORS = {"actors": 0.90, "relations": 0.63, "typed_relations": 0.63, "events": 0.64, "typed_events": 0.56}
OWNDOCS28 = OWNDOCS.parent / "owndocs28"
# bench/owndocs28, a fresh held-out set until session 38 (now tuned on: its README): first run on main 52710b1's code
# actors 0.945, relations 0.697 / typed 0.697, events 0.652 / typed 0.570; the floor only catches a regression
FRESH28_FLOORS = {"actors": 0.92, "relations": 0.66, "typed_relations": 0.66, "events": 0.62, "typed_events": 0.54}
OWNDOCS30 = OWNDOCS.parent / "owndocs30"
# bench/owndocs30, a fresh held-out set until session 39 (now tuned on: its README): first run on main 1ad36f9's code
# actors 0.921, relations 0.702 / typed 0.702, events 0.672 / typed 0.600; the floor only catches a regression
FRESH30_FLOORS = {"actors": 0.90, "relations": 0.67, "typed_relations": 0.67, "events": 0.64, "typed_events": 0.57}
OWNDOCS29 = OWNDOCS.parent / "owndocs29"
# bench/owndocs29, a fresh held-out set until session 39 (now tuned on: its README): first run on main 1ad36f9's code
# actors 0.959, relations 0.729 / typed 0.713, events 0.710 / typed 0.571; the floor only catches a regression
FRESH29_FLOORS = {"actors": 0.93, "relations": 0.70, "typed_relations": 0.68, "events": 0.68, "typed_events": 0.54}
OWNDOCS31 = OWNDOCS.parent / "owndocs31"
# bench/owndocs31, a fresh held-out set until session 40 (now tuned on: its README): first run on main e70940e's code
# actors 0.957, relations 0.671 / typed 0.629, events 0.698 / typed 0.603; the floor only catches a regression
FRESH31_FLOORS = {"actors": 0.93, "relations": 0.64, "typed_relations": 0.60, "events": 0.67, "typed_events": 0.57}
OWNDOCS32 = OWNDOCS.parent / "owndocs32"
# bench/owndocs32, a fresh held-out set until session 40 (now tuned on: its README): first run on main e70940e's code
# actors 0.924, relations 0.679 / typed 0.654, events 0.653 / typed 0.510; the floor only catches a regression
FRESH32_FLOORS = {"actors": 0.90, "relations": 0.65, "typed_relations": 0.62, "events": 0.62, "typed_events": 0.48}
OWNDOCS34 = OWNDOCS.parent / "owndocs34"
# bench/owndocs34, a fresh held-out set until session 41 (now tuned on: its README): first run on main c01b4fd's code
# actors 0.958, relations 0.774 / typed 0.774, events 0.683 / typed 0.596; the floor only catches a regression
FRESH34_FLOORS = {"actors": 0.93, "relations": 0.74, "typed_relations": 0.74, "events": 0.65, "typed_events": 0.56}
OWNDOCS33 = OWNDOCS.parent / "owndocs33"
# bench/owndocs33, a fresh held-out set until session 41 (now tuned on: its README): first run on main c01b4fd's code
# actors 0.947, relations 0.760 / typed 0.760, events 0.632 / typed 0.605; the floor only catches a regression
FRESH33_FLOORS = {"actors": 0.92, "relations": 0.73, "typed_relations": 0.73, "events": 0.60, "typed_events": 0.57}
OWNDOCS36 = OWNDOCS.parent / "owndocs36"
# bench/owndocs36, a fresh held-out set until session 42 (now tuned on: its README): first run on main b975d42's code
# actors 0.966, relations 0.784 / typed 0.770, events 0.696 / typed 0.593; the floor only catches a regression
FRESH36_FLOORS = {"actors": 0.94, "relations": 0.75, "typed_relations": 0.74, "events": 0.66, "typed_events": 0.56}
OWNDOCS35 = OWNDOCS.parent / "owndocs35"
# bench/owndocs35, a fresh held-out set until session 42 (now tuned on: its README): first run on main b975d42's code
# actors 0.935, relations 0.750 / typed 0.692, events 0.714 / typed 0.643; the floor only catches a regression
FRESH35_FLOORS = {"actors": 0.91, "relations": 0.72, "typed_relations": 0.66, "events": 0.68, "typed_events": 0.61}
OWNDOCS37 = OWNDOCS.parent / "owndocs37"
# bench/owndocs37, a fresh held-out set until session 43 (now tuned on: its README): first run on main 0fad95b's code
# actors 0.935, relations 0.786 / typed 0.742, events 0.622 / typed 0.581; the floor only catches a regression
FRESH37_FLOORS = {"actors": 0.91, "relations": 0.76, "typed_relations": 0.72, "events": 0.60, "typed_events": 0.56}
OWNDOCS38 = OWNDOCS.parent / "owndocs38"
# bench/owndocs38, a fresh held-out set until session 43 (now tuned on: its README): first run on main 0fad95b's code
# actors 0.953, relations 0.757 / typed 0.699, events 0.691 / typed 0.588; the floor only catches a regression
FRESH38_FLOORS = {"actors": 0.93, "relations": 0.73, "typed_relations": 0.67, "events": 0.66, "typed_events": 0.56}
OWNDOCS39 = OWNDOCS.parent / "owndocs39"
# bench/owndocs39, a fresh held-out set until session 44 (now tuned on: its README): first run on main 484ed32's code
# actors 0.921, relations 0.715 / typed 0.699, events 0.798 / typed 0.748; the floor only catches a regression
FRESH39_FLOORS = {"actors": 0.90, "relations": 0.69, "typed_relations": 0.67, "events": 0.77, "typed_events": 0.72}
OWNDOCS40 = OWNDOCS.parent / "owndocs40"
# bench/owndocs40, a fresh held-out set until session 44 (now tuned on: its README): first run on main 484ed32's code
# actors 0.944, relations 0.842 / typed 0.842, events 0.761 / typed 0.728; the floor only catches a regression
FRESH40_FLOORS = {"actors": 0.92, "relations": 0.81, "typed_relations": 0.81, "events": 0.73, "typed_events": 0.70}
OWNDOCS41 = OWNDOCS.parent / "owndocs41"
# bench/owndocs41, a fresh held-out set until session 45 (now tuned on: its README): first run on main 2d4c303's code
# actors 0.941, relations 0.838 / typed 0.821, events 0.769 / typed 0.674; the floor only catches a regression
FRESH41_FLOORS = {"actors": 0.92, "relations": 0.81, "typed_relations": 0.79, "events": 0.74, "typed_events": 0.64}
OWNDOCS42 = OWNDOCS.parent / "owndocs42"
# bench/owndocs42, a fresh held-out set until session 45 (now tuned on: its README): first run on main 2d4c303's code
# actors 0.943, relations 0.780 / typed 0.780, events 0.647 / typed 0.612; the floor only catches a regression
FRESH42_FLOORS = {"actors": 0.92, "relations": 0.75, "typed_relations": 0.75, "events": 0.62, "typed_events": 0.58}
OWNDOCS44 = OWNDOCS.parent / "owndocs44"
# bench/owndocs44, a fresh held-out set until session 46 (now tuned on: its README): first run on main a1cff13's code
# actors 0.971, relations 0.788 / typed 0.692, events 0.772 / typed 0.740; the floor only catches a regression
FRESH44_FLOORS = {"actors": 0.95, "relations": 0.76, "typed_relations": 0.66, "events": 0.74, "typed_events": 0.71}
OWNDOCS43 = OWNDOCS.parent / "owndocs43"
# bench/owndocs43, a fresh held-out set until session 46 (now tuned on: its README): first run on main a1cff13's code
# actors 0.943, relations 0.810 / typed 0.759, events 0.746 / typed 0.667; the floor only catches a regression
FRESH43_FLOORS = {"actors": 0.92, "relations": 0.78, "typed_relations": 0.73, "events": 0.72, "typed_events": 0.64}
OWNDOCS46 = OWNDOCS.parent / "owndocs46"
# bench/owndocs46, a fresh held-out set (never tuned on: a measure, not a target): first run on main 5a89542's code
# actors 0.953, relations 0.755 / typed 0.717, events 0.763 / typed 0.693; the floor only catches a regression
FRESH46_FLOORS = {"actors": 0.93, "relations": 0.73, "typed_relations": 0.69, "events": 0.74, "typed_events": 0.67}
OWNDOCS48 = OWNDOCS.parent / "owndocs48"
# bench/owndocs48, a fresh held-out set (never tuned on: a measure, not a target): first run on main e146ff0's code
# actors 0.962, relations 0.812 / typed 0.812, events 0.766 / typed 0.701; the floor only catches a regression
FRESH48_FLOORS = {"actors": 0.94, "relations": 0.79, "typed_relations": 0.79, "events": 0.74, "typed_events": 0.68}
OWNDOCS45 = OWNDOCS.parent / "owndocs45"
# bench/owndocs45, a fresh held-out set (never tuned on: a measure, not a target): first run on main 5a89542's code
# actors 0.948, relations 0.806 / typed 0.806, events 0.764 / typed 0.715; the floor only catches a regression
FRESH45_FLOORS = {"actors": 0.92, "relations": 0.78, "typed_relations": 0.78, "events": 0.74, "typed_events": 0.69}
OWNDOCS47 = OWNDOCS.parent / "owndocs47"
# bench/owndocs47, a fresh held-out set (never tuned on: a measure, not a target): first run on main e146ff0's code
# actors 0.925, relations 0.643 / typed 0.626, events 0.691 / typed 0.610; the floor only catches a regression
FRESH47_FLOORS = {"actors": 0.90, "relations": 0.62, "typed_relations": 0.60, "events": 0.67, "typed_events": 0.58}
OWNDOCS49 = OWNDOCS.parent / "owndocs49"
# bench/owndocs49, a fresh held-out set (never tuned on: a measure, not a target): first run on main 231a6a2's code
# actors 0.960, relations 0.761 / typed 0.749, events 0.818 / typed 0.785; the floor only catches a regression
FRESH49_FLOORS = {"actors": 0.93, "relations": 0.73, "typed_relations": 0.72, "events": 0.79, "typed_events": 0.76}
OWNDOCS50 = OWNDOCS.parent / "owndocs50"
# bench/owndocs50, a fresh held-out set (never tuned on: a measure, not a target): first run on main 231a6a24's code
# actors 0.972, relations 0.750 / typed 0.713, events 0.784 / typed 0.700; the floor only catches a regression
FRESH50_FLOORS = {"actors": 0.95, "relations": 0.73, "typed_relations": 0.69, "events": 0.76, "typed_events": 0.68}
OWNDOCS18 = OWNDOCS.parent / "owndocs18"
# bench/owndocs18, wire stories and government/UN statements dense in ties (issue 8, relation recall): first run
# relations 0.673 (P 0.81, R 0.58), actors 0.930, events 0.650 / 0.602; branch relwire reached relations 0.781 / 0.771
# (relations/wire.py)
WIRE_TIES_FLOORS = {"actors": 0.91, "relations": 0.74, "typed_relations": 0.73, "events": 0.62}
OWNDOCS19 = OWNDOCS.parent / "owndocs19"
# bench/owndocs19, the second wire-story tuning set (issue 8, dense in events): first run actors 0.970, relations
# 0.711, events 0.716 / 0.617; branch wireev reached events 0.759 / 0.690 (events/wire_targets.py, wire_acts.py)
WIRE_EVENT_FLOORS = {"actors": 0.95, "relations": 0.69, "events": 0.73, "typed_events": 0.66}
OWNDOCS17 = OWNDOCS.parent / "owndocs17"
# bench/owndocs17, monitor reports and analyses dense in ties (issue 8, relation recall in those styles): first run
# relations 0.497 (P 0.73, R 0.38; 0.505 on the gold fixed in its second commit), actors 0.910, events 0.702 / 0.623;
# branch relmon reached relations 0.663 / 0.635 (P 0.84, R 0.55; relations/monitor.py)
MONITOR_TIES_FLOORS = {"actors": 0.89, "relations": 0.63, "events": 0.68, "typed_events": 0.60}
OWNDOCS21 = OWNDOCS.parent / "owndocs21"
# bench/owndocs21, the seed's arena by other writers (issue 8: analyses, wires, statements, monitor reports on Iraq,
# Iran, Syria, Lebanon 2019-2023): first run actors 0.960, relations 0.750, events 0.660 / 0.589 (on its fixed gold);
# branch irq21 reached actors 0.980, relations 0.789, events 0.715 / 0.663
SEED_ARENA_FLOORS = {"actors": 0.96, "relations": 0.76, "events": 0.69, "typed_events": 0.63}
OWNDOCS23 = OWNDOCS.parent / "owndocs23"
# bench/owndocs23, the kinds news-dev's even half scores low on (issue 8, the events half gap: defence news articles,
# designation releases, encyclopaedia pages on a massacre and clashes, a weekly digest): first run actors 0.893,
# relations 0.608, events 0.712 / 0.628; branch evgap reached events 0.762 / 0.677
EVEN_KINDS_FLOORS = {"actors": 0.88, "relations": 0.59, "events": 0.74, "typed_events": 0.66}
OWNDOCS25 = OWNDOCS.parent / "owndocs25"
# bench/owndocs25, wire copy of other decades and kinds (issue 8: flashes, a round-up, quotes, background, many sides;
# 1995-2014): first run actors 0.957, relations 0.676, events 0.693 / 0.600 (0.698 / 0.626 on its fixed gold); branch
# docs25 reached events 0.724 / 0.652
OTHER_DECADES_FLOORS = {"actors": 0.94, "relations": 0.66, "events": 0.71, "typed_events": 0.64}
OWNDOCS24 = OWNDOCS.parent / "owndocs24"
# bench/owndocs24, report kinds no set had (issue 8: a UN panel excerpt, an obituary, a chronology page, a militia
# explainer, a committee report, a court order summary, an NGO report, election observers, a commentary with notes,
# a sanctions-evasion investigation): first run (gold aligned) actors 0.919, relations 0.735, events 0.680 / 0.610;
# branch docs24 reached relations 0.778, events 0.780 / 0.712
REPORT_KINDS_FLOORS = {"actors": 0.90, "relations": 0.76, "events": 0.76, "typed_events": 0.69}
OWNDOCS26 = OWNDOCS.parent / "owndocs26"
# bench/owndocs26, statement and release kinds no set had (issue 8: a military command release, a foreign ministry
# statement, an embassy alert, a militia statement via a monitor, a spokesman's transcript, a joint communique, a UNSC
# press statement, a sanctions notice, a think-tank note, a vote report, a factbox, a weekly digest): first run (gold
# aligned) actors 0.920, relations 0.587, events 0.613 / 0.586; branch docs26 reached actors 0.926, relations 0.659,
# events 0.664 / 0.628
STATEMENT_KINDS_FLOORS = {"actors": 0.91, "relations": 0.64, "events": 0.65, "typed_events": 0.61}
OWNDOCS27 = OWNDOCS.parent / "owndocs27"
# bench/owndocs27, tie-rich kinds no set had, coded before any rule saw them (issue 8: an obituary, a militia leader's
# profile, a committee hearing, a press conference, a religious leaders' meeting, a proxy-network long read, election
# results, an NGO report, a cabinet who's-who, a ceasefire story, a sanctions-evasion investigation, a tribunal's
# judgment): first run (gold aligned) actors 0.902, relations 0.699, events 0.547 / 0.484; branch docs27 reached
# actors 0.917, relations 0.743, events 0.589 / 0.527
TIE_KINDS_FLOORS = {"actors": 0.90, "relations": 0.72, "events": 0.57, "typed_events": 0.50}
SETS = {"owndocs": (OWNDOCS, 12, FLOORS), "owndocs4": (OWNDOCS4, 8, STATEMENT_FLOORS),
        "owndocs6": (OWNDOCS6, 8, ANALYSIS_FLOORS), "owndocs9": (OWNDOCS9, 6, MONITOR_FLOORS),
        "owndocs10": (OWNDOCS10, 8, WIRE_FLOORS), "owndocs11": (OWNDOCS11, 6, TIES_FLOORS),
        "owndocs14": (OWNDOCS14, 8, GOVERNMENT_FLOORS), "owndocs15": (OWNDOCS15, 8, REPORT_TIES_FLOORS),
        "owndocs13": (OWNDOCS13, 7, EVENTFUL_FLOORS), "owndocs17": (OWNDOCS17, 8, MONITOR_TIES_FLOORS),
        "owndocs18": (OWNDOCS18, 8, WIRE_TIES_FLOORS), "owndocs19": (OWNDOCS19, 8, WIRE_EVENT_FLOORS),
        "owndocs16": (OWNDOCS16, 12, FRESH16_FLOORS), "owndocs20": (OWNDOCS20, 12, FRESH20_FLOORS),
        "owndocs22": (OWNDOCS22, 12, FRESH22_FLOORS), "owndocs28": (OWNDOCS28, 12, FRESH28_FLOORS),
        "owndocs30": (OWNDOCS30, 12, FRESH30_FLOORS),
        "owndocs29": (OWNDOCS29, 12, FRESH29_FLOORS),
        "owndocs31": (OWNDOCS31, 12, FRESH31_FLOORS),
        "owndocs32": (OWNDOCS32, 12, FRESH32_FLOORS),
        "owndocs34": (OWNDOCS34, 12, FRESH34_FLOORS),
        "owndocs33": (OWNDOCS33, 12, FRESH33_FLOORS),
        "owndocs36": (OWNDOCS36, 12, FRESH36_FLOORS),
        "owndocs35": (OWNDOCS35, 12, FRESH35_FLOORS),
        "owndocs37": (OWNDOCS37, 12, FRESH37_FLOORS),
        "owndocs38": (OWNDOCS38, 12, FRESH38_FLOORS),
        "owndocs39": (OWNDOCS39, 12, FRESH39_FLOORS),
        "owndocs40": (OWNDOCS40, 12, FRESH40_FLOORS),
        "owndocs41": (OWNDOCS41, 12, FRESH41_FLOORS),
        "owndocs42": (OWNDOCS42, 12, FRESH42_FLOORS),
        "owndocs44": (OWNDOCS44, 12, FRESH44_FLOORS),
        "owndocs43": (OWNDOCS43, 12, FRESH43_FLOORS),
        "owndocs46": (OWNDOCS46, 12, FRESH46_FLOORS),
        "owndocs45": (OWNDOCS45, 12, FRESH45_FLOORS),
        "owndocs47": (OWNDOCS47, 12, FRESH47_FLOORS),
        "owndocs48": (OWNDOCS48, 12, FRESH48_FLOORS),
        "owndocs49": (OWNDOCS49, 12, FRESH49_FLOORS),
        "owndocs50": (OWNDOCS50, 12, FRESH50_FLOORS),
        "owndocs21": (OWNDOCS21, 10, SEED_ARENA_FLOORS), "owndocs23": (OWNDOCS23, 10, EVEN_KINDS_FLOORS),
        "owndocs24": (OWNDOCS24, 10, REPORT_KINDS_FLOORS), "owndocs25": (OWNDOCS25, 12, OTHER_DECADES_FLOORS),
        "owndocs26": (OWNDOCS26, 12, STATEMENT_KINDS_FLOORS), "owndocs27": (OWNDOCS27, 12, TIE_KINDS_FLOORS)}


@pytest.fixture(scope="module")
def set_scores():
    """Each set evaluated once for all its floors."""
    scores = {}

    def of(name: str) -> dict:
        if name not in scores:
            folder, documents, _ = SETS[name]
            report = evaluate(folder)
            assert report["documents"] == documents
            scores[name] = report["categories"]
        return scores[name]
    return of


@pytest.mark.parametrize(("name", "category"), [(n, c) for n, (_, _, floors) in SETS.items() for c in sorted(floors)])
def test_set_floor(set_scores, name, category):
    floor = SETS[name][2][category]
    assert set_scores(name)[category]["f1"] >= floor, set_scores(name)[category]

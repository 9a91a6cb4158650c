"""Fill start/end of every evidence in the owndocs gold files and check them.

The gold is written by hand (evidence strings, never foothold output); this script only
locates each evidence in its document. An item may carry `occurrence` (0-based) when its
evidence string occurs more than once; otherwise it must occur exactly once. It also checks
that every id an item uses is a declared actor and that every name and alias occurs in the text.

    python bench/owndocs/make_offsets.py [DIR]   # DIR defaults to bench/owndocs (e.g. bench/owndocs2)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
PREDICATES = {"leads", "member_of", "part_of", "allied_with", "opposes"}
ACTOR_TYPES = {"person", "organization", "media", "country", "place"}


def occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def locate(text: str, item: dict, where: str) -> list[str]:
    evidence = item["evidence"]
    hits = occurrences(text, evidence)
    nth = item.get("occurrence")
    if not hits:
        return [f"{where}: evidence not in text: {evidence!r}"]
    if nth is None and len(hits) > 1:
        return [f"{where}: evidence occurs {len(hits)} times, give an occurrence: {evidence!r}"]
    start = hits[nth or 0]
    item["start"], item["end"] = start, start + len(evidence)
    return []


def names_of(actor: dict) -> list[str]:
    return [actor["name"], *actor.get("aliases", [])]


def fill(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["document"]).read_text(encoding="utf-8")
    body = text.find("\n\n")  # no name or evidence may rest on the two header lines
    problems = []
    ids = {a["id"]: a for a in gold["actors"]}
    if len(ids) != len(gold["actors"]):
        problems.append(f"{gold_path.name}: duplicate actor id")
    for a in gold["actors"]:
        if a["type"] not in ACTOR_TYPES:
            problems.append(f"{gold_path.name}: actor {a['id']} has type {a['type']}")
        for name in names_of(a):
            if name not in text[body:]:
                problems.append(f"{gold_path.name}: name {name!r} not in the text")
    for kind in ("relations", "citations", "events"):
        for n, item in enumerate(gold.get(kind, [])):
            where = f"{gold_path.name} {kind}[{n}]"
            problems += locate(text, item, where)
            if item.get("start") is not None and item["start"] < body:
                problems.append(f"{where}: evidence in the header")
            used = item.get("source", []) + item.get("target", []) + [item.get("location")]
            if kind == "relations":
                used = [item["subject"], item["object"]]
                if item["predicate"] not in PREDICATES:
                    problems.append(f"{where}: predicate {item['predicate']}")
                # FORMAT.md: the evidence states the relation, so it names both sides; `implied` marks news-dev's
                # one exception, a bare title before a name leading the state the text is about ("President X")
                problems += [f"{where}: evidence names no form of {i}" for i in used
                             if i in ids and not item.get("implied")
                             and not any(n in item["evidence"] for n in names_of(ids[i]))]
            if kind == "events" and item["type"] not in TYPES:
                problems.append(f"{where}: type {item['type']}")
            problems += [f"{where}: unknown actor {i}" for i in used if i and i not in ids]
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return problems


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    problems = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        problems += fill(gold_path)
    print("\n".join(problems) or "all evidence located")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

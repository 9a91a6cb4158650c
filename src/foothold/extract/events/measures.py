"""A verb whose event comes from the class of measure it acts on (data/measures.yaml).

"suspended the licence", "cancelled flight permissions", "extended the waiver", "imposed a curfew", "lifted the
embargo", "ended his membership": the verb says whether a measure is put in place, taken away or granted, the
measure's class what that does to the party it falls on (PLOVER SANCTION, COERCE restrict, RETREAT ease
restrictions). ``measure_trigger(verb, lex)`` is asked by ``triggers.find_triggers`` only where plover.yaml has no
entry for the verb, or its entry lists objects and none of them is acted on (the listed sense wins).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from ...yamlfile import load_yaml
from .arguments import subject_of
from .lexicon import Lexicon, LexiconError, Trigger, _trigger
from .nominal import of_object

MEASURES_PATH = Path(__file__).resolve().parents[2] / "data" / "measures.yaml"
ACTED_ON = ("dobj", "nsubjpass")


class MeasuresError(LexiconError):
    """data/measures.yaml is malformed."""
    code = "E212"


@dataclass(frozen=True)
class Measures:
    classes: dict[str, frozenset[str]]           # measure class -> nouns ("state of emergency", "flight permission")
    verbs: dict[str, frozenset[str]]             # verb class -> lemmas
    readings: dict[tuple[str, str], Trigger]     # (verb class, measure class) -> the event
    named_holder: frozenset[tuple[str, str]] = frozenset()   # readings that need a named holder of the measure
    agents: frozenset[str] = frozenset()         # unnamed bodies that take measures ("the government")
    nouns: dict[str, str] = field(default_factory=dict)   # "suspension" -> "suspend"


def _fail(path: Path, message: str) -> MeasuresError:
    return MeasuresError(message, path=str(path), fix="Correct the entry in data/measures.yaml (see its header).")


def _word_lists(path: Path, raw: dict, key: str) -> dict[str, frozenset[str]]:
    section = raw.get(key)
    if not isinstance(section, dict) or not section:
        raise _fail(path, f"`{key}` must map names to lists of words")
    out = {}
    for name, words in section.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise _fail(path, f"{key}.{name} must be a list of words")
        out[str(name)] = frozenset(w.lower() for w in words)
    return out


def parse_measures(raw, path: Path = MEASURES_PATH) -> Measures:
    """Validate the raw YAML mapping and build the table."""
    if not isinstance(raw, dict):
        raise _fail(path, "the file must be a mapping")
    classes, verbs = _word_lists(path, raw, "classes"), _word_lists(path, raw, "verbs")
    readings, holders = {}, set()
    for i, spec in enumerate(raw.get("readings") or ()):
        if not isinstance(spec, dict) or spec.get("verbs") not in verbs or spec.get("objects") not in classes:
            raise _fail(path, f"readings[{i}]: needs `verbs` (a verb class) and `objects` (a measure class)")
        key = (spec["verbs"], spec["objects"])
        if key in readings:
            raise _fail(path, f"readings[{i}]: {key} is read twice")
        rest = {k: v for k, v in spec.items() if k not in ("verbs", "objects", "named_holder")}
        readings[key] = _trigger(path, f"readings[{i}]", rest)
        if spec.get("named_holder"):
            holders.add(key)
    if not readings:
        raise _fail(path, "`readings` must list at least one reading")
    agents = raw.get("agents") or []
    if not isinstance(agents, list) or not all(isinstance(w, str) and w.strip() for w in agents):
        raise _fail(path, "`agents` must be a list of words")
    nouns = raw.get("nouns") or {}
    if not isinstance(nouns, dict) or not all(isinstance(v, str) and any(v.lower() in ls for ls in verbs.values())
                                              for v in nouns.values()):
        raise _fail(path, "`nouns` must map nouns to verbs listed under `verbs`")
    return Measures(classes, verbs, readings, frozenset(holders), frozenset(w.lower() for w in agents),
                    {str(k).lower(): v.lower() for k, v in nouns.items()})


@lru_cache(maxsize=2)
def load_measures(path: str | None = None) -> Measures:
    p = Path(path) if path else MEASURES_PATH
    try:
        raw = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(p, f"cannot read the measures table: {exc}") from exc
    return parse_measures(raw, p)


def measure_keys(noun) -> list[str]:
    """The keys a measure noun is looked up by, most specific first: "state of emergency", "flight permission",
    then the head's lemma ("permission"). A modifier alone never decides ("visa requirement" is a requirement)."""
    head = noun.lemma_.lower()
    keys = []
    inner = of_object(noun)
    if inner is not None:
        keys.append(f"{head} of {inner.lower_}")
    keys += [f"{m.lower_} {word}" for m in noun.children if m.dep_ in ("compound", "amod") and m.i == noun.i - 1
             for word in (head, noun.lower_)]
    return keys + [head, noun.lower_]


def acted_on(verb) -> list:
    """What the verb acts on: its object or passive subject and their conjuncts; for a reduced passive ("a lockdown
    declared by the government") the noun it modifies; what a person is stripped of ("stripped X of his
    citizenship")."""
    objs = [c for c in verb.children if c.dep_ in ACTED_ON]
    objs += [o for c in objs for o in c.conjuncts]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        objs.append(verb.head)
    objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    objs += [inner for o in list(objs) if (inner := of_object(o)) is not None]   # "stripped 94 opponents of their ..."
    return objs


def takes_measures(verb, table: Measures) -> bool:
    """The doer can take a measure: a passive, or an active subject that is a pronoun, names someone or is an
    unnamed body of `agents` ("the government", "Peru's president"; not "heavy snow", "the pandemic")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return True
    subj, _ = subject_of(verb)
    if subj is None:
        return False
    return subj.pos_ in ("PRON", "PROPN") or subj.lemma_.lower() in table.agents \
        or any(t.pos_ == "PROPN" or t.ent_type_ for t in subj.subtree)


def measure_class(noun, table: Measures) -> str | None:
    for key in measure_keys(noun):
        for name, nouns in table.classes.items():
            if key in nouns:
                return name
    return None


def named_holder(verb, noun) -> bool:
    """A named party holds the measure: the verb's other object ("granted Chevron a licence"), a clause of the
    measure naming whom it lets act ("the waiver allowing Iraq to ..."), or a to/for/of phrase of the verb or the
    measure ("extended the waiver for Iraq", "a licence to X")."""
    if any(c.dep_ in ("dobj", "dative") and c.i != noun.i and c.pos_ == "PROPN" for c in verb.children):
        return True
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    clauses += [k for c in clauses for k in c.children if k.dep_ in ("ccomp", "xcomp")]
    if any(t.dep_ in ("nsubj", "dobj", "dative") and t.pos_ == "PROPN" for c in clauses for t in c.children):
        return True         # "the waiver allowing Iraq to buy electricity": whom it lets act
    return any(p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for", "of") and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in o.subtree)) for o in p.children)
        for h in (verb, noun) for p in h.children)


def measure_trigger(verb, lex: Lexicon, table: Measures | None = None):
    """The measure acted on and the event its verb makes of it, or None ("suspended the licence" -> licence,
    SANCTION). The doer must be able to take a measure (`takes_measures`)."""
    table = table or load_measures()
    lemma = verb.lemma_.lower()
    classes = [name for name, lemmas in table.verbs.items() if lemma in lemmas]
    if not classes or verb.pos_ != "VERB" or not takes_measures(verb, table):
        return None
    for noun in acted_on(verb):
        measure = measure_class(noun, table)
        for verb_class in classes:
            trig = table.readings.get((verb_class, measure))
            if trig is not None and ((verb_class, measure) not in table.named_holder or named_holder(verb, noun)):
                return noun, trig
    return None


def measure_noun_trigger(noun, table: Measures | None = None) -> Trigger | None:
    """The event a measure noun tells with the measure in its of-phrase ("the suspension of flights to X":
    SANCTION), read as an event noun whose of-phrase holder is the target; or None."""
    table = table or load_measures()
    verb = table.nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    measure = of_object(noun)
    if verb is None or measure is None:
        return None
    kind = measure_class(measure, table)
    for verb_class, lemmas in table.verbs.items():
        trig = table.readings.get((verb_class, kind)) if verb in lemmas else None
        if trig is not None and (verb_class, kind) not in table.named_holder:
            return replace(trig, noun=True, of="target", needs_actor=True)
    return None

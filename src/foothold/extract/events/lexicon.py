"""The PLOVER lexicon (data/plover.yaml): types, quads and trigger words, validated on load."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ...errors import DataFileError
from ...model import EVENT_TYPES
from ...yamlfile import load_yaml

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "plover.yaml"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
SPHERES = ("political", "military", "economic", "religious", "information")
NOUN_ROLES = ("source", "target")


class LexiconError(DataFileError):
    """The PLOVER lexicon is malformed."""
    code = "E211"


@dataclass(frozen=True)
class Trigger:
    """What a trigger word means: the PLOVER type and how to read its arguments."""
    type: str
    mode: str | None
    sphere: str | None = None
    of: str = "source"                       # nouns: role of the of-object / possessor
    needs_target: bool = False               # only an event when something is acted on
    needs_actor: bool = False                # only an event when an actor is attached
    needs_cue: bool = False                  # only an event when the clause carries a speech cue
    needs_agent: bool = False                # only an event with a by-agent ("shut by Iraqi authorities")
    needs_prep: tuple[str, ...] = ()         # only an event with one of these prepositions
    needs_nonactor_object: bool = False      # the prep object is a thing, not an actor ("from the accord")
    target_types: tuple[str, ...] = ()       # restrict targets to these actor types
    needs_object: bool = False               # only an event with a direct object ("engaged a unit", not "engaged with")
    needs_clause: bool = False               # only an event with a clausal complement ("encouraged X to talk")
    actor_subject: bool = False              # active voice needs an actor as subject ("ISIS forced", not "the war forced")
    active_only: bool = False                # no event in the passive ("Mubarak flew to Riyadh", not "fighters were flown to Basra")
    agent_passive: bool = False              # with active_only: a passive naming its doer acts ("was elected by parliament")
    reported_only: bool = False              # only a reported act: past tense or have/be + participle ("fought", not "to fight")
    or_objects: tuple[str, ...] = ()         # needs_target is also met by one of these objects ("provided air support")
    only_objects: tuple[str, ...] = ()       # only an event with one of these object lemmas ("closed the border")
    actor_objects: tuple[str, ...] = ()      # actor types whose named object also meets only_objects ("suspended Gabon");
                                             # `true` in plover.yaml means country and organization
    no_object: bool = False                  # only an event without one ("protesters demonstrated", not "demonstrated unity")
    light_only: bool = False                 # nouns: only an event carried by a light verb ("passed a resolution")
    content_typed: bool = False              # nouns: a cue in what the noun says decides the type ("a resolution condemning X")
    noun: bool = False
    otherwise: "Trigger | None" = None       # nouns: the sense when needs_prep / needs_nonactor_object fail
    by_object: tuple = ()                    # verbs: (object lemmas, Trigger) senses that win when one is acted on


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    head: int
    trigger: Trigger


@dataclass(frozen=True)
class Placing:
    """A CAMEO-style ``VERB * (PREP NOUN)`` pattern: the verb puts its object into the state the noun
    names ("placed X under house arrest", "took X into custody", "put X on trial")."""
    verbs: frozenset[str]
    prep: str
    nouns: frozenset[str]
    trigger: Trigger


@dataclass(frozen=True)
class Admitting:
    """PLOVER RETREAT access: a verb letting a third party in ("allowed UN inspectors to return")."""
    verbs: frozenset[str]
    entry: frozenset[str]
    parties: frozenset[str]
    trigger: Trigger


@dataclass(frozen=True)
class Incursion:
    """Armed forces moving into a country ("Ethiopian troops entered Somalia", "tanks rolled into Georgia"):
    one of `verbs` whose subject is one of `movers` with a direct object or an into-phrase."""
    verbs: frozenset[str]
    movers: frozenset[str]
    trigger: Trigger


@dataclass(frozen=True)
class Nominal:
    """Event nouns derived from trigger verbs (events/nominal.py): suffix rules (strip, add), verbs
    that are their own noun ("the release of"), verbs whose of-object is the doer, nouns never read so."""
    suffixes: tuple[tuple[str, str], ...]
    zero: frozenset[str]
    doer_of: frozenset[str]
    exclude: frozenset[str]


@dataclass
class Lexicon:
    quads: dict[str, str]
    modes: dict[str, tuple[str, ...]]
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]                # single words and two-word compounds ("rocket attack")
    phrases: list[Phrase]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    speech_modes: dict[str, str]
    cue_order: tuple[str, ...]
    dominant_cues: tuple[str, ...]
    capitals: dict[str, str]
    cues: dict[str, tuple[str, ...]]
    anchors: frozenset[str]
    homage_sites: frozenset[str] = frozenset()
    aspect_verbs: frozenset[str] = frozenset()
    concluding_verbs: dict[str, Trigger] = field(default_factory=dict)   # "concluded an accord", "struck a deal"
    concluding_objects: frozenset[str] = frozenset()
    placing: tuple[Placing, ...] = ()
    admitting: Admitting | None = None
    expelling: Admitting | None = None        # same shape: "ordered U.S. forces to leave"
    nominal: Nominal | None = None
    incursion: Incursion | None = None
    campaign_nouns: frozenset[str] = frozenset()
    alleged_conduct: frozenset[str] = frozenset()   # verbs that, told of another party by a speaker, accuse it
    cue_exclusions: frozenset[str] = frozenset()    # words a statement cue must not find as their prefix
    pledge_nouns: frozenset[str] = frozenset()      # "reaffirmed its commitment to ...": a stated pledge (pledges.py)
    explosive_devices: frozenset[str] = frozenset()  # "struck a mine", "a car bomb exploded" (monitor.py)
    ground_nouns: frozenset[str] = frozenset()       # "the capital fell to X", "took the town" (territory.py)
    fighting_bodies: frozenset[str] = frozenset()    # "fell to the rebels" (territory.py)
    device_encounters: frozenset[str] = frozenset()
    blast_verbs: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()          # "his family blamed X": not the person's act (monitor.py)
    path: str = field(default=str(LEXICON_PATH))


def _fail(path: Path, message: str) -> LexiconError:
    return LexiconError(message, path=str(path), fix="Correct the entry in the PLOVER lexicon (see the header comment).")


def _words(path: Path, raw: dict, key: str) -> frozenset[str]:
    """An optional list of lower-case words."""
    words = raw.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise _fail(path, f"`{key}` must be a list of words")
    return frozenset(w.lower() for w in words)


ACTOR_OBJECT_TYPES = ("country", "organization", "place", "person")


def _actor_objects(path, where: str, value) -> tuple[str, ...]:
    """`actor_objects`: true (a country or organisation), false, or a list of actor types."""
    if value is True:
        return ("country", "organization")
    if not value:
        return ()
    types = tuple(str(v) for v in value)
    if any(t not in ACTOR_OBJECT_TYPES for t in types):
        raise _fail(path, f"{where}: `actor_objects` takes true or actor types among {ACTOR_OBJECT_TYPES}, got {value!r}")
    return types


def _trigger(path: Path, where: str, spec: dict, noun: bool = False) -> Trigger:
    if not isinstance(spec, dict) or spec.get("type") not in EVENT_TYPES:
        raise _fail(path, f"{where}: needs a `type` among the 16 PLOVER types, got {spec!r}")
    sphere = spec.get("sphere")
    if sphere is not None and sphere not in SPHERES:
        raise _fail(path, f"{where}: unknown sphere {sphere!r}")
    of = spec.get("of", "source")
    if of not in NOUN_ROLES:
        raise _fail(path, f"{where}: `of` must be source or target")
    known = {"type", "mode", "sphere", "of", "needs_target", "needs_actor", "needs_cue", "needs_agent",
             "needs_prep", "needs_nonactor_object", "target_types", "noun", "words", "head",
             "needs_object", "no_object", "actor_subject", "active_only", "agent_passive", "reported_only", "or_objects", "only_objects", "light_only", "actor_objects",
             "content_typed", "otherwise", "by_object", "needs_clause"}
    unknown = set(spec) - known
    if unknown:
        raise _fail(path, f"{where}: unknown keys {sorted(unknown)}")
    return Trigger(type=spec["type"], mode=spec.get("mode"), sphere=sphere, of=of,
                   needs_target=bool(spec.get("needs_target", False)),
                   needs_actor=bool(spec.get("needs_actor", False)),
                   needs_cue=bool(spec.get("needs_cue", False)),
                   needs_agent=bool(spec.get("needs_agent", False)),
                   needs_prep=tuple(spec.get("needs_prep", ())),
                   needs_nonactor_object=bool(spec.get("needs_nonactor_object", False)),
                   target_types=tuple(spec.get("target_types", ())),
                   needs_object=bool(spec.get("needs_object", False)),
                   needs_clause=bool(spec.get("needs_clause", False)),
                   no_object=bool(spec.get("no_object", False)),
                   actor_subject=bool(spec.get("actor_subject", False)),
                   active_only=bool(spec.get("active_only", False)),
                   agent_passive=bool(spec.get("agent_passive", False)),
                   reported_only=bool(spec.get("reported_only", False)),
                   or_objects=tuple(str(w).lower() for w in spec.get("or_objects", ())),
                   only_objects=tuple(str(w).lower() for w in _flat(spec.get("only_objects", ()))),
                   light_only=bool(spec.get("light_only", False)),
                   actor_objects=_actor_objects(path, where, spec.get("actor_objects", False)),
                   content_typed=bool(spec.get("content_typed", False)),
                   noun=bool(spec.get("noun", noun)),
                   otherwise=_trigger(path, f"{where}.otherwise", spec["otherwise"], noun=noun)
                   if spec.get("otherwise") is not None else None,
                   by_object=tuple(_object_sense(path, f"{where}.by_object[{i}]", sense)
                                   for i, sense in enumerate(spec.get("by_object") or ())))


def _flat(words) -> list:
    """A word list that may name a shared list by its YAML alias among its words ("[relation, tie, *institutions]")."""
    return [w for item in words for w in (item if isinstance(item, list) else [item])]


def _object_sense(path: Path, where: str, spec) -> tuple[frozenset[str], Trigger]:
    """One `by_object` entry: the objects it applies to and the trigger it makes ("intercepted a vessel")."""
    if not isinstance(spec, dict) or not spec.get("objects"):
        raise _fail(path, f"{where}: needs `objects` and a trigger (type, mode, sphere)")
    rest = {k: v for k, v in spec.items() if k != "objects"}
    return frozenset(str(w).lower() for w in spec["objects"]), _trigger(path, where, rest)


def parse_lexicon(raw: dict, path: Path = LEXICON_PATH) -> Lexicon:
    """Validate the raw YAML mapping and build the Lexicon."""
    if not isinstance(raw, dict):
        raise _fail(path, "the lexicon must be a mapping")
    for key in ("types", "verbs", "nouns", "phrases", "speech", "cues", "cue_order"):
        if key not in raw:
            raise _fail(path, f"missing section `{key}`")
    types = raw["types"]
    if set(types) != set(EVENT_TYPES):
        raise _fail(path, f"`types` must list exactly the 16 PLOVER types; differs by {sorted(set(types) ^ set(EVENT_TYPES))}")
    quads, modes = {}, {}
    for name, spec in types.items():
        if spec.get("quad") not in QUADS:
            raise _fail(path, f"types.{name}: quad must be one of {QUADS}")
        quads[name] = spec["quad"]
        modes[name] = tuple(spec.get("modes", ()))
    verbs = {lemma: _trigger(path, f"verbs.{lemma}", spec) for lemma, spec in raw["verbs"].items()}
    for lemma in [v for v in verbs if v.endswith("ize")]:     # British spellings: "apologised", "mobilised"
        verbs.setdefault(lemma[:-3] + "ise", verbs[lemma])
    nouns = {word: _trigger(path, f"nouns.{word}", spec, noun=True) for word, spec in raw["nouns"].items()}
    phrases = []
    for i, spec in enumerate(raw["phrases"]):
        words = tuple(str(spec.get("words", "")).lower().split())
        head = spec.get("head", 0)
        if not words or not 0 <= head < len(words):
            raise _fail(path, f"phrases[{i}]: needs `words` and a `head` index inside them")
        phrases.append(Phrase(words, head, _trigger(path, f"phrases[{i}]", spec)))
    cue_order = tuple(raw["cue_order"])
    if not set(cue_order) <= set(EVENT_TYPES) or set(raw["cues"]) - set(cue_order):
        raise _fail(path, "`cue_order` must list PLOVER types covering every `cues` entry")
    speech = raw["speech"]
    concluding = raw.get("concluding") or {}
    if concluding and not (isinstance(concluding.get("verbs"), dict) and concluding.get("objects")):
        raise _fail(path, "`concluding` needs `objects` and a mapping `verbs` (verb lemma -> type, mode, sphere)")
    placing = []
    for i, spec in enumerate(raw.get("placing") or ()):
        if not isinstance(spec, dict) or not spec.get("verbs") or not spec.get("prep") or not spec.get("nouns"):
            raise _fail(path, f"placing[{i}]: needs `verbs`, `prep` and `nouns` besides the trigger keys")
        trig = {k: v for k, v in spec.items() if k not in ("verbs", "prep", "nouns")}
        placing.append(Placing(frozenset(str(w).lower() for w in spec["verbs"]), str(spec["prep"]).lower(),
                               frozenset(str(w).lower() for w in spec["nouns"]), _trigger(path, f"placing[{i}]", trig)))
    admitting, expelling = (_complement_pattern(path, key, raw.get(key)) for key in ("admitting", "expelling"))
    nominal = raw.get("nominal")
    if nominal is not None:
        rules = nominal.get("suffixes") if isinstance(nominal, dict) else None
        if not rules or not all(isinstance(r, list) and len(r) == 2 and r[0] for r in rules):
            raise _fail(path, "`nominal.suffixes` must list [strip, add] pairs")
        nominal = Nominal(tuple((str(a).lower(), str(b or "").lower()) for a, b in rules),
                          frozenset(str(w).lower() for w in nominal.get("zero", ())),
                          frozenset(str(w).lower() for w in nominal.get("doer_of", ())),
                          frozenset(str(w).lower() for w in nominal.get("exclude", ())))
    incursion = raw.get("incursion")
    if incursion is not None:
        if not (isinstance(incursion, dict) and all(incursion.get(k) for k in ("verbs", "movers", "trigger"))):
            raise _fail(path, "`incursion` needs `verbs`, `movers` and a `trigger` (type, mode, sphere)")
        incursion = Incursion(frozenset(str(w).lower() for w in incursion["verbs"]),
                              frozenset(str(w).lower() for w in incursion["movers"]),
                              _trigger(path, "incursion.trigger", incursion["trigger"]))
    return Lexicon(
        quads=quads, modes=modes, verbs=verbs, nouns=nouns, phrases=phrases,
        light_verbs=frozenset(raw.get("light_verbs", ())),
        speech_verbs=frozenset(speech.get("verbs", ())),
        speech_modes=dict(speech.get("modes", {})),
        cue_order=cue_order,
        dominant_cues=tuple(raw.get("dominant_cues", ())),
        capitals={str(k): str(v) for k, v in (raw.get("capitals") or {}).items()},
        cues={t: with_participles(str(c).lower() for c in raw["cues"].get(t, ())) for t in cue_order},
        anchors=frozenset(raw.get("anchors", ())),
        homage_sites=frozenset(str(w).lower() for w in raw.get("homage_sites", ())),
        aspect_verbs=frozenset(str(w).lower() for w in raw.get("aspect_verbs", ())),
        concluding_verbs={str(v).lower(): _trigger(path, f"concluding.verbs.{v}", spec)
                          for v, spec in (concluding.get("verbs") or {}).items()},
        concluding_objects=frozenset(str(w).lower() for w in concluding.get("objects", ())),
        placing=tuple(placing),
        admitting=admitting,
        expelling=expelling,
        nominal=nominal,
        incursion=incursion,
        campaign_nouns=frozenset(str(w).lower() for w in raw.get("campaign_nouns", ())),
        alleged_conduct=_words(path, raw, "alleged_conduct"),
        cue_exclusions=_words(path, raw, "cue_exclusions"),
        pledge_nouns=_words(path, raw, "pledge_nouns"),
        explosive_devices=_words(path, raw, "explosive_devices"),
        ground_nouns=_words(path, raw, "ground_nouns"),
        fighting_bodies=_words(path, raw, "fighting_bodies"),
        device_encounters=_words(path, raw, "device_encounters"),
        blast_verbs=_words(path, raw, "blast_verbs"),
        kin_nouns=_words(path, raw, "kin_nouns"),
        path=str(path),
    )


@lru_cache(maxsize=4)
def _capitals_by_key(capitals: tuple) -> dict[str, str]:
    from ...resolve.names import normalise_name
    return {normalise_name(k): v for k, v in capitals}


def capitals_by_key(lex: Lexicon) -> dict[str, str]:
    """The lexicon's capitals by normalised name -> the state's name."""
    return _capitals_by_key(tuple(sorted(lex.capitals.items())))


NOT_VERB_ENDINGS = ("ing", "ed", "s", "tion", "al", "ment", "ty", "ous", "ful", "ble", "ic", "ive", "ly", "ould", "ust")


def participle(word: str) -> str | None:
    """The -ing form of a bare verb cue ("accuse" -> "accusing", "call" -> "calling"), or None for a word
    that is no bare verb by its ending."""
    if not word.isalpha() or len(word) < 4 or word.endswith(NOT_VERB_ENDINGS):
        return None
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing"
    return word + "ing"


def with_participles(cues) -> tuple[str, ...]:
    """Statement cues with the -ing forms of their verbs: "a statement blaming Iran", "calling on X to ..."
    (cues match as word prefixes, so "condemn" already finds "condemning" but "accuse" misses "accusing")."""
    out: list[str] = []
    for cue in cues:
        out.append(cue)
        first, _, rest = cue.partition(" ")
        ing = participle(first)
        if ing is not None and not (not rest and ing.startswith(first)):     # "condemn" already finds "condemning"
            variant = f"{ing} {rest}".strip()
            if variant not in out:
                out.append(variant)
    return tuple(out)


def _complement_pattern(path, key: str, spec) -> Admitting | None:
    """`admitting` / `expelling`: a verb letting in or sending out a party named as its complement's doer."""
    if spec is None:
        return None
    if not (isinstance(spec, dict) and all(spec.get(k) for k in ("verbs", "entry", "parties", "trigger"))):
        raise _fail(path, f"`{key}` needs `verbs`, `entry`, `parties` and a `trigger` (type, mode, sphere)")
    return Admitting(*(frozenset(str(w).lower() for w in spec[k]) for k in ("verbs", "entry", "parties")),
                     _trigger(path, f"{key}.trigger", spec["trigger"]))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The bundled lexicon (or one at ``path``), parsed and validated once."""
    p = Path(path) if path else LEXICON_PATH
    try:
        raw = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(p, f"cannot read the PLOVER lexicon: {exc}") from exc
    if not path:                  # the bundled lexicon takes its wire supplement (data/wire_vocab.yaml)
        from .wire_vocab import WIRE_VOCAB_PATH, merged, read_wire_vocab
        try:
            raw = merged(raw, read_wire_vocab())
        except (ValueError, yaml.YAMLError) as exc:
            raise _fail(WIRE_VOCAB_PATH, str(exc)) from exc
        from .statement_cues import STATEMENT_CUES_PATH, read_statement_cues, with_statement_cues
        try:                      # and its statement cues (data/statement_cues.yaml)
            raw = with_statement_cues(raw, read_statement_cues())
        except (ValueError, yaml.YAMLError) as exc:
            raise _fail(STATEMENT_CUES_PATH, str(exc)) from exc
    return parse_lexicon(raw, p)

"""The relation vocabulary: data/roles.yaml loaded, validated and indexed for phrase matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ...errors import DataFileError
from ...yamlfile import load_yaml

ROLES_PATH = Path(__file__).resolve().parents[2] / "data" / "roles.yaml"

# closed-class words the readers step over
POSSESSIVE = {"'s", "’s", "'", "’"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}


def _phrase(text: str) -> tuple[str, ...]:
    """A lexicon phrase as spaCy tokenises it: words, hyphens as their own token."""
    return tuple(t for t in re.split(r"\s+|(-)", text.lower().strip()) if t)


@dataclass(frozen=True)
class RoleLexicon:
    leads: frozenset
    members: frozenset
    allies: frozenset
    state_officers: frozenset
    state_staff: frozenset
    national_titles: dict
    country_heads: frozenset
    ministers: frozenset
    envoys: frozenset
    time_words: dict
    sitting_times: frozenset
    rank_words: frozenset
    title_qualifiers: frozenset
    demoting_ranks: frozenset
    state_bodies: frozenset
    owned_bodies: frozenset
    part_of_cues: frozenset
    allied_prefixes: frozenset
    allied_suffixes: frozenset
    opposed_prefixes: frozenset
    allied_cues: frozenset
    opposes_cues: frozenset
    name_opposes_cues: frozenset
    led_by_cues: frozenset
    demonyms: dict
    long_demonyms: dict
    country_proxies: frozenset
    group_nouns: frozenset
    honorifics: frozenset
    unit_words: frozenset
    member_nouns: frozenset
    agent_nouns: frozenset
    inclusion_cues: frozenset
    lead_verbs: frozenset
    owned_group_nouns: frozenset
    portfolio_stops: frozenset
    predicative_verbs: frozenset
    regional_heads: frozenset
    collective_nouns: frozenset
    clash_verbs: frozenset
    state_force_nouns: frozenset
    delegation_nouns: frozenset
    region_nouns: frozenset
    fight_verbs: frozenset
    attack_nouns: frozenset
    hostile_verbs: frozenset
    engage_verbs: frozenset
    partner_verbs: frozenset
    anaphor_nouns: frozenset
    regime_nouns: frozenset
    regard_verbs: frozenset
    enemy_nouns: frozenset
    partner_nouns: frozenset
    receive_verbs: frozenset
    join_verbs: frozenset
    led_unit_nouns: frozenset
    alliance_verbs: frozenset
    belonging_verbs: frozenset
    legal_nouns: frozenset
    alliance_nouns: frozenset
    pact_nouns: frozenset
    pact_modifiers: frozenset
    supply_verbs: frozenset
    projectile_verbs: frozenset
    support_nouns: frozenset
    conflict_nouns: frozenset
    population_nouns: frozenset
    succession_verbs: frozenset
    office_nouns: frozenset
    service_words: frozenset
    office_verbs: frozenset
    leading_suffixes: frozenset
    feeling_words: frozenset
    subsidiary_nouns: frozenset
    dependence_verbs: frozenset
    backing_verbs: frozenset
    deference_verbs: frozenset
    rival_nouns: frozenset
    non_state_words: frozenset
    backing_nouns: frozenset

    @cached_property
    def titles(self) -> frozenset:
        # built once: read at nearly every token, and a fresh union would be built and hashed at each lookup
        return self.leads | self.members | self.allies | self.state_officers | self.state_staff


@lru_cache(maxsize=2)
def _roles_data(path: str | None = None) -> dict:
    """roles.yaml parsed once for the small readers that each take one list of it (`role_words`)."""
    return load_yaml(Path(path or ROLES_PATH).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def role_words(key: str, path: str | None = None) -> frozenset[str]:
    """One roles.yaml list of words, lower-cased, validated as every roles list is."""
    return frozenset(w.lower() for w in _strings(_roles_data(path), key))


def _strings(data: dict, *keys: str) -> list[str]:
    node = data
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            raise DataFileError(f"roles file has no '{'.'.join(keys)}'", path=str(ROLES_PATH),
                                fix="Restore the section (see the comments in roles.yaml).")
        node = node[k]
    if isinstance(node, dict):
        node = list(node)
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise DataFileError(f"roles file section '{'.'.join(keys)}' must be a list of words",
                            path=str(ROLES_PATH), fix="Write one non-empty string per line.")
    return node


def _dictionary_demonyms(multi: bool = False) -> dict:
    """Demonyms of every country in the actor dictionary: one-word ones ("Ethiopian" -> Ethiopia;
    roles.yaml's own list is laid over them), or with ``multi`` the longer ones by their words
    (("south", "korean") -> South Korea)."""
    from ..dictionary import load_dictionary
    out: dict = {}
    for e in load_dictionary().entries.values():
        if e.type == "country":
            for d in e.demonyms:
                words = _phrase(d)
                if len(words) == 1 and not multi:
                    out.setdefault(words[0], e.name)
                elif len(words) > 1 and multi:
                    out.setdefault(words, e.name)
    return out


@lru_cache(maxsize=4)
def load_roles(path: str | None = None) -> RoleLexicon:
    """Load and validate data/roles.yaml (cached)."""
    p = Path(path) if path else ROLES_PATH
    try:
        data = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read roles file: {exc}", path=str(p),
                            fix="roles.yaml must be valid YAML.") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError("roles file must be a mapping with version: 1", path=str(p))

    def phrases(*keys):
        return frozenset(_phrase(s) for s in _strings(data, *keys))

    def words(*keys):
        return frozenset(s.lower() for s in _strings(data, *keys))

    time_words = data["title_modifiers"].get("time") if isinstance(data.get("title_modifiers"), dict) else None
    demonyms = data.get("demonyms")
    if not isinstance(time_words, dict) or not isinstance(demonyms, dict):
        raise DataFileError("roles file needs title_modifiers.time and demonyms as mappings", path=str(p))
    national = data.get("national_titles")
    if not isinstance(national, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and v and all(isinstance(n, str) and n.strip() for n in v)
            for k, v in national.items()):
        raise DataFileError("roles file: national_titles must map a title to a list of country names", path=str(p),
                            fix="Write e.g. 'secretary of state: [United States]'.")
    sitting = words("title_modifiers", "sitting")
    if not sitting <= {str(v).lower() for v in time_words.values()}:
        raise DataFileError("roles file: title_modifiers.sitting must name times of title_modifiers.time",
                            path=str(p), fix="Write canonical times such as acting, current.")
    return RoleLexicon(
        leads=phrases("titles", "leads"), members=phrases("titles", "member_of"),
        allies=phrases("titles", "allies"), state_officers=phrases("titles", "state_officers"),
        state_staff=phrases("titles", "state_staff"),
        national_titles={_phrase(k): tuple(national[k]) for k in national},
        country_heads=phrases("titles", "country_heads"), ministers=phrases("titles", "ministers"),
        envoys=phrases("titles", "envoys"),
        time_words={k.lower(): str(v) for k, v in time_words.items()}, sitting_times=sitting,
        rank_words=words("title_modifiers", "rank"), title_qualifiers=words("title_modifiers", "qualifiers"),
        demoting_ranks=words("title_modifiers", "ranks_that_demote"),
        state_bodies=phrases("state_bodies"), owned_bodies=phrases("owned_bodies"),
        part_of_cues=phrases("part_of_cues"),
        allied_prefixes=words("allied_prefixes"),
        allied_suffixes=words("allied_suffixes"), opposed_prefixes=words("opposed_prefixes"),
        allied_cues=phrases("allied_cues"), opposes_cues=phrases("opposes_cues"),
        name_opposes_cues=phrases("name_opposes_cues"),
        led_by_cues=phrases("led_by_cues"),
        long_demonyms=_dictionary_demonyms(multi=True),
        demonyms={**_dictionary_demonyms(), **{str(k).lower(): str(v) for k, v in demonyms.items()}},
        country_proxies=words("country_proxies"),
        group_nouns=words("group_nouns"),
        honorifics=words("honorifics"),
        unit_words=words("unit_words"),
        member_nouns=words("member_nouns"),
        inclusion_cues=phrases("inclusion_cues"),
        lead_verbs=words("lead_verbs"), owned_group_nouns=words("owned_group_nouns"), portfolio_stops=words("portfolio_stops"), predicative_verbs=words("predicative_verbs"), regional_heads=frozenset((w,) for w in words("regional_heads")),
        region_nouns=words("region_nouns"), fight_verbs=words("fight_verbs"), attack_nouns=words("attack_nouns"), hostile_verbs=words("hostile_verbs"), engage_verbs=words("engage_verbs"), partner_verbs=words("partner_verbs"), anaphor_nouns=words("anaphor_nouns"), regime_nouns=words("regime_nouns"), regard_verbs=words("regard_verbs"), enemy_nouns=words("enemy_nouns"),
        partner_nouns=words("partner_nouns"), receive_verbs=words("receive_verbs"),
        join_verbs=words("join_verbs"), led_unit_nouns=words("led_unit_nouns") | words("agent_nouns"), alliance_verbs=words("alliance_verbs"), belonging_verbs=words("belonging_verbs"), legal_nouns=words("legal_nouns"),
        alliance_nouns=words("alliance_nouns"), pact_nouns=words("pact_nouns"), pact_modifiers=words("pact_modifiers"), supply_verbs=words("supply_verbs"), projectile_verbs=words("projectile_verbs"),
        support_nouns=words("support_nouns"), conflict_nouns=words("conflict_nouns"),
        agent_nouns=words("agent_nouns") | words("member_nouns") | words("group_nouns"),
        collective_nouns=words("collective_nouns"),
        clash_verbs=words("clash_verbs"), state_force_nouns=words("state_force_nouns"),
        delegation_nouns=words("delegation_nouns"),
        population_nouns=words("population_nouns"), succession_verbs=words("succession_verbs"),
        office_nouns=words("office_nouns"), office_verbs=words("office_verbs"), service_words=words("service_words"),
        leading_suffixes=words("leading_suffixes"), feeling_words=words("feeling_words"),
        subsidiary_nouns=words("subsidiary_nouns"),
        dependence_verbs=words("dependence_verbs"), backing_verbs=words("backing_verbs"),
        deference_verbs=words("deference_verbs"), rival_nouns=words("rival_nouns"),
        non_state_words=words("non_state_words"), backing_nouns=words("backing_nouns"),
    )


FIRST_WORD_INDEX: dict[frozenset, dict[str, tuple[int, ...]]] = {}


def lengths_by_first_word(phrases: frozenset) -> dict[str, tuple[int, ...]]:
    """Phrase lengths by first word, longest first (matching then tries only what can fit)."""
    index = FIRST_WORD_INDEX.get(phrases)
    if index is None:
        by_first: dict[str, set[int]] = {}
        for p in phrases:
            by_first.setdefault(p[0], set()).add(len(p))
        index = FIRST_WORD_INDEX[phrases] = {w: tuple(sorted(n, reverse=True)) for w, n in by_first.items()}
    return index



def longest_match(words: list[str], i: int, hi: int, phrases: frozenset) -> int:
    """Length of the longest phrase of ``phrases`` at words[i:], ending by ``hi``; 0 if none."""
    if not 0 <= i < hi:
        return 0
    # the index read straight from its cache: this runs for nearly every token of every sentence reader
    index = FIRST_WORD_INDEX.get(phrases)
    for n in (index if index is not None else lengths_by_first_word(phrases)).get(words[i], ()):
        if i + n <= hi and tuple(words[i:i + n]) in phrases:
            return n
    return 0

"""Cross-document resolution: which actors of different documents are one actor.

Reports transliterate Arabic and Persian names inconsistently (al-Kazimi /
al-Kadhimi, Qa'ani / Qaani / Ghaani, Kata'ib Hizballah / Kataeb Hezbollah,
Qods / Quds Force). Besides the FORMAT.md scoring key (``normalise_name``) each
surface form gets a *skeleton*: consonants after folding the letters that
transliterations disagree on, vowels dropped except a word's first, doubled
letters collapsed. Persons must also agree on the surname (and on the first
name when both give one), so Ali Allawi and Ali Shamkhani stay apart.

This module is pure: the store supplies candidates, ``decide`` judges them.
The store keeps ``key``/``skeleton``/``surname`` per alias for lookup: a change
to these functions needs a data migration recomputing them (see 0003).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .names import normalise_name

# Honorifics and ranks that prefix a person's name without being part of it.
HONORIFICS = frozenset(
    "dr mr mrs ms sheikh shaykh sheik ayatollah ayatolla grand hojatoleslam hujjat sayyid sayed "
    "seyyed sayyed general gen brigadier major colonel col lt lieutenant commander president "
    "prime minister pm king prince emir imam cleric mullah haj hajj hajji sir leader supreme "
    "chief spokesman spokesperson ambassador envoy deputy speaker governor secretary chairman".split())
# Particles inside Arabic names that transliterations write or omit freely.
PARTICLES = frozenset("al el ul ad ar as ash at az an the of bin ibn".split())
# "Abdul Aziz" / "Abd al-Aziz" / "Abdel Aziz": the article fused to "abd".
ABD_FORMS = re.compile(r"^ab(?:d|del|dul|dol|dal|dil)$")

# Letter groups that transliteration conventions interchange, folded to one letter.
# Longer groups first: "dh" before "d", "gh" before "g".
CONSONANT_FOLDS = (
    ("dh", "d"), ("th", "d"), ("zh", "d"), ("z", "d"),      # ذ ظ ض ز  : al-Kazimi / al-Kadhimi
    ("gh", "k"), ("kh", "k"), ("q", "k"), ("c", "k"),        # ق غ خ     : Qaani / Ghaani
    ("ph", "f"), ("w", "v"), ("ck", "k"),
)
VOWELS = "aeiouy"
FIRST_VOWEL_FOLD = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u", "y": "y"}

# Types that can name the same thing in two documents (extractors mistype at the margins).
COMPATIBLE_TYPES = {
    "person": {"person"},
    "organization": {"organization", "media"},
    "media": {"media", "organization"},
    "country": {"country", "place"},
    "place": {"place", "country"},
}


def name_tokens(name: str, *, strip_titles: bool = True) -> list[str]:
    """Normalised tokens of a name without titles or particles.

    Everything up to the last title word goes: "Iraqi Prime Minister
    al-Kazimi" and "Quds Force commander Esmail Qaani" keep only the name.
    """
    tokens = re.findall(r"[a-z0-9]+", normalise_name(name))
    titles = [i for i, t in enumerate(tokens[:-1]) if t in HONORIFICS] if strip_titles else []
    rest = tokens[titles[-1] + 1:] if titles else tokens
    out = ["abd" if ABD_FORMS.match(t) else t for t in rest if t not in PARTICLES]
    return out or tokens


def token_skeleton(token: str) -> str:
    """Skeleton of one token: 'kadhimi' and 'kazimi' both give 'kVdVmV'.

    Consonants are folded; each run of vowels becomes one slot 'V' (so
    Soleimani 'sVlVmVnV' and Salman 'sVlmVn' stay apart); a leading vowel
    is kept (Iran is not Oran); doubled letters collapse.
    """
    if token.isdigit():
        return token
    s = token
    for src, dst in CONSONANT_FOLDS:
        s = s.replace(src, dst)
    if not s:
        return ""
    head = FIRST_VOWEL_FOLD.get(s[0], s[0])
    rest = re.sub(f"[{VOWELS}]+", "V", s[1:])
    return re.sub(r"(.)\1+", r"\1", head + rest)   # Hassan / Hasan, Hezbollah / Hizbullah


def consonants(skel: str) -> int:
    return len(re.sub(r"[V ]", "", skel))


def skeleton(name: str, *, strip_titles: bool = True) -> str:
    return " ".join(token_skeleton(t) for t in name_tokens(name, strip_titles=strip_titles))


def surname_skeleton(name: str) -> str:
    tokens = name_tokens(name)
    return token_skeleton(tokens[-1]) if tokens else ""


def transpositions(s: str) -> set[str]:
    """Every string one adjacent swap away (Masjedi / Majsedi)."""
    return {s[:i] + s[i + 1] + s[i] + s[i + 2:] for i in range(len(s) - 1) if s[i] != s[i + 1]}


@dataclass(frozen=True)
class NameKeys:
    """The lookup keys of one surface form."""
    alias: str
    key: str          # normalise_name: the FORMAT.md scoring key
    skeleton: str     # transliteration-folded key
    surname: str      # skeleton of the last token (persons)
    last: str         # the last token as written (normalised)

    @classmethod
    def of(cls, alias: str) -> "NameKeys":
        return _name_keys(alias)

    @property
    def tokens(self) -> list[str]:
        return self.skeleton.split()

    @cached_property
    def consonants(self) -> str:
        """The untitled skeleton without vowel slots: what organisation and place names are looked up by."""
        return skeleton(self.alias, strip_titles=False).replace("V", "")


# The writer looks up the same forms in every document ("Iraq", "the United States") and reads the
# keys of every stored candidate form: computed once per form (bounded: ~65k forms, a few MB).
@lru_cache(maxsize=65_536)
def _name_keys(alias: str) -> NameKeys:
    tokens = name_tokens(alias)
    return NameKeys(alias, normalise_name(alias), skeleton(alias), surname_skeleton(alias), tokens[-1] if tokens else "")


@dataclass(frozen=True)
class Candidate:
    """A surface form already in the store, belonging to ``actor_id``."""
    actor_id: str
    actor_type: str
    keys: NameKeys


def types_compatible(a: str, b: str) -> bool:
    return b in COMPATIBLE_TYPES.get(a, {a})


def _surnames_agree(new: NameKeys, old: NameKeys, first_names_agree: bool) -> bool:
    if new.last == old.last:
        return True
    a, b = new.surname, old.surname
    if a == b:
        # Very short skeletons collide by accident (Qaani 'kVnV', Kani 'kVnV'):
        # they count only when the first names agree too.
        return consonants(a) >= 3 or first_names_agree
    # A swapped pair of letters (a typo) only counts in longer surnames.
    return consonants(a) >= 4 and len(a) == len(b) and b in transpositions(a)


def _is_subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(tok in it for tok in short)


def _persons_match(new: NameKeys, old: NameKeys) -> str | None:
    """Why two person names are one person, or None."""
    a, b = new.tokens, old.tokens
    if not a or not b:
        return None
    both_full = len(a) >= 2 and len(b) >= 2
    if not _surnames_agree(new, old, both_full and a[0] == b[0]):
        return None
    if len(a) >= 2 and len(b) >= 2:
        first_a, first_b = a[0], b[0]
        if first_a != first_b:
            return None
        if a == b:
            return "same name after transliteration folding"
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        if not _is_subsequence(short[:-1], long_[:-1]):
            return None     # Abu Mahdi al-Muhandis is not Abu Ali al-Muhandis
        if a[-1] != b[-1]:
            return "same first name, surname differs by a transposed letter"
        return "same first name and surname"
    # One side gives only a surname: "Kazimi" for "Mustafa al-Kazimi".
    return "surname of a full name"


def match_reason(new: NameKeys, new_type: str, cand: Candidate) -> str | None:
    """Why the surface form ``new`` names the candidate's actor, or None (guarded)."""
    if not types_compatible(new_type, cand.actor_type):
        return None
    old = cand.keys
    if new_type == "person" or cand.actor_type == "person":
        if new.key == old.key:
            return f"same normalised name '{new.key}'"
        reason = _persons_match(new, old)
        return f"{reason}: '{new.alias}' ~ '{old.alias}'" if reason else None
    if new.key == old.key:
        return f"same normalised name '{new.key}'"
    # Organisations and places: the whole skeleton (titles kept: "Supreme Court" is not
    # "Court") must agree, and be long enough that folding vowels cannot make short names collide.
    # An inserted vowel (Teheran / Tehran) is tolerated in longer names only.
    plain, old_plain = skeleton(new.alias, strip_titles=False), skeleton(old.alias, strip_titles=False)
    n = consonants(plain)
    if (plain == old_plain and n >= 3) or (n >= 4 and plain.replace("V", "") == old_plain.replace("V", "")):
        return f"same transliteration skeleton '{plain}': '{new.alias}' ~ '{old.alias}'"
    return None


def decide(surface_forms: list[str], actor_type: str, candidates: list[Candidate]) -> tuple[str, str] | None:
    """Pick the stored actor these surface forms name: (actor_id, reason), or None.

    A surname-only match is accepted only when it points at a single actor,
    so "Hassan" never picks one of several Hassans.
    """
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    hits: dict[str, int] = {}
    for form in surface_forms:
        keys = NameKeys.of(form)
        for cand in candidates:
            reason = match_reason(keys, actor_type, cand)
            if not reason:
                continue
            bucket = weak if reason.startswith("surname of a full name") else strong
            bucket.setdefault(cand.actor_id, reason)
            hits[cand.actor_id] = hits.get(cand.actor_id, 0) + 1
    if strong:
        # Several stored actors match strongly: the one matching most forms wins.
        actor_id = min(strong, key=lambda a: (-hits[a], a))
        return actor_id, strong[actor_id]
    if len(weak) == 1:
        actor_id, reason = next(iter(weak.items()))
        return actor_id, reason
    return None


def lookup_keys(surface_forms: list[str]) -> tuple[set[str], set[str], set[str], set[str]]:
    """Keys to fetch candidates by: normalised keys, skeletons, surname skeletons (with typos), consonants."""
    keys, skeletons, surnames, bare = set(), set(), set(), set()
    for form in surface_forms:
        k = NameKeys.of(form)
        keys.add(k.key)
        bare.add(k.consonants)
        skeletons.add(k.skeleton)
        if k.surname:
            surnames.add(k.surname)
            if consonants(k.surname) >= 4:
                surnames |= transpositions(k.surname)
    return keys, skeletons, surnames, bare

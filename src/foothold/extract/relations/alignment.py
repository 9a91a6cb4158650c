"""Alignment modifiers → allied_with / opposes: "pro-Iranian X", "X, the Iranian-backed militia",
"the U.S.-backed SDF", "Iran-backed militias in Iraq, A and B", "Iran-aligned militants such as X",
"X (an Iran-supported group)", "the Sadrist, an anti-Iranian movement"."""

from __future__ import annotations

from .named_modifiers import name_modifies_noun
from ...resolve.names import normalise_name
from .called import CalledAligned
from .index import Ref
from .examples import ExampleReading
from .lexicon import DETERMINERS
from .scene_list import after_scene_list

LIST_GLUE = {",", "and", "or"}
COMMAND_SUFFIXES = {"led", "directed", "controlled", "commanded"}
OWNING_SUFFIXES = {"run", "owned"}        # an outlet so described is the body's own (owned_outlet)


class AlignmentReading(ExampleReading, CalledAligned):
    def read_alignment_modifiers(self) -> None:
        lex = self.lex
        for i in range(self.lo, self.hi):
            target, first, after, predicate = None, None, None, "allied_with"
            r = self.idx.ref_starting(i)
            if r and r.allied_modifier:
                target, first, after = r, i, r.end
            elif self.w(i) in lex.allied_prefixes and self.w(i + 1) == "-" and self.idx.ref_starting(i + 2):
                target = self.idx.ref_starting(i + 2)
                first, after = i, target.end
            elif self.w(i) in lex.opposed_prefixes and self.w(i + 1) == "-" and self.idx.ref_starting(i + 2):
                target = self.idx.ref_starting(i + 2)
                first, after, predicate = i, target.end, "opposes"
            elif r and self.w(r.end) == "-" and self.w(r.end + 1) in lex.allied_suffixes:
                target, first, after = r, i, r.end + 2
            elif r is None or (r.type == "country" and r.end == r.start + 1):
                target = self.hyphened_country(i)          # "U.S.-backed" as one token
                first, after = i, i + 1
            if target is None or (target.type == "person" and (self.w(after - 1) in COMMAND_SUFFIXES
                                                                or self.w(after - 1) not in lex.allied_suffixes)):
                continue                        # "Prigozhin-associated" allies; "Soleimani-led" is command
            if self.owned_outlet(target, first, after):
                continue                        # "the Hamas-run Al-Aqsa television": the outlet is the body's
            subjects = self.aligned_subjects(first, after)
            if not subjects:                  # "the group has espoused anti-American beliefs",
                subjects = self.holder_of_view(first, copula=predicate != "opposes")   # "X is one of many
                                                                            # Prigozhin-associated companies"
            if not subjects:                  # "X, which the Pentagon called Iran-backed" (called.py)
                subjects = self.called_aligned(first, after)
            heads = predicate == "allied_with" and target.type in ("country", "organization") \
                and self.w(after - 1).rpartition("-")[2] in lex.leading_suffixes
            for subject, last in subjects:
                a, b = min(first, subject.start), max(last, subject.end)
                if heads and subject.type == "organization" and name_modifies_noun(self, subject):
                    continue                    # "Brazilian-led United Nations peacekeepers" (named_modifiers.py)
                if heads and subject.type == "organization":       # "X, the Saudi-led alliance": led by it
                    self.found.add(target, "leads", subject, a, b, confidence=0.75)
                else:
                    self.found.add(subject, predicate, target, a, b, confidence=0.8)

    def owned_outlet(self, target: Ref, first: int, after: int) -> bool:
        """'the Hezbollah-owned Al-Manar TV': an outlet a body runs or owns, named right after the modifier, is
        part_of the body (as "X, the Houthis' television channel" is)."""
        outlet = self.idx.ref_starting(after)
        if self.w(after - 1).rpartition("-")[2] not in OWNING_SUFFIXES or outlet is None or outlet.type != "media" \
                or target.type not in ("organization", "country") or target.demonym and target.type != "country":
            return False
        self.found.add(outlet, "part_of", target, first, outlet.end, confidence=0.7)
        return True

    def holder_of_view(self, first: int, copula: bool = False) -> list[tuple[Ref, int]]:
        """'the group has espoused anti-American beliefs': the subject of the verb whose object the
        'anti-' phrase qualifies holds the hostility; with ``copula`` only a predicate noun ("X is one of
        many Y-associated companies") passes its alignment to the subject."""
        head = self.doc[first]
        for _ in range(5):
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX") \
                    and (not copula or (head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain"))):
                return [(s, head.i + 1) for s in self.clause_subjects(head.head.i)]
            if head.head is head or (head.pos_ in ("VERB", "AUX") and head.dep_ != "amod"):
                return []
            head = head.head
        return []

    def read_name_purposes(self) -> None:
        """'the Global Coalition to Defeat ISIS': a body named for fighting a known actor opposes it."""
        i = self.lo
        while i < self.hi:
            r = self.idx.ref_starting(i)
            if r is None or r.type != "organization" or r.end - r.start < 3:
                i = r.end if r else i + 1
                continue
            for k in range(r.start + 1, r.end - 1):
                n = self.match(k, self.lex.name_opposes_cues)
                if n and k + n < r.end:
                    enemy = self.idx.name_keys.get(normalise_name(self.doc[k + n:r.end].text))
                    if enemy and enemy != r.actor and self.idx.types.get(enemy) != "place":
                        self.found.add(r, "opposes", Ref(enemy, self.idx.types.get(enemy, ""), k + n, r.end),
                                       r.start, r.end, confidence=0.7)
                    break
            i = r.end

    def hyphened_country(self, i: int) -> Ref | None:
        """A country written into one token with an alignment suffix: "U.S.-backed"."""
        word = self.w(i)
        head, dash, tail = word.rpartition("-")
        if not dash or tail not in self.lex.allied_suffixes or not head:
            return None
        name = self.lex.demonyms.get(head)
        keys = self.idx.country_keys
        actor = (keys.get(normalise_name(name)) if name else None) or keys.get(normalise_name(head))
        return Ref(actor, "country", i, i + 1, demonym=True) if actor else None

    def aligned_subjects(self, first: int, after: int) -> list[tuple[Ref, int]]:
        subject, last = self.aligned_subject(first, after)
        if subject is not None:
            return [(subject, last)]
        listed = [(r, last) for r in self.listed_before_others(first)]     # "A and other Iran-aligned factions"
        return listed or [(r, r.end) for r in self.named_after_group(last)]

    def aligned_subject(self, first: int, after: int) -> tuple[Ref | None, int]:
        """The actor an alignment modifier describes: the head of its noun phrase or the apposition."""
        j = after
        for _ in range(12):
            if self.opens_examples(j):
                break                                   # "Iran-backed militias such as X": examples follow
            r = self.idx.ref_starting(j)
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, r.end
            if self.w(j) == ",":
                r = self.idx.ref_starting(j + 1)
                if r and not r.demonym and r.type in ("person", "organization") and self.np_ends_at(r.end):
                    return r, r.end
                nxt = self.doc[j + 1] if j + 1 < self.hi else None
                if nxt is not None and "-" in nxt.text and nxt.pos_ in ("ADJ", "VERB") and not self.idx.ref(j + 1):
                    j += 1                              # "the Iran-backed, U.S.-designated ... Kata'ib Hezbollah"
                    continue
                if self.w(j + 2) == "-" and j + 3 < self.hi and self.doc[j + 3].dep_ == "amod":
                    j += 4                              # "the Turkish-backed, Qatari-funded X": a second modifier
                    continue
                break
            tok = self.doc[j] if j < self.hi else None
            if tok is None or not (tok.pos_ in ("ADJ", "NOUN", "PROPN") or self.w(j) == "-" or (r and r.demonym)):
                break
            j += 1
        # apposition: "Kataeb Hezbollah, the Iranian-backed Shia militia", "Hamas (an Iran-supported group)"
        k = self.before_modifiers(first - 1)
        if self.w(k) == "of" and self.w(k - 1) in self.lex.collective_nouns:
            k = self.before_modifiers(k - 2)            # "X, a coalition of Turkish-backed rebel factions"
        if self.w(k) in (",", "("):
            r = self.idx.ref_ending(k - 1)
            if r is None and self.w(k) == "," and self.w(k - 1) == ")":
                r = self.idx.ref_ending(self.skip_parenthetical_back(k) - 1)   # "X (XY), an Iran-backed group"
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, j
        return None, j

    def named_after_group(self, j: int) -> list[Ref]:
        """Actors named for an unnamed group after its noun phrase: "militias in Iraq, A and B",
        "militants and politicians such as X", "groups (such as X in Lebanon)"."""
        if j <= self.lo or self.doc[j - 1].lower_ not in self.lex.agent_nouns:
            return []
        if self.w(j) == "and" and self.doc[j + 1].pos_ == "NOUN" if j + 1 < self.hi else False:
            j += 2                                      # "militants and politicians"
        if self.w(j) == "in" and self.idx.ref_starting(j + 1):
            j = after_scene_list(self, j)               # "militias in Iraq", "in Iraq and Syria" (scene_list.py)
        if self.w(j) == "(":
            j += 1
        if self.w(j) == "such" and self.w(j + 1) == "as":
            j += 2
        elif self.w(j) in (",", ":", "-", "–"):
            j += 1
            if self.w(j) == "including":
                j += 1                                  # "groups, including A, B and C"
        else:
            return []
        out: list[Ref] = []
        while j < self.hi and len(out) < 10:
            r = self.idx.ref_starting(j)
            if r is not None and not r.demonym and r.type in ("person", "organization"):
                out.append(r)
                j = r.end
                if self.w(j) == "in" and self.idx.ref_starting(j + 1):
                    j = self.idx.ref_starting(j + 1).end     # "Hezbollah in Lebanon"
                continue
            if self.w(j) in LIST_GLUE or self.w(j) in DETERMINERS:
                j += 1
                continue
            break
        return out

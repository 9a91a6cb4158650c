"""Inclusion lists → part_of: "the SDF, which includes the Syrian Arab Coalition",
"Coalition nations ... include Australia, Belgium and Canada", "the international
community – including Russia and Iran"."""

from __future__ import annotations

from .index import Ref
from .lexicon import DETERMINERS
from .listed_partners import ListedPartners
from .umbrella import UmbrellaOwner

DASHES = {",", "–", "—", "-"}
LIST_GLUE = {",", "and", "both", "as", "well"}
MEMBER_GROUPS = {"members", "member", "party", "leaders", "leadership", "officials", "figures", "commanders",
                 "politicians", "lawmakers", "ministers"}
LIST_OPENERS = {"in", "part", "by", "of", "mainly", "mostly", "largely", "primarily", "partly", "chiefly"}


class InclusionReading(ListedPartners, UmbrellaOwner):
    def read_inclusions(self) -> None:
        i = self.lo
        while i < self.hi:
            n = self.match(i, self.lex.inclusion_cues)
            if not n or self.idx.ref(i):
                i += 1
                continue
            container = self.including_container(i) or self.include_subject(i) or self.umbrella_owner(i)
            if container is None:
                self.partners_listed(i, n)
                self.members_listed(i, n)
            elif self.owner_of_partners(container):       # "affiliates of X, among them A and B"
                self.partners_of(container, i, self.listed_members(i + n))
            elif container is not None and container.type == "organization" and not container.demonym:
                of_members = self.members_of(container)
                for member in self.listed_members(i + n):
                    if member.actor != container.actor and member.type in ("organization", "country"):
                        self.found.add(member, "part_of", container, min(container.start, i), member.end,
                                       confidence=0.65)
                    elif member.type == "person" and of_members:   # "members of X, including A and B"
                        self.found.add(member, "member_of", container, min(container.start, i), member.end,
                                       confidence=0.65)
            i += n

    def partners_listed(self, i: int, n: int) -> None:
        """"Iran's proxies, including Hezbollah and the Houthis": each listed actor is allied_with the owner."""
        noun = self.noun_before_list(i)
        if noun is None or noun.lemma_.lower() not in self.lex.partner_nouns:
            return
        owner = next((r for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                      and (r := self.idx.ref(c.i)) is not None and (not r.demonym or r.type == "country")
                      and r.type in ("country", "organization", "person")), None)
        if owner is None:
            return
        for member in self.listed_members(i + n):
            if member.actor != owner.actor and member.type in ("organization", "country", "person"):
                self.found.add(member, "allied_with", owner, min(owner.start, i), member.end, confidence=0.65)

    def members_listed(self, i: int, n: int) -> None:
        """"members of the ruling NLD party, including X and Y", "the NLD party, including X": each person
        listed is a member_of the organisation the group phrase names (its of-object, or the name before it)."""
        noun = self.noun_before_list(i)
        if noun is None or noun.lower_ not in MEMBER_GROUPS:
            return
        k = noun.i
        owner = None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                owner = next((self.idx.ref(o.i) for o in c.children if o.dep_ == "pobj" and self.idx.ref(o.i)), None)
                if owner is None:          # "members of the ruling X party": the party named before its noun
                    o = next((o for o in c.children if o.dep_ == "pobj"), None)
                    if o is not None and o.lower_ in MEMBER_GROUPS:
                        owner = self.idx.ref_ending(self.skip_parenthetical_back(o.i) - 1)
        if owner is None:
            owner = self.idx.ref_ending(self.skip_parenthetical_back(k) - 1)     # "the NLD (...) party, including"
        if owner is None or owner.type != "organization" or owner.demonym:
            return
        for member in self.listed_members(i + n):
            if member.type == "person":
                self.found.add(member, "member_of", owner, min(owner.start, i), member.end, confidence=0.65)

    def members_of(self, body: Ref) -> bool:
        """The body is the of-object of a members noun ("members of the X party", "officials of X")."""
        prep = self.doc[body.start:body.end].root.head
        return prep.lower_ == "of" and prep.head.lower_ in MEMBER_GROUPS

    def noun_before_list(self, i: int):
        """The unnamed noun a list opened by a comma or dash at token i hangs on ("Iran's proxies, including"), or None."""
        k = i - 1
        while k >= self.lo and self.w(k) in DASHES:
            k -= 1
        if k == i - 1 or k < self.lo or self.doc[k].pos_ != "NOUN" or self.idx.ref(k):
            return None
        return self.doc[k]

    def including_container(self, i: int) -> Ref | None:
        """The body a list after a comma or dash belongs to: the actor just before it."""
        k = i - 1
        while k >= self.lo and self.w(k) in DASHES:
            k -= 1
        if k == i - 1:
            return None                                 # only after a comma/dash: an apposition
        return self.idx.ref_ending(self.skip_parenthetical_back(k + 1) - 1)   # "the IRGC (IRGC), including

    def include_subject(self, i: int) -> Ref | None:
        """The subject of a verb 'include': the clause subject, or a relative clause's antecedent."""
        tok = self.doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        for child in tok.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
                child = tok.head                   # "the SDF, which includes ..."
            r = self.idx.ref(child.i)
            if r is None and child.dep_ == "appos" and child.pos_ == "NOUN":
                r = self.idx.ref(child.head.i)     # "the Front, an umbrella that includes ...": the name apposed
                r = r if r is not None and r.type == "organization" else None
            return r if r and not r.demonym else None
        return None

    def listed_members(self, j: int) -> list[Ref]:
        """Actors coordinated in the list that starts at token j; stops at the first other word."""
        while self.w(j) in LIST_OPENERS:
            j += 1                                  # "made up in part by local Arabs"
        members: list[Ref] = []
        while j < self.hi and len(members) < 60:
            r = self.idx.ref_starting(j)
            if r is not None:
                if not r.demonym:
                    members.append(r)
                j = r.end
                continue
            if self.w(j) == "as" and self.w(j - 1) != "well" and self.w(j + 1) != "well":
                break                               # "including its Qods Force, as a Foreign Terrorist Organization"
            if self.w(j) in DETERMINERS or self.w(j) in LIST_GLUE:
                j += 1
                continue
            titled = self.match(j, self.lex.titles)
            n = titled
            while j + n < self.hi and n < 3 and self.doc[j + n].is_title and not self.idx.ref(j + n):
                n += 1                              # an unlisted capitalised title ("State Counsellor X")
            after = self.idx.ref_starting(j + n) if n else None
            if after is None and n:                 # a person mention that took the title's last words
                k = next((k for k in range(j + 1, j + n) if (p := self.idx.ref_starting(k)) is not None
                          and p.type == "person"), None)
                if k is not None:
                    j = k
                    continue
            if after is not None and (after.type == "person" or titled):
                j += n                              # "including President X and ..."
                continue
            break
        return members

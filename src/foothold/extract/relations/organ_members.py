"""A member of an organisation's organ is a member of the organisation (issue 8, relrecall4; roles.yaml
`organ_members`): "X, a member of Fatah's Central Committee", "a member of the board of governors of the Chamber of
Commerce", "a member of the ANC's National Executive Committee". The golds tie the person to the organisation (seed,
owndocs17 02); the organ's own ties (member_of the organ, the organ part_of the organisation) are what the title
readers found, and this adds the person's membership of the organisation the same phrase names. Only an
organisation, not a state: a member of "Iran's Supreme National Security Council" is left as read."""

from __future__ import annotations

from .sentence import Sentence
from .tie_words import section_words


def organ_words(path: str | None = None) -> frozenset:
    return section_words("organ_members", ("organ_nouns",), (), path)["organ_nouns"]


class OrganMembers(Sentence):
    def read_organ_members(self) -> None:
        nouns = organ_words()
        lo, hi = self.idx.original(self.lo, self.hi)
        for (s, p, o), rel in list(self.found.by_key.items()):
            if p != "member_of" or not (lo <= rel.start < hi) or self.idx.types.get(s) != "person":
                continue
            organ = self.organ_in(rel.start, rel.end, o, nouns)
            if organ is None:
                continue
            for parent in self.parents_named(o, organ):
                self.found.add(s, "member_of", parent, organ[0], organ[1], title=rel.title,
                               confidence=rel.confidence)

    def organ_in(self, start: int, end: int, actor: str, nouns: frozenset) -> tuple[int, int] | None:
        """The token span of the evidence when the body it ends on is named by an organ noun ("Central Committee",
        "the board of governors of ..."): (first token of the evidence, last token + 1)."""
        toks = [j for j in range(self.lo, self.hi) if start <= self.idx.tok_starts[j] < end]
        if not any(self.w(j) in nouns and (r := self.idx.ref(j)) is not None and r.actor == actor for j in toks):
            return None                                  # the organ noun must name the body the person belongs to
        return toks[0], toks[-1] + 1

    def parents_named(self, organ_actor: str, span: tuple[int, int]) -> list[str]:
        """The organisations named in the span that the readers found the organ part of."""
        named = {r.actor for j in range(*span) if (r := self.idx.ref(j)) is not None and not r.demonym
                 and r.type == "organization"}
        return [x for (o, p, x) in self.found.by_key if o == organ_actor and p == "part_of" and x in named]

"""Hostility stated as a refusal of a party's standing (issue 8, relshapes), vocabulary in roles.yaml
`rejection_ties` (loaded and validated by `rejection_words`):

- rejecting a party's leadership or authority: "His faction rejects Machar's leadership", "X rejected the authority
  of Y" → the subject opposes the party (`rejecting_verbs`, `standing_nouns`: the possessor or of-phrase of the
  rejected noun);
- contesting a party itself: "X now challenges Y's President, Z", "the council defied the African Union" → the
  subject opposes the party named as the object, or apposed to it (`contesting_verbs`);
- refusing to recognise a party, or not recognising it: "X refused to recognise Y as president", "X does not
  recognise Y" → opposes (`recognising_verbs`, `refusing_verbs`); recognising what a party did ("refused to
  recognise the election results") names no party and ties no one.
A question, a modal or a condition states no refusal (`Sentence.stated` on the refusing verb).
"""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...yamlfile import load_yaml
from .lexicon import ROLES_PATH

REJECTION_KEYS = ("rejecting_verbs", "standing_nouns", "recognising_verbs", "refusing_verbs", "contesting_verbs")
SIDES = ("country", "organization", "person")
NAMING_VERBS = frozenset({"know", "call", "name"})   # "X, known as / called Y"


@lru_cache(maxsize=2)
def rejection_words(path: str | None = None) -> dict:
    """roles.yaml `rejection_ties`: five word lists, validated when loaded."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read()).get("rejection_ties")
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) or not data[k]
                                         or not all(isinstance(w, str) for w in data[k]) for k in REJECTION_KEYS):
        raise DataFileError(f"roles file needs rejection_ties with lists {', '.join(REJECTION_KEYS)}", path=str(p))
    return {k: frozenset(w.lower() for w in data[k]) for k in REJECTION_KEYS}


class RejectionReading:
    """Mixed into the sentence reader (relations/reader.py) after the shape readers."""

    def read_rejections(self) -> None:
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no refusal
        words = rejection_words()
        for tok in self.tokens:
            if tok.pos_ != "VERB":
                continue
            lemma = tok.lemma_.lower()
            if lemma in words["rejecting_verbs"]:
                self.rejects_standing(tok, words["standing_nouns"])
            if lemma in words["contesting_verbs"]:
                self.contests(tok)
            elif lemma in words["recognising_verbs"]:
                self.refuses_recognition(tok, words["refusing_verbs"])

    def rejects_standing(self, verb, standing: frozenset) -> None:
        """'X rejects Y's leadership', 'X rejected the authority of Y': X opposes Y."""
        if not self.stated(verb):
            return
        parties = [r for o in self.objects_of(verb) if o.lemma_.lower() in standing
                   for t in self.standing_owners(o) if (r := self.ref_of(t)) is not None and r.type in SIDES]
        self.oppose_all(verb, parties)

    def contests(self, verb) -> None:
        """'X challenges Y's President, Z', 'X defied the African Union': X opposes the party it contests."""
        if not self.stated(verb):
            return
        parties = [r for o in self.objects_of(verb) for t in (o, *o.conjuncts)
                   if (r := self.ref_of(t) or next((a for c in t.children if c.dep_ == "appos"
                                                    and (a := self.ref_of(c)) is not None), None)) is not None
                   and r.type in SIDES and not r.demonym]
        self.oppose_all(verb, parties)

    def standing_owners(self, noun) -> list:
        """Whose standing a noun is: its named possessor ("Y's leadership") or its of-phrase ("the rule of Y")."""
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        return [x for t in owners for x in (t, *t.conjuncts)]

    def refuses_recognition(self, verb, refusing: frozenset) -> None:
        """'X refused to recognise Y', 'X does not recognise Y': X opposes Y (a party named as the object)."""
        negated = any(c.dep_ == "neg" for c in verb.children)
        refusal = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusing
        if negated == refusal:
            return                                  # "recognised Y" is no hostility; "refused not to" no shape
        anchor = verb.head if refusal else verb
        if refusal and not self.stated(anchor):
            return
        if not refusal and any(c.dep_ in ("aux", "mark") and (c.tag_ == "MD" or c.lower_ in ("if", "unless"))
                               for c in verb.children):
            return                                  # "would not recognise", "if X did not recognise"
        parties = [r for o in self.objects_of(verb) for t in (o, *o.conjuncts)
                   if (r := self.ref_of(t)) is not None and r.type in SIDES and not r.demonym]
        self.oppose_all(anchor, parties, verb)

    def named_subjects(self, verb) -> list:
        """The verb's subjects; an unnamed subject noun named by its participle: "His faction, known as the
        Kitgwang group, rejects ..." (the name after "known as", "called", a group noun's compound)."""
        nouns = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        apposed = [r for n in nouns if self.ref_of(n) is None for a in n.children
                   if a.dep_ == "appos" and (r := self.ref_of(a)) is not None]
        if apposed:
            return apposed                      # "The UAE's main partner, the STC, challenges": the STC, not the UAE
        subjects = self.subject_of(verb)
        if subjects:
            return subjects
        from .shapes import named_group
        names = [p for n in nouns for acl in n.children if acl.dep_ == "acl" and acl.lemma_.lower() in NAMING_VERBS
                 for c in acl.children for p in ([c] if c.dep_ == "oprd" else
                                                 [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "as" else [])]
        return [r for p in names if (r := self.ref_of(p) or named_group(self, p)) is not None]

    def oppose_all(self, verb, parties, *more) -> None:
        subjects = self.named_subjects(verb)
        for s in subjects:
            for p in parties:
                if s.type in SIDES and s.actor != p.actor:
                    first, last = self.span_of(s, p, tokens=[verb, *more])
                    self.found.add(s, "opposes", p, first, last, confidence=0.6)

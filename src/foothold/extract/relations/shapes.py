"""Ties by shape on unseen text (issue 8, relrecall2), one small reader per shape, vocabulary in roles.yaml
`shape_ties` (loaded and validated by `shape_words`):

- a side stood or fought with: "Belarus stood with Russia", "Qatar sided with the Muslim Brotherhood", "X fought
  alongside Y" → allied_with (`stance_verbs`: a verb, then the prepositions that make it a stance); never between
  two people (who stand with each other in person: "Macron stood with Scholz at the press conference");
- an outlet a body speaks through: "X announced the deaths through its Al-Manar television" → the outlet part_of
  the clause's subject (`outlet_preps`; the outlet owned by "its"/"their");
- a group noun after a body's name is the body: "joined the Kitgwang faction" (`named_group`, read by
  `verbs.joining` and `sentence.anaphor`: "The Jabhat al-Nusra faction joined ..." is no anaphor);
- a plural partner or rival noun with its scene lists its parties after it: "India's partners in the Indian
  Ocean, Sri Lanka and Mauritius" (`listed_after_scene`, read by `monitor.listed_sides`);
- a unit noun opening a sentence for the one body named with it, "the 72nd Mechanized Brigade ... The brigade
  belongs to Y" (`unit_anaphors`, read by `sentence.anaphor`): no fallback on the last subject, since a brigade
  is no name for the group last named.
"""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...yamlfile import load_yaml
from .index import Ref
from .lexicon import ROLES_PATH

SHAPE_KEYS = ("outlet_preps", "unit_anaphors")
OWNING_PRONOUNS = {"its", "their"}
SIDES = ("country", "organization")


@lru_cache(maxsize=2)
def shape_words(path: str | None = None) -> dict:
    """roles.yaml `shape_ties`: `stance_verbs` (verb lemma → prepositions) and word lists, validated when loaded."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read()).get("shape_ties")
    stances = data.get("stance_verbs") if isinstance(data, dict) else None
    if not isinstance(stances, dict) or any(not isinstance(v, list) or not all(isinstance(w, str) for w in v)
                                            for v in stances.values()) \
            or any(not isinstance(data.get(k), list) or not all(isinstance(w, str) for w in data[k])
                   for k in SHAPE_KEYS):
        raise DataFileError("roles file needs shape_ties with stance_verbs (verb: [prepositions]) and lists "
                            f"{', '.join(SHAPE_KEYS)}", path=str(p))
    out: dict = {k: frozenset(w.lower() for w in data[k]) for k in SHAPE_KEYS}
    out["stance_verbs"] = {str(k).lower(): frozenset(w.lower() for w in v) for k, v in stances.items()}
    return out


def unit_anaphor(reader, tok) -> Ref | None | bool:
    """'The brigade belongs to Y': a definite unit noun stands only for the body named with that noun (False when
    the noun is no unit noun, so the caller reads it as a group noun)."""
    if tok.lower_ not in shape_words()["unit_anaphors"]:
        return False
    if not tok.text.islower() or any(c.lower_ != "the" for c in tok.children if c.i < tok.i):
        return None                          # "the 30th Brigade": a unit of its own, no anaphor
    from .wire import named_by_noun
    topic = reader.idx.topic                 # "The Azov Battalion was formed ... . The battalion": the subject itself
    if topic is not None and any(reader.doc[k].lower_ in (tok.lower_, tok.lower_ + "s") and reader.doc[k].is_title
                                 for k in range(topic.start, topic.end)):
        return named_by_noun(reader, tok) or topic
    return named_by_noun(reader, tok)


def named_group(reader, tok) -> Ref | None:
    """'the Kitgwang faction', 'the AUC coalition': a group noun whose compound names a body is that body."""
    lex = reader.lex
    if tok.lower_ not in lex.owned_group_nouns | lex.anaphor_nouns | shape_words()["unit_anaphors"]:
        return None
    return next((r for c in tok.children if c.dep_ == "compound" and (r := reader.idx.ref(c.i)) is not None
                 and not r.demonym and r.type == "organization"), None)


def listed_after_scene(reader, noun) -> list:
    """'India's partners in the Indian Ocean, Sri Lanka and Mauritius': the parties listed after a plural tie
    noun's scene (the parser hangs them on the scene as its conjuncts or apposition), never the scene itself."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for scene in (p for p in c.children if p.dep_ == "pobj"):
            if reader.w(scene.right_edge.i + 1) != "," and not any(t.dep_ in ("conj", "appos") for t in scene.children):
                continue
            listed = [t for t in scene.children if t.dep_ in ("conj", "appos") and t.i > scene.i]
            listed = [x for t in listed for x in (t, *t.conjuncts) if x.i > scene.i]
            if listed and any(reader.w(j) == "," for j in range(scene.i + 1, listed[0].i)):
                return sorted(set(listed), key=lambda t: t.i)
    return []


class ShapeReading:
    """Mixed into the sentence reader (relations/reader.py) after the monitor readers."""

    def read_shapes(self) -> None:
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no tie
        words = shape_words()
        for tok in self.tokens:
            preps = words["stance_verbs"].get(tok.lemma_.lower()) if tok.pos_ == "VERB" or tok.dep_ == "relcl" \
                else None                           # "X, whose troops fight alongside Y": "fight" tagged a noun
            if preps:
                self.stood_with(tok, preps)
            elif tok.dep_ == "prep" and tok.lower_ in words["outlet_preps"]:
                self.spoke_through(tok)

    def stood_with(self, verb, preps: frozenset) -> None:
        """'Belarus stood with Russia', 'X fought alongside Y': each subject is allied with each object of the
        stance preposition; people on either side tell a meeting, not a stance."""
        if not self.stated(verb):
            return
        objects = [r for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                   for p in c.children if p.dep_ == "pobj"
                   for t in (p, *p.conjuncts) if (r := self.side_of(t)) is not None and not self.populace(r)]
        if not objects:
            return
        subjects = [r for c in verb.children if c.dep_ == "nsubj"
                    for t in (c, *c.conjuncts) if (r := self.group_side(t)) is not None]
        for s in subjects:
            for o in objects:
                if s.type in SIDES and o.type in SIDES and s.actor != o.actor:
                    first, last = self.span_of(s, o, tokens=[verb])
                    self.found.add(s, "allied_with", o, first, last, confidence=0.6)

    def spoke_through(self, prep) -> None:
        """'X published the claim through its Inspire magazine': the outlet the subject owns is part of it."""
        outlet = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if outlet is None or not any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in outlet.children):
            return
        part = self.ref_of(outlet) or next((r for c in outlet.children if c.dep_ in ("compound", "nmod", "appos")
                                            and (r := self.ref_of(c)) is not None), None)
        verb = prep.head
        while verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj", "attr") and verb.head is not verb:
            verb = verb.head                        # "announced the deaths ... through its X": the verb's
        if part is None or part.type not in ("media", "organization") or verb.pos_ not in ("VERB", "AUX") \
                or not self.stated(verb):
            return
        for owner in self.clause_subjects(verb.i):
            if owner.type == "organization" and owner.actor != part.actor and not owner.demonym:
                first, last = self.span_of(owner, part, tokens=[prep])
                self.found.add(part, "part_of", owner, first, last, confidence=0.65)

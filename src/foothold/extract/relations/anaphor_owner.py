"""A definite group noun owning a title's body or standing behind an "its" (issue 8, relties4).

- "X, the head of the movement's political office in Doha": the title's of-phrase is an unnamed body owned by "the
  movement"; title_phrases.parse_object walked past it and found no actor. The group noun stands for the organisation
  as `title_modifiers._modifier_anaphor_noun` reads "the group's leader": the latest organisation whose name holds the
  noun (wire.named_by_noun), else the last group named before it in the sentence, else the last organisation named
  as a subject (the index's topic). The title is then read as with the name written ("the head of Hamas's political
  bureau, X": X leads Hamas, as parse_object reads a group's unnamed body).
- "The judges banned 11 of the party's executives, including its former leader X": the "its" has no named antecedent
  in its sentence (sentence.pronoun_owner), only the one definite group noun before it, "the party": X's title is
  that party's.
"""

from __future__ import annotations

from .group_before import group_named_before
from .index import Ref
from .lexicon import POSSESSIVE


def definite_group_owner(reader, k: int) -> Ref | None:
    """The organisation the definite group noun at token k ("the movement") stands for, or None."""
    from .wire import named_by_noun                      # (wire.py builds on the sentence readers)
    tok = reader.doc[k]
    if tok.lower_ not in reader.lex.anaphor_nouns or reader.idx.ref(k) is not None or reader.w(k - 1) != "the":
        return None
    owner = named_by_noun(reader, tok) or group_named_before(reader, k - 1) or reader.idx.topic
    return owner if owner is not None and owner.type == "organization" and not owner.demonym else None


def owning_group_noun(reader, i: int) -> bool:
    """Token i is the group noun of "the <group noun>'s"."""
    return reader.w(i - 1) == "the" and reader.w(i + 1) in POSSESSIVE and reader.doc[i].lower_ in reader.lex.anaphor_nouns


def its_group_noun(reader, j: int) -> Ref | None:
    """An "its" at token j with no antecedent named in its sentence: the one definite group noun before it ("the
    party's executives, including its former leader X"); None when two different group nouns are there."""
    nouns = {reader.w(k) for k in range(reader.lo + 1, j)
             if reader.doc[k].lower_ in reader.lex.anaphor_nouns and reader.w(k - 1) == "the"
             and reader.idx.ref(k) is None}
    if len(nouns) != 1:
        return None
    k = max(k for k in range(reader.lo + 1, j) if reader.w(k) in nouns and reader.w(k - 1) == "the")
    return definite_group_owner(reader, k)

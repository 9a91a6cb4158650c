"""A title predicated by "elected" (issue 8, relties11): "X was elected President of the Y Government in 2020", "X
was elected chairman of Y". roles.yaml `title_modifiers` keeps "elected" as a rank word before a title ("the
country's elected leader"), so the title phrase starts at the participle and `titles.predicative_holder` found no
word of it hung outside it: the verb that predicates the title was inside. When the phrase opens with a past
participle of a predicative verb (roles.yaml `predicative_verbs`) on which the title word hangs as its complement,
that word is the title's head and the participle its verb, as "appointed" already was."""

from __future__ import annotations


def elected_title_head(reader, t):
    """The title word hung as complement on a predicative participle opening the title phrase, else None."""
    first = reader.doc[t.title_start]
    if first.tag_ != "VBN" or first.lemma_.lower() not in reader.lex.predicative_verbs:
        return None
    return next((reader.doc[j] for j in range(t.title_start + 1, t.title_end)
                 if reader.doc[j].head.i == first.i and reader.doc[j].dep_ in ("attr", "oprd")), None)

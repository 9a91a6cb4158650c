"""A tie told of some of a body's members is no tie of the body (issue 8, relshapes).

"The PMF, an umbrella of armed groups, many of them backed by Iran, ...": the backing is said of many of the
groups, not of the umbrella, so no cue after the partitive binds the body the sentence names before it.
"All of them" and "both of them" speak of the whole and are no partitive.
"""

from __future__ import annotations

PARTITIVE_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "half", "one", "two", "three",
                                   "dozens", "hundreds", "thousands", "part", "much"})
PARTITIVE_PRONOUNS = frozenset({"them", "which", "whom", "these", "those"})
# words a cue may follow after the partitive: "many of them reportedly backed by X", "some of which are armed by"
BETWEEN_WORDS = frozenset({"reportedly", "allegedly", "also", "openly", "are", "were", "is", "was", "being",
                           "believed", "said", "to", "be", "been", "long", "still"})


def partitive_before(reader, i: int) -> bool:
    """The cue at token i follows 'many of them', 'some of which' (a quantifier, 'of', a pronoun)."""
    k = i - 1
    while k > reader.lo and reader.w(k) in BETWEEN_WORDS:
        k -= 1
    if reader.w(k) not in PARTITIVE_PRONOUNS or reader.w(k - 1) != "of":
        return False
    q = reader.doc[k - 2] if k - 2 >= reader.lo else None
    return q is not None and (q.lower_ in PARTITIVE_QUANTIFIERS or q.like_num)

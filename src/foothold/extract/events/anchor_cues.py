"""A statement's content is typed without its anchoring clauses ("announced that Canada had withdrawn its diplomats
after New Delhi threatened to revoke their immunity"): the anchor tells a background happening (news-dev README:
anchors are background), so its words ("threatened") do not say what kind of statement was made."""

from __future__ import annotations

from .narrator_asides import aside_tokens
from .tense import ANCHOR_MARKS


def anchor_clauses(content) -> list:
    """The "after"/"since" clauses inside the content, each as its head verb."""
    return [t for t in content.subtree if t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in t.children)]


FUTURE_AUX = {"will", "would", "shall", "'ll"}


def text_without_anchors(content) -> str:
    """The content's words, its anchoring clauses left out when it tells an act done; a promise's or a warning's
    "after" clause may say when it will come due ("said he would resign after X called on parliament ..."), so a
    future content keeps it, as before."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in content.children):
        left_out = aside_tokens(content)    # evargs10: "would resign, after the cleric X called on ...": the narrator's
    else:
        left_out = {t.i for a in anchor_clauses(content) for t in a.subtree}
    if not left_out:
        return content.doc[content.left_edge.i:content.right_edge.i + 1].text
    return " ".join(t.text for t in content.doc[content.left_edge.i:content.right_edge.i + 1] if t.i not in left_out)

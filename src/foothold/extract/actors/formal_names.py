"""A body's long formal name: a capitalised head noun (lexicon.yaml `formal_heads`: Mission, Office, Delegation ...),
"of" the body or office it serves, and for a posting "to"/"in" the state or body it is sent to: "the Election
Observation Mission of the European Union to Mozambique", "the Office of the United Nations High Commissioner for
Human Rights", "the Permanent Mission of Brazil to the United Nations". The NER cuts such names into the listed
body and a head it drops; the whole phrase is one organisation, and the bodies and states named inside it are no
mentions of their own (DEVELOPING.md Conventions: a state named only inside a body's formal name is no actor). A head
"of" one body's whole name and nothing after it is that body's unit ("the Human Rights Office of the United Nations
Assistance Mission for Iraq"): two actors, as the golds code them, and left to the unit readers."""

from __future__ import annotations

from spacy.tokens import Doc

from spacy.attrs import ORTH

from ..dictionary import Lexicon
from ..token_positions import tokens_with

MAX_HEAD_WORDS = 3            # "Election Observation" + "Mission"
MAX_OWNER_TOKENS = 12         # "United Nations High Commissioner for Human Rights"
LINKS = frozenset({"of", "for", "and"})
POSTINGS = frozenset({"to", "in"})
POSTED_TYPES = frozenset({"country", "organization"})


def formal_names(doc: Doc, found: list[list], lexicon: Lexicon, add) -> None:
    """Replace the pieces found inside each long formal name by the whole name."""
    for tok in tokens_with(doc, ORTH, lexicon.formal_heads):   # only the head words, not every token (perf3)
        k = tok.i
        if tok.text not in lexicon.formal_heads or k + 2 >= len(doc) or doc[k + 1].lower_ != "of":
            continue
        start = _head_start(doc, k)
        if start is None:
            continue
        owner_start = k + 2 + (doc[k + 2].lower_ == "the")
        owner_end = _owner_end(doc, owner_start)
        if owner_end is None:
            continue
        end = _posting_end(doc, owner_end, found)
        if end == owner_end and _one_body(doc[owner_start:owner_end], found):
            continue                       # "the Human Rights Office of" + a body: the body's unit, two actors
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if any(f[0] < cs < f[1] or f[0] < ce < f[1] for f in found):
            continue                       # a mention crossing the phrase's edge: not read as one name
        inside = [f for f in found if cs <= f[0] and f[1] <= ce]
        if not inside or any((f[0], f[1]) == (cs, ce) for f in inside):
            continue                       # nothing the NER cut, or already found whole
        found[:] = [f for f in found if not (cs <= f[0] and f[1] <= ce)]
        add(cs, ce, "organization", "rule:formal_name")


def _one_body(owner, found: list[list]) -> bool:
    """The served phrase is one organisation's whole name: the head is a unit of it, no formal name."""
    cs, ce = owner.start_char, owner.end_char
    return any((f[0], f[1]) == (cs, ce) and f[2] == "organization" for f in found)


def _head_start(doc: Doc, k: int) -> int | None:
    """The first word of the head ("Election Observation Mission"), written after "the"; None without the article."""
    i = k
    while i > 0 and k - i < MAX_HEAD_WORDS - 1 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() \
            and doc[i - 1].lower_ != "the" and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if i == 0 or doc[i - 1].lower_ != "the" or "\n" in doc[i - 1].whitespace_:
        return None
    return i


def _owner_end(doc: Doc, j: int) -> int | None:
    """The end of the served body's or office's capitalised name ("United Nations High Commissioner for Human
    Rights", "Special Envoy of the Secretary-General for Yemen"), or None when no capitalised word follows."""
    first, end = j, None
    while j < len(doc) and j - first < MAX_OWNER_TOKENS and "\n" not in doc[j - 1].whitespace_:
        t = doc[j]
        if t.is_alpha and t.text[:1].isupper() or t.text == "'s" and end == j:
            end = j = j + 1
        elif t.text in ("-", "\u2010") and not t.whitespace_ and not doc[j - 1].whitespace_ and end == j:
            j += 1                         # "Secretary-General"
        elif t.lower_ in LINKS and end == j and j + 1 < len(doc):
            j += 1 + (t.lower_ == "of" and doc[j + 1].lower_ == "the")
        else:
            break
    return end


def _posting_end(doc: Doc, j: int, found: list[list]) -> int:
    """A mission's posting, "to" or "in" a state or body found as a mention right after: the name runs over it."""
    if j >= len(doc) or doc[j].lower_ not in POSTINGS or "\n" in doc[j - 1].whitespace_:
        return j
    k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    if k >= len(doc):
        return j
    posted = next((f for f in found if f[0] == doc[k].idx and f[2] in POSTED_TYPES), None)
    if posted is None:
        return j
    end = k
    while end < len(doc) and doc[end].idx < posted[1]:
        end += 1
    return end

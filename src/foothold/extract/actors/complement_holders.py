"""A person named after a title with its portfolio (evargs11): "The President of the Republic, Barham Salih, received
...", "Minister of Foreign Affairs Espen Barth Eide said ...", "the Minister for Trade and Industry, X,". The office
is the title run before "of"/"for" ("President", "Minister"), so a later bare "the President" or "the Minister"
(`resolve.within._attach_roles`) can find its holder. `roles._office_end` reads a one-word rank with a complement as
no office ("The Minister said": a bare rank names no one), so these holders were missing, and the bare title went to
whoever else the text wrote with that word ("Prime Minister X" for "the Minister", "President Y" of another state
for "the President"). ``definite`` is whether the title opened with "the": the text introduced that person as "the
<title>", the form a bare "the <title>" repeats."""
from __future__ import annotations

from spacy.tokens import Doc

from ..dictionary import Lexicon
from ..doc_tokens import doc_tokens

COMPLEMENT_WORDS = frozenset({"the", "of", "for", "and", "&"})
MAX_COMPLEMENT = 6


def complement_holders(doc: Doc, lexicon: Lexicon, people: list[tuple[int, int]]):
    """(office, clean start, clean end, form) of each person (``people``: clean spans of the persons found) named
    right after "<title> of|for <Complement>" (a comma between them or none)."""
    starts = {s: (s, e) for s, e in people}
    person_at = {t.i: starts[t.idx] for t in doc_tokens(doc) if t.idx in starts}
    if not person_at:
        return
    for i, tok in enumerate(doc_tokens(doc)):
        if tok.lower_ not in ("of", "for") or i == 0 or not lexicon.is_title_token(doc[i - 1]):
            continue
        ts = i - 1
        while ts > 0 and lexicon.is_title_token(doc[ts - 1]) and "\n" not in doc[ts - 1].whitespace_:
            ts -= 1
        k = i + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        m = k
        while m < len(doc) and m - k < MAX_COMPLEMENT and m not in person_at and "\n" not in doc[m - 1].whitespace_ \
                and (doc[m].is_alpha and doc[m].text[:1].isupper() or m > k and doc[m].lower_ in COMPLEMENT_WORDS):
            m += 1
        if m == k or doc[m - 1].lower_ in COMPLEMENT_WORDS:
            continue
        if m < len(doc) and doc[m].text == ",":
            m += 1
        person = person_at.get(m)
        if person is None:
            continue
        before = doc[ts - 1].lower_ if ts > 0 else ""
        form = "definite" if before == "the" else "possessed" if before in ("'s", "\u2019s") else "plain"
        yield doc[ts:i].text, person[0], person[1], form

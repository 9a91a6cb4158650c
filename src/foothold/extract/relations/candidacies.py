"""Whose candidate a person is, in the two shapes the possessive readings of monitor.py miss (issue 8, relfresh):
"X is the candidate of the Y alliance" (the party in an of-phrase, a name compounded on a common noun counting as
the name), and "Y withdrew its own candidate, X, on Wednesday" (the person after the comma that the parser hangs on
the verb instead of the noun). The person is a member_of the party; "a candidate for membership of the EU" has no
of-phrase on the candidacy noun itself, so it names no party. "the candidate of the opposition Y (NDC)": the parser
takes the modifying noun for the object and hangs Y on it; the name right after that noun is the party (relties8)."""

from __future__ import annotations

from .index import Ref

PARTY_KINDS = ("organization",)


def party_of_candidacy(reading, noun) -> Ref | None:
    """The organisation in the candidacy noun's own of-phrase: 'the candidate of the Coordination Framework',
    'the candidate of the Civic Community alliance' (the name on the common noun)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            r = reading.ref_of(obj)
            if r is None and obj.is_lower:
                r = next((reading.ref_of(c) for c in obj.children if c.dep_ == "compound"
                          and reading.ref_of(c) is not None), None)
            if r is None and obj.is_lower:
                r = reading.idx.ref_starting(obj.i + 1)    # "the candidate of the opposition X": the name after
                #                                            the modifying noun the parser took for the object (relties8)
            if r is not None and r.type in PARTY_KINDS:
                return r
    return None


def candidate_named_after(reading, noun) -> Ref | None:
    """The person named right after 'candidate ,' and closed by a comma or the sentence end ('its own
    candidate, Rebar Ahmed, on Wednesday'), however the parser attached the name."""
    j = noun.i + 1
    if reading.w(j) in ("for", "in"):         # "its candidate for the presidency of Z, X," (relties8)
        j = office_phrase_end(reading, j)
    if reading.w(j) != ",":
        return None
    r = reading.idx.ref_starting(j + 1)
    if r is None or r.type != "person" or reading.w(r.end) not in (",", ".", ";", ""):
        return None
    return r


def office_phrase_end(reading, j: int, longest: int = 8) -> int:
    """The comma closing the office phrase opened at token j ("for the presidency of Zanzibar"): no person and no
    verb inside, at most `longest` tokens; else j (no comma there)."""
    for k in range(j + 1, min(reading.hi, j + longest)):
        if reading.w(k) == ",":
            return k
        r = reading.idx.ref(k)
        if r is not None and r.type == "person" or reading.doc[k].pos_ in ("VERB", "AUX"):
            return j
    return j


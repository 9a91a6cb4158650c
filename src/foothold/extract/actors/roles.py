"""Titles and offices: bare titles standing for their holder, office holders, a title's portfolio."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .title_companies import opens_a_company
from ...model import mention_label
from ..dictionary import Lexicon
from ..spans import near, SpanIndex


def _person_title_before(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A title only a person holds right before the name ("Sheikh", "President", "Gen."; not "Foreign", "Army")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return lexicon.is_title_token(prev) and prev.text not in TITLE_MODIFIERS and prev.text not in lexicon.head_words


TITLE_MODIFIERS = frozenset({"Foreign", "Defense", "Defence", "Interior", "Finance", "Vice", "Prime", "Deputy",
                             "Senior", "Special", "Grand", "Crown", "Supreme", "Army", "Navy", "Marine", "Air",
                             "Staff", "Petty", "Press"})


def _roles(doc: Doc, taken: list[tuple[int, int]], lexicon: Lexicon, spans: list[tuple[int, int]]):
    """Titles standing alone. "The Foreign Secretary" with no name after it stands for a
    person named with that title elsewhere; "Minister for the Middle East, Tobias Ellwood"
    names the person in apposition. A title starting a line or sentence and followed by an
    untagged name ("Minister for the Middle East Tobias Ellwood calls ...") recovers the name.
    Yields (start, end, type, label, name start, name end)."""
    spans = SpanIndex(spans)

    def free(s: int, e: int) -> bool:
        # a name inside the title's complement ("the Middle East") does not take the title
        return not any(s < te and ts < e and not (s < ts and te <= e)
                       for ts, te in [*near(taken, s, e), *spans.near(s, e)])

    def opens(i: int) -> bool:
        # a hyphen joins a title's halves ("Secretary-General"): the half after it opens nothing
        return i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct and doc[i - 1].text not in HYPHENS \
            or "\n" in doc[i - 1].whitespace_

    i = 0
    while i < len(doc):
        after_the = i > 0 and doc[i - 1].lower_ == "the"
        if after_the and doc[i].text[:1].isupper():
            j = _office_end(doc, i, lexicon)
            if j > i and _issues_statement(doc[j - 1]) and free(doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                # "The Special Envoy thanks ...": the office speaks; with no holder named it is an actor of its own
                yield doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), "person", mention_label("role", doc[i:j].text, "issuer"), \
                    doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
                i = j
                continue
        if not (lexicon.is_title_token(doc[i]) and (after_the or opens(i))):     # read only for a title
            i += 1
            continue
        j = i
        while j < len(doc) and (lexicon.is_title_token(doc[j]) or doc[j].text in HYPHENS and j + 1 < len(doc)
                                and lexicon.is_title_token(doc[j + 1])) and "\n" not in doc[j - 1].whitespace_ or j == i:
            j += 1
        # the title's complement: "Minister for the Middle East", "Minister of Defence"
        if j + 1 < len(doc) and doc[j].lower_ in ("for", "of"):
            k = j + 1 + (doc[j + 1].lower_ == "the")
            m = k
            if k < len(doc) and doc[k].ent_iob_ == "B":      # a named complement ends with its name
                m = k + 1
                while m < len(doc) and doc[m].ent_iob_ == "I":
                    m += 1
            while m < len(doc) and doc[m].text[:1].isupper() and doc[m].is_alpha and m - k < 4 \
                    and doc[m].ent_iob_ != "B" and not (m > k and doc[k].ent_iob_ == "B"):
                m += 1
            if m > k:
                j = m
        nxt = doc[j] if j < len(doc) else None
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        named_next = nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha
        head = doc[j - 1].text not in TITLE_MODIFIERS
        if not named_next and after_the and free(s, e):
            yield s, e, "person", mention_label("role", doc[i:j].text), s, e
        elif not after_the and head and opens(i) and nxt is not None and free(s, e):
            if nxt.text == "," and j + 1 < len(doc) and doc[j + 1].ent_type_ in ("PERSON", "person"):
                yield s, e, "person", mention_label("role", doc[i:j].text, "apposed"), s, e
            elif named_next:
                n = j
                while n < len(doc) and doc[n].pos_ == "PROPN" and doc[n].is_alpha and doc[n].text[:1].isupper() \
                        and not doc[n].ent_type_ and "\n" not in doc[n - 1].whitespace_ and n - j < 3:
                    n += 1
                ne = doc[n - 1].idx + len(doc[n - 1])
                if n - j >= 2 and (n == len(doc) or doc[n].pos_ != "PROPN") and free(doc[j].idx, ne):
                    yield s, ne, "person", "title:recovered", doc[j].idx, ne
        i = j


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _titles_after_holders(doc: Doc, people: list[tuple[int, int]], lexicon: Lexicon):
    """A title in apposition after the person who holds it: "Gen. X, commander of U.S. Central Command, said",
    "Y, the CJTF-OIR spokesperson.", "Z, 407th AEG commander." The phrase the parser hangs on the name as its
    apposition, headed by a title word, is a mention of that person (re3d codes it so); a body named inside it
    stays a mention of its own. Yields (start, end, "person", label, start, end)."""
    heads = {w.lower() for w in (*lexicon.title_words, *lexicon.office_words)} - {w.lower() for w in TITLE_MODIFIERS}
    for ps, pe in people:
        span = doc.char_span(ps, pe, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        appos = next((c for t in span for c in t.children if c.dep_ == "appos" and c.i > span.end), None)
        if appos is None or appos.lower_ not in heads or not appos.is_alpha:
            continue
        first, last = appos.left_edge.i, appos.right_edge.i
        if doc[first].lower_ in ("the", "a", "an"):
            first += 1
        if first != span.end + 1 + (doc[span.end + 1].lower_ in ("the", "a", "an")) or not 1 <= last - first <= 8 \
                or any(t.text in (",", ";", "(", ")") or "\n" in t.whitespace_ for t in doc[first:last]):
            continue                   # the apposition must follow the name and stay one phrase on its line, more than
                                       # its title word ("X, commander, U.S. Central Command": the body is the title's)
        s, e = doc[first].idx, doc[last].idx + len(doc[last])
        yield s, e, "person", mention_label("role", doc[first:last + 1].text, "follows"), s, e


def _office_end(doc: Doc, i: int, lexicon: Lexicon, named: bool = False) -> int:
    """End of a bare capitalised office from token i ("Special Envoy", "High Representative",
    "Secretary-General"): title or office words, hyphen compounds of them; i when there is none or, unless
    ``named``, when a name follows."""
    def office(tok) -> bool:
        return lexicon.is_title_token(tok) or tok.text in lexicon.office_words

    j = i
    while j < len(doc) and (j == i or "\n" not in doc[j - 1].whitespace_):
        if office(doc[j]):
            j += 1
        elif j > i and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and j + 1 < len(doc) and office(doc[j + 1]):
            j += 2
        else:
            break
    if j == i or doc[j - 1].text in TITLE_MODIFIERS or (
            not named and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return i
    if j == i + 1 and doc[i].text not in lexicon.office_words:
        return i                             # "The Minister said": a bare rank names no one in particular
    return j


def _office_holders(doc: Doc, lexicon: Lexicon):
    """(office, clean start, clean end) of a person named with an office: "High Representative Josep Borrell", or in
    apposition, "The Secretary-General of the United Nations, António Guterres,", "Hans Grundberg, the UN Special
    Envoy for Yemen,"."""
    i = 0
    entity_at: dict[int, Span] | None = None      # token -> its entity, built at the first named office
    while i < len(doc):
        j = _office_end(doc, i, lexicon, named=True) if doc[i].text[:1].isupper() else i
        if j == i:
            i += 1
            continue
        head = doc[j - 1]
        partners = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        if j < len(doc) and doc[j].ent_iob_ == "B":
            partners.insert(0, doc[j])                  # "High Representative Josep Borrell": the title before the name
        if entity_at is None:
            entity_at = {k: e for e in doc.ents for k in range(e.start, e.end)}     # doc.ents is rebuilt per access
        for p in partners:
            ent = entity_at.get(p.i)
            if ent is not None and ent.label_ in ("PERSON", "person"):
                yield doc[i:j].text, ent.start_char, ent.end_char
                break
        i = j


def _issues_statement(head) -> bool:
    """The phrase headed by ``head`` is the subject of a statement verb ("calls on", "thanks", "condemns",
    "is deeply alarmed by")."""
    from ..events.arguments import ALARMED      # the events' own vocabulary of statements (imported late: no cycle)
    from ..events.modality import STATING
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return (verb.lemma_.lower() in STATING or verb.lower_ in ALARMED
            or verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ALARMED for c in verb.children))


def _plural_title(token, lexicon: Lexicon) -> bool:
    """A capitalised title word's plural: "Ministers", "Secretaries" (holders named after it)."""
    text = token.text
    return text[:1].isupper() and (text.endswith("s") and text[:-1] in lexicon.title_words
                                   or text.endswith("ies") and text[:-3] + "y" in lexicon.title_words)


SERVICE_WORDS = frozenset({"Navy", "Army", "Force", "Forces", "Guard", "Corps"})


def _in_title_complement(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """The portfolio in a title: "Secretary of State", "Minister of the Exterior",
    "Under Secretary of the Treasury for Terrorism and Financial Intelligence"."""
    i = span.start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in ("of", "for", "and"):
        return False
    if span.label_ == "PERSON" and i > 1 and doc[i - 1].lower_ == "of" \
            and lexicon.head_words.get(doc[i - 2].text) == "organization":
        return False          # "the Special Republican Guard of Qusay Hussein": a body's leader, no portfolio
    if span.label_ == "PERSON" and i > 1 and doc[i - 1].lower_ == "and" and doc[i - 2].ent_type_ == "PERSON":
        return False          # "Deputy Prime Ministers X and Y": a second holder after a person's name, no portfolio
    j, steps = i - 1, 0
    while j > 0 and steps < 8 and "\n" not in doc[j - 1].whitespace_:
        prev = doc[j - 1]
        if lexicon.is_title_token(prev):
            if opens_a_company(prev):
                return False  # "General Dynamics and Thales": a company's name, no title (actors21)
            # "U.S. Navy and Coast Guard vessels": a service closing a body's name is no title (actors19)
            return not (prev.ent_type_ in ("ORG", "organization") and prev.text in SERVICE_WORDS)
        if _plural_title(prev, lexicon):
            return False      # "Foreign Ministers X and Y": the holders listed, no portfolio
        if not (prev.lower_ in ("of", "for", "and", "the") or prev.text[:1].isupper()):
            return False
        j -= 1
        steps += 1
    return False

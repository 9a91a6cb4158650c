"""Bodies: names before a group noun, names apposed to a body noun, bodies inside titles, outlets reporting."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..nlp import is_english_word
from .people import PERSON_NOUNS
from .spans import POSSESSIVE_MARKS


def _body_in_title(f: list, found: list[list]) -> bool:
    """An organisation inside a person's titled mention ("U.N. Secretary-General Ban Ki-moon") stays a mention even
    when named again on its own: the title's tie to it (leads / member_of) is read from that mention."""
    return f[2] == "organization" and not f[3].startswith("demonym:") and any(
        g[2] == "person" and g[0] <= f[0] and f[1] <= g[4] for g in found if g is not f)


TRAILING_NOUNS = frozenset({"group", "movement", "faction", "militia", "party", "province", "district", "governorate",
                            "region", "island", "county", "prefecture"})
def _before_group_noun(doc: Doc, span: Span, nouns: set[str]) -> bool:
    """The name modifies a lower-case group noun (lexicon.yaml `name_group_nouns`): "the Abu Sayyaf group",
    "ZANU-PF party", "Houthi militants"."""
    nxt = doc[span.end] if span.end < len(doc) else None
    last = span[-1]
    if last.text in POSSESSIVE_MARKS or (nxt is not None and nxt.text in POSSESSIVE_MARKS):
        return False                       # "Zarqawi's group", "Prigozhin's mercenaries": the group is the person's
    return ((nxt is not None and nxt.text in nouns and "\n" not in last.whitespace_)
            or (len(span) > 1 and last.text in nouns))


def _grouped_names(doc: Doc, nouns: set[str]):
    """Untagged proper nouns (one to three, on one line) before a lower-case group noun: "RENAMO movement"."""
    return _names_before(doc, nouns)


def _names_before(doc: Doc, first_words: set[str], noun_at=None):
    """Untagged proper nouns (one to three, on one line) before a lower-case noun (phrase) opening with one of
    ``first_words`` (and that ``noun_at(k)`` accepts, when given)."""
    # the tokens whose text is one of first_words, found on the parse's ORTH array (no Token made for the others)
    wanted = {doc.vocab.strings[w] for w in first_words if w}
    for k in [k for k, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted] if len(doc) else ():
        tok = doc[k]
        if k == 0 or tok.text not in first_words or noun_at is not None and not noun_at(k):
            continue
        i = name_start_before(doc, k)
        if i is not None:
            yield i, k


def name_start_before(doc: Doc, k: int) -> int | None:
    """Where the untagged proper nouns (one to three, on one line) right before token k start, else None."""
    i = k
    while (i > 0 and k - i < 3 and (doc[i - 1].pos_ == "PROPN" or _foreign_name_word(doc[i - 1])
                                    or _capitalised_noun_after_the(doc, i - 1, k))
           and doc[i - 1].ent_type_ in NAMELESS_LABELS and doc[i - 1].text[:1].isupper()
           and "\n" not in doc[i - 1].whitespace_ and (doc[i - 1].is_alpha or "-" in doc[i - 1].text)):
        i -= 1
    # "Tamil Tiger rebels": a creed or people's word may open the name; at a sentence's start the capital says
    # nothing, so only words no English dictionary lists make a name there ("Fano militiamen seized ...")
    if i < k and (not doc[i].is_sent_start or all(_foreign_name_word(t) for t in doc[i:k])) \
            and any(t.ent_type_ != "NORP" for t in doc[i:k]):
        return i
    return None


# NER labels a name before a group noun may carry: none, a creed or people's word, and the labels the actor types
# drop ("the Siyada alliance" tagged PRODUCT would otherwise be lost, issue 8 relfresh)
NAMELESS_LABELS = ("", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _capitalised_noun_after_the(doc: Doc, j: int, k: int) -> bool:
    """A capitalised common noun mid-sentence between "the" and the group noun ("the Victory bloc"): the parser's
    noun is the group's name word."""
    tok = doc[j]
    return tok.pos_ == "NOUN" and tok.is_title and j == k - 1 and j >= 1 and doc[j - 1].lower_ == "the" \
        and not tok.is_sent_start


def _foreign_name_word(token) -> bool:
    """A capitalised word that is no English word ("Fano", "Asayish", tagged as adjectives before "militiamen")."""
    return token.text[:1].isupper() and token.is_alpha and len(token) >= 3 and not is_english_word(token)


def _reports(span: Span) -> bool:
    """The name is the subject of "reported" or the one interviewed by ("in an interview with Jeune Afrique"):
    a body or a place does not report, an outlet does."""
    root = span.root
    head = root.head
    return (root.dep_ == "nsubj" and head.lemma_.lower() == "report" and head.pos_ == "VERB"
            or root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == "interview")


# Armed services named without their state: in a title ("Chief of Staff of the Air Force") they
# are the holder's portfolio, not a named body.
GENERIC_SERVICES = frozenset({"Air Force", "Navy", "Army", "Air Defense Forces", "Air Defence Forces", "Marine Corps",
                              "Coast Guard", "Armed Forces", "Special Forces", "Ground Forces", "Naval Forces",
                              "Air Forces", "Land Forces", "Air Defense", "Air Defence"})


BODY_NOUNS = frozenset({"military", "army", "militia", "group", "movement", "party", "organization", "organisation",
                        "coalition", "alliance", "company", "firm", "government", "junta", "force", "forces",
                        "agency", "network", "faction", "council", "union", "federation"})


def _apposed_body(doc: Doc, span: Span) -> bool:
    """"the Tatmadaw, the military of Myanmar,", "Wagner, a Russian mercenary group": a name in apposition to
    a body noun names a body, whatever the NER guessed."""
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("the", "a", "an"):
        return False
    j = e + 2
    while j < len(doc) and j - e < 6 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].lower_ not in BODY_NOUNS:
        j += 1                             # "a Russian mercenary group", "the country's military"
    return j < len(doc) and doc[j].lower_ in BODY_NOUNS and doc[j].head.i == span.root.i \
        or j < len(doc) and doc[j].lower_ in BODY_NOUNS and doc[j].dep_ == "appos"


def _apposed_to_body_noun(doc: Doc, span: Span) -> bool:
    """"the main opposition party, Samagi Jana Balawegaya, whose ...": a name apposed after a body noun names the
    body, whatever the NER guessed (a capitalised noun closes a title: "Chief of Staff of the Armed Forces, X"; a
    person noun owning the body makes X that person: "a spokesman for the army, X")."""
    s = span.start
    if s < 2 or doc[s - 1].text != "," or doc[s - 2].text not in BODY_NOUNS or span.root.dep_ != "appos" \
            or span.root.head.i != s - 2:
        return False
    prep = doc[s - 2].head
    return not (prep.dep_ == "prep" and prep.head.lower_ in PERSON_NOUNS)

"""Entities the NER cut in two joined again, and untagged runs that end in a head word."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ...resolve.names import normalise_name
from ..dictionary import ActorDictionary, city_keys, Lexicon, load_dictionary, load_lexicon
from .headings import _title_case
from .people import NAME_PARTICLES, PATRONYMIC_WORDS
from .places import COMPASS_WORDS
from .spans import NUMBER_LABELS, UNIT_ORDINAL, _split_at_parenthesis
from ..doc_text import doc_text
from ..token_positions import tokens_with


JOINERS = {"and", "of", "for", "the", "&"}


def _joined_entities(doc: Doc, dictionary: ActorDictionary | None = None) -> list[Span]:
    """Repair names the NER cut in two: "the Foreign Affairs and" + "Security Committee"."""
    out: list[Span] = []
    for ent in _split_at_parenthesis(doc):
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and ent.label_ in ("ORG", "organization") and prev.end == ent.start
                and "\n" not in prev[-1].whitespace_ and prev[-1].lower_ in JOINERS):
            # "Peace and" + "Security Council" (a listed body): the NER's cut piece ends in a joiner
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif (prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start
              and "\n" not in prev[-1].whitespace_ and prev[-1].is_alpha and ent[0].is_alpha):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Hassan Sheikh" + "Mohamud": one name
        elif prev is not None and _one_person_across(doc, prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Roch Marc" + "Christian" + "Kaboré"
        elif (prev is not None and prev.label_ in ("PERSON", "NORP", "person") and ent.label_ in ("PERSON", "GPE", "ORG")
              and 0 <= ent.start - prev.end <= 2 and _particles_between(doc, prev, ent) and len(ent) <= 2
              and ent[0].text[:1].isupper() and prev[0].text[:1].isupper()
              and all("\n" not in t.whitespace_ for t in doc[prev.start:ent.start])):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Ursula von der" + "Leyen", "Frans" + "van der Velde"
        elif (prev is not None and len(prev) == 1 and prev.text in COMPASS_WORDS and prev.end == ent.start
              and ent.label_ in ("LOC", "GPE", "place", "country") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="LOC")      # "Southwest" + "Asia"
        elif (prev is not None and prev.end == ent.start and "\n" not in prev[-1].whitespace_ and not prev[-1].is_punct
              and ent[0].text[:1].isupper() and not ent[0].is_punct
              and ((prev.label_ == "ORG" and ent.label_ == "organization" and len(prev) <= 4 and prev[-1].text[:1].isupper()
                    and not (dictionary is not None and dictionary.is_demonym(prev[-1].text)))
                   or (prev.label_ in ("GPE", "country") and ent.label_ == "ORG" and len(ent) >= 2)
                   or (prev.label_ in ("ORG", "organization") and prev[-1].text in ("Forces", "Force", "Command")
                       and ent.label_ in ("GPE", "country", "LOC", "place") and len(ent) == 1
                       and (ent.end == len(doc) or not doc[ent.end].text[:1].isupper())))):
            # "U.S. Forces" + "Korea": a command named for its theatre
            # "the National" + "Security Council", "United Kingdom" + "Maritime Trade Operations": one name
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        elif (prev is not None and prev.label_ in ("ORG", "FAC", "LOC") and len(prev) - (prev[0].lower_ == "the") == 1
              and prev.end == ent.start and ent.label_ in ("GPE", "country") and prev[-1].is_alpha
              and prev[-1].text[:1].isupper()
              and "\n" not in prev[-1].whitespace_ and ent.end < len(doc) and not doc[ent.end].ent_type_
              and doc[ent.end].text in load_lexicon().head_words and "\n" not in ent[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "Royal" + "Solomon Islands" + "Police Force"
        elif (prev is not None and prev.label_ in ("LOC", "FAC", "place") and prev.end == ent.start and len(prev) >= 2
              and prev[-1].lower_ == "of" and prev[-2].text in PLACE_OF_HEADS
              and ent.label_ in ("GPE", "country", "LOC", "place") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="LOC")      # "the Gulf of" + "Thailand": one water
        elif (prev is not None and prev.label_ == "ORG" and prev.end == ent.start and prev[-1].lower_ == "of"
              and len(prev) >= 3 and ent.label_ in ("GPE", "country") and "\n" not in prev[-1].whitespace_
              and prev[-2].lower_ not in ("government", "people", "regime", "president", "king")):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "The Foreign Ministry of" + "Iraq"
        elif (prev is not None and prev.label_ == "ORG" and prev.end == ent.start and len(prev) >= 2
              and prev[-1].text in ("de", "del", "des", "du", "da", "do", "di") and prev[-2].text[:1].isupper()
              and ent.label_ in ("GPE", "country", "LOC", "place") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "Petroleos de" + "Venezuela"
        elif (prev is not None and prev.label_ == "ORG" and ent.label_ == "ORG" and prev.end == ent.start
              and ent[0].text[:1].isupper() and "\n" not in prev[-1].whitespace_ and not prev[-1].is_punct):
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        else:
            out.append(ent)
    return out


def plural_possessive_start(doc: Doc, i: int, j: int, tagged: set[int], lexicon: Lexicon) -> int | None:
    """The start of a body's name through a plural possessive: the run [i, j) closed by an organisation head word
    follows "<Capitalised plural>'" glued, untagged ("Workers' Party", "Governors' Forum"), with capitalised untagged
    words before it on its line ("the National Farmers' Union"); None otherwise (actors23)."""
    if i < 2 or doc[i - 1].text not in ("'", "\u2019") or doc[i - 2].whitespace_ or (i - 1) in tagged \
            or (i - 2) in tagged or not doc[i - 2].is_alpha or not doc[i - 2].text[:1].isupper() \
            or not doc[i - 2].text.endswith("s") or lexicon.head_words.get(doc[j - 1].text) != "organization":
        return None
    k = i - 2
    while k > 0 and i - k < 5 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and (k - 1) not in tagged \
            and "\n" not in doc[k - 1].whitespace_ and not (doc[k - 1].is_sent_start
                                                          and doc[k - 1].lower_ in ("the", "a", "an")):
        k -= 1
    return k


def _one_person_across(doc: Doc, prev: Span, ent: Span) -> bool:
    """Two pieces of one person's name: the NER tagged the given names and the surname apart, leaving a capitalised
    given name between them untagged ("Roch Marc" + "Christian" + "Kaboré"), or tagged a lone given name as something
    else before a patronymic ("Badr" + "bin Hamad Al Busaidi")."""
    gap = doc[prev.end:ent.start]
    if any("\n" in t.whitespace_ for t in doc[prev.start:ent.start]) or ent.label_ != "PERSON":
        return False
    if prev.label_ == "PERSON":
        return 1 <= len(gap) <= 2 and all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
                                          and t.text not in load_lexicon().title_words for t in gap)
    if not gap and len(prev) == 1 and prev[0].is_alpha and prev[0].text[:1].isupper() and len(ent) >= 2 \
            and ent[0].lower_ in PATRONYMIC_WORDS:
        return True
    # "Jamal" (tagged GPE) + "Jaafar al-Ibrahimi": a lone given name the NER read as a place, no place the
    # dictionaries or the gazetteer know, set right before a full name on its line
    return (not gap and len(prev) == 1 and prev.label_ in ("GPE", "LOC", "NORP") and prev[0].is_alpha
            and prev[0].text[:1].isupper() and prev[0].text[1:].islower() and len(ent) >= 2
            and load_dictionary().lookup(prev.text) is None and normalise_name(prev.text) not in city_keys())


# Heads of a place named "X of <country or place>": "the Gulf of Thailand", "the Bay of Bengal"
PLACE_OF_HEADS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Islands", "Horn", "Cape"})


def _particles_between(doc: Doc, prev: Span, ent: Span) -> bool:
    """The first part ends with name particles, or only particles stand between the two parts; at least one particle."""
    tail = [t for t in prev if t.i > prev.start and t.lower_ in NAME_PARTICLES and t.text.islower()]
    gap = list(doc[prev.end:ent.start])
    if any(not (t.text.islower() and t.lower_ in NAME_PARTICLES) for t in gap):
        return False
    ends_in_particle = bool(tail) and tail[-1].i == prev.end - 1
    return (ends_in_particle or bool(gap)) and not (ent.start == prev.end and not ends_in_particle)


HEAD_LABELS = {"organization": "ORG", "place": "FAC"}
RUN_HEAD_LABELS = {**HEAD_LABELS, "media": "ORG"}   # an untagged run ending in a media head: "the PKK-run Roj TV station"


def _headed_runs(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Names the NER missed that end in a head word: "Combined Maritime Forces", "Evin Prison",
    "Law Enforcement Forces"; an untagged run before a tagged body joins it ("Naval Forces" +
    "Central Command"). Runs are capitalised words on one line, at least two, not all titles."""
    starts = {e.start: e for e in ents}
    tagged = {i for e in ents for i in range(e.start, e.end)}
    extra: list[Span] = []
    text = None                       # Doc.text joins every token: read once, when first needed
    replaced: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while (j < len(doc) and j not in tagged and doc[j].text[:1].isupper() and doc[j].is_alpha
               and (j == i or "\n" not in doc[j - 1].whitespace_) and j - i < 5):
            j += 1
        if j == i:
            i += 1
            continue
        run_start, opened_by = i, None
        if doc[i].is_sent_start and doc[i].lower_ in ("the", "a", "an", "this", "that", "these", "those"):
            run_start = i + 1
        if (i >= 2 and doc[i - 1].text in ("'s", "\u2019s") and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
                and doc[i - 2].text[:1].isupper() and (i - 2) not in tagged and (i - 1) not in tagged
                and j - i >= 2 and lexicon.head_words.get(doc[j - 1].text) == "organization"
                and not (i - 2 > 0 and doc[i - 3].text[:1].isupper() and doc[i - 3].is_alpha
                         and doc[i - 3].lower_ not in ("the", "a", "an"))):
            run_start = i - 2                 # "the Lord's Resistance Army", "the People's Liberation Army"
        elif (i >= 3 and doc[i - 1].text in ("'s", "\u2019s") and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
                and doc[i - 2].text[:1].isupper() and (i - 2) not in tagged and j - i >= 2
                and lexicon.head_words.get(doc[j - 1].text) == "organization"
                and (country := next((e for e in ents if e.end == i - 2 and e.label_ in ("GPE", "country")), None))
                and (country.start == 0 or doc[country.start - 1].lower_ in ("the", "a", "an")
                     or doc[country.start].is_sent_start)):
            run_start = opened_by = country.start   # "the Sudan People's Liberation Army": the state opens the name
        elif (plural := plural_possessive_start(doc, i, j, tagged, lexicon)) is not None:
            run_start = plural                # "the Workers' Party", "the Nigeria Governors' Forum" (actors23)
            if (country := next((e for e in ents if e.end == plural and e.label_ in ("GPE", "country")), None)) \
                    and (country.start == 0 or doc[country.start - 1].lower_ in ("the", "a", "an")
                         or doc[country.start].is_sent_start) and "\n" not in doc[country.end - 1].whitespace_:
                run_start = opened_by = country.start
        after_name = i > 0 and (i - 1) in tagged and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_punct \
            and doc[i - 1].ent_type_ not in NUMBER_LABELS
        if (i > 0 and UNIT_ORDINAL.match(doc[i - 1].text) and doc[j - 1].text in lexicon.unit_heads
                and "\n" not in doc[i - 1].whitespace_ and (j - i == 1 or run_start == i)):
            run_start = i - 1                 # "the PMF's 30th Brigade", "the 11th Field Squadron": a unit, its ordinal
            if (i - 1) in starts:
                replaced.add(i - 1)           # the NER's ORDINAL
            state = next((e for e in ents if e.end == i - 1 and e.label_ in ("GPE", "country")), None)
            if state is not None and "\n" not in doc[i - 2].whitespace_:
                run_start = opened_by = state.start   # "the U.S. 6th Fleet": the state's unit, named whole
        end, label, absorbed = j, None, None
        nxt = starts.get(j)
        if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text.endswith(("-", "\u2013", "/")):
            i = j                             # "Joint Iranian-Iraqi Chamber of Commerce": inside a compound
            continue
        if (nxt is not None and "\n" not in doc[j - 1].whitespace_
                and (nxt.label_ in ("ORG", "organization") or nxt.label_ == "PERSON" and len(nxt) == 1)
                and lexicon.head_words.get(nxt[-1].text) == "organization"):   # "Gulf" + "Clan" tagged PERSON
            end, label, absorbed = nxt.end, "ORG", nxt
            before = next((e for e in ents if e.end == i), None)
            if after_name and before is not None and before.label_ in ("GPE", "country"):
                run_start = before.start      # "U.S." + "Naval Forces" + "Central Command": one name
                replaced.add(before.start)
        elif after_name:
            i = j                             # right after a name: _extend_to_head decides ("Erbil International Airport")
            continue
        elif j - run_start >= 2:
            head = "organization" if run_start < i and doc[j - 1].text in lexicon.unit_heads \
                else lexicon.head_words.get(doc[j - 1].text) or staff_body(doc, run_start, j, lexicon)
            if head in RUN_HEAD_LABELS and not (doc[j - 1].text in lexicon.title_words
                                                and j < len(doc) and doc[j].text[:1].isupper()):
                label = RUN_HEAD_LABELS[head]
        words = doc[run_start:end]
        if label and absorbed is None:
            text = doc_text(doc) if text is None else text
            ls, le = text.rfind("\n", 0, doc[run_start].idx) + 1, text.find("\n", doc[run_start].idx)
            if _heading_line(text[ls:le if le >= 0 else len(text)]):
                label = None                  # a title-case heading line capitalises every word
        if label and len(words) >= 2 and run_start < j and (staff_body(doc, run_start, j, lexicon) or not all(
                lexicon.is_title_token(t) for t in doc[run_start:j])):
            extra.append(Span(doc, run_start, end, label=label))
            if absorbed is not None:
                replaced.add(absorbed.start)
            if opened_by is not None:
                replaced.add(opened_by)
        i = max(j, i + 1)
    if not extra:
        return ents
    merged = [e for e in ents if e.start not in replaced] + extra
    return sorted(merged, key=lambda e: e.start)


def staff_body(doc: Doc, start: int, end: int, lexicon: Lexicon) -> str | None:
    """"the General Staff", "the Joint Staff": title words whose pair (lexicon `head_phrases`) names a body, not an
    office held ("Chief of the General Staff X" is a title); the body's type, or None."""
    if end - start < 2:
        return None
    type_ = lexicon.head_phrases.get(f"{doc[end - 2].text} {doc[end - 1].text}")
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if type_ is None or k >= 1 and doc[k].lower_ == "of" and lexicon.is_title_token(doc[k - 1]):
        return None
    return type_


NAME_JOINERS = frozenset({"of", "for", "and"})


def _heading_line(line: str) -> bool:
    """A line in title case that does not end as a sentence does: a heading capitalises every word; a sentence
    full of names ("The PMF's 30th Brigade withdrew from the Nineveh Plains.") ends with a stop."""
    return _title_case(line) and not line.rstrip().endswith((".", "!", "?"))


def after_the(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """doc[i] follows "the", or "the" and a political stance ("the opposition All People's Congress": lexicon.yaml
    `stance_adjectives`, which parties take and people do not)."""
    if doc[i - 1].lower_ == "the":
        return True
    return i >= 2 and doc[i - 1].text in lexicon.stance_adjectives and doc[i - 2].lower_ == "the"


def _opened_names(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """A name opened by a word of lexicon.yaml `name_opening_words` after "the" ("the All Nigeria Peoples Party", "the
    All Burma Students' Democratic Front") runs over the capitalised words after it on its line, whatever the NER
    cut from it ("the All" + "Nigeria"): one body's name, the entities inside it giving way. Not in a title-case line."""
    extra: list[Span] = []
    for tok in tokens_with(doc, ORTH, lexicon.name_opening_words):   # only the opening words (perf3)
        i = tok.i
        if (tok.text not in lexicon.name_opening_words or i == 0 or not after_the(doc, i, lexicon)
                or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() or "\n" in tok.whitespace_):
            continue
        j = i + 1
        while j < len(doc) and "\n" not in doc[j - 1].whitespace_:
            t = doc[j]
            if t.text[:1].isupper() and t.is_alpha or not doc[j - 1].whitespace_ and (
                    t.text in ("-", "'", "\u2019", "'s", "\u2019s") or t.is_alpha and doc[j - 1].text == "-"):
                j += 1                        # a capitalised word, a compound's pieces, "Students'"
            elif t.lower_ in NAME_JOINERS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
                    and "\n" not in t.whitespace_:
                j += 1
            else:
                break
        while j > i + 1 and (doc[j - 1].lower_ in NAME_JOINERS or doc[j - 1].text == "-"):
            j -= 1
        if j - i < 3 and lexicon.head_words.get(doc[j - 1].text) is None:
            continue                          # "the All Blacks": one word after the opener, no head word
        text = doc_text(doc)                  # spaCy joins every token at each access
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_end = text.find("\n", tok.idx)
        if _heading_line(text[line_start:line_end if line_end >= 0 else len(text)]):
            continue
        if any(e.start < i - 1 and e.end > i - 1 or e.start < j < e.end for e in ents):
            continue                          # an entity reaching out of the name: leave it
        label = RUN_HEAD_LABELS.get(lexicon.head_words.get(doc[j - 1].text), "ORG")
        extra.append(Span(doc, i, j, label=label))
    if not extra:
        return ents
    kept = [e for e in ents if not any(x.start - 1 <= e.start and e.end <= x.end for x in extra)]
    return sorted(kept + extra, key=lambda e: e.start)

"""A body named for two states joined by a hyphen is named whole (issue 8, actors23): "the Russia-Cuba Business
Council", "the India-Bangladesh Joint Rivers Commission", "the Joint Iranian-Iraqi Chamber of Commerce". The
tokenizer splits the pair at the hyphen and the NER tags the body from the second state on ("Cuba Business
Council"), or nothing at all. Two shapes, read on the NER's mentions before the demonyms and missed names:
- an organisation mention right after "<state or demonym>-" glued to it starts at that first state;
- "<state or demonym>-<state or demonym>" followed by one to four capitalised words closed by an organisation head
  word (and an of-phrase of one to three capitalised words, "of Commerce"), none found yet, is a body, with a
  capitalised word before the pair that is no entity and no sentence start ("Joint").
The states inside stay mentions of their own where found (as "U.S. Central Command" names the United States)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dictionary import ActorDictionary, Lexicon
from ..spans import SpanIndex
from ..doc_tokens import doc_tokens

HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _state_word(tok, dictionary: ActorDictionary) -> bool:
    if not (tok.is_alpha and tok.text[:1].isupper()):
        return False
    entry = dictionary.lookup(tok.text)
    return entry is not None and entry.type == "country" or dictionary.demonym_country(tok.text) is not None


def _glued_pair_before(doc: Doc, i: int, dictionary: ActorDictionary) -> int | None:
    """The first token of "<state>-" glued right before token i, or None."""
    if i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and _state_word(doc[i - 2], dictionary) and _state_word(doc[i], dictionary):
        return i - 2
    return None


def state_pair_bodies(doc: Doc, found: list[list], taken: SpanIndex, lexicon: Lexicon, dictionary: ActorDictionary,
                      add) -> None:
    """Extend the organisations cut at a state pair's hyphen; add the pair-named bodies the NER missed."""
    starts = {t.idx: t.i for t in doc_tokens(doc)}
    pairs = []
    for f in found:
        if f[2] != "organization" or f[0] not in starts or (f[0], f[1]) != (f[4], f[5]):
            continue
        first = _glued_pair_before(doc, starts[f[0]], dictionary)
        if first is not None and "\n" not in doc[first].whitespace_:
            f[0] = f[4] = doc[first].idx
            taken.append((f[0], f[1]))
            pairs.append((doc[first], doc[first + 2]))
    for tok in doc_tokens(doc):
        first = _glued_pair_before(doc, tok.i, dictionary)
        if first is None:
            continue
        end = _headed_run_end(doc, tok.i + 1, lexicon)
        if end is None:
            continue
        start = first
        if start >= 1 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].ent_type_ in ("", "NORP") and not doc[start - 1].is_sent_start \
                and dictionary.lookup(doc[start - 1].text) is None and not dictionary.is_demonym(doc[start - 1].text) \
                and doc[start - 1].text not in lexicon.title_words:
            start -= 1                        # "the Joint Iranian-Iraqi Chamber ..."
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        over = [f for f in found if f[0] < ce and cs < f[1] and f[2] not in ("country", "place")]
        if not over:
            add(cs, ce, "organization", "rule:state_pair_body")
        elif all(f[2] == "organization" and f[0] == doc[tok.i + 1].idx and f[1] <= ce for f in over):
            for f in over:                    # "the German-Polish" + "Border Commission" tagged from its noun
                f[0] = f[4] = cs
                f[1] = f[5] = ce
            taken.append((cs, ce))
    # each state of the pair stays a mention ("Cuba" of "the Russia-Cuba Business Council"); demonyms are read later
    for pair in pairs:
        for tok in pair:
            entry = dictionary.lookup(tok.text)
            if entry is not None and entry.type == "country" \
                    and not any(f[0] == tok.idx and f[2] == "country" for f in found):
                found.append([tok.idx, tok.idx + len(tok.text), "country", f"dict:{entry.id}", tok.idx,
                              tok.idx + len(tok.text)])


def _headed_run_end(doc: Doc, k: int, lexicon: Lexicon) -> int | None:
    """The end of one to four capitalised words from k closed by an organisation head word (and "of" one to three
    capitalised words), on one line; None when the run is no body's name."""
    start = k
    while k < len(doc) and k - start < 4 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == start or lexicon.head_words.get(doc[k - 1].text) != "organization":
        return None
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
        e = k + 1
        while e < len(doc) and e - k <= 3 and doc[e].is_alpha and doc[e].text[:1].isupper() and not doc[e].ent_type_:
            e += 1
        if e - k <= 3:
            k = e
    return k

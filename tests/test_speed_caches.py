"""The caches and early exits added for extraction speed (issue 8) answer exactly as the plain computation does.

Sentences written for these tests, on arenas away from the development texts."""

import re
from types import SimpleNamespace

import spacy

from foothold.extract import dates
from foothold.extract.events import hosts, speech
from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.settled import per_document, remembered, settled_parse
from foothold.extract.events.unfactual import _first_reason, first_unfactual_reason
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context
from foothold.extract.relations.lexicon import load_roles
from foothold.extract.relations.ties import inflected_forms
from foothold.extract.token_spans import token_spans
from foothold.ingest import read_document

PARAGRAPH = ("The junta in Conakry said it would not extend the curfew. Police detained two activists in Kindia "
             "and may release them on Friday. If the talks fail, the opposition will march again, and it has "
             "marched every week since May.")


def test_remembered_computes_once_inside_a_settled_parse_and_afresh_outside():
    doc = spacy.blank("en")("Lesotho recalled its envoy.")
    calls = []

    def compute(token):
        calls.append(token.i)
        return token.text.upper()

    assert remembered("shout", doc[1], compute) == "RECALLED"
    assert remembered("shout", doc[1], compute) == "RECALLED"
    assert calls == [1, 1]                        # no block: computed each time
    with settled_parse(doc):
        assert [remembered("shout", doc[1], compute) for _ in range(3)] == ["RECALLED"] * 3
        assert remembered("other", doc[1], lambda t: t.i) == 1       # kinds apart
        other = spacy.blank("en")("Malawi protested.")
        assert remembered("shout", other[1], compute) == "PROTESTED"   # another doc is never served from the memo
        assert remembered("shout", other[1], compute) == "PROTESTED"
    assert calls == [1, 1, 1, 1, 1]
    remembered("shout", doc[1], compute)
    assert calls[-1] == 1 and len(calls) == 6     # the block ended: afresh again


def test_per_document_is_computed_once_per_kind_inside_the_block():
    doc = spacy.blank("en")("Bhutan and Nepal signed a pact.")
    calls = []
    with settled_parse(doc):
        for _ in range(3):
            assert per_document("words", doc, lambda d: calls.append(1) or len(d)) == 7
    assert calls == [1]


def test_unfactual_reasons_are_the_same_remembered_or_not():
    doc = load_nlp()(PARAGRAPH)
    plain = [_first_reason(t) for t in doc]
    assert {"negated", "future"} & set(filter(None, plain))        # the paragraph has unfactual triggers
    with settled_parse(doc):
        assert [first_unfactual_reason(t) for t in doc] == plain
        assert [first_unfactual_reason(t) for t in reversed(doc)] == plain[::-1]


def test_token_spans_map_every_token_as_the_context_does_once_per_document(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Heading\n\nThe **Sahrawi** side \u201cwelcomed\u201d the plan -- said   Rabat.\n", encoding="utf-8")
    document = read_document(path)
    ctx = Context(document=document, doc=load_nlp()(document.clean))
    starts, ends = token_spans(ctx)
    expected = [ctx.span(t.idx, t.idx + len(t.text)) for t in ctx.doc]
    assert list(zip(starts, ends)) == expected
    starts.clear()                                      # the caller's own lists: the cache is untouched
    again = token_spans(ctx)
    assert list(zip(*again)) == expected
    assert ctx.data["token_spans"][0] is ctx.doc


def test_token_spans_without_scratch_data():
    doc = spacy.blank("en")("Oman mediated.")
    ctx = SimpleNamespace(doc=doc, span=lambda s, e: (s + 10, e + 10))
    assert token_spans(ctx) == ([10, 15, 23], [14, 23, 24])


def _actor(aid, atype, *forms):
    return SimpleNamespace(id=aid, type=atype, surface_forms=lambda: list(forms))


def test_hosted_state_is_found_only_at_a_hosting_phrase():
    france = _actor("france", "country", "France", "French")
    chad = _actor("chad", "country", "Chad")
    ctx = SimpleNamespace(document=SimpleNamespace(text="Rebels shelled two bases hosting French troops near "
                                                        "Faya, where Chad keeps a garrison."), actors=[france, chad])
    assert hosts.hosted_state(ctx) == "france"
    ctx.document.text = "N'Djamena airport, where French soldiers are stationed, was shelled; Chad protested."
    assert hosts.hosted_state(ctx) == "france"
    ctx.document.text = "French troops left Chad in January."
    assert hosts.hosted_state(ctx) is None
    ctx.document.text = "Bases hosting French troops and bases housing Chad forces were hit."
    assert hosts.hosted_state(ctx) is None                # two hosted states: no one


def test_dated_name_matches_as_without_its_leading_lookahead():
    plain = re.compile(dates.DATED_NAME.pattern[len("(?=[0-9A-Z])(?:"):-1])
    texts = ["Leaders of the April 6 Youth Movement met; On 3 May Tuareg Front fighters withdrew.",
             "the 1920 Revolution Brigades and the 2019 Grand Alliance campaign; 12th of March Revolution Forces",
             "in March 14 Alliance offices, the March 14 Alliance said", "nothing dated here at all"]
    for text in texts:
        assert [m.span() for m in dates.DATED_NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group(0) for m in dates.DATED_NAME.finditer(texts[0])] == ["April 6 Youth Movement"]


def _statement_type_without_prefilter(lex, text):
    low = " " + " ".join(re.sub(r"[\"\u201c\u201d\u2018\u2019(\[]", " ", text.lower()).split()) + " "
    for etype in lex.dominant_cues:
        if any(speech.cue_at(low, cue, lex.cue_exclusions) >= 0 for cue in lex.cues.get(etype, ())):
            return etype
    best = None
    for rank, etype in enumerate(lex.cue_order):
        for cue in lex.cues.get(etype, ()):
            at = speech.cue_at(low, cue, lex.cue_exclusions)
            if at >= 0 and (best is None or (at, rank) < best[:2]):
                best = (at, rank, etype)
    if best and best[2] == "REJECT" and speech.CONDUCT_REJECTED.search(low):
        return "ACCUSE"
    return best[2] if best else None


def test_statement_cues_prefiltered_type_as_before():
    lex = load_lexicon()
    texts = ["Fiji condemned the raid on the fishing fleet", "it urged both sides to show restraint",
             "Samoa welcomed the accord and thanked Tonga", "the ministry rejects all reckless actions targeting Palau",
             "it was \u201cdeeply disappointed\u201d by the vote", "the council expressed concern over the blockade",
             "Vanuatu denied any role in it", "a statement on the weather"]
    typed = [speech.statement_type(lex, t) for t in texts]
    assert typed == [_statement_type_without_prefilter(lex, t) for t in texts]
    assert typed[0] is not None and typed[-1] is None


def test_may_occur_keeps_short_first_words_and_word_prefixes():
    heads = {"cond", "to", "a"}
    assert speech.may_occur("condemn", heads)          # "condemned" opens with the cue
    assert speech.may_occur("to a", heads)            # a first word shorter than the head: always tried
    assert not speech.may_occur("welcome", heads)


def test_role_titles_built_once_and_backing_inflections_as_listed():
    lex = load_roles()
    assert lex.titles is lex.titles
    assert lex.titles == lex.leads | lex.members | lex.allies | lex.state_officers | lex.state_staff
    forms = inflected_forms(frozenset({"arm", "fund", "finance"}))
    for word in ("arms", "funded", "finances", "financed", "armes", "armd", "arm", "funding", "armed"):
        assert (word in forms) == any(word in (v + "s", v + "es", v + "ed", v + "d") for v in ("arm", "fund", "finance"))


def _subject_walk(doc):
    flags = [False] * len(doc)
    for tok in doc:
        t = tok
        for _ in range(8):
            if t.dep_ in ("nsubj", "nsubjpass"):
                flags[tok.i] = True
                break
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
    return flags


def test_subject_flags_read_on_arrays_as_on_tokens():
    from foothold.extract.events.index import subject_flags
    doc = load_nlp()(PARAGRAPH + " The envoy of the Gambian government, who was recalled in June, was replaced.")
    flags = subject_flags(doc)
    assert flags == _subject_walk(doc)
    assert flags[next(t.i for t in doc if t.text == "junta")]          # "The junta in Conakry said": a subject
    assert subject_flags(spacy.blank("en")("")) == []

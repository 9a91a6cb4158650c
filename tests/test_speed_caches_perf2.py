"""perf2's speed changes (issue 8, speed) answer exactly as the plain computation does: the Doc's text joined once
(`extract/doc_text.py`), names before a group noun found on the ORTH array (`actors/bodies._names_before`), the
several-word demonyms tried only where one can open (`relations/index.TokenIndex`), an entry form's edge pattern
compiled once (`resolve/entry_forms.py`), a title token's text read once (`dictionary.Lexicon.is_title_token`).

Sentences written for these tests, on arenas away from the development texts."""

from __future__ import annotations

import spacy

from foothold.extract.actors.bodies import _names_before, name_start_before
from foothold.extract.dictionary import load_lexicon
from foothold.extract.doc_text import KEY, doc_text
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run_with_context
from foothold.extract.relations.index import TokenIndex
from foothold.extract.relations.lexicon import load_roles
from foothold.ingest import read_document
from foothold.resolve.entry_forms import _edge, entry_forms_inside

PARAGRAPH = ("Lt. Gen. Kwame Mensah met the Asante Youth movement in Kumasi on Monday. The Volta Front alliance "
             "and Fanti Shore rebels rejected the plan, and Petty Officer 2nd Class Ama Boateng said the "
             "Tema Harbour union would strike.\n\nOkyeman Council elders welcomed the talks.")


def test_doc_text_is_the_docs_text_joined_once_and_kept_with_the_doc():
    nlp = spacy.blank("en")
    doc, other = nlp("Tonga asked Fiji for help.\n\nFiji agreed."), nlp("Samoa abstained.")
    text = doc_text(doc)
    assert text == doc.text
    assert doc.user_data[KEY] is text and doc_text(doc) is text       # the same string: not joined again
    assert doc_text(other) == "Samoa abstained." and other.user_data[KEY] != text   # each Doc its own
    assert KEY not in nlp("Nauru.").user_data                          # nothing set before the first call


def _names_before_on_tokens(doc, first_words, noun_at=None):
    """The token walk _names_before did before it read the ORTH array (the reference): every token tried."""
    for k, tok in enumerate(doc):
        if k == 0 or tok.text not in first_words or noun_at is not None and not noun_at(k):
            continue
        i = name_start_before(doc, k)
        if i is not None:
            yield i, k

def test_names_before_on_the_orth_array_finds_what_the_token_walk_found():
    doc = load_nlp()(PARAGRAPH)
    nouns = {"movement", "alliance", "rebels", "union", "elders", "Lt."}
    found = list(_names_before(doc, nouns))
    assert found == list(_names_before_on_tokens(doc, nouns))
    assert found                                                       # the check is not vacuous
    only_union = lambda k: doc[k].text == "union"                      # noqa: E731 - a filter as the callers pass
    assert list(_names_before(doc, nouns, only_union)) == list(_names_before_on_tokens(doc, nouns, only_union))
    assert list(_names_before(doc, set())) == [] and list(_names_before(doc[:0].as_doc(), nouns)) == []


def test_several_word_demonyms_are_laid_only_where_one_opens(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Sierra Leone sent a delegation to Ghana. The talks with Ghana went well, a Sierra Leonean "
                    "envoy said, and a Leonean aide agreed.\n", encoding="utf-8")
    _, ctx = run_with_context(read_document(path))
    ctx.mentions = []                       # only the demonym loops lay the tokens now
    for actor in ctx.actors:
        actor.aliases = []
    index = TokenIndex(ctx, load_roles())
    words = [t.text for t in ctx.doc]
    sierra = words.index("Sierra", 2)
    ref = index.by_token[sierra]
    assert (ref.actor, ref.demonym, ref.start, ref.end) == ("sierra_leone", True, sierra, sierra + 2)
    assert index.by_token[sierra + 1] is ref
    assert words.index("Leonean", sierra + 2) not in index.by_token    # "Leonean" alone opens no demonym


def test_entry_forms_inside_with_the_edge_compiled_once():
    assert entry_forms_inside(["Kumasi province", "the Ashanti Region"], ["Kumasi", "Ashanti Region", "Accra"]) \
        == ["Kumasi", "Ashanti Region"]
    assert entry_forms_inside(["Kumasi"], ["Kumasi"]) == []            # the form itself is no longer mention
    assert entry_forms_inside(["Kumasians"], ["Kumasi"]) == []         # whole words only
    assert _edge("Tema Harbour") is _edge("Tema Harbour")
    assert _edge("A.B.C.").search("the A.B.C. ") is None and _edge("A.B.C.").search("A.B.C. office")


def test_title_tokens_as_before():
    doc = load_nlp()(PARAGRAPH)
    lexicon = load_lexicon()
    titles = [t.text for t in doc if lexicon.is_title_token(t)]
    assert "Gen." in titles and "Class" in titles and "2nd" in titles
    assert "Kwame" not in titles and "Boateng" not in titles and "movement" not in titles


def test_words_heads_and_deps_read_on_arrays_as_on_tokens():
    from foothold.extract.relations.pair_features import Words
    doc = load_nlp()(PARAGRAPH)
    word = Words(doc, None)
    assert word.heads == [t.head.i for t in doc] and word.deps == [t.dep_ for t in doc]
    blank = spacy.blank("en")("Palau and Kiribati")                   # no parse: every token its own head
    assert Words(blank, None).heads == [0, 1, 2] and Words(blank, None).deps == ["", "", ""]
    assert Words(spacy.blank("en")(""), None).heads == []


def test_paragraph_numbers_count_blank_lines(tmp_path):
    from foothold.extract.events.index import DocIndex
    path = tmp_path / "note.txt"
    path.write_text("Tonga asked Fiji for help.\n\nFiji agreed on Monday.\nSamoa abstained.\n\n\nNauru left.\n",
                    encoding="utf-8")
    _, ctx = run_with_context(read_document(path))
    index = DocIndex(ctx)
    expected, para = [], 0
    for tok in ctx.doc:
        expected.append(para)
        if tok.is_space and tok.text.count("\n") >= 2:
            para += 1
    assert index.paragraph == expected and expected[-2] == 2


RELEASE = ("We, the ministers, met in Suva. Near Lautoka, the Rabuka administration said he would act; the "
           "regime of Tonga, the state lender Bankfiji and Ana Kolo, head of the Fiji Ports Authority, agreed. "
           "\"I will go,\" she said. Mele Vaka, the deputy governor of the central bank, spoke?")


def test_tokens_with_finds_the_tokens_the_walk_found():
    from spacy.attrs import DEP, LOWER, ORTH, TAG
    from foothold.extract.token_positions import tokens_with
    doc = load_nlp()(RELEASE)
    for attr, name, values in ((LOWER, "lower_", {"we", "i", "she", "regime", "administration"}),
                               (ORTH, "text", {",", "Near", "I"}), (DEP, "dep_", {"appos", "nsubj"}),
                               (TAG, "tag_", {"NNS", "PRP"})):
        expected = [t.i for t in doc if getattr(t, name) in values]
        assert [t.i for t in tokens_with(doc, attr, values)] == expected and expected
    assert list(tokens_with(doc, ORTH, ())) == [] and list(tokens_with(doc, ORTH, {"Ottawa"})) == []
    assert list(tokens_with(spacy.blank("en")(""), ORTH, {","})) == []


def test_tokens_where_finds_the_tokens_the_walk_found():
    from spacy.attrs import LOWER
    from foothold.extract.token_positions import tokens_where
    doc = load_nlp()(RELEASE + " Talks on the shipping accord were ongoing, according to the Ports Authority.")
    expected = [t.i for t in doc if t.lower_.endswith("ing")]
    assert [t.i for t in tokens_where(doc, LOWER, lambda w: w.endswith("ing"))] == expected and len(expected) >= 3
    assert list(tokens_where(doc, LOWER, lambda w: False)) == []
    assert list(tokens_where(spacy.blank("en")(""), LOWER, lambda w: True)) == []


def test_word_scans_on_arrays_find_what_the_token_walks_found():
    from foothold.extract.actors.companies import untagged_after_company_noun
    from foothold.extract.actors.people import _pronouns, _regime_holders, _titled_appositions
    from foothold.extract.actors.places import _near_places
    from foothold.extract.events.apposed_body import appositions
    from foothold.extract.spans import SpanIndex
    doc = load_nlp()(RELEASE)
    pronouns = list(_pronouns(doc, []))
    assert [p[3] for p in pronouns] == ["pronoun:we", "pronoun:he", "pronoun:i", "pronoun:she"]
    assert "Rabuka" in _regime_holders(doc)
    assert list(_titled_appositions(doc, load_lexicon())) == []     # tagged PERSON: the NER has these names
    assert [doc.text[s:e] for s, e, *_ in _near_places(doc, [])] == ["Lautoka"]
    assert [t.i for t in appositions(doc)] == [t.i for t in doc if t.dep_ == "appos"]
    assert untagged_after_company_noun(doc, SpanIndex()) == []        # "Bankfiji" is tagged: no untagged name


def test_a_question_is_read_from_its_end_first():
    from foothold.extract.events.modality import question
    doc = load_nlp()(RELEASE + " Will Tonga recall its envoy?")
    assert question(next(t for t in doc if t.text == "recall"))
    assert not question(next(t for t in doc if t.text == "met"))
    assert not question(load_nlp()("?")[0])                            # no words at all: no question

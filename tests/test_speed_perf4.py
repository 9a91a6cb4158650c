"""perf4's speed changes (issue 8, speed) answer exactly as the token walks they replace: the lower-case words read on
the parse's array (`token_positions.doc_lower`, the relations `TokenIndex`), the learned step's pair features read on
`Words`' arrays (`root_of`, `side_features`, `shape_features`, the top word's part of speech), the blank-line sentence
starts found from the line-break tokens alone (`nlp.paragraph_boundaries`), a verb's factuality asked only when it
has a carrier noun (`carriers.carried_nouns`), and the heap settled before each document (`heap.settle_heap`).

Sentences written for these tests, on arenas away from the development texts."""

from __future__ import annotations

import gc

import spacy

from foothold.extract.events.carriers import carried_nouns, carriers
from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.modality import why_not_factual
from foothold.extract.events.triggers import Found
from foothold.extract import heap
from foothold.extract.heap import settle_heap
from foothold.extract.nlp import _line_break, load_nlp, paragraph_boundaries
from foothold.extract.relations.index import Ref
from foothold.extract.relations.pair_features import Words, root_of, shape_features, side_features
from foothold.extract.token_positions import doc_lower

TEXT = ("The Fijian navy said on Monday that Tongan boats had shelled the reef near Suva.\n\n"
        "A SECOND HEADING\n\nSamoan police, who arrested two men, were killed in a raid by the Kiribati militia. "
        "Palau's foreign minister met the head of the Nauru delegation.\n")


class _NoMentions:
    by_token: dict = {}


def _parsed():
    return load_nlp()(TEXT)


def test_doc_lower_is_every_token_lower():
    doc = _parsed()
    assert doc_lower(doc) == [t.lower_ for t in doc]
    assert doc_lower(spacy.blank("en")("")) == []


def test_words_arrays_are_the_tokens_attributes():
    doc = _parsed()
    word = Words(doc, _NoMentions())
    assert word.heads == [t.head.i for t in doc] and word.deps == [t.dep_ for t in doc]
    assert word.pos == [t.pos_ for t in doc] and word.lemmas == [t.lemma_ for t in doc]
    assert word.lower == [t.lower_ for t in doc]
    assert [word(i) for i in range(len(doc))] == [
        "<propn>" if t.pos_ == "PROPN" else t.lemma_.lower() for t in doc]


def _old_side(doc, ref, head, side, word):
    tok = doc[head]
    out = [f"{side}type={ref.type}", f"{side}dep={tok.dep_}", f"{side}gov={word(tok.head.i)}|{tok.dep_}"]
    if ref.demonym:
        out.append(f"{side}demonym")
    out.append(f"{side}prev={word(ref.start - 1) if ref.start > 0 else '<s>'}")
    return out


def _old_shape(doc, s_head, o_head):
    out = []
    for a, b, name in ((s_head, o_head, "s>o"), (o_head, s_head, "o>s")):
        tok = doc[a]
        if tok.head.i == b:
            out.append(f"direct={name}:{tok.dep_}")
        if tok.head.head.i == b and tok.head.dep_ == "prep":
            out.append(f"prep={name}:{tok.head.lower_}")
    return out


def test_pair_features_on_the_arrays_equal_the_token_reads():
    doc = _parsed()
    word = Words(doc, _NoMentions())
    spans = [(0, 3), (3, 4)] + [(i, i + 1) for i in range(len(doc))] + [(i, i + 2) for i in range(len(doc) - 1)]
    refs = [Ref("a", "organisation", a, b) for a, b in spans]
    for ref in refs:
        assert root_of(doc, ref, word.heads) == root_of(doc, ref)
        head = root_of(doc, ref)
        assert side_features(doc, ref, head, "s", word) == _old_side(doc, ref, head, "s", word)
    for a in range(len(doc)):
        for b in range(len(doc)):
            assert shape_features(doc, a, b, word) == _old_shape(doc, a, b)
    # "the head of the Nauru delegation": the of-phrase shape is read
    head, delegation = next(t.i for t in doc if t.text == "head"), next(t.i for t in doc if t.text == "delegation")
    assert "prep=o>s:of" in shape_features(doc, head, delegation, word)


def _old_paragraphs(doc):
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def test_paragraph_boundaries_from_the_line_breaks_alone_equal_the_walk():
    nlp = spacy.blank("en")
    texts = [TEXT, "One line\nand its next\n\nA new paragraph\n\n", "\n\n", "", "No break at all.",
             "Ends on a break\n", " \n \t\nTabs and spaces\r\n\r\nWindows lines"]
    for text in texts:
        new, old = paragraph_boundaries(nlp(text)), _old_paragraphs(nlp(text))
        assert [t.is_sent_start for t in new] == [t.is_sent_start for t in old], text
    assert _line_break("\n\n") and _line_break(" \n ") and not _line_break("  ") and not _line_break("a\n")


def test_carried_nouns_asks_factuality_only_of_verbs_with_carriers():
    lex = load_lexicon()
    doc = load_nlp()("Rockets fired by the militia killed four fishermen. The council met and discussed the budget.")
    found = [Found(t, None, "verb", t.text) for t in doc if t.pos_ == "VERB"]
    found.append(Found(doc[0], None, "noun", doc[0].text))        # a noun trigger carries nothing
    expected = {n.i for f in found if f.kind in ("verb", "light") and why_not_factual(f.token) is None
                for n in carriers(lex, f.token)}
    assert carried_nouns(lex, found) == expected
    assert [doc[i].lower_ for i in expected] == ["rockets"]


def test_settle_heap_freezes_what_lives_and_collects_the_rest(monkeypatch):
    monkeypatch.setattr(heap, "_frozen", 0)
    gc.unfreeze()
    try:
        kept = [object()]
        cycle = [[]]
        cycle[0].append(cycle)
        del cycle
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.collect() == 0          # the cycle was collected before the freeze: nothing left to find
        assert kept
    finally:
        gc.unfreeze()


def test_settle_heap_freezes_twice_per_process_at_most(monkeypatch):
    # a long-lived caller's objects alive at a later document are not frozen: their cycles stay collectable
    monkeypatch.setattr(heap, "_frozen", 0)
    gc.unfreeze()
    try:
        for _ in range(heap.FREEZES):
            settle_heap()
        gc.unfreeze()
        held = [[]]
        held[0].append(held)              # a cycle the caller holds while the next document starts
        settle_heap()
        assert gc.get_freeze_count() == 0
        del held
        assert gc.collect() >= 1          # ... and it is collected once the caller drops it
    finally:
        gc.unfreeze()


def test_settle_heap_leaves_a_disabled_collector_alone(monkeypatch):
    monkeypatch.setattr(heap, "_frozen", 0)
    gc.unfreeze()
    gc.disable()
    try:
        settle_heap()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def _old_statement_type(lex, content_text):
    import re
    from foothold.extract.events.speech import CONDUCT_REJECTED, CUE_HEAD, cue_at, may_occur
    low = " " + " ".join(re.sub(r"[\"\u201c\u201d\u2018\u2019(\[]", " ", content_text.lower()).split()) + " "
    heads = {w[:CUE_HEAD] for w in low.split()}
    for etype in lex.dominant_cues:
        if any(cue_at(low, cue, lex.cue_exclusions) >= 0 for cue in lex.cues.get(etype, ()) if may_occur(cue, heads)):
            return etype
    best = None
    for rank, etype in enumerate(lex.cue_order):
        for cue in lex.cues.get(etype, ()):
            if not may_occur(cue, heads):
                continue
            at = cue_at(low, cue, lex.cue_exclusions)
            if at >= 0 and (best is None or (at, rank) < best[:2]):
                best = (at, rank, etype)
    if best and best[2] == "REJECT" and CONDUCT_REJECTED.search(low):
        return "ACCUSE"
    return best[2] if best else None


def test_statement_type_by_cue_heads_equals_trying_every_cue():
    from foothold.extract.events.speech import possible_cues, cues_by_head, statement_type
    lex = load_lexicon()
    texts = ["the council condemned the shelling of the reef and demanded an inquiry",
             "we will retaliate if the boats return", "Palau welcomed the agreement to share the fishing grounds",
             "they rejected all reckless actions targeting the islands", "it was Tonga that attacked first",
             "the minister denied that the navy had fired on the fishermen", "nothing here at all", "",
             "he urged both sides to talk and warned of sanctions", "“a grave threat” to the region"]
    for text in texts:
        assert statement_type(lex, text) == _old_statement_type(lex, text), text
    by_head = cues_by_head(lex)
    heads = {"cond", "welc"}
    for etype, cues in lex.cues.items():
        from foothold.extract.events.speech import may_occur
        assert sorted(possible_cues(by_head, etype, heads)) == sorted(c for c in cues if may_occur(c, heads))
    assert possible_cues(by_head, "NO SUCH TYPE", heads) == []


REPAIR_TEXT = ("The Tongan envoy said the boats had left the reef and demanded that Fiji pay for the damage. "
               "In 2019 Samoa cut aid to the islands. The council urges Palau to free the crew and calls on Nauru "
               "to help. The militia, which has bases near the coast, attacked the port. The Special Envoy thanks "
               "the Government of Kiribati for its help. The court ordered the party dissolved. The navy condemns "
               "in the strongest terms the attack carried out by the pirates.")


def _repaired(inside_block: bool):
    from foothold.extract.doc_tokens import tokens_kept
    from foothold.extract.events.closed_relatives import repair_closed_relatives
    from foothold.extract.events.finite_conjunct import repair_finite_conjuncts
    from foothold.extract.events.fronted_dates import repair_dated_subjects
    from foothold.extract.events.narrated import repair_narrated_acts
    from foothold.extract.events.object_relatives import repair_object_relatives
    from foothold.extract.events.ordered_participles import repair_ordered_participles
    from foothold.extract.events.releases import repair_misread_verbs
    from foothold.extract.events.statements import repair_manner_objects
    lex = load_lexicon()
    doc = load_nlp()(REPAIR_TEXT)

    def repair():
        repair_misread_verbs(doc, lex.verbs)
        repair_narrated_acts(doc, lex)
        repair_manner_objects(doc)
        repair_dated_subjects(doc)
        repair_finite_conjuncts(doc)
        repair_object_relatives(doc)
        repair_closed_relatives(doc)
        repair_ordered_participles(doc)
    if inside_block:
        with tokens_kept(doc):
            repair()
    else:
        repair()
    return [(t.head.i, t.dep_, t.tag_, t.pos_) for t in doc]


def test_the_events_repairs_on_the_kept_tokens_equal_the_walks_outside_a_block():
    assert _repaired(True) == _repaired(False)

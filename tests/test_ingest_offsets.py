"""The clean->original offset map stays exact for any text the normaliser edits."""

import re

from hypothesis import given, settings, strategies as st

from foothold.ingest.normalise import _page_furniture, normalise
from foothold.ingest.offsets import CleanTextBuilder, OffsetMap

# Pieces of report text: words, names with apostrophes, bullets, markup, quotes, notes, breaks.
PIECES = ["Iran", "Qa\u2019ani", "al-Kazimi", "the", "of", "militias", "U.S.", "2020", "June", " ", " ", " ",
          ".", ",", ";", ":", "(", ")", "\n", "\n", "\n\n", "\n\n\n", " \n", "\r\n",
          "\u25ba ", "\u25c6 ", "\u25b6 ", "- ", "* ", "\u2022", "**", "*", "__", "_", "# ", "## ",
          "\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u00b9", "\u00b2", "\u00a0", "\u00ad", "\u200b",
          "(IRNA, June 17, 2020)", "gov-", "ernment", "---", "> ", "12", "Page 3 of 9", "[2]"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
# Without note numbers, page furniture and front matter, which the normaliser deletes on purpose.
FURNITURE = {"12", "Page 3 of 9", "[2]", "\u00b9", "\u00b2", "---"}   # "---" opens front matter
prose = st.lists(st.sampled_from([p for p in PIECES if p not in FURNITURE]), max_size=60).map("".join)
WORD = re.compile(r"[A-Za-z0-9]+")


def alnum(s: str) -> str:
    return "".join(WORD.findall(s))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_lengths_match(text):
    clean, offsets = normalise(text)
    assert offsets.clean_length == len(clean)
    assert offsets.orig_length == len(text)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_every_clean_span_maps_inside_the_original(text, data):
    clean, offsets = normalise(text)
    start = data.draw(st.integers(0, len(clean)))
    end = data.draw(st.integers(start, len(clean)))
    s, e = offsets.span(start, end)
    assert 0 <= s <= e <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_maps_are_monotonic(text):
    clean, offsets = normalise(text)
    for end in (False, True):
        mapped = [offsets.to_original(p, end=end) for p in range(len(clean) + 1)]
        assert mapped == sorted(mapped)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_words_map_back_tightly_to_the_same_letters(text):
    clean, offsets = normalise(text)
    for m in WORD.finditer(clean):
        s, e = offsets.span(m.start(), m.end())
        original = text[s:e]
        assert original[0] == m.group()[0] and original[-1] == m.group()[-1]
        assert alnum(original) == m.group()        # only markup or soft characters between


@settings(max_examples=300, deadline=None)
@given(prose)
def test_no_letter_is_lost_or_invented(text):
    clean, _ = normalise(text)
    kept = text
    for start, end in sorted(_page_furniture(text).items(), reverse=True):   # running headers go
        kept = kept[:start] + " " + kept[end:]
    assert alnum(clean) == alnum(kept)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_a_copied_span_is_the_original_text(text, data):
    clean, offsets = normalise(text)
    copied = [(c, c + (oe - os)) for c, os, oe, cp in
              zip(offsets.clean_starts, offsets.orig_starts, offsets.orig_ends, offsets.copied) if cp]
    if not copied:
        return
    lo, hi = data.draw(st.sampled_from(copied))
    start = data.draw(st.integers(lo, hi))
    end = data.draw(st.integers(start, hi))
    s, e = offsets.span(start, end)
    assert text[s:e] == clean[start:end]
    if start < hi:
        assert offsets.to_clean(s) == start


def test_a_span_inside_a_replacement_covers_the_whole_replaced_range():
    builder = CleanTextBuilder("a\ufb01b")
    builder.copy(0, 1)
    builder.replace(1, 2, "fi")
    builder.copy(2, 3)
    clean, offsets = builder.build()
    assert clean == "afib"
    assert offsets.span(1, 2) == (1, 2)       # "f" alone -> the whole ligature
    assert offsets.span(0, 4) == (0, 3)


def test_a_span_before_deleted_markup_stops_before_it():
    clean, offsets = normalise("**bold**")
    assert clean == "bold"
    assert offsets.span(0, 4) == (2, 6)
    assert offsets.to_clean(0) == 0 and offsets.to_clean(7) == 4


def test_identity_map():
    offsets = OffsetMap.identity(5)
    assert [offsets.to_original(p) for p in range(6)] == [0, 1, 2, 3, 4, 5]
    assert offsets.span(1, 3) == (1, 3)


def test_empty_text():
    clean, offsets = normalise("")
    assert clean == "" and offsets.span(0, 0) == (0, 0)

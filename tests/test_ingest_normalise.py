"""The normaliser: what the NLP reads, on report layouts and on the seed report."""

import re

import pytest

from foothold.ingest.normalise import normalise


def clean(text: str) -> str:
    return normalise(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("\u25ba Iran sees Iraq as its backyard.", "Iran sees Iraq as its backyard."),
    ("- \u25c6 **The COVID-19 crisis**, which broke out", "The COVID-19 crisis, which broke out"),
    (" - \u25b6 Iraq was and remains", "Iraq was and remains"),
    ("\u2022 first\n\u2022 second", "first\nsecond"),
    ("Esmail Qa\u2019ani met \u201cofficials\u201d", "Esmail Qa'ani met \"officials\""),
    ("Qasem Soleimani.\u00b9", "Qasem Soleimani."),
    ("Baghdad.[12] Then", "Baghdad. Then"),
    ("## What was discussed", "What was discussed"),
    ("> Kazimi said so.", "Kazimi said so."),
    ("a *minor* point", "a minor point"),
    ("see [the report](https://example.org/r.pdf) now", "see the report now"),
    ("the \ufb01rst of\u00a0June", "the first of June"),
    ("Iran\u2013Iraq trade", "Iran-Iraq trade"),
    ("in Syria.\u00a0 \u00a0 \u00a0Near Raqqa", "in Syria. Near Raqqa"),
    ("Prime Minister\u200e Haider al-Abadi in Mosul\u200f\u202b,", "Prime Minister Haider al-Abadi in Mosul,"),
])
def test_typography_and_markup(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a page break inside a sentence: after a function word, a comma, a lowercase word, bold markup
    ("escalation with the**\n\nUnited States, or", "escalation with the United States, or"),
    ("led by Soleimani's successor,\n\nEsmail Qa'ani, to adjust", "led by Soleimani's successor, Esmail Qa'ani, to adjust"),
    ("their leaders have\n\nexpressed their loyalty", "their leaders have expressed their loyalty"),
    ("On May\n\n11, 2020, Rouhani spoke", "On May 11, 2020, Rouhani spoke"),
    # a wrapped line and a hyphenated wrap
    ("The ambassador discussed the debts owed for Iranian gas and electricity supplies\nwith officials.",
     "The ambassador discussed the debts owed for Iranian gas and electricity supplies with officials."),
    ("the govern-\nment in Baghdad", "the government in Baghdad"),
    ("the pro-\nIranian militias", "the pro-Iranian militias"),
    ("the Iranian-\n\nbacked militias", "the Iranian-backed militias"),
    ("a long-\nterm goal", "a long-term goal"),
    ("Mustafa al-\nKazimi met", "Mustafa al-Kazimi met"),
    ("the negoti-\n\nations went on", "the negotiations went on"),
    # a caption's source note on the next line
    ("Akram al-Kaabi at the grave\n(Mashreq News, February 24, 2020).", "Akram al-Kaabi at the grave (Mashreq News, February 24, 2020)."),
])
def test_sentences_cut_by_breaks_are_joined(text, expected):
    assert clean(text) == expected


def test_running_prose_cut_before_a_capitalised_name_is_joined():
    para = ("The Activities of the Qods Force\n\n\u25ba Even if the report does not reflect the exact content of the discussions, the publication "
            "indicates that Iran wishes to present a moderate position at the current stage. The Iranian "
            "Ambassador to Baghdad, Iraj\n\nMasjedi, declared after the visit that the dialogue is domestic.")
    assert "Iraj Masjedi, declared" in clean(para)


@pytest.mark.parametrize("text", [
    "Main Argument\n\nIraq was and remains a particularly important arena.",
    "The Political Arena\n\n\u25ba In light of the growing challenges, Iran is attempting",
    "Dr. Raz Zimmt\n\nJuly 14, 2020\n\nMain Argument",
    "The meeting of the Prime Minister with the Ambassador (Fars, May 10, 2020)\n\nIn summary, Iran continues",
    "The meeting between the governors of the central banks\n\nThe Governor of the Iranian Central Bank",
    "The Response to the Growing Challenges in Iraq: Pragmatism and Caution alongside an Effort to Maintain Iran's Influence\n\nThe Political Arena",
    "Photographs of U.S. service members in Syria wearing patches of the YPG have recently circulated in social media\n\nGen. Joseph Votel said",
    "## What was discussed\n\nTrade and energy came first.",
    "Her statement ended with a quote.\u201d\n\nThe group plans to deploy.",
])
def test_headings_titles_and_captions_stay_apart(text):
    assert clean(text).count("\n\n") == text.count("\n\n")


def test_a_footnote_is_not_glued_into_the_paragraph_it_interrupts():
    text = ("\u25ba During the protests, participants in Shia-majority areas clearly expressed their\n\n"
            "\u00b9 For more on the tensions, see the report by the Intelligence and Terrorism Information Center.\n\n"
            "opposition to Iran's penetration and meddling in Iraq.")
    paragraphs = clean(text).split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("For more on the tensions")


def test_a_caption_after_an_image_gap_is_never_glued_onto_a_cut_sentence():
    text = ("\u25ba Iran is not interested in a military escalation with the\n\n\n\n"
            "The meeting of Ali Shamkhani and Barham Salih (ILNA, March 9, 2020).\n\n"
            "United States, or in a confrontation with the government.")
    assert clean(text).split("\n\n\n\n")[1].startswith("The meeting of Ali Shamkhani")
    assert "interests, and\n\n\n\nopposition" not in clean("Iran pursues its interests, and\n\n\n\nopposition grows.")


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    wrapped = ("Iran Faces Growing Challenges\n\n"
               "The Iranian Minister of Energy, Reza Ardakanian, arrived in Baghdad on June 3.\n"
               "He met the Prime Minister, Mustafa al-Kazimi, and the Minister of Electricity\n"
               "Majid Mahdi Hantoush to discuss the debts owed for gas and electricity.\n"
               "Iraq pays for the supplies into accounts that Iran cannot freely access.\n"
               "\n"
               "Trade Through the Border Crossings\n"
               "\n"
               "In early June 2020, Seyyed Hamid Hosseini of the Joint Chamber of Commerce\n"
               "said that exports to Iraq had fallen sharply during April and May of 2020,\n"
               "because the crossings at Shalamcheh and Mehran had been closed to traffic.\n"
               "Officials from both countries have since discussed reopening the crossings.\n")
    paragraphs = clean(wrapped).strip().split("\n\n")
    assert len(paragraphs) == 4 and "\n" not in "".join(paragraphs)
    assert "Minister of Electricity Majid Mahdi Hantoush" in paragraphs[1]
    assert paragraphs[2] == "Trade Through the Border Crossings"


def test_page_numbers_and_running_headers_are_dropped_and_joined_across():
    text = ("Iran is not interested in a military escalation with the\n\n12\n\n"
            "United States, or in a confrontation.\n\nMeir Amit Center\n\nThe next paragraph.\n\n"
            "Meir Amit Center\n\nAnother one.\n\n- 14 -\n\nMeir Amit Center\n\nThe end.")
    assert clean(text) == ("Iran is not interested in a military escalation with the United States, or in a "
                           "confrontation.\n\nThe next paragraph.\n\nAnother one.\n\nThe end.")


def test_numbers_inside_prose_are_not_page_furniture():
    text = "Casualties rose to\n12 in the first week.\n\nMeir Amit Center\n\nMeir Amit Center said so."
    assert clean(text) == "Casualties rose to 12 in the first week.\n\nMeir Amit Center\n\nMeir Amit Center said so."


def test_crlf_breaks_are_normalised():
    assert clean("Main Argument\r\n\r\nIraq remains.") == "Main Argument\n\nIraq remains."


def test_plain_text_is_unchanged():
    text = "Iran and Iraq agreed to reopen the crossings.\n\nTrade resumed in June."
    assert clean(text) == text


# --- the seed report -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return text, *normalise(text)


def test_seed_unchanged_tokens_map_back_to_identical_text(seed):
    text, clean_text, offsets = seed
    tokens = list(re.finditer(r"\S+", clean_text))
    identical = 0
    for m in tokens:
        s, e = offsets.span(m.start(), m.end())
        original = text[s:e]
        if original == m.group():
            identical += 1
        else:   # a difference is always explained by markup or typography the normaliser replaced
            assert re.search(r"[^\x00-\x7f]|\*\*|\n", original), (m.group(), original)
    assert identical / len(tokens) > 0.98


def test_seed_has_no_markup_left(seed):
    _, clean_text, _ = seed
    for leftover in ("**", "\u25ba", "\u25c6", "\u25b6", "\u2019", "\u201c", "\u00b9"):
        assert leftover not in clean_text


def test_seed_page_breaks_are_rejoined_and_headings_kept(seed):
    _, clean_text, _ = seed
    assert "military escalation with the United States, or in a confrontation" in clean_text
    assert "The Iranian Ambassador to Baghdad, Iraq Masjedi, declared" in clean_text
    assert "\n\nMain Argument\n\n" in clean_text
    assert "\n\nThe Political Arena\n\n" in clean_text
    assert "Dr. Raz Zimmt\n\nJuly 14, 2020\n\n" in clean_text

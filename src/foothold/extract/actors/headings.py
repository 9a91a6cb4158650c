"""Names only the NER found inside title-case headings."""

from __future__ import annotations

import re

from ...model import Mention


def _drop_heading_only(mentions: list[Mention], headings: list, ctx) -> list[Mention]:
    """Drop names only the NER found and only inside title-case headings ("Pressure on the American Presence").

    Title case makes spaCy see names in ordinary words. A name the text also
    uses outside headings, a dictionary match, or a heading that is the name
    itself (a byline) or opens with it ("Jane Doe, Spokesperson for ...", a signature) stays.
    Dropped names are counted, not lost silently.
    """
    if not headings:
        return mentions
    # a line ending as a sentence does ("... in Bonn.") is one, even when its words are capitalised names; the
    # document's own title (and its copy opening the body) is a heading whatever its commas ("Ports, Tolls and the
    # Customs Union, 2019-2023", actors27)
    title_span = ctx.document.metadata.get("title_span")
    title = ctx.text(*title_span).strip() if title_span else None
    listed = {(hs, he) for hs, he in headings if title is not None and ctx.text(hs, he).strip() == title
              and ctx.text(hs, he).count(",") >= 2}   # a title listing names: its surnames are the body's people
    headings = [(hs, he) for hs, he in headings
                if _title_case(ctx.text(hs, he), commas=(hs, he) in listed)
                and not re.search(r"[a-z\d)][.!?][\"'\u201d\u2019]?$", ctx.text(hs, he).rstrip())]
    def heading_of(m):
        for hs, he in headings:
            if hs <= m.start and m.end <= he:
                return hs, he
        return None
    outside = {m.text.casefold() for m in mentions if heading_of(m) is None}
    # words of a longer name outside ("Garcia" of "Alan Garcia"): a listing title's names the body writes whole
    outside_words = {w for n in outside for w in n.split()} if listed else set()
    kept, dropped = [], 0
    for m in mentions:
        h = heading_of(m)
        if (h is not None and (m.source == "ner" or m.source == "head" and _lower_in_body(m, ctx))
                and m.text.casefold() not in outside
                and not (h in listed and set(m.text.casefold().split()) <= outside_words)
                and ctx.text(*h).strip() != m.text
                and ctx.text(*h).strip().removeprefix("The ") != m.text   # "The Hon X Y MP" signing (actors23)
                and not (m.type == "person" and ctx.text(*h).strip().startswith(m.text + ","))):
            dropped += 1
            continue
        kept.append(m)
    if dropped:
        ctx.data["heading_only_names_dropped"] = ctx.data.get("heading_only_names_dropped", 0) + dropped
    return kept


def _lower_in_body(m, ctx) -> bool:
    """The body writes a heading's head-typed name in lower case ("Aziz and the Ruling Party" over "the break came
    over the ruling party"): title case made a common noun phrase look like a body's name (actors27)."""
    words = m.text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    phrase = re.compile(r"\b" + r"\s+".join(re.escape(w.lower()) for w in words) + r"\b")
    return phrase.search(ctx.document.text) is not None


INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")     # "U.S.", "U.N.", "D.R.C."
SMALL_WORDS = frozenset("a an the of in on at to for and or but as by with from into after over under vs".split())


def _title_case(line: str, commas: bool = False) -> bool:
    """A heading in title case ("Pressure on the American Presence"), not a sentence; with `commas`, a line of two
    commas or more may be one (the document's title), else it is an attribution line."""
    if ". " in INITIALISM.sub("", line.strip().rstrip(".")):
        return False          # a stop inside: a sentence, but not the stops of "U.S." or "U.N." in a headline
    if line.lstrip()[:2] in ("\u2013 ", "\u2014 ", "- ", "\u2013\u00a0") or line.count(",") >= 2 and not commas:
        return False          # "– Secretary Pompeo, with Bret Baier of Fox News, July 25": an attribution line
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

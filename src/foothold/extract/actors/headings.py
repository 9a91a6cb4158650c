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
    # a line ending as a sentence does ("... in Bonn.") is one, even when its words are capitalised names
    headings = [(hs, he) for hs, he in headings if _title_case(ctx.text(hs, he))
                and not re.search(r"[a-z\d)][.!?][\"'\u201d\u2019]?$", ctx.text(hs, he).rstrip())]
    def heading_of(m):
        for hs, he in headings:
            if hs <= m.start and m.end <= he:
                return hs, he
        return None
    outside = {m.text.casefold() for m in mentions if heading_of(m) is None}
    kept, dropped = [], 0
    for m in mentions:
        h = heading_of(m)
        if (h is not None and m.source == "ner" and m.text.casefold() not in outside
                and ctx.text(*h).strip() != m.text
                and ctx.text(*h).strip().removeprefix("The ") != m.text   # "The Hon X Y MP" signing (actors23)
                and not (m.type == "person" and ctx.text(*h).strip().startswith(m.text + ","))):
            dropped += 1
            continue
        kept.append(m)
    if dropped:
        ctx.data["heading_only_names_dropped"] = ctx.data.get("heading_only_names_dropped", 0) + dropped
    return kept


INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")     # "U.S.", "U.N.", "D.R.C."
SMALL_WORDS = frozenset("a an the of in on at to for and or but as by with from into after over under vs".split())


def _title_case(line: str) -> bool:
    """A heading in title case ("Pressure on the American Presence"), not a sentence."""
    if ". " in INITIALISM.sub("", line.strip().rstrip(".")):
        return False          # a stop inside: a sentence, but not the stops of "U.S." or "U.N." in a headline
    if line.lstrip()[:2] in ("\u2013 ", "\u2014 ", "- ", "\u2013\u00a0") or line.count(",") >= 2:
        return False          # "– Secretary Pompeo, with Bret Baier of Fox News, July 25": an attribution line
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

"""A body's name found without the state's name that closes it (issue 8, actors26).

"The Ministry of Foreign Affairs of the Islamic Republic of Iran has followed ...": the NER tagged no body there, a
rule found "Ministry of Foreign Affairs" (a name written whole in the heading, a head-led run) and the dictionary the
state. When "of (the)" alone stands between a body's formal name (`extending.formal_body_name` on its words) and a
country mention, the body's name runs on over the state's, as `extending._extend_cut_before_state` reads the NER's
spans; the state stays a mention of its own. Where nothing was found there (the NER missed the body), an untagged
"<Head> of/for <Capitalised words>" right before "of (the)" and the state is that body, named whole. Read by
`ActorExtractor._whole_names`, last."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .extending import formal_body_name

OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
UNTAGGED_BEFORE = re.compile(r"(?P<name>[A-Z]\w+ (?:of|for) (?:the )?[A-Z][\w'-]*(?: (?:and )?[A-Z][\w'-]*){0,4}) of (?:the )?$")


def state_tail_bodies(doc: Doc, text: str, found: list[list], lexicon) -> None:
    countries = {f[0]: f for f in found if f[2] == "country"}
    for f in found:
        if f[2] != "organization" or (f[4], f[5]) != (f[0], f[1]):
            continue
        m = OF_THE.match(text, f[1])
        state = countries.get(m.end()) if m else None
        if state is None or "\n" in text[f[1]:m.end()] or not _closes(text, state[1]):
            continue
        span = doc.char_span(f[0], f[1], alignment_mode="expand")
        if span is None or not formal_body_name(span[span[0].lower_ == "the":], lexicon):
            continue
        f[1] = f[5] = state[1]
    for state in sorted(countries.values(), key=lambda f: f[0]):
        m = UNTAGGED_BEFORE.search(text, max(0, state[0] - 120), state[0])
        if m is None or any(f[0] < state[0] and m.start() < f[1] for f in found if f is not state) \
                or not _closes(text, state[1]):
            continue
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or any(t.ent_type_ for t in span) or not formal_body_name(span, lexicon):
            continue
        found.append([m.start("name"), state[1], "organization", "rule:state_tail_body", m.start("name"), state[1]])


NEXT_WORD = re.compile(r"\s*(\S*)")


def _closes(text: str, end: int) -> bool:
    """The state's name closes the phrase: no possessive ("of Sudan's army") and no capitalised word after it."""
    word = NEXT_WORD.match(text, end).group(1)
    return not (word[:1].isupper() or word[:1] in ("'", "\u2019") and text[end:end + 1] in ("'", "\u2019"))

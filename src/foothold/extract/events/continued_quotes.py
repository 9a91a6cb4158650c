"""A quotation continued in a sentence of its own (issue 8, evcand3): '"The strikes threaten ...," said Minister X.
"The United States will hold to account those who fuel this war."' The second sentence is wholly quoted, has no
speech verb, and the speaker is the one named in the sentence just before it in the same paragraph. A future it
states of a named party ("The United States will ...", "Sweden will continue to ...") is that speaker's stated
intention, as a first-person future is (candidates.first_person_futures): PLOVER AGREE, or THREATEN when harm is
meant. Press releases and wire copy quote officials this way; no cue word is needed for it."""

from __future__ import annotations

from .arguments import phrase_actors
from .speakers import speech_arguments
from .futures import carried_act, harm_meant, unhesitating_act
from .index import DocIndex
from .lexicon import Trigger
from .triggers import Found
from ..doc_tokens import span_tokens

QUOTE_OPENERS = ('"', "“")
QUOTE_CLOSERS = ('"', "”")
# a threat told by a quoted future of a named party meaning harm; the speaker joins its source (extractor.event_for).
# (A promise so told, "The United States will keep exposing those who ...", is not read: on the tuning sets the one
# such future the gold codes was none.)
QUOTED_THREAT = Trigger(type="THREATEN", mode="violence", sphere="political")


def _closing_tail(sent) -> str:
    """The closing mark the parser may cut off as a sentence of its own ('... this war.' + '"')."""
    if sent.end >= len(sent.doc):
        return ""
    after = sent.doc[sent.end].sent
    return after.text.strip() if all(t.is_punct or t.is_space for t in after) else ""


def wholly_quoted(sent) -> bool:
    """The sentence opens and ends with a quotation mark and holds no other."""
    text = (sent.text.strip() + _closing_tail(sent)).strip()
    marks = sum(text.count(m) for m in ('"', "“", "”"))
    return marks == 2 and text.startswith(QUOTE_OPENERS) and text.endswith(QUOTE_CLOSERS)


def quoted_speaker(lex, sent, index: DocIndex) -> list[str]:
    """Who speaks a wholly quoted sentence with no speech verb: the named speakers of the sentence just before it in
    the same paragraph, when that sentence quotes someone; else none."""
    # (a speech verb's lemma as a noun is no speech verb: "our border posts", evcand4)
    if sent.start == 0 or not wholly_quoted(sent) or any(t.lemma_ in lex.speech_verbs and t.pos_ in ("VERB", "AUX")
                                                         for t in span_tokens(sent)):
        return []
    before = sent.doc[sent.start - 1].sent
    if index.paragraph[before.start] != index.paragraph[sent.start] \
            or not any(t.text in ('"', "“", "”") for t in before):
        return []
    for verb in before:
        if verb.lemma_ in lex.speech_verbs and verb.pos_ in ("VERB", "AUX"):
            said_by = speech_arguments(lex, verb, index)[0].source
            if said_by:
                return list(said_by)
    # a long title between "said" and the name ("said Acting Under Secretary of ... X") stops the inverted reading
    hit = index.speaker_before(before.end - 1)
    inside = hit is not None and index.tok_start[before.start] <= hit.start < index.tok_end[before.end - 1]
    return [hit.actor] if inside else []


def _future_of_named_party(t, index: DocIndex) -> bool:
    """ "The United States will continue to ...": a main verb with "will", not negated, whose subject names a party."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ROOT", "conj"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in t.children):
        return False
    if any(c.dep_ == "neg" for c in t.children) and unhesitating_act(t) is None:
        return False          # evcand4: "will not hesitate to use all tools" means the harm it holds no longer back
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in ("we", "i") and bool(phrase_actors(subj, index))


def quoted_futures(lex, sent, found: list[Found], index: DocIndex) -> list[Found]:
    """The found candidates with a QUOTED_THREAT added for each future of a named party meaning harm in a continued
    quotation, where no trigger of the clause tells more."""
    if not quoted_speaker(lex, sent, index):
        return found
    taken = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
    out = list(found)
    for t in span_tokens(sent):
        if t.i in taken or not _future_of_named_party(t, index):
            continue
        if any(u.i in taken for u in t.subtree if u.i != t.i and u.dep_ in ("xcomp", "ccomp")):
            continue                  # "X will continue to attack": the inner trigger tells
        meant = unhesitating_act(t)       # evcand4: the threat is read on the means the speaker will not hold back
        if meant is not None:
            out.append(Found(meant, QUOTED_THREAT, "verb", meant.text))
        elif harm_meant(lex, carried_act(t)):
            out.append(Found(t, QUOTED_THREAT, "verb", t.text))
    out.sort(key=lambda g: g.token.i)
    return out


def add_quoted_speaker(lex, f, args, sent, index: DocIndex) -> None:
    """A continued quotation's promise is its speaker's too: the speakers join the source, first."""
    if f.trigger is not QUOTED_THREAT:
        return
    speakers = [a for a in quoted_speaker(lex, sent, index) if a not in args.source]
    args.source = [*speakers, *args.source]

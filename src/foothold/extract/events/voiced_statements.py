"""A release's own voice (issue 8, evcand9): a sentence of an official statement that holds a statement cue but no
speech verb is the issuing body's statement. "The Kingdom of X has never ceased its hostile actions against our
country", "Such measures have no legal effect", "Media outlets that publish their statements will face legal action":
the ministry issuing the release says it, with no "said" to carry it, so no trigger made an event there.

Read in `extractor._read_sentence` after the sentence's candidates, only where
- the document speaks in its issuer's voice: its title line names a release ("Statement of/by ...", "...
  communiqué", "readout", "press statement", `release_issuer.RELEASE`) or a press briefing, and `DocIndex.issuer`
  names who that voice is. An analytic report's "we" ("our assessment") is no such voice: its narrator describes
  (tried: reading a document's unattributed "we" as the voice put 27 spurious events on the seed report);
- the sentence made no event, holds no speech verb and no quotation mark, names a party besides the issuer and
  does not name the issuer itself;
- its cue (plover.yaml's `cues` and data/statement_cues.yaml, `speech.statement_type`) types it, and no trigger of
  that type was read and left there ("officers will arrive to support the police": the rules' reason holds);
- the main verb's subject names a party ("The war has destabilized the country" is background), but no named party
  heads it with a future or modal ("Greece will not accept ...": that party's own act).
The event is the issuer's statement (kind "speech") on the parties the sentence names. A news story or a report with
no release title is never read: its narrator's words are nobody's statement.
"""

from __future__ import annotations

import re

from .index import SPEAKING
from .lexicon import Trigger
from .release_issuer import HEAD_LINES, RELEASE
from .speech import statement_type
from .triggers import Found

QUOTES = ('"', "“", "”")
# a release, or an official's briefing, named in the title line
RELEASE_HEADING = re.compile(rf"^title:.*\b(?:{RELEASE}|(?:press|news)\s+briefing)\b", re.I)
# statement types a release states in its own voice (a cue of a happening -- ASSAULT, COERCE -- is not one)
# only a judgement or a warning: "support" in a release mostly tells another's backing ("X is central to Y's support
# for Z"), and a "must" or "calls for" in the narrator's voice typed REQUEST what the golds code as blame or defiance
# (tuning sets: 2 of 2 typed wrong)
VOICED_TYPES = frozenset({"ACCUSE", "THREATEN"})


def voiced_document(index) -> bool:
    """The document speaks in its issuer's voice (counted once per document)."""
    cached = getattr(index, "_voiced_document", None)
    if cached is None:
        cached = _voiced(index)
        index._voiced_document = cached
    return cached


def _voiced(index) -> bool:
    if index.issuer() is None:
        return False
    lines = [ln.strip() for ln in index.ctx.document.text.splitlines() if ln.strip()][:HEAD_LINES]
    return any(RELEASE_HEADING.match(ln) for ln in lines if ln.lower().startswith("title:"))


def _party_acts(sent, index) -> bool:
    """A named party heads the main verb's subject, with a future or modal ("Greece will not accept ...", "X will meet Y
    on 26 July"): that party's own act or stance is told, no issuer's judgement of another."""
    root = sent.root
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and index.hits[c.i] is not None for c in root.children)


def _judged_party(sent, index) -> bool:
    """The main verb's subject names a party: the issuer judges that party's conduct or measure ("X has never ceased
    its hostile actions", "the American sanctions are unlawful", "outlets that publish X's statements will face legal
    action"); a subject naming none tells a background or a rule ("The war has destabilized the country", "It is a
    crime to provide support to X")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(index.hits[t.i] is not None for t in c.subtree)
               for c in sent.root.children)


def _spoken(sent) -> bool:
    """The sentence quotes someone or has a speech verb of its own."""
    return any(t.text in QUOTES or t.lemma_ in SPEAKING and t.pos_ in ("VERB", "AUX") for t in sent)


def voiced_statement(lex, sent, index, sent_text: str, found=()):
    """(Found, issuer hit, [(party hit, token index)]) for a cued sentence in the issuer's own voice, else None."""
    if not voiced_document(index) or _spoken(sent) or _party_acts(sent, index) \
            or not sent_text.rstrip().endswith((".", "!", "?", ";")):
        return None     # (a line with no closing stop is a heading: "Visa restrictions on X undermining democracy")
    issuer = index.issuer()
    parties, seen = [], {issuer.actor}
    for t in sent:
        h = index.hits[t.i]
        if h is not None and h.actor == issuer.actor:
            return None     # the issuer named in the third person: its own act, or a misread issuer (the subject
            #                 state most often told of is no speaker when it is the accused)
        if h is not None and h.actor not in seen and index.actor_type.get(h.actor) != "place":
            seen.add(h.actor)
            parties.append((h, t.i))
    if not parties or not _judged_party(sent, index):
        return None
    etype = statement_type(lex, sent_text)
    if etype not in VOICED_TYPES:
        return None
    if any(f.trigger is not None and f.trigger.type == etype for f in found):
        return None     # the cue is a trigger the rules read and left ("arrive to support the police", "a crowd
        #                 demanded that X resign"): its reason holds
    root = sent.root
    return Found(root, Trigger(type=etype, mode="statement", sphere="political"), "speech", root.text), issuer, parties

"""Who a release is by when its heading names its author body, and the short name the release calls it.

"Statement of the Ministry of Foreign Affairs of the Republic of Armenia on ...", "Ministry of Oil statement on the
arbitration ruling", "Statement by UNIFIL on ...": a release's title line names the body that speaks in it. Its
unattributed "we" is that body (not the state it belongs to, which `EventIndex.issuer` would count), its bare
"The Ministry" / "the Council" is that body even when another ministry was named nearer (the words right before are
not the release's voice), and its name written out whole before a state's ("The Ministry of Foreign Affairs of the
Republic of Iraq condemns ...") is that body, not the state named in its tail. A joint statement names two authors
and is left alone, and so is a title naming no known organisation ("Statement by the Press Secretary").
A release whose heading names no author may be signed off by it after its last paragraph ("Ministry of Interior" on a
line of its own): that body is the author (evargs15).
"""

from __future__ import annotations

import re

from ...resolve.names import normalise_name
from .index import ActorHit
from ..doc_tokens import doc_tokens

HEAD_LINES = 8                      # the header and heading lines a release opens with
RELEASE = r"(?:press\s+)?(?:statement|release|communiqu[eé]|declaration|readout)"
# "Statement of/by/from (the) NAME ...": the author after the release noun
AUTHOR_AFTER = re.compile(rf"^(?:title:\s*)?{RELEASE}\s+(?:of|by|from)\s+(?:the\s+)?(?P<name>.+)$", re.I)
# "NAME statement on ...": the author before it
AUTHOR_BEFORE = re.compile(rf"^(?:title:\s*)?(?:the\s+)?(?P<name>[^:]+?)\s+{RELEASE}\b", re.I)


def heading_author(index) -> ActorHit | None:
    """The organisation a release's heading names as its author, else the one its sign-off line names (evargs15)
    (counted once per document), else None."""
    if not hasattr(index, "_heading_author"):
        index._heading_author = _find_author(index)
    return index._heading_author


def _find_author(index) -> ActorHit | None:
    all_lines = [ln.strip() for ln in index.ctx.document.text.splitlines() if ln.strip()]
    lines = all_lines[:HEAD_LINES]
    bodies = [a for a in index.ctx.actors if a.type == "organization"]
    for line in lines:
        if line.lower().startswith("joint"):
            continue
        after, before = AUTHOR_AFTER.match(line), AUTHOR_BEFORE.match(line)
        actor = (_named_at(after.group("name"), bodies, starts=True) if after else None) \
            or (_named_at(before.group("name"), bodies, starts=False) if before else None)
        if actor is not None:
            return _hit(actor)
    signed = _sign_off(all_lines)
    if signed:
        actor = next((b for b in bodies if any(normalise_name(f) == normalise_name(signed) for f in b.surface_forms())),
                     None)
        if actor is not None:
            return _hit(actor)
    return None


def _hit(actor) -> ActorHit:
    first = min(actor.mentions, key=lambda m: m.start, default=None)
    start, end = (first.start, first.end) if first is not None else (0, 0)
    return ActorHit(actor.id, actor.type, start, end)


# evargs15: a release signed off by its author on the lines after its last paragraph ("... against money
# laundering.\n\nMinistry of Interior\nKurdistan Regional Government"): the first sign-off line, a body's whole
# name, is the author when the heading names none. Sign-off lines are the short lines closing the text with no
# sentence stop; a person signing ("Scott Morrison / Prime Minister of Australia") or a line that only begins with
# a body's name ("Media Directorate, Popular Mobilisation Commission") names no author here.
SIGN_OFF_LINES = 3
SIGN_OFF_CHARS = 60
SENTENCE_END = re.compile(r"[.!?:;\"”)\]]$")


def _sign_off(lines: list[str]) -> str:
    """The first sign-off line of a text (its author's name, matched whole), else ""."""
    tail = []
    for line in reversed(lines[len(lines) // 2:]):
        if SENTENCE_END.search(line) or len(line) > SIGN_OFF_CHARS:
            break
        tail.append(line)
    # more short lines than a signature holds close a list or a table, not a release
    return tail[-1] if tail and len(tail) <= SIGN_OFF_LINES and len(tail) < len(lines) else ""


def _named_at(phrase: str, bodies, starts: bool):
    """The body whose longest name opens (``starts``) or closes the phrase."""
    words = normalise_name(phrase)
    best, best_len = None, 0
    for body in bodies:
        for form in body.surface_forms():
            key = normalise_name(form)
            if not key or len(key) <= best_len:
                continue
            fits = (words == key or words.startswith(key + " ")) if starts else (words == key or words.endswith(" " + key))
            if fits:
                best, best_len = body, len(key)
    return best


def head_word(name: str) -> str:
    """The word a release shortens its author to: before the name's "of" or "for" ("Ministry" of "Ministry of Oil"), else
    the last ("Council" of "Security Council")."""
    words = re.split(r" (?:of|for) ", name)[0].split()     # "Ministry for Foreign Affairs": "Ministry" (evargs15)
    return words[-1] if words else ""


def mark_author_references(index) -> None:
    """Binds the release's bare "The Ministry" and its author's name written out whole to the author."""
    author = heading_author(index)
    if author is None:
        return
    actor = next((a for a in index.ctx.actors if a.id == author.actor), None)
    forms = sorted({normalise_name(f) for f in actor.surface_forms() if " " in f}, key=len, reverse=True)
    head = head_word(actor.name)
    doc = index.ctx.doc
    for tok in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if _spelled_out(tok, forms, author, index):
            continue
        if tok.text == head and head[:1].isupper() and index.hits[tok.i] is None \
                and [c.lower_ for c in tok.children] == ["the"] \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            index.hits[tok.i] = ActorHit(author.actor, author.type, index.tok_start[tok.i], index.tok_end[tok.i])


def _spelled_out(tok, forms: list[str], author: ActorHit, index) -> bool:
    """Marks the author's full name written out from ``tok`` where no mention covers its head."""
    if not tok.text[:1].isupper() or index.hits[tok.i] is not None:
        return False
    text = index.ctx.document.text
    for form in forms:
        n = len(form.split())
        if tok.i + n > len(tok.doc):
            continue
        span = tok.doc[tok.i:tok.i + n]
        if normalise_name(text[index.tok_start[span.start]:index.tok_end[span.end - 1]]) == form:
            hit = ActorHit(author.actor, author.type, index.tok_start[span.start], index.tok_end[span.end - 1])
            for t in span:
                if index.hits[t.i] is None:
                    index.hits[t.i] = hit
            return True
    return False


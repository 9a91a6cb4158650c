"""Communiqués and resolutions: who speaks in paragraphs that name no speaker.

A communiqué or a resolution opens with its author alone, closed by a comma ("The Security Council,", "The Peace and
Security Council of the African Union, at its 500th meeting held on ...,"), then lists preambular and operative
paragraphs whose verbs have no subject of their own ("1. Condemns ...", "Decides to suspend ...", "Approved the
deployment ..."): the author is the subject of every one of them, and a present "Decides to X" there is X done
by the decision, not an intention.
"""

from __future__ import annotations

from .index import ActorHit, DocIndex
from ..doc_tokens import doc_tokens, span_tokens

# what may stand before an operative verb: a paragraph number or letter and its punctuation, an adverb
LEAD_TAGS = {"LS", "CD", "RB", ".", ",", ":", "-LRB-", "-RRB-", "NFP", "_SP"}
OPERATIVE_TAGS = {"VBZ", "VBD", "VBP", "VB", "VBN", "NNS"}     # "Reaffirms" read as VB, "Requests" as NNS
BODY_TYPES = ("organization", "country")


def _clause_head(verb, index: DocIndex):
    """The paragraph's own verb: up conjuncts ("Condemns X and rejects Y") and an infinitive decided or
    resolved with no object between ("Decides to suspend"), never one whose doer is an object ("Requests X to"),
    and never past its own line (the parser may join a line to the one before)."""
    t = verb
    for _ in range(4):
        if line_start(t.head, index) != line_start(t, index):
            break
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in t.head.children):
            t = t.head
        else:
            break
    return t


def line_start(tok, index: DocIndex) -> int:
    """The first token of the line ``tok`` is on in the original text (the reader joins a communiqué's lines
    that end in a comma or a semicolon into one paragraph, and the parser reads them as one sentence); the line
    of every token is found once per document."""
    starts = getattr(index, "_line_starts", None)
    if starts is None:
        text, doc = index.ctx.document.text, tok.doc
        starts, current = [0] * len(doc), 0
        for i in range(len(doc)):
            if i > 0 and ("\n" in text[index.tok_end[i - 1]:index.tok_start[i]] or doc[current].is_space):
                current = i
            starts[i] = current
        index._line_starts = starts
    return starts[tok.i]


def operative_clause(verb, index: DocIndex) -> bool:
    """ "1. Strongly condemns ...", "Approved the deployment ...": a verb opening its line (after a paragraph number)
    with no subject anywhere in its clause."""
    head = _clause_head(verb, index)
    if head.tag_ not in OPERATIVE_TAGS or head.dep_ != "ROOT" and line_start(head.head, index) == line_start(head, index):
        return False
    start = line_start(head, index)
    lead = head.doc[start:head.i]
    if any(t.tag_ not in LEAD_TAGS and not t.is_space for t in lead) or not (
            head.text[:1].isupper() or any(t.text[:1].isupper() and t.tag_ == "RB" for t in lead)):
        return False
    # a subject on another line, or the next paragraph's number read as one, is not this clause's
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("CD", "LS")
                   and line_start(c, index) == start for t in (head, verb) for c in t.children)


def openers(index: DocIndex) -> list[tuple[int, ActorHit]]:
    """(token, body) of each opening line of a communiqué: a verbless sentence ending in a comma whose head is a
    named body ("The Security Council,"); counted once per document."""
    cached = getattr(index, "_communique_openers", None)
    if cached is not None:
        return cached
    found = []
    doc = index.ctx.doc
    for sent in doc.sents:
        line = []                   # the sentence up to a line break (the parser may glue on the next "1.")
        for t in span_tokens(sent):
            if t.is_space and not line:
                continue
            if line and line_start(t, index) != line_start(line[0], index):
                break
            if not t.is_space:
                line.append(t)
        if not line or not doc[line[0].i:line[-1].i + 1].text.rstrip().endswith(","):
            continue
        inside = {t.i for t in line}
        roots = [t for t in line if t.head.i == t.i or t.head.i not in inside]
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in line):
            continue
        root = roots[0]
        body = index.actor_at(root.i)
        if body is None or body.type not in BODY_TYPES:
            body = next((h for t in line if (h := index.actor_at(t.i)) is not None and h.type in BODY_TYPES), None)
        if body is not None:
            found.append((root.i, body))
    index._communique_openers = found
    return found


def enacting_body(verb, index: DocIndex) -> ActorHit | None:
    """The author of the communiqué whose subjectless operative paragraph ``verb`` is in (the latest opener
    before it), else None."""
    if not operative_clause(verb, index):
        return None
    before = [body for i, body in openers(index) if i < verb.i]
    return before[-1] if before else None


def decided_here(verb, index: DocIndex) -> bool:
    """ "3. Decides to suspend X": the present decision of an operative paragraph does the act."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("decide", "resolve") and head.tag_ in ("VBZ", "VBP", "VBD") \
        and enacting_body(verb, index) is not None


def _verb_lemma(word: str, verbs) -> str | None:
    low = word.lower()
    for lemma in (low, low[:-1], low[:-2], low[:-1] + "e" if low.endswith("ed") else None):
        if lemma and lemma in verbs:
            return lemma
    return None


def repair_operative_verbs(doc, verbs, index: DocIndex) -> None:
    """ "1. Condemns the detention of X", "Thanked Rwanda for ...": after a communiqué's opener the tagger reads a
    paragraph's subjectless opening verb as a noun or a name; a capitalised first word the lexicon knows as a verb
    is made the verb it is (retagged in place, the phrase it was hung on made its object)."""
    first = min((i for i, _ in openers(index)), default=None)
    if first is None:
        return
    starts = sorted({line_start(t, index) for t in doc[first:] if not t.is_space})
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        line = [t for t in doc[start:end] if not t.is_space]
        lead = next((t for t in line if t.tag_ not in LEAD_TAGS), None)
        if lead is None or not lead.text[:1].isupper() or lead.tag_ not in ("NNS", "NNP", "NNPS", "NN") \
                or index.actor_at(lead.i) is not None:
            continue
        lemma = _verb_lemma(lead.text, verbs)
        if lemma is None:
            continue
        lead.pos_, lead.tag_, lead.lemma_ = "VERB", "VBZ" if lead.lower_.endswith("s") else "VBD", lemma
        inside = {t.i for t in line}
        tops = [t for t in line if t.head.i == t.i or t.head.i not in inside]
        top = tops[0] if len(tops) == 1 else None
        if top is not None and top.i > lead.i and top.pos_ in ("NOUN", "PROPN"):
            # "Thanked Rwanda for ...": the name the verb was hung on is its object
            if top.head.i == top.i:
                lead.head, lead.dep_ = lead, "ROOT"
            else:
                lead.head, lead.dep_ = top.head, top.dep_
            top.head, top.dep_ = lead, "dobj"
        elif top is not None and top.i == lead.i:
            obj = next((c for c in lead.children if c.dep_ in ("appos", "npadvmod", "attr") and c.pos_ in ("NOUN", "PROPN")),
                       None)
            if obj is not None and not any(c.dep_ == "dobj" for c in lead.children):
                obj.dep_ = "dobj"       # "Condemns in the strongest terms the detention": the condemned


def named_by_first_head(tok, index: DocIndex, window: int = 300) -> ActorHit | None:
    """ "The Ministry called on X" after "the Ministry of Foreign Affairs of Chile", "the League" after "the League of
    Arab States": a definite common noun that is the head word of an organisation named shortly before, the word
    before the name's "of", stands for it (``arguments.named_by_head`` takes the last word of the name)."""
    if tok.pos_ not in ("NOUN", "PROPN") or [c.lower_ for c in tok.children] != ["the"] or index.actor_at(tok.i) is not None:
        return None
    doc = tok.doc
    for j in range(tok.i - 1, max(-1, tok.i - window), -1):
        h = index.actor_at(j)
        if h is None or h.type != "organization" or doc[j].lower_ != tok.lower_ or j + 1 >= len(doc):
            continue
        if doc[j + 1].lower_ == "of" and index.actor_at(j + 1) is h and h.start <= index.tok_start[j]:
            return ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i])
    return None


def continued_subject(pron, index: DocIndex, actors_of) -> list:
    """ "X condemned the raid, and it called on Y", "The two leaders welcomed X, and they agreed to ...": a subject "it"
    or "they" of a clause conjoined to one with a named subject is that subject. ``actors_of`` reads a phrase's actors
    (arguments.phrase_actors); empty when no such subject is there. (A sentence-opening "It" continuing the last
    sentence's body, "The Ministry condemns X. It holds Y responsible", lowered news-dev's even half: only
    recommendations are read, `previous_body`.)"""
    if pron.lower_ not in ("it", "they") or pron.dep_ != "nsubj" or pron.head.lemma_ in ("be", "seem", "appear"):
        return []
    verb = pron.head
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return []
    first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if first is None or first.i > pron.i:
        return []
    found = [(h, i) for h, i in actors_of(first, index) if h.type != "place"]
    # "it" for one party, "they" for several or a plural noun ("the two leaders")
    return found if found and (pron.lower_ == "they") == (len(found) > 1 or first.tag_ in ("NNS", "NNPS")) else []


# verbs of a list of recommendations, "X calls on A to ... . It urges B to ...": the body goes on addressing others
RECOMMENDING = {"call", "urge", "ask", "appeal", "encourage", "invite", "demand", "request", "recommend", "press"}
# evskip5: verbs of a body's judgement of another's conduct, "The Ministry recalls X. It regrets that the Y side has
# given no answer", "The Ministry considers X a violation. It holds the Y side fully responsible": the release goes on
# in the body's voice (a blame, never an act: "It killed ..." is no judgement, the reason any verb lowered news-even;
# the wider set of position verbs, "It stresses / affirms / reaffirms", cost news-even a misdated event)
STATING = {"regret", "deplore", "hold"}


def previous_body(pron, index: DocIndex, actors_of) -> list:
    """ "UNAMI urges the Government to ... . It calls on all armed actors to ...": a sentence-opening subject "It" of a
    recommending verb, in a sentence following, in the same paragraph, one whose main verb has a named body or state
    as subject, goes on with that body (empty otherwise). Any verb of such an "It" ("The Ministry condemns X. It holds
    Y responsible") lowered news-dev's even half (0.676 -> 0.673): only recommendations are read."""
    if pron.lower_ != "it" or pron.dep_ != "nsubj" or pron.head.lemma_ not in RECOMMENDING | STATING:
        return []
    verb, first = pron.head, pron
    sent = verb.sent
    if first is None or first.lower_ != "it" or verb.dep_ != "ROOT" or first.i != _first_word(sent).i or sent.start == 0:
        return []
    before = pron.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subj is None or index.paragraph[subj.i] != index.paragraph[first.i]:
        return []
    found = [(h, i) for h, i in actors_of(subj, index) if h.type in BODY_TYPES]
    return found if len(found) == 1 else []


def _first_word(sent):
    return next((t for t in span_tokens(sent) if not t.is_space), sent[0])


# the manner phrase of a formal condemnation: "condemns in the strongest (possible) terms the attack ..."
MANNER_NOUNS = {"terms"}


def repair_manner_objects(doc) -> int:
    """ "condemns in the strongest terms the attack carried out by X": the parser hangs the object as the subject of
    a relative clause on "terms" ("terms [that] the attack carried out"); the noun after the manner phrase is the
    verb's object and the participle a clause on it. Returns how many objects were re-hung."""
    moved = 0
    for terms in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if terms.lower_ not in MANNER_NOUNS or terms.dep_ != "pobj" or terms.head.dep_ != "prep" \
                or terms.head.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in terms.head.head.children):
            continue
        verb = terms.head.head
        for clause in [c for c in terms.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VBN"]:
            noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
                         and c.pos_ == "NOUN"), None)
            if noun is None or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
                continue        # "in terms that the council has adopted": a clause of its own
            noun.head, noun.dep_ = verb, "dobj"
            clause.head, clause.dep_ = noun, "acl"
            moved += 1
    return moved

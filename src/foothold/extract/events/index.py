"""Where actors, sentences and paragraphs sit in the parsed document.

The spaCy Doc is over the clean text; actor mentions carry ORIGINAL offsets.
This index maps every token to its original span and to the actor mentioned
there, so argument finding can ask "which actor is this token part of?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, IS_SPACE, POS
from spacy.symbols import AUX, VERB

from ...ingest.metadata import dateline_credits
from ..token_spans import token_spans
from .byline_issuer import byline_issuer
from .joint_subjects import subject_window_start
from ..doc_tokens import span_tokens

PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_GROUP = {"they", "their", "its"}
PRONOUNS_SPEAKER = {"i", "we", "my", "our", "me", "us"}


# quotation marks opening or closing a quote (not ' or \u2019: also a plural possessive, "the countries' ...")
QUOTE_MARKS = {'"', "\u201c", "\u201d", "\u2018"}


@dataclass
class ActorHit:
    actor: str
    type: str
    start: int            # original offsets of the mention
    end: int


STANCE_PREFIXES = {"pro", "anti"}
# "Iran-backed militias", "Wagner-affiliated companies": the patron named is no party to the client's acts
PATRON_SUFFIXES = {"backed", "aligned", "affiliated", "allied", "sponsored", "supported", "funded", "linked",
                   # "Turkish-made drones", "Russian-built jets": where a weapon comes from names no party to its use
                   "made", "built", "designed", "manufactured", "produced"}


def stance_prefixed(doc, i: int) -> bool:
    """Token i is the name in "pro-X" / "anti-X" or "X-backed" / "X-aligned" / "X-made" (split by the tokenizer
    at the hyphen): a stance, patronage or origin describing someone or something else."""
    before = i >= 2 and doc[i - 1].text in ("-", "‑") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].lower_ in STANCE_PREFIXES
    after = i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].lower_ in PATRON_SUFFIXES
    return before or after


def subject_flags(doc) -> list[bool]:
    """Whether each token is inside a subject phrase: up to eight heads up, a subject before a verb or the root.
    Walked on the parse's arrays, read once (on Token objects every step looks up three attributes)."""
    if not len(doc):
        return []
    subjects = {doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"]}
    # one flat list per column, not a list per token (10k small lists set off a full garbage collection)
    deps, poss, heads = doc.to_array([DEP, POS, HEAD]).astype("int64").T.tolist()   # HEAD: offset to the head
    flags = [False] * len(doc)
    for i in range(len(doc)):
        t = i
        for _ in range(8):
            dep, pos, to_head = deps[t], poss[t], heads[t]
            if dep in subjects:
                flags[i] = True
                break
            if pos in (VERB, AUX) or to_head == 0:
                break
            t += to_head
    return flags


class DocIndex:
    def __init__(self, ctx):
        self.ctx = ctx
        doc = ctx.doc
        self.tok_start, self.tok_end = token_spans(ctx)
        self.actor_type = {a.id: a.type for a in ctx.actors}
        self.salience = {a.id: len(a.mentions) for a in ctx.actors}
        # outlets inside source notes are citations, not participants
        notes = [(c.note_start if c.note_start is not None else c.start,
                  c.note_end if c.note_end is not None else c.end) for c in ctx.citations]
        notes += dateline_credits(ctx.document.text)     # wireev: "DHAKA, Aug 6 (Harbor Wire) - ": the reporter
        mentions = sorted(
            (m for a in ctx.actors for m in a.mentions if m.role != "follows"   # "X, commander of Y": X and Y
             and not any(s <= m.start and m.end <= e for s, e in notes)),
            key=lambda m: (m.start, m.end))
        owner = {id(m): a.id for a in ctx.actors for m in a.mentions}
        self.hits: list[ActorHit | None] = [None] * len(doc)
        self.mention_starts = []
        self.mention_hits: list[ActorHit] = []
        self.demonym_hits: set[int] = set()        # id() of hits from a demonym ("Azerbaijani forces")
        for m in mentions:
            actor = m.actor or owner.get(id(m))
            hit = ActorHit(actor, self.actor_type.get(actor, m.type), m.start, m.end)
            if m.source == "demonym":
                self.demonym_hits.add(id(hit))
            self.mention_starts.append(m.start)
            self.mention_hits.append(hit)
            i = bisect_right(self.tok_end, m.start)          # first token ending after the mention start
            while i < len(doc) and self.tok_start[i] < m.end:
                if self.hits[i] is None or (self.hits[i].end - self.hits[i].start) < (m.end - m.start):
                    self.hits[i] = hit
                i += 1
        # "pro-Iranian groups", "anti-American protesters", "Iran-backed militias": a state named in a stance
        # or as a patron is no party to their acts
        for i in range(len(doc)):
            if self.hits[i] is not None and stance_prefixed(doc, i):
                self.hits[i] = None
        # capitals standing for their state, among this document's actors
        from ...resolve.names import normalise_name
        from .lexicon import load_lexicon
        by_name = {}
        for a in ctx.actors:
            for form in a.surface_forms():
                by_name.setdefault(normalise_name(form), a)
        self.capital_state: dict[str, str] = {}
        for capital, country in load_lexicon().capitals.items():
            c, k = by_name.get(normalise_name(capital)), by_name.get(normalise_name(country))
            if c is not None and k is not None and c.id != k.id and c.type == "place" or \
                    c is not None and k is not None and c.id != k.id and c.type == "country" and k.type == "country":
                self.capital_state[c.id] = k.id
        # a person's last name alone ("Moradian") when the mention layer missed it
        surnames: dict[str, set[str]] = {}
        for a in ctx.actors:
            if a.type == "person":
                for form in a.surface_forms():
                    parts = form.replace("’", "'").split()
                    if len(parts) > 1:
                        surnames.setdefault(parts[-1].lower(), set()).add(a.id)
                    elif parts and form[:1].isupper():     # a one-word alias is itself a last name
                        surnames.setdefault(parts[0].lower(), set()).add(a.id)
        self.surname = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
        # is the token inside a subject phrase? (pronouns prefer subject antecedents)
        self.in_subject = subject_flags(doc)
        # titles learnt from relations ("the Iranian Minister of Energy, Reza Ardakanian"):
        # an unnamed "the Iranian minister of energy" later refers to the same person
        self.titles: list[tuple[str, frozenset[str], str, str, int, bool]] = []
        for r in getattr(ctx, "relations", []) or []:
            if r.predicate in ("leads", "member_of") and r.title and self.actor_type.get(r.subject) == "person":
                words = frozenset(w for w in r.title.lower().replace("-", " ").split() if w not in ("of", "the"))
                head = r.title.lower().split(" of ")[0].split()[-1]
                former = bool(r.time and "former" in r.time) or "former" in text_before(ctx, r.start)
                self.titles.append((head, words, r.object, r.subject, r.start, former))
        from .titles import bare_titles
        self.titles += bare_titles(ctx, self)      # "Prime Minister X" and later "the prime minister"
        # paragraph number of every token: a blank line starts a new paragraph
        self.paragraph: list[int] = []
        para = 0
        for i, space in enumerate(doc.to_array(IS_SPACE).tolist() if len(doc) else ()):   # no Token but spaces'
            self.paragraph.append(para)
            if space and doc[i].text.count("\n") >= 2:
                para += 1

    def titled_person(self, head: str, words: set[str], org_ids: set[str] | None, at: int) -> str | None:
        """The person a title phrase names ("the Iraqi prime minister" -> al-Kazimi), if one fits."""
        cands = [t for t in self.titles if t[0] == head and (org_ids is None or t[2] in org_ids) and words <= t[1]]
        if org_ids is None:        # a bare "the ambassador": only someone already introduced
            cands = [t for t in cands if t[4] <= at]
        if not cands:
            return None
        people = {t[3] for t in cands if not t[5]} or {t[3] for t in cands}
        cands = [t for t in cands if t[3] in people]
        # the most talked-about holder (the current office-holder in a report), then the latest named
        before = [t for t in cands if t[4] <= at] or cands
        pick = max(before, key=lambda t: (self.salience.get(t[3], 0), t[4]))
        return pick[3]

    def actor_at(self, i: int) -> ActorHit | None:
        hit = self.hits[i]
        if hit is None:
            tok = self.ctx.doc[i]
            key = tok.lower_.replace("’", "'")
            if tok.pos_ == "PROPN" and key in self.surname:
                hit = ActorHit(self.surname[key], "person", self.tok_start[i], self.tok_end[i])
                self.hits[i] = hit
        return hit

    def original(self, i: int, j: int) -> tuple[int, int]:
        """Original span of tokens i..j (inclusive)."""
        return self.tok_start[i], self.tok_end[j]

    def tokens_in(self, start: int, end: int) -> range:
        """Indexes of the tokens inside the original range [start, end)."""
        return range(bisect_left(self.tok_start, start), bisect_left(self.tok_start, end))

    def hits_between(self, start: int, end: int) -> list[ActorHit]:
        """Actor mentions inside the original range [start, end)."""
        lo = bisect_left(self.mention_starts, start)
        out = []
        for k in range(lo, len(self.mention_hits)):
            h = self.mention_hits[k]
            if h.start >= end:
                break
            if h.end <= end:
                out.append(h)
        return out

    def last_actor_before(self, i: int, types: tuple[str, ...], min_token: int = 0) -> ActorHit | None:
        """The antecedent of a pronoun at token i: the closest earlier subject of one of
        ``types`` in this or the previous sentence, else the closest such mention."""
        doc = self.ctx.doc
        sent_start = doc[i].sent.start
        prev_start = subject_window_start(doc, sent_start) if types == ("person",) \
            else doc[sent_start - 1].sent.start if sent_start > 0 else 0    # a person's: past a pair's sentence
        closest = None
        j = i - 1
        while j >= min_token:
            h = self.actor_at(j)
            if h is not None and h.type in types:
                if self.in_subject[j] and j >= prev_start:
                    return h
                closest = closest or h
            j -= 1
        return closest

    def subject_actors(self) -> set[str]:
        """Actors that are the subject of some clause in the text (counted once per document)."""
        cached = getattr(self, "_subject_actors", None)
        if cached is None:
            cached = {h.actor for j, h in enumerate(self.hits) if h is not None and self.in_subject[j]
                      and self.ctx.doc[j].pos_ != "PRON"}
            self._subject_actors = cached
        return cached

    def issuer(self) -> ActorHit | None:
        """Who an unattributed "we" is (a government release speaking for itself): the state that is
        most often a clause's subject, if one clearly is (at least twice, and more than any other).
        Groups are left out: a release talks about the group it condemns as often as about itself."""
        if not hasattr(self, "_issuer"):
            counts: dict[str, int] = {}
            first: dict[str, ActorHit] = {}
            for j, h in enumerate(self.hits):
                if h is None or not self.in_subject[j] or self.ctx.doc[j].pos_ == "PRON" \
                        or h.type != "country" or j > 0 and self.hits[j - 1] is h or id(h) in self.demonym_hits:
                    continue              # ("Azerbaijani forces launched": a demonym names whom a release is about)
                counts[h.actor] = counts.get(h.actor, 0) + 1
                first.setdefault(h.actor, h)
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            from .release_issuer import heading_author
            # a report's byline names who its "we" is, and so does a release's heading ("Statement of the Ministry ...")
            self._issuer = byline_issuer(self) or heading_author(self)
            if self._issuer is not None:
                return self._issuer
            # the only state ever a subject speaks for the release even once ("The United States stands with
            # ... We thank ..."); among several, the one that is clearly most often
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 and ranked[1][1] < ranked[0][1]):
                self._issuer = first[ranked[0][0]]
        return self._issuer

    def speaker_before(self, i: int, window: int = 400) -> ActorHit | None:
        """Who says "I"/"we" at token i: the speaker of its own sentence ("'We will ...,'
        Austin said"), else the subject of the latest "X said:" / "he said" before it (a
        minister's statement quoted in a press release)."""
        doc = self.ctx.doc
        sent = doc[i].sent
        for t in span_tokens(sent):
            if t.i != i and t.lemma_ in SPEAKING and t.pos_ in ("VERB", "AUX"):
                h = self._speaker_of(t)
                if h is not None:
                    return h
        for j in range(min(i, sent.start) - 1, max(-1, i - window), -1):
            t = doc[j]
            if t.lemma_ in SPEAKING and t.pos_ in ("VERB", "AUX"):
                h = self._speaker_of(t)
                if h is not None:
                    return h
        return None

    def _speaker_of(self, verb) -> ActorHit | None:
        for c in verb.children:
            if c.dep_ != "nsubj" or c.lower_ in PRONOUNS_SPEAKER:
                continue
            if c.lower_ in ("he", "she"):        # "..., he said": the person last named before
                return self.last_actor_before(c.i, ("person",), max(0, c.i - 150))
            for sub in c.subtree:
                h = self.actor_at(sub.i)
                if h is not None and h.type in ("person", "organization", "country"):
                    return h
        return None


SPEAKING = {"say", "state", "tell", "comment", "add", "declare", "respond", "remark", "write"}


def text_before(ctx, start: int, width: int = 40) -> str:
    return ctx.document.text[max(0, start - width):start].lower()

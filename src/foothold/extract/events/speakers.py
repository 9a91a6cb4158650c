"""Who speaks: a statement's speaker and addressees, reporters and attributions, quoted and relayed words."""

from __future__ import annotations

import re

from . import statements
from .arguments import Arguments, DOCUMENT_NOUNS, phrase_actors, subject_of
from .denials import relative_denial
from .index import DocIndex
from .narrator_asides import aside_tokens
from .relayed import relayed_statement, statement_authors

# words that make an outlet the source of the report, before or after its name
ATTRIBUTION_BEFORE = re.compile(r"(according to|told|reported by|quoted by|cited by|cited|quoting|interview with|"
                                r"speaking to|spoke to|in an? (?:article|report|interview|op-ed) (?:in|on|for|by)|"
                                r"writing in|published (?:in|by|on)|wrote in|appeared in|carried by|aired (?:on|by)|"
                                r"broadcast (?:on|by)|said to|statement to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
ATTRIBUTION_AFTER = re.compile(r"[’']?s?\s*(?:\([^)]*\)\s*)?,?\s*(?:news agency\s+|newspaper\s+|website\s+|daily\s+)?"
                               r"(?:reported|reports|said|says|quoted|cited|wrote|writes|published|claimed|"
                               r"revealed|stated|added|noted|learned)")
REPORTER_NOUNS = {"newspaper", "agency", "website", "report", "media", "outlet", "channel", "daily",
                  "source", "article", "commentary", "publication", "site", "station", "network"}
REPORTING = {"report", "write", "publish"}     # a media subject reports others' acts
ANNOUNCING = {"announce", "declare"}


def speaker_sides(lex, speech, index: DocIndex) -> set[str]:
    """The speaker of a speech verb and what it belongs to or leads (a minister's state, a spokesman's army)."""
    said_by = speech_arguments(lex, speech, index)[0].source
    return set(said_by) | {r.object for r in index.ctx.relations if r.subject in said_by
                           and r.predicate in ("member_of", "leads", "part_of")}


def own_side_subject(lex, clause, speech, index: DocIndex) -> bool:
    """The clause's subject is the speaker's own side: a pronoun ("it", "they"), a noun it possesses ("its
    troops") or a party the speaker is or belongs to."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in ("it", "they", "we", "i") or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my")
                                                      for c in subj.children):
        return True
    named = {h.actor for h, _ in phrase_actors(subj, index)}
    return bool(named) and named <= speaker_sides(lex, speech, index)


def speaker_verb(lex, verb):
    """ "He claimed that X was not related ... and reiterated Y": a speech verb conjoined
    inside another's complement speaks with the outer speaker."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and t.head.lemma_ not in lex.speech_verbs:
        t = t.head
    if t.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    a = t
    while a.head.i != a.i and a.lemma_ not in lex.speech_verbs:
        a = a.head
    return a if a.lemma_ in lex.speech_verbs and a.i != verb.i else verb


def said_content(verb):
    """What the speech verb says: its clause, else its object. evstmt2: a clause before the verb and a colon or a
    semicolon ("X's allies answered within days: the party's deputies declared their loyalty to him") is the
    sentence's lead, which the parser hangs on the verb; the verb's own object after it is what was declared."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if clause is not None and obj is not None and clause.i < verb.i < obj.i \
            and any(t.text in (":", ";") for t in verb.doc[clause.i:verb.i]):
        return obj
    return clause or obj


def speech_arguments(lex, verb, index: DocIndex) -> tuple[Arguments, object]:
    args = Arguments()
    subj, _ = subject_of(speaker_verb(lex, verb))
    if subj is not None:
        args.add("source", phrase_actors(subj, index, split=True), index)
    else:
        args.add("source", inverted_speaker(verb, index), index)
    if not args.source and (body := statements.enacting_body(verb, index)) is not None:
        args.add("source", [(body, verb.i)])        # "1. Strongly condemns ...": the communique's author
    content = said_content(verb)
    if not args.source and subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS and content is not None \
            and content.dep_ == "ccomp":
        # "a joint communique said both Egypt and Sudan would ...": a document naming no author
        # speaks for the parties its content makes the subject
        inner, dep = subject_of(content)
        if inner is not None and dep == "nsubj":
            args.add("source", [(h, i) for h, i in phrase_actors(inner, index) if h.type != "media"], index)
    for c in verb.children:
        if c.dep_ == "dative" or c.dep_ == "dobj" and (content is None or content.i != c.i):
            args.add("target", phrase_actors(c, index), index)
        elif c.dep_ == "prep" and c.lower_ in ("to", "for") and verb.lemma_ in ANNOUNCING:
            # "announced $500 million in military aid to Ukraine": whom the announced act is for
            for o in c.children:
                if o.dep_ == "pobj":
                    args.add("target", [(h, i) for h, i in phrase_actors(o, index) if h.type != "media"], index)
    if content is not None:
        seen = set(args.source)
        aside = aside_tokens(content)       # evargs10: ", after the cleric X called on ...": the narrator's, not said
        for t in content.subtree:
            if t.i in aside:
                continue
            hit = index.actor_at(t.i)
            if hit is not None and hit.actor not in seen and hit.type != "media":
                seen.add(hit.actor)
                args.add("target", [(hit, t.i)], index)
    return args, content


def inverted_speaker(verb, index: DocIndex):
    """ '"...," said Under Secretary of the Treasury Brian E. Nelson': a quote's speaker named after
    its verb (misparsed as a prepositional phrase), the first person or body named before the end."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in ('"', "\u201d", "'", "\u2019", ","):
        return []
    named = []
    for t in verb.doc[verb.i + 1:verb.sent.end]:
        if t.dep_ in ("ccomp", "xcomp") or t.pos_ == "VERB":
            break
        h = index.actor_at(t.i)
        if h is not None and h.type in ("person", "organization", "country"):
            named.append((h, t.i))
    persons = [n for n in named if n[0].type == "person"]      # the title's body names the office, not the speaker
    return (persons or named)[:1]


def named_speaker(lex, verb, index: DocIndex) -> bool:
    """The statement has a named speaker (else "officials said" only sources the facts)."""
    subj, _ = subject_of(speaker_verb(lex, verb))
    return subj is not None and bool(phrase_actors(subj, index)) or subj is None and bool(inverted_speaker(verb, index))


def speaker_is_reporter(verb, index: DocIndex, media: set[str]) -> bool:
    """ "al-Akhbar reported that ..." attributes the content; it is not itself an event."""
    subj, _ = subject_of(verb)
    if verb.lemma_ == "report":
        return True                 # "the armed forces reported that X survived ...": it sources the facts
    if subj is None:
        return verb.lemma_ in REPORTING
    if subj.lemma_.lower() in REPORTER_NOUNS:
        return True
    speakers = phrase_actors(subj, index)
    if speakers:
        return any(h.actor in media for h, _ in speakers)
    return verb.lemma_ in REPORTING


def relayed_clauses(content, index: DocIndex) -> set[int]:
    """Tokens of the clauses inside a statement's content that relay another party's statement ("takes
    note of the statement by X, which condemned ...") or deny it ("..., which X denies"): X's act, not the
    speaker's words."""
    out: set[int] = set()
    for t in content.subtree:
        if t.pos_ in ("VERB", "AUX") and t.i != content.i and (relayed_statement(t, index) is not None
                                                                 or relative_denial(t)):   # "..., which Y denies"
            out.update(k.i for k in t.subtree)
    return out


def relayed_source(verb, args: Arguments, index: DocIndex) -> None:
    """A relayed statement's act with no doer found ("both of which rejected", "the appeal of X urging")
    is its author's."""
    if args.source:
        return
    noun = relayed_statement(verb, index)
    if noun is not None:
        args.add("source", statement_authors(noun, index), index)
        args.target = [a for a in args.target if a not in args.source]


def is_attribution(text: str, hit, s_start: int, s_end: int) -> bool:
    """An outlet the sentence attributes its report to ("according to Tasnim", "told
    Reuters", "al-Akhbar reported"), not one it merely mentions ("Tasnim was banned")."""
    before = text[max(s_start, hit.start - 30):hit.start].lower()
    after = text[hit.end:min(s_end, hit.end + 30)].lower()
    return bool(ATTRIBUTION_BEFORE.search(before) or ATTRIBUTION_AFTER.match(after))


def quoted(tok, sent) -> bool:
    """The token is inside a quotation ("today's resolution," he said): the speaker's day, not
    the dateline's."""
    before = sent.doc[sent.start:tok.i].text
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1

"""The trigger candidates of a sentence (the lexicon's, characterizations, first-person futures) and the tokens that
tell no separate event: what a speaker said, what is requested or refused, what a participle describes."""

from __future__ import annotations

from . import monitor
from .continued_quotes import quoted_futures
from .denied_contents import rejected_claim_tokens, unnamed_doer
from .headlines import in_headline
from .index import DocIndex
from .invited_acts import invited_content
from .lexicon import Trigger
from .mediation import mediated_accord
from .modality import dated
from .narrator_asides import aside_tokens
from .quoted_acts import is_order
from .commitments import committed_acts
from .relayed import relayed_statement
from .speakers import named_speaker, own_side_subject, quoted, relayed_clauses, speaker_is_reporter
from .speech import typed_statement
from .tense import done
from .triggers import CHARACTERIZING, Found, find_triggers, noun_trigger
from ..doc_tokens import span_tokens

HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
PROMISE_TRIGGER = Trigger(type="AGREE", mode="promise", sphere="political")
ACCUSE_TRIGGER = Trigger(type="ACCUSE", mode="criticize", sphere="political")
CONTRAST = {"while", "whereas", "although", "though"}


def first_person_futures(sent, found: list[Found]) -> list[Found]:
    """ "We will maintain our assistance", "we'll be a part of that": a speaker's stated
    intention (PLOVER AGREE), whatever the verb, when no trigger tells more."""
    taken = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
    out = list(found)
    for t in span_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or t.i in taken or t.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in t.children):
            continue
        if any(c.dep_ == "neg" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("we", "i"):
            continue
        if any(u.i in taken for u in t.subtree if u.i != t.i and u.dep_ in ("xcomp", "ccomp")):
            continue                  # "we will continue to attack": the inner trigger tells
        out.append(Found(t, PROMISE_TRIGGER, "verb", t.text))
    out.sort(key=lambda g: g.token.i)
    return out


def own_commitments(sent, found: list[Found], index: DocIndex) -> list[Found]:
    """ "Bolivia commits to assist Peru", "will continue to work with all its partners, including X": a named
    party's own commitment to help or work with another (PLOVER AGREE), told with no speech verb
    (commitments.committed_acts)."""
    taken = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
    acts = committed_acts(sent, index, taken)
    if not acts:
        return found
    out = list(found) + [Found(act, PROMISE_TRIGGER, "verb", act.text) for _, act in acts]
    out.sort(key=lambda g: g.token.i)
    return out


def characterizations(found: list[Found]) -> list[Found]:
    """ "An Iraqi official called the U.S. strike 'a heinous crime'", "characterized the attack
    as a violation": characterizing a hostile act accuses its doer (PLOVER ACCUSE)."""
    out = list(found)
    for f in found:
        if f.kind != "noun" or f.trigger.type not in HOSTILE_TYPES:
            continue
        n = f.token
        verb = n.head
        if n.dep_ != "dobj" or verb.lemma_.lower() not in CHARACTERIZING or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("oprd", "xcomp", "ccomp", "prep", "attr") for c in verb.children if c.i > n.i) \
                and not any(c.dep_ == "prep" and c.lower_ == "as" for c in n.children):
            continue                      # "called the attack": no characterization given ("described the raid
                                          # as ...": the parser may hang the "as" on the object)
        out = [g for g in out if g.token.i != verb.i]
        out.append(Found(verb, ACCUSE_TRIGGER, "verb", verb.text))
    out.sort(key=lambda g: g.token.i)
    return out


def speakers_next_act(verb) -> bool:
    """ "Khamenei said that X was spreading chaos, and he urged Iraqis to ...": a past conjunct after ", and" with
    a "he"/"she" of its own, which the parser hung inside the said clause, is the narrator's next report."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 3:
        return False
    before = [verb.doc[verb.i - k] for k in (3, 2, 1)]
    return before[0].text == "," and before[1].lower_ == "and" and before[2].lower_ in ("he", "she") \
        and before[2].dep_ == "nsubj" and before[2].head.i == verb.i or owned_next_act(verb)


def owned_next_act(verb) -> bool:
    """ "Iran said the UAE coast guard had killed two fishermen, and its foreign ministry summoned the UAE envoy and
    demanded compensation" (evargs8): a simple past conjunct after ", and" whose subject is the speaker's own body
    ("its"/"their"/"his"/"her" + noun) tells the speaker's next act, as "and he urged" does; its own conjunct
    ("and demanded") goes with it."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return verb.head.dep_ == "conj" and owned_next_act(verb.head)
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in subj.children):
        return False
    start = subj.left_edge.i
    return start >= 2 and verb.doc[start - 2].text == "," and verb.doc[start - 1].lower_ == "and"


def sentence_candidates(lex, sent, index: DocIndex, headline: str | None) -> tuple[list[Found], int]:
    """The sentence's trigger candidates outside a title line, and how many were in one."""
    found = find_triggers(sent, lex)
    found = characterizations(found)
    found = first_person_futures(sent, found)
    found = own_commitments(sent, found, index)         # evcand7: "Bolivia will continue to work with X" (commitments.py)
    found = quoted_futures(lex, sent, found, index)     # evcand3: '"The United States will ..."' after '"...," said X.'
    kept = [f for f in found if not in_headline(index.tok_start[f.token.i], index, headline)]
    return kept, len(found) - len(kept)


def said_tokens(lex, found: list[Found], sent, index: DocIndex, media: set[str]) -> set[int]:
    """Tokens inside what a named speaker said: the statement's content, not separate events (an act already done
    that the speaker reports, or the speaker's own next act, stays one)."""
    suppressed: set[int] = set()
    fronted_quote: set[int] = set()
    reported: set[int] = set()
    said_type: dict[int, str] = {}
    for f in found:
        if f.kind == "speech" and not speaker_is_reporter(f.token, index, media) \
                and named_speaker(lex, f.token, index):
            typed = typed_statement(lex, f.token, sent, index)
            for c in f.token.children:
                if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > f.token.i:   # "announced £20 million for aid to X"
                    # "claim that X was behind it, while Turkey denied this": a contrasted clause is not said
                    aside = {t.i for a in c.subtree if a.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in CONTRAST for m in a.children) for t in a.subtree}
                    aside |= aside_tokens(c)    # ", after the cleric X called on ...": the narrator's (evargs10)
                    inside = {t.i for t in c.subtree} - aside - relayed_clauses(c, index)
                    suppressed.update(inside)
                    if not typed:       # an uncued statement sources the acts it reports
                        reported.update(inside)
                    else:
                        said_type.update({i: typed for i in inside})
                elif (c.dep_ in ("ccomp", "parataxis") or is_order(c)) and c.i < f.token.i and quoted(c, sent):
                    # ('"Release the hostages," X said': an order quoted is X's words too, quoted_acts.py)
                    # '"We have destroyed the caliphate," said X': a material act in a fronted direct
                    # quote is X's words (a stance in it -- "We stand with ..." -- stays an event)
                    quoted_tokens = {t.i for t in c.subtree}
                    fronted_quote.update(g.token.i for g in found if g.token.i in quoted_tokens and g.kind != "speech"
                                         and g.trigger is not None
                                         and lex.quads.get(g.trigger.type, "").startswith("material"))
    suppressed |= fronted_quote
        # "X reopened the border, officials said": a fronted report states the fact
    # "the spokesman said the coalition conducted five airstrikes": a material act
    # already done is reported through the speaker, it is not the speaker's words
    for f in found:
        if f.token.i in suppressed and f.kind != "speech" and f.trigger is not None \
                and lex.quads.get(f.trigger.type, "").startswith("material") and done(f.token) \
                and f.token.i not in fronted_quote:
            suppressed.discard(f.token.i)
        elif f.token.i in reported and f.kind in ("verb", "light") and (f.token.tag_ == "VBD" or (
                f.token.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in f.token.children))):
            suppressed.discard(f.token.i)   # "the governor said that shelling killed three people"
        elif f.token.i in said_type and f.kind == "verb" and f.trigger is not None \
                and lex.quads.get(f.trigger.type, "").startswith("verbal") \
                and f.trigger.type != said_type[f.token.i] and any(
                    c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in f.token.children):
            suppressed.discard(f.token.i)   # 'was disappointed: "we strongly urge Iraqi leaders ..."': its own act
        elif f.token.i in suppressed and f.kind == "verb" and speakers_next_act(f.token):
            suppressed.discard(f.token.i)   # "X said that A, and he urged B": the narrator tells X's next act
    return suppressed


def content_tokens(lex, found: list[Found], index: DocIndex, suppressed: set[int]) -> None:
    """Adds the tokens of what is requested, refused, threatened or denied, and of participles describing an
    event noun: contents and descriptions, not happenings."""
    # "protesters demanded the ambassador be expelled", "urged Iraq to release": what is
    # requested is the request's content, not a happening (PLOVER REQUEST)
    for f in found:
        if f.kind == "verb" and f.trigger is not None and f.trigger.type in ("REJECT", "THREATEN") \
                and f.token.lemma_.lower() != "deny":
            # "refused to recognize the results", "threatened to launch an operation": what is
            # refused or threatened is the act's content, not a happening
            for c in f.token.children:
                if c.dep_ == "xcomp" and c.i > f.token.i:
                    suppressed.update(t.i for t in c.subtree)
        if f.kind == "verb" and f.trigger is not None and f.token.lemma_.lower() == "deny":
            # "Israel denied carrying out the strike": the denier denies being the doer, so the
            # act is not told as its own ("denied that X attacked" still tells X's act)
            for c in f.token.children:
                if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > f.token.i \
                        or c.dep_ == "ccomp" and c.i > f.token.i and (own_side_subject(lex, c, f.token, index)
                                                                     or monitor.doerless_passive(c)
                                                                     or unnamed_doer(c, index)):
                    suppressed.update(t.i for t in c.subtree)   # "denied that its troops had looted X"
        suppressed.update(invited_content(f))     # "invited X to visit Y": the visit is asked for, not made
        if f.kind == "verb" and f.trigger is not None and f.trigger.type == "REQUEST":
            for c in f.token.children:
                if c.dep_ in ("xcomp", "ccomp") and c.i > f.token.i:
                    suppressed.update(t.i for t in c.subtree)
            if f.token.dep_ == "xcomp":
                # "tried to persuade X to restore order, release Y": a bare verb listed after
                # the request (parsed as a conjunct of its governor) is still its content
                for c in f.token.head.children:
                    if c.dep_ == "conj" and c.tag_ == "VB" and c.i > f.token.i:
                        suppressed.update(t.i for t in c.subtree)
    if found:      # "rejects the claims that aid was handed to X" (denied_contents.py)
        suppressed.update(rejected_claim_tokens(found[0].token.sent))
    # "a ceremony commemorating X", "an attack carried out by Y": a participle
    # modifying an event noun describes that event, it is not another one
    trigger_tokens = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
    for f in found:
        t = f.token
        # ("the journalist, arrested on Friday by police, was released": a dated participle on a
        # person is its own happening)
        if t.dep_ == "acl" and (noun_trigger(t.head, lex) or t.head.head.i in trigger_tokens and not dated(t)) \
                and relayed_statement(t, index) is None \
                and not mediated_accord(lex, t, index):      # "the appeal by X urging ...", "a truce brokered by X"
            suppressed.add(t.i)

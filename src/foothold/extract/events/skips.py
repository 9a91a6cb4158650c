"""Why a trigger candidate tells no event: asked for, a topic or anchor, a question, a standing effect."""

from __future__ import annotations

from .paid_prices import paid_price
from . import statements
from .arguments import Arguments, phrase_actors, subject_of
from .index import DocIndex
from .characterized_as import characterization_noun
from .attended import attended_ceremony
from .held_to import held_to_word
from .schedules import scheduled_meeting
from .chronology_entries import dated_entry
from .modality import PERFORMATIVE, generic_present, why_not_factual
from .mediation import mediated_accord
from .agent_measures import agent_named_measure
from .decided_acts import decided_doer
from .decree_acts import decree_doer
from .targeted_subjects import targeted_subject
from .partitive import counted_part_of_attack
from .relayed import relayed_statement
from .triggers import Found, QUANTIFIERS, noun_trigger
from ..thanking import THANKING as _THANKING
from ..doc_tokens import span_tokens

TOPIC_PREPS = {"to", "about", "of", "over", "regarding", "on", "against", "concerning"}
# verbs whose object event is talked or thought about, not reported as happening
TOPIC_VERBS = {"discuss", "investigate", "address", "review", "describe", "mention", "consider", "plan",
               "prepare", "fear", "expect", "prevent", "avoid", "call", "cover", "analyse", "analyze", "examine",
               "study", "predict", "anticipate", "postpone", "cancel", "delay", "propose", "suggest", "justify",
               "explain", "regret", "celebrate", "mark", "commemorate", "remember", "recall", "claim", "see",
               "view", "consider", "characterize", "characterise", "call", "label", "deplore", "mourn", "protest",
               "follow", "precede", "investigate", "probe", "ignore", "organize", "organise", "facilitate"}
# "The appointment of X poses a challenge", "ISIS' takeover impinged on ...": an event noun as the subject
# of a judgement is what the sentence is about, not a report that it happened
EVALUATIVE_VERBS = {"pose", "represent", "constitute", "signal", "reflect", "show", "demonstrate", "illustrate",
                    "underscore", "underline", "highlight", "impinge", "complicate", "undermine", "jeopardize",
                    "jeopardise", "arouse", "remain", "become", "symbolize", "symbolise", "exemplify", "embody",
                    "indicate", "suggest", "mean", "reveal", "raise"}
# "resigned, citing the attack on the station": what is cited is the reason given, a happening told before, and
# the citing itself is no act of that happening's type (CAMEO's patterns type it from its object) (spurious12)
CITING = frozenset({"cite"})
TOPIC_VERBS |= CITING
REQUESTING = {"appeal", "ask", "call", "press", "push", "lobby", "plead", "beg", "petition", "clamor", "clamour"}
# "thanked X for their swift condemnation of the attack", "commended Y for its restraint": what a thanks or praise is
# for is its reason, told as its topic (no tuning or news-dev gold codes it apart from the thanks; spurious3); the
# verb list lives in the leaf module `extract.thanking`, which the relations package loads too
THANKING = _THANKING
DEMANDING = {"demand", "seek", "request"}       # "demanded the minister's resignation": the object is asked for


def requested(noun) -> bool:
    """ "appealed for NATO air strikes", "called for talks with X": what is asked for (PLOVER
    REQUEST's content) has not happened."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in DEMANDING:
        return True         # "(blocked roads) to demand new elections and X's resignation" (precision2)
    return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ in ("VERB", "AUX") \
        and t.head.head.lemma_.lower() in REQUESTING


def open_question(sent) -> bool:
    """A direct question: it ends in "?" and opens with an auxiliary or a wh-word."""
    words = [t for t in span_tokens(sent) if not t.is_space and not t.is_punct]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return bool(words) and last is not None and last.text.endswith("?") and (
        words[0].pos_ == "AUX" or words[0].tag_ in ("WDT", "WP", "WRB", "WP$"))


def measure_effect(lex, verb) -> bool:
    """ "The designation blocks all of his property", "the embargo bars arms sales": a simple present whose
    subject is an act's own noun tells that act's standing effect, not another act (a date makes it news)."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and noun_trigger(subj, lex) is not None \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)


# "received consular visits throughout his detention", "was shelled throughout the war": the event noun of a
# "throughout" phrase is the span other acts fill, a time frame (spurious12; the verb's own "throughout" is
# `modality.repeated`)
FRAME_PREPS = frozenset({"throughout"})


def is_anchor(lex, noun) -> bool:
    """ "following the assassination of X (and the appointment of Y)": a time anchor."""
    anchors = lex.anchors
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in FRAME_PREPS:
        return True
    return t.dep_ in ("pobj", "dobj") and (t.head.lower_ in anchors or t.head.lemma_ in anchors)


def is_topic(lex, noun) -> bool:
    """ "censured the raid", "opposition to al-Zurfi's nomination": the event noun is
    what another act is about, not a report that it happened."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.lemma_.lower() in QUANTIFIERS or t.head.head.lower_ in QUANTIFIERS):
        t = t.head.head                      # "a series of attacks": judge the series
    if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS and targeted_subject(t) is None:
        return True               # not "X was the target of attacks by Y": it happened (targeted_subjects.py)
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in THANKING:
        return True
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in EVALUATIVE_VERBS:
        return True
    if t.dep_ != "dobj" or t.head.lemma_ in lex.light_verbs:
        return False
    # "condemned the attack", "discussed the visit": an act about it; "faced airstrikes": it happened
    gov = t.head.lemma_.lower()
    return gov in lex.verbs or gov in lex.speech_verbs or gov in TOPIC_VERBS


def current_background(lex, noun, why: str, index: DocIndex) -> bool:
    """An act named with its own agent ("Ansarallah's attack on Marib", "the Taliban takeover of
    Kabul") under a current anchor ("following", "after", "amid") or as what a statement condemns
    or a verb leads to -- not a past background ("since the American invasion") or a topic of
    tallies and plans ("reduced the number of air raids", "information leading to the arrest")."""
    if noun.tag_ == "NNS" or not any(c.dep_ in ("poss", "compound", "amod") and index.actor_at(c.i) is not None
                                     for c in noun.children):
        return False              # (a plural is a class of acts, not one happening)
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    gov = t.head
    if why == "anchor":
        return gov.lower_ in ("following", "after", "amid") or gov.lower_ == "of" and gov.head.lower_ == "wake"
    if t.dep_ == "dobj":
        trig = lex.verbs.get(gov.lemma_.lower())
        return trig is not None and lex.quads.get(trig.type) == "verbal_conflict"
    return t.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_.lower() in ("lead", "contribute") \
        and gov.head.dep_ != "acl"


def intention_holder(lex, verb, index: DocIndex) -> bool:
    """Whose intention a future is: a named actor or a speaking "we"/"I" as subject (not
    "the talks will be held")."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj":
        return False
    if subj.lower_ in ("we", "i"):
        return True
    own = {h.actor for h, _ in phrase_actors(subj, index)}
    if not own:
        return False
    # "X assessed that American troops will pull out": a prediction about others, not an intention
    t = verb
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("ccomp", "relcl", "advcl", "acl") and t.head.i != t.i:
        gov = t.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
        outer, _ = subject_of(gov)
        speakers = {h.actor for h, _ in phrase_actors(outer, index)} if outer is not None else set()
        # "Turkey will consult Iraq, the minister said": an unnamed spokesman voices its own side's intention
        unnamed_voice = gov.lemma_ in lex.speech_verbs and outer is not None and not speakers \
            and outer.pos_ == "NOUN"
        if not unnamed_voice and (outer is None or not own & speakers):
            return False
    return True


def candidate_skip(lex, f: Found, suppressed: set[int], index: DocIndex) -> tuple[str | None, str | None]:
    """Why a candidate is no event before its facts are read (inside a statement or a name, asked for, a topic or
    anchor, a copular repeat, an idiom), else None; and whether it is a background act ("anchor", "topic")."""
    tok = f.token
    if tok.i in suppressed and f.kind != "speech":
        return "inside_statement", None
    if f.kind == "verb" and counted_part_of_attack(lex, tok):
        return "part_of_told_attack", None     # "two drones targeted X; one was shot down": the same attack
    hit = index.actor_at(tok.i) if f.kind == "noun" else None
    if hit is not None and (tok.pos_ == "PROPN" or hit.end - hit.start > index.tok_end[tok.i] - index.tok_start[tok.i]):
        return "inside_name", None      # "Rewards for Justice", "Operation Desert Storm"
    if f.kind == "verb" and tok.lemma_.lower() in CITING:
        return "topic", None        # "citing the Novi Sad attack": a reason given, not an attack
    if f.kind == "noun" and requested(tok):
        return "requested", None    # "appealed for NATO air strikes": asked for, not done
    if f.kind == "noun" and characterization_noun(tok):
        return "characterization", None    # "condemned the strikes as an attack on X" (characterized_as.py)
    if f.kind == "noun" and attended_ceremony(tok):
        return "attended", None     # "X attended the ceremony": the host's act, no guest's (attended.py)
    background = None
    if f.kind == "noun" and is_anchor(lex, tok):
        background = "anchor"
    elif f.kind == "noun" and is_topic(lex, tok):
        background = "topic"
    if background is not None and not (f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material")
                                       and current_background(lex, tok, background, index)):
        return background, None
    if f.kind == "noun" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.i > tok.i and noun_trigger(c, lex) is not None for c in tok.head.children):
        # "The X deal was a peace agreement signed by ...", "The Axum massacre was a massacre of
        # civilians": the subject and its predicate name one happening, told by the predicate
        return "copular_duplicate", None
    if f.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in ("exchange", "return") \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return "idiom", None      # "in exchange for services": a condition, no exchange of views
    if f.kind == "verb" and held_to_word(tok):
        return "idiom", None      # "we will hold them to it": insisting on a promise, no promise
    if f.kind == "verb" and paid_price(tok):
        return "idiom", None      # "will pay the price of that restraint": a loss, no payment (paid_prices.py)
    return None, background


def unfactual_reason(lex, f: Found, sent, index: DocIndex) -> str | None:
    """Why the trigger tells no happening (modality.why_not_factual and the shapes read here), or None;
    "intention" and "future" still make events (typed AGREE or THREATEN)."""
    tok = f.token
    reason = why_not_factual(tok)
    if reason == "description" and (relayed_statement(tok, index) is not None or mediated_accord(lex, tok, index)
                                    or agent_named_measure(f, index)):
        reason = None             # "the statement by X calling for ...", "a truce brokered by X", "a lockdown declared by X"
    if reason in ("description", "purpose") and f.kind == "verb" and decided_doer(tok, index):
        reason = None             # "the decision of X to recall its ambassador": X's act, taken (decided_acts.py)
    if reason == "description" and f.kind == "verb" and decree_doer(tok, index):
        reason = None             # "signed a decree suspending flights": the act ordered, done (decree_acts.py)
    if not reason and f.kind != "speech" and open_question(sent):
        reason = "question"       # "Will Iran retaliate?", "Why would Hezbollah attack now?": asked, not reported
    if not reason and f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass"):
        reason = why_not_factual(f.noun)      # "a postponed visit was announced"
    if not reason and f.kind == "light" and why_not_factual(f.noun) in ("aggregate", "habitual", "generic"):
        reason = why_not_factual(f.noun)      # "launched scores of attacks", "carried out numerous raids"
    if not reason and f.kind == "light" and f.trigger is not None and f.trigger.type in ("ASSAULT", "COERCE") \
            and f.noun.tag_ == "NNS" and f.noun.dep_ == "dobj" and not any(
            c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in f.noun.children) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in span_tokens(sent)):
        reason = "aggregate"      # "militias engaged in provocations, launching attacks on bases": undated bare plurals, a series
    if not reason and f.kind == "verb" and tok.tag_ in ("VBZ", "VBP") and tok.lemma_ not in PERFORMATIVE \
            and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material") \
            and f.trigger.type != "MOBILIZE" and not any(t.ent_type_ == "DATE" for t in span_tokens(sent)) \
            and not dated_entry(tok):      # "12 May: Militia fires rockets at the base" (evrecall3)
        # "Ansarallah uses Iranian weapons", "the group operates": a standing practice (a dated
        # present -- a photo caption, a dateline story -- tells the act; "troops surround X" is a posture)
        reason = "habitual"
    formula = " " in f.text and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("verbal")
    if not reason and f.kind == "verb" and f.trigger is not None and f.trigger.type != "MOBILIZE" and generic_present(tok) \
            and not formula:      # "Japan stands with Ukraine": a stated stance formula is the statement
        reason = "generic"        # "Iran supports militias", "Serbia refuses to recognise X": a standing stance
    if not reason and f.kind == "verb" and measure_effect(lex, tok):
        reason = "effect"         # "the designation freezes any assets he holds": what the measure does
    if reason == "hypothetical" and f.kind == "verb" and f.trigger is not None and f.trigger.type == "REQUEST" \
            and tok.dep_ == "xcomp" and tok.head.lemma_ in ("try", "attempt") and why_not_factual(tok.head) is None:
        reason = None             # "has tried to persuade X": the attempt is a request made
    if reason == "intention" and f.kind == "verb" and statements.decided_here(tok, index):
        reason = None             # "3. Decides to suspend X": the communique's decision does it
    if reason == "future" and scheduled_meeting(f):
        reason = "schedule"       # "X will meet Y in Warsaw next week": a calendar, no promise (schedules.py)
    if reason == "future" and not intention_holder(lex, tok, index):
        reason = "hypothetical"
    return reason


def partyless_skip(f: Found, args: Arguments, index: DocIndex, etype: str | None = None,
                   mode: str | None = None) -> str | None:
    """A statement with no speaker, or a happening told before placed only ("the meeting was held at the crossing")."""
    if f.kind == "speech" and not args.source and not (etype == "SUPPORT" and mode == "appointment" and any(
            index.actor_type.get(a) == "person" for a in args.target)):
        # evskip5: "the electoral body declared X the winner": a person put in office by no one named keeps an empty
        # source (seed notes 23-24: appointments have the appointee as target, the source only when named)
        return "statement_without_speaker"
    if f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass") and not args.source and all(
            index.actor_type.get(a) == "place" for a in args.target):
        # "the meeting was held at the crossing": a place says where a happening told before was
        return "place_only"
    return None

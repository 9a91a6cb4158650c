"""What a statement says: its PLOVER type from cues, pledges, futures, announced or alleged acts."""

from __future__ import annotations

import re
from functools import lru_cache

from .assurances import disclaims_hostility
from . import analysis, futures, monitor
from .arguments import phrase_actors, subject_of
from .future_acts import act_kinds, requested
from .futures import carried_act
from .judged_words import judgement_start
from .scorned_demands import scorned_demand
from .reproaches import reproaches
from .directives import directive
from .index import DocIndex
from .announced_objects import sense_by_object
from .pledges import pledge_type
from .own_acts import own_act_clause
from .refusals import idle_course, refusal_words, stated_refusal
from .intentions import helping_intention
from .commitments import kept_accord
from .affirmed_accords import affirmed_accord
from .stated_intents import engaging_intention
from .called_names import called_name_type
from .forced_futures import by_force
from .conditional_threats import conditional_threat
from .quoted_acts import quoted_act_type
from .declarations import declared_type
from .hostile_aims import hostile_aim
from .attributed_acts import arms_delivered, attacker_named
from .retribution import kept_pledge, retribution
from .foretold_punishments import foretold_punishment
from .future_retreats import future_retreat
from .future_requests import future_request
from .own_bodies import unnamed_own_body, with_leaders
from .denied_conduct import denied_conduct
from .halted_hostilities import declared_halt, halted_hostilities
from .ordered_acts import ordered_act_type
from .stated_stances import upholds_allegation, wants_act
from .judged_stances import alarmed_noting
from .anchor_cues import text_without_anchors
from .targeted_subjects import alleged_targeting
from .speakers import ANNOUNCING, own_side_subject, speaker_is_reporter, speaker_sides, speech_arguments
from .triggers import CHARACTERIZING, Found, characterizes, light_verb_noun, listed_sense, noun_trigger

# "rejects (all reckless) actions / attacks / interference": disapproval of conduct (PLOVER ACCUSE)
CONDUCT_REJECTED = re.compile(r" (?:reject|rejects|rejected|rejecting|denounce|denounces|denounced)\s+(?:\S+\s+){0,3}?"
                              r"(?:actions|acts|practices|attacks|aggression|interference|violence|violations|provocations)\b")
# evstmt2: verbs of trying, whose negated future refuses the act tried ("would not seek to open talks")
ATTEMPTING = frozenset({"seek", "try", "attempt"})
# verbs whose negation states the act: "will not hesitate to respond"
NOT_HOLDING_BACK = frozenset({"hesitate", "shrink", "flinch"})
# closing words that make a cue a phrase, not a word prefix ("had to" must not find "had tortured")
CLOSED_WORDS = {"to", "in", "on", "for", "of", "with", "by", "that", "at", "as", "into", "from", "about", "over",
                "upon", "against", "behind", "out", "back", "down", "up"}
JOINT_WORDS = {"both", "two", "we", "us", "our", "together", "sides", "neighbours", "neighbors"}
COOPERATIVE = {"SUPPORT", "COOPERATE", "AID", "CONSULT"}
# "it was Turkey that attacked", "it was the militia who fired": a cleft naming the doer blames it
CLEFT_BLAME = re.compile(r"\bit was (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (?:that|who|which) "
                         r"(?:attack|strik|struck|shell|bomb|kill|fir|launch|carri|conduct)")


def cue_at(low: str, cue: str, exclusions: frozenset[str] = frozenset()) -> int:
    """Where a statement cue starts in the padded lower-case text, or -1: cues match as word prefixes
    ("condemn" finds "condemned") but not inside an excluded word ("crime" in "Crimea"); a phrase closing on
    a closed-class word must end there."""
    phrase = " " in cue and cue.rsplit(" ", 1)[1] in CLOSED_WORDS
    at = low.find(f" {cue}")
    while at >= 0:
        end = at + 1 + len(cue)
        word_end = end
        while word_end < len(low) and low[word_end].isalpha():
            word_end += 1
        if not (phrase and word_end > end) and low[at + 1 + cue.rfind(" ") + 1:word_end] not in exclusions:
            return at
        at = low.find(f" {cue}", at + 1)
    return at


CUE_HEAD = 4      # letters of a cue's first word that a word of the text must open with


@lru_cache(maxsize=4096)
def cue_head(cue: str) -> str | None:
    """The first CUE_HEAD letters of the cue's first word, or None when that word is shorter."""
    first = cue.split(" ", 1)[0]
    return first[:CUE_HEAD] if len(first) >= CUE_HEAD else None


def may_occur(cue: str, heads: set[str]) -> bool:
    """A cue starts a word of the text only if that word opens with the cue's head: hundreds of cues are
    tried on every statement, and a set lookup spares most of them a search of the text."""
    head = cue_head(cue)
    return head is None or head in heads


def statement_type(lex, content_text: str) -> str | None:
    """The type of what was said: its earliest cue (ties go to the cue order)."""
    # '“disappointment”'; 'called X "the main threat" to Y': a quote mark is no word, nor the spaces around it
    low = " " + " ".join(re.sub(r"[\"\u201c\u201d\u2018\u2019(\[]", " ", content_text.lower()).split()) + " "
    heads = {w[:CUE_HEAD] for w in low.split()}
    for etype in lex.dominant_cues:
        if any(cue_at(low, cue, lex.cue_exclusions) >= 0 for cue in lex.cues.get(etype, ()) if may_occur(cue, heads)):
            return etype
    best = None
    for rank, etype in enumerate(lex.cue_order):
        for cue in lex.cues.get(etype, ()):
            if not may_occur(cue, heads):
                continue
            at = cue_at(low, cue, lex.cue_exclusions)
            if at >= 0 and (best is None or (at, rank) < best[:2]):
                best = (at, rank, etype)
    if best and best[2] == "REJECT" and CONDUCT_REJECTED.search(low):
        return "ACCUSE"       # "rejects all reckless actions targeting X": condemning conduct, not refusing a proposal
    return best[2] if best else None


def typed_statement(lex, verb, sent, index: DocIndex | None = None) -> str | None:
    """The speech verb makes a statement event (a cue, or an announced act); an uncued one
    ("the governor said that shelling killed three people") only sources the facts it tells."""
    content = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None) \
        or next((c for c in verb.children if c.dep_ == "dobj"), None)
    # an "after ..." clause inside the content tells background: its words do not type the statement
    text = text_without_anchors(content) if content is not None else sent.doc[verb.i + 1:sent.end].text
    if own_act_clause(lex, verb, index) is not None:
        return None           # evtypes2: "said its troops had struck 'terrorist cells'": the strike is the news
    pledged = pledge_type(content, lex)
    if pledged is not None:
        return pledged
    cued = statement_type(lex, text)
    if cued is not None:
        return cued
    future = future_type(lex, content, verb, index) if content is not None else None
    if future in ("AGREE", "THREATEN"):
        return future
    if index is not None and (alleged_conduct(lex, content, verb, index) or alleged_targeting(lex, content, index)):
        return "ACCUSE"       # alleged_targeting: "said it had been the target of attacks by X" (targeted_subjects.py)
    announced = None if content is None else announced_act(lex, content) if verb.lemma_ in ANNOUNCING \
        else own_verbal_act(lex, content)
    return announced.type if announced is not None else None


def joint_subject(verb) -> bool:
    """ "Egypt and Sudan would ...", "both sides will ...": the clause's subject is two parties."""
    subj, _ = subject_of(verb)
    return subj is not None and (any(c.dep_ == "conj" for c in subj.children)
                                 or any(w.lower_ in JOINT_WORDS - {"we", "us", "our"} for w in subj.subtree))


def past_report(speech) -> bool:
    """A saying verb in the past: "said", or a participle adjunct of a past verb ("broke ground, saying ...")."""
    # statements3: a perfect "had said", "has said" reports as "said" does ("had said the party would ignore X")
    perfect = speech.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in speech.children)
    return speech.tag_ == "VBD" or perfect or speech.tag_ == "VBG" and speech.dep_ == "advcl" and speech.head.tag_ == "VBD"


def future_type(lex, content, speech=None, index: DocIndex | None = None) -> str | None:
    """ "they will continue attacks against Israel" (THREATEN), "we will maintain our assistance"
    (AGREE): what a statement says its speaker's side will do, typed by the act it names."""
    verb = content
    # "Syria said it would withdraw": reported speech moves "will" back to "would" after a past speech verb
    # (elsewhere "would" is a condition: "would be a disaster")
    backshift = speech is not None and past_report(speech) and verb.head.i == speech.i and verb.dep_ == "ccomp"
    futures = ("will", "'ll", "shall", "would", "'d") if backshift else ("will", "'ll", "shall")
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ in futures for c in verb.children):
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and verb.lemma_.lower() in NOT_HOLDING_BACK and any(c.dep_ == "xcomp" for c in verb.children):
        negated = False         # "would not hesitate to use force": the act is meant
    subj, _ = subject_of(verb)
    if subj is None:
        return None
    if subj.lower_ not in ("we", "i", "they", "it"):
        # a named subject must be the speaker's own side ("Miller underscored that the United States
        # will ..."); "X assessed that Turkish troops will withdraw" predicts what others will do
        if index is None or speech is None:
            return None
        own = {h.actor for h, _ in phrase_actors(subj, index)}
        own |= {index.capital_state[a] for a in own if a in getattr(index, "capital_state", {})}   # "Washington would"
        sides = speaker_sides(lex, speech, index)
        # statements3: "the army would not pay", "the LNA's spokesman said Haftar's forces would respect it"
        if not own & with_leaders(sides, index) and not unnamed_own_body(subj, sides, index):
            # evstmt2: "said the factions would resume their attacks if the troops had not left": an ultimatum
            return "THREATEN" if conditional_threat(lex, verb, subj, bool(own)) else None
    kinds = act_kinds(lex, verb)
    if not negated and requested(lex, carried_act(verb)):
        return "REQUEST"        # evtype3: "would continue to press X to restore rights" says a demand will be made
    if negated and subj.lower_ == "it" and verb.lemma_.lower() in refusal_words().yielding_verbs \
            and idle_course(verb):
        return None             # "said it would not help to raise tariffs": an idle "it" judging a course
    if negated:
        # "said it would not allow the inspectors to return": refusing a cooperative act (PLOVER REJECT);
        # "will not attack" promises nothing this reads
        tried = next((c for c in verb.children if c.dep_ == "xcomp"), None) if verb.lemma_.lower() in ATTEMPTING \
            else None
        if tried is not None:
            kinds = act_kinds(lex, tried)   # evstmt2: "would not seek to open accession talks": the talks refused
        return "REJECT" if kinds and all(k.endswith("cooperation") for k in kinds) else None
    if by_force(verb):
        return "THREATEN"       # evtypes4: "said it would recover its lands by force" (forced_futures.py)
    refusal = lex.verbs.get(verb.lemma_.lower())
    if refusal is not None and refusal.type == "REJECT" and listed_sense(verb, verb.lemma_.lower(), lex):
        return "REJECT"         # statements3: "said the party would ignore the ruling" refuses, threatens no one
    if any(k.endswith("conflict") for k in kinds):
        return "THREATEN"
    return "AGREE" if kinds else "intent"


def alleged_conduct(lex, content, speech, index: DocIndex) -> bool:
    """ "Seoul said North Korean soldiers had crossed the line", "X said Hezbollah was hiding weapons": a
    speaker telling, as done, another named party's hostile act (a conflict trigger or a `alleged_conduct`
    verb of plover.yaml) accuses that party (PLOVER ACCUSE); the speaker's own side telling its acts,
    an unnamed doer ("shelling killed three") or a future or hedged act accuse no one."""
    if content is None or content.dep_ != "ccomp" or content.pos_ not in ("VERB", "AUX"):
        return False
    # "said that the talks had stalled and that Azerbaijani troops had crossed ...": each that-clause said
    return any(_alleged_clause(lex, clause, speech, index) for clause in (content, *content.conjuncts)
               if clause.pos_ in ("VERB", "AUX"))


def _alleged_clause(lex, content, speech, index: DocIndex) -> bool:
    aux = {c.lower_ for c in content.children if c.dep_ in ("aux", "auxpass")}
    told_done = content.tag_ == "VBN" and aux & {"had", "has", "have"} \
        or content.tag_ == "VBG" and aux & {"was", "were", "had", "has", "have", "been"} \
        or content.tag_ == "VBD" and content.lemma_.lower() in lex.alleged_conduct   # evcand13: reported speech
    #     need not shift back: "Ankara said the camp sheltered PKK fighters" tells it as "had sheltered" does (a listed
    #     conduct verb only: a conflict trigger in the simple past is the act told, its own event)
    if not told_done or any(c.dep_ == "neg" for c in content.children):
        return False
    subj = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or noun_trigger(subj, lex) is not None:
        return False          # "a Ukrainian drone attack killed two": a report
    if not any(h.type != "media" for h, _ in phrase_actors(subj, index)) or own_side_subject(lex, content, speech, index):
        return False          # "its artillery had shelled X": the speaker's own act
    lemma = content.lemma_.lower()
    trig = lex.verbs.get(lemma)
    if trig is None and lemma in lex.light_verbs:
        carried = light_verb_noun(content, lex)
        trig = carried[1] if carried is not None else None
    return lemma in lex.alleged_conduct or trig is not None and lex.quads.get(trig.type, "").endswith("conflict") \
        or arms_delivered(content)      # statements2: "said that the UAE was sending weapons to the RSF"


def channel(lex, sent_text: str) -> str | None:
    low = sent_text.lower()
    for word, mode in lex.speech_modes.items():
        if word in low:
            return mode
    return None


def announced_act(lex, content):
    """ "announced that it would deploy troops", "announced plans to reduce the number of
    troops": an announcement with no speech cue is typed by the act it announces."""
    for t in content.subtree:
        subj, _ = subject_of(t)
        if subj is not None and subj.lower_ not in ("it", "we", "they", "i") \
                and not (t.dep_ == "acl" and subj.i == t.head.i):    # "plans to reduce": the plan's act
            continue                      # "announced that rebels attacked": a report, not its own act
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.verbs:
            trig = lex.verbs[t.lemma_.lower()]
            if not trig.only_objects or any(c.dep_ == "dobj" and c.lemma_.lower() in trig.only_objects for c in t.children):
                return sense_by_object(trig, t)     # "announced it had sent a battalion": forces sent deploy
    return None


def own_verbal_act(lex, content):
    """ "said it recognizes Palestine", "said they rejected the offer": a statement whose main verb is
    the speaker's own verbal act (a pronoun or no subject) is typed by that act."""
    t = content
    if t.pos_ not in ("VERB", "AUX"):
        return None
    subj, _ = subject_of(t)
    if subj is not None and subj.lower_ not in ("it", "we", "they", "i"):
        return None
    trig = lex.verbs.get(t.lemma_.lower())
    if trig is None or not lex.quads.get(trig.type, "").startswith("verbal") or trig.only_objects and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in trig.only_objects for c in t.children):
        return None
    return trig


def joint_obligation(content) -> bool:
    """ "both sides must", "the two countries should", "we should": an obligation the
    speaker shares is a proposal to cooperate (PLOVER AGREE), not a demand on another."""
    for t in content.subtree:
        if t.lower_ in ("should", "must") and t.dep_ == "aux":
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and {w.lower_ for w in subj.subtree} & JOINT_WORDS:
                return True
    return False


def statement_reading(lex, f: Found, sent, index: DocIndex, media: set[str]):
    """A speech trigger's type, mode, sphere and arguments, or why it is no event (a report, no cue)."""
    tok = f.token
    if speaker_is_reporter(tok, index, media):
        return "report"
    args, content = speech_arguments(lex, tok, index)
    # what was said: the complement clause, else (a misparse) the rest of the sentence
    content_text = text_without_anchors(content) if content is not None else sent.doc[tok.i + 1:sent.end].text
    if own_act_clause(lex, tok, index) is not None:
        return "statement_without_cue"     # evtypes2: the own side's act it tells is the event (own_acts.py)
    if disclaims_hostility(content):
        return "statement_without_cue"     # "stressed that the pact is directed against no one" (assurances.py)
    if tok.lemma_ in CHARACTERIZING and characterizes(tok):
        # "called the action 'excessive' and urged China to stop": the judgement is what it was called,
        # not the conjoined request
        end = max(c.right_edge.i for c in tok.children if c.i > tok.i and c.dep_ not in ("cc", "conj", "punct"))
        start = judgement_start(tok)        # evtype3: "called the agreement a violation": the violation types it
        content_text = sent.doc[(tok.i + 1 if start is None else start):end + 1].text
    # "reaffirmed its commitment to X": the pledge's complement types it before any cue in X
    etype = pledge_type(content, lex) or ("THREATEN" if analysis.payback(content, lex) else None) \
        or statement_type(lex, content_text)
    if etype != "THREATEN" and foretold_punishment(tok, content):
        etype = "THREATEN"    # evtypes6: "said the leaders would be prosecuted for conspiracy": a warning, no charge
    if alarmed_noting(tok):
        etype = "ACCUSE"      # evstate2: "notes with concern the reports that X suspended ...": disapproval
    if etype in ("REJECT", None) and CLEFT_BLAME.search(content_text):
        etype = "ACCUSE"      # "claimed that X was not there and that it was Turkey that attacked": blame
    if etype == "REQUEST" and content is not None and joint_obligation(content):
        etype = "AGREE"       # "the two neighbours should raise trade": proposing, not demanding
    if etype == "REQUEST" and reproaches(content):
        etype = "ACCUSE"      # evtype3: "said the government should have consulted X": blame for a past act
    if etype != "THREATEN" and directive(tok):
        etype = "REQUEST"     # evtype3: "told both sides to agree on steps": asking it, whatever the act asked
    announced = None
    if etype is None and tok.lemma_ in CHARACTERIZING:
        # evstate3: "called the recount a sham", "called the accord a historic step"; read before the rest of the
        # sentence (evtypes4): "called the agreement 'a major milestone'" is praise, not the object's AGREE cue
        etype = called_name_type(tok)
    if etype is None and tok.lemma_ in CHARACTERIZING and content is not None:
        etype = statement_type(lex, sent.doc[tok.i + 1:sent.end].text)   # "called the allegations baseless"
    if etype == "ACCUSE" and tok.lemma_ in CHARACTERIZING and scorned_demand(tok):
        etype = "REJECT"          # "called the demands unacceptable": refusing them (scorned_demands.py)
    if etype is None and tok.lemma_ in CHARACTERIZING and monitor.harm_judgement(tok, lex):
        etype = "ACCUSE"          # "called the killing an attack on free expression"
    if etype is None and tok.lemma_ in ANNOUNCING and content is not None \
            and declared_halt(lex, tok, content, index):
        etype = "CONCEDE"     # evtypes2: "announced that it would suspend its operations against X": a declared halt,
        #                       not the SANCTION `suspend` reads in "suspended its operations" (cooperation halted)
    if etype is None and tok.lemma_ in ANNOUNCING and content is not None:
        announced = announced_act(lex, content)
        etype = announced.type if announced is not None else None
    elif etype is None and content is not None:
        own = own_verbal_act(lex, content)        # "said it recognizes Palestine as a state"
        etype = own.type if own is not None else None
    if etype is None and content is not None:
        etype = stated_refusal(lex, content, tok, index)     # evrecall2: "said it would not abandon the shoal"
    if etype is None and denied_conduct(lex, content, tok, index):
        etype = "REJECT"     # statements3: "said it does not target journalists": conduct denied
    if etype is None and halted_hostilities(lex, tok, content, index):
        etype = "CONCEDE"    # statements3: "said it was suspending its military operations": a ceasefire declared
    if etype is None:
        etype = ordered_act_type(lex, content, tok, index)   # statements3: "said he had ordered his columns to return"
    future = future_type(lex, content, tok, index) if content is not None else None
    # evtypes8: "said it would appeal to the court": the own side's request to come is an intention (future_requests.py)
    asked_later = future not in (None, "REJECT") and future_request(content)   # a future of the own side
    if future == "intent":           # a future with no act named: only a cooperative cue makes it one
        # (or two parties stating it: "said both Egypt and Sudan would work to settle the dispute")
        future = "AGREE" if etype in COOPERATIVE or joint_subject(content) or helping_intention(content) \
            or kept_accord(content) or engaging_intention(content) else None
        # evcand7: "would respect the truce" (commitments.py); evstmt: "would join the march" (stated_intents.py)
    if etype is None or future == "AGREE" and etype in COOPERATIVE:
        etype = future or etype      # PLOVER: a stated future act is an intention (AGREE) or a threat
    if asked_later and etype in ("REQUEST", None):
        etype = "AGREE"
    if etype is None and (alleged_conduct(lex, content, tok, index) or alleged_targeting(lex, content, index)):
        etype = "ACCUSE"             # "Seoul said North Korean soldiers had crossed the line"; "said it had been
        #                              the target of attacks by X" (targeted_subjects.py)
    if etype is None and (hostile_aim(tok) or attacker_named(lex, tok, index)):
        etype = "ACCUSE"             # statements2: "called it an attempt to sow discord", "a rocket fired by X"
    if etype is None and content is not None and retribution(lex, content):
        etype = "THREATEN"           # statements2: "would not go unpunished", "will not rest until X is defeated"
    if etype is None and content is not None and kept_pledge(lex, content, tok, index):
        etype = "AGREE"              # statements2: "said the army would keep its commitments"
    if etype is None and upholds_allegation(tok):
        etype = "ACCUSE"             # statements2: "found that allegations of weapons deliveries were credible"
    if etype is None and wants_act(tok):
        etype = "REQUEST"            # statements2: "said it wanted the result of the election respected"
    told = futures.future_statement_type(lex, content, tok, index, etype)   # harm meant, aid promised
    if told != etype:
        etype, announced = told, None
    if etype is None:
        etype = quoted_act_type(lex, content, tok, index, ANNOUNCING)   # evrecall3: '"Release them," X said'; "said it had not"
    declared = declared_type(tok) if etype is None else None
    if declared is not None:
        etype = declared[0]         # evrecall3: "declared three days of national mourning" (data/declarations.yaml)
    if etype is None and affirmed_accord(tok, content):
        etype = "SUPPORT"           # evcand13: "the two ministers reaffirmed the 1994 border treaty" (affirmed_accords.py)
    if etype is None:
        return "statement_without_cue"
    if etype == "RETREAT" and future_retreat(lex, content, tok, index):
        etype, announced = "AGREE", None       # evtypes6: "announced it would withdraw its troops" (news-dev 05)
    mode, sphere = channel(lex, sent.text) or (declared[1] if declared and declared[1] else "statement"), "political"
    if announced is not None:
        mode, sphere = announced.mode, announced.sphere or sphere
    return etype, mode, sphere, args

"""The events component: triggers -> factual check -> arguments -> type/mode -> date -> evidence."""

from __future__ import annotations

import re
from collections import Counter

from ...model import Actor, DateValue, Event, Mention
from ...resolve.names import normalise_name, slug
from .anaphora import told_doer
from .arguments import DOCUMENT_NOUNS, SAY_VERBS, Arguments, fronted_location, inner_parties, led_doer, ordered_doer, is_passive, state_body_place, story_state, unnamed_state_body, noun_arguments, phrase_actors, subject_of, verb_arguments
from . import analysis
from .dating import EventDater, aspect_verb, collect_notes, day_shift, in_other_clause, names_a_thing
from . import keep, monitor, statements
from .evidence import evidence_span, make_unique
from .index import DocIndex
from .lexicon import Lexicon, Trigger, capitals_by_key, load_lexicon
from .likewise import did_likewise
from .nominal import aimed_at
from .pairs import PAIR_KINDS
from .wire_acts import own_addressees
from .wire_targets import apposed_state, counted_members, owns_a_place
from .wire import (HAPPENING_TYPES, background_by_words, names_the_thing, own_state, recent_span, spoken_for,
                   struck_in_state)
from .denials import answered_claimant, relative_denial
from .pledges import pledge_type
from .territory import court_or_task, fallen_arguments, named_ground
from .relayed import relayed_statement, statement_authors
from .releases import joint_parties, means_phrase_preps, object_deed_dates, repair_misread_verbs
from .modality import PERFORMATIVE, dated, generic_present, why_not_factual
from .index import ActorHit
from .triggers import (CHARACTERIZING, QUANTIFIERS, Found, characterizes, coordinated_modifiers, find_triggers, light_verb_noun, listed_object,
                       noun_trigger, phrase_at, through_quantifier)

TOPIC_PREPS = {"to", "about", "of", "over", "regarding", "on", "against", "concerning"}
VAGUE_TIME = {"recent", "recently", "meanwhile", "lately", "currently"}
# words that make an outlet the source of the report, before or after its name
ATTRIBUTION_BEFORE = re.compile(r"(according to|told|reported by|quoted by|cited by|cited|quoting|interview with|"
                                r"speaking to|spoke to|in an? (?:article|report|interview|op-ed) (?:in|on|for|by)|"
                                r"writing in|published (?:in|by|on)|wrote in|appeared in|carried by|aired (?:on|by)|"
                                r"broadcast (?:on|by)|said to|statement to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
ATTRIBUTION_AFTER = re.compile(r"[’']?s?\s*(?:\([^)]*\)\s*)?,?\s*(?:news agency\s+|newspaper\s+|website\s+|daily\s+)?"
                               r"(?:reported|reports|said|says|quoted|cited|wrote|writes|published|claimed|"
                               r"revealed|stated|added|noted|learned)")
# subjects that carry an attack for someone ("rockets hit the base")
WEAPONS = {"rocket", "missile", "drone", "shell", "bomb", "mortar", "projectile", "grenade", "bullet",
           "aircraft", "jet", "plane", "helicopter", "artillery", "ied", "vbied", "car bomb", "gunman", "bomber"}
VICTIMS = {"people", "person", "civilian", "resident", "soldier", "child", "woman", "man", "worker", "villager",
           "passenger", "sailor", "crew", "student", "policeman", "officer", "serviceman", "member", "pilgrim"}
COOPERATIVE = {"SUPPORT", "COOPERATE", "AID", "CONSULT"}
AID_OBJECTS = {"aid", "weapon", "arms", "ammunition", "money", "fund", "funding", "assistance", "equipment", "missile",
               "rocket", "drone", "supply", "fuel", "oil", "cash", "component"}
CONTRAST = {"while", "whereas", "although", "though"}
HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
PROMISE_TRIGGER = Trigger(type="AGREE", mode="promise", sphere="political")
ACCUSE_TRIGGER = Trigger(type="ACCUSE", mode="criticize", sphere="political")
# "rejects (all reckless) actions / attacks / interference": disapproval of conduct (PLOVER ACCUSE)
CONDUCT_REJECTED = re.compile(r" (?:reject|rejects|rejected|rejecting|denounce|denounces|denounced)\s+(?:\S+\s+){0,3}?"
                              r"(?:actions|acts|practices|attacks|aggression|interference|violence|violations|provocations)\b")
CONDUCT_NOUNS = {"actions", "acts", "practices", "attacks", "aggression", "interference", "violence", "violations",
                 "provocations"}
AGENT_NOUNS = {"people", "person", "man", "men", "woman", "women", "group", "groups", "militant", "fighter", "gunman",
               "gunmen", "official", "commander", "leader", "force", "forces", "soldier", "militia", "member",
               "operative", "agent", "perpetrator", "individual", "network", "cell", "faction"}
EARLIER = {"already", "previously", "earlier", "formerly", "long", "ever", "once", "before"}
ANNOUNCING = {"announce", "declare"}
ORDERING = {"order", "authorize", "authorise", "direct", "approve", "command"}
ROUNDS = {"burst", "round", "shot", "salvo", "volley", "barrage", "shell"}
ACCORDS = {"deal", "agreement", "accord", "treaty", "pact", "jcpoa", "convention", "framework", "arrangement"}
SURVIVING = {"survive", "escape", "withstand", "repel", "repulse", "thwart", "foil"}
CONCLUDING = {"sign", "reach", "conclude", "finalize", "finalise", "ratify"}
TROOPS = {"troop", "force", "soldier", "warship", "reinforcement", "marine", "carrier", "destroyer", "bomber", "frigate",
          "submarine", "battalion", "brigade"}
# units that deploy, beside TROOPS ("the contingent arrived", "paratroopers landed")
ARRIVING_FORCES = {"contingent", "paratrooper", "peacekeeper", "unit", "detachment", "commando", "division", "regiment"}
CROWDS = {"protester", "demonstrator", "crowd", "mob", "supporter", "rioter", "mourner", "student", "youth",
          "activist", "follower", "loyalist", "marcher", "protestor"}
# event nouns that can carry the agent of an act told by a verb ("killed in an Israeli strike")
CARRIER_TYPES = {"ASSAULT", "COERCE"}
JOINT_WORDS = {"both", "two", "we", "us", "our", "together", "sides", "neighbours", "neighbors"}
TODAY = {"today", "tonight"}
PROTEST_NOUNS = {"protest", "demonstration", "riot", "rally", "march", "sit-in", "unrest"}
MODALS_AND_FUTURE = {"will", "'ll", "would", "shall", "may", "might", "could", "can", "must", "should", "wo", "going"}
VISITORS = {"delegation", "envoy", "visitor", "counterpart", "minister", "official", "ambassador", "president",
            "leader", "team", "guest", "mission", "representative", "head", "chief", "commander", "prime",
            "secretary", "foreign", "king", "prince", "emir", "sheikh", "cleric", "group", "members", "member"}
# what a base handover hands over; transferring anything else (money, weapons, aid) gives it (PLOVER AID)
HANDED_OVER = {"base", "control", "authority", "command", "facility", "responsibility", "power", "territory", "camp",
               "airport", "area", "position", "installation", "headquarters", "airbase", "site", "garrison", "mission",
               "district", "province", "region", "city", "town", "village", "port", "crossing", "island", "zone"}
ANCHOR_MARKS = {"after", "since"}
JOINT_MILITARY = {"joint", "combined", "bilateral", "trilateral", "multinational"}   # "joint naval exercises"
HEAD_PARTS = ("compound", "amod", "nmod", "conj", "poss", "appos")   # the parts of a noun phrase that name it
# PLOVER SANCTION expel: "aside from the expulsion of ambassadors or similar diplomats, this mode excludes
# individual deportations, which are coded as a mode under COERCE"; what an expulsion of relations expels
EXPELLED_RELATIONS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "charge", "chargé", "staff",
                      "peacekeeper", "observer", "inspector", "monitor", "mission", "delegation", "representative",
                      "agency", "organization", "organisation", "ngo", "embassy", "consulate", "official", "member",
                      "troop", "force", "contingent", "personnel", "military", "company", "firm"}   # not individuals
REQUESTING = {"appeal", "ask", "call", "press", "push", "lobby", "plead", "beg", "petition", "clamor", "clamour"}
CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rupee", "riyal", "dinar", "ruble", "rouble", "franc", "mark"}
MOTION = {"fly", "travel", "go", "come", "head", "return", "leave", "depart", "journey"}   # ("arrived for a visit": a light verb)
# "it was Turkey that attacked", "it was the militia who fired": a cleft naming the doer blames it
CLEFT_BLAME = re.compile(r"\bit was (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (?:that|who|which) "
                         r"(?:attack|strik|struck|shell|bomb|kill|fir|launch|carri|conduct)")
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim"}
# what sanctions, rewards and designations list: "targeting 16 entities" is no attack
LISTED_OBJECTS = {"entity", "individual", "company", "business", "firm", "network", "account", "asset", "person",
                  "official", "bank", "financier", "facilitator", "front", "sector", "program", "programme"}
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
BACKGROUND = {"since", "until", "till", "prior", "ago"}
# "the Pakistani city of Quetta", "the Nigerian state of Kano": a place noun a state's demonym names
SCENE_NOUNS = {"city", "town", "village", "province", "district", "region", "state", "capital", "port", "governorate"}
TIME_SHIFT = {"later", "afterwards", "subsequently", "meanwhile", "recently", "earlier"}
OFFSET_TIME = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+"
                         r"(?:days?|weeks?|months?|years?)\s+(?:before|after)\b")
REPORTER_NOUNS = {"newspaper", "agency", "website", "report", "media", "outlet", "channel", "daily",
                  "source", "article", "commentary", "publication", "site", "station", "network"}
# Nominal speech acts ("criticism in Iraq against ...") need a named speaker to be events.
SPEAKER_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE"}
REPORTING = {"report", "write", "publish"}     # a media subject reports others' acts


HEADER_LINE = re.compile(r"^(?:title|source|url|headline):\s", re.I)
INFOBOX_LABEL = re.compile(r"^[-*\u2022=\s]*(?:title|name|headline)\s*:\s*", re.I)
INFOBOX_LINE = re.compile(r"^[-*\u2022]\s*[A-Z][A-Za-z ]{0,24}:\s")
CREDIT = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")


# closing words that make a cue a phrase, not a word prefix ("had to" must not find "had tortured")
CLOSED_WORDS = {"to", "in", "on", "for", "of", "with", "by", "that", "at", "as", "into", "from", "about", "over",
                "upon", "against", "behind", "out", "back", "down", "up"}


# verbs whose negation states the act: "will not hesitate to respond"
NOT_HOLDING_BACK = frozenset({"hesitate", "shrink", "flinch"})
# adverbs telling a further act: "It also urged donors", "He further asked ..."
ANOTHER_ACT = frozenset({"also", "further", "additionally", "separately"})


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


def _key(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def headline_key(document) -> str | None:
    """The document title as a comparison key, without a "title:" label or a closing credit."""
    title = HEADER_LINE.sub("", (document.title or "").strip())
    title = CREDIT.sub("", title) or title
    key = _key(title)
    return key if len(key.split()) >= 2 else None


# prepositions naming whom a deployment faces ("troops along the Syrian border", "drills near Taiwan")
MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery"}
OVERRUN = {"storm", "besiege", "set", "ransack", "overrun", "stone", "torch", "burn", "occupy", "invade", "loot", "vandalize", "vandalise"}
FACING = {"toward", "towards", "along", "near", "around", "off"}

def city_state(place: str, index: DocIndex) -> str | None:
    """The document's country actor for the state a city lies in (the gazetteer's), or None ("Omdurman" -> Sudan
    when the text names Sudan)."""
    from ..dictionary import city_countries, load_dictionary
    actor = next((a for a in index.ctx.actors if a.id == place), None)
    country = city_countries().get(normalise_name(actor.name)) if actor is not None else None
    if country is None:
        return None
    entry = load_dictionary().lookup(country)
    key = normalise_name(country)
    return next((a.id for a in index.ctx.actors if a.type == "country" and (
        entry is not None and a.dictionary_id == entry.id or any(normalise_name(n) == key for n in a.surface_forms()))),
        None)


def capital_of(actor) -> str | None:
    """The name of the state whose capital the place actor is (the actor dictionary's capitals), or None."""
    from ..dictionary import load_dictionary
    d = load_dictionary()
    for name in actor.surface_forms():
        entry = d.lookup(name)
        if entry is not None and entry.type == "place" and entry.country in d.entries:
            return d.entries[entry.country].name
    return None


def is_agent_noun(noun) -> bool:
    """A noun naming people or a body that can act: Phoenix's generic agents ("army", "president",
    "rebel") or foothold's own agent, troop, visitor and crowd words."""
    from ...lexicons import load_agents
    lemma = noun.lemma_.lower()
    return lemma in load_agents() or noun.lower_ in load_agents() or lemma in AGENT_NOUNS | TROOPS | VISITORS | CROWDS \
        or noun.lower_ in AGENT_NOUNS


TAKING = {("COERCE", "seize"), ("ASSAULT", "offensive")}   # taking ground or goods: "from X" names who lost it

class EventExtractor:
    """PLOVER-coded events with source, target, date, location and citations."""
    name = "foothold.events.v1"
    requires = ("doc", "actors", "mentions", "citations", "dates")
    provides = ("events",)

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self._so_far: tuple[list, list] = ([], [])     # events so far in the current document

    # -- typing of statements ------------------------------------------------
    def statement_type(self, content_text: str) -> str | None:
        """The type of what was said: its earliest cue (ties go to the cue order)."""
        low = " " + re.sub(r"[\"\u201c\u201d\u2018\u2019(\[]", " ", content_text.lower()) + " "   # '“disappointment”' 
        for etype in self.lexicon.dominant_cues:
            if any(cue_at(low, cue, self.lexicon.cue_exclusions) >= 0 for cue in self.lexicon.cues.get(etype, ())):
                return etype
        best = None
        for rank, etype in enumerate(self.lexicon.cue_order):
            for cue in self.lexicon.cues.get(etype, ()):
                at = cue_at(low, cue, self.lexicon.cue_exclusions)
                if at >= 0 and (best is None or (at, rank) < best[:2]):
                    best = (at, rank, etype)
        if best and best[2] == "REJECT" and CONDUCT_REJECTED.search(low):
            return "ACCUSE"       # "rejects all reckless actions targeting X": condemning conduct, not refusing a proposal
        return best[2] if best else None

    def typed_statement(self, verb, sent, index: DocIndex | None = None) -> str | None:
        """The speech verb makes a statement event (a cue, or an announced act); an uncued one
        ("the governor said that shelling killed three people") only sources the facts it tells."""
        content = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None) \
            or next((c for c in verb.children if c.dep_ == "dobj"), None)
        text = sent.doc[content.left_edge.i:content.right_edge.i + 1].text if content is not None \
            else sent.doc[verb.i + 1:sent.end].text
        pledged = pledge_type(content, self.lexicon)
        if pledged is not None:
            return pledged
        cued = self.statement_type(text)
        if cued is not None:
            return cued
        future = self.future_type(content, verb, index) if content is not None else None
        if future in ("AGREE", "THREATEN"):
            return future
        if index is not None and self.alleged_conduct(content, verb, index):
            return "ACCUSE"
        announced = None if content is None else self.announced_act(content) if verb.lemma_ in ANNOUNCING \
            else self.own_verbal_act(content)
        return announced.type if announced is not None else None

    @staticmethod
    def joint_subject(verb) -> bool:
        """ "Egypt and Sudan would ...", "both sides will ...": the clause's subject is two parties."""
        subj, _ = subject_of(verb)
        return subj is not None and (any(c.dep_ == "conj" for c in subj.children)
                                     or any(w.lower_ in JOINT_WORDS - {"we", "us", "our"} for w in subj.subtree))

    def future_type(self, content, speech=None, index: DocIndex | None = None) -> str | None:
        """ "they will continue attacks against Israel" (THREATEN), "we will maintain our assistance"
        (AGREE): what a statement says its speaker's side will do, typed by the act it names."""
        verb = content
        # "Syria said it would withdraw": reported speech moves "will" back to "would" after a past speech verb
        # (elsewhere "would" is a condition: "would be a disaster")
        backshift = speech is not None and speech.tag_ == "VBD" and verb.head.i == speech.i and verb.dep_ == "ccomp"
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
            if not own & self.speaker_sides(speech, index):
                return None
        lex = self.lexicon
        kinds = set()
        for t in verb.subtree:
            phrase = phrase_at(t.sent, t.i, lex)
            if phrase is not None:                  # "would bring home its troops"
                kinds.add(lex.quads[phrase.trigger.type])
            elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.verbs:
                kinds.add(lex.quads[lex.verbs[t.lemma_.lower()].type])
            elif t.pos_ == "VERB" and lex.admitting is not None and t.lemma_.lower() in lex.admitting.verbs:
                kinds.add(lex.quads[lex.admitting.trigger.type])     # "would (not) allow the inspectors to return"
            else:
                hit = noun_trigger(t, lex)
                if hit is not None:
                    kinds.add(lex.quads[hit[0].type])
        if negated:
            # "said it would not allow the inspectors to return": refusing a cooperative act (PLOVER REJECT);
            # "will not attack" promises nothing this reads
            return "REJECT" if kinds and all(k.endswith("cooperation") for k in kinds) else None
        if any(k.endswith("conflict") for k in kinds):
            return "THREATEN"
        return "AGREE" if kinds else "intent"

    def speaker_sides(self, speech, index: DocIndex) -> set[str]:
        """The speaker of a speech verb and what it belongs to or leads (a minister's state, a spokesman's army)."""
        said_by = self.speech_arguments(speech, index)[0].source
        return set(said_by) | {r.object for r in index.ctx.relations if r.subject in said_by
                               and r.predicate in ("member_of", "leads", "part_of")}

    def own_side_subject(self, clause, speech, index: DocIndex) -> bool:
        """The clause's subject is the speaker's own side: a pronoun ("it", "they"), a noun it possesses ("its
        troops") or a party the speaker is or belongs to."""
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        if subj.lower_ in ("it", "they", "we", "i") or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my")
                                                          for c in subj.children):
            return True
        named = {h.actor for h, _ in phrase_actors(subj, index)}
        return bool(named) and named <= self.speaker_sides(speech, index)

    def alleged_conduct(self, content, speech, index: DocIndex) -> bool:
        """ "Seoul said North Korean soldiers had crossed the line", "X said Hezbollah was hiding weapons": a
        speaker telling, as done, another named party's hostile act (a conflict trigger or a `alleged_conduct`
        verb of plover.yaml) accuses that party (PLOVER ACCUSE); the speaker's own side telling its acts,
        an unnamed doer ("shelling killed three") or a future or hedged act accuse no one."""
        if content is None or content.dep_ != "ccomp" or content.pos_ not in ("VERB", "AUX"):
            return False
        # "said that the talks had stalled and that Azerbaijani troops had crossed ...": each that-clause said
        return any(self._alleged_clause(clause, speech, index) for clause in (content, *content.conjuncts)
                   if clause.pos_ in ("VERB", "AUX"))

    def _alleged_clause(self, content, speech, index: DocIndex) -> bool:
        aux = {c.lower_ for c in content.children if c.dep_ in ("aux", "auxpass")}
        told_done = content.tag_ == "VBN" and aux & {"had", "has", "have"} \
            or content.tag_ == "VBG" and aux & {"was", "were", "had", "has", "have", "been"}
        if not told_done or any(c.dep_ == "neg" for c in content.children):
            return False
        subj = next((c for c in content.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or noun_trigger(subj, self.lexicon) is not None:
            return False          # "a Ukrainian drone attack killed two": a report
        if not any(h.type != "media" for h, _ in phrase_actors(subj, index)) or self.own_side_subject(content, speech, index):
            return False          # "its artillery had shelled X": the speaker's own act
        lex = self.lexicon
        lemma = content.lemma_.lower()
        trig = lex.verbs.get(lemma)
        if trig is None and lemma in lex.light_verbs:
            carried = light_verb_noun(content, lex)
            trig = carried[1] if carried is not None else None
        return lemma in lex.alleged_conduct or trig is not None and lex.quads.get(trig.type, "").endswith("conflict")

    def channel(self, sent_text: str) -> str | None:
        low = sent_text.lower()
        for word, mode in self.lexicon.speech_modes.items():
            if word in low:
                return mode
        return None

    # -- arguments -------------------------------------------------------------
    def announced_act(self, content):
        """ "announced that it would deploy troops", "announced plans to reduce the number of
        troops": an announcement with no speech cue is typed by the act it announces."""
        for t in content.subtree:
            subj, _ = subject_of(t)
            if subj is not None and subj.lower_ not in ("it", "we", "they", "i") \
                    and not (t.dep_ == "acl" and subj.i == t.head.i):    # "plans to reduce": the plan's act
                continue                      # "announced that rebels attacked": a report, not its own act
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lexicon.verbs:
                trig = self.lexicon.verbs[t.lemma_.lower()]
                if not trig.only_objects or any(c.dep_ == "dobj" and c.lemma_.lower() in trig.only_objects for c in t.children):
                    return trig
        return None

    def own_verbal_act(self, content):
        """ "said it recognizes Palestine", "said they rejected the offer": a statement whose main verb is
        the speaker's own verbal act (a pronoun or no subject) is typed by that act."""
        t = content
        if t.pos_ not in ("VERB", "AUX"):
            return None
        subj, _ = subject_of(t)
        if subj is not None and subj.lower_ not in ("it", "we", "they", "i"):
            return None
        trig = self.lexicon.verbs.get(t.lemma_.lower())
        if trig is None or not self.lexicon.quads.get(trig.type, "").startswith("verbal") or trig.only_objects and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in trig.only_objects for c in t.children):
            return None
        return trig

    @staticmethod
    def first_person_futures(sent, found: list[Found]) -> list[Found]:
        """ "We will maintain our assistance", "we'll be a part of that": a speaker's stated
        intention (PLOVER AGREE), whatever the verb, when no trigger tells more."""
        taken = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
        out = list(found)
        for t in sent:
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

    def characterizations(self, found: list[Found]) -> list[Found]:
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

    def carriers(self, verb) -> list:
        """Event nouns and weapons that carry a verb's agent: its subject ("Israeli strikes
        killed", "the raid detained"), its by-agent ("struck by a Houthi missile") or, in the
        passive, the attack it happened in ("was killed in an Israeli air strike")."""
        out = []
        passive = is_passive(verb)
        t = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" \
            and verb.head.lemma_ in self.lexicon.speech_verbs else verb
        if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                                     for c in [*t.children, *verb.children]):
            # "a Russian missile attack that (officials said) injured six": the noun the clause describes
            hit = noun_trigger(t.head, self.lexicon)
            if hit is not None and hit[0].type in CARRIER_TYPES:
                out.append(t.head)
        for c in verb.children:
            cands = []
            if c.dep_ == "nsubj" and not passive:
                cands = [c]
            elif c.dep_ == "agent" or passive and c.dep_ == "prep" and c.lower_ in ("in", "during", "with", "from"):
                cands = [o for o in c.children if o.dep_ == "pobj"]
            for n in cands:
                n = through_quantifier(n)
                hit = noun_trigger(n, self.lexicon)
                if hit is not None and (hit[0].type in CARRIER_TYPES or c.dep_ == "nsubj"):
                    out.append(n)
                elif n.lemma_.lower() in WEAPONS and n.pos_ in ("NOUN", "PROPN"):
                    out.append(n)
        return out

    def carried_arguments(self, verb, index: DocIndex) -> Arguments:
        """The agent (and victims) an event noun or weapon brings to its verb."""
        args = Arguments()
        for n in self.carriers(verb):
            hit = noun_trigger(n, self.lexicon)
            found = noun_arguments(n, hit[0].of if hit else "target", index)
            if hit is None:                      # a weapon: only its modifiers name its user
                found.target = []
            args.add("source", [(h, i) for h, i in self._hits(found.source, n, index)], None)
            for a in found.target:
                if a not in args.target:
                    args.target.append(a)
            args.spans += found.spans
            args.location = args.location or found.location
        return args

    @staticmethod
    def _hits(ids, noun, index: DocIndex):
        out = []
        for t in noun.subtree:
            h = index.actor_at(t.i)
            if h is not None and h.actor in ids and all(h.actor != o.actor for o, _ in out):
                out.append((h, t.i))
        known = {h.actor for h, _ in out}
        out += [(ActorHit(a, index.actor_type.get(a, ""), index.tok_start[noun.i], index.tok_end[noun.i]), noun.i)
                for a in ids if a not in known]
        return out

    def arguments(self, f: Found, index: DocIndex) -> Arguments:
        if f.kind == "noun":
            args = noun_arguments(f.token, f.trigger.of, index)
            n = f.token
            if not args.source and f.trigger.type not in ("RETREAT", "SANCTION", "COERCE"):
                # "came under attack from Taliban fighters", "a request from X": who it came from did it
                # (a withdrawal, closure or expulsion from a place is where it was done)
                origin = [(h, i) for c in n.children if c.dep_ == "prep" and c.lower_ == "from"
                          for o in c.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index)
                          if h.type not in ("place", "media")]
                if origin:
                    args.target = [a for a in args.target if a not in {h.actor for h, _ in origin}]
                    args.add("source", origin, index)
            if not args.source and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_ in MOTION:
                # "flew to Tehran for talks with Iranian officials": who travels for them holds them
                subj, _ = subject_of(n.head.head)
                if subj is not None:
                    found = [(h, i) for h, i in phrase_actors(subj, index) if h.actor not in args.target]
                    args.add("source", found, index)
            phrase = n.head if n.dep_ == "compound" else n        # "an assassination attempt"
            if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in SURVIVING:
                subj, _ = subject_of(phrase.head)     # "X survived an assassination attempt": X was its target
                if subj is not None:
                    args.add("target", phrase_actors(subj, index), index)
            if n.dep_ == "dobj" and n.head.lemma_.lower() in ORDERING:
                # "Biden ordered U.S. air strikes": who orders an act is its agent
                subj, _ = subject_of(n.head)
                if subj is not None:
                    found = phrase_actors(subj, index)
                    if found:
                        args.source = []
                        args.add("source", found, index)
                        args.target = [a for a in args.target if a not in args.source]
            return args
        if f.token.pos_ == "NOUN":   # "repeated its call for the United States to ..."
            return noun_arguments(f.token, "source", index)
        args = fallen_arguments(f.token, self.lexicon, index) if f.kind == "verb" else None
        if args is not None:
            return args
        args = verb_arguments(f.token, index)
        self.relayed_source(f.token, args, index)
        answered_claimant(f.token, args, index)
        if f.kind == "verb" and f.noun is not None:       # "allowed UN inspectors to return": whom it lets in
            args.add("target", [(h, i) for h, i in phrase_actors(f.noun, index) if h.actor not in args.source
                                and h.type != "place"], index)
        if not args.source:
            carried = self.carried_arguments(f.token, index)
            args.source = [a for a in carried.source if a not in args.target]
            for a in carried.target:
                if a not in args.target and a not in args.source:
                    args.target.append(a)
            args.spans += carried.spans
            args.location = args.location or carried.location
        if not args.source and (body := statements.enacting_body(f.token, index)) is not None:
            args.add("source", [(body, f.token.i)])     # "2. Demands ...": the body opening the communique
        if f.kind == "light":
            extra = noun_arguments(f.noun, f.trigger.of, index)
            for role in ("source", "target"):
                for a in getattr(extra, role):
                    if a not in args.source and a not in args.target:
                        getattr(args, role).append(a)
            args.spans += extra.spans
            args.location = args.location or extra.location
        return args

    @staticmethod
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

    @staticmethod
    def relayed_source(verb, args: Arguments, index: DocIndex) -> None:
        """A relayed statement's act with no doer found ("both of which rejected", "the appeal of X urging")
        is its author's."""
        if args.source:
            return
        noun = relayed_statement(verb, index)
        if noun is not None:
            args.add("source", statement_authors(noun, index), index)
            args.target = [a for a in args.target if a not in args.source]

    def speaker_verb(self, verb):
        """ "He claimed that X was not related ... and reiterated Y": a speech verb conjoined
        inside another's complement speaks with the outer speaker."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i and t.head.lemma_ not in self.lexicon.speech_verbs:
            t = t.head
        if t.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb
        a = t
        while a.head.i != a.i and a.lemma_ not in self.lexicon.speech_verbs:
            a = a.head
        return a if a.lemma_ in self.lexicon.speech_verbs and a.i != verb.i else verb

    def speech_arguments(self, verb, index: DocIndex) -> tuple[Arguments, object]:
        args = Arguments()
        subj, _ = subject_of(self.speaker_verb(verb))
        if subj is not None:
            args.add("source", phrase_actors(subj, index, split=True), index)
        else:
            args.add("source", self.inverted_speaker(verb, index), index)
        if not args.source and (body := statements.enacting_body(verb, index)) is not None:
            args.add("source", [(body, verb.i)])        # "1. Strongly condemns ...": the communique's author
        content = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None) \
            or next((c for c in verb.children if c.dep_ == "dobj"), None)
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
            for t in content.subtree:
                hit = index.actor_at(t.i)
                if hit is not None and hit.actor not in seen and hit.type != "media":
                    seen.add(hit.actor)
                    args.add("target", [(hit, t.i)], index)
        return args, content

    @staticmethod
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

    def is_anchor(self, noun) -> bool:
        """ "following the assassination of X (and the appointment of Y)": a time anchor."""
        anchors = self.lexicon.anchors
        t = noun
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("pobj", "dobj") and (t.head.lower_ in anchors or t.head.lemma_ in anchors)

    def is_topic(self, noun) -> bool:
        """ "censured the raid", "opposition to al-Zurfi's nomination": the event noun is
        what another act is about, not a report that it happened."""
        t = noun
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.lemma_.lower() in QUANTIFIERS or t.head.head.lower_ in QUANTIFIERS):
            t = t.head.head                      # "a series of attacks": judge the series
        if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS:
            return True
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in EVALUATIVE_VERBS:
            return True
        if t.dep_ != "dobj" or t.head.lemma_ in self.lexicon.light_verbs:
            return False
        # "condemned the attack", "discussed the visit": an act about it; "faced airstrikes": it happened
        gov = t.head.lemma_.lower()
        return gov in self.lexicon.verbs or gov in self.lexicon.speech_verbs or gov in TOPIC_VERBS

    @staticmethod
    def is_heading(sent) -> bool:
        """A title-case line without closing punctuation is a heading, not a report."""
        tokens = [t for t in sent if not t.is_space]
        words = [t for t in tokens if t.is_alpha and len(t) > 3 and not t.ent_type_]
        if not words or tokens[-1].text in ".!?\"”)" or len(tokens) > 20:
            return False
        if any(t.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in t.children) for t in tokens):
            return False          # a past-tense clause cut short by a misparse reports, it does not title
        if sum(t.text[0].isupper() for t in words) / len(words) >= 0.6:
            return True
        # "Iraq condemns violation of its sovereignty": a line of its own in the headline present (no
        # auxiliary, no closing stop) titles the paragraph after it, which tells the news
        doc = sent.doc
        before = doc[sent.start - 1] if sent.start > 0 else None
        after = sent[-1] if sent[-1].is_space else doc[sent.end] if sent.end < len(doc) else None
        alone = (before is None or "\n" in before.text_with_ws) and after is not None and after.is_space \
            and after.text.count("\n") >= 2
        root = sent.root
        return alone and len(tokens) <= 15 and root.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in root.children)

    @staticmethod
    def in_headline(start: int, index: DocIndex, headline: str | None) -> bool:
        """The title and its repeats are never evidence (news-dev conventions): the header
        lines ("title: ...", "source: ..."), and a body line that restates the title
        ("= Title =", the headline above the story)."""
        text = index.ctx.document.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if HEADER_LINE.match(line) and line_start < 400:
            return True
        if INFOBOX_LINE.match(line):
            return True               # "- Title: Attack on X (2019-2020)", "- Type: Artillery strikes": metadata, no report
        if not line or line.rstrip("\"'\u201d\u2019)]*")[-1:] in (".", "!", "?"):
            return False              # a sentence, even as the first line, reports ('... diplomacy."')
        title_span = (index.ctx.document.metadata or {}).get("title_span")
        if title_span and title_span[0] <= start < title_span[1]:
            return True
        line = INFOBOX_LABEL.sub("", line)      # "- Title: 2022 Baghdad clashes"
        return bool(headline) and _key(line) == headline

    def metonymy(self, ids: list[str], index: DocIndex) -> list[str]:
        """A capital acting stands for its state: "Tehran held ..." -> Iran."""
        out = []
        for a in ids:
            country = index.capital_state.get(a)
            out.append(country if country else a)
        return list(dict.fromkeys(out))

    @staticmethod
    def with_state(ids: list[str], index: DocIndex) -> list[str]:
        """A state body acted on ("the Turkish Embassy was besieged") is also its state acted on:
        the country it is part of joins the target; so does the country a place is named after
        ("the Kurdistan Region of Iraq was shelled")."""
        states = getattr(index, "_state_of", None)
        if states is None:
            countries = {a.id for a in index.ctx.actors if a.type == "country"}
            kinds = {a.id: a.type for a in index.ctx.actors}
            states = {r.subject: r.object for r in index.ctx.relations
                      if r.predicate == "part_of" and r.object in countries and kinds.get(r.subject) == "organization"}
            # a place named after its country ("the Kurdistan Region of Iraq")
            names = [(re.compile(r"\b" + re.escape(n) + r"\b"), a.id) for a in index.ctx.actors if a.type == "country"
                     for n in [a.name, *a.aliases] if n and len(n) > 3 and n[:1].isupper()]
            for a in index.ctx.actors:
                if a.type == "place" and a.id not in states:
                    hit = next((c for rx, c in names if rx.search(a.name)), None)
                    if hit is not None:
                        states[a.id] = hit
            index._state_of = states
        out = list(ids)
        for a in ids:
            if a in states and states[a] not in out:
                out.append(states[a])
            capital_of = getattr(index, "capital_state", {}).get(a)     # "a missile attack on Riyadh": Saudi Arabia was hit
            if capital_of and capital_of not in out:
                out.append(capital_of)
        return out

    # -- the component -----------------------------------------------------------
    def __call__(self, ctx) -> None:
        lex = self.lexicon
        index = DocIndex(ctx)
        dater = EventDater(ctx, collect_notes(ctx))
        dater.drop(lambda d: any(names_a_thing(ctx.doc[i]) or names_the_thing(ctx.doc[i], lambda n: (h := noun_trigger(n, lex)) is not None
                                                    and h[0].type in HAPPENING_TYPES)
                                 for i in index.tokens_in(d.start, d.end)[:1]))
        date_tokens = frozenset(i for d in dater.dates for i in index.tokens_in(d.start, d.end))
        text = ctx.document.text
        doc = ctx.doc
        para_end: dict[int, int] = {}
        para_span: dict[int, tuple[int, int]] = {}
        for tok in doc:
            p = index.paragraph[tok.i]
            para_end[p] = index.tok_end[tok.i]
            para_span[p] = (para_span.get(p, (index.tok_start[tok.i],))[0], index.tok_end[tok.i])
        media = {a.id for a in ctx.actors if a.type == "media"}
        skipped: Counter = Counter()
        self._trace: list[dict] = []
        self._reacted: set[int] = set()     # date phrases timing only a deed reacted to (releases.object_deed_dates)
        events: list[Event] = []
        meta: list[dict] = []              # per event: paragraph, kind, whether the date was explicit
        self._so_far = (events, meta)
        self._sent_starts: list[int] = []    # the sentences read so far (anaphora.told_doer)
        deferred: list = []                # acts told only as topics or anchors, kept if told nowhere else
        para_date: dict[int, object] = {}
        headline = headline_key(ctx.document)
        repair_misread_verbs(doc, self.lexicon.verbs)     # "The Special Envoy thanks X": a verb, not a noun
        statements.repair_operative_verbs(doc, self.lexicon.verbs, index)     # "1. Condemns X" in a communique
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            if self.is_heading(sent):
                skipped["heading"] += 1
                continue
            self._sent_starts.append(sent.start)
            s_start, s_end = index.original(sent.start, sent.end - 1)
            para = index.paragraph[sent.start]
            found = find_triggers(sent, lex)
            found = self.characterizations(found)
            found = self.first_person_futures(sent, found)
            kept = [f for f in found if not self.in_headline(index.tok_start[f.token.i], index, headline)]
            skipped["headline"] += len(found) - len(kept)
            found = kept
            # acts inside what someone said are the statement, not separate events
            suppressed: set[int] = set()
            fronted_quote: set[int] = set()
            reported: set[int] = set()
            said_type: dict[int, str] = {}
            for f in found:
                if f.kind == "speech" and not self.speaker_is_reporter(f.token, index, media) \
                        and self.named_speaker(f.token, index):
                    typed = self.typed_statement(f.token, sent, index)
                    for c in f.token.children:
                        if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > f.token.i:   # "announced £20 million for aid to X"
                            # "claim that X was behind it, while Turkey denied this": a contrasted clause is not said
                            aside = {t.i for a in c.subtree if a.dep_ == "advcl" and any(
                                m.dep_ == "mark" and m.lower_ in CONTRAST for m in a.children) for t in a.subtree}
                            inside = {t.i for t in c.subtree} - aside - self.relayed_clauses(c, index)
                            suppressed.update(inside)
                            if not typed:       # an uncued statement sources the acts it reports
                                reported.update(inside)
                            else:
                                said_type.update({i: typed for i in inside})
                        elif c.dep_ in ("ccomp", "parataxis") and c.i < f.token.i and self.quoted(c, sent):
                            # '"We have destroyed the caliphate," said X': a material act in a fronted direct
                            # quote is X's words (a stance in it -- "We stand with ..." -- stays an event)
                            quoted = {t.i for t in c.subtree}
                            fronted_quote.update(g.token.i for g in found if g.token.i in quoted and g.kind != "speech"
                                                 and g.trigger is not None
                                                 and lex.quads.get(g.trigger.type, "").startswith("material"))
            suppressed |= fronted_quote
                # "X reopened the border, officials said": a fronted report states the fact
            # "the spokesman said the coalition conducted five airstrikes": a material act
            # already done is reported through the speaker, it is not the speaker's words
            for f in found:
                if f.token.i in suppressed and f.kind != "speech" and f.trigger is not None \
                        and lex.quads.get(f.trigger.type, "").startswith("material") and self.done(f.token) \
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
                elif f.token.i in suppressed and f.kind == "verb" and self.speakers_next_act(f.token):
                    suppressed.discard(f.token.i)   # "X said that A, and he urged B": the narrator tells X's next act
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
                                or c.dep_ == "ccomp" and c.i > f.token.i and (self.own_side_subject(c, f.token, index)
                                                                             or monitor.doerless_passive(c)):
                            suppressed.update(t.i for t in c.subtree)   # "denied that its troops had looted X"
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
            # "a ceremony commemorating X", "an attack carried out by Y": a participle
            # modifying an event noun describes that event, it is not another one
            trigger_tokens = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
            for f in found:
                t = f.token
                # ("the journalist, arrested on Friday by police, was released": a dated participle on a
                # person is its own happening)
                if t.dep_ == "acl" and (noun_trigger(t.head, lex) or t.head.head.i in trigger_tokens and not dated(t)) \
                        and relayed_statement(t, index) is None:     # "the appeal by X urging ...": X's own act
                    suppressed.add(t.i)
            # "Israeli strikes killed five", "killed in an Israeli strike": the noun is the
            # verb's own happening, told once (its agent joins the verb's event)
            carried = {n.i for f in found if f.kind in ("verb", "light") and why_not_factual(f.token) is None
                       for n in self.carriers(f.token)}
            for f in found:
                if f.kind == "noun" and f.token.i in carried:
                    self._skip(skipped, "carried_by_verb", f, index)
                    continue
                made = self.event_for(f, sent, index, media, suppressed, skipped)
                if made is None:
                    continue
                ev, kind = made
                at = index.tok_start[f.token.i]
                other_dates = self.other_events_dates(f, found, dater.dates_in(s_start, s_end), index) \
                    | analysis.deadline_dates(f.token, dater.dates_in(s_start, s_end), index)
                explicit = self.own_clause_date(f, dater.dates_in(s_start, s_end), index) \
                    or analysis.conjunct_year(f.token, dater.dates_in(s_start, s_end), index) \
                    or dater.sentence_date(s_start, s_end, at, skip=other_dates)
                # "..., and X recalled its envoy the next day": a shift in the act's own clause counts from the last date
                explicit = analysis.shifted_in_clause(f.token, sent, dater, index) or explicit
                if kind == "verb" and explicit is not None and explicit.precision == "day" \
                        and self.past_perfect(f.token) and self.backshifted(f.token) \
                        and self.dates_the_saying(f.token, explicit, index):
                    # "X said on Tuesday it had fired missiles at Y": the day is the saying's; the act came before,
                    # within the story's days, so only its month is told
                    explicit = DateValue(iso=explicit.iso[:7], precision="month")
                if kind == "verb" and self.in_anchor_clause(f.token) and not (
                        explicit is not None and explicit.iso and dater.published is not None and dater.published.iso
                        and explicit.iso[:4] == dater.published.iso[:4]
                        and any(t.i in date_tokens for t in f.token.subtree)):
                    # "the conflict flared up after X was assassinated", "after we killed Y last year": the
                    # anchor is background (README conventions) unless its own date puts it in the news's year
                    self._skip(skipped, "background", f, index)
                    continue
                note = dater.note_for(s_start, s_end, para_end[para])
                note_in_sentence = note is not None and note.start < s_end
                # "A few weeks later, ..." moves the story on: the running date no longer holds
                # and so does "two days before the vote", "a week after the coup": a time told from another happening
                running = None if TIME_SHIFT & {t.lower_ for t in sent} or OFFSET_TIME.search(sent.text) \
                    else para_date.get(para)
                if running is not None and note is not None and note.date is not None and note.date.year != running.year:
                    running = None          # a background date ("in 2014") does not date this year's news
                ev.date = explicit or (note.date if note_in_sentence else None) or running \
                    or (note.date if note is not None else None)
                if explicit is None and any(t.lower_ in TODAY and not self.quoted(t, sent) for t in sent) \
                        and dater.published is not None:
                    ev.date = dater.published           # "met ... in London today": the dateline's day
                elif explicit is None and not note_in_sentence and self.present_tense(f.token) \
                        and dater.published is not None:
                    ev.date = dater.publication_month()  # "Washington blames ...": the report's present
                shift = day_shift(sent.text) if explicit is None else None
                if shift is not None:
                    ev.date = dater.shifted_day(s_start, shift) or ev.date   # "recalled its envoy the next day"
                if ev.date is None and VAGUE_TIME & {t.lower_ for t in sent}:
                    ev.date = dater.narrative_year(at)     # "in recent months": the story's year
                # "has previously sanctioned ...", "Since 2017, the FBI has arrested ...": a present perfect
                # placed before the news tells a past the text does not date (null, gold notes §26)
                undated = note is None and self.present_perfect(f.token) and (
                    explicit is not None and self.is_background(explicit, index)
                    or explicit is None and any(c.lower_ in EARLIER for c in f.token.children))
                # "the network has transferred millions to X", "navies have intercepted projectiles": a
                # material act in the present perfect with no time sums up past conduct (null, gold notes §26);
                # a verbal one ("has vowed", "has called for") is the news
                aspect = aspect_verb(f.token)      # "has helped transfer", "has transferred X, while smuggling Y"
                undated = undated or note is None and explicit is None and self.present_perfect(aspect) \
                    and kind != "speech" and (ev.quad or "").startswith("material") \
                    and f.token.lemma_ not in PERFORMATIVE and not any(     # "has sanctioned", "has coordinated this action": the news
                        d.lower_ in ("this", "these") for c in f.token.children if c.dep_ == "dobj" for d in c.children)
                # "some lawmakers had criticized ...": a past perfect tells a time before the story's
                # own, which the sentence does not date (null, gold notes §26)
                undated = undated or note is None and explicit is None and self.past_perfect(f.token) \
                    and not self.backshifted(f.token)
                # "the same people who assassinated X": a past deed told to describe someone is
                # background; only a date inside the relative clause places it
                # "at the beginning of its invasion", "months later": a time told only by another happening
                undated = undated or note is None and explicit is None and self.relative_time(f.token)
                # "Negotiated for the U.S. by X, the deal ...": a fronted participle describes the
                # subject's past, which the sentence does not date
                undated = undated or note is None and explicit is None and f.token.dep_ == "advcl" \
                    and f.token.tag_ == "VBN" and f.token.i < f.token.head.i and f.token.i == f.token.left_edge.i == sent.start \
                    and not any(c.dep_ in ("aux", "auxpass", "mark") for c in f.token.children)
                undated = undated or note is None and self.describing_past(f.token, (ev.quad or "").startswith("verbal")) \
                    and not any(t.i in date_tokens for t in f.token.subtree)
                # "Today, OFAC designated ...": the publication's day; with none known, no other year of the
                # text (a background "since the 2021 coup") dates it
                undated = undated or explicit is None and dater.published is None and any(
                    t.lower_ in TODAY and not self.quoted(t, sent) for t in sent)
                if explicit is None and recent_span(sent.text) and dater.published is not None:
                    undated = False
                    if ev.date is None or ev.date.precision == "year":
                        ev.date = dater.publication_month()     # "has sent warships in the past week"
                if undated:
                    ev.date = None
                ev.citations = list(note.citations) if note is not None else []
                ev_s, ev_e = evidence_span(f.token.i, ev.__dict__.pop("_spans"), sent, index,
                                           with_content=kind == "speech", date_tokens=date_tokens)
                ev_s, ev_e = make_unique(text, ev_s, ev_e, s_start, s_end)
                blasted = monitor.claimed_blast(f.token, sent, lex) if ev.type == "ASSAULT" and ev.source and not any(
                    g is not f and g.trigger is not None and g.trigger.type == "ASSAULT" for g in found) else None
                if blasted is not None:       # "A car bomb exploded ... . X claimed the attack": told the sentence before
                    b_sent = blasted.sent
                    b_start, b_end = index.original(b_sent.start, b_sent.end - 1)
                    ev_s, ev_e = evidence_span(blasted.i, [], b_sent, index, with_content=False, date_tokens=date_tokens)
                    ev_s, ev_e = make_unique(text, ev_s, ev_e, b_start, b_end)
                    ev.date = dater.sentence_date(b_start, b_end, index.tok_start[blasted.i]) or ev.date
                ev.start, ev.end, ev.evidence = ev_s, ev_e, text[ev_s:ev_e]
                ev.attributed_to = [h.actor for h in index.hits_between(s_start, s_end)
                                    if h.actor in media and h.actor not in ev.source
                                    and self.is_attribution(text, h, s_start, s_end)]
                ev.attributed_to = list(dict.fromkeys(ev.attributed_to))
                instrument = ev.__dict__.pop("_instrument", None) is not None
                if instrument:
                    ev.source = self._last_agent(events, ev.type, ev.mode)
                    if not ev.source and not ev.target:     # "the attack wounded four Americans": no named doer, a target
                        skipped["instrument_without_agent"] += 1
                        continue
                info = {"para": para, "kind": kind, "explicit": explicit is not None, "sent": sent.start,
                        "tok": f.token.i, "head": f.token.head.i if f.token.dep_ == "conj" else None,
                        "scene": fronted_location(sent, f.token, index)}
                info["instrument"] = instrument
                info["undated"] = undated
                # "He also urged donors ...": the speaker's next act, not a retelling of the last
                info["another"] = kind != "noun" and any(c.dep_ == "advmod" and c.lower_ in ANOTHER_ACT
                                                         for c in f.token.children)
                info["lemma"] = f.token.lemma_.lower()
                # wireev hook: "urged A to ... and asked B to ...": a conjunct verb with an addressee of its own
                info["own_addressee"] = f.token.dep_ == "conj" and own_addressees(f.token.head, f.token)
                # a clause on a verb's argument ("urged X to remove the warship, which ran aground in 1999")
                # dates that argument's story, not the act; on an event noun ("an agreement signed on
                # 29 February") it is the noun's own time
                info["other_clause_dates"] = self.other_clause_dates(f, dater.dates_in(s_start, s_end), index) \
                    if kind != "noun" else frozenset()
                info["present"] = self.present_tense(f.token)
                info["persons"] = [a for a in ev.target if index.actor_type.get(a) == "person"]
                info["noun"] = f.noun.i if f.noun is not None else (f.token.i if kind == "noun" else None)
                told = self.told_before(f, ev, info, events, meta, index)
                if told is None and kind == "speech" and self.fronted_report(f.token, sent, events, meta):
                    told = "fronted_report"
                if told is not None:
                    skipped[told] += 1
                    continue
                if ev.__dict__.pop("_background", None) is not None:
                    deferred.append((ev, info, f))
                    continue
                if monitor.aggregate_toll(f.token):      # "documented 14 attacks, in which 30 were killed"
                    skipped["aggregate_toll"] += 1
                    continue
                attack = monitor.told_attack_of_toll(f.token, ev, info, events, meta)
                if attack is not None:          # "X attacked a base. Four soldiers were killed."
                    attack.target.extend(a for a in ev.target if a not in attack.target and a not in attack.source)
                    skipped["toll_of_told_attack"] += 1
                    continue
                if self._merge_into(events, meta, ev, info):
                    skipped["merged"] += 1
                    continue
                events.append(ev)
                meta.append(info)
            # the story moves on to the sentence's own time, not to its background ("since ... in May")
            # nor to a relative clause's own time ("aid, which the U.S. paused on August 5")
            # nor to the time of a deed reacted to ("welcomed the decision of the Council in June")
            reacted = set().union(*(object_deed_dates(f, dater.dates_in(s_start, s_end), index) for f in found))
            self._reacted |= reacted
            current = [d for d in dater.dates_in(s_start, s_end) if not self.is_background(d, index)
                       and not self.in_relative_clause(d, sent, index) and d.start not in reacted]
            if current:
                para_date[para] = current[-1]
        for ev, info, f in deferred:
            told = any(o.type == ev.type and (set(o.source) | set(o.target)) & (set(ev.source) | set(ev.target))
                       for o in events)
            if told:
                self._skip(skipped, "topic_told_elsewhere", f, index)
                continue
            events.append(ev)
            meta.append(info)
        if deferred:
            order = sorted(range(len(events)), key=lambda k: events[k].start)
            events, meta = [events[k] for k in order], [meta[k] for k in order]
        events, meta = keep.prune(events, meta, doc, skipped, index)
        before = len(events)
        events, meta = self._drop_repeated_headlines(events, meta, doc)
        if len(events) < before:
            skipped["repeated_headline"] += before - len(events)
        events, meta = did_likewise(events, meta, doc, index, text, dater)
        self._share_dates(events, meta)
        self._year_fallback(events, meta, dater, para_span, index)
        monitor.recounted_month(events, meta, dater, self._background_dates(dater, index))
        self._document_fallback(events, meta, dater)
        self._capitals_as_states(events, ctx)
        spoken_for(events, ctx)               # a spokesman's claimed attack is his group's
        own_state(events, ctx)                # "his country's troops" act for his state
        events = monitor.place_parties_only(events, {a.id: a.type for a in ctx.actors}, skipped)
        ctx.events = events
        ctx.data["skipped_events"] = dict(skipped)
        ctx.data["skipped_event_triggers"] = self._trace

    def event_for(self, f: Found, sent, index: DocIndex, media: set[str], suppressed: set[int],
                  skipped: Counter) -> tuple[Event, str] | None:
        lex = self.lexicon
        tok = f.token
        if tok.i in suppressed and f.kind != "speech":
            self._skip(skipped, "inside_statement", f, index)
            return None
        hit = index.actor_at(tok.i) if f.kind == "noun" else None
        if hit is not None and (tok.pos_ == "PROPN" or hit.end - hit.start > index.tok_end[tok.i] - index.tok_start[tok.i]):
            self._skip(skipped, "inside_name", f, index)      # "Rewards for Justice", "Operation Desert Storm"
            return None
        if f.kind == "noun" and self.requested(tok):
            self._skip(skipped, "requested", f, index)    # "appealed for NATO air strikes": asked for, not done
            return None
        background = None
        if f.kind == "noun" and self.is_anchor(tok):
            background = "anchor"
        elif f.kind == "noun" and self.is_topic(tok):
            background = "topic"
        if background is not None and not (f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material")
                                           and self.current_background(tok, background, index)):
            self._skip(skipped, background, f, index)
            return None
        if f.kind == "noun" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "attr" and c.i > tok.i and noun_trigger(c, lex) is not None for c in tok.head.children):
            # "The X deal was a peace agreement signed by ...", "The Axum massacre was a massacre of
            # civilians": the subject and its predicate name one happening, told by the predicate
            self._skip(skipped, "copular_duplicate", f, index)
            return None
        if f.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in ("exchange", "return") \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            self._skip(skipped, "idiom", f, index)      # "in exchange for services": a condition, no exchange of views
            return None
        reason = why_not_factual(tok)
        if reason == "description" and relayed_statement(tok, index) is not None:
            reason = None             # "the statement by X calling for ...": X's call, not a standing description
        if not reason and f.kind != "speech" and self.open_question(sent):
            reason = "question"       # "Will Iran retaliate?", "Why would Hezbollah attack now?": asked, not reported
        if not reason and f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass"):
            reason = why_not_factual(f.noun)      # "a postponed visit was announced"
        if not reason and f.kind == "light" and why_not_factual(f.noun) in ("aggregate", "habitual", "generic"):
            reason = why_not_factual(f.noun)      # "launched scores of attacks", "carried out numerous raids"
        if not reason and f.kind == "light" and f.trigger is not None and f.trigger.type in ("ASSAULT", "COERCE") \
                and f.noun.tag_ == "NNS" and f.noun.dep_ == "dobj" and not any(
                c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in f.noun.children) \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
            reason = "aggregate"      # "militias engaged in provocations, launching attacks on bases": undated bare plurals, a series
        if not reason and f.kind == "verb" and tok.tag_ in ("VBZ", "VBP") and tok.lemma_ not in PERFORMATIVE \
                and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material") \
                and f.trigger.type != "MOBILIZE" and not any(t.ent_type_ == "DATE" for t in sent):
            # "Ansarallah uses Iranian weapons", "the group operates": a standing practice (a dated
            # present -- a photo caption, a dateline story -- tells the act; "troops surround X" is a posture)
            reason = "habitual"
        formula = " " in f.text and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("verbal")
        if not reason and f.kind == "verb" and f.trigger is not None and f.trigger.type != "MOBILIZE" and generic_present(tok) \
                and not formula:      # "Japan stands with Ukraine": a stated stance formula is the statement
            reason = "generic"        # "Iran supports militias", "Serbia refuses to recognise X": a standing stance
        if not reason and f.kind == "verb" and self.measure_effect(tok):
            reason = "effect"         # "the designation freezes any assets he holds": what the measure does
        if reason == "hypothetical" and f.kind == "verb" and f.trigger is not None and f.trigger.type == "REQUEST" \
                and tok.dep_ == "xcomp" and tok.head.lemma_ in ("try", "attempt") and why_not_factual(tok.head) is None:
            reason = None             # "has tried to persuade X": the attempt is a request made
        if reason == "intention" and f.kind == "verb" and statements.decided_here(tok, index):
            reason = None             # "3. Decides to suspend X": the communique's decision does it
        if reason == "future" and not self.intention_holder(tok, index):
            reason = "hypothetical"
        if reason and reason not in ("intention", "future"):
            self._skip(skipped, reason, f, index)
            return None
        if f.kind == "speech":
            if self.speaker_is_reporter(tok, index, media):
                self._skip(skipped, "report", f, index)
                return None
            args, content = self.speech_arguments(tok, index)
            # what was said: the complement clause, else (a misparse) the rest of the sentence
            content_text = sent.doc[content.left_edge.i:content.right_edge.i + 1].text if content is not None \
                else sent.doc[tok.i + 1:sent.end].text
            if tok.lemma_ in CHARACTERIZING and characterizes(tok):
                # "called the action 'excessive' and urged China to stop": the judgement is what it was called,
                # not the conjoined request
                end = max(c.right_edge.i for c in tok.children if c.i > tok.i and c.dep_ not in ("cc", "conj", "punct"))
                content_text = sent.doc[tok.i + 1:end + 1].text
            # "reaffirmed its commitment to X": the pledge's complement types it before any cue in X
            etype = pledge_type(content, lex) or ("THREATEN" if analysis.payback(content, lex) else None) \
                or self.statement_type(content_text)
            if etype in ("REJECT", None) and CLEFT_BLAME.search(content_text):
                etype = "ACCUSE"      # "claimed that X was not there and that it was Turkey that attacked": blame
            if etype == "REQUEST" and content is not None and self.joint_obligation(content):
                etype = "AGREE"       # "the two neighbours should raise trade": proposing, not demanding
            announced = None
            if etype is None and tok.lemma_ in CHARACTERIZING and content is not None:
                etype = self.statement_type(sent.doc[tok.i + 1:sent.end].text)   # "called the allegations baseless"
            if etype is None and tok.lemma_ in CHARACTERIZING and monitor.harm_judgement(tok, lex):
                etype = "ACCUSE"          # "called the killing an attack on free expression"
            if etype is None and tok.lemma_ in ANNOUNCING and content is not None:
                announced = self.announced_act(content)
                etype = announced.type if announced is not None else None
            elif etype is None and content is not None:
                own = self.own_verbal_act(content)        # "said it recognizes Palestine as a state"
                etype = own.type if own is not None else None
            future = self.future_type(content, tok, index) if content is not None else None
            if future == "intent":           # a future with no act named: only a cooperative cue makes it one
                # (or two parties stating it: "said both Egypt and Sudan would work to settle the dispute")
                future = "AGREE" if etype in COOPERATIVE or self.joint_subject(content) else None
            if etype is None or future == "AGREE" and etype in COOPERATIVE:
                etype = future or etype      # PLOVER: a stated future act is an intention (AGREE) or a threat
            if etype is None and self.alleged_conduct(content, tok, index):
                etype = "ACCUSE"             # "Seoul said North Korean soldiers had crossed the line"
            if etype is None:
                self._skip(skipped, "statement_without_cue", f, index)
                return None
            mode, sphere = self.channel(sent.text) or "statement", "political"
            if announced is not None:
                mode, sphere = announced.mode, announced.sphere or sphere
        else:
            trig = f.trigger
            etype, mode, sphere = trig.type, trig.mode, trig.sphere
            if trig.content_typed:
                said = f.noun if f.noun is not None else tok       # "a resolution condemning X": what it says
                cued = self.statement_type(" ".join(t.text for t in said.subtree if t.i != said.i))
                if cued is not None and cued != etype:
                    etype, mode = cued, "statement"
            args = self.arguments(f, index)
            if f.kind == "verb" and monitor.struck_device(tok, lex) is not None:
                # "an SMM vehicle struck a mine": the subject's party was hit; whoever laid the device is not named
                args.target, args.source = list(dict.fromkeys([*args.source, *args.target])), []
            if trig.content_typed:
                said = f.noun if f.noun is not None else tok       # "a resolution requiring U.S. forces to leave"
                for c in said.children:
                    if c.dep_ in ("acl", "relcl", "ccomp"):
                        args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree if index.actor_at(t.i) is not None
                                            and index.actor_at(t.i).type not in ("media", "place")
                                            and index.actor_at(t.i).actor not in args.source], index)
            has_object = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in tok.children) \
                or f.kind == "verb" and trig.type in ("REJECT", "ACCUSE") and any(   # "ruled out sending troops":
                    c.dep_ in ("advcl", "xcomp", "pcomp") and c.tag_ == "VBG" and c.i > tok.i for c in tok.children)
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objects += [o for c in objects for o in c.conjuncts]
            objects += [m for c in objects for m in c.children if m.dep_ == "compound"]   # "Operation Long Arm"
            objects += coordinated_modifiers(objects)      # "carried food and building materials"
            objects += [q for q in map(through_quantifier, objects) if q not in objects]   # "50 tonnes of supplies"
            objects += [o for c in objects if c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES   # "$1 billion in assets"
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children if o.dep_ == "pobj"]
            if any(c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES for c in objects):
                objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"   # "granted $50 million in aid"
                            for o in p.children if o.dep_ == "pobj"]
            if tok.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects):
                objects += [tok.head, *tok.head.conjuncts]     # "assistance, which the U.S. paused": the antecedent
            declined = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if etype == "REJECT" else []
            # "declined to back the statement", "declined to attend": what is declined is an act (not "to comment")
            wrong_object = trig.only_objects and not any(o.lemma_.lower() in trig.only_objects
                                                         for o in [*objects, *declined]) and not (
                trig.actor_objects and any(index.actor_at(o.i) is not None and index.actor_at(o.i).type in trig.actor_objects
                                           for o in objects) and not court_or_task(tok)) and not named_ground(tok, objects, trig, index)
            # with no direct object, where the act went counts too ("shot into the air": crowd control)
            aimed = objects if has_object else [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                                                for o in c.children if o.dep_ == "pobj"]
            sense = next((t for objs, t in trig.by_object if any(o.lemma_.lower() in objs for o in aimed)), None)
            if sense is not None:         # plover.yaml `by_object`: "intercepted a vessel", "delivered vehicles"
                etype, mode, sphere = sense.type, sense.mode, sense.sphere or sphere
            if etype == "RETREAT" and mode == "base handover" and any(o.lemma_.lower() in AID_OBJECTS for o in objects):
                etype, mode, sphere = "AID", "military", "military"   # "transferred lethal aid to X": aid, not a handover
            elif etype == "RETREAT" and mode == "base handover" and tok.lemma_ in ("transfer", "hand") and objects \
                    and not any(o.lemma_.lower() in HANDED_OVER for o in objects):
                etype, mode, sphere = "AID", "transfer", "economic"   # "transferred millions of dollars"
            if etype == "SANCTION" and mode == "expel" and tok.lemma_ == "expel" and objects and all(
                    o.pos_ == "NOUN" and o.lemma_.lower() not in EXPELLED_RELATIONS and not any(   # "the head of the UN mission"
                        p.lower_ == "of" and po.lemma_.lower() in EXPELLED_RELATIONS for p in o.children for po in p.children)
                    for o in objects[:1]):
                etype, mode = "COERCE", "deport"     # PLOVER: expelling individuals is COERCE deport, not diplomats
            if etype == "PROTEST" and f.kind == "verb" and tok.lemma_ == "protest" and self.official_protest(tok, index):
                etype, mode = "ACCUSE", "criticize"    # "Seoul protested to Tokyo": a state's complaint (CAMEO 114)
            carrier = f.noun if f.kind == "light" else tok if f.kind == "noun" else None
            if etype == "MOBILIZE" and carrier is not None and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in JOINT_MILITARY for c in carrier.children):
                etype, mode, sphere = "COOPERATE", "military", "military"   # PLOVER: joint operations are COOPERATE
            if etype == "AID" and any(o.lemma_.lower() in TROOPS for o in objects):
                etype, mode, sphere = "MOBILIZE", "troops", "military"   # PLOVER MOBILIZE: sending troops deploys them
            if etype == "CONSULT" and tok.lemma_ in ("receive", "host") and objects and objects[0].pos_ == "NOUN" \
                    and index.actor_at(objects[0].i) is None and objects[0].lemma_.lower() not in VISITORS \
                    and noun_trigger(objects[0], lex) is None:
                wrong_object = True        # "received a concession", "hosts a base": no visitor received
            if etype == "ASSAULT" and tok.lemma_ == "target" and objects \
                    and objects[0].lemma_.lower() in LISTED_OBJECTS:
                # "sanctions targeting 16 entities", "the program has targeted an entity": a measure's
                # reach, not an attack (a listed body is not a physical target)
                wrong_object = True
            if etype == "RETREAT" and tok.lemma_ == "leave" and (tok.tag_ == "VB" or 
                    (subject_of(tok)[0] is None or subject_of(tok)[0].lemma_.lower() not in TROOPS) or is_passive(tok)):
                wrong_object = True        # "the president left Baghdad", "the attack left five dead": no withdrawal
            if trig.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                wrong_object = True        # "encouraged the efforts of X": a thing encouraged asks no one to act
            if trig.needs_object and not has_object or trig.no_object and has_object or wrong_object:
                self._skip(skipped, "object_sense", f, index)       # the verb's other sense
                return None
            if etype == "AGREE" and tok.lemma_ in MOTION and any(
                    c.dep_ == "prep" and c.lower_ == "for" and noun_trigger(o, lex) is not None
                    for c in tok.children for o in c.children if o.dep_ == "pobj"):
                # CAMEO 036 "fly to" (intent to meet): travelling "for talks" tells the meeting itself (CONSULT)
                self._skip(skipped, "told_by_purpose", f, index)
                return None
            if trig.active_only and is_passive(tok):
                self._skip(skipped, "object_sense", f, index)       # carried there: "were flown to Basra"
                return None
            if trig.actor_subject and not is_passive(tok):
                subj, _ = subject_of(tok)
                weapon = subj is not None and etype == "ASSAULT" and (subj.lemma_.lower() in WEAPONS or (
                    (hit := noun_trigger(subj, lex)) is not None and hit[0].type == "ASSAULT"))
                if subj is None or subj.pos_ != "PRON" and not self.actor_in_head(subj, index) and not weapon:
                    self._skip(skipped, "figurative_subject", f, index)     # "the war forced Iran to ..."
                    return None
            aid_object = any(c.dep_ == "dobj" and (c.lemma_.lower() in trig.or_objects or any(   # "$11 million in aid"
                (c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES or any(n.like_num for n in c.children))
                and p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in trig.or_objects
                for p in [*c.children, *tok.children] for o in p.children)) for c in tok.children)
            if trig.target_types:
                # "freed 50 Kuwaiti prisoners": the listed object's own modifiers name whom it was done to
                own = {index.actor_at(t.i).actor for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in trig.or_objects
                       for t in c.subtree if t.i < c.i and index.actor_at(t.i) is not None}
                args.target = [a for a in args.target if index.actor_type.get(a) in trig.target_types or a in own]
            # "a ship was struck by a Houthi missile": a passive act with a named agent happened
            passive_agent = is_passive(tok) and bool(args.source) and f.kind == "verb" and etype in CARRIER_TYPES
            # "the U.S. designated a terrorist organization", "Washington asked other countries to ...":
            # a named agent acting on an unnamed object still sanctions or requests
            named_on_object = etype in ("SANCTION", "REQUEST") and bool(args.source) and has_object
            # "Russia and Ukraine reached an agreement": joint actors act on each other (PLOVER: no recipient)
            joint = len(args.source) >= 2 and lex.quads.get(etype, "").endswith("cooperation") and any(
                c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
            # "The United States will provide $11.5 million in humanitarian assistance": a pledge of aid by a named
            # giver is an intention (AGREE) with or without a named recipient
            pledged = reason == "future" and etype == "AID" and bool(args.source)
            if etype == "ASSAULT" and not args.target and f.kind == "verb" and args.source:
                args.add("target", struck_in_state(tok, index, args.source), index)   # "struck targets in Iraq"
            if trig.needs_target and not args.target and not aid_object and not passive_agent and not named_on_object \
                    and not joint and not pledged:
                self._skip(skipped, "no_target", f, index)
                return None
            if trig.needs_agent and not args.source:
                self._skip(skipped, "no_agent", f, index)
                return None
            heads = [tok, f.noun] if f.kind == "light" else [tok]     # "announced sanctions on X"
            fired = etype == "ASSAULT" and any(o.lemma_.lower() in WEAPONS | ROUNDS for o in objects)   # "fired long bursts"
            # "Egypt and Israel discussed border security": a joint subject meets without "with"
            together = etype == "CONSULT" and len(args.source) >= 2 and any(
                c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
            if trig.needs_prep and f.kind != "light" and not fired and not together and not any(
                    c.dep_ == "prep" and c.lower_ in trig.needs_prep
                    for h in heads for c in [*h.children, *means_phrase_preps(h)]):
                if trig.otherwise is None or f.kind != "noun" or aimed_at(tok, lex):
                    self._skip(skipped, "no_prep", f, index)
                    return None
                trig = trig.otherwise                                    # "a U.S. withdrawal": the noun's other sense
                etype, mode, sphere = trig.type, trig.mode, trig.sphere
            nounish = f.noun if f.kind == "light" and f.noun is not None else tok   # "began the withdrawal from X"
            if trig.needs_nonactor_object and any(
                    index.actor_at(o.i) is not None
                    for c in nounish.children if c.dep_ == "prep" and c.lower_ in trig.needs_prep
                    for o in c.children if o.dep_ == "pobj"):
                if trig.otherwise is None or f.kind not in ("noun", "light") or aimed_at(nounish, lex):
                    self._skip(skipped, "actor_object", f, index)        # "withdrawal of forces from Iraq" is not leaving an accord
                    return None
                trig = trig.otherwise                                    # ... it is leaving Iraq
                etype, mode, sphere = trig.type, trig.mode, trig.sphere
            if trig.needs_cue and self.statement_type(sent.text) is None:
                self._skip(skipped, "no_cue", f, index)
                return None
            if f.kind == "noun" and etype in SPEAKER_TYPES and not args.source:
                self._skip(skipped, "nominal_without_agent", f, index)
                return None
            if f.kind == "noun" and not args.source and not args.target and tok.dep_ == "pobj" \
                    and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB":
                # "consular offices were closed down by protests": what the happening acted on is its target
                for c in tok.head.head.children:
                    if c.dep_ == "nsubjpass":
                        args.add("target", [(h, i) for h, i in phrase_actors(c, index) if h.type != "place"], index)
            if f.kind == "noun" and not (set(args.source) | set(args.target)) - args.resolved:
                owner = self.clause_subject_owner(tok, index)
                if owner:                    # "X chose Beijing for his first visit abroad": X's visit, told here
                    args.source[:] = []
                    args.add("source", owner, index)
                else:
                    self._skip(skipped, "pronoun_only_noun", f, index)      # "his visit": an anaphoric mention
                    return None
        if f.kind == "verb" and etype == "REQUEST" and f.text.lower().split()[-1] == "for":
            # "called for bolstering ties": advocating cooperation is agreeing to it (PLOVER AGREE);
            # "called for the withdrawal of forces" stays a request
            after = [t for t in tok.subtree if t.i > tok.i + len(f.text.split()) - 1]
            if after and self.statement_type(" ".join(t.text for t in after)) in ("AGREE", "COOPERATE"):
                etype, mode = "AGREE", "statement"
        if etype == "AGREE" and mode == "promise" and f.kind == "verb" and self.vows_harm(tok):
            etype, mode = "THREATEN", "violence"      # "vowed to retaliate", "pledged revenge": PLOVER THREATEN
        if etype == "REJECT" and f.kind == "verb" and any(
                c.dep_ == "dobj" and c.lower_ in CONDUCT_NOUNS for c in tok.children):
            etype, mode = "ACCUSE", "condemn"     # "rejects all reckless actions": condemning conduct
        if etype == "CONSULT" and mode == "visit" and self.to_homage_site(tok):
            etype, mode, sphere = "SUPPORT", "homage", "religious"
        deployed = etype == "CONSULT" and mode == "visit" and f.kind in ("verb", "light") and self.troops_arriving(tok)
        if deployed:
            etype, mode, sphere = "MOBILIZE", "troops", "military"    # "French troops arrived in Bamako": a deployment
        if reason == "intention":
            # PLOVER: an intention to cooperate is AGREE, one to hurt THREATEN ("pledged to strike X")
            hurt = f.kind != "speech" and lex.quads[etype] == "material_conflict"
            etype, mode = ("THREATEN", "sanction" if etype == "SANCTION" else "violence") if hurt \
                else ("AGREE", "promise" if f.kind != "speech" else mode)
        if reason == "future" and f.kind != "speech":
            # PLOVER: a stated intention to cooperate is AGREE, to hurt THREATEN
            # ("we will consult", "the Houthis will continue attacks"); "we will maintain our efforts
            # to sanction X": the act the object names decides
            hurt = lex.quads[etype].endswith("conflict") or self.conflict_in_object(tok)
            etype, mode = ("THREATEN", "violence") if hurt else ("AGREE", "promise")
        if (etype == "REQUEST" or etype == "ACCUSE" and f.text.lower().endswith(" that")) and f.kind == "verb" \
                and not args.target:
            # "demanded the Turkish ambassador (to) be expelled": who is to act is the request's target;
            # "charged that Iran was harboring rebels": who is said to have done it is the accused
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
                    subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        args.add("target", phrase_actors(subj, index), index)
        if etype in ("REJECT", "THREATEN") and f.kind == "verb" and not args.target:
            # "threatened to launch an operation in Syria": who the threatened or refused act is aimed at
            for c in tok.children:
                if c.dep_ == "xcomp" and c.i > tok.i:
                    args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree if index.actor_at(t.i) is not None
                                        and index.actor_at(t.i).type != "media"
                                        and index.actor_at(t.i).actor not in args.source], index)
        if mode == "reward" and f.kind != "noun":
            # "offers $10 million for information on X": the wanted are the request's target
            for c in tok.subtree:
                if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i:
                    args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree
                                        if index.actor_at(t.i) is not None and index.actor_at(t.i).type != "media"], index)
        if etype == "RETREAT" and mode == "withdraw" and f.kind == "verb" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in ACCORDS for o in c.children)
                for c in tok.children):
            # "Trump withdrew the U.S. from the deal": leaving an accord rejects it (gold notes §25)
            etype, mode, sphere = "REJECT", "withdraw from agreement", "political"
        if etype == "PROTEST" and f.kind in ("verb", "light"):
            # "rallied outside the Turkish embassy", "protested in front of the American embassy": a protest at
            # a state's mission is aimed at that state (before any other target: "Egyptians protested outside
            # the Israeli embassy" is aimed at Israel)
            for t in tok.subtree:
                if t.dep_ == "pobj" and t.lemma_.lower() in MISSIONS and t.i > tok.i:
                    aimed = [(h, i) for h, i in phrase_actors(t, index)
                             if h.actor not in args.source and h.type not in ("media", "place")]
                    if aimed:
                        args.target = [a for a in args.target if a in {h.actor for h, _ in aimed}]
                        args.add("target", aimed, index)
                        break
        if (etype, mode) in TAKING and f.kind == "verb" and tok.lemma_.lower() != "take":
            # "captured al-Watiya air base from the LNA", "seized the town from rebels": who loses it is
            # acted on; the place taken stays a target only while no party is named
            for c in [*tok.children, *(p for o in tok.children if o.dep_ == "dobj" for p in o.children)]:
                if c.dep_ == "prep" and c.lower_ == "from":
                    losers = [(h, i) for o in c.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index)
                              if h.actor not in args.source and h.type in ("organization", "country", "person")]
                    if losers:
                        args.add("target", losers, index)
        if etype == "MOBILIZE" and f.kind in ("verb", "light") and not set(args.target) - set(args.source):
            # "massed troops along the Syrian border", "staged exercises near Taiwan": whom a deployment
            # faces is its target (PLOVER MOBILIZE), named after a preposition of direction or proximity
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *([f.noun] if f.noun is not None else [])]
            for h in heads:
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in FACING:
                        for o in c.children:
                            if o.dep_ == "pobj":
                                args.add("target", [(a, i) for a, i in phrase_actors(o, index)
                                                    if a.actor not in args.source and a.type != "media"], index)
        if etype in ("RETREAT", "SANCTION") and f.kind == "verb" and not set(args.target) - set(args.source):
            # "withdrew its forces from Lebanon", "recalled its ambassador from Israel", "pulled out of
            # Beirut": who is left is the target
            out = any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
            preps = [*tok.children, *(p for o in tok.children if o.dep_ in ("dobj", "prep") and o.lower_ != "from"
                                      for p in o.children)]
            for c in preps:
                if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and (out or c.head.lower_ == "out")):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            args.add("target", [(h, i) for h, i in phrase_actors(o, index)
                                                if h.actor not in args.source and h.type != "media"], index)
        if etype == "AGREE" and f.kind == "noun" and any(
                c.dep_ in ("acl", "relcl") and c.lemma_ in CONCLUDING for c in tok.children):
            # "a peace agreement signed by X and Y": a concluded agreement (gold notes §25, PLOVER SUPPORT)
            etype, mode = "SUPPORT", "agreement concluded"
        if etype == "THREATEN" and f.kind == "verb" and self.warns_of_conduct(tok):
            # "warned shippers that the IRGC often disguises its ships": telling of another's
            # conduct, with no act of the speaker's own in prospect, accuses (PLOVER ACCUSE)
            etype, mode = "ACCUSE", "allege"
        if etype == "PROTEST" and mode == "demo" and f.kind == "verb" and not self.crowd_agent(tok) and any(
                c.dep_ == "dobj" for c in tok.children):
            # "Iran protested the decision": a government's protest of an act disapproves of it (PLOVER
            # ACCUSE: "used for diplomatic protests"); a crowd protesting demonstrates
            etype, mode = "ACCUSE", "criticize"
        if etype == "PROTEST" and f.kind == "light" and tok.lemma_ in ("lodge", "file"):
            etype, mode = "ACCUSE", "criticize"     # "lodged a protest with China": a diplomatic protest (PLOVER ACCUSE)
        if etype in ("COERCE", "ASSAULT") and (self.crowd_agent(tok) or self.mission_overrun(tok)):
            # PLOVER PROTEST: "collective actions carried out as protests"; a crowd storming or
            # besieging a building riots (PROTEST riot), it does not coerce as a state would
            etype, mode, sphere = "PROTEST", "riot", "political"
        if args.source and f.kind in ("verb", "speech"):
            kin = monitor.kin_of(tok, lex, index)         # "His family blamed X": the kin, unnamed, not the person
            args.source = [a for a in args.source if a not in kin]
        if not args.source and f.kind in ("verb", "light"):
            args.add("source", led_doer(tok, index), index)     # "the alliance, led by Nigeria, sent troops"
        if not args.source and f.kind in ("verb", "light"):
            args.add("source", ordered_doer(tok, ORDERING, index), index)   # "Putin ordered troops to withdraw"
        if (etype == "CONSULT" and mode == "visit" or deployed) and not args.target and f.kind in ("verb", "light"):
            # "arrived in Moscow for a three-day visit": the place arrived in is the one visited (its state joins;
            # so for troops arriving: where they deploy)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                    args.add("target", [(h, o.i) for o in c.children if o.dep_ == "pobj"
                                        and (h := index.actor_at(o.i)) is not None and h.type in ("place", "country")
                                        and h.actor not in args.source], index)
        if etype == "SANCTION" and not args.target and f.kind == "verb":
            # "Qatar closed its embassy in Damascus": the mission's host is whom the closing is aimed at
            for o in tok.children:
                if o.dep_ == "dobj" and o.lemma_.lower() in MISSIONS:
                    args.add("target", [(h, t.i) for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                                        for t in c.children if t.dep_ == "pobj" and (h := index.actor_at(t.i)) is not None
                                        and h.type in ("place", "country") and h.actor not in args.source], index)
        args.source = self.metonymy(args.source, index)
        args.target = self.with_state(args.target, index)
        if args.target and all(index.actor_type.get(a) == "place" for a in args.target):
            # "the Barakh resort in the Zakho District of the Kurdistan Region of Iraq was shelled": the
            # country a place in the phrase is named after
            phrase = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
            extra = [h.actor for c in phrase for t in c.subtree
                     for h in [index.actor_at(t.i)] if h is not None and h.type == "place"]
            args.target += [a for a in self.with_state(list(dict.fromkeys(extra)), index)
                            if index.actor_type.get(a) == "country" and a not in args.target]
        # "Near Raqqah, four strikes hit ...": the scene-setting place is where, not who
        scene = fronted_location(sent, tok, index)
        if scene is not None and scene in args.source and index.actor_type.get(scene) == "place":
            args.source = [a for a in args.source if a != scene]
        args.location = args.location or scene
        args.target = [a for a in args.target if a not in args.source]
        instrument = self.instrument_subject(tok) if f.kind == "verb" and etype == "ASSAULT" and not args.source else None
        if instrument is not None:
            mode = instrument.mode or mode          # "two strikes destroyed": an air strike
        events, meta = self._so_far
        if self.they_after_meeting(f, events, meta, sent):
            last = events[-1]                    # "X met Y ... They agreed": both sides
            args.source = list(dict.fromkeys(last.source + last.target))
            args.target = [a for a in args.target if a not in args.source]
        elif not args.source and f.kind != "noun":
            joint = joint_parties(subject_of(f.token)[0], events, index)   # "The sides agreed"
            if joint:
                args.source = joint
                args.target = [a for a in args.target if a not in joint]
        if f.kind == "speech" and not args.source:
            self._skip(skipped, "statement_without_speaker", f, index)
            return None
        if f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass") and not args.source and all(
                index.actor_type.get(a) == "place" for a in args.target):
            # "the meeting was held at the crossing": a place says where a happening told before was
            self._skip(skipped, "place_only", f, index)
            return None
        if not args.source and not args.target and instrument is None and etype == "ASSAULT" \
                and f.kind == "verb" and (is_passive(tok) or self.hit_people(tok)) and tok.lemma_ != "target" \
                and not self.caused_by_event(tok):     # "killed in the attack": the attack is the event
            # "the region was attacked again", "three people were killed in a village": an unnamed
            # place or people hit in the country the story is set in (news-dev: the country is the target)
            scene_country = self.scene_country(tok, index)
            if scene_country is not None:
                args.target = [scene_country]
        if not args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
            # "training for the Nigerien military is suspended", "froze the assets of three Libyan banks": no
            # actor heads the acted-on phrase, one inside it is whom the act is done to
            acted_on = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
            last = f.text.lower().split()[-1]         # "called for new sanctions on Iran": the phrase's own object
            acted_on += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == last and c.i > tok.i
                         for o in c.children if o.dep_ == "pobj"]
            args.target = list(dict.fromkeys(
                h.actor for c in acted_on for t in c.subtree
                if (h := index.actor_at(t.i)) is not None and h.type not in ("media", "place")))
        if args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
            # "sent aid to flood victims in Pakistan": a party named inside the acted-on phrase
            args.add("target", inner_parties(tok, index, set(args.source)), index)
        if not args.source and instrument is None and f.kind in ("verb", "light"):
            # "Police arrested 40 protesters in Tehran", "were detained by police in Cairo": an unnamed state body
            # acts for the state it acts in
            place = state_body_place(tok, index)
            if place is not None and not (index.actor_type.get(place) == "country" or self.state_of_place(place, index)):
                place = city_state(place, index)        # "police in Omdurman" in a text naming Sudan
            if place is None:
                # "Soldiers seized power in Guinea. The junta expelled ...": else the one state the story is set in
                acted_on = frozenset(a for a in args.target if index.actor_type.get(a) == "country")
                # (a village the gazetteer does not know lies in the state a report is about)
                report = monitor.report_state(index)
                place = story_state(tok, index, lambda p: index.capital_state.get(p) or (
                    p if self.state_of_place(p, index) else None) or city_state(p, index) or report, acted_on,
                    otherwise=report) \
                    if unnamed_state_body(tok, index) is not None else None
            if place is not None:
                args.source = [place]
                args.target = [a for a in args.target if a != place]
        if not args.source and instrument is None and f.kind == "verb" and not is_passive(tok):
            # "The raid also detained two officers": the act told just before names the doer
            events, meta = self._so_far
            args.source = told_doer(subject_of(tok)[0], etype, events, meta, self._sent_starts, lex, index)
        if not args.source and not args.target and instrument is None:
            self._skip(skipped, "no_actor", f, index)
            return None
        if etype == "CONSULT" and mode == "visit" and args.location is None:
            args.location = next((a for a in args.target if index.actor_type.get(a) in ("place", "country")), None)
        confidence = {"verb": 0.8, "light": 0.8, "noun": 0.6, "speech": 0.6}[f.kind] - (0.1 if not args.source else 0)
        ev = Event(type=etype, source=args.source, target=args.target, evidence="", start=0, end=0,
                   extractor=self.name, mode=mode, location=args.location, quad=lex.quads[etype],
                   sphere=sphere, confidence=round(confidence, 2), trigger=f.text)
        ev._spans = args.spans
        ev._instrument = instrument
        if background is not None:
            # "condemned Ansarallah's attack on Marib", "following the Taliban takeover of Kabul": an act told
            # only as what another is about, or as a time anchor, is an event when the text reports it nowhere
            # else (news-dev conventions) -- decided once the document is read
            if not args.source:
                self._skip(skipped, background, f, index)
                return None
            ev._background = background
        return ev, f.kind

    @staticmethod
    def requested(noun) -> bool:
        """ "appealed for NATO air strikes", "called for talks with X": what is asked for (PLOVER
        REQUEST's content) has not happened."""
        t = noun
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ in ("VERB", "AUX") \
            and t.head.head.lemma_.lower() in REQUESTING

    @staticmethod
    def open_question(sent) -> bool:
        """A direct question: it ends in "?" and opens with an auxiliary or a wh-word."""
        words = [t for t in sent if not t.is_space and not t.is_punct]
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return bool(words) and last is not None and last.text.endswith("?") and (
            words[0].pos_ == "AUX" or words[0].tag_ in ("WDT", "WP", "WRB", "WP$"))

    @staticmethod
    def warns_of_conduct(verb) -> bool:
        """ "warned that the IRGC disguises its ships": the warning's content is a third party's
        conduct told as fact (no modal or future, no condition, not the speaker's own act)."""
        if verb.lemma_ != "warn":
            return False
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if content is None:       # "warned firms that Iran disguises ...", parsed as a relative clause on "firms"
            content = next((r for c in verb.children if c.dep_ == "dobj" for r in c.children
                            if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)), None)
        if content is None:
            return False
        speaker, _ = subject_of(verb)
        for t in content.subtree:
            if t.dep_ == "aux" and t.lower_ in MODALS_AND_FUTURE or t.dep_ == "mark" and t.lower_ in ("if", "unless"):
                return False
        subj, _ = subject_of(content)
        if subj is None or subj.lower_ in ("we", "i", "us", "it", "they"):
            return False
        return speaker is None or subj.lower_ != speaker.lower_

    def measure_effect(self, verb) -> bool:
        """ "The designation blocks all of his property", "the embargo bars arms sales": a simple present whose
        subject is an act's own noun tells that act's standing effect, not another act (a date makes it news)."""
        if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and noun_trigger(subj, self.lexicon) is not None \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)

    @staticmethod
    def quoted(tok, sent) -> bool:
        """The token is inside a quotation ("today's resolution," he said): the speaker's day, not
        the dateline's."""
        before = sent.doc[sent.start:tok.i].text
        if before.rfind("“") > before.rfind("”"):
            return True
        return before.count('"') % 2 == 1

    def told_before(self, f: Found, ev: Event, info: dict, events: list[Event], meta: list[dict],
                    index: DocIndex) -> str | None:
        """A clause that only elaborates a happening this sentence already names: a reason to
        drop it (its victims join that event), or None.

        - "the 1983 bombing of the barracks, which killed 241 Americans", "following the August 5
          attack that wounded U.S. personnel": a relative clause on an event noun describes that
          event (an anchor's clause is as much background as the anchor);
        - "Iran launched missiles at the bases and 50 service members were injured": casualties
          told without a doer are the toll of the attack the sentence reports."""
        tok = f.token
        if f.kind == "noun":
            # "a complex attack, which threatened areas with drones and a missile attack on X": the
            # noun inside a relative clause on an event noun of its type is a part of that event
            t = tok
            for _ in range(6):
                if t.head.i == t.i:
                    break
                if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
                    head = self.antecedent_event(t, ev.type)
                    if head is not None and head.i != tok.i:
                        return "part_of_event"
                    break
                t = t.head
            return None
        if f.kind != "verb":
            return None
        same_sentence = [(o, m) for o, m in zip(events, meta) if m["sent"] == info["sent"]]
        if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                       for c in tok.children):
            head = self.antecedent_event(tok, ev.type)
            if head is not None:
                if self.is_anchor(head):
                    return "anchor_clause"
                for o, m in same_sentence:
                    if (m.get("noun") == head.i or m["tok"] == head.i
                            or head.dep_ == "dobj" and m["tok"] == head.head.i) and o.type == ev.type:
                        o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                        return "describes_event"
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
            first = first.head            # "killing a contractor and injuring four"
        if ev.type == "ASSAULT" and tok.lemma_ in CASUALTY_VERBS and first.dep_ == "advcl" and first.tag_ == "VBG" \
                and not any(c.dep_ in ("nsubj", "mark") for c in first.children):
            # "the base was attacked with rockets, killing a contractor": the toll of the attack
            for o, m in reversed(same_sentence):
                if o.type == "ASSAULT" and m["tok"] == first.head.i:
                    o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                    return "casualty_of_event"
        if ev.type == "ASSAULT" and not ev.source and is_passive(tok) and tok.lemma_ in CASUALTY_VERBS:
            for o, m in reversed(same_sentence):
                if o.type == "ASSAULT" and o.source and m["kind"] != "speech":
                    o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                    return "casualty_of_event"
        return None

    def fronted_report(self, verb, sent, events: list[Event], meta: list[dict]) -> bool:
        """ "Iran condemned the sanctions, Foreign Minister Zarif said": a report placed after what it
        reports, unquoted, whose content is already an event of this sentence, is that event's
        attribution, not another statement."""
        content = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                   and not self.quoted(c, sent) for t in c.subtree}
        return bool(content) and any(m["sent"] == sent.start and m["kind"] != "speech" and m["tok"] in content
                                     for m in meta)

    def actor_in_head(self, noun, index: DocIndex) -> bool:
        """An actor names the phrase itself, its head or a pre-modifier or conjunct of it ("the Colombian
        government and FARC rebels"), not a prepositional phrase inside it ("the war in Syria") nor an
        event noun's doer ("the Hamas attacks increased ...": the attacks are the subject)."""
        if index.actor_at(noun.i) is not None:
            return True
        if noun_trigger(noun, self.lexicon) is not None or not is_agent_noun(noun):
            return False            # "Iran's nuclear program forced ...": a thing, not its owner, is the subject
        todo, seen = [noun], set()
        while todo:
            t = todo.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            if index.actor_at(t.i) is not None:
                return True
            todo += [c for c in t.children if c.dep_ in HEAD_PARTS and c.tag_ not in ("VBN", "VBG")]   # not "Iran-backed"
        return False

    @staticmethod
    def in_anchor_clause(verb) -> bool:
        """The verb (or the verb it is a conjunct of) heads an "after"/"since" clause: a background
        act that places another (README conventions: anchors are not events)."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in t.children):
            return True
        # "flared up after X was assassinated", parsed with "after" as a preposition before a clause
        left = t.left_edge.i - 1
        return t.dep_ in ("ccomp", "pcomp", "advcl") and left >= 0 and t.doc[left].lower_ in ANCHOR_MARKS \
            and t.doc[left].dep_ in ("prep", "mark")

    def antecedent_event(self, relcl, etype: str):
        """The event noun of type ``etype`` a relative clause hangs on ("the bombing of the barracks
        in Beirut, which killed ...": the bombing, not the place), or None."""
        head = relcl.head
        for _ in range(4):
            hit = noun_trigger(head, self.lexicon)
            if hit is not None and hit[0].type == etype or head.dep_ not in ("pobj", "prep", "appos", "compound"):
                break
            head = head.head
        hit = noun_trigger(head, self.lexicon)
        return head if hit is not None and hit[0].type == etype else None

    def intention_holder(self, verb, index: DocIndex) -> bool:
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
            unnamed_voice = gov.lemma_ in self.lexicon.speech_verbs and outer is not None and not speakers \
                and outer.pos_ == "NOUN"
            if not unnamed_voice and (outer is None or not own & speakers):
                return False
        return True

    @staticmethod
    def present_tense(verb) -> bool:
        """ "blames", "is suspending", "is suspended": the report's own present."""
        return verb.tag_ in ("VBZ", "VBP") or verb.tag_ in ("VBG", "VBN") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am") for c in verb.children)

    @staticmethod
    def present_perfect(verb) -> bool:
        """ "has designated", "have been arrested", "has previously sanctioned" (conjuncts share the aux)."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "aux" for c in t.children):
            t = t.head
        return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in t.children)

    def vows_harm(self, verb) -> bool:
        """A promise whose content is harm: a threat cue or a conflict act ("vowed to retaliate", "vowed revenge")."""
        lex = self.lexicon
        for c in verb.children:
            if c.dep_ not in ("xcomp", "ccomp", "dobj"):
                continue
            if self.statement_type(" ".join(t.text for t in c.subtree)) == "THREATEN":
                return True
            for t in c.subtree:
                trig = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
                # ("promised to freeze its nuclear program": freezing what is not listed for it is no sanction)
                if trig is not None and lex.quads.get(trig.type) == "material_conflict" and not (
                        trig.only_objects and not trig.actor_objects and not listed_object(t, trig)):
                    return True
        return False

    def current_background(self, noun, why: str, index: DocIndex) -> bool:
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
            trig = self.lexicon.verbs.get(gov.lemma_.lower())
            return trig is not None and self.lexicon.quads.get(trig.type) == "verbal_conflict"
        return t.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_.lower() in ("lead", "contribute") \
            and gov.head.dep_ != "acl"

    @staticmethod
    def hit_people(verb) -> bool:
        """ "shelling killed three people", "injured four": unnamed people as the object of an act."""
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in VICTIMS or c.like_num) for c in verb.children)

    def caused_by_event(self, verb) -> bool:
        """ "was killed in the attack", "as a result of a strike": a casualty of a happening named
        beside it (told as that happening, not as an act of its own)."""
        for c in verb.children:
            if c.dep_ == "prep" and any(noun_trigger(t, self.lexicon) is not None for t in c.subtree):
                return True
        return False

    @staticmethod
    def scene_country(tok, index: DocIndex, window: int = 250) -> str | None:
        """The country the story is set in at token ``tok``: a place of its sentence named by its state ("the
        Pakistani city of Quetta"), else the latest country named as a place ("in Ukraine", "Cherkasy, Ukraine",
        "Ukraine's Donetsk region"), in this sentence or before it."""
        doc = tok.doc
        end = tok.sent.end
        apposed = apposed_state(tok, index)     # wireev hook: "in Kharkiv, Ukraine" names the place's state
        if apposed is not None:
            return apposed
        own = EventExtractor.own_scene_state(tok, index)
        if own is not None:
            return own or None      # "explosions in Abu Dhabi killed three": Abu Dhabi's state, not a state named before
        for t in tok.sent:          # "near the Pakistani city of Quetta": the act's own place names its state
            h = index.actor_at(t.i)
            if h is not None and h.type == "country" and t.dep_ == "amod" and t.head.lemma_.lower() in SCENE_NOUNS \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
                return h.actor
        for j in range(end - 1, max(-1, end - 1 - window), -1):
            h = index.actor_at(j)
            if h is None or h.type != "country":
                continue
            t = doc[j]
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across", "throughout") \
                    or t.dep_ == "poss" and owns_a_place(t, index) \
                    or j > 1 and doc[j - 1].text == "," and index.actor_at(j - 2) is not None \
                    and index.actor_at(j - 2).type == "place":     # wireev: owns_a_place, "France's ministry" no scene
                return h.actor
        return None

    @staticmethod
    def own_scene_state(tok, index: DocIndex) -> str | None:
        """The state of a place the act's own clause puts it in ("explosions at a depot in Abu Dhabi killed ..."):
        its id when that state is among the document's actors, "" when the gazetteer places it in a state the
        document does not name (no guess then), None when the clause names no such place."""
        for t in tok.subtree:
            h = index.actor_at(t.i)
            if h is None or h.type != "place" or not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near")):
                continue
            if h.actor in index.capital_state:
                return index.capital_state[h.actor]
            place = next((a for a in index.ctx.actors if a.id == h.actor), None)
            state = capital_of(place) if place is not None else None
            if state is not None:
                return next((a.id for a in index.ctx.actors if a.type == "country" and a.name == state), "")
        return None

    @staticmethod
    def other_clause_dates(f: Found, dates, index: DocIndex) -> set[int]:
        """Starts of the date phrases in a relative or participial clause that does not hold the trigger
        ("the owner who died in August 2023": that clause's date)."""
        doc = f.token.doc
        return {d.start for d in dates
                if (toks := index.tokens_in(d.start, d.end)) and in_other_clause(doc[toks[0]], f.token)}

    def other_events_dates(self, f: Found, found: list[Found], dates, index: DocIndex) -> set[int]:
        """Date phrases that belong to another event noun in this trigger's object or complement
        ("condemn ... a complex attack on February 27": the attack's day, not the condemnation's;
        an anchor "following the August 5 attack" still dates the act); their start offsets."""
        if not dates:
            return set()
        own = {f.token.i} | ({f.noun.i} if f.noun is not None else set())
        own |= {n.i for n in self.carriers(f.token)} if f.kind in ("verb", "light") else set()
        nouns = {g.token.i for g in found if g.kind == "noun"} - own
        out = self.other_clause_dates(f, dates, index) | object_deed_dates(f, dates, index)
        doc = f.token.doc
        if not nouns:
            return out
        for d in dates:
            toks = index.tokens_in(d.start, d.end)
            if not toks:
                continue
            t = doc[toks[0]]
            under = False
            for _ in range(12):
                if t.head.i == t.i:
                    break
                under = under or t.i in nouns
                if t.head.i == f.token.i:
                    if under and t.dep_ in ("dobj", "ccomp", "xcomp", "dative"):
                        out.add(d.start)
                    break
                t = t.head
        return out

    @staticmethod
    def own_clause_date(f: Found, dates, index: DocIndex):
        """ "expelled X in January 2022 and recalled Y in June 2023": the second of two coordinated verbs takes
        the day or month phrase that hangs on it in its own clause (the date before it is its partner's); None
        for any other trigger or date."""
        verb = f.token
        if f.kind not in ("verb", "light") or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
                or verb.head.i > verb.i:
            return None
        for d in dates:
            toks = index.tokens_in(d.start, d.end)
            if not toks or d.precision not in ("day", "month") or toks[0] < verb.i:
                continue
            t = verb.doc[toks[0]]
            for _ in range(6):
                if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                    break
                t = t.head
            if t.i == verb.i:
                return d
        return None

    def conflict_in_object(self, verb) -> bool:
        """The verb's direct object (an effort, a campaign) carries a conflict act
        ("maintain our efforts to sanction", "continue the campaign of strikes")."""
        lex = self.lexicon
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            for t in c.subtree:
                if t.i == c.i:
                    continue
                trig = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else (noun_trigger(t, lex) or (None,))[0]
                if trig is not None and lex.quads.get(trig.type, "").endswith("conflict"):
                    return True
        return False

    @staticmethod
    def relative_time(verb) -> bool:
        """The act is placed only relative to another happening: "at the beginning of its invasion",
        "at the start of the war", "months later", "years earlier"."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "in", "by", "during"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in ("beginning", "start", "outset", "height", "onset") \
                            and any(p.lower_ == "of" and any(q.pos_ == "NOUN" for q in p.children) for p in o.children):
                        return True
            if c.dep_ == "advmod" and c.lower_ in ("later", "earlier") and any(
                    n.lemma_.lower() in ("month", "year", "decade") for n in c.children):
                return True
        return False

    def describing_past(self, verb, verbal: bool = False) -> bool:
        """ "people who assassinated X", "a commander who led Y": a past-tense relative clause whose
        subject is the relative pronoun and whose antecedent is a doer (a named actor, people, a group),
        not a happening ("a conflict that broke out"). A verbal act set off by a comma ("blamed the LNA,
        which denied responsibility") is the named actor's answer: news, not description."""
        if verb.dep_ != "relcl" or verb.tag_ != "VBD":
            return False
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None)
        if pronoun is None:
            return False
        if verbal and pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ",":
            return False
        head = verb.head
        return noun_trigger(head, self.lexicon) is None and (
            head.lemma_.lower() in AGENT_NOUNS or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))

    @staticmethod
    def past_perfect(verb) -> bool:
        """ "had criticized", "had been arrested" (conjuncts share the aux)."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "aux" for c in t.children):
            t = t.head
        return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children)

    @staticmethod
    def dates_the_saying(verb, date, index: DocIndex) -> bool:
        """The date is written in the saying verb's own clause ("said on Tuesday"), not in what was said."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        tokens = list(index.tokens_in(date.start, date.end)) if date.start is not None else []
        # by position, as the parser may hang "on Tuesday" on either verb: the date comes before what was said
        # begins ("said on Tuesday it had fired", "On Tuesday, X said its fighters had ...")
        return subject is not None and bool(tokens) and all(i < subject.left_edge.i for i in tokens) \
            and t.head.i < subject.left_edge.i

    @staticmethod
    def backshifted(verb) -> bool:
        """A past perfect reported by a past saying verb ("the group said its fighters had shot down a jet")
        is the report's past, backshifted: the news, not a time before the story."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        head = t.head
        return t.dep_ == "ccomp" and head.i != t.i and head.tag_ == "VBD" and head.lemma_.lower() in SAY_VERBS

    @staticmethod
    def clause_subject_owner(noun, index: DocIndex) -> list:
        """ "Javier Milei chose Washington for his first visit abroad": an event noun owned by "his"/"her" inside the
        object or a preposition of a verb with a named subject is that subject's act (the clause names it)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
            return []
        t = noun
        for _ in range(3):
            if t.dep_ not in ("dobj", "pobj", "prep") or t.head.i == t.i:
                return []
            t = t.head
            if t.pos_ == "VERB":
                break
        if t.pos_ != "VERB":
            return []
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        hit = index.actor_at(subj.i) if subj is not None else None
        # "his" says the owner is a person, whatever type the name was given
        return [(hit, subj.i)] if hit is not None and hit.type in ("person", "organization") else []

    @staticmethod
    def speakers_next_act(verb) -> bool:
        """ "Khamenei said that X was spreading chaos, and he urged Iraqis to ...": a past conjunct after ", and" with
        a "he"/"she" of its own, which the parser hung inside the said clause, is the narrator's next report."""
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 3:
            return False
        before = [verb.doc[verb.i - k] for k in (3, 2, 1)]
        return before[0].text == "," and before[1].lower_ == "and" and before[2].lower_ in ("he", "she") \
            and before[2].dep_ == "nsubj" and before[2].head.i == verb.i

    @staticmethod
    def troops_arriving(verb) -> bool:
        """The one arriving is a force ("the first Rwandan soldiers arrived in X", "a contingent reached Y"): PLOVER
        MOBILIZE (troops deployed), not a visit."""
        subj, dep = subject_of(verb)
        return subj is not None and dep == "nsubj" and not is_passive(verb) \
            and subj.lemma_.lower() in TROOPS | ARRIVING_FORCES

    @staticmethod
    def crowd_agent(verb) -> bool:
        """The doer is a crowd ("protesters stormed", "was besieged by supporters of X")."""
        subj, dep = subject_of(verb)
        heads = [subj] if subj is not None and dep == "nsubj" and not is_passive(verb) else []
        heads += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if not heads and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and is_passive(verb) == is_passive(verb.head):
            # "offices were closed down by protests, and the embassy was besieged": one crowd's acts
            return EventExtractor.crowd_agent(verb.head)
        heads += [c for h in heads for c in h.conjuncts]     # "by militiamen and their supporters"
        heads += [o for h in heads for o in counted_members(h)]    # wireev hook: "Hundreds of protesters"
        return any(h.lemma_.lower() in CROWDS or h.lemma_.lower() in PROTEST_NOUNS for h in heads)

    @staticmethod
    def is_attribution(text: str, hit, s_start: int, s_end: int) -> bool:
        """An outlet the sentence attributes its report to ("according to Tasnim", "told
        Reuters", "al-Akhbar reported"), not one it merely mentions ("Tasnim was banned")."""
        before = text[max(s_start, hit.start - 30):hit.start].lower()
        after = text[hit.end:min(s_end, hit.end + 30)].lower()
        return bool(ATTRIBUTION_BEFORE.search(before) or ATTRIBUTION_AFTER.match(after))

    @staticmethod
    def they_after_meeting(f: Found, events: list[Event], meta: list[dict], sent) -> bool:
        """ "They" ("the two sides") right after a meeting (this or the previous two sentences) are its parties, and
        so are they right after an act of two or more parties together ("The two sides agreed to X. They also signed Y")."""
        if f.kind == "noun" or not events or meta[-1]["kind"] == "speech":
            return False
        last = events[-1]
        subj, _ = subject_of(f.token)
        joint_act = len(last.source) >= 2 and subj is not None and subj.lower_ == "they" \
            and "\n" not in sent.doc[meta[-1]["sent"]:sent.start].text       # in the same paragraph
        if not (last.type == "CONSULT" and last.source and last.target or joint_act):
            return False
        if sent.start - meta[-1]["sent"] > 120:
            return False
        # "the two sides agreed", "both leaders pledged": a pair named by a common noun
        pair = subj is not None and subj.lemma_.lower() in PAIR_KINDS and any(
            c.lower_ in ("two", "both") for c in subj.children)
        return subj is not None and (subj.lower_ == "they" or pair)

    @staticmethod
    def done(verb) -> bool:
        """A past-tense act with its own subject ("conducted", "were killed", "has seized")."""
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        if verb.tag_ == "VBD":
            return True
        return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in
                                          ("was", "were", "has", "have", "had", "been") for c in verb.children)

    @staticmethod
    def joint_obligation(content) -> bool:
        """ "both sides must", "the two countries should", "we should": an obligation the
        speaker shares is a proposal to cooperate (PLOVER AGREE), not a demand on another."""
        for t in content.subtree:
            if t.lower_ in ("should", "must") and t.dep_ == "aux":
                subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and {w.lower_ for w in subj.subtree} & JOINT_WORDS:
                    return True
        return False

    def named_speaker(self, verb, index: DocIndex) -> bool:
        """The statement has a named speaker (else "officials said" only sources the facts)."""
        subj, _ = subject_of(self.speaker_verb(verb))
        return subj is not None and bool(phrase_actors(subj, index)) or subj is None and bool(self.inverted_speaker(verb, index))

    @staticmethod
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

    @staticmethod
    def anchored_date(date, index: DocIndex) -> bool:
        """The date phrase sits in an anchoring clause ("came two months after X ousted Y on July 26"): it times
        that background act (news-dev README: anchors are background), not the news around it."""
        toks = index.tokens_in(date.start, date.end)
        if not toks:
            return False
        t = index.ctx.doc[toks[0]]
        for _ in range(8):
            if t.head.i == t.i:
                return False
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS | {"before"} for c in t.children):
                return True
            t = t.head
        return False

    def in_relative_clause(self, date, sent, index: DocIndex) -> bool:
        """The date phrase dates a relative, participial or anchoring clause of the sentence ("aid, which the
        U.S. paused on August 5", "came two months after X ousted Y on July 26"), not its main act."""
        toks = index.tokens_in(date.start, date.end)
        return bool(toks) and in_other_clause(index.ctx.doc[toks[0]], sent.root) or self.anchored_date(date, index)

    @staticmethod
    def is_background(date, index: DocIndex) -> bool:
        """A date under "since", "until", "prior to" ... dates a background, not the news."""
        toks = index.tokens_in(date.start, date.end)
        if not toks:
            return False
        t = index.ctx.doc[toks[0]]
        for _ in range(5):
            if t.lower_ in BACKGROUND:
                return True
            if t.head.i == t.i:
                break
            t = t.head
        return background_by_words(index.ctx.doc[toks[0]])

    def to_homage_site(self, trigger) -> bool:
        """ "travelled to the grave of X", "a visit to the shrine": homage, not consultation."""
        for c in trigger.children:
            if c.dep_ in ("prep", "dobj") or c.dep_ == "prt":
                if any(t.lower_ in self.lexicon.homage_sites for t in c.subtree):
                    return True
        return False

    @staticmethod
    def mission_overrun(verb) -> bool:
        """A state's mission stormed or besieged by no one named ("the Danish embassy in Beirut was stormed"):
        in the news, a crowd's act (PLOVER PROTEST riot); a shelling or a strike on it is not."""
        if verb.lemma_.lower() not in OVERRUN or not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            return False
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in MISSIONS for c in verb.children)

    @staticmethod
    def official_protest(verb, index: DocIndex) -> bool:
        """A state protesting, or anyone protesting to a named party ("Greece protested the violation of its
        airspace", "the minister protested to Japan"): a verbal complaint, not a demonstration."""
        subj = subject_of(verb)[0]
        if subj is None or subj.lemma_.lower() in CROWDS or subj.lower_ in ("thousands", "hundreds", "dozens", "people"):
            return False
        hit = index.actor_at(subj.i)
        if hit is not None and hit.type in ("country", "place") and subj.pos_ == "PROPN":
            return True
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and index.actor_at(o.i) is not None for o in c.children) for c in verb.children)

    def instrument_subject(self, verb):
        """ "four strikes destroyed ...": the subject is the weapon (its trigger returned);
        its user is named elsewhere in the report."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ == "nsubj" for c in t.children):
            t = t.head
        for subj in (c for c in t.children if c.dep_ == "nsubj"):    # a misparse may give two
            hit = noun_trigger(subj, self.lexicon)
            if hit is not None and hit[0].type == "ASSAULT":
                return hit[0]
        return None

    def _skip(self, skipped: Counter, reason: str, f: Found, index: DocIndex) -> None:
        """Count a trigger that did not become an event, and say where and why."""
        skipped[reason] += 1
        self._trace.append({"trigger": f.text, "start": index.tok_start[f.token.i], "reason": reason})

    def state_of_place(self, place: str, index: DocIndex) -> str | None:
        """The name of the state a place actor lies in or is the capital of (None when unknown)."""
        actor = next((a for a in index.ctx.actors if a.id == place), None)
        if actor is None:
            return None
        return capitals_by_key(self.lexicon).get(normalise_name(actor.name)) or capital_of(actor)

    def _capitals_as_states(self, events: list[Event], ctx) -> None:
        """ "Tehran accused Washington": a capital acting or acted on stands for its state (PLOVER codes the
        government; news-dev: the country is the source, the city the location) even where the text never names
        the country -- the country then joins the actors, its mention the capital's words."""
        caps = capitals_by_key(self.lexicon)
        by_id = {a.id: a for a in ctx.actors}
        made: dict[str, str] = {}
        for ev in events:
            for role in ("source", "target"):
                ids = getattr(ev, role)
                for a in list(ids):
                    actor = by_id.get(a)
                    if actor is None or actor.type != "place":
                        continue
                    country = made.get(a) or self._state_actor(
                        caps.get(normalise_name(actor.name)) or capital_of(actor), actor, ctx, by_id)
                    if country is None:
                        continue
                    made[a] = country
                    if role == "source":
                        ids[ids.index(a)] = country
                        ev.location = ev.location or a
                    ids.append(country)
                    setattr(ev, role, list(dict.fromkeys(ids)))

    def _state_actor(self, country_name: str | None, capital, ctx, by_id: dict) -> str | None:
        """The id of the country actor for a capital's state, added to the document's actors if absent."""
        if country_name is None:
            return None
        from ..dictionary import load_dictionary
        entry = load_dictionary().lookup(country_name)
        name = entry.name if entry is not None else country_name
        key = normalise_name(name)
        for a in ctx.actors:          # the state named otherwise ("U.S.", "the United States of America")
            if a.type == "country" and (entry is not None and a.dictionary_id == entry.id or any(
                    normalise_name(n) == key or entry is not None and load_dictionary().lookup(n) is entry
                    for n in a.surface_forms())):
                return a.id
        aid = slug(name)
        if aid in by_id:
            return None
        mentions = [Mention(m.start, m.end, m.text, "country", actor=aid, extractor=self.name, label="capital:" + capital.id)
                    for m in capital.mentions]
        actor = Actor(id=aid, name=name, type="country", mentions=mentions, extractor=self.name,
                      dictionary_id=entry.id if entry is not None else None,
                      merged_because=[f"the capital {capital.name} acts for it"])
        ctx.actors.append(actor)
        by_id[aid] = actor
        return aid

    @staticmethod
    def _drop_repeated_headlines(events: list[Event], meta: list[dict], doc):
        """A headline ("Iran and Iraq reopen border crossings") announces the act the body
        then reports: keep the body's sentence, count one event."""
        keep_e, keep_m = [], []
        for k, (ev, m) in enumerate(zip(events, meta)):
            sent = doc[m["sent"]].sent
            last = next((t for t in reversed(sent) if not t.is_space), None)
            # a headline is a line of its own: a sentence the parser cut inside a line ("near Mo | So village") is not
            headline = m["para"] == meta[0]["para"] and last is not None and not last.is_punct and (
                last.i + 1 >= len(doc) or doc[last.i + 1].is_space or "\n" in last.whitespace_)
            actors = set(ev.source) | set(ev.target)
            if headline and any(o.type == ev.type and actors & (set(o.source) | set(o.target))
                                for o, om in zip(events[k + 1:], meta[k + 1:]) if om["para"] != m["para"]):
                continue
            keep_e.append(ev)
            keep_m.append(m)
        return keep_e, keep_m

    @staticmethod
    def _last_agent(events: list[Event], etype: str, mode: str | None) -> list[str]:
        """The agent of the latest act of the same kind (a strike report names its force once)."""
        for other in reversed(events):
            if other.type == etype and other.source and other.mode == mode:
                return list(other.source)
        return []

    @staticmethod
    def _merge_into(events: list[Event], meta: list[dict], ev: Event, info: dict) -> bool:
        """A repeated mention of the same happening in a paragraph joins the first one.

        Statements are never merged: separate sentences carry separate speech acts.
        """
        if info["kind"] == "speech":
            # one speaker, one sentence, one (cooperative) message: "He welcomed X and stressed Y"
            for other, m in zip(reversed(events), reversed(meta)):
                if m.get("sent") != info.get("sent"):
                    break
                if set(other.source) == set(ev.source) and ev.source and (
                        other.type == ev.type or {other.type, ev.type} <= {"AGREE", "SUPPORT"}):
                    return True
            return False
        for other, m in zip(reversed(events), reversed(meta)):
            if m["para"] != info["para"] or info.get("instrument") and m["sent"] != info["sent"]:
                break                            # each line of a strike report is its own strike
            if info.get("another") and m["sent"] != info["sent"]:
                break
            if m["kind"] == "speech" or other.type != ev.type or set(other.source) != set(ev.source):
                continue
            if m["tok"] == info["head"] and info["kind"] == "verb" and (ev.quad or "").startswith("verbal") \
                    and ev.target and not other.target and m.get("lemma") != info.get("lemma"):
                break       # "called for a ceasefire and asked X to stop": a second verb with its own addressee
            if m["tok"] == info["head"] and info["kind"] == "verb" and ev.type == "REQUEST" \
                    and m.get("lemma") != info.get("lemma") and info.get("own_addressee"):
                break       # wireev hook: "urged both sides to ... and asked the government to ...": two addressees
            renamed = info["kind"] == "noun" or other.type == "CONSULT" or m["tok"] == info["head"]
            # "Syria agreed to withdraw its troops": the agreement and the act it promises are one AGREE
            renamed = renamed or other.type == "AGREE" and m.get("sent") == info.get("sent")
            # "X survived an assassination attempt. A drone attacked his residence": with no doer
            # named, a second act of the type on the same person in the paragraph retells the first
            renamed = renamed or not ev.source and not other.source and bool(
                set(info.get("persons", ())) & set(other.target))
            if other.mode != ev.mode and not renamed:
                continue
            if other.location and ev.location and other.location != ev.location or info.get("scene") \
                    and info["scene"] != other.location:
                continue                         # strikes in two places ("In Iraq, ...") are two events
            same_date = other.date is None or ev.date is None or other.date.iso == ev.date.iso
            overlap = not other.target or not ev.target or set(other.target) & set(ev.target)
            if same_date and overlap and (other.source or other.target and ev.target):
                for t in ev.target:
                    if t not in other.target:
                        other.target.append(t)
                other.location = other.location or ev.location
                return True
        return False

    @staticmethod
    def _share_dates(events: list[Event], meta: list[dict]) -> None:
        """The same happening dated explicitly once takes that date at every mention (gold notes §26).

        Same happening: same type and mode, and the same named agent -- or, with no
        agent named, a shared target ("the assassination of X" / "X's assassination").
        """
        def same(a: Event, b: Event) -> bool:
            if a.type != b.type or a.mode != b.mode:
                return False
            if a.source or b.source:
                # two target-less acts of one agent ("designated ... in April", "announced sanctions")
                # are not one happening unless a target ties them
                return set(a.source) == set(b.source) and bool(a.target or b.target) and (
                    not a.target or not b.target or bool(set(a.target) & set(b.target)))
            return bool(set(a.target) & set(b.target))

        anchors = [ev for ev, m in zip(events, meta) if m["explicit"] and m["kind"] != "speech" and ev.date is not None]
        for ev, m in zip(events, meta):
            if m["explicit"] or m["kind"] == "speech" or m.get("present"):
                continue          # "is suspending aid": the report's present, not the act dated before
            match = next((a for a in anchors if a is not ev and same(a, ev)), None)
            if match is not None:
                ev.date = match.date

    @staticmethod
    def _document_fallback(events: list[Event], meta: list[dict], dater: EventDater) -> None:
        """Still undated: a press release's news (no source notes) is from its publication
        month; an undated, uncited text's events are from the year it is clearly about (one
        year dominating its dates). A report citing sources leaves undated paragraphs null
        (gold notes §26) unless nothing in it is dated. Null when the text gives no time."""
        # a report citing its sources dates by them and leaves the rest null (gold notes §26)
        fallback = dater.publication_month() if not dater.notes else None
        if fallback is None and dater.published is None and not dater.notes:
            # no publication date: the year the text is about, when it is clearly one year
            fallback = dater.document_year(dominant=True)
        elif fallback is None and all(ev.date is None for ev in events):
            fallback = dater.document_year()    # a cited report dates by paragraph (gold notes §26)
        for ev, m in zip(events, meta):
            if ev.date is None and not m.get("undated"):
                ev.date = fallback

    def _background_dates(self, dater: EventDater, index: DocIndex) -> frozenset[int]:
        """Start offsets of the date phrases that time no other sentence's act: a background date, an anchoring
        clause's own date, the date of a deed reacted to."""
        return frozenset(d.start for d in dater.dates if self.is_background(d, index)
                         or self.anchored_date(d, index)) | self._reacted

    def _year_fallback(self, events: list[Event], meta: list[dict], dater: EventDater, para_span, index: DocIndex) -> None:
        """An undated event in a dated paragraph is placed in that paragraph's year (year precision).

        A paragraph with no time at all leaves its events undated (gold notes §26); a background date ("Since
        2019, Qatar has hosted ...") times no other sentence's act, nor does an anchoring clause's own date
        ("two months after X ousted Y on July 26").
        """
        background = self._background_dates(dater, index)
        for ev, m in zip(events, meta):
            if ev.date is None and not m.get("undated"):
                ev.date = dater.paragraph_year(*para_span[m["para"]], ev.start,
                                               set(m.get("other_clause_dates", frozenset())) | background)

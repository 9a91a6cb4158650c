"""Finding trigger words in a sentence: verbs, nouns, multiword phrases, speech acts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .ordered_payments import ordered_payer
from .authorisations import authorised
from .expectations import expected_duty
from .goodwill import goodwill
from .joint_bodies import joint_body
from .checkpoints import checkpoint_set_up
from .message_contents import message_trigger
from .cameo import fallback_trigger, regular_stems, reported
from .index import QUOTE_MARKS
from .quoted_judgements import quoted_judgement
from .interrupted_phrases import phrase_tokens
from .lexicon import Lexicon, Trigger
from .measures import measure_noun_trigger, measure_trigger
from .munitions import munition_trigger
from .landings import landing_trigger
from .bases import base_trigger
from .cancellations import cancellation_trigger
from .dismissals import dismissal_trigger
from .protest_gatherings import assembled_protest, held_march
from .joint_openings import joint_opening
from .confirmations import confirmed_in_office
from .ordered_forces import forces_ordered_in
from .oaths import oath_of_office
from .split_particles import split_phrase
from .relation_levels import relation_level
from .joined_protests import joined_protest
from .force_arrivals import force_arrival
from .funds_approved import funds_approved
from .claimed_munitions import claimed_munition
from .invoked_laws import invoked_law
from .presence_votes import presence_vote
from .put_in_charge import put_in_charge
from .replacements import replacement
from .inquiries import opened_inquiry
from .listed_plurals import plural_entry
from .ceremonies import attended_ceremony
from .time_objects import time_misparsed_object
from .halted_supply import halted_supply
from .fused_judgements import fused_judgement
from .judged_stances import alarmed_noting, judged_clause
from .courtesy_calls import courtesy_call
from .free_relatives import names_in_free_relative
from .asked_speech import asked_of_another
from .offensives import offensive_trigger
from .fighting_nouns import fighting_noun_trigger, telling_verbs
from .monitor import struck_device
from .nominal import derived_trigger, of_object
from .arguments import ARMED_NOUNS
from .territory import fell_to
from ..dictionary import load_dictionary
from ..doc_tokens import span_tokens

# Beginning or ending a meeting or visit reports it; ending an occupation does not report one.
ASPECT_TYPES = {"CONSULT"}
# Starting any act done to someone reports it ("began a hunger strike", "started an offensive against X"): its object
ONSET = {"begin", "start", "resume", "intensify", "escalate"}   # resuming or stepping up an act reports it too
SPEECH_CONTENT = {"ccomp", "xcomp", "dobj"}
# "a series of meetings", "dozens of attacks": the event noun hides behind a quantity
QUANTIFIERS = {"series", "number", "round", "wave", "spate", "couple", "string", "dozens", "hundreds", "set", "pair",
               "dozen", "hundred", "thousand", "thousands", "scores", "score", "most", "some", "many", "several",
               "all", "one", "two", "three", "part", "each", "both", "few", "majority", "rounds", "waves",
               # measures: "50 tonnes of medical supplies", "a consignment of weapons"
               "tonne", "ton", "consignment", "batch", "load", "cargo", "amount", "quantity",
               # people sent as one: "a team of military advisers"
               "team",
               # evcand5: people acted on as one: "beat a group of migrants", "dispersed a crowd of protesters"
               "group", "crowd",
               "shipload", "truckload", "planeload", "crate", "kilogram", "litre", "liter", "barrel"}
ANSWERING = {"respond", "retaliate", "react", "reply"}     # "responded with artillery fire on X": the fire is the act


def through_quantifier(noun):
    """The event noun under a quantity noun ("series" -> "meetings"), or the noun itself."""
    if noun.lemma_.lower() in QUANTIFIERS or noun.lower_ in QUANTIFIERS:
        return of_object(noun) or noun
    return noun


@dataclass
class Found:
    token: object                 # the spaCy token whose clause gives the arguments
    trigger: Trigger | None       # None for a speech act (typed from its content)
    kind: str                     # verb | noun | light | speech
    text: str                     # the trigger as written
    noun: object = None           # for light verbs: the noun carrying the meaning; for an admitting verb the party


_BY_FIRST: dict[int, tuple[object, dict]] = {}


def _phrases_from(lex: Lexicon, first: str):
    """The lexicon's phrases starting with ``first`` (indexed once per lexicon)."""
    cached = _BY_FIRST.get(id(lex))
    if cached is None or cached[0] is not lex:
        index: dict[str, list] = {}
        for ph in lex.phrases:
            index.setdefault(ph.words[0], []).append(ph)
        cached = _BY_FIRST[id(lex)] = (lex, index)
    return cached[1].get(first, ())


def phrase_match(sent, k: int, lex: Lexicon):
    """The lexicon phrase starting at token ``k`` and the positions of its words (an adverb may stand between
    them: "was immediately in contact with"), or None."""
    for ph in _phrases_from(lex, sent.doc[k].lower_):
        positions = phrase_tokens(sent, k, ph.words)
        if positions is not None:
            return ph, positions
    return None


def phrase_at(sent, k: int, lex: Lexicon):
    match = phrase_match(sent, k, lex)
    return match[0] if match is not None else None


def noun_trigger(tok, lex: Lexicon) -> tuple[Trigger, str] | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and f"{prev.lower_} {tok.lower_}" in lex.nouns:
        return lex.nouns[f"{prev.lower_} {tok.lower_}"], f"{prev.text} {tok.text}"
    if prev is not None and prev.text == "-" and tok.i > 1 and not prev.whitespace_ \
            and f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}" in lex.nouns:      # "cyber-attack(s)": split
        return lex.nouns[f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"], tok.doc[tok.i - 2:tok.i + 1].text
    if tok.lower_ in lex.nouns:
        return lex.nouns[tok.lower_], tok.text
    if prev is not None and tok.tag_ == "NNS" and f"{prev.lower_} {tok.lemma_.lower()}" in lex.nouns:
        return lex.nouns[f"{prev.lower_} {tok.lemma_.lower()}"], f"{prev.text} {tok.text}"   # "cyber attacks"
    if tok.lemma_.lower() in lex.campaign_nouns:     # "the bombing campaign against X": the campaign's event
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN":
                hit = noun_trigger(c, lex)
                if hit is not None:
                    return hit[0], f"{c.text} {tok.text}"
    if tok.lemma_.lower() in lex.nouns and tok.lemma_.lower() not in ("sanction",):
        return lex.nouns[tok.lemma_.lower()], tok.text
    derived = derived_trigger(tok, lex)           # "the annexation of Crimea", "the release of 50 prisoners"
    if derived is not None:
        return derived, tok.text
    measured = measure_noun_trigger(tok)          # "the suspension of flights to X" (data/measures.yaml `nouns`)
    if measured is not None:
        return measured, tok.text
    return None


COMPASS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}


def through_compass(noun):
    """ "launched an offensive east of the Euphrates": the parser heads the object with the direction and hangs the
    event noun on it as a modifier; the noun is the object."""
    if noun.lower_ in COMPASS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return next((c for c in reversed(list(noun.children))      # the modifier next to it ("a new offensive")
                     if c.dep_ == "amod" and c.i < noun.i and c.pos_ in ("NOUN", "ADJ")), noun)
    return noun


def light_verb_noun(verb, lex: Lexicon, subject_noun: bool = False):
    """The event noun a light verb carries ("paid a visit", "arrived for an official visit")."""
    for c in verb.children:
        # "talks were held", "negotiations began": the event noun is the subject
        cands = [c] if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and subject_noun else []
        if c.dep_ == "prep" and (c.lower_ in ("for", "out") or subject_noun and c.lower_ == "in"   # "took part in talks"
                                 or c.lower_ == "on" and verb.lemma_ == "vote"                    # "voted on a resolution"
                                 or c.lower_ == "with" and verb.lemma_ in ANSWERING):
            cands = [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prt":          # "carried out an attack"
            continue
        for n in cands:
            n = through_quantifier(through_compass(n))
            if n.pos_ == "ADJ" and n.dep_ == "amod" and n.head.lower_ in COMPASS and n.lower_ in lex.nouns:
                return n, lex.nouns[n.lower_]      # "an offensive north of X": the noun tagged as the direction's adjective
            hit = noun_trigger(n, lex)
            if hit is not None:
                return n, hit[0]
            plural = plural_entry(n, lex)       # "held a joint exercise": the `exercises` entry (evvocab2)
            if plural is not None:
                return n, plural
    misparsed = time_misparsed_object(verb)     # "declared a truce days later" (evvocab2)
    hit = noun_trigger(misparsed, lex) if misparsed is not None else None
    if hit is not None:
        return misparsed, hit[0]
    return None


def concluded_agreement(verb, lex: Lexicon):
    """The agreement a concluding verb concludes ("concluded a ceasefire agreement", "a deal was struck", "agreed on
    a truce"), or None."""
    if verb.lemma_.lower() not in lex.concluding_verbs:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                for o in p.children if o.dep_ == "pobj"]
    for c in objects:
        n = through_quantifier(c)
        if n.lemma_.lower() in lex.concluding_objects:
            return n
    return None


def placed_in(verb, lex: Lexicon):
    """The state noun and trigger of a placing pattern ("placed X under house arrest" -> arrest), or None:
    the verb has a direct object and a prepositional phrase whose object is one of the pattern's nouns."""
    lemma = verb.lemma_.lower()
    # a pattern with `no_object` is a state its subject is in ("the army was on high alert"): no object then
    # a passive's subject is the one placed ("X was placed under house arrest", "has been held in custody")
    # (not in a relative clause: "X, who was placed under house arrest in 1990, ..." tells who X is)
    has_object = any(c.dep_ == "dobj" or c.dep_ == "nsubjpass" and verb.dep_ != "relcl" for c in verb.children)
    pats = [p for p in lex.placing if lemma in p.verbs and p.trigger.no_object != has_object]
    if not pats:
        return None
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            for p in pats:
                if c.lower_ == p.prep and o.lemma_.lower() in p.nouns:
                    return o, p.trigger
    return None


def incursion(verb, lex: Lexicon) -> bool:
    """Armed forces moving into a country ("Ethiopian troops entered Somalia", "tanks rolled into Georgia")."""
    inc = lex.incursion
    if inc is None or verb.lemma_.lower() not in inc.verbs:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not ({subj.lemma_.lower(), subj.lower_} | {c.lemma_.lower() for c in subj.children
                                                                   if c.dep_ == "compound"}) & inc.movers:
        return False
    # a named place entered ("entered Somalia", "poured into northern Iraq"); not "entered the building"
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" for o in places)


def admitted_party(verb, lex: Lexicon, adm=None):
    """The third party an admitting verb lets in ("allowed UN inspectors to return": inspectors;
    "let aid workers into Darfur"), or None. With ``adm`` another pattern of that shape (lex.expelling:
    "ordered U.S. forces to leave")."""
    adm = adm if adm is not None else lex.admitting
    if adm is None or verb.lemma_.lower() not in adm.verbs:
        return None
    candidates = []
    for c in verb.children:
        # statements3: "gave the diplomats 48 hours to leave": the parser hangs the infinitive as an advcl, the
        # party as a dative or an object
        timed = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if (c.dep_ in ("ccomp", "xcomp") or timed) and c.lemma_.lower() in adm.entry:
            candidates += [s for s in c.children if s.dep_ == "nsubj"]
            candidates += [o for o in verb.children if o.dep_ in ("dobj", "dative") and o.i < c.i]
        elif c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "into" for p in verb.children):
            candidates.append(c)
    for n in candidates:
        n = through_quantifier(n)
        if (n.lemma_.lower() in adm.parties or n.lower_ in adm.parties) and not (
                adm is lex.expelling and own_forces(n)):
            return n
    return None


FORCE_NOUNS = ARMED_NOUNS | {"contingent", "unit"}
# "instructed the minister to summon", "directed the department to": a government tasks its own (the act follows)
ORDER_VERBS = {"order", "require"}


def ordered_party(verb):
    """The state an order is addressed to ("the court ordered Venezuela to refrain"), or None: the orderer's own
    forces, offices and companies ("ordered troops to withdraw", "ordered PDVSA to ...") carry it out, which is
    then the act."""
    if verb.lemma_.lower() not in ORDER_VERBS or verb.pos_ != "VERB":
        return None
    payer = ordered_payer(verb)
    if payer is not None:
        return payer    # evtypes3: "ordered the steel maker to pay compensation" (ordered_payments.py)
    party = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    entry = load_dictionary().lookup(party.text) if party is not None else None
    if entry is None or entry.type != "country":
        return None     # "ordered PDVSA to create a subsidiary", "the Minister of Defence to ...": its own carry it out
    told = any(c.dep_ in ("xcomp", "ccomp") and c.i > party.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children) for c in verb.children)
    return party if told else None


def own_forces(noun) -> bool:
    """ "ordered troops to withdraw", "ordered its forces to leave": the orderer's own forces pull back (the act
    is the withdrawal); whose they are is unsaid or the orderer's, unlike "ordered French troops to leave"."""
    if noun.lemma_.lower() not in FORCE_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    return not owners or all(c.pos_ == "PRON" for c in owners)


STATEMENT_VERBS = {"issue", "release", "publish", "put", "make"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "comment", "remark"}


def issued_statement(verb) -> bool:
    """ "released a statement that the perpetrators were ...", "issued a statement saying ...": a
    statement with its content is a speech act of the issuer."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS:
            if any(k.dep_ in ("acl", "ccomp", "relcl") and k.i > c.i for k in c.children):
                return True
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if nxt is not None and (nxt.lower_ in ("that", "saying") or nxt.text == ":" or
                                    nxt.text == "," and c.i + 2 < len(c.doc) and c.doc[c.i + 2].lower_ == "saying"):
                return True
    return False


# a statement judging its object: "holds X responsible", "considers the raid a violation"; in a relative clause
# ("a summit, which Riyadh regarded as a rival") a judgement describes, it is not stated
JUDGING = {"consider", "deem", "regard", "hold"}
CHARACTERIZING = {"call", "describe", "label", "term", "brand", "dub", "characterize", "characterise"} | JUDGING


def misread_judgement(verb) -> bool:
    """The parser's misreadings of "called X a Y" and "called the X of Z inhumane": the object taken for a
    clause whose own object is the judgement ("called the shelling a war crime", "called the missile launch an
    aggression"), or the closing adjective taken for the object of "of"."""
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i
           and (c.pos_ == "NOUN" or any(d.dep_ == "det" and d.i < c.i for d in c.children))    # "the shelling"
           and any(d.dep_ == "dobj" and d.i > c.i for d in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.tag_ == "JJ" and not any(d.dep_ in ("det", "prep") for d in o.children)
        for o in p.children) for p in c.children)
        for c in verb.children)


def characterizes(verb) -> bool:
    """ "called the allegations baseless", "described the move as a provocation": a judgement of
    the object (typed by what it is called)."""
    if misread_judgement(verb):
        return True
    if any(c.dep_ == "oprd" and c.i > verb.i and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
           and any(d.dep_ == "compound" and d.pos_ == "NOUN" for d in c.children) for c in verb.children):
        return True       # "called the mutiny treason": the parser makes the object a modifier of the judgement
    if any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("ADJ", "NOUN") and any(d.dep_ == "nsubj" for d in c.children)
           for c in verb.children):
        return True       # a verbless small clause: "holds the regime responsible", "considers the raid a violation"
    if sum(c.dep_ == "dobj" for c in verb.children) >= 2:
        return True       # "deems the shelling an act of aggression": the object and what it is deemed
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as")
           for c in verb.children):
        return True
    # 'called the action "excessive and offensive"': the parser hangs a quoted judgement on the object
    if any(c.dep_ == "amod" and c.i > obj.i and c.doc[c.i - 1].text in QUOTE_MARKS for c in obj.children):
        return True
    # evskip4: 'called the appointments "a purge"', 'called the opponents of the deal "provocateurs"'
    return quoted_judgement(verb) is not None




def reported_judgement(verb, lemma: str, lex: Lexicon) -> bool:
    """ "Peskov said Russia regarded the measures as hostile": a judgement reported by a speech verb is what
    that statement says (the speech verb reads it), not a second statement."""
    return lemma in JUDGING and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.speech_verbs


def has_content(verb) -> bool:
    """A speech verb reports something: a complement, or (misparsed) "that ..." after it."""
    if any(c.dep_ in SPEECH_CONTENT for c in verb.children):
        return True
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.lower_ == "that"


def coordinated_modifiers(objs) -> list:
    """ "carried food and building materials": the parser makes the first conjuncts modifiers of the last noun."""
    return [n for o in objs for m in o.children if m.dep_ == "nmod" and m.i < o.i
            and any(c.dep_ == "cc" for c in m.children) for n in (m, *m.conjuncts)]


def listed_object(verb, trig: Trigger) -> bool:
    """The verb acts on one of the objects its sense is listed for (object, passive subject or their conjuncts)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for c in objs for o in c.conjuncts]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        objs.append(verb.head)            # "the aid sent to X"
    objs = [through_quantifier(o) for o in objs]
    objs += coordinated_modifiers(objs)
    return any(o.lemma_.lower() in trig.only_objects or o.lower_ in trig.only_objects for o in objs)


def listed_sense(verb, lemma: str, lex: Lexicon) -> bool:
    """plover.yaml's entry for the verb holds: it lists no objects, or one of them is acted on."""
    trig = lex.verbs.get(lemma)
    if trig is None:
        return False
    named = trig.actor_objects and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)
    return not trig.only_objects or named or listed_object(verb, trig)     # "suspended Gabon": a named body


def known_lemma(tok, lex: Lexicon) -> str:
    """The verb's lemma, or the regular base form the lexicon knows when the lemmatizer slipped
    ("staged" -> "stag": "stage")."""
    lemma = tok.lemma_.lower()
    known = (lex.verbs, lex.light_verbs, lex.speech_verbs, lex.aspect_verbs)
    if any(lemma in k for k in known) or tok.lower_ == lemma:
        return lemma
    return next((s for s in regular_stems(tok.lower_) if any(s in k for k in known)), lemma)


# verbs of seeing: "saw burning houses and wounded children" lists what was seen
PERCEIVING = frozenset({"see", "watch", "witness", "show", "film", "photograph", "notice", "observe", "find"})


def seen_participle(tok) -> bool:
    """A participle the parser made a second verb of a seeing verb ("saw burned houses and wounded
    children"): with no subject of its own, right after the seen object and "and", it describes
    what was seen; no one named in the clause did it."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or head.lemma_.lower() not in PERCEIVING:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    seen = tok.doc[tok.i - 2] if tok.i > 1 else None
    return before is not None and before.lower_ == "and" and seen is not None and seen.dep_ == "dobj" \
        and seen.head.i == head.i


def find_triggers(sent, lex: Lexicon) -> list[Found]:
    found: list[Found] = []
    consumed: set[int] = set()
    kept_nouns: set[int] = set()
    for tok in span_tokens(sent):
        k = tok.i
        if k in consumed:
            continue
        match = phrase_match(sent, k, lex)
        if match is not None:
            ph, positions = match
            head = sent.doc[positions[ph.head]]
            consumed.update(range(k, positions[-1] + 1))
            if ph.trigger.noun:
                kept_nouns.add(head.i)         # "came under fire": the phrase's own event noun stays
            words = " ".join(t.text for t in sent.doc[k:positions[-1] + 1])
            visit = courtesy_call(sent, words.lower(), positions[-1])   # evtypes2: "called on the king in Amman"
            found.append(Found(head, visit or ph.trigger, "noun" if ph.trigger.noun else "verb", words))
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and seen_participle(tok):
            continue
        if tok.pos_ in ("VERB", "AUX"):
            concluded = concluded_agreement(tok, lex)
            if concluded is not None:       # "concluded a ceasefire agreement", "struck a deal"
                consumed.add(concluded.i)
                found.append(Found(tok, lex.concluding_verbs[tok.lemma_.lower()], "light",
                                   f"{tok.text} … {concluded.text}", noun=concluded))
                continue
            if "demand" in lex.verbs and ordered_party(tok) is not None:
                # "the court ordered Venezuela to refrain from ...": an order to a named party is a demand on it
                # (PLOVER REQUEST); what is ordered is its content, not a happening
                found.append(Found(tok, replace(lex.verbs["demand"], mode="demand"), "verb", tok.text))
                continue
            taken = fell_to(tok, lex)
            if taken is not None:             # "Kidal fell to the rebels": the rebels took it
                found.append(Found(tok, taken, "verb", tok.text))
                continue
            if incursion(tok, lex):           # "Ethiopian troops entered Somalia"
                found.append(Found(tok, lex.incursion.trigger, "verb", tok.text))
                continue
            pattern = next(((p, party) for p in (lex.admitting, lex.expelling) if p is not None
                            and (party := admitted_party(tok, lex, p)) is not None), None)
            if pattern is not None:         # "allowed UN inspectors to return" (PLOVER RETREAT access),
                adm, party = pattern        # "ordered U.S. forces to leave" (SANCTION expel)
                found.append(Found(tok, adm.trigger, "verb", f"{tok.text} … {party.text}", noun=party))
                # the entry or leaving verb ("to return", "to leave") is the pattern's, not an act of its own
                consumed.update(c.i for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                                and c.lemma_.lower() in adm.entry)
                continue
            placed = placed_in(tok, lex)
            if placed is not None:          # "placed X under house arrest", "took X into custody"
                noun, trig = placed
                consumed.add(noun.i)
                found.append(Found(tok, trig, "verb", f"{tok.text} … {noun.text}"))
                continue
            offensive = offensive_trigger(tok)
            if offensive is not None:       # "launched a push on X", "drove X out of Y" (data/offensives.yaml)
                kind, noun, trig = offensive
                if noun is not None and kind == "light":
                    consumed.add(noun.i)
                text = f"{tok.text} … {noun.text}" if noun is not None and kind == "light" else tok.text
                found.append(Found(tok, trig, kind, text, noun=noun if kind == "light" else None))
                continue
            lemma = known_lemma(tok, lex)
            if lemma in lex.light_verbs:
                carried = light_verb_noun(tok, lex)
                if carried is not None:
                    noun, trig = carried
                    consumed.add(noun.i)
                    found.append(Found(tok, trig, "light", f"{tok.text} … {noun.text}", noun=noun))
                    continue
            attended = attended_ceremony(tok)
            if attended is not None:        # "attended Modi's swearing-in", "attended the funeral of X" (evvocab2)
                noun, trig = attended
                consumed.add(noun.i)
                found.append(Found(tok, trig, "light", f"{tok.text} … {noun.text}", noun=noun))
                continue
            if lemma in lex.aspect_verbs:
                carried = light_verb_noun(tok, lex, subject_noun=True)
                if carried is not None and carried[1].type not in ASPECT_TYPES and lemma in ONSET:
                    carried = light_verb_noun(tok, lex)     # "began an offensive against X": the act it starts
                if carried is not None and (carried[1].type in ASPECT_TYPES or lemma in ONSET):
                    noun, trig = carried        # "ended a visit to Tehran": the visit happened
                    consumed.add(noun.i)
                    found.append(Found(tok, trig, "light", f"{tok.text} … {noun.text}", noun=noun))
                    continue
            halted = halted_supply(tok)
            if halted is not None:          # "stopped pumping oil from X" (evvocab2)
                found.append(Found(tok, halted[1], "light", f"{tok.text} {halted[0].text}", noun=halted[0]))
                continue
            inquiry = opened_inquiry(tok) if "investigation" in lex.nouns else None
            if inquiry is not None:         # "opened a criminal case", "set up a commission of inquiry" (evvocab2)
                consumed.update(t.i for t in inquiry.subtree if t.i == inquiry.i or t.head.i == inquiry.i
                                and t.dep_ == "prep" or t.head.head.i == inquiry.i and t.dep_ == "pobj")
                found.append(Found(tok, lex.nouns["investigation"], "light", f"{tok.text} … {inquiry.text}",
                                   noun=inquiry))
                continue
            marched = held_march(tok)
            if marched is not None:         # "held a 'Solidarity March'", "led a march to X" (data/protest_gatherings.yaml)
                noun, trig = marched
                consumed.add(noun.i)
                found.append(Found(tok, trig, "light", f"{tok.text} … {noun.text}", noun=noun))
                continue
            moved = joint_opening(tok) or landing_trigger(tok, lex) or base_trigger(tok, lex) \
                or cancellation_trigger(tok) or dismissal_trigger(tok) or assembled_protest(tok) \
                or confirmed_in_office(tok) or forces_ordered_in(tok) or oath_of_office(tok) or force_arrival(tok) \
                or funds_approved(tok) or put_in_charge(tok) or replacement(tok) or claimed_munition(tok, lex) \
                or invoked_law(tok) or joined_protest(tok) or presence_vote(tok)
            if moved is not None:           # "forces landed near X", "opened a military base in Y" (data/landings.yaml),
                # "called off a visit" (data/cancellations.yaml), "sacked the army chief" (data/dismissals.yaml),
                # "protesters gathered outside X" (data/protest_gatherings.yaml), "X and Y opened the railway"
                # (data/joint_openings.yaml), "swore X in" (oaths.py), "soldiers reached Gao" (force_arrivals.py),
                # "approved a $1 billion programme for X" (funds_approved.py), "put X in charge of Y" (put_in_charge.py),
                # "replaced X with Y", "was replaced by Y" (replacements.py), "X claimed the rockets", "X claimed
                # both" after attacks told (claimed_munitions.py), "invoked the Emergencies Act" (invoked_laws.py),
                # "X was among the marchers", "joined the protesters" (joined_protests.py), "voted to end the presence
                # of foreign forces" (presence_votes.py)
                found.append(Found(tok, moved, "verb", tok.text))
                continue
            asked = authorised(tok) or expected_duty(tok) or goodwill(tok) or joint_body(tok) \
                or checkpoint_set_up(tok)
            if asked is not None:           # "authorised the company X to build" (authorisations.py), "expects X
                found.append(Found(tok, asked, "verb", tok.text))     # to prevent ..." (expectations.py),
                continue                    # "conveyed the sympathy of X to Y" (goodwill.py), "the two states set
                                            # up a coordination council" (joint_bodies.py), "soldiers set up
                                            # roadblocks" (checkpoints.py)
            leveled = relation_level(tok, lex) if not listed_sense(tok, lemma, lex) else None
            if leveled is not None:         # "lowered the level of diplomatic relations with X" (relation_levels.py)
                found.append(Found(tok, leveled, "verb", tok.text))
                continue
            split = split_phrase(tok, _phrases_from(lex, tok.lower_))
            if split is not None:           # "turned him down", "blew the bridge up" (split_particles.py)
                ph, particle = split
                consumed.add(particle.i)
                found.append(Found(tok, ph.trigger, "verb", f"{tok.text} … {particle.text}"))
                continue
            # a passive by a munition only where plover.yaml has no reading of its own ("was hit by a missile" is
            # plover's `hit`; "was damaged by shrapnel" no one's)
            fired = munition_trigger(tok, passive=lemma not in lex.verbs)
            if fired is not None:           # "Pakistani shells landed in the village" (data/munitions.yaml)
                found.append(Found(tok, fired[1], "verb", tok.text))
                continue
            measure = measure_trigger(tok, lex) if not listed_sense(tok, lemma, lex) else None
            if measure is not None:         # "suspended the licence", "imposed a curfew" (data/measures.yaml)
                noun, trig = measure
                found.append(Found(tok, trig, "verb", f"{tok.text} … {noun.text}"))
                continue
            if lemma in CHARACTERIZING and (characterizes(tok) or fused_judgement(tok, lex)) \
                    and not (lemma in JUDGING and tok.dep_ == "relcl") \
                    and not reported_judgement(tok, lemma, lex) \
                    and not names_in_free_relative(tok):        # "in what X called a coup": a thing named
                found.append(Found(tok, None, "speech", tok.text))     # "called the allegations baseless"
                continue
            if judged_clause(tok) or alarmed_noting(tok):    # "X holds that Y is responsible for ...",
                found.append(Found(tok, None, "speech", tok.text))     # "notes with concern the reports that ..."
                continue
            if lemma in STATEMENT_VERBS and issued_statement(tok):
                found.append(Found(tok, None, "speech", tok.text))     # "released a statement that ..."
                continue
            if struck_device(tok, lex) is not None and "bomb" in lex.verbs:
                found.append(Found(tok, lex.verbs["bomb"], "verb", tok.text))    # "the vehicle struck a mine"
                continue
            if lemma in lex.verbs:
                trig = lex.verbs[lemma]
                if trig.reported_only and not reported(tok):
                    continue                # "partnered to fight terrorist violence": a purpose, no battle
                if trig.only_objects and not trig.actor_objects and not listed_object(tok, trig) \
                        and (carried := message_trigger(tok, lex)) is not None:
                    found.append(Found(tok, carried, "verb", tok.text))   # "sent a message of support" (message_contents.py)
                    continue
                if trig.only_objects and not trig.actor_objects and not listed_object(tok, trig):
                    # "sent a message to X": plover.yaml's sense ("sent aid") does not hold; a CAMEO pattern may
                    fallback = fallback_trigger(tok, lex, known=True)
                    if fallback is not None and fallback.type != trig.type:
                        found.append(Found(tok, fallback, "verb", tok.text))
                        continue
                found.append(Found(tok, trig, "verb", tok.text))
                continue
            if lemma in lex.speech_verbs and has_content(tok) and not names_in_free_relative(tok) \
                    and not asked_of_another(tok):      # "called on X to find the perpetrators": asked, not said
                found.append(Found(tok, None, "speech", tok.text))
                continue
            fallback = fallback_trigger(tok, lex)     # CAMEO (PETRARCH2) for verbs plover.yaml does not know
            if fallback is not None:
                found.append(Found(tok, fallback, "verb", tok.text))
                continue
        fought = fighting_noun_trigger(tok)
        if fought is not None:              # "fighting broke out between X and Y" (data/offensives.yaml)
            found.append(Found(tok, fought, "noun", tok.text))
            consumed.update(telling_verbs(tok))     # "broke out": the fighting's verb tells no act of its own
            continue
        hit = noun_trigger(tok, lex)
        if hit is not None and tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.campaign_nouns:
            continue                         # "the bombing campaign": found at the campaign noun
        if hit is not None and not hit[0].light_only:
            found.append(Found(tok, hit[0], "noun", hit[1]))
    # a subject noun met before its light verb ("talks were held") is that verb's, not its own event
    return [f for f in found if not (f.kind == "noun" and f.token.i in consumed - kept_nouns)]

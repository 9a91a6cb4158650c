"""The type and mode a trigger takes from its objects and context (PLOVER's definitions)."""

from __future__ import annotations

from .agents import CROWDS, crowd_agent, troops_arriving
from .called_for_names import content_words
from .crowd_control import DISPERSAL, crowd_weapon_named, harm_told
from .arguments import is_passive, subject_of
from .decisions import decided_conflict
from .emergencies import military_emergency
from .feared_outcomes import feared_outcome
from .futures import harm_meant
from .obstructions import civilian_obstruction
from .prep_senses import prep_sense
from .protested_clauses import protested_clause
from .promised_harm import promised_harm
from .promised_justice import justice_promised
from .index import DocIndex
from .port_calls import port_call
from .speech import statement_type
from .triggers import Found, listed_object, noun_trigger

ACCORDS = {"deal", "agreement", "accord", "treaty", "pact", "jcpoa", "convention", "framework", "arrangement"}
# evtypes6: an arbitration a party leaves, as it leaves an accord ("voted to withdraw from the arbitration"): the
# manual's REJECT, as withdrawing from an agreement (seed notes 25); talks left are `walkouts.left_gathering`'s
LEFT_PROCESSES = {"arbitration"}
CONCLUDING = {"sign", "reach", "conclude", "finalize", "finalise", "ratify"}
CONDUCT_NOUNS = {"actions", "acts", "practices", "attacks", "aggression", "interference", "violence", "violations",
                 "provocations"}
MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery"}
OVERRUN = {"storm", "besiege", "set", "ransack", "overrun", "stone", "torch", "burn", "occupy", "invade", "loot", "vandalize", "vandalise"}
MODALS_AND_FUTURE = {"will", "'ll", "would", "shall", "may", "might", "could", "can", "must", "should", "wo", "going"}


CONTINUING_VERBS = frozenset({"keep", "continue", "step", "intensify", "escalate", "expand", "resume", "maintain"})


def lasting_attacks(lex, noun) -> bool:
    """Plural acts of force the promise keeps going ("keep up its attacks", "continue the strikes")."""
    trig = lex.nouns.get(noun.lemma_.lower())
    return trig is not None and trig.type == "ASSAULT" and noun.head.lemma_.lower() in CONTINUING_VERBS


def tells_concluded_accord(lex, verb) -> bool:
    """What the statement tells is an agreement concluded ("announced that the sides had reached a historic
    agreement"): a concluding verb (plover.yaml `concluding`) in the past, its object an agreement (PLOVER SUPPORT)."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in lex.concluding_verbs or c.tag_ not in ("VBD", "VBN"):
            continue
        if any(a.dep_ == "aux" and a.lower_ in ("will", "would", "could", "may", "might", "should") for a in c.children):
            continue
        if any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in lex.concluding_objects for o in c.children):
            return True
    return False


def vows_harm(lex, verb) -> bool:
    """A promise whose content is harm: a threat cue or a conflict act ("vowed to retaliate", "vowed revenge")."""
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp", "dobj"):
            continue
        if statement_type(lex, " ".join(t.text for t in c.subtree)) == "THREATEN":
            return True
        for t in c.subtree:
            trig = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if t.pos_ == "NOUN" and t.tag_ == "NNS" and lasting_attacks(lex, t):
                return True                      # irq21: "vowed to keep up its attacks": more attacks to come
            # ("promised to freeze its nuclear program": freezing what is not listed for it is no sanction)
            if trig is not None and lex.quads.get(trig.type) == "material_conflict" and not (
                    trig.only_objects and not trig.actor_objects and not listed_object(t, trig)):
                return True
    return False


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


def warned_threat(lex, verb) -> bool:
    """ "warned that the line was a red line for Cairo": a threat cue in what is warned of keeps it a threat
    (PLOVER THREATEN), though it tells of something as fact (evtypes)."""
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return lex is not None and content is not None \
        and statement_type(lex, " ".join(t.text for t in content.subtree)) == "THREATEN"


def conflict_in_object(lex, verb) -> bool:
    """The verb's direct object (an effort, a campaign) carries a conflict act
    ("maintain our efforts to sanction", "continue the campaign of strikes")."""
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


def to_homage_site(lex, trigger) -> bool:
    """ "travelled to the grave of X", "a visit to the shrine": homage, not consultation."""
    for c in trigger.children:
        if c.dep_ in ("prep", "dobj") or c.dep_ == "prt":
            if any(t.lower_ in lex.homage_sites for t in c.subtree):
                return True
    return False


def mission_overrun(verb) -> bool:
    """A state's mission stormed or besieged by no one named ("the Danish embassy in Beirut was stormed"):
    in the news, a crowd's act (PLOVER PROTEST riot); a shelling or a strike on it is not."""
    if verb.lemma_.lower() not in OVERRUN or not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in MISSIONS for c in verb.children)


def official_protest(verb, index: DocIndex) -> bool:
    """A state protesting, or anyone protesting to a named party ("Greece protested the violation of its
    airspace", "the minister protested to Japan"): a verbal complaint, not a demonstration."""
    subj = subject_of(verb)[0]
    if subj is None or subj.lemma_.lower() in CROWDS or subj.lower_ in ("thousands", "hundreds", "dozens", "people"):
        return False
    hit = index.actor_at(subj.i)
    if hit is not None and hit.type in ("country", "place") and subj.pos_ == "PROPN":
        return True
    if protested_clause(verb):       # "the ministry protested that X required consultation" (protested_clauses.py)
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and index.actor_at(o.i) is not None for o in c.children) for c in verb.children)


def content_types(lex, f: Found, etype: str, mode, sphere, reason: str | None):
    """The type what is called for, vowed, rejected, visited or intended gives (PLOVER AGREE, THREATEN, ACCUSE,
    SUPPORT, MOBILIZE), and whether arriving troops deploy."""
    tok = f.token
    if f.kind == "verb" and etype == "REQUEST" and f.text.lower().split()[-1] == "for":
        # "called for bolstering ties": advocating cooperation is agreeing to it (PLOVER AGREE);
        # "called for the withdrawal of forces" stays a request
        after = [t for t in tok.subtree if t.i > tok.i + len(f.text.split()) - 1]
        if after and statement_type(lex, content_words(after)) in ("AGREE", "COOPERATE"):   # called_for_names.py
            etype, mode = "AGREE", "statement"
    if etype == "AGREE" and mode == "promise" and f.kind == "verb" and (vows_harm(lex, tok) or harm_meant(lex, tok)) \
            and not justice_promised(tok):        # evtypes8: "promised that the killers would be punished" (AGREE)
        etype, mode = "THREATEN", "violence"      # "vowed to retaliate", "pledged revenge": PLOVER THREATEN
    if etype == "AGREE" and f.kind == "speech" and tells_concluded_accord(lex, tok):
        etype, mode = "SUPPORT", "agreement concluded"   # irq21: "announced that the sides had reached an agreement"
    if etype == "REJECT" and f.kind == "verb" and any(
            c.dep_ == "dobj" and c.lower_ in CONDUCT_NOUNS for c in tok.children):
        etype, mode = "ACCUSE", "condemn"     # "rejects all reckless actions": condemning conduct
    if etype == "CONSULT" and mode == "visit" and to_homage_site(lex, tok):
        etype, mode, sphere = "SUPPORT", "homage", "religious"
    deployed = etype == "CONSULT" and mode == "visit" and f.kind in ("verb", "light") and troops_arriving(tok) \
        and not port_call(tok)            # warships docking at a port call there: the visit stands
    if deployed:
        etype, mode, sphere = "MOBILIZE", "troops", "military"    # "French troops arrived in Bamako": a deployment
    if reason == "intention" and decided_conflict(lex, f, etype):
        reason = None          # evtype3: "decided to expel X", "has decided to cancel the visit": the decision enacts it
    if reason == "intention":
        # PLOVER: an intention to cooperate is AGREE, one to hurt THREATEN ("pledged to strike X")
        hurt = f.kind != "speech" and lex.quads[etype] == "material_conflict"
        etype, mode = ("THREATEN", "sanction" if etype == "SANCTION" else "violence") if hurt \
            else ("AGREE", "promise" if f.kind != "speech" else mode)
    if reason == "future" and f.kind != "speech":
        # PLOVER: a stated intention to cooperate is AGREE, to hurt THREATEN
        # ("we will consult", "the Houthis will continue attacks"); "we will maintain our efforts
        # to sanction X": the act the object names decides
        hurt = lex.quads[etype].endswith("conflict") or conflict_in_object(lex, tok)
        etype, mode = ("THREATEN", "violence") if hurt else ("AGREE", "promise")
    return etype, mode, sphere, deployed


def left_accord(f: Found, etype: str, mode, sphere):
    """ "Trump withdrew the U.S. from the deal": leaving an accord rejects it (gold notes §25)."""
    tok = f.token
    if etype == "RETREAT" and mode == "withdraw" and f.kind == "verb" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in ACCORDS | LEFT_PROCESSES for o in c.children)
            for c in tok.children):
        # "Trump withdrew the U.S. from the deal": leaving an accord rejects it (gold notes §25)
        etype, mode, sphere = "REJECT", "withdraw from agreement", "political"
    return etype, mode, sphere


def conduct_types(f: Found, etype: str, mode, sphere, lex=None):
    """The type the act's conduct gives: a concluded agreement, a warning of conduct, a diplomatic protest, a riot."""
    tok = f.token
    if etype == "AGREE" and f.kind == "noun" and any(
            c.dep_ in ("acl", "relcl") and c.lemma_ in CONCLUDING for c in tok.children):
        # "a peace agreement signed by X and Y": a concluded agreement (gold notes §25, PLOVER SUPPORT)
        etype, mode = "SUPPORT", "agreement concluded"
    if etype == "THREATEN" and f.kind == "verb" and warns_of_conduct(tok) and not warned_threat(lex, tok):
        # "warned shippers that the IRGC often disguises its ships": telling of another's
        # conduct, with no act of the speaker's own in prospect, accuses (PLOVER ACCUSE)
        etype, mode = "ACCUSE", "allege"
    if etype == "THREATEN" and f.kind == "verb" and feared_outcome(tok) and not warned_threat(lex, tok):
        # evtypes9: "warned Lima that the mining law could damage the treaty": a concern voiced (PLOVER ACCUSE)
        etype, mode = "ACCUSE", "commentary"
    if etype == "PROTEST" and mode == "demo" and f.kind == "verb" and tok.lemma_ == "protest" \
            and not crowd_agent(tok) and any(c.dep_ == "dobj" for c in tok.children):
        # "Iran protested the decision": a government's protest of an act disapproves of it (PLOVER
        # ACCUSE: "used for diplomatic protests"); a crowd protesting demonstrates; a protest done, not
        # said ("picketed the embassy", "burned flags"), stays PROTEST
        etype, mode = "ACCUSE", "criticize"
    if etype in ("AID", "COOPERATE", "CONSULT") and f.kind == "light" and tok.lemma_ == "offer":
        # evtype3: "offered Iraq a loan": PLOVER AGREE "agree to, offer, promise"; evtypes6: "offered the students
        # talks", "offered mediation": an offer to meet is an intent to meet (CAMEO 036), not the meeting
        etype, mode = "AGREE", "promise"
    if etype == "PROTEST" and f.kind == "light" and tok.lemma_ in ("lodge", "file"):
        etype, mode = "ACCUSE", "criticize"     # "lodged a protest with China": a diplomatic protest (PLOVER ACCUSE)
    if etype == "COERCE" and mode == "restrict" and tok.lemma_ in ("declare", "extend", "impose") \
            and military_emergency(tok):
        etype, mode, sphere = "MOBILIZE", "troops", "military"   # evtype3: "declared martial law and a mobilisation"
    if f.kind == "verb" and lex is not None and promised_harm(lex, tok, etype):
        etype, mode, sphere = "THREATEN", "violence", "military"   # evtype3: "promised a firm hand against the rebels"
    sense = prep_sense(tok) if f.kind == "verb" else None
    if sense is not None:             # evtype3: "resigned in protest", "accepted X as ambassador" (prep_senses.yaml)
        etype, mode, sphere = sense.type, sense.mode, sense.sphere
    if f.kind == "verb" and civilian_obstruction(tok, etype, mode):
        etype, mode, sphere = "PROTEST", "obstruct", "political"   # evtype3: "farmers blocked highways"
    if etype == "COERCE" and mode == "restrict" and f.kind in ("verb", "light") and crowd_weapon_named(tok, f.text):
        if harm_told(tok):         # "fired tear gas at the crowd, wounding six": harm in the act's words
            etype, mode, sphere = "ASSAULT", "crowd-control", "political"
        else:                      # conv4: the eval makers' "crowd dispersal" (news-dev 09: "firing tear gas at them")
            etype, mode, sphere = "COERCE", DISPERSAL, "political"
    if etype in ("COERCE", "ASSAULT") and (crowd_agent(tok) or mission_overrun(tok)):
        # PLOVER PROTEST: "collective actions carried out as protests"; a crowd storming or
        # besieging a building riots (PROTEST riot), it does not coerce as a state would
        etype, mode, sphere = "PROTEST", "riot", "political"
    return etype, mode, sphere

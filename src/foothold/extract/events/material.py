"""A material or light-verb trigger's reading: its arguments, objects and sense, and the gates its lexicon
entry sets (an object, a target, an agent, a preposition, a cue)."""

from __future__ import annotations

from dataclasses import replace

from .ordered_participles import ordered_participle
from .signed_instruments import signed_instrument
from .accords_in_force import truce_parties, truce_took_effect
from . import monitor
from .agents import ARRIVING_FORCES, TROOPS, VISITORS, actor_in_head
from .called_strikes import called_action_mode
from .arguments import Arguments, is_passive, phrase_actors, subject_of
from .fighting_nouns import fighting_parties
from .named_members import members_as_targets
from .carriers import CARRIER_TYPES, WEAPONS
from .declined_acts import refused_act
from .entry import armed_entry
from .finding_doers import finding_as_doer
from .joint_exercises import held_jointly
from .freedoms import eases_freedoms
from .repelled import halted_others_advance
from .natural_hazards import hazard_doer
from .collapses import collapse_toll
from .office import appointed, took_command
from .offers_made import offer_made
from .carried_loads import carried_loads
from .raised_matters import matter_raised_with
from .cases_taken import case_taken
from .dismissed_as import dismissed_as
from .asked_clauses import asked_in_clause
from .stood_by import stood_by
from .proposals_made import proposal_made
from .object_senses import object_sense_of
from .thanked_groups import thanked_group
from .decree_acts import ordering_instrument
from .accepted_resignations import resigners
from .interrupted_objects import interrupted_object, object_parties
from .outlets_restricted import outlet_restricted
from .barred_movement import closed_to_travellers, entry_barred, movement_barred
from .turned_back import people_turned_back
from .border_closures import crossing_closed
from .withheld_supplies import supply_withheld
from .pronoun_objects import antecedent_objects
from .protest_notes import HANDING, demanding_note, protest_note
from .concluded_nouns import concluded_noun
from .index import DocIndex
from .nominal import aimed_at, of_object
from .office_phrases import object_as_phrases
from .releases import means_phrase_preps
from .particle_preps import particle_preps
from .senses import official_protest
from .taken_invitations import invitation_taken
from .speech import statement_type
from .targets import MOTION, clause_subject_owner, found_arguments, light_verb_subject
from .territory import court_or_task, named_ground
from .triggers import Found, coordinated_modifiers, noun_trigger, through_quantifier
from .wire import struck_in_state
from .told_audiences import audience_only

# Nominal speech acts ("criticism in Iraq against ...") need a named speaker to be events.
SPEAKER_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE"}
AID_OBJECTS = {"aid", "weapon", "arms", "ammunition", "money", "fund", "funding", "assistance", "equipment", "missile",
               "rocket", "drone", "supply", "fuel", "oil", "cash", "component"}
# what a base handover hands over; transferring anything else (money, weapons, aid) gives it (PLOVER AID)
HANDED_OVER = {"base", "control", "authority", "command", "facility", "responsibility", "power", "territory", "camp",
               "airport", "area", "position", "installation", "headquarters", "airbase", "site", "garrison", "mission",
               "district", "province", "region", "city", "town", "village", "port", "crossing", "island", "zone"}
# PLOVER SANCTION expel: "aside from the expulsion of ambassadors or similar diplomats, this mode excludes
# individual deportations, which are coded as a mode under COERCE"; what an expulsion of relations expels
EXPELLED_RELATIONS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "charge", "chargé", "staff",
                      "peacekeeper", "observer", "inspector", "monitor", "mission", "delegation", "representative",
                      "agency", "organization", "organisation", "ngo", "embassy", "consulate", "official", "member",
                      "troop", "force", "contingent", "personnel", "military", "company", "firm",
                      "supporter"}   # not individuals ("expel Hezbollah supporters": a group's following, evtype3)
CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rupee", "riyal", "dinar", "ruble", "rouble", "franc", "mark"}
# what sanctions, rewards and designations list: "targeting 16 entities" is no attack
LISTED_OBJECTS = {"entity", "individual", "company", "business", "firm", "network", "account", "asset", "person",
                  "official", "bank", "financier", "facilitator", "front", "sector", "program", "programme"}
ROUNDS = {"burst", "round", "shot", "salvo", "volley", "barrage", "shell"}


# evskip4: who withdraws by leaving a place, beside TROOPS: units and armed groups ("the coalition left the
# airfield", "the rebels left the town"); a leader or a delegation leaving a capital ends a visit
LEAVING_FORCES = TROOPS | ARRIVING_FORCES | {"coalition", "army", "militia", "fighter", "rebel", "insurgent",
                                             "militant", "guerrilla", "mercenary"}

def material_arguments(lex, f: Found, index: DocIndex):
    """The trigger's entry, its type, mode and sphere (a content-typed one by what it says) and its arguments."""
    tok = f.token
    trig = f.trigger
    etype, mode, sphere = trig.type, trig.mode, trig.sphere
    if trig.content_typed:
        said = f.noun if f.noun is not None else tok       # "a resolution condemning X": what it says
        cued = statement_type(lex, " ".join(t.text for t in said.subtree if t.i != said.i))
        if cued is not None and cued != etype:
            etype, mode = cued, "statement"
    args = found_arguments(lex, f, index)
    fighting_parties(f, args, index)            # "fighting broke out between X and Y": X against Y
    members_as_targets(f, args, index)          # "detained opposition leaders, including X and Y": X, Y
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
    return trig, etype, mode, sphere, args


def acted_objects(f: Found, trig) -> tuple[bool, list]:
    """Whether the trigger acts on an object, and the object words its senses are read from."""
    tok = f.token
    has_object = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in tok.children) \
        or f.kind == "verb" and trig.type in ("REJECT", "ACCUSE") and any(   # "ruled out sending troops":
            c.dep_ in ("advcl", "xcomp", "pcomp") and c.tag_ == "VBG" and c.i > tok.i for c in tok.children)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and f.kind == "verb" and (late := interrupted_object(tok)) is not None:
        objects, has_object = [late], True     # "suspend, with immediate effect, the treaty" (interrupted_objects.py)
    objects += [o for c in objects for o in c.conjuncts]
    objects += [m for c in objects for m in c.children if m.dep_ == "compound"]   # "Operation Long Arm"
    objects += coordinated_modifiers(objects)      # "carried food and building materials"
    objects += antecedent_objects(tok, objects)    # statements2: "imposed a curfew and lifted it"
    objects += [q for q in map(through_quantifier, objects) if q not in objects]   # "50 tonnes of supplies"
    objects += carried_loads(objects)      # "sent a convoy of trucks carrying aid" (carried_loads.py)
    objects += [o for c in objects if c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES   # "$1 billion in assets"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children if o.dep_ == "pobj"]
    if any(c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES for c in objects):
        objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"   # "granted $50 million in aid"
                    for o in p.children if o.dep_ == "pobj"]
    if tok.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects):
        objects += [tok.head, *tok.head.conjuncts]     # "assistance, which the U.S. paused": the antecedent
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not objects and any(c.dep_ == "agent" for c in tok.children):
        objects += [tok.head, *tok.head.conjuncts]     # "a ceasefire brokered by X": the noun a reduced passive modifies
    return has_object, objects


def _place_named(tok, index: DocIndex) -> bool:
    """A named place or country handed over is ground ("handed over Hong Kong to China": RETREAT), not a gift."""
    actor = index.actor_at(tok.i)
    return actor is not None and actor.type in ("place", "country")


def named_in_apposition(objects: list) -> list:
    """The objects and the names set in apposition to them (evcand5: "its predecessor, the Liberal Front, was
    dissolved": the named body is what `actor_objects` reads)."""
    return [*objects, *(a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN")]


def carried_on_journey(tok, etype: str, mode) -> bool:
    """A journey verb with a direct object its `by_object` senses do not list carries someone or something there
    ("flew him to a prison in the capital", "flew the detainees to Kabul"): the subject travels for no visit."""
    return etype == "CONSULT" and mode == "visit" and tok.lemma_ in MOTION \
        and any(c.dep_ == "dobj" for c in tok.children)


def listed(tok, words) -> bool:
    """The token's lemma or its own form is listed (the lemmatizer reads "arms" as "arm")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def object_sense(lex, f: Found, trig, etype: str, mode, sphere, objects: list, has_object: bool, index: DocIndex):
    """The type, mode and sphere the objects give (plover.yaml `by_object`, PLOVER's definitions), and whether the
    object belongs to the verb's other sense."""
    tok = f.token
    declined = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if etype == "REJECT" else []
    # "declined to back the statement", "declined to attend": what is declined is an act (not "to comment")
    wrong_object = trig.only_objects and not any(listed(o, trig.only_objects)   # "arms": lemma "arm"
                                                 for o in [*objects, *declined]) and not (
        trig.actor_objects and any(index.actor_at(o.i) is not None and index.actor_at(o.i).type in trig.actor_objects
                                   for o in named_in_apposition(objects)) and not court_or_task(tok)) and not named_ground(tok, objects, trig, index) \
        and not (etype == "REJECT" and refused_act(tok, lex))     # "declined to suspend X" (declined_acts.py)
    # with no direct object, where the act went counts too ("shot into the air": crowd control)
    aimed = objects if has_object else [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                                        for o in c.children if o.dep_ == "pobj"]
    sense = next((t for objs, t in trig.by_object if any(listed(o, objs) for o in aimed)), None)
    if sense is None and not has_object and f.kind == "verb":
        sense = invitation_taken(tok, trig)    # "invited him to visit, and he accepted" (taken_invitations.py)
    if sense is not None:         # plover.yaml `by_object`: "intercepted a vessel", "delivered vehicles"
        etype, mode, sphere = sense.type, sense.mode, sense.sphere or sphere
    elif carried_on_journey(tok, etype, mode):
        wrong_object = True       # "flew him to a prison": carried there, no visit (spurious3)
    if wrong_object and f.kind == "verb" and (extra := object_sense_of(tok, [*objects, *declined])) is not None:
        # data/object_senses.yaml: "delivered two patrol boats", "declined to host" (object_senses.py)
        etype, mode, sphere, wrong_object = extra.type, extra.mode or mode, extra.sphere or sphere, False
    if etype == "RETREAT" and mode == "ease restrictions" and eases_freedoms(objects, tok):
        etype, mode, sphere = "CONCEDE", "concede", "political"   # "lifted the ban on rallies" (CAMEO 0811/0812)
    if etype == "RETREAT" and mode == "base handover" and any(o.lemma_.lower() in AID_OBJECTS for o in objects):
        etype, mode, sphere = "AID", "military", "military"   # "transferred lethal aid to X": aid, not a handover
    elif tok.lemma_ in HANDING and protest_note(objects):
        # "handed him a note of protest", "sent a note of protest to X" (evskip6: any hand-over verb): a complaint
        etype, mode, sphere, wrong_object = "ACCUSE", "criticize", "political", False
    elif tok.lemma_ in HANDING and demanding_note(objects):
        etype, mode, sphere = "REQUEST", "demand", "political"     # evtypes2: "handed him a note demanding X"
    elif etype == "RETREAT" and mode == "base handover" and tok.lemma_ in ("transfer", "hand") and objects \
            and not any(o.lemma_.lower() in HANDED_OVER or _place_named(o, index) for o in objects):
        etype, mode, sphere = "AID", "transfer", "economic"   # "transferred millions of dollars"
    if etype == "SANCTION" and mode == "expel" and tok.lemma_ == "expel" and objects and all(
            o.pos_ == "NOUN" and o.lemma_.lower() not in EXPELLED_RELATIONS and not any(   # "the head of the UN mission"
                p.lower_ == "of" and po.lemma_.lower() in EXPELLED_RELATIONS for p in o.children for po in p.children)
            for o in objects[:1]):
        etype, mode = "COERCE", "deport"     # PLOVER: expelling individuals is COERCE deport, not diplomats
    if etype == "PROTEST" and f.kind == "verb" and tok.lemma_ == "protest" and official_protest(tok, index):
        etype, mode = "ACCUSE", "criticize"    # "Seoul protested to Tokyo": a state's complaint (CAMEO 114)
    carrier = f.noun if f.kind == "light" else tok if f.kind == "noun" else None
    if etype == "MOBILIZE" and carrier is not None \
            and held_jointly(carrier, tok if f.kind == "light" else None, index):
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
            (subject_of(tok)[0] is None or subject_of(tok)[0].lemma_.lower() not in LEAVING_FORCES) or is_passive(tok)):
        wrong_object = True        # "the president left Baghdad", "the attack left five dead": no withdrawal
    if f.kind == "verb" and armed_entry(lex, tok, index):
        etype, mode, sphere, wrong_object = "ASSAULT", "offensive", "military", False   # "the rebels entered the town"
    if f.kind == "verb" and halted_others_advance(tok, index):
        etype, mode, sphere, wrong_object = "ASSAULT", "offensive", "military", False   # "halted the rebels' advance"
    if (wrong_object or etype == "SANCTION") and f.kind == "verb" and outlet_restricted(tok, objects, index):
        etype, mode, sphere, wrong_object = "COERCE", "ban", "political", False   # statements2: "suspended the BBC"
    if (wrong_object or etype == "SANCTION") and f.kind == "verb" and movement_barred(tok, index):
        etype, mode, sphere, wrong_object = "COERCE", "restrict", "political", False   # "barred residents from moving"
    if etype in ("REJECT", "SANCTION") and f.kind == "verb" and entry_barred(tok):
        etype, mode, sphere, wrong_object = "COERCE", "restrict", "political", False   # evtypes8: "barred entry to foreigners"
    if etype == "SANCTION" and mode == "border closure" and f.kind == "verb" and (not wrong_object or any(
            c.dep_ == "dobj" for c in tok.children)) and closed_to_travellers(tok) and not crossing_closed(tok):
        # evstmt2: also an object `close` does not list: "closed its holy cities to foreign pilgrims" (not "the
        # shrines closed to visitors": a closure with no agent, left out as seed notes 28)
        etype, mode, sphere, wrong_object = "COERCE", "restrict", "political", False
        # "closed the checkpoint to residents"; a border
        # or crossing closed "to foreign pilgrims" stays SANCTION border closure (border_closures.py, seed 28)
    if etype == "SANCTION" and not wrong_object and f.kind == "verb" and supply_withheld(tok, objects, index):
        etype, mode, sphere = "COERCE", "withhold", "political"   # "cut the supply of power to the province"
    if f.kind == "verb" and truce_took_effect(tok):
        etype, mode, sphere, wrong_object = "RETREAT", "ceasefire", "military", False   # "the ceasefire took effect"
    if f.kind == "verb" and (called := called_action_mode(tok)) is not None:
        etype, mode, sphere, wrong_object = "PROTEST", called, "political", False   # "called a general strike"
    if f.kind == "verb" and took_command(tok):
        etype, mode, sphere, wrong_object = "SUPPORT", "appointment", "political", False   # "took command of X"
    if f.kind == "verb" and signed_instrument(tok, objects):
        wrong_object = True        # "the warrant, signed by a judge": no accord (signed_instruments.py)
    if f.kind == "verb" and resigners(tok, index):
        etype, mode, sphere, wrong_object = "RETREAT", "resign", "political", False   # "accepted the resignation of X"
    if f.kind == "verb" and ordering_instrument(tok, objects, lex.verbs):
        wrong_object = True        # "signed a decree banning imports": the ban is the act (decree_acts.py)
    if wrong_object and f.kind == "verb" and offer_made(tok, objects):
        etype, mode, sphere, wrong_object = "AGREE", "promise", "political", False   # "offered them seats"
    if wrong_object and f.kind == "verb" and dismissed_as(tok, objects, index):
        etype, mode, sphere, wrong_object = "REJECT", "statement", "political", False   # "dismissed X as a fantasy"
    if wrong_object and f.kind == "verb" and case_taken(tok, objects, index):
        etype, mode, sphere, wrong_object = "ACCUSE", "allege", "political", False   # "took the case to the court"
    if wrong_object and f.kind == "verb" and matter_raised_with(tok, objects, index):
        etype, mode, sphere, wrong_object = "CONSULT", "meeting", "political", False   # "raised the shortage with X"
    if wrong_object and f.kind == "verb" and proposal_made(lex, tok, objects):
        etype, mode, sphere, wrong_object = "AGREE", "promise", "political", False   # as plover.yaml propose
    if trig.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        wrong_object = True        # "encouraged the efforts of X": a thing encouraged asks no one to act
    return etype, mode, sphere, wrong_object


def object_gate(lex, f: Found, trig, etype: str, has_object: bool, wrong_object: bool, index: DocIndex) -> str | None:
    """Why the verb is in another sense: its object, a journey for talks, a passive carried, a figurative subject."""
    tok = f.token
    if trig.needs_object and not has_object or trig.no_object and has_object or wrong_object:
        return "object_sense"       # the verb's other sense
    if etype == "AGREE" and tok.lemma_ in MOTION and any(
            c.dep_ == "prep" and c.lower_ == "for" and noun_trigger(o, lex) is not None
            for c in tok.children for o in c.children if o.dep_ == "pobj"):
        # CAMEO 036 "fly to" (intent to meet): travelling "for talks" tells the meeting itself (CONSULT)
        return "told_by_purpose"
    if trig.active_only and is_passive(tok) and not (trig.agent_passive and (
            any(c.dep_ == "agent" for c in tok.children) or ordered_participle(tok))):   # "ordered X dissolved"
        return "object_sense"       # carried there: "were flown to Basra"
    if trig.actor_subject and not is_passive(tok):
        subj, _ = subject_of(tok)
        weapon = subj is not None and etype == "ASSAULT" and (subj.lemma_.lower() in WEAPONS or (
            (hit := noun_trigger(subj, lex)) is not None and hit[0].type == "ASSAULT"))
        if subj is None or subj.pos_ != "PRON" and not actor_in_head(lex, subj, index) and not weapon:
            return "figurative_subject"     # "the war forced Iran to ..."
    if finding_as_doer(tok, etype):
        return "figurative_subject"     # "the elections handed X the most seats" (finding_doers.py)
    if etype == "ASSAULT" and hazard_doer(tok):
        return "natural_hazard"     # "an earthquake killed 300 people" (natural_hazards.py)
    if etype == "ASSAULT" and collapse_toll(tok):
        return "structural_collapse"    # "the canopy fell on people waiting outside, killing 14" (collapses.py)
    return None


def asked_for(f: Found) -> bool:
    """ "the prime minister had asked for foreign help", "appealed for calm": a verb with what is asked for in its
    "for" phrase, told actively (not "pressed by reporters for a date", "was asked for aid")."""
    tok = f.token
    if f.kind != "verb" or is_passive(tok) or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in c.children) for c in tok.children)


def counted(noun):
    """ "five of the militia's sites", "a series of positions": the noun a number or quantity counts, or the noun."""
    if noun.like_num or noun.tag_ == "CD":
        return of_object(noun) or noun
    return through_quantifier(noun)


def target_gate(lex, f: Found, trig, etype: str, reason: str | None, args: Arguments, has_object: bool,
                index: DocIndex) -> str | None:
    """Why an act needing a target or an agent names none (the targets kept are those of the entry's types)."""
    tok = f.token
    aid_object = any(c.dep_ == "dobj" and (counted(c).lemma_.lower() in trig.or_objects or any(   # "$11 million in aid"
        (c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES or any(n.like_num for n in c.children))
        and p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in trig.or_objects
        for p in [*c.children, *tok.children] for o in p.children)) for c in tok.children)
    if trig.target_types:
        # "freed 50 Kuwaiti prisoners": the listed object's own modifiers name whom it was done to
        own = {index.actor_at(t.i).actor for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in trig.or_objects
               for t in c.subtree if t.i < c.i and index.actor_at(t.i) is not None}
        args.target = [a for a in args.target if (index.actor_type.get(a) in trig.target_types or a in own)
                       and not audience_only(tok, etype, a, index)]     # "informed X that ...": told (evargs13)
    # "a ship was struck by a Houthi missile": a passive act with a named agent happened
    passive_agent = is_passive(tok) and bool(args.source) and f.kind == "verb" and etype in CARRIER_TYPES
    # "the U.S. designated a terrorist organization", "Washington asked other countries to ...":
    # a named agent acting on an unnamed object still sanctions or requests
    named_on_object = etype in ("SANCTION", "REQUEST") and bool(args.source) and has_object
    named_on_object = named_on_object or etype == "REQUEST" and bool(args.source) and asked_for(f)
    # evskip3: "he asked that disputes be settled", "asked to meet X": what is asked told in a clause
    named_on_object = named_on_object or etype == "REQUEST" and bool(args.source) and f.kind == "verb" \
        and asked_in_clause(f.token)
    # "Russia and Ukraine reached an agreement": joint actors act on each other (PLOVER: no recipient)
    joint = len(args.source) >= 2 and lex.quads.get(etype, "").endswith("cooperation") and any(
        c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
    # "The United States will provide $11.5 million in humanitarian assistance": a pledge of aid by a named
    # giver is an intention (AGREE) with or without a named recipient
    pledged = reason == "future" and etype == "AID" and bool(args.source)
    if etype == "SUPPORT" and not args.target and f.kind == "verb":
        args.add("target", [(h, i) for h, i in stood_by(tok, index) if h.actor not in args.source], index)  # "stood by X"
    if etype == "ASSAULT" and not args.target and f.kind == "verb" and args.source:
        args.add("target", struck_in_state(tok, index, args.source), index)   # "struck targets in Iraq"
    # evskip4: "called a general strike": the caller organises it, no one is telephoned
    called = etype == "PROTEST" and f.kind == "verb" and called_action_mode(tok) is not None
    # evskip7: "thanked the security forces": a named thanker's praise of a group no actor names (thanked_groups.py)
    called = called or etype == "SUPPORT" and f.kind == "verb" and bool(args.source) and thanked_group(tok, index)
    if trig.needs_target and not args.target and not aid_object and not passive_agent and not named_on_object \
            and not joint and not pledged and not called:
        return "no_target"
    if trig.needs_agent and not args.source:
        return "no_agent"
    return None


def prep_sense(lex, f: Found, trig, etype: str, mode, sphere, objects: list, args: Arguments, index: DocIndex):
    """The entry's prepositions: without them a noun takes its other sense (`otherwise`) or is no act."""
    tok = f.token
    heads = [tok, f.noun] if f.kind == "light" else [tok]     # "announced sanctions on X"
    fired = etype == "ASSAULT" and any(o.lemma_.lower() in WEAPONS | ROUNDS for o in objects)   # "fired long bursts"
    # "Egypt and Israel discussed border security": a joint subject meets without "with"
    together = etype == "CONSULT" and len(args.source) >= 2 and any(
        c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
    # "raised the shortage with Iran's ambassador": the parser may hang the "with" on the matter (raised_matters.py)
    raised = f.kind == "verb" and etype == "CONSULT" and matter_raised_with(tok, objects, index)
    if trig.needs_prep and f.kind != "light" and not fired and not together and not raised and not any(
            c.dep_ == "prep" and c.lower_ in trig.needs_prep
            for h in heads for c in [*h.children, *means_phrase_preps(h), *object_as_phrases(h),
                                     *particle_preps(h)]):
        if trig.otherwise is None or f.kind != "noun" or aimed_at(tok, lex):
            return "no_prep", trig, etype, mode, sphere
        trig = trig.otherwise                                    # "a U.S. withdrawal": the noun's other sense
        etype, mode, sphere = trig.type, trig.mode, trig.sphere
    nounish = f.noun if f.kind == "light" and f.noun is not None else tok   # "began the withdrawal from X"
    if trig.needs_nonactor_object and any(
            index.actor_at(o.i) is not None
            for c in nounish.children if c.dep_ == "prep" and c.lower_ in trig.needs_prep
            for o in c.children if o.dep_ == "pobj"):
        if trig.otherwise is None or f.kind not in ("noun", "light") or aimed_at(nounish, lex):
            return "actor_object", trig, etype, mode, sphere        # "withdrawal of forces from Iraq" is not leaving an accord
        trig = trig.otherwise                                    # ... it is leaving Iraq
        etype, mode, sphere = trig.type, trig.mode, trig.sphere
    return None, trig, etype, mode, sphere


def nominal_gate(lex, f: Found, sent, trig, etype: str, args: Arguments, index: DocIndex) -> str | None:
    """Why a cue-needing or nominal act is none: no cue, no named speaker, only a pronoun's owner."""
    tok = f.token
    if trig.needs_cue and statement_type(lex, sent.text) is None:
        return "no_cue"
    if f.kind == "noun" and etype in SPEAKER_TYPES and not args.source:
        return "nominal_without_agent"
    if f.kind == "noun" and not args.source and not args.target and tok.dep_ == "pobj" \
            and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB":
        # "consular offices were closed down by protests": what the happening acted on is its target
        for c in tok.head.head.children:
            if c.dep_ == "nsubjpass":
                args.add("target", [(h, i) for h, i in phrase_actors(c, index) if h.type != "place"], index)
    if f.kind == "noun" and not (set(args.source) | set(args.target)) - args.resolved:
        owner = clause_subject_owner(tok, index) or light_verb_subject(tok, lex, index)
        if owner:                    # "X chose Beijing for his first visit abroad": X's visit, told here
            args.source[:] = []
            args.add("source", owner, index)
        else:
            return "pronoun_only_noun"      # "his visit": an anaphoric mention
    return None


def other_kind_sense(lex, trig, etype: str, mode):
    """The `by_object` sense read, when it is an act of another kind than the entry's (another quad class: "flew in
    more troops" moves forces, the visit's need of a host and a "to" does not hold); else the entry (evrecall3)."""
    sense = next((t for _, t in trig.by_object if t.type == etype and t.mode == mode), None)
    if sense is None or lex.quads.get(sense.type) == lex.quads.get(trig.type):
        return trig
    return sense


def material_reading(lex, f: Found, sent, index: DocIndex, reason: str | None):
    """A material or light-verb trigger's type, mode, sphere and arguments, or why it is no event."""
    trig, etype, mode, sphere, args = material_arguments(lex, f, index)
    has_object, objects = acted_objects(f, trig)
    if f.kind == "verb" and objects and objects[0].head.i != f.token.i and not args.target:
        # the object set after an interruption: the parties it names ("the participation of X") are the targets
        args.add("target", [(index.actor_at(t.i), t.i) for t in object_parties(objects[0])
                            if index.actor_at(t.i) is not None and index.actor_at(t.i).actor not in args.source], index)
    etype, mode, sphere, wrong_object = object_sense(lex, f, trig, etype, mode, sphere, objects, has_object, index)
    trig = other_kind_sense(lex, trig, etype, mode)
    if f.kind == "verb" and trig.no_object and has_object and etype == "RETREAT" \
            and people_turned_back(f.token, objects, index):
        # evstmt2: "border guards turned back 3,000 Iranians": movement restricted, no withdrawal (turned_back.py)
        trig, etype, mode, sphere = replace(trig, no_object=False), "COERCE", "restrict", "political"
    if f.kind == "verb" and took_command(tok := f.token):
        appointed(tok, args, index)          # "X took command of Y": X appointed (evsense2)
    if f.kind == "verb" and truce_took_effect(f.token):
        truce_parties(f.token, args, index)  # statements3: "the truce between X and Y took effect": X and Y hold it
    why = object_gate(lex, f, trig, etype, has_object, wrong_object, index) \
        or target_gate(lex, f, trig, etype, reason, args, has_object, index)
    if why is not None:
        return why
    why, trig, etype, mode, sphere = prep_sense(lex, f, trig, etype, mode, sphere, objects, args, index)
    if why is not None:
        return why
    if f.kind == "noun" and etype == "AGREE" and concluded_noun(f.token, lex):
        etype, mode = "SUPPORT", "agreement concluded"   # evtypes2: "the agreement ..., concluded in October 2022"
    return nominal_gate(lex, f, sent, trig, etype, args, index) or (etype, mode, sphere, args)

"""The source and target of a trigger candidate, by its kind, and their repairs."""

from __future__ import annotations

from .aimed_phrases import aimed_phrase_parties
from .munition_targets import munition_targets
from . import monitor, statements
from .agents import hit_people
from .anaphora import told_doer
from .decided_acts import decided_doer
from .decree_acts import decree_doer
from .accepted_resignations import resigners
from .envoy_recalls import recalled_envoy_posting
from .presence_votes import presence_targets
from .arguments import (Arguments, inner_parties, is_passive, led_doer, noun_arguments, ordered_doer, phrase_actors,
                        state_body_place, story_state, subject_of, unnamed_state_body, verb_arguments)
from .conveyed_messages import conveyer_source
from .disposals import disposal_arguments
from .goodwill import goodwill_arguments
from .carriers import carried_arguments, caused_by_event
from .denials import answered_claimant
from .deployed_bodies import deployed_body
from .expelled_from import expelling_state
from .hands_of import hands_agents
from .index import DocIndex
from .merge import they_after_meeting
from .met_and_asked import met_party
from .member_objects import member_object_targets
from .principals import states_already_paired
from .protest_scene import protest_body, protest_state
from .purposes import purpose_parties
from .releases import joint_parties
from .side_states import side_state_ids
from .pair_pronouns import they_after_pair
from .armed_targets import forces_state
from .scene import city_state, scene_country, state_of_place
from .senses import MISSIONS
from .speakers import relayed_source
from .territory import fallen_arguments
from .replacements import replacement_arguments
from .triggers import Found

ORDERING = {"order", "authorize", "authorise", "direct", "approve", "command"}
MOTION = {"fly", "travel", "go", "come", "head", "return", "leave", "depart", "journey"}   # ("arrived for a visit": a light verb)
SURVIVING = {"survive", "escape", "withstand", "repel", "repulse", "thwart", "foil"}
# prepositions naming whom a deployment faces ("troops along the Syrian border", "drills near Taiwan")
FACING = {"toward", "towards", "along", "near", "around", "off"}


def frontier_party(noun, index, exclude: set) -> list:
    """ "troops along its border with Iraq": the party a frontier is shared with, when the frontier's own phrase
    names no one but the doer (args)."""
    faced = [o for w in noun.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
    return [(a, i) for o in faced for a, i in phrase_actors(o, index)
            if a.actor not in exclude and a.type in ("country", "organization")]


TAKING = {("COERCE", "seize"), ("ASSAULT", "offensive")}   # taking ground or goods: "from X" names who lost it


def found_arguments(lex, f: Found, index: DocIndex) -> Arguments:
    if f.kind == "noun":
        args = noun_arguments(f.token, f.trigger.of, index)
        n = f.token
        recalled_envoy_posting(n, args, index)     # "the recall of its ambassador to X": X (envoy_recalls.py)
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
        conveyer_source(n, args, index)     # evargs10: "conveyed the condolences of the people of Y": the conveyer's
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
    args = (fallen_arguments(f.token, lex, index) or replacement_arguments(f.token, index)) if f.kind == "verb" else None
    if args is not None:
        return args
    args = verb_arguments(f.token, index)
    if not args.target and f.kind == "verb":      # "informed its allies in NATO" (member_objects.py)
        args.add("target", [a for a in member_object_targets(f.token, index) if a[0].actor not in args.source], index)
    relayed_source(f.token, args, index)
    answered_claimant(f.token, args, index)
    if f.kind == "verb":
        goodwill_arguments(f.token, args, index)  # "conveyed the greetings of Y to Z": Y sends them (goodwill.py)
        disposal_arguments(f.token, args, index)  # "placed its hospital at the disposal of X" (disposals.py)
    if f.kind == "verb" and f.noun is not None:       # "allowed UN inspectors to return": whom it lets in
        args.add("target", [(h, i) for h, i in phrase_actors(f.noun, index) if h.actor not in args.source
                            and h.type != "place"], index)
    if not args.source:
        carried = carried_arguments(lex, f.token, index)
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
        own = recalled_envoy_posting(f.noun, extra, index)
        args.target = [a for a in args.target if a not in own]
        for role in ("source", "target"):
            for a in getattr(extra, role):
                if a not in args.source and a not in args.target:
                    getattr(args, role).append(a)
        args.spans += extra.spans
        args.location = args.location or extra.location
    if f.kind == "verb" and f.trigger.type == "REQUEST":
        presence_targets(f.token, args, index)     # "voted to end the presence of X's troops on Y soil": X (presence_votes.py)
    return args


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


def light_verb_subject(noun, lex, index: DocIndex) -> list:
    """ "The council adopted restrictive measures against 40 officials": an event noun read on its own (a phrase
    trigger the light-verb reading does not take) that is the object of an active light verb is the act of the
    verb's subject, when the clause names it (no pronoun: the noun is then no anaphoric mention)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in lex.light_verbs or is_passive(verb):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return [(h, i) for h, i in phrase_actors(subj, index) if h.type not in ("place", "media")]


def aimed_targets(f: Found, etype: str, mode, args: Arguments, index: DocIndex) -> None:
    """Whom a request, accusation, refusal, threat or reward is aimed at, named inside its content."""
    tok = f.token
    if (etype == "REQUEST" or etype == "ACCUSE" and f.text.lower().endswith(" that")) and f.kind == "verb" \
            and not args.target:
        # "demanded the Turkish ambassador (to) be expelled": who is to act is the request's target;
        # "charged that Iran was harboring rebels": who is said to have done it is the accused
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
                subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    args.add("target", phrase_actors(subj, index), index)
    if etype == "REQUEST" and f.kind == "verb" and not args.target:
        # "met officials of the Ministry of X and asked for more protection": those met are asked (evargs11)
        args.add("target", [a for a in met_party(tok, index) if a[0].actor not in args.source], index)
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


def left_or_faced(f: Found, etype: str, mode, args: Arguments, index: DocIndex) -> None:
    """Whom a protest at a mission, a seizure, a deployment or a withdrawal is aimed at."""
    tok = f.token
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
                            faced = [(a, i) for a, i in phrase_actors(o, index)
                                     if a.actor not in args.source and a.type != "media"]
                            args.add("target", faced or frontier_party(o, index, set(args.source)), index)
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


def doer_repairs(lex, f: Found, etype: str, mode, deployed: bool, args: Arguments, index: DocIndex) -> None:
    """Kin are not their person; a leader or orderer is the doer; the place visited and a closed mission's host are targets."""
    tok = f.token
    if args.source and f.kind in ("verb", "speech"):
        kin = monitor.kin_of(tok, lex, index)         # "His family blamed X": the kin, unnamed, not the person
        args.source = [a for a in args.source if a not in kin]
    decided = decided_doer(tok, index) if f.kind == "verb" else []
    if decided:                                          # "the decision taken by X to close ...": X (decided_acts.py)
        args.source = []
        args.add("source", decided, index)
        args.target = [a for a in args.target if a not in args.source]
    resigning = resigners(tok, index) if f.kind == "verb" and etype == "RETREAT" else []
    if resigning:                                        # "X accepted the resignation of Y": Y resigns from X's
        acceptors = list(args.source)
        args.source = []
        args.add("source", resigning, index)
        args.target = [a for a in acceptors if a not in args.source]
    ordered_by = decree_doer(tok, index) if f.kind == "verb" and not decided else []
    if ordered_by:                                       # "X signed a decree that suspended ...": X (decree_acts.py)
        args.source = []
        args.add("source", ordered_by, index)
        args.target = [a for a in args.target if a not in args.source]
    agents = hands_agents(tok, index, phrase_actors)
    if agents:                                           # "killed at the hands of X": X did it (hands_of.py)
        named = {h.actor for h, _ in agents}
        args.target = [a for a in args.target if a not in named]
        if not args.source:
            args.add("source", agents, index)
    if not args.source and f.kind in ("verb", "light"):
        args.add("source", led_doer(tok, index), index)     # "the alliance, led by Nigeria, sent troops"
    elif args.source and f.kind in ("verb", "light") and all(index.actor_type.get(a) == "place" for a in args.source):
        # "A delegation of X province, led by its governor, Y, visited ...": the leader, not the place (evargs9)
        led = [(h, i) for h, i in led_doer(tok, index) if h.type == "person"]
        if led:
            args.source = []
            args.add("source", led, index)
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


def paired_doers(f: Found, sent, args: Arguments, events: list, meta: list[dict], index: DocIndex) -> None:
    """ "They" after a meeting or a joint act, "the sides": the parties told before."""
    if states_already_paired(f, args, index):
        return                               # irq21: "the two governments" bound to two states stay those states
    if they_after_meeting(f, events, meta, sent):
        last = events[-1]                    # "X met Y ... They agreed": both sides
        args.source = list(dict.fromkeys(last.source + last.target))
        args.target = [a for a in args.target if a not in args.source]
    elif not args.source and f.kind != "noun":
        joint = joint_parties(subject_of(f.token)[0], events, index) \
            or they_after_pair(subject_of(f.token)[0], sent, events, index)   # "The sides agreed", "... They agreed"
        if joint:
            args.source = joint
            args.target = [a for a in args.target if a not in joint]
    if f.kind != "noun":
        # "the two sides" read as two ministers: their states beside them (side_states, evargs14)
        args.source = side_state_ids(subject_of(f.token)[0], args.source, index)


def unnamed_parties(lex, f: Found, etype: str, instrument, args: Arguments, index: DocIndex, events: list,
                    meta: list[dict], sent_starts: list[int]) -> None:
    """Parties for an act that names none: the scene's state, a party inside the acted-on phrase, an unnamed state
    body's state, the doer of the act told before."""
    tok = f.token
    origin = expelling_state(tok, index) if not args.source and f.kind == "verb" else None
    if origin is not None:         # "Two Iraqi diplomats were expelled from Jordan": Jordan expels
        args.source = [origin]
        args.target = [a for a in args.target if a != origin]
    if not args.source and not args.target and instrument is None and etype == "PROTEST" \
            and f.kind in ("verb", "light"):
        # "Opposition supporters rioted in the Georgian capital": the government of the crowd's own place
        state = protest_body(tok, index) or protest_state(tok, index)
        if state is not None:
            args.target = [state]
    if not args.source and not args.target and instrument is None and etype == "ASSAULT" \
            and f.kind == "verb" and (is_passive(tok) or hit_people(tok)) and tok.lemma_ != "target" \
            and not caused_by_event(lex, tok):     # "killed in the attack": the attack is the event
        # "the region was attacked again", "three people were killed in a village": an unnamed
        # place or people hit in the country the story is set in (news-dev: the country is the target)
        scene_state = scene_country(tok, index)
        if scene_state is not None:
            args.target = [scene_state]
    if not args.source and not args.target and instrument is None and etype == "ASSAULT" and f.kind == "verb":
        state = forces_state(tok, index)     # evrecall2: "gunmen ambushed a patrol" in a report about one state
        if state is not None:
            args.target = [state]
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
        if not args.target:
            args.target = aimed_phrase_parties(f, etype, index)   # "opened fire on a bus carrying X" (evskip6)
        if not args.target:
            args.target = munition_targets(f, etype, index)   # "rockets fell near the Chilean embassy" (evskip7)
    if args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
        # "sent aid to flood victims in Pakistan": a party named inside the acted-on phrase
        args.add("target", inner_parties(tok, index, set(args.source)), index)
    if args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
        # "marched ... to demand independence from Serbia": only the act's purpose names whom it is aimed at
        args.add("target", purpose_parties(tok, index, set(args.source)), index)
    if not args.source and instrument is None and f.kind in ("verb", "light"):
        # "Police arrested 40 protesters in Tehran", "were detained by police in Cairo": an unnamed state body
        # acts for the state it acts in
        place = state_body_place(tok, index)
        if place is not None and not (index.actor_type.get(place) == "country" or state_of_place(lex, place, index)):
            place = city_state(place, index)        # "police in Omdurman" in a text naming Sudan
        if place is None:
            # "Soldiers seized power in Guinea. The junta expelled ...": else the one state the story is set in
            acted_on = frozenset(a for a in args.target if index.actor_type.get(a) == "country")
            # (a village the gazetteer does not know lies in the state a report is about)
            report = monitor.report_state(index)
            # (a capital of a state the text names is that state: "in Yerevan" in a text naming Armenia)
            place = story_state(tok, index, lambda p: index.capital_state.get(p) or city_state(p, index) or (
                p if state_of_place(lex, p, index) else None) or report, acted_on,
                otherwise=report) \
                if unnamed_state_body(tok, index) is not None or deployed_body(tok, etype, index) is not None else None
        if place is not None:
            args.source = [place]
            args.target = [a for a in args.target if a != place]
    if not args.source and instrument is None and f.kind == "verb" and not is_passive(tok):
        # "The raid also detained two officers": the act told just before names the doer
        args.source = told_doer(subject_of(tok)[0], etype, events, meta, sent_starts, lex, index)

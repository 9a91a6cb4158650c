"""Nouns naming who can act or be hit: agents, troops, crowds, visitors, victims."""

from __future__ import annotations

from .arguments import is_passive, subject_of
from .index import DocIndex
from .triggers import noun_trigger
from .wire_targets import counted_members

AGENT_NOUNS = {"people", "person", "man", "men", "woman", "women", "group", "groups", "militant", "fighter", "gunman",
               "gunmen", "official", "commander", "leader", "force", "forces", "soldier", "militia", "member",
               "operative", "agent", "perpetrator", "individual", "network", "cell", "faction"}
TROOPS = {"troop", "force", "soldier", "warship", "reinforcement", "marine", "carrier", "destroyer", "bomber", "frigate",
          "submarine", "battalion", "brigade"}
# units that deploy, beside TROOPS ("the contingent arrived", "paratroopers landed")
ARRIVING_FORCES = {"contingent", "paratrooper", "peacekeeper", "unit", "detachment", "commando", "division", "regiment"}
# staff that deploy only when a military word modifies them ("military instructors"; "embassy personnel" visit)
MILITARY_STAFF = {"personnel", "instructor", "adviser", "advisor", "trainer", "specialist", "contractor"}
MILITARY_WORDS = {"military", "army", "naval", "air", "defence", "defense", "security"}
CROWDS = {"protester", "demonstrator", "crowd", "mob", "supporter", "rioter", "mourner", "student", "youth",
          "activist", "follower", "loyalist", "marcher", "protestor"}
PROTEST_NOUNS = {"protest", "demonstration", "riot", "rally", "march", "sit-in", "unrest"}
VISITORS = {"delegation", "envoy", "visitor", "counterpart", "minister", "official", "ambassador", "president",
            "leader", "team", "guest", "mission", "representative", "head", "chief", "commander", "prime",
            "secretary", "foreign", "king", "prince", "emir", "sheikh", "cleric", "group", "members", "member"}
VICTIMS = {"people", "person", "civilian", "resident", "soldier", "child", "woman", "man", "worker", "villager",
           "passenger", "sailor", "crew", "student", "policeman", "officer", "serviceman", "member", "pilgrim"}
HEAD_PARTS = ("compound", "amod", "nmod", "conj", "poss", "appos")   # the parts of a noun phrase that name it


def is_agent_noun(noun) -> bool:
    """A noun naming people or a body that can act: Phoenix's generic agents ("army", "president",
    "rebel") or foothold's own agent, troop, visitor and crowd words."""
    from ...lexicons import load_agents
    lemma = noun.lemma_.lower()
    return lemma in load_agents() or noun.lower_ in load_agents() or lemma in AGENT_NOUNS | TROOPS | VISITORS | CROWDS \
        or noun.lower_ in AGENT_NOUNS


def actor_in_head(lex, noun, index: DocIndex) -> bool:
    """An actor names the phrase itself, its head or a pre-modifier or conjunct of it ("the Colombian
    government and FARC rebels"), not a prepositional phrase inside it ("the war in Syria") nor an
    event noun's doer ("the Hamas attacks increased ...": the attacks are the subject)."""
    if index.actor_at(noun.i) is not None:
        return True
    if noun_trigger(noun, lex) is not None or not is_agent_noun(noun):
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


def hit_people(verb) -> bool:
    """ "shelling killed three people", "injured four": unnamed people as the object of an act."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in VICTIMS or c.like_num) for c in verb.children)


def troops_arriving(verb) -> bool:
    """The one arriving is a force ("the first Rwandan soldiers arrived in X", "a contingent reached Y"): PLOVER
    MOBILIZE (troops deployed), not a visit."""
    subj, dep = subject_of(verb)
    return subj is not None and dep == "nsubj" and not is_passive(verb) \
        and (subj.lemma_.lower() in TROOPS | ARRIVING_FORCES or military_staff(subj))


def military_staff(noun) -> bool:
    """ "Russian military instructors", "a hundred military personnel": staff a military word modifies deploy as a
    force does (evtypes: "military personnel arrived in the capital" is MOBILIZE, not a visit)."""
    return noun.lemma_.lower() in MILITARY_STAFF and any(
        c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_WORDS for c in noun.children)


def crowd_agent(verb) -> bool:
    """The doer is a crowd ("protesters stormed", "was besieged by supporters of X")."""
    subj, dep = subject_of(verb)
    heads = [subj] if subj is not None and dep == "nsubj" and not is_passive(verb) else []
    heads += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not heads and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and is_passive(verb) == is_passive(verb.head):
        # "offices were closed down by protests, and the embassy was besieged": one crowd's acts
        return crowd_agent(verb.head)
    heads += [c for h in heads for c in h.conjuncts]     # "by militiamen and their supporters"
    heads += [o for h in heads for o in counted_members(h)]    # "Hundreds of protesters"
    return any(h.lemma_.lower() in CROWDS or h.lemma_.lower() in PROTEST_NOUNS for h in heads)

"""Who did what to whom: source, target and location from the dependency parse.

Rules (PLOVER): the subject is the source, objects and "with/to/against X"
are targets; the passive flips (the subject is the target, "by X" the source);
nominal events take the possessor / of-object in the role the lexicon gives.
Conjuncts expand ("met with A, B and C" -> three targets).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .relative_conjuncts import main_clause_verb
from .reported_arrests import arrest_speaker
from .ordered_participles import ordered_participle
from .type_nouns import type_nouns
from .office_scene import acting_heads_states
from .one_state_scene import one_state, placed_within
from .state_body_heads import head_window_start, names_no_namesake
from .led_bodies import led_body
from .led_men import led_men
from .sent_bodies import sent_body
from .pair_pronoun_members import pronoun_member
from .named_heads import compounded_organisations
from .targeted_subjects import targeted_subject
from .plural_pronouns import listed_antecedents, plural_reading
from .owned_bodies import headed_body
from .clause_owner import clause_owner
from .apposed_body import apposed_body
from .loyal import loyal_parties
from .described import described_doer
from .far_pair import far_person_pair
from .principals import principal_states
from .pair_owners import owning_pair
from .object_groups import object_group
from .apposed_description import describes_of_object
from .index import PRONOUNS_GROUP, PRONOUNS_PERSON, PRONOUNS_SPEAKER, QUOTE_MARKS, ActorHit, DocIndex
from .analysis import bare_pair
from .headlines import is_heading
from .statements import continued_subject, named_by_first_head, previous_body
from .wire_targets import fronted_clause_subject
from .pairs import PAIR_KINDS, PARTY_COUNTS, PARTY_TYPES, indefinite_count
from .coordinated_sides import coordinated_sides
from .members_within import members_within
from .spokespeople import for_state_body, spoken_for
from .releases import means_phrase_preps, object_pronoun_antecedent
from .modality import ALLEGING_VERBS, misparsed_predicate
from .titles import title_holder
from .turns import turn_speaker
from .date_bound_subject import date_bound_name, date_bound_subject
from .dateline_subject import dateline_subject
from .colon_lists import colon_apposition
from .posted_holders import posted_holder
from .head_governments import head_government_state
from .state_officers import state_officer
from .scene_possessors import sets_no_scene
from .spoken_places import spoken_place
from .listed_antecedent import one_of_a_list
from .main_line_subjects import main_line_subject
from .orders_of import ordering_phrases
from .address_subjects import address_form, addressed_person
from .modified_heads import modified_head
from .national_bodies import national_body
from .apposed_conjuncts import comma_conjunct_name
from ..doc_tokens import span_tokens

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMMITTED_TO = frozenset({"committed", "dedicated"})   # adjectives whose to-gerund is the subject's act
OBJECTS = {"dobj", "dative", "attr", "oprd"}
ASKING_VERBS = frozenset({"ask", "appeal", "call", "plead", "press", "lobby"})   # "asked for X's help"
BALLOT_VERBS = frozenset({"vote"})   # "voted for X": whom a ballot is cast for is the endorsed party
TARGET_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "into", "from", "for", "between", "by"}
PLACE_PREPS = {"in", "to", "at", "into", "near", "outside", "inside"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"}
# participles giving a common noun phrase its name: "known as", "called", "named"
NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub"})
RELATIVE = {"who", "which", "that", "whom"}
# intransitive verbs of dying: their subject is the victim of the event noun they happened in
CASUALTY_VERBS = {"die", "perish"}
LIGHT_RELATIVE = {"hold", "make", "pay", "conduct", "carry", "launch", "stage", "organize", "organise",
                  "sign", "reach", "conclude", "finalize", "finalise", "negotiate"}
PARTICIPATING = {"participate", "engage", "join"}          # "participated in the offensive"
LEADING = {"lead", "spearhead", "head", "join", "attend"}   # "led the offensive", "joined the talks"
# A phrase's own actor beats the actors of its modifiers: persons are picked
# over the organisations or countries that describe them.

# stance participles whose "by" names what alarms, not a doer ("deeply concerned by X's actions")
ALARMED = {"concerned", "alarmed", "appalled", "outraged", "dismayed", "troubled", "disturbed", "worried"}

TYPE_RANK = {"person": 0, "organization": 1, "media": 1, "country": 2, "place": 3}


@dataclass
class Arguments:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)   # original spans of the argument mentions
    resolved: set[str] = field(default_factory=set)    # actors found only through a pronoun

    def add(self, role: str, found: list[tuple[ActorHit, int]], index: DocIndex | None = None) -> None:
        bucket = self.source if role == "source" else self.target
        for hit, i in found:
            if hit.actor not in bucket:
                bucket.append(hit.actor)
            if index is not None and index.actor_at(i) is not hit:     # a pronoun or an unnamed title
                if index.ctx.doc[i].pos_ == "PRON":
                    self.resolved.add(hit.actor)
                self.spans.append((index.tok_start[i], index.tok_end[i]))
            else:
                self.spans.append((hit.start, hit.end))


SAY_VERBS = {"say", "state", "announce", "claim", "confirm", "add", "tell", "declare", "insist", "stress", "note",
             "report", "assert", "affirm", "reiterate", "deny", "acknowledge", "admit", "indicate", "explain"}


def speaker_of_content(tok, index: DocIndex):
    """ "Pakistan's army said it killed 10 militants": "it"/"they" subject of what a speaker says is the
    speaker (when the speaker phrase names an actor)."""
    if tok.lower_ not in ("it", "they") or tok.dep_ != "nsubj":
        return []
    v = tok.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SAY_VERBS:
        return []
    # a misparsed dateline gives the saying verb a second subject ("KABUL, Aug 3 - The Taliban said"): the speaker is
    # the one next to the verb
    subjects = [c for c in v.head.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < v.head.i]
    subj = before[-1] if before else subjects[0] if subjects else None
    if subj is None or subj.lower_ in ("it", "they", "he", "she", "we", "i"):
        return []
    return phrase_actors(subj, index)


# Each conjunct of an acting subject is its own party ("Syria and Hezbollah condemned": not only the organisation,
# which outranks the country within one phrase), and so is each name listed in an object ("sanctioned Rosneft and
# its chief Igor Sechin"); splitting every phrase (SPLIT_CONJUNCTS) also changed the targets of a stored strike in
# tests/test_watch.py, and gains no more on the probe than the subjects and named objects alone.
SPLIT_CONJUNCTS = False     # each conjunct its own party: off (it broke a stored-alert test on news-dev; to re-measure)


def conjunct_heads(tok) -> list:
    """The heads of a coordinated phrase: "Iran and Hezbollah" -> [Iran, Hezbollah]."""
    heads, stack = [], [tok]
    while stack:
        t = stack.pop()
        heads.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(heads, key=lambda t: t.i)


def phrase_actors(tok, index: DocIndex, pronoun_window: int = 150, split: bool | str = False,
                  own_poss: bool = False) -> list[tuple[ActorHit, int]]:
    """The actors a noun phrase refers to: its head's actor(s), over conjuncts and appositions.
    Each conjunct is its own party (PLOVER actor lists): "the Lebanese government and Hezbollah" is
    both, though within one conjunct a person is picked over the body or country describing him."""
    said_by = speaker_of_content(tok, index)
    if said_by:
        return [(h, tok.i) for h, _ in said_by]
    heads = conjunct_heads(tok)
    if split == "named" and not (len(heads) > 1 and all(index.actor_at(h.i) is not None or any(
            index.actor_at(c.i) is not None and c.dep_ in ("appos", "compound") for c in h.children) for h in heads)):
        split = False          # only a list of names splits ("Iran and Hezbollah", "Rosneft and its chief Igor Sechin")
    if not (SPLIT_CONJUNCTS or split):
        return head_actors(tok, index, pronoun_window, follow_conj=True, own_poss=own_poss)
    out: list = []
    named = {head.i for head in heads if index.actor_at(head.i) is not None}
    for head in heads:
        for h, i in head_actors(head, index, pronoun_window, own_poss=own_poss):
            if all(h.actor != o.actor for o, _, _ in out):
                out.append((h, i, head.i))
    if any(h.type == "person" for h, _, _ in out):
        # "the Deputy Prime Minister and Minister of Finance of Iraq, Ali Allawi": conjoined titles of one
        # person; only a conjunct that is itself a name is another party
        out = [(h, i, k) for h, i, k in out if h.type == "person" or k in named]
    out = [(h, i) for h, i, _ in out]
    if any(h.type != "place" for h, _ in out):
        out = [(h, i) for h, i in out if h.type != "place"]    # a place beside a party is where, not who
    return out


def speaker_owner(pron, index: DocIndex) -> ActorHit | None:
    """ "Chad said its troops had killed ...", "Indonesia denied that its troops ...": a possessive "its"/"their"
    in what a named state or group says is the speaker's (not a group named in an earlier sentence)."""
    v = pron.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head                 # "X said A had killed ..., and its ministry summoned ...": X's (evargs8)
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SAY_VERBS:
        return None
    subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    h = index.actor_at(subj.i) if subj is not None and subj.pos_ == "PROPN" else None
    return h if h is not None and h.type in ("country", "organization") else None


def head_actors(tok, index: DocIndex, pronoun_window: int, follow_conj: bool = False,
                own_poss: bool = False) -> list[tuple[ActorHit, int]]:
    """The actors of one conjunct of a noun phrase (its conjuncts are not followed). With ``own_poss`` a
    possessive pronoun inside the phrase is the acting subject's own and names no one ("his Ethiopian counterpart")."""
    loyal = loyal_parties(tok, index)
    if loyal:
        return loyal                     # "forces loyal to X, led by Y": X (evdoers2)
    led = led_body(tok, index, pronoun_window) or led_men(tok, index, pronoun_window)
    if led:
        return led                       # "X leads the Babylon Brigade. His brigade ...": the brigade (anaphora);
                                         # "Prigozhin said his men had ...": the one body he leads (led_men, evargs7)
    posted = posted_holder(tok, index)
    if posted:
        return posted                    # "U.S. Ambassador to Hungary David Pressman": the ambassador (evargs8)
    named = comma_conjunct_name(tok, index)
    if named:
        return named                     # "Togo's Minister of Trade, Yawa Kouigan, who signed": the minister (evargs14)
    body = national_body(tok, index)
    if body:
        return body                      # "Gazprom ... the Russian company stopped buying": Gazprom (evargs13)
    if address_form(tok):                # "His Excellency stressed": the main line's person (evargs11)
        main = addressed_person(tok, index, max(0, tok.i - pronoun_window))
        if main is not None:
            return [(main, tok.i)]
    found: list[tuple[ActorHit, int]] = []
    stack = [tok]
    seen = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if own_poss and t.i != tok.i and t.dep_ == "poss" and t.pos_ == "PRON":
            continue
        listed = listed_antecedents(t, index) if plural_reading(t, tok, index) else []
        if listed:
            found.extend(listed)                         # "A and B ... Their troops": both (args)
            continue
        owner = clause_owner(t, index)
        if owner is not None:                            # "Ankara condemned the attack on its consulate" (args)
            found.append((ActorHit(owner.actor, owner.type, index.tok_start[t.i], index.tok_end[t.i]), t.i))
            continue
        hit = index.actor_at(t.i)
        fronted = fronted_clause_subject(t, index) if t.i == tok.i else None    # wireev: "As he was detained, X ..."
        hit = fronted or hit
        if fronted is None and hit is not None and t.lower_ in ("he", "she") and t.i == tok.i \
                and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            # "Blaszczak thanked Austin. He said ...": a main clause's subject pronoun continues the last subject,
            # not the nearest name the mention resolver attached it to ("X stated that he promised": the nearest)
            hit = main_line_subject(t.i, index, max(0, t.i - pronoun_window)) \
                or index.last_actor_before(t.i, ("person",), max(0, t.i - pronoun_window)) or hit   # (evargs9)
        first_person = t.lower_ in PRONOUNS_SPEAKER and (t.i == tok.i or t.dep_ == "poss")
        turn = turn_speaker(index, t.i) if first_person else None     # "Mousavi: We reject ..." (turns.py)
        speaker = turn or (index.speaker_before(t.i) if first_person else None)
        issuer = index.issuer() if turn is None and t.lower_ in ("we", "our", "us") and (t.i == tok.i or t.dep_ == "poss") \
            and not any(q.text in QUOTE_MARKS for q in t.sent) and not t.sent.text.rstrip().endswith(":") \
            and not (t.sent.start > 0 and t.doc[t.sent.start - 1].sent.text.rstrip().endswith(":")) else None
        if issuer is not None:
            speaker = None                               # an unquoted "we" of a release is not the last one quoted
        continued = (continued_subject(t, index, phrase_actors) or previous_body(t, index, phrase_actors)) \
            if t.i == tok.i else []
        if continued:
            found.extend(continued)                      # "X condemned Y, and it called on Z": X
        elif speaker is not None:
            found.append((speaker, t.i))                 # "Minister X said: We call on ..."
        elif issuer is not None:
            found.append((issuer, t.i))                  # a release's unattributed "we": the state issuing it, not
                                                         # the actor named last before it
        elif hit is not None and not (t.lower_ in PRONOUNS_SPEAKER and hit.type == "country" and hit.actor not in index.subject_actors()):
            found.append((hit, t.i))
        elif t.lower_ in ("we", "our", "us") and (t.i == tok.i or t.dep_ == "poss") and index.issuer() is not None:
            found.append((index.issuer(), t.i))          # a release's unattributed "we": the body issuing it
        elif t.lower_ in PRONOUNS_PERSON and t.i == tok.i or t.lower_ in ("his", "her") and t.dep_ == "poss":
            ante = (object_pronoun_antecedent(t, index, max(0, t.i - pronoun_window)) if t.i == tok.i else None) \
                or index.last_actor_before(t.i, ("person",), max(0, t.i - pronoun_window))
            if ante is not None:
                found.append((ante, t.i))
        elif t.lower_ == "they" and t.i == tok.i and continues_unnamed_subject(t, index):
            pass                                         # "the gunmen attacked X. They then shot ...": not X
        elif t.lower_ in PRONOUNS_GROUP and (t.i == tok.i or t.dep_ == "poss"):
            # "its members": a group before a state -- unless the state or group saying it owns it
            # ("Chad said its troops had killed ..."; its own clause's subject first lost a news-dev event)
            ante = speaker_owner(t, index) if t.dep_ == "poss" else None
            ante = ante or index.last_actor_before(t.i, ("organization",), max(0, t.i - pronoun_window)) \
                or index.last_actor_before(t.i, ("country",), max(0, t.i - pronoun_window))
            if ante is not None:
                found.append((ante, t.i))
        for c in t.children:
            if hit is None and c.dep_ == "acl" and c.lemma_.lower() in NAMING_PARTICIPLES:
                # "the militants, known locally as X", "a group called X": the name the phrase goes by
                stack.extend(o for n in c.children if n.dep_ == "oprd" or n.dep_ == "prep" and n.lower_ == "as"
                             for o in ([n] if n.dep_ == "oprd" else n.children) if o.dep_ in ("pobj", "oprd"))
                continue
            if c.dep_ in CLAUSE_DEPS - {"conj"} or c.dep_ in ("punct", "cc", "det", "prep") and c.lower_ not in ("of",):
                continue
            if hit is not None and colon_apposition(t, c):
                continue               # "the Court ... sentenced four journalists to death: A, B": not the court
            if c.dep_ == "appos" and hit is not None and index.actor_at(c.i) is None and c.pos_ == "NOUN":
                continue               # "the United States, a treaty ally of the Philippines": who it is allied to
                                       # is described, not acting
            if describes_of_object(t, c, index):
                continue               # "Fighters of X, the armed wing of Y": Y describes X (evargs3)
            if c.dep_ == "conj" and t.i == tok.i and not follow_conj:
                continue               # another conjunct: phrase_actors takes it on its own
            if c.dep_ == "prep":          # "of": "the governors of the Kermanshah and Ilam provinces"
                stack.extend(c.children)
            else:
                stack.append(c)
    if not found and tok.pos_ == "NOUN":
        # "military leaders in Niger", "officials from Iraq": an unnamed body acts for its country
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from"):
                # "defence chiefs from Japan, South Korea and the United States": each state listed
                for o in (n for p in c.children if p.dep_ == "pobj" for n in conjunct_heads(p)):
                    hit = index.actor_at(o.i)
                    if hit is not None and hit.type == "country" and all(hit.actor != h.actor for h, _ in found):
                        found.append((hit, o.i))
    if not found:
        found = members_within(tok, index)       # "critics in the Peruvian Congress": the body (evargs5)
    if not found:
        found = spoken_for(tok, index, phrase_actors)   # "a spokeswoman for the Chilean embassy": Chile (evskip6)
    if not found and tok.lemma_.lower() in DOCUMENT_NOUNS:
        found = document_author(tok, index)
    if not found:
        if tok.pos_ == "NOUN" and [c.lower_ for c in tok.children] == ["the"]:
            person = index.titled_person(tok.lower_, {tok.lower_}, None, index.tok_start[tok.i])
            if person is not None:         # "the ambassador": the latest ambassador named
                return [(ActorHit(person, "person", index.tok_start[tok.i], index.tok_end[tok.i]), tok.i)]
        group = described_doer(tok, index) or unnamed_group(tok, index) or sent_body(tok, index) \
            or named_by_head(tok, index) or modified_head(tok, index, STATE_BODIES) \
            or named_by_first_head(tok, index) or apposed_body(tok, index) \
            or object_group(tok, index)           # described_doer: evsense2; object_group: args
        if group is not None:
            return [(group, tok.i)]
        pair = named_pair(tok, index) or coordinated_sides(tok, index) or principal_states(tok, index) \
            or owning_pair(tok, index, named_pair)      # coordinated_sides: "the parties" after "A and B" (evargs5)
        if pair:
            return pair
        holder = title_holder(tok, index)           # "the prime minister" after "Prime Minister X"
        if holder is not None:
            return [(holder, tok.i)]
        protagonist = unnamed_title_holder(tok, index)
        if protagonist is not None:
            return [(protagonist, tok.i)]
        return []
    if all(h.type == "place" for h, _ in found):
        # "the Barakh resort in the Zakho District of the Kurdistan Region of Iraq": the country
        # a place lies in is who was acted on (news-dev: capitals and places stand for their state)
        for t in tok.subtree:
            h = index.actor_at(t.i)
            if h is not None and h.type == "country" and all(h.actor != o.actor for o, _ in found):
                found.append((h, t.i))
    if index.actor_at(tok.i) is None:
        # "Her party, the National League for Democracy, called ...": the apposition names the head; the
        # possessor or modifier describing it is someone else
        named = {t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree}
        apposed = [(h, i) for h, i in found if i in named and h.type != "place"]
        if apposed and len(apposed) < len(found):
            found = apposed
        found = compounded_organisations(tok, found, index)     # "Aristide's Lavalas Family party" (docs25)
    found = headed_body(tok, found, index)        # "the Council of Ministers of Prime Minister X": the council (args)
    found = head_government_state(tok, found, index)      # "His government imposed a curfew": his state
    best = min(TYPE_RANK.get(h.type, 4) for h, _ in found)
    if best > TYPE_RANK["person"] and (tok.pos_ == "NOUN" or capital_title(tok)):
        person = titled(tok, {h.actor for h, _ in found}, index)
        if person is not None:
            return [(ActorHit(person, "person", index.tok_start[tok.i], index.tok_end[tok.i]), tok.i)]
    out, ids = [], set()
    for h, i in sorted(found, key=lambda x: x[1]):
        if TYPE_RANK.get(h.type, 4) == best and h.actor not in ids:
            ids.add(h.actor)
            out.append((h, i))
    return out


def continues_unnamed_subject(they, index: DocIndex) -> bool:
    """A sentence-opening "They" whose sentence before told an act of an unnamed plural ("witnesses said the gunmen
    attacked a camp of X. They then shot ..."): it goes on with those unnamed doers, not the last body named."""
    sent = they.sent
    if they.dep_ != "nsubj" or they.i != sent.start or sent.start == 0:
        return False
    before = they.doc[sent.start - 1].sent
    verb = before.root
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb.lemma_.lower() in SAY_VERBS else None
    verb = said if said is not None else verb
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NNS" and subj.pos_ == "NOUN" \
        and not any(index.actor_at(s.i) is not None for s in subj.subtree)


# documents that speak for their authors ("a statement from the Arab League called on ...")
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "letter", "message", "note"}


def document_author(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """ "a statement from/by X", "a joint statement issued by X and Y": who a document speaks for."""
    found: list[tuple[ActorHit, int]] = []
    for c in tok.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in ("from", "by") else \
            [a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" else []
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj":
                    found += [(h, i) for h, i in phrase_actors(o, index) if h.type != "media"]
    return found


def capital_title(tok) -> bool:
    """ "the Iranian President welcomed the offer": a capitalised title the parser tags a proper noun, after "the" and
    an adjective (the state's demonym), is a title phrase as "the Iraqi prime minister" is (evargs13)."""
    kids = list(tok.children)
    return tok.pos_ == "PROPN" and tok.lower_ in TITLE_WORDS and len(kids) >= 2 and kids[0].lower_ == "the" \
        and kids[0].dep_ == "det" and any(c.dep_ == "amod" and c.i < tok.i for c in kids)


def titled(tok, org_ids: set[str], index: DocIndex) -> str | None:
    """The named holder of an unnamed title phrase ("the Iranian minister of energy")."""
    words = {tok.lower_}
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and index.actor_at(c.i) is None and c.lower_ not in ("former", "incoming", "new", "senior"):
            words.add(c.lower_)
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and index.actor_at(o.i) is None:
                    words.add(o.lower_)
    head = tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_
    words.discard(tok.lower_)
    words.add(head)
    return index.titled_person(head, words, org_ids, index.tok_start[tok.i])


def subject_of(verb):
    """The verb's subject token, inherited through conjoined / embedded verbs."""
    t, came_from = verb, None
    for _ in range(4):
        subjects = [c for c in t.children if c.dep_ in SUBJECTS]
        if subjects:
            # a misparsed dateline or fronted phrase gives two: the one next to the verb is it
            before = [c for c in subjects if c.i < t.i]
            c = before[-1] if before else subjects[0]
            main = main_clause_verb(came_from, t) if came_from is not None and c.lower_ in RELATIVE else None
            if main is not None:              # fixes14: "condemns the raid, which destroyed X, and urges Y"
                t, came_from = main, None
                continue
            if c.lower_ in RELATIVE and t.dep_ == "relcl":
                return t.head, "nsubjpass" if c.dep_ == "nsubjpass" else c.dep_
            return date_bound_name(c) or dateline_subject(c), c.dep_     # date_bound_name: evargs9
        if t.dep_ == "xcomp" and t.head.i != t.i:
            # "led the United States to blame Iran", "urged Iraq to release": object control
            obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None:
                return obj, "nsubj"
        opener = clause_opener_object(t)
        if opener is not None:
            return opener, "nsubj"
        if t.dep_ in ("conj", "xcomp", "advcl", "acomp") and t.head.i != t.i:
            came_from = t if t.dep_ == "conj" and t.i == verb.i else None
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head           # "responded by expressing disappointment": the responder expresses
            continue
        if t.dep_ == "pcomp" and t.head.lower_ == "to" and t.head.head.dep_ == "acomp" \
                and t.head.head.lower_ in COMMITTED_TO:
            t = t.head.head           # "remains committed to deepening ties": who is committed acts (evcand10)
            continue
        if t.dep_ in ("relcl", "acl"):
            return t.head, "nsubj"
        break
    stranded = stranded_subject(t) or date_bound_subject(t)
    if stranded is not None:
        return stranded, "nsubj"
    return None, None


def stranded_subject(verb):
    """Names right before a finite verb with no subject, which the parser hung on an earlier phrase as
    conjuncts: "at a summit in Paris, Nigeria, Chad and Niger agreed" (read as more of "Paris"), "...,
    and Prime Minister X, in Beijing for talks, warned" (read as a conjunct of the first clause). The
    first name after the phrase they were hung on heads them (a comma-set aside before the verb skipped)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    doc, k = verb.doc, verb.i - 1
    if doc[k].text == ",":              # ", in Beijing for the Olympic Games,": an aside
        j = k - 1
        while j > verb.sent.start and doc[j].text != "," and k - j < 12:
            j -= 1
        if doc[j].text != "," or doc[j + 1].dep_ != "prep":
            return None
        k = j - 1
    t = doc[k]
    if t.pos_ != "PROPN" or t.dep_ not in ("conj", "compound", "npadvmod"):
        return None
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    if t.dep_ == "npadvmod" and t.head.i < t.i:
        return t                            # the name read as an adverbial of the clause before
    if t.dep_ != "conj":
        return None
    root = t
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.i > verb.i or not (root.pos_ in ("VERB", "AUX") or root.dep_ == "pobj"):
        return None
    members = [m for m in conjunct_heads(root) if root.i < m.i < verb.i and m.pos_ == "PROPN"]
    return members[0] if members else None


SUBORDINATORS = frozenset({"since", "after", "before", "until", "till", "because", "once", "when", "while"})


def clause_opener_object(verb):
    """'... since the GNA signed a memorandum': the parser read 'since' as a preposition with object 'the GNA'
    and hung 'signed' on the main verb as a conjunct, which would give it the main clause's subject. A finite
    conjunct right after the object of such a subordinator (nothing but closing brackets between) is that
    object's clause: the object is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i == verb.i:
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS and prep.i < verb.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            between = verb.doc[obj.right_edge.i + 1:verb.i]
            if all(tok.text in (")", "]") for tok in between):
                return obj
    return None


def is_passive(verb) -> bool:
    """A passive verb, or a participle describing its head noun ("militias backed by Iran") — unless the parser
    hung the sentence's own predicate on its subject ("Russia, which has ..., called on both sides")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not misparsed_predicate(verb))


def prep_objects(tok, preps=TARGET_PREPS):
    """(preposition, object) pairs hanging off tok, with conjoined objects."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    out.append((c.lower_, o))
    return out


INNER_PREPS = TARGET_PREPS - {"by"}


LEADING_VERBS = {"lead", "head", "command"}


def led_doer(verb, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """ "The alliance, led by Nigeria, sent troops": an unnamed body acting under a named leader is the leader's
    act ("led by", "headed by", "commanded by" a party apposed to the subject)."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj" or index.actor_at(subj.i) is not None:
        return []
    if members_within(subj, index):
        return []       # "Observers from X, led by former president Y, urged ...": X's observers (evargs9)
    found: list[tuple[ActorHit, int]] = []
    for acl in subj.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in LEADING_VERBS:
            continue
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            # "led by its governor, X": the title's apposed name (evargs9)
            named = [n for o in agent.children if o.dep_ == "pobj"
                     for n in [o, *(a for a in o.children if a.dep_ == "appos")]]
            found += [(h, o.i) for o in named
                      if (h := index.actor_at(o.i)) is not None and h.type in PARTY_TYPES]
    return found


def ordered_doer(verb, ordering: set[str], index: DocIndex) -> list[tuple[ActorHit, int]]:
    """ "Putin ordered troops to withdraw", "the junta instructed the army to seal the border": an act done by
    unnamed forces on a named party's order is that party's act (the orderer, the subject of the ordering verb)."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in ordering:
        return []
    subj, dep = subject_of(verb)
    if subj is not None and dep != "nsubjpass" and index.actor_at(subj.i) is not None:
        return []                   # "ordered Venezuela to refrain": the named party acts (or is asked) itself
    orderer, odep = subject_of(verb.head)
    if orderer is None or odep != "nsubj":
        return []
    return [(h, i) for h, i in phrase_actors(orderer, index) if h.type in PARTY_TYPES]


def inner_parties(verb, index: DocIndex, exclude) -> list[tuple[ActorHit, int]]:
    """ "sent supplies to flood victims in Bangladesh", "moved troops to its frontier with India": with
    no actor heading what the act is done to, a named party inside that phrase (its objects and the
    objects of its target prepositions, not their clauses, agents or pronouns) is whom it is aimed at."""
    roots = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    roots += [o for c in verb.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"]
    roots += [o for _, o in prep_objects(verb, INNER_PREPS)]
    # "sent supplies to flood victims in Pakistan on Monday": an "in" phrase right after the recipient,
    # misattached to the verb, still belongs to it
    ends = {r.right_edge.i + 1 for r in roots if r.dep_ == "pobj" and r.head.lower_ == "to" or r.lower_ == "to"}
    roots += [o for p, o in prep_objects(verb, {"in"}) if p and o.head.i in ends]
    found: list[tuple[ActorHit, int]] = []
    stack = list(roots)
    while stack:
        t = stack.pop()
        hit = index.actor_at(t.i)
        if hit is not None and t.pos_ != "PRON" and hit.type in PARTY_TYPES and hit.actor not in exclude \
                and all(hit.actor != h.actor for h, _ in found):
            found.append((hit, t.i))
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS - {"conj"} and c.dep_ != "agent"
                     and not (c.dep_ == "prep" and c.lower_ == "by"))
    return sorted(found, key=lambda x: x[1])


# unnamed bodies of a state (news-dev README: "their acts are coded with the country")
STATE_BODIES = {"police", "policeman", "authority", "court", "prosecutor", "judge", "ministry", "tribunal",
                "junta", "army", "military", "navy", "government", "regime", "cabinet", "parliament"}


# "security forces", "government troops", "regime soldiers": armed men a modifier says are the state's
ARMED_NOUNS = {"force", "forces", "troop", "troops", "soldier", "soldiers"}
STATE_MODIFIERS = {"security", "government", "regime", "state"}
# "a military helicopter", "government warplanes", "an army drone": a state's craft, named by a body before it
# "air force jets", "Air Force planes": the state's air arm, a compound before the craft
AIR_ARMS = {"force"}
CRAFT_NOUNS = {"jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "drone", "bomber", "fighter", "tank"}


# "special police units", "border units", "army units": a unit a state body or modifier names is the state's
UNIT_NOUNS = {"unit", "squad", "detachment", "guard"}


def names_state_body(noun) -> bool:
    """ "police", "the junta", "security forces", "a military helicopter", "special police units", "the army's
    team": a noun naming a state body (whether an actor names its state is read by the caller)."""
    lemma = noun.lemma_.lower()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return lemma in STATE_BODIES or lemma in ARMED_NOUNS and any(c.lower_ in STATE_MODIFIERS for c in noun.children) \
        or lemma in CRAFT_NOUNS and bool(modifiers & (STATE_BODIES | STATE_MODIFIERS | AIR_ARMS)) \
        or lemma in UNIT_NOUNS and bool(modifiers & (STATE_BODIES | STATE_MODIFIERS | {"border"})) \
        or any(c.dep_ == "poss" and c.lemma_.lower() in STATE_BODIES for c in noun.children) \
        or state_officer(noun)      # "a traffic police officer" (state_officers.py, evargs7)


def unnamed_state_body(verb, index: DocIndex):
    """The acting subject, or a passive's agent ("were arrested by police"), when it is a state body no actor
    names ("police", "the junta", "security forces"): "Iraqi police" or "Sudan's army" already name their state."""
    if is_passive(verb):
        subj = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        # evskip7: "the interior ministry said three guards had been detained": the reporting body arrested them
        subj = subj if subj is not None else arrest_speaker(verb, SAY_VERBS, subject_of)
    else:
        subj, dep = subject_of(verb)
        subj = subj if dep == "nsubj" else None
    if subj is None:
        return None
    subj = for_state_body(subj, names_state_body) or subj     # "a spokesman for the energy ministry" (evskip6)
    # "soldiers and police killed ...": a conjunct that is a state body makes the subject the state's
    if not any(names_state_body(s) for s in [subj, *subj.conjuncts]):
        return None
    if any(index.actor_at(t.i) is not None for t in subj.subtree if t.i <= subj.i):
        return None
    return subj


def state_body_place(verb, index: DocIndex) -> str | None:
    """ "Police arrested 40 protesters in Tehran", "a court in Moscow sentenced ...": the place (or country)
    an unnamed state body acts in -- its own "in X", else where the act was done -- whose state it acts for."""
    subj = unnamed_state_body(verb, index)
    if subj is None:
        return None
    return location_of([subj], index, set()) or location_of([verb], index, set())


SCENE_PREPS = {"in", "inside", "across", "throughout", "around", "near", "outside"}
# how far back an unnamed body's scene is looked for: its sentence and the ones before it ("On 1 July crowds
# gathered in Nukus ... That afternoon police detained X ... He was arrested again ... Security forces dispersed")
STORY_SENTENCES = 5
NEAR_SENTENCES = 3


def story_state(tok, index: DocIndex, state_of, acted_on: frozenset = frozenset(),
                otherwise: str | None = None) -> str | None:
    """ "Soldiers seized power in Guinea on Sunday. The junta expelled ...": the one state the story is set in
    at ``tok`` -- the countries (or places' states) named as where things happen ("in X", "X's") or as who acts
    (in a subject) in the nearest of its sentence and the STORY_SENTENCES - 1 before that names any (past the
    NEAR_SENTENCES nearest, not across a heading) (``state_of(place)``: the
    place's state actor, or a capital standing for a state the text does not name). Two or more such states
    there, or a scene of unknown state ("police in Lagos" in a text naming no Nigeria): none. A state the act
    is aimed at (``acted_on``: "the regime accused Turkey"), unless named as where it happens, is not its doer's.
    ``otherwise``: the state when those sentences name no state or place at all (a report's own state)."""
    doc = tok.doc
    sent = tok.sent
    # "a jet bombed X, and residents fled towards the border with Y": a clause with its own subject tells its own scene
    others = {t.i for c in tok.children if c.dep_ == "conj" and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
              for t in c.subtree}
    headed = False
    for step in range(STORY_SENTENCES):
        if step >= NEAR_SENTENCES and headed:
            break           # past the nearest sentences a heading closes the story: the one before is another
        headed = headed or is_heading(sent)
        states = set()
        for t in span_tokens(sent):
            if t.i in others:
                continue
            h = index.actor_at(t.i)
            if h is None or h.type not in ("country", "place"):
                continue
            if sent.start != tok.sent.start and (sets_no_scene(t) or spoken_place(t)):
                continue            # "Israel's foreign ministry called on ...": no scene (scene_possessors.py)
            scene = t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS
            if h.actor in acted_on and not scene:
                continue
            # in the act's own sentence any place but a describing demonym ("the French ambassador") counts:
            # "the junta imposed a curfew on Bangkok" is Thailand's, whatever the sentences before named
            own = sent.start == tok.sent.start and t.dep_ != "amod"
            # a state acting before ("Russia attacked ...", "Russian forces advanced in Ukraine. The army shelled
            # ...") may own the body ("a Russian drone crashed in Poland" names no one acting)
            acting = t.dep_ == "nsubj" or index.in_subject[t.i] and t.head.lemma_.lower() in ARMED_NOUNS | STATE_BODIES
            if not (own or acting or scene or t.dep_ == "poss"):
                continue
            state = h.actor if h.type == "country" else state_of(h.actor)
            if state is not None:
                states.add(state)
            elif scene and not placed_within(t, index):
                states.add(None)     # "Police in Lagos dispersed ...": a scene whose state is not known
        # a sentence naming no state or place: the state its acting head heads (office_scene.py, anaphora)
        states = one_state(states, index) or acting_heads_states(sent, index)
        if states:
            return states.pop() if len(states) == 1 else None     # (None for an unknown scene)
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return otherwise if otherwise not in acted_on else None


def location_of(tokens, index: DocIndex, exclude: set[str]) -> str | None:
    """The first place/country named in a place preposition under the given tokens."""
    for tok in tokens:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    for sub in o.subtree:
                        if sub.dep_ == "amod" or sub.pos_ == "ADJ":
                            continue             # "in the American strike": a demonym is not a place
                        hit = index.actor_at(sub.i)
                        if hit is not None and hit.type in ("place", "country"):
                            return hit.actor
    return None


def verb_arguments(verb, index: DocIndex) -> Arguments:
    args = Arguments()
    subj, dep = subject_of(verb)
    # "was struck and killed by": a participle conjunct shares the voice ("we are concerned and call on": not)
    passive = is_passive(verb) or dep == "nsubjpass" and verb.tag_ == "VBN"
    relative = verb.dep_ == "relcl" and any(c.dep_ in SUBJECTS and c.lower_ in RELATIVE for c in verb.children)
    if subj is not None and relative:           # "X, which flew ..., and Y": the relative pronoun is X alone
        # "designated Mahan Air, which flew weapons to Syria, and its chairman X": "which" is the antecedent alone
        args.add("target" if passive else "source", head_actors(subj, index, 150), index)
    elif subj is not None:
        # "Syria and Hezbollah condemned ...": each conjunct of the acting subject is a party
        args.add("target" if passive else "source", phrase_actors(subj, index, split=not passive), index)
    bound = bool(args.source) and not passive

    def acted_on(phrase):
        """The actors of an object: a possessive pronoun in it ("withdrew its peacekeepers", "closed their
        border") is bound by the acting subject (already the source), not an earlier actor it might name."""
        found = phrase_actors(phrase, index, split="named", own_poss=bound)
        if bound:
            found = [(h, i) for h, i in found if not (verb.doc[i].dep_ == "poss" and verb.doc[i].pos_ == "PRON")]
        return found

    # "expelled French troops ... and invited Wagner to fight X, an al-Qaeda affiliate": an object the parser hung
    # on the verb after its own conjunct belongs to that conjunct's clause
    conjunct_at = min((c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), default=None)
    for c in verb.children:
        if c.dep_ in OBJECTS and conjunct_at is not None and c.i > conjunct_at:
            continue
        if c.dep_ in OBJECTS:
            args.add("target", acted_on(c), index)
            for prep, o in prep_objects(c, {"with", "to", "against", "between"}):
                args.add("target", phrase_actors(o, index), index)
            for prep, o in prep_objects(c, {"in", "of"}):      # "pledged $2 billion in loans to Pakistan"
                for _, o2 in prep_objects(o, {"to"}):
                    args.add("target", phrase_actors(o2, index), index)
        elif c.dep_ == "agent" and verb.lower_ in ALARMED:
            for o in c.children:                 # "concerned by X's actions": X is what alarms, not a doer
                if o.dep_ == "pobj":
                    args.add("target", acted_on(o), index)
        elif c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj":
                    args.add("source", phrase_actors(o, index), index)
        elif c.dep_ == "prt":           # "sealed off X" parsed as off -> pobj X: X is the object
            # "sealed off the West Bank": the object misparsed under the particle is still the object
            for o in c.children:
                if o.dep_ == "pobj":
                    args.add("target", acted_on(o), index)
    if passive and not args.source:
        # "were beaten with rocks and clubs by Chinese soldiers": the parser hangs the agent's "by" on the
        # instrument's noun; no noun takes a "by" of its own there, so it is the verb's agent
        # "was sacked as deputy prime minister by X" (evargs9): the same for a role's "as"-phrase
        for _, means in prep_objects(verb, {"with", "as"}):
            for by in (b for t in [means, *means.conjuncts] for b in t.children if b.dep_ == "prep" and b.lower_ == "by"):
                for o in by.children:
                    if o.dep_ == "pobj":
                        args.add("source", phrase_actors(o, index), index)
    if passive and not args.source:
        # "was struck and killed by a coalition airstrike": the agent closes the coordination
        for other in verb.conjuncts:
            for c in other.children:
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            args.add("source", phrase_actors(o, index), index)
    ordering = ordering_phrases(verb)     # "deployed on the orders of X": X had it done, no target (orders_of.py)
    if ordering and not args.source:
        for _, o in ordering:
            args.add("source", phrase_actors(o, index), index)
    for prep, o in prep_objects(verb, TARGET_PREPS - {"by", "from", "for"}):
        if any(o.head.i == p.i for p, _ in ordering):
            continue
        args.add("target", acted_on(o), index)
    for p in means_phrase_preps(verb):      # "spoke by telephone with X": whom the call was with
        if p.lower_ == "with":
            for o in p.children:
                if o.dep_ == "pobj":
                    args.add("target", acted_on(o), index)
    if not args.target and not passive and verb.lemma_ in ALLEGING_VERBS:
        # "suspected the PKK to be responsible": the suspected party is the subject of what is suspected
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp"):
                for s in c.children:
                    if s.dep_ == "nsubj":
                        args.add("target", phrase_actors(s, index), index)
    if verb.lower_ in ALARMED:        # "concerned by / about Azerbaijan's actions": whose conduct alarms is the target
        for prep, o in prep_objects(verb, {"by", "about", "over", "at"}):
            args.add("target", acted_on(o), index)
    if not args.target and not passive:
        # "dismissed the accusation by Israel", "rejected the demand from X": the actor named
        # inside the object is who the act answers (PLOVER: the target)
        objects = [c for c in verb.children if c.dep_ == "dobj" and index.actor_at(c.i) is None]
        pairs = [po for c in objects for po in prep_objects(c, {"by", "from", "against", "on", "over", "to", "for"})]
        # "rejected the proposal put forward by Egypt", "accepted a ceasefire proposed by the AU"
        pairs += [po for c in objects for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  for po in prep_objects(a, {"by"})]
        # "rejected calls for a truce by X", "demanded the release of prisoners held by X": one phrase deeper
        inner = [o for c in objects for _, o in prep_objects(c, {"for", "of"})]
        pairs += [po for o in inner for po in prep_objects(o, {"by"})]
        pairs += [po for o in inner for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  for po in prep_objects(a, {"by"})]
        if objects:      # an active verb's "by X" after its object belongs to the object (a misattachment)
            pairs += [(p, o) for p, o in prep_objects(verb, {"by", "from"}) if o.i > objects[0].i]
        for prep, o in pairs:
            found = [(h, i) for h, i in phrase_actors(o, index) if h.actor not in args.source and h.type != "place"]
            args.add("target", found, index)
    if not args.target and not passive and verb.lemma_.lower() in ASKING_VERBS:
        # "asked for Turkish investment", "appealed for Russian help": whose help is asked for is who is asked
        for _, o in prep_objects(verb, {"for"}):
            for c in o.children:
                if c.dep_ in ("amod", "compound", "poss") and index.actor_at(c.i) is not None:
                    args.add("target", phrase_actors(c, index), index)
    if not args.target and verb.lemma_.lower() in BALLOT_VERBS:
        for _, o in prep_objects(verb, {"for"}):
            args.add("target", acted_on(o), index)
    args.location = location_of([verb, *[c for c in verb.children if c.dep_ in OBJECTS]], index, set())
    return args


def fronted_subject(noun):
    """ "In his meeting with X, al-Kazimi stated ...": the clause subject after a fronted phrase."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
        subj, _ = subject_of(verb)
        if subj is not None and subj.i > noun.i:
            return subj
    return None


def noun_arguments(noun, of_role: str, index: DocIndex) -> Arguments:
    args = Arguments()
    other = "target" if of_role == "source" else "source"
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON" and fronted_subject(noun) is not None:
            args.add(of_role, phrase_actors(fronted_subject(noun), index), index)
        elif c.dep_ in ("amod", "compound", "nmod") and index.actor_at(c.i) and index.actor_at(c.i).type == "place":
            args.location = args.location or index.actor_at(c.i).actor   # "the Mosul offensive": where
        elif c.dep_ in ("amod", "compound", "nmod") and index.actor_at(c.i) and of_role == "target" \
                and index.actor_at(c.i).type in ("country", "organization"):
            args.add("source", phrase_actors(c, index), index)     # "the American drone strike", "an ISIS attack"
        elif c.dep_ == "poss" and of_role == "target" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
                for p in noun.children):
            # "Iran's seizure of the tanker": with the acted-on in the of-phrase, the possessor is the doer
            # (a subjective genitive; "Hariri's assassination" alone keeps the possessor as the target)
            args.add("source", phrase_actors(c, index), index)
        elif c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and index.actor_at(c.i):
            args.add(of_role, phrase_actors(c, index), index)
    for prep, o in prep_objects(noun, TARGET_PREPS | {"of"}):
        if prep == "of":
            args.add(of_role, phrase_actors(o, index), index)
        elif prep == "by":
            args.add("source", phrase_actors(o, index), index)
        elif prep == "between":
            # "the meeting between X and Y": X and Y; "Egypt's mediation between X and Y": a doer already
            # named, the parties are whom it acts between (each named one: a group does not hide a country)
            found = phrase_actors(o, index, split="named")
            if args.source:          # "Egypt's mediation between X and Y": X and Y are targets when a doer is named
                args.add("target", [(h, i) for h, i in found if h.actor not in args.source], index)
            else:
                args.add("source", found[:1], index)
                args.add("target", found[1:], index)
        else:
            found = phrase_actors(o, index)
            if prep == "at":                     # "the strike at Baghdad airport": where, not whom
                found = [(h, i) for h, i in found if h.type not in ("place", "country")]
            args.add(other if of_role == "source" else "target", found, index)
    # "the meeting Qa'ani held with X": the relative clause's light verb carries the agent
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_ in LIGHT_RELATIVE:
            if not args.source:
                subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                if subj is not None:
                    args.add("source", phrase_actors(subj, index), index)
            for prep, o in prep_objects(c, {"with", "to", "against", "by", "between"}):
                args.add("source" if prep == "by" else "target", phrase_actors(o, index), index)
            args.location = args.location or location_of([c], index, set())
    # "a roadside bomb planted by the Taliban", "drones operated by Houthi rebels": a participle's agent
    if not args.source:
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for a in c.children:
                    if a.dep_ == "agent":
                        for o in a.children:
                            if o.dep_ == "pobj":        # (an outlet publishing a commentary is not its author)
                                args.add("source", [(h, i) for h, i in phrase_actors(o, index) if h.type != "media"], index)
    # "Kenya took part in negotiations with X", "Chadian troops joined the offensive against Y": who
    # takes part in or leads a happening is its doer
    if not args.source:
        v = None
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            v = noun.head.head
            if v.lower_ == "part" and v.dep_ == "dobj":
                v = v.head                                # "took part in" (or "part" heading the "in")
            if not (v.lemma_.lower() in PARTICIPATING or v.lemma_.lower() == "take"
                    and any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children)):
                v = None
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEADING:
            v = noun.head
        if v is not None and v.pos_ in ("VERB", "AUX"):
            subj, dep = subject_of(v)
            if subj is not None and dep != "nsubjpass":
                args.add("source", [(h, i) for h, i in phrase_actors(subj, index) if h.actor not in args.target
                                    and h.type not in ("media", "place")], index)
    # "their attacks in the region, including a complex attack on February 27": an instance shares its
    # class's agent
    if not args.source and noun.dep_ == "pobj" and noun.head.lower_ == "including" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        outer = noun.head.head
        for c in outer.children:
            if c.dep_ == "poss" or c.dep_ in ("compound", "amod") and index.actor_at(c.i) is not None:
                args.add("source", phrase_actors(c, index), index)
    # "three Syrian soldiers died in a Turkish drone strike": who died in the act was its target
    if of_role == "target" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "from") \
            and noun.head.head.lemma_.lower() in CASUALTY_VERBS:
        for subj in (s for s in noun.head.head.children if s.dep_ == "nsubj"):
            args.add("target", phrase_actors(subj, index), index)
    # "a Turkish convoy came under attack from PKK fighters": what comes under an act is its target
    if of_role == "target" and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and noun.head.head.lemma_.lower() in ("come", "fall"):
        for subj in (s for s in noun.head.head.children if s.dep_ == "nsubj"):
            args.add("target", phrase_actors(subj, index), index)
    # "X has been the target of attacks by Y": the subject is its target (targeted_subjects.py)
    if of_role == "target" and (subj := targeted_subject(noun)) is not None:
        args.add("target", [(h, i) for h, i in phrase_actors(subj, index) if h.actor not in args.source], index)
    # "the withdrawal of the US from the accord and (the) reimposition of sanctions":
    # a conjoined event noun shares the first one's agent
    if not args.source and not args.target and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        head = noun.head
        for c in head.children:
            if c.dep_ == "poss":
                args.add("source", phrase_actors(c, index), index)
        for prep, o in prep_objects(head, {"of", "by"}):
            args.add("source", phrase_actors(o, index), index)
    args.location = location_of([noun], index, set()) or args.location
    return args


def fronted_location(sent, trigger, index: DocIndex) -> str | None:
    """ "In Syria, forces conducted ...", "Near Mosul, two strikes ...": a sentence-initial
    place phrase sets the scene for the clause after it."""
    first = next((t for t in span_tokens(sent) if not t.is_space and not t.is_punct and t.pos_ not in ("ADV", "CCONJ")), None)
    if first is None or first.lower_ not in PLACE_PREPS or first.i >= trigger.i:
        return None
    for t in sent.doc[first.i + 1:trigger.i]:
        if t.is_punct and t.text == ",":
            break
        hit = index.actor_at(t.i)
        if hit is not None and hit.type in ("place", "country"):
            return hit.actor
    return None


# "the rebels sank ...", "the regime seized ...": a definite generic group noun as subject refers
# back to the latest named group (or, for a regime or government, state) in this or the last sentence;
# "Saudi Arabia came under pressure. The kingdom denied ...": a state by what it is (data/type_nouns.yaml)
GROUP_NOUNS = type_nouns()


def unnamed_group(tok, index: DocIndex) -> ActorHit | None:
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in GROUP_NOUNS:
        return None
    if tok.dep_ == "nsubjpass" and ordered_participle(tok.head):
        return None        # "ordered the group dissolved": acted on, read as an object (object_groups.py)
    mods = [c for c in tok.children if c.dep_ not in ("punct",)]
    if [c.lower_ for c in mods] != ["the"]:
        return None
    sent = tok.sent
    prev_start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else 0
    # "drones operated by Houthi rebels ... the rebels sank": the group last called by the same noun
    for j in range(tok.i - 1, prev_start - 1, -1):
        if tok.doc[j].lower_ == tok.lower_:
            named = [index.actor_at(c.i) for c in tok.doc[j].children if c.dep_ in ("compound", "amod", "nmod")]
            named = [h for h in named if h is not None and h.type in GROUP_NOUNS[tok.lower_]]
            if named:
                return ActorHit(named[0].actor, named[0].type, index.tok_start[tok.i], index.tok_end[tok.i])
    hit = index.last_actor_before(tok.i, GROUP_NOUNS[tok.lower_], prev_start)
    if hit is None or one_of_a_list(tok, hit, index):     # "A, B and C ... The government": which? (evargs9)
        return None
    return ActorHit(hit.actor, hit.type, index.tok_start[tok.i], index.tok_end[tok.i])




def told_sentence(sent) -> bool:
    """A sentence of the text's prose: not a heading nor a blank run between paragraphs."""
    return any(t.is_alpha for t in span_tokens(sent)) and not is_heading(sent)


def named_pair(tok, index: DocIndex, owning: bool = False, acted_on: bool = False) -> list[tuple[ActorHit, int]]:
    """ "Chad and Niger opened a border post. The two countries then launched ...": the two parties of the
    pair's kind named last, in this or the two sentences before (one kind: after "X met Y", the persons, not
    the states their titles name). Fewer than two such parties: no one. Only a subject or a verb's object: inside
    a phrase ("his country's ties to the U.S. and the dialogue between the two countries") a pronoun may have
    named one of them. ``acted_on``: the pair is read as a verb's object is, named before its sentence (a pair a
    plural pronoun stands for, plural_pronouns.pair_before, evargs15)."""
    kinds = PAIR_KINDS.get(tok.lemma_.lower())
    # "the three ministers" after "X hosted Y and Z": as many parties as the noun counts
    count = next((PARTY_COUNTS[c.lower_] for c in tok.children if c.lower_ in PARTY_COUNTS), None)
    if bare_pair(tok):
        # "X met Y, and the two agreed ...", "Both agreed ...": the pair with no noun; "the three" (evargs13)
        kinds, count = PARTY_TYPES, PARTY_COUNTS.get(tok.lower_, 2)
    elif kinds is None or tok.tag_ != "NNS" or count is None or indefinite_count(tok):
        return []           # indefinite_count: "killing two men" names new people (evargs9)
    # "urged both sides to", "called on the two countries to": whom a verb acts on, named before its sentence
    # (its own subject is not one of them)
    urged = acted_on or tok.dep_ == "dobj" and tok.head.pos_ == "VERB" or tok.dep_ == "pobj" \
        and tok.head.lower_ in ("on", "to") and tok.head.head.pos_ == "VERB"
    if tok.dep_ not in ("nsubj", "nsubjpass") and not urged and not owning:   # owning: pair_owners.owning_pair
        return []
    doc = tok.doc
    start = tok.sent.start
    told = 0
    while told < 2 and start > 0:
        start = doc[start - 1].sent.start
        told += told_sentence(doc[start].sent)     # a heading between ("Course of the war") tells no one
    found: list[tuple[ActorHit, int]] = []
    for j in range(tok.sent.start - 1 if urged else tok.i - 1, start - 1, -1):
        hit = index.actor_at(j)
        if hit is None and doc[j].pos_ == "PRON":
            hit = pronoun_member(doc[j], index, kinds)     # "X greeted him. The two leaders ..." (anaphora)
            hit = None if hit is None else ActorHit(hit.actor, hit.type, index.tok_start[j], index.tok_end[j])
        elif hit is not None and doc[j].pos_ == "PRON":
            hit = None
        if hit is None or hit.type not in kinds or any(hit.actor == h.actor for h, _ in found):
            continue
        if found and hit.type != found[0][0].type:
            continue
        found.append((hit, j))
        if len(found) == count:
            return [(ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i]), tok.i)
                    for h, _ in reversed(found)]
    if kinds == ("person",) and not urged:
        return far_person_pair(tok, start, index)     # "the two ministers" a paragraph after both were named
    return []


# how far back (in tokens) "the council" looks for the body whose name ends in "Council"
HEAD_WINDOW = 300


def named_by_head(tok, index: DocIndex) -> ActorHit | None:
    """ "the council" after "the U.N. Security Council", "the army" after "the Somali National Army": a
    definite common noun that is the last word of an organisation named shortly before stands for it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in GROUP_NOUNS or [c.lower_ for c in tok.children] != ["the"] \
            or tok.pos_ == "PROPN" and index.actor_at(tok.i) is not None \
            or names_no_namesake(tok):     # "the Guards" is often tagged PROPN; "the state" is no "Islamic State"
        return None
    doc = tok.doc
    first = head_window_start(tok, STATE_BODIES, tok.i - HEAD_WINDOW + 1)     # "the army": only a near namesake
    for j in range(tok.i - 1, max(-1, first - 1), -1):
        h = index.actor_at(j)
        if h is None or h.type != "organization" or h.start >= index.tok_start[j]:
            continue
        if index.tok_end[j] == h.end and doc[j].lower_ == tok.lower_:
            return ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i])
        if j + 1 < len(doc) and index.tok_end[j + 1] == h.end and doc[j].lower_ + "s" == tok.lower_:
            # "the Guards" after "the Islamic Revolutionary Guard Corps": the plural of the compound's first head
            return ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i])   # (evsense2)
    return None


TITLE_WORDS = {"minister", "secretary", "president", "ambassador", "commander", "spokesman", "spokesperson",
               "envoy", "premier", "governor", "chairman", "director", "general", "king", "emir", "prince"}


def unnamed_title_holder(tok, index: DocIndex) -> ActorHit | None:
    """ "The Foreign Secretary met ...": in a release about one protagonist, an unnamed title
    in subject position is that protagonist -- the document's most mentioned person, named
    before it. (Anything less certain stays unresolved.)"""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in TITLE_WORDS:
        return None
    words = [c for c in tok.children]
    if not words or words[0].lower_ != "the" or any(index.actor_at(c.i) for c in words):
        return None
    # who acts in the text: persons counted where they are subjects
    persons = getattr(index, "_acting_persons", None)
    if persons is None:                   # counted once per document
        persons = {}
        for j in range(len(index.hits)):
            h = index.hits[j]
            if h is not None and h.type == "person" and index.in_subject[j] and (j == 0 or index.hits[j - 1] is not h):
                persons[h.actor] = persons.get(h.actor, 0) + 1
        index._acting_persons = persons
    if not persons:
        return None
    top = max(persons.values())
    leaders = [a for a, n in persons.items() if n == top]
    if len(leaders) != 1:
        return None
    # the protagonist must have been named before the title
    for j in range(tok.i - 1, max(-1, tok.i - 400), -1):
        h = index.actor_at(j)
        if h is not None and h.actor == leaders[0]:
            return ActorHit(h.actor, "person", index.tok_start[tok.i], index.tok_end[tok.i])
    return None

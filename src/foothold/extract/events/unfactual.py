"""Why a trigger tells no happening: the shapes `modality.why_not_factual` reads, one function each, tried in
the order of `_TRIGGER_CHECKS` (the order is the rule: an earlier shape wins). The trigger's own dependents and the
heads above it are read in `unfactual_marks`.
"""

from __future__ import annotations

from .accord_relatives import identifies_accord
from .accused_conduct import inside_alleged_conduct
from .exempted_measures import exempted_measure
from .scope_sentences import in_scope_sentence
from .generic_subjects import generic_subject
from .opinion_holders import commentators_speak
from .backing_adjuncts import backing_as_manner
from .sides_fought import side_fought
from .analysis import course_of_acts, hedged_forecast, past_progressive
from .attributed_aside import attributed_aside
from .allegiance import standing_allegiance
from .described_accusations import accusation_describing
from .clauses import own_past_clause
from .disputes import dispute_not_fight
from .findings import finding_content
from .judged_stances import alarmed_noting
from .modality import (ACTION_VERBS, AGGREGATE_ADJECTIVES, AGGREGATE_QUANTIFIERS, ALLEGING_VERBS, DISTRIBUTIVE_DETS,
                       FORECASTING, GOAL_SUBJECT_POS, INTENTION_GOVERNORS, MADE_TO, PERFORMATIVE, PROSPECT_NOUNS,
                       SCHEDULING, STATIVE, TIME_NOUNS, background_relative, ceased, dated, lasting_condition,
                       misparsed_predicate, negated_party, present_state, question, rate, repeated, standing_course)
from .releases import said_in_the_call
from .settled import remembered
from .perfect_relatives import perfect_relative
from .standing_relatives import past_conjunct_of_standing_relative, standing_relative
from .standing_roles import standing_role
from .any_relatives import on_any_phrase
from .subject_relatives import in_subject_relative
from .tallies import counted_course, counted_in_tally, hosted_many, in_counted_relative, said_of_a_tally
from .unfactual_marks import (governed_by_unfactual, has_modal, has_to_marker, is_noun, is_verb,
                              marked_by_a_dependent)
from .whenever import own_clause_beside_course, repeated_whenever
from .whose_relatives import whose_description
from .kept_courses import kept_course
from .risk_warnings import public_advisory, risk_warning
from .future_acts import forgone
from .wire_acts import counted_as_trend


def first_unfactual_reason(trigger) -> str | None:
    """The reason of the first shape in `_TRIGGER_CHECKS` the trigger has, or None if it reports a happening."""
    return remembered("unfactual", trigger, _first_reason)


def _first_reason(trigger) -> str | None:
    for check in _TRIGGER_CHECKS:
        reason = check(trigger)
        if reason is not None:
            return reason
    return None


def _has_perfect_aux(verb) -> bool:
    """The verb is a present perfect: "has", "have" or "'ve" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


def _first_conjunct(token):
    """The first of a coordination the token belongs to ("numerous drone and missile attacks" -> "drone")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


# ---- shapes read on the trigger, in the order first_unfactual_reason tries them ----

def _scope_of_document(trigger) -> str | None:
    """A sentence telling what the document covers: "This note follows three channels: ..., high-level visits"
    (scope_sentences.py)."""
    return "scope" if in_scope_sentence(trigger) else None


def _inherited_from_conjunct(trigger) -> str | None:
    """A verb conjunct is as unfactual as the verb it is joined to ("intends to provide X and provide Y")."""
    if trigger.dep_ == "conj" and is_verb(trigger.head) and trigger.head.i != trigger.i \
            and not own_past_clause(trigger):         # irq21: "X warned that A must leave, and B threatened ..."
        inherited = first_unfactual_reason(trigger.head)
        if inherited and inherited != "negated" and not (inherited == "habitual" and own_clause_beside_course(trigger)) \
                and not (
                inherited == "state" and present_state(trigger.head) and trigger.tag_ != "VBN") \
                and not (inherited == "state" and past_conjunct_of_standing_relative(trigger)
                         and not present_state(trigger.head)):    # a dated sentence: the relative alone is a state
            return inherited          # "was not related ... and reiterated", "we are concerned ... and call on X": factual
    return None


def _descriptive_participle(trigger) -> str | None:
    """A participle modifying a noun describes it: "militias backed by Iran"."""
    if is_verb(trigger) and trigger.dep_ == "acl" and not misparsed_predicate(trigger) and not dated(trigger):
        return "description"
    return None


def _purpose_gerund(trigger) -> str | None:
    """A gerund after a preposition other than "by" is a purpose: "established for the purpose of coordinating"
    ("responded by sending" is done)."""
    if is_verb(trigger) and trigger.dep_ in ("pcomp",) and trigger.tag_ == "VBG" and trigger.head.lower_ != "by" \
            and not _committed_to(trigger):
        return "purpose"
    return None


def _committed_to(gerund) -> bool:
    """evcand10: "remains committed to deepening ties with X": the gerund is the act a committing word commits to
    (commitments.py), no purpose."""
    from .commitments import commitment_words
    gov = gerund.head.head
    words = commitment_words().committing
    return gerund.head.lower_ == "to" and (gov.lower_ in words or gov.lemma_.lower() in words)


def _purpose_infinitive(trigger) -> str | None:
    """An infinitive clause of aim: "entered Iran to transfer goods" is the aim, not a further act; so is what a
    pledge's sum is for ("pledged $100 million to support the force": the pledge is the act)."""
    if is_verb(trigger) and trigger.dep_ in ("advcl", "relcl", "acl") and has_to_marker(trigger) \
            and not said_in_the_call(trigger) \
            and (trigger.head.lemma_ not in INTENTION_GOVERNORS | ACTION_VERBS or trigger.dep_ == "advcl" and any(
                c.dep_ == "dobj" and c.i < trigger.i for c in trigger.head.children)):
        return "purpose"
    return None


def _stative_verb(trigger) -> str | None:
    """A verb of staying names a standing situation: "the troops have remained in Iraq"."""
    return "state" if is_verb(trigger) and trigger.lemma_ in STATIVE else None


def _standing_course_told(trigger) -> str | None:
    """A perfect run from a decade on, of the trigger or of the verb it is the object of: "have funded schools
    since the 1990s"."""
    if standing_course(trigger) or trigger.dep_ == "dobj" and standing_course(trigger.head):
        return "habitual"
    return None


def _course_of_acts(trigger) -> str | None:
    """A course of acts: "will keep backing X", "has long backed X", "attacked X several times"."""
    return "habitual" if course_of_acts(trigger) else None


def _hedged_forecast(trigger) -> str | None:
    """The writer's forecast: "Moscow will likely trade protection for concessions"."""
    return "hypothetical" if hedged_forecast(trigger) else None


def _past_progressive(trigger) -> str | None:
    """What was going on: "Caracas was arming the ELN"."""
    return "ongoing" if past_progressive(trigger) else None


def _background_relative(trigger) -> str | None:
    """A party's background in a past perfect relative: "the rebels, who had seized Goma, ..."."""
    return "background" if background_relative(trigger) else None


def _exempted_measure(trigger) -> str | None:
    """ "a waiver from sanctions on X": the measure an exemption lifts, no act (exempted_measures.py)."""
    return "exempted" if exempted_measure(trigger) else None


def _perfect_relative(trigger) -> str | None:
    """Who a party is, told in a set-off present perfect: "the elders, who have led sit-ins since March"."""
    return "background" if perfect_relative(trigger) else None


def _accord_identified(trigger) -> str | None:
    """Which accord is meant: "the treaty that A and B signed in 2017" (spurious3)."""
    return "description" if identifies_accord(trigger) else None


def _side_fought(trigger) -> str | None:
    """A war record: "fought beside Iranian forces", "fought through the war" (spurious3)."""
    return "background" if side_fought(trigger) else None


def _subject_background(trigger) -> str | None:
    """Who the subject is, told between commas: "Norway, which brokered the deal, will lead ..."."""
    return "background" if in_subject_relative(trigger) else None


def _lasting_condition(trigger) -> str | None:
    """A condition told by "as long as": "as long as Dushanbe asks it to"."""
    return "hypothetical" if lasting_condition(trigger) else None


def _ceased(trigger) -> str | None:
    """An act's end, not the act: "stopped denying", "ceased blocking"."""
    return "negated" if ceased(trigger) else None


def _risk_warned(trigger) -> str | None:
    """A warning of a danger that names no party threatens no one: "warned that the ash could foul the wells"."""
    return "risk_warning" if risk_warning(trigger) or public_advisory(trigger) else None


def _kept_course(trigger) -> str | None:
    """A gerund kept up is a course of acts: "kept striking X through 2019" (kept_courses.py)."""
    return "habitual" if kept_course(trigger) else None


def _forgone(trigger) -> str | None:
    """An act named after "instead of" / "rather than": left undone (future_acts.forgone)."""
    return "negated" if forgone(trigger) else None


def _repeated_verb(trigger) -> str | None:
    """A verb summing repeated acts: "was shelled throughout the war", "has repeatedly bombed villages"."""
    return "aggregate" if is_verb(trigger) and repeated(trigger) else None


def _question(trigger) -> str | None:
    """A direct question asks, it reports nothing."""
    return "question" if question(trigger) else None


def _negated_party(trigger) -> str | None:
    """A verb with no one doing or undergoing it: "nobody was arrested"."""
    return "negated" if is_verb(trigger) and negated_party(trigger) else None


def _forecast_content(trigger) -> str | None:
    """The infinitive a forecasting verb takes: "analysts expect Ankara to launch an offensive"."""
    if trigger.dep_ in ("ccomp", "xcomp") and trigger.head.lemma_ in FORECASTING and has_to_marker(trigger):
        return "hypothetical"
    return None


def _passive_purpose(trigger) -> str | None:
    """The infinitive of a passive other than one of making: "resources are being diverted to support X" is what
    they are for."""
    if trigger.dep_ == "xcomp" and has_to_marker(trigger) \
            and any(c.dep_ == "auxpass" for c in trigger.head.children) and trigger.head.lemma_ not in MADE_TO:
        return "purpose"
    return None


def _participial_adjunct_of_unfactual(trigger) -> str | None:
    """A bare -ing adjunct is as habitual, hypothetical, aggregate or generic as the verb it hangs on."""
    adjunct = _participial_adjunct(trigger)
    if adjunct is None:
        return None
    gov = adjunct.head
    if gov.lemma_ == "continue" and any(c.dep_ == "xcomp" for c in gov.children):
        return "habitual"             # "ISIS continued to wage an insurgency, targeting forces": the course
    inherited = first_unfactual_reason(gov) if gov.i != adjunct.i else None
    if inherited in ("habitual", "hypothetical", "aggregate", "generic"):
        return inherited              # "often raids villages, killing ...": as habitual as its verb
    return None


def _reduced_relative_with_agent(trigger) -> str | None:
    """An undated participle with an agent and no auxiliary describes: "Hizballah - funded by Iran - is
    dangerous"."""
    if is_verb(trigger) and trigger.tag_ == "VBN" and trigger.dep_ in ("ccomp", "acl", "amod", "relcl") \
            and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) \
            and any(c.dep_ == "agent" for c in trigger.children) and not dated(trigger):
        return "description"
    return None


def _copular_goal(trigger) -> str | None:
    """A copular infinitive names a goal: "the resolution was to expel troops", "presents it as being to end ..."."""
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and has_to_marker(trigger) \
            and (trigger.head.dep_ == "pcomp" or any(c.dep_ == "nsubj" and c.pos_ in GOAL_SUBJECT_POS
                                                     for c in trigger.head.children)):
        return "purpose"
    return None


def _gerund_of_modal_verb(trigger) -> str | None:
    """A gerund adjunct is as future as its modal verb: "will return to the Gulf, visiting Riyadh"."""
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and is_verb(trigger.head) and has_modal(trigger.head):
        return "hypothetical"
    return None


def _present_state(trigger) -> str | None:
    """A present passive with no time: "the group is banned in Egypt"."""
    return "state" if is_verb(trigger) and present_state(trigger) else None


def _standing_relative(trigger) -> str | None:
    """ "Hezbollah, which is backed by Iran, was weakened last year": the party's state, whatever the main time."""
    return "state" if is_verb(trigger) and standing_relative(trigger) else None


def _any_relative(trigger) -> str | None:
    """ "would hit any warship that threatened its vessels": a case in mind, not an act (any_relatives.py)."""
    return "hypothetical" if is_verb(trigger) and on_any_phrase(trigger) else None


def _standing_role(trigger) -> str | None:
    """ "the navy, which patrols the strait": what a party does as a rule (standing_roles.py, spurious6)."""
    return "state" if is_verb(trigger) and standing_role(trigger) else None


def _counted_relative(trigger) -> str | None:
    """ "counted 850,000 Afghans who were deported": the acts of those counted (tallies.py, spurious6)."""
    return "aggregate" if is_verb(trigger) and in_counted_relative(trigger) else None


def _counted_course(trigger) -> str | None:
    """ "have conducted more than 140 attacks", "hosted several delegations": a tally over a span (tallies.py,
    spurious6)."""
    return "aggregate" if is_verb(trigger) and (counted_course(trigger) or hosted_many(trigger)) else None


def _finding_content(trigger) -> str | None:
    """ "concluded that the battalion had killed the villagers": the finding's content, not a new act."""
    return "finding" if finding_content(trigger) else None


def _rate(trigger) -> str | None:
    """A verb told at a rate: "ten civilians a day"."""
    return "habitual" if is_verb(trigger) and rate(trigger) else None


def _counted_times(trigger) -> str | None:
    """A number of times outside the object: "attacked U.S. personnel more than 60 times"."""
    for c in trigger.children:
        # evskip5: the plain noun "times" (as written), not an outlet's name in a source note ("(Hindustan Times,
        # October 14, 2023)", "The New Times"), whose date's numbers made every act before it a tally
        if c.dep_ != "dobj" and any(n.text == "times" for n in c.subtree) and any(n.like_num for n in c.subtree):
            return "aggregate"
    return None


def _perfect_since_a_beginning(trigger) -> str | None:
    """A perfect since a beginning that is no date: "since the program began, it has paid ...", "since its
    inception" ("Since 2017, the FBI has arrested ..." is a dated past, left to the dater)."""
    if trigger.tag_ == "VBN" and _has_perfect_aux(trigger) \
            and any(c.dep_ == "prep" and c.lower_ == "since" and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_ not in TIME_NOUNS for o in c.children)
                or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                for c in trigger.children):
        return "aggregate"
    return None


def _perfect_to_more_than(trigger) -> str | None:
    """A perfect reaching over a number of recipients: "has paid out $150 million to more than 100 people"."""
    if trigger.tag_ == "VBN" and _has_perfect_aux(trigger) \
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                o.dep_ == "pobj" and any(n.like_num for n in o.subtree) and any(
                    n.lower_ in ("than", "over", "upward", "upwards") for n in o.subtree) for o in c.children)
                for c in trigger.children):
        return "aggregate"
    return None


def _quantified_noun(trigger) -> str | None:
    """An event noun after an aggregate quantifier: "dozens of attacks"."""
    if is_noun(trigger) and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
            and trigger.head.head.lower_ in AGGREGATE_QUANTIFIERS:
        return "aggregate"
    return None


def _counted_as_trend(trigger) -> str | None:
    """wireev: "attacks have multiplied since ...": a trend, no act told."""
    return "aggregate" if trigger.pos_ == "NOUN" and counted_as_trend(trigger) else None


def _said_of_a_tally(trigger) -> str | None:
    """irq21: "has carried out hundreds of strikes ..., saying it will not allow"."""
    return "habitual" if is_verb(trigger) and said_of_a_tally(trigger, AGGREGATE_QUANTIFIERS) else None


def _counted_in_tally(trigger) -> str | None:
    """irq21: "recorded 16 attacks", "a rise in attacks on X": counted, none told."""
    return "aggregate" if trigger.pos_ == "NOUN" and counted_in_tally(trigger) else None


def _plural_of_many(trigger) -> str | None:
    """A plural event noun counted as many: "numerous attacks", "multiple strikes" (on one stated day they are
    one act)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return None
    first = _first_conjunct(trigger)            # "numerous drone and missile attacks"
    if any(c.dep_ in ("amod", "nummod", "det") and c.lower_ in AGGREGATE_ADJECTIVES
           for n in {trigger, first} for c in n.children) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.sent):
        return "aggregate"
    return None


def _plural_spread_over_places(trigger) -> str | None:
    """A plural event noun spread over a class of places: "attacks on nearly every continent"."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return None
    preps = list(trigger.children)
    if trigger.dep_ == "dobj":
        preps += [c for c in trigger.head.children if c.i > trigger.i]   # "thwarted attacks on every continent"
    if any(c.dep_ == "prep" and any(t.dep_ in ("det", "nummod", "predet", "amod") and t.lower_ in DISTRIBUTIVE_DETS
                                    for o in c.children for t in o.subtree)
           for c in preps):
        return "aggregate"
    return None


def _instance_of_a_tally(trigger) -> str | None:
    """An event noun "including" in a tally is one of its acts: "numerous attacks, including a missile strike on
    X"."""
    if not (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("including", "includes", "include")):
        return None
    gov = trigger.head.head
    tallies = [gov] if gov.pos_ == "NOUN" else [
        n for c in gov.children if c.i < trigger.head.i
        for n in ([c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    if any(n.i != trigger.i and n.pos_ == "NOUN" and first_unfactual_reason(n) == "aggregate" for n in tallies):
        return "aggregate"
    return None


def _prospect(trigger) -> str | None:
    """What a prospect noun fears or hopes: "the risk of attacks", "the threat of sanctions"."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in PROSPECT_NOUNS:
        return "hypothetical"
    return None


def _alleged(trigger) -> str | None:
    """The content of an allegation: "accused Iran of attacking the ship", "units suspected of taking part in the
    killings"."""
    t = trigger
    for _ in range(5):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("of", "for") and t.head.head.lemma_.lower() in ALLEGING_VERBS:
            return "alleged"
        if t.head.i == t.i or t.dep_ in ("ROOT", "conj", "ccomp", "relcl", "advcl"):
            break
        t = t.head
    return None


def _generic_subject(trigger) -> str | None:
    """A present simple told of an unnamed plural: "Many protesters accuse X of ..." (generic_subjects.py)."""
    return "generic" if generic_subject(trigger) else None


def _commentators(trigger) -> str | None:
    """A statement of an unnamed class of commentators: "Russian commentators warned that ..." (opinion_holders.py)."""
    return "generic" if commentators_speak(trigger) else None


def _inside_alleged(trigger) -> str | None:
    """An act a clause further down an accusation's gerund: "accused X of helping the United States kill Y"
    (accused_conduct.py)."""
    return "alleged" if inside_alleged_conduct(trigger) else None


def _object_of_modal_verb(trigger) -> str | None:
    """What a possible act would touch: "the strikes could affect talks"."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and is_verb(trigger.head) and has_modal(trigger.head):
        return "hypothetical"
    return None


def _subject_of_modal_verb(trigger) -> str | None:
    """A noun subject is as hypothetical as its modal verb: "a U.S. strike may provoke ...", "the attacks and
    U.S. strike may ..."."""
    subject = _first_conjunct(trigger)
    if is_noun(trigger) and subject.dep_ in ("nsubj", "nsubjpass") and has_modal(subject.head):
        return "hypothetical"
    return None


def _subject_of_schedule(trigger) -> str | None:
    """A scheduled noun subject: "talks are scheduled to resume", "the offensive is set to begin"."""
    subject = _first_conjunct(trigger)
    if is_noun(trigger) and subject.dep_ in ("nsubj", "nsubjpass") \
            and subject.head.lemma_ in SCHEDULING and any(c.dep_ == "xcomp" for c in subject.head.children):
        return "hypothetical"
    return None


def _object_of_schedule(trigger) -> str | None:
    """What a scheduled arrival or a preparation is for: "is due in X on Sunday for a summit with Y", "to prepare
    for the summit in Beirut" (spurious3)."""
    if not (is_noun(trigger) and trigger.dep_ == "pobj" and trigger.head.lower_ == "for"):
        return None
    gov = trigger.head.head
    if gov.lemma_ in SCHEDULING | {"prepare"} or gov.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_ in SCHEDULING for c in gov.children):
        return "hypothetical"
    return None


def _present_progressive(trigger) -> str | None:
    """ "Tehran is holding talks": a state of affairs, not a discrete act ("Today, X is taking action against Y":
    a release's news of the day)."""
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in trigger.children) \
            and trigger.lemma_ not in PERFORMATIVE and not any(t.lower_ == "today" for t in trigger.sent) \
            and not alarmed_noting(trigger):     # evstate2: "is following with concern X": a stance stated now
        return "ongoing"
    return None


def _participial_adjunct(trigger):
    """ "..., operating in rural areas and targeting forces": the bare -ing adjunct (advcl, no
    marker) that the trigger is or is a conjunct of; None otherwise."""
    t = trigger
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "mark" for c in t.children):
        return t
    return None


_TRIGGER_CHECKS = (
    _scope_of_document, _inherited_from_conjunct,
    _descriptive_participle, _purpose_gerund, _purpose_infinitive, attributed_aside, dispute_not_fight,
    _stative_verb, _standing_course_told, repeated_whenever, _course_of_acts, _hedged_forecast, _past_progressive,
    _background_relative, _subject_background, _perfect_relative, _exempted_measure, _accord_identified, _side_fought, _lasting_condition, _ceased, _kept_course, _forgone, _repeated_verb, _question, _negated_party,
    _forecast_content, _passive_purpose, _participial_adjunct_of_unfactual, _reduced_relative_with_agent,
    _copular_goal, _gerund_of_modal_verb,
    marked_by_a_dependent,
    _present_state, _standing_relative, accusation_describing, whose_description, backing_as_manner, standing_allegiance, _standing_role, _any_relative, _finding_content, _rate,
    _counted_times, _perfect_since_a_beginning, _perfect_to_more_than, _quantified_noun, _counted_as_trend,
    _said_of_a_tally, _counted_in_tally, _counted_relative, _counted_course, _plural_of_many, _plural_spread_over_places, _instance_of_a_tally,
    _prospect, _alleged, _inside_alleged, _generic_subject, _commentators, _object_of_modal_verb, _subject_of_modal_verb, _subject_of_schedule, _object_of_schedule,
    _present_progressive, _risk_warned,
    governed_by_unfactual,
)

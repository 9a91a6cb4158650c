"""What a statement's words do when no cue names it (issue 8, evrecall3): the shape of the content types it.

- An order: '"Release the hostages, and we will talk," the minister said', '"Stop the shelling now," X told
  reporters': the said clause opens on a bare verb with no subject, inside quote marks. An order to another party is
  a demand (PLOVER REQUEST); "Let us ..." proposes and "Thank you" thanks, and are left to the cues.
- A denial of one's own hostile act: '"We have not taken part in any air strikes," he said', "Bolivia said it had
  not attacked the post": the speaker's own side (speakers.own_side_subject) saying, in the past, that it did not do
  a conflict act (a conflict verb, or "take part in" a conflict noun) rejects the charge (PLOVER REJECT covers
  "all rejections and refusals", denials among them). A negated future is refusals.py's; another party's act denied
  ("said the army had not fired") is a report.
- A performative: '"We hereby reinstate the House of Representatives," the king said': an act the speaker does by
  saying it ("hereby") is typed by that act's sense (its object's, plover.yaml `by_object`).
- Forces announced: "Bush announced more troops for Iraq": an announcing verb whose object is a body of troops
  announces a deployment (PLOVER MOBILIZE troops).
"""

from __future__ import annotations

from .agents import TROOPS
from .announced_objects import sense_by_object
from .index import QUOTE_MARKS
from .speakers import own_side_subject
from .triggers import noun_trigger

# bare verbs that open a quote without ordering anyone: a proposal ("Let us work together"), thanks, a greeting
NOT_ORDERS = frozenset({"let", "thank", "welcome", "imagine", "see", "look", "remember", "mind", "excuse", "forgive"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})
FUTURES = frozenset({"will", "wo", "'ll", "shall", "would", "'d"})
PAST_AUX = frozenset({"did", "had", "has", "have", "was", "were"})


def _opens_quote(verb) -> bool:
    """The verb is the clause's first word and a quote mark stands right before it."""
    first = verb.left_edge
    while first.i < verb.i and (first.is_punct or first.text in QUOTE_MARKS):
        first = first.doc[first.i + 1]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return first.i == verb.i and before is not None and (before.text in QUOTE_MARKS or before.tag_ == "``")


QUOTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})


def is_order(verb) -> bool:
    """A bare verb with no subject of its own opening a quote."""
    if verb.tag_ != "VB" or verb.lemma_.lower() in NOT_ORDERS:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and _opens_quote(verb)


def quoted_order(content, speech=None) -> bool:
    """What was said is an order: the content clause, or a quote fronted before the speech verb (the parser hangs
    it as a complement, a modifier or a loose clause), is a bare verb opening the quote."""
    clauses = [content] if content is not None and content.dep_ in QUOTED_CLAUSE_DEPS else []
    if speech is not None:
        clauses += [c for c in speech.children if c.dep_ in QUOTED_CLAUSE_DEPS and c.i < speech.i]
    return any(is_order(c) for c in clauses)


def _hostile(clause, lex) -> bool:
    """A conflict act: the verb is one, or what it takes part in or carries out is a conflict noun."""
    trig = lex.verbs.get(clause.lemma_.lower())
    if trig is not None and lex.quads.get(trig.type, "").endswith("conflict") and not trig.only_objects:
        return True
    if clause.lemma_.lower() in lex.alleged_conduct:
        return True
    nouns = [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    nouns += [c for c in clause.children if c.dep_ == "dobj"]
    for noun in nouns:
        hit = noun_trigger(noun, lex)
        if hit is not None and lex.quads.get(hit[0].type, "").endswith("conflict"):
            return True
    return False


def _told_done(clause) -> bool:
    """Past or perfect, not a future or a modal."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURES:
        return False
    return clause.tag_ == "VBD" or bool(aux & PAST_AUX) and clause.tag_ in ("VBN", "VB", "VBG")


def denied_own_act(lex, content, speech, index) -> bool:
    """The content (or a conjoined that-clause) says the speaker's own side did not do a conflict act."""
    if content is None or content.pos_ not in ("VERB", "AUX") or index is None:
        return False
    for clause in (content, *content.conjuncts):
        if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in clause.children):
            continue
        if _told_done(clause) and _hostile(clause, lex) and own_side_subject(lex, clause, speech, index):
            return True
    return False


def performed_act(lex, content) -> str | None:
    """The type of an act done by saying it: "We hereby reinstate X", "I hereby declare Y"."""
    if content is None or content.pos_ != "VERB" or not any(c.lower_ == "hereby" for c in content.children):
        return None
    trig = lex.verbs.get(content.lemma_.lower())
    if trig is None:
        return None
    sensed = sense_by_object(trig, content)
    listed = not trig.only_objects or any(c.dep_ == "dobj" and c.lemma_.lower() in trig.only_objects
                                          for c in content.children)
    return sensed.type if listed else None


def announced_forces(speech, announcing) -> bool:
    """ "announced more troops for Iraq": an announcing verb whose object is a body of troops."""
    return speech.lemma_ in announcing and any(c.dep_ == "dobj" and c.lemma_.lower() in TROOPS
                                               for c in speech.children)


def quoted_act_type(lex, content, speech, index, announcing=frozenset()) -> str | None:
    """REQUEST for an order quoted, REJECT for the speaker's side denying its own hostile act, the act's own type for
    a performative, MOBILIZE for forces announced, else None."""
    if quoted_order(content, speech):
        return "REQUEST"
    if denied_own_act(lex, content, speech, index):
        return "REJECT"
    if announced_forces(speech, announcing):
        return "MOBILIZE"
    return performed_act(lex, content)

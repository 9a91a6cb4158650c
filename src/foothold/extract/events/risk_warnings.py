"""A warning of a risk that names no party is no threat (issue 8, spurious14).

PLOVER THREATEN is "all threats, coercive or forceful warnings with serious potential repercussions": someone is
warned off something. "The water agency warned that the drought could empty the reservoirs by June" or "the
engineers warned that the dam was at risk of failing" tell a danger foreseen: the warned clause's subject is a
common noun that is no party, it names no one (no proper noun, no state, people or body), it carries no condition
("if", "unless") and no promise of a response ("will", "would", "shall", "must"). The owndocs golds code none of
these (owndocs21 10 "a closure could lead to a confrontation" names a state and is left as it was), while warnings
whose clause names a party ("warned that the Kenyan police had a record of abuses", ACCUSE) or promises a
consequence ("warned that the move would ignite an uprising", THREATEN) stay. ``risk_warning(trigger)``, read in
`unfactual._TRIGGER_CHECKS` (reason ``risk_warning``); "cautioned that the reserve could fall below ..." is read
the same way.

A public advisory is no threat either: "the health ministry warned the public against eating raw fish", "the
embassy warned Canadians against travelling to the border region" tell the warned people (`PUBLIC_NOUNS`, or a
people named by its demonym in the plural) what not to do, a gerund after "against"; no one is coerced (owndocs 07
and owndocs31 07 code none). "warned the prime minister against playing with fire", "warned Israel against any new
adventure" (a person, a state, an act noun) stay threats. ``public_advisory(trigger)``, same check.
"""

from __future__ import annotations

WARNING_VERBS = frozenset({"warn", "caution"})
PUBLIC_NOUNS = frozenset({"public", "citizen", "resident", "people", "traveller", "traveler", "national", "tourist",
                          "motorist", "driver", "inhabitant", "population", "parent", "consumer", "pilgrim",
                          "visitor", "fisherman", "farmer", "user"})
PROMISING_MODALS = frozenset({"will", "would", "shall", "must", "'ll", "wo"})
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
MEASURE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def _content(verb):
    """The that-clause (or bare clause) the warning verb takes."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _outside_brackets(tokens) -> list:
    """The tokens not inside a bracketed aside: a source cited in brackets ("... could not last (Reuters, 15
    March)") is the writer's reference, which the parser may hang on the clause, not a party the clause names
    (spurious15)."""
    out, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out


def _names_party(tokens) -> bool:
    """A proper noun (not a date's: "by June") or a party's entity in the clause, outside a bracketed aside."""
    return any(t.ent_type_ in PARTY_ENTITIES or t.pos_ == "PROPN" and t.ent_type_ not in MEASURE_ENTITIES
               for t in _outside_brackets(tokens))


def risk_warning(trigger) -> bool:
    """The trigger is "warn" whose clause foresees a danger of a common-noun subject, naming no party."""
    if trigger.lemma_.lower() not in WARNING_VERBS or trigger.pos_ != "VERB":
        return False
    content = _content(trigger)
    if content is None:
        return False
    subject = next((c for c in content.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "dobj" and not _public(c) for c in trigger.children):
        return False        # "warns travel agencies that ...": a warning addressed to a party
    clause = list(content.subtree)
    if _names_party(clause):
        return False
    # the modal and the condition are read on the rest of the sentence: the parser may hang the clause's
    # verb anywhere ("warns X that their licences will be revoked and their cases sent to the judiciary")
    for t in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if t.lower_ in PROMISING_MODALS and t.pos_ in ("AUX", "VERB") or t.lower_ in ("if", "unless"):
            return False
    return True


def _public(tok) -> bool:
    """The warned are a public ("the public", "residents") or a people in the plural ("Canadians")."""
    if tok.lemma_.lower() in PUBLIC_NOUNS or tok.lower_ in PUBLIC_NOUNS:
        return True
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS")


def public_advisory(trigger) -> bool:
    """The trigger is "warn <a public> against <gerund>": advice to a public, no threat."""
    if trigger.lemma_.lower() not in WARNING_VERBS or trigger.pos_ != "VERB":
        return False
    warned = [c for c in trigger.children if c.dep_ == "dobj"]
    if not warned or not all(_public(w) for w in warned):
        return False
    preps = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "against"]
    preps += [p for w in warned for p in w.children if p.dep_ == "prep" and p.lower_ == "against"]
    return any(o.dep_ == "pcomp" or o.dep_ == "pobj" and o.tag_ == "VBG" for p in preps for o in p.children)

""""They" after a list of named parties is that list (issue 8, args).

"Peru accused Chile and Bolivia of arming the rebels and demanded that they withdraw", "Chile and Bolivia sent
troops in 1990. Their troops clashed again in 2001": a plural pronoun stands for the two or more parties named
together last -- the subject list of the clause it hangs on, else the nearest list before it in its sentence or the
sentence before in the same paragraph -- not for the one organisation or state named last before it (the resolver's
singular antecedent: a body quoted in between, a state of the scene).
Only the pronoun heading a phrase, or the possessive of a subject ("Their troops"): a "their" inside an object
("reopen their border") describes, and names no party. No list near: the caller's own rules decide.
evargs14, `_two_persons`: "The reopening was agreed by the Governor of the Volta Region, James Gunu, and the Governor
of the Maritime Region, Yao Agbogbo, when they met in Aflao": two titled names joined by "and" are often parsed as
no list (the second title a conjunct of the verb), so "they" of a clause subordinate to the sentence ("when", "after",
"as" ...) found no list and took the last state named. Exactly two persons named before it in its own sentence, with
an "and" between them, are who "they" are.
"""

from __future__ import annotations

from .pairs import PAIR_KINDS, PARTY_COUNTS, indefinite_count

PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
PARTY_KINDS = frozenset({"country", "organization", "person"})
# the clause links a pronoun's verb climbs through to the verb whose subject it may continue
CLIMBING = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# a list is a verb's party, not a modifier's ("a dormancy in Uganda and Rwanda", "an initiative of A and B")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def plural_reading(pron, head, index) -> bool:
    """Whether ``pron`` is read as a party: the phrase's own head, or the possessive of a subject head."""
    if pron.lower_ not in PLURAL_PRONOUNS:
        return False
    if pron.i == head.i:
        return True
    return pron.dep_ == "poss" and pron.head.i == head.i and head.dep_ in ("nsubj", "nsubjpass")


def _listed(head, index) -> list:
    """The named parties of a coordinated phrase headed by ``head`` (two or more, one kind), else []."""
    heads, stack = [], [head]
    while stack:
        t = stack.pop()
        heads.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    if len(heads) < 2:
        return []
    found = []
    for t in sorted(heads, key=lambda x: x.i):
        hit = index.actor_at(t.i)
        if hit is None or t.pos_ == "PRON":
            # "Rwandan and Ugandan troops": a demonym modifying each conjunct names it
            hit = next((index.actor_at(c.i) for c in t.children
                        if c.dep_ in ("amod", "compound") and index.actor_at(c.i) is not None), None)
        if hit is None or hit.type not in PARTY_KINDS:
            return []                       # "Iran and the militias": a list with an unnamed member is no pair
        if all(hit.actor != h.actor for h, _ in found):
            found.append((hit, t.i))
    kinds = {h.type for h, _ in found}
    return found if len(found) >= 2 and len(kinds) == 1 else []


def _clause_subject_list(pron, index) -> list:
    """The list subject of the clause the pronoun's clause hangs on ("A and B said they would ...")."""
    verb = pron.head
    while verb.dep_ in CLIMBING and verb.head.i != verb.i:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _listed(subj, index)
    return []


def _previous_sentence(sent):
    """The sentence before ``sent`` in the same paragraph, or None."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    return None if "\n" in sent.doc[prev.start:sent.start].text else prev


# people who stand for the parties of their "of"-list ("the foreign ministers of A and B"; not "the efforts of A and B")
REPRESENTATIVES = frozenset({"minister", "leader", "president", "representative", "delegation", "envoy", "head",
                             "government", "official", "commander", "ambassador", "negotiator", "chief", "premier",
                             "counterpart", "authority", "spokesman", "spokesperson", "delegate"})


def represented_list(tok) -> bool:
    """``tok`` heads the "of"-list of plural people a verb's argument names (evargs8): "spoke to the foreign ministers
    of India and Pakistan and urged them to ...", "met the leaders of A and B" -- the people stand for the parties
    listed (a singular noun's list, "an initiative of A and B", and a list of things, "welcomed the efforts of A and B,
and they urged", stay a modifier's)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    people = tok.head.head
    if people.tag_ != "NNS" or people.lemma_.lower() not in REPRESENTATIVES:
        return False
    return people.dep_ in ARGUMENT_DEPS or people.dep_ == "pobj" and people.head.dep_ == "prep" \
        and people.head.head.pos_ == "VERB"


def _nearest_list(pron, index) -> list:
    """The list of named parties ending nearest before the pronoun, in its sentence or the one before."""
    sent = pron.sent
    prev = _previous_sentence(sent)
    start = prev.start if prev is not None else sent.start
    for j in range(pron.i - 1, start - 1, -1):
        tok = pron.doc[j]
        if tok.dep_ not in ARGUMENT_DEPS and not represented_list(tok):
            continue
        listed = _listed(tok, index) if any(c.dep_ == "conj" for c in tok.children) else []
        if listed and max(i for _, i in listed) < pron.i:
            return listed
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS"):
            return []         # "its fighters resumed attacks. They captured ...": a nearer plural subject
    return []


# the clause links of a "they" subordinate to its sentence's main clause ("when they met")
SUBORDINATE = frozenset({"advcl", "relcl"})


def _two_persons(pron, index) -> list:
    """The two persons named before a subordinate clause's "they" in its sentence, joined by "and", else []."""
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or pron.head.dep_ not in SUBORDINATE:
        return []
    found: list = []
    for j in range(pron.sent.start, pron.i):
        hit = index.actor_at(j)
        if hit is None or hit.type != "person" or pron.doc[j].pos_ == "PRON":
            continue
        if found and found[-1][0].actor == hit.actor:
            continue
        if any(h.actor == hit.actor for h, _ in found):
            return []
        found.append((hit, j))
    if len(found) != 2:
        return []
    (_, a), (_, b) = found
    if not any(t.lower_ == "and" for t in pron.doc[a + 1:b]):
        return []
    return found


def _counted(tok) -> bool:
    """``tok`` is a counted pair noun: "both countries", "the two sides", "the three leaders" (pairs.PAIR_KINDS)."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PAIR_KINDS \
        and any(c.lower_ in PARTY_COUNTS for c in tok.children) and not indefinite_count(tok)


def pair_before(pron, index) -> list:
    """The parties of the counted pair noun nearest before the pronoun in its own sentence (evargs15): "Putin
    telephoned both leaders and urged them to ...", "spoke to the foreign ministers of both countries and urged
    them to ...", "accused both countries of X and demanded that they withdraw", "China, which has close ties to both
    governments, called on them to ...": the pair is no list of names, so `_nearest_list` passed it by and the
    resolver gave the pronoun the last organisation named. A nearer plural subject or list stops the search."""
    from .arguments import named_pair     # arguments imports this module
    for j in range(pron.i - 1, pron.sent.start - 1, -1):
        tok = pron.doc[j]
        if _counted(tok):
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            return named_pair(tok, index, owning=subject, acted_on=not subject)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") \
                or tok.dep_ in ARGUMENT_DEPS and any(c.dep_ == "conj" for c in tok.children):
            return []
    return []


def listed_antecedents(pron, index) -> list:
    """The parties a plural pronoun stands for, as (ActorHit, token index) pairs, or [] when no list is near."""
    listed = _clause_subject_list(pron, index) or pair_before(pron, index) or _nearest_list(pron, index) \
        or _two_persons(pron, index)
    return [(type(h)(h.actor, h.type, index.tok_start[pron.i], index.tok_end[pron.i]), pron.i) for h, _ in listed]

"""What the learned event detector (learned.py) reads of a verb the rules made no event from: the candidates of a
sentence and each one's features. Training (bench/train_event_detector.py) and extraction read them through these
same functions, so the model sees at run time exactly what it was trained on.

A candidate is a verb (not an auxiliary) with an extracted actor among its arguments -- subject, object, by-agent,
a preposition's object, or the subject it shares with the verb it hangs on -- whose clause holds no event the rules
made. Its features are strings (a bag, weight 1 each): lemma, dependency label, head lemma, children's labels, the
actor roles around it, tense/aspect/modal/negation marks, whether the sentence carries a date or a source note, the
CAMEO (PETRARCH2) reading of the verb where the dictionary has one, and the rules' reason for skipping it, if they
read it as a candidate at all."""

from __future__ import annotations

from .cameo import lookup as cameo_lookup
from .index import DocIndex
from ..doc_tokens import span_tokens

ARGUMENT_DEPS = {"nsubj": "subj", "nsubjpass": "subjpass", "dobj": "obj", "dative": "dative", "attr": "attr",
                 "agent": "agent", "prep": "prep", "npadvmod": "npadv"}
SHARED_SUBJECT_DEPS = ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp")
MODALS = {"will", "would", "may", "might", "could", "should", "must", "can", "shall", "'ll", "wo", "ca"}


def clause_key(tok) -> int:
    """The index of the verb whose clause holds the token: itself for a verb, else its nearest verb above."""
    t = tok
    for _ in range(12):
        if t.pos_ == "VERB" or t.dep_ == "ROOT" or t.head.i == t.i:
            return t.i
        t = t.head
    return t.i


def _hit_in(span_root, index: DocIndex):
    """The first extracted actor's hit mentioned inside a phrase (its subtree), or None."""
    for t in span_root.subtree:
        hit = index.actor_at(t.i)
        if hit is not None:
            return hit
    return None


def _actor_in(span_root, index: DocIndex) -> str | None:
    """The type of the first extracted actor mentioned inside a phrase (its subtree), or None."""
    hit = _hit_in(span_root, index)
    return hit.type if hit is not None else None


def argument_actors(verb, index: DocIndex) -> list[str]:
    """The ids of the extracted actors named by the verb's arguments (as actor_roles reads them), in order; the
    training script labels a candidate by whether one of them takes part in the gold event it would hold."""
    out = []
    for c in verb.children:
        role = ARGUMENT_DEPS.get(c.dep_)
        if role in ("prep", "agent"):
            out += [h.actor for o in c.children if o.dep_ == "pobj" and (h := _hit_in(o, index)) is not None]
        elif role is not None and (h := _hit_in(c, index)) is not None:
            out.append(h.actor)
    if verb.dep_ in SHARED_SUBJECT_DEPS:
        head = verb.head
        if verb.dep_ in ("acl", "relcl"):
            h = index.actor_at(head.i)
        else:
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            h = _hit_in(subj, index) if subj is not None else None
        if h is not None:
            out.append(h.actor)
    return [a for a in dict.fromkeys(out) if a]


def actor_roles(verb, index: DocIndex) -> list[tuple[str, str]]:
    """(role, actor type) for each argument of the verb that names an actor; "prep:against" for a preposition's
    object; "shared_subj" for the subject of the verb it hangs on when it has none of its own."""
    roles = []
    for c in verb.children:
        role = ARGUMENT_DEPS.get(c.dep_)
        if role is None:
            continue
        if role in ("prep", "agent"):
            for o in c.children:
                if o.dep_ == "pobj" and (kind := _actor_in(o, index)) is not None:
                    roles.append((f"prep:{c.lower_}" if role == "prep" else "agent", kind))
        elif (kind := _actor_in(c, index)) is not None:
            roles.append((role, kind))
    if not any(r[0] in ("subj", "agent") for r in roles) and verb.dep_ in SHARED_SUBJECT_DEPS:
        head = verb.head
        if verb.dep_ in ("acl", "relcl"):
            kind = index.actor_at(head.i).type if index.actor_at(head.i) is not None else None
        else:
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            kind = _actor_in(subj, index) if subj is not None else None
        if kind is not None:
            roles.append(("shared_subj", kind))
    return roles


def sentence_candidates(sent, made_tokens: set[int], index: DocIndex) -> list[tuple[object, list]]:
    """The sentence's verbs with an actor among their arguments whose clause holds none of the tokens the rules
    made an event from, each with its actor roles."""
    taken = {clause_key(sent.doc[i]) for i in made_tokens}
    out = []
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or tok.i in made_tokens or clause_key(tok) in taken:
            continue
        roles = actor_roles(tok, index)
        if roles:
            out.append((tok, roles))
    return out


def _marks(verb) -> list[str]:
    """Tense, aspect, voice, modality and negation marks of the verb."""
    marks = [f"tag={verb.tag_}"]
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            marks.append(f"aux={c.lower_ if c.lower_ in MODALS else c.lemma_.lower()}")
            if c.lower_ in MODALS:
                marks.append("modal")
        elif c.dep_ == "neg":
            marks.append("negated")
        elif c.dep_ == "mark":
            marks.append(f"mark={c.lower_}")
    if verb.dep_ == "xcomp":
        marks.append(f"governor={verb.head.lemma_.lower()}")
    return marks


def features(verb, roles: list[tuple[str, str]], sent, index: DocIndex, date_tokens: frozenset[int],
             rule_skip: str | None, context: dict | None = None) -> dict[str, float]:
    """The features of one candidate verb: its bag of marks, each of value 1, and the marks of its place
    (context_marks: the rules' events in the sentence, the sentence's place in the document, its words around)."""
    out = marks(verb, roles, sent, index, date_tokens, rule_skip)
    if context is not None:
        out += context_marks(verb, index, rule_skip, **context)
    return dict.fromkeys(out, 1.0)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """n as the least edge it does not pass ("0", "1", "2", "3+")."""
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1] + 1}+"


def _phrase_marks(name: str, tok, index: DocIndex) -> list[str]:
    """A phrase head's lemma and what names it: the extracted actor's type, else spaCy's entity label."""
    out = [f"{name}={tok.lemma_.lower()}"]
    hit = _hit_in(tok, index)
    if hit is not None:
        out.append(f"{name}_actor={hit.type}")
    elif tok.ent_type_:
        out.append(f"{name}_ent={tok.ent_type_}")
    return out


def context_marks(verb, index: DocIndex, rule_skip: str | None, made: int = 0, sentence_no: int = 0,
                  paragraph_first: bool = False, candidates: int = 1) -> list[str]:
    """Where the candidate stands and what it acts on: the object's, subject's and prepositions' heads (lemma and
    actor or entity type), the rules' skip reason crossed with the lemma, how many events the rules made in the
    sentence, how many candidates it holds, its number in the document and whether it opens its paragraph."""
    lemma = verb.lemma_.lower()
    out = [f"sent_made={_bucket(made, (0, 1))}", f"sent_no={_bucket(sentence_no, (0, 1, 2, 5))}",
           f"candidates={_bucket(candidates, (1, 2))}"]
    if paragraph_first:
        out.append("paragraph_first")
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "dative"):
            out += _phrase_marks({"dobj": "obj", "nsubj": "subj", "nsubjpass": "subj", "attr": "obj",
                                  "dative": "dative"}[c.dep_], c, index)
            if c.dep_ == "dobj":
                out.append(f"lemma_obj={lemma}|{c.lemma_.lower()}")
        elif c.dep_ in ("prep", "agent"):
            for o in c.children:
                if o.dep_ == "pobj":
                    out.append(f"prep_obj={c.lower_}|{o.lemma_.lower()}")
    if rule_skip is not None:
        out.append(f"skip_lemma={rule_skip}|{lemma}")
    return out


def dense_features(verb) -> dict[str, float]:
    """The parser's contextual vector of the verb (doc.tensor's row), rounded: "vec0" .. "vecN"."""
    tensor = verb.doc.tensor
    if tensor is None or len(tensor) <= verb.i:
        return {}
    return {f"vec{k}": round(float(x), 3) for k, x in enumerate(tensor[verb.i])}


def marks(verb, roles: list[tuple[str, str]], sent, index: DocIndex, date_tokens: frozenset[int],
          rule_skip: str | None) -> list[str]:
    """The bag of feature strings of one candidate verb."""
    lemma = verb.lemma_.lower()
    out = ["bias", f"lemma={lemma}", f"dep={verb.dep_}", f"head={verb.head.lemma_.lower()}",
           f"head_pos={verb.head.pos_}", f"lemma_dep={lemma}|{verb.dep_}"]
    out += sorted({f"child={c.dep_}" for c in verb.children})
    out += [f"prt={c.lower_}" for c in verb.children if c.dep_ == "prt"]
    out += sorted({f"role={r}" for r, _ in roles} | {f"role={r}|{k}" for r, k in roles})
    out += _marks(verb)
    if any(t.i in date_tokens for t in span_tokens(sent)):
        out.append("sent_date")
    if any(c.start < index.tok_end[sent.end - 1] and index.tok_start[sent.start] < c.end
           for c in index.ctx.citations):
        out.append("sent_citation")
    if any(t.text in ('"', "\u201c", "\u201d") for t in span_tokens(sent)):
        out.append("sent_quote")
    if verb.i == sent.root.i:
        out.append("is_root")
    reading = cameo_lookup(verb)
    if reading is not None:
        out += [f"cameo={reading.type}", f"cameo_code={reading.code[:2]}", f"cameo_lemma={reading.type}|{lemma}"]
    if rule_skip is not None:
        out.append(f"rule_skip={rule_skip}")
    return out

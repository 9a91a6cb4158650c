"""Two actors named in one sentence, described as features a learned classifier reads (issue 8 §3).

Every ordered pair of distinct actors whose mentions share a sentence is a candidate; its features are the shape of
ordinary English between the two mentions: the dependency path (labels and lemmas), the words between, the words
governing each mention, the actor types, apposition / possessive / compound shapes, the roles.yaml cue words met on
the path, and the distance. No name of any actor is a feature: the model learns shapes, not arenas.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LEMMA, POS

from ..token_positions import doc_lower
from .index import Ref, TokenIndex
from .lexicon import RoleLexicon

MAX_ACTORS = 12        # a sentence listing more actors is a roster: its pairs are not read (quadratic, and noise)
MAX_BETWEEN = 12       # words between the mentions beyond this are summarised by distance alone


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of actors named in one sentence, the mentions read, and their features."""
    subject: Ref
    object: Ref
    sentence: int
    features: tuple[str, ...]
    span: tuple[int, int] = (0, 0)       # the sentence's tokens, doc[first:last]


_CUES: dict[int, tuple[RoleLexicon, dict]] = {}


def cue_classes(lex: RoleLexicon) -> dict[str, tuple[str, ...]]:
    """Each one-word cue of roles.yaml (a phrase's last word) -> the roles.yaml lists holding it (built once per
    lexicon: the lexicon holds dicts, so it cannot key an lru_cache)."""
    held = _CUES.get(id(lex))
    if held is None or held[0] is not lex:
        held = _CUES[id(lex)] = (lex, _cue_index(lex))
    return held[1]


def _cue_index(lex: RoleLexicon) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for name, value in vars(lex).items():
        if not isinstance(value, frozenset):
            continue
        for entry in value:
            words = entry if isinstance(entry, tuple) else str(entry).lower().split()
            if words and isinstance(words[-1], str):
                found.setdefault(words[-1], set()).add(name)
    return {w: tuple(sorted(names)) for w, names in found.items()}


class Words:
    """A token's word as a feature: its lemma, but an actor's mention or a proper noun by its kind (no names).
    Also each token's head, read once: the pairs of a sentence walk the same tokens many times."""

    def __init__(self, doc, idx: TokenIndex):
        self.doc, self.idx = doc, idx
        # read on the parse's arrays (HEAD: the head's offset from the token), not on a Token and its head's Token
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        strings = doc.vocab.strings
        self.deps = [strings[d] for d in doc.to_array(DEP).tolist()] if len(doc) else []
        # and each token's part of speech, lemma and lower-case word (perf4: the pair features read them per pair)
        self.pos = [strings[p] for p in doc.to_array(POS).tolist()] if len(doc) else []
        self.lemmas = [strings[x] for x in doc.to_array(LEMMA).tolist()] if len(doc) else []
        # the relation index (built on the same parse) read the lower-case words already
        self.lower = idx.lower if isinstance(idx, TokenIndex) else doc_lower(doc)
        self._words: dict[int, str] = {}

    def __call__(self, i: int) -> str:
        word = self._words.get(i)
        if word is None:
            word = self._words[i] = self._word(i)
        return word

    def _word(self, i: int) -> str:
        ref = self.idx.by_token.get(i)
        if ref is not None and ref.actor:
            return f"<{ref.type}{'-adj' if ref.demonym else ''}>"
        return "<propn>" if self.pos[i] == "PROPN" else self.lemmas[i].lower()


def root_of(doc, ref: Ref, heads: list[int] | None = None) -> int:
    """The token of a mention whose head lies outside it (the mention's syntactic head); ``heads`` (`Words.heads`),
    when given, is read instead of making each token's Token and its head's."""
    for i in range(ref.start, ref.end):
        head = heads[i] if heads is not None else doc[i].head.i
        if head == i or not ref.start <= head < ref.end:
            return i
    return ref.end - 1


def chain_up(heads: list[int], i: int, stop: int) -> list[int]:
    """Token i and its heads up to the sentence root (at most `stop` steps)."""
    chain = [i]
    while heads[chain[-1]] != chain[-1] and len(chain) <= stop:
        chain.append(heads[chain[-1]])
    return chain


def dependency_path(heads: list[int], a: int, b: int) -> tuple[list[int], list[int]] | None:
    """Tokens from a up to the lowest common head, and from b up to it (the common head in the first list)."""
    up_a, up_b = chain_up(heads, a, 40), chain_up(heads, b, 40)
    seen_b = set(up_b)
    for n, tok in enumerate(up_a):
        if tok in seen_b:
            return up_a[:n + 1], up_b[:up_b.index(tok)]
    return None


def path_features(doc, a: int, b: int, cues: dict, word: Words) -> list[str]:
    """The dependency path between two mention heads: labels, labels with lemmas, lemmas and cues on it."""
    path = dependency_path(word.heads, a, b)
    if path is None:
        return ["path=none"]
    up, down = path
    deps = word.deps
    labels = [f"{deps[i]}^" for i in up[:-1]] + [f"{deps[i]}v" for i in reversed(down)]
    top_i = up[-1]
    # the tokens strictly between the two heads on the path: up to the common head, it (when neither), down
    inner = up[1:-1] + ([top_i] if top_i not in (a, b) else []) + list(reversed(down[1:]))
    lemmas = [word(i) for i in inner]
    out = [f"path={' '.join(labels)}", f"plen={min(len(labels), 6)}"]
    if len(inner) <= 4:
        out.append(f"pathlem={' '.join(labels)}|{' '.join(lemmas)}")
    out.append(f"top={word(top_i)}|{word.pos[top_i]}")
    for lemma in lemmas:
        out.append(f"plem={lemma}")
        out.extend(f"pcue={c}" for c in cues.get(lemma, ()))
    return out


def between_features(doc, first: Ref, second: Ref, cues: dict, word: Words) -> list[str]:
    """The words between the two mentions (in text order)."""
    words = [word(i) for i in range(first.end, second.start)]
    gap = len(words)
    out = [f"gap={gap if gap < 5 else '5-9' if gap < 10 else '10+'}"]
    if gap == 0:
        out.append("adjacent")
    if gap <= 4:
        out.append(f"btw={' '.join(words)}")
    if gap <= MAX_BETWEEN:
        for w in words:
            out.append(f"bw={w}")
            out.extend(f"bcue={c}" for c in cues.get(w, ()))
    return out


def side_features(doc, ref: Ref, head: int, side: str, word: Words) -> list[str]:
    """What a mention is and where it hangs: type, demonym, its dependency and the word it depends on."""
    dep = word.deps[head]
    out = [f"{side}type={ref.type}", f"{side}dep={dep}", f"{side}gov={word(word.heads[head])}|{dep}"]
    if ref.demonym:
        out.append(f"{side}demonym")
    before = word(ref.start - 1) if ref.start > 0 else "<s>"
    out.append(f"{side}prev={before}")
    return out


def shape_features(doc, s_head: int, o_head: int, word: Words) -> list[str]:
    """Direct attachments between the two heads: apposition, possessive, compound, of-phrase (read on `word`'s
    arrays of heads, labels and words)."""
    out = []
    heads, deps = word.heads, word.deps
    for a, b, name in ((s_head, o_head, "s>o"), (o_head, s_head, "o>s")):
        head = heads[a]
        if head == b:
            out.append(f"direct={name}:{deps[a]}")
        if heads[head] == b and deps[head] == "prep":
            out.append(f"prep={name}:{word.lower[head]}")
    return out


def pair_features(doc, s: Ref, o: Ref, cues: dict, word: Words) -> tuple[str, ...]:
    """Every feature of the ordered pair (subject s, object o)."""
    s_head, o_head = root_of(doc, s, word.heads), root_of(doc, o, word.heads)
    first, second = (s, o) if s.start < o.start else (o, s)
    order = "s<o" if s is first else "o<s"
    feats = ["bias", f"order={order}", f"types={s.type}>{o.type}|{order}"]
    feats += path_features(doc, s_head, o_head, cues, word)
    feats += [f"{order}:{f}" for f in between_features(doc, first, second, cues, word)]
    feats += side_features(doc, s, s_head, "s", word) + side_features(doc, o, o_head, "o", word)
    feats += shape_features(doc, s_head, o_head, word)
    return tuple(dict.fromkeys(feats))


def rule_roles(relations) -> dict[str, set[tuple[str, str]]]:
    """What the rules already made of each actor: ("leads>", other) as a tie's subject, ("<part_of", other) as its
    object."""
    roles: dict[str, set[tuple[str, str]]] = {}
    for r in relations:
        roles.setdefault(r.subject, set()).add((f"{r.predicate}>", r.object))
        roles.setdefault(r.object, set()).add((f"<{r.predicate}", r.subject))
    return roles


def context_features(s: Ref, o: Ref, roles: dict) -> list[str]:
    """The ties the rules read for each side with third actors (a person the rules placed in a body is seldom a
    state's member as well); a tie between the two themselves is no context of theirs."""
    out = [f"srule={r}" for r in sorted({r for r, other in roles.get(s.actor, ()) if other != o.actor})]
    out += [f"orule={r}" for r in sorted({r for r, other in roles.get(o.actor, ()) if other != s.actor})]
    return out or ["norule"]


def sentence_refs(idx: TokenIndex, sent) -> list[Ref]:
    """The mentions laid in a sentence, one per token span, in text order."""
    seen: dict[int, Ref] = {}
    for i in range(sent.start, sent.end):
        ref = idx.by_token.get(i)
        if ref is not None and ref.actor and id(ref) not in seen:
            seen[id(ref)] = ref
    return sorted(seen.values(), key=lambda r: r.start)


def closest_pairs(refs: list[Ref]) -> dict[tuple[str, str], tuple[Ref, Ref]]:
    """For each ordered pair of distinct actors, the two mentions closest to each other."""
    best: dict[tuple[str, str], tuple[Ref, Ref]] = {}
    for a in refs:
        for b in refs:
            if a.actor == b.actor:
                continue
            key = (a.actor, b.actor)
            old = best.get(key)
            if old is None or abs(a.start - b.start) < abs(old[0].start - old[1].start):
                best[key] = (a, b)
    return best


def document_candidates(ctx, idx: TokenIndex, lex: RoleLexicon, skip: frozenset | set = frozenset()
                        ) -> list[Candidate]:
    """Every candidate pair of a document, sentence by sentence (ctx.relations: the rules' ties, read as context),
    but the pairs in `skip` (frozensets of two actor ids: the pairs the rules tied, not worth describing)."""
    cues = cue_classes(lex)
    word = Words(ctx.doc, idx)
    roles = rule_roles(ctx.relations)
    out = []
    for n, sent in enumerate(ctx.doc.sents):
        refs = sentence_refs(idx, sent)
        if len({r.actor for r in refs}) > MAX_ACTORS:
            continue
        for (s, o) in closest_pairs(refs).values():
            if frozenset((s.actor, o.actor)) in skip:
                continue
            feats = pair_features(ctx.doc, s, o, cues, word) + tuple(context_features(s, o, roles))
            out.append(Candidate(s, o, n, feats, (sent.start, sent.end)))
    return out

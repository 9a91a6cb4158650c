"""A body's head noun written alone stands for the body named last before it (issue 8, actors16).

Statements and monitor reports name their issuer once and then call it by its head noun: "The Council of
Ministers of ... met. The Council declares ...", "The Iraqi Press Freedom Observatory documented ... The Observatory
urges ...". `within._merge_short_bodies` merges such a word only with the one name of the document that ends in it
(and, for a name of four words or more, only through its of/for complement). What it leaves, ordinary English
reads as a definite reference: the nearest organisation named before the word's first mention whose own noun
phrase (its words before of/for) ends in that head noun.
"""

from __future__ import annotations

from ..extract.dictionary import load_lexicon

# "the Government" alone is the state's own government (DEVELOPING.md Conventions: the state), not the last body
# named with that head ("the Kurdistan Regional Government")
STATE_HEADS = frozenset({"Government"})


def own_noun_phrase(name: str) -> list[str]:
    """The name's words before its first of/for complement ("Council" of "Council of Ministers")."""
    words = name.replace("\u2019s", "").replace("'s", "").split()
    cut = min((words.index(x) for x in ("of", "for") if x in words), default=len(words))
    return words[:cut]


def lone_head(cluster, heads: set[str]) -> str | None:
    """The organisation head noun a cluster is named by alone ("Council"), or None. A dictionary entry found only
    by such a word (an outlet listed as "Monitor") is the weaker reading where the text names a body by it."""
    names = set(cluster.names)
    if len(names) != 1 or cluster.type() not in ("organization", "media"):
        return None
    if cluster.dictionary_id and cluster.type() != "media":
        return None                        # a listed group named by a head word is itself ("Hezbollah")
    name = next(iter(names))
    return name if name in heads and name not in STATE_HEADS else None


def first_start(cluster) -> int:
    return min(m.start for m in cluster.mentions)


def antecedent(cluster, head: str, clusters: list) -> object | None:
    """The organisation whose name ends its own noun phrase in `head`, named last before the cluster's first
    mention (the nearest definite antecedent); None when no such name comes before it."""
    start = first_start(cluster)
    best, best_at = None, -1
    for other in clusters:
        if other is cluster or other.type() != "organization":
            continue
        if not any(len(n.split()) >= 2 and own_noun_phrase(n)[-1:] == [head] for n in other.names):
            continue
        before = [m.start for m in other.mentions if m.start < start]
        if before and max(before) > best_at:
            best, best_at = other, max(before)
    return best


def later_namesake(cluster, target, clusters) -> bool:
    """``target`` is the one longer name ending in the cluster's lone word ("Gulf Cooperation Council" for "the
    Council"), but it is first named only after that word is, and another body named before the word has it as the
    head of its own noun phrase ("The Council of Ministers held a session ... The Council decided ...": the council
    of ministers, not the Gulf body a later paragraph names). The definite word then refers back (evargs8): left to
    `merge_definite_heads`."""
    names = set(cluster.names)
    if len(names) != 1:
        return False
    head = next(iter(names))
    if len(head.split()) != 1 or first_start(target) <= first_start(cluster):
        return False
    before = antecedent(cluster, head, clusters)
    return before is not None and before is not target


def merge_definite_heads(clusters: list) -> list:
    """Clusters with each lone head noun merged into the body named last before it."""
    heads = {w for w, t in load_lexicon().head_words.items() if t == "organization"}
    out = []
    for c in clusters:
        head = lone_head(c, heads)
        target = antecedent(c, head, clusters) if head else None
        if target is None:
            out.append(c)
            continue
        target.add(c, f"head noun '{head}' of the body named last before it")
    return out

"""What parties agreed or a party pledged to do is the content of that promise, not a second act.

"The EU agreed on Monday to widen sanctions against X", "the two leaders agreed to coordinate closely ... and to
accept Y's payment system", "Syrian officials agreed to hand the terminal to an Iranian company from October", "Iran
pledged to keep supplying electricity": the agreeing verb made the event (AGREE, PLOVER's stated intention); the
infinitive it governs, read again as its own act, is a duplicate that no gold codes (spurious7: on the tuning sets 9
no-overlap events and a date-differing one, none matched). The merge of one sentence's AGREE with the act it promises
(`merge.merge_into`) misses them when the infinitive is typed apart ("widen sanctions": THREATEN), dated apart ("from
October") or names other parties; those parties join the promise.

Only when the agreeing verb itself made an event of the sentence: "The parties agreed to halt all operations", whose
"agreed" made none, keeps the infinitive as the act told. A conjunct infinitive ("agreed to study X and to accept
Y", "agreed to a ceasefire and to start negotiations") is the agreement's too, an act carried on ("pledged to keep
supplying X") the pledge's, and so is an infinitive the parser hung as an adverbial clause when the agreeing verb
has no other complement. A finite verb of its own ("agreed, and then withdrew") is no content, and a threat one party
vows alone stays beside the vow (`fold_promised_content`).
"""

from __future__ import annotations

AGREEING = frozenset({"agree", "pledge", "promise", "vow", "undertake", "commit"})
PROMISING = frozenset({"promise", "vow", "pledge"})
CARRYING = frozenset({"keep", "continue"})


def agreeing_head(tok):
    """The agreeing verb whose infinitive complement ``tok`` is ("agreed to widen", "agreed to X and to accept"),
    or None."""
    cur = tok
    if cur.dep_ == "conj" and cur.head.lemma_.lower() in AGREEING and _to_infinitive(cur) \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in cur.head.children):
        return cur.head     # "have agreed to a ceasefire and to start negotiations": the second thing agreed
    for _ in range(4):
        if cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            continue
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in CARRYING and cur.head.dep_ in ("xcomp", "advcl"):
            cur = cur.head          # "pledged to keep supplying X": the carried act is the pledge's content
            continue
        break
    if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
        return None
    if not _to_infinitive(cur):
        return None
    head = cur.head
    if head.lemma_.lower() not in AGREEING or head.pos_ not in ("VERB", "AUX"):
        return None
    if cur.dep_ == "advcl" and any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in head.children):
        return None     # "agreed to the plan to end the war", "pledged $5 million to rebuild X": an aim, not the content
    return head


def _to_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def promised_content(tok, made_tokens: set[int]) -> bool:
    """Whether ``tok`` is the infinitive an agreeing verb governs and that verb made an event (``made_tokens``: the
    trigger tokens of the events of the sentence kept so far)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    head = agreeing_head(tok)
    return head is not None and head.i != tok.i and head.i in made_tokens


def fold_promised_content(tok, ev, events: list, meta: list[dict], sent_start: int) -> bool:
    """Whether the event ``ev`` of ``tok`` is the content of a promise an earlier event of the sentence told (its
    parties then join that event). A threat a party vows, pledges or promises alone ("vowed to drive American forces
    out", typed THREATEN on the infinitive) is left as the threat told beside the vow: the tuning gold types such a
    vow THREATEN (owndocs27), and retyping the vow from its infinitive also turned "Egypt pledged to send 5,000 troops
    to Somalia" (AGREE in the newswire probe) into a threat."""
    made = {m["tok"]: k for k, m in enumerate(meta) if m.get("sent") == sent_start}
    if not promised_content(tok, set(made)):
        return False
    head = agreeing_head(tok)
    if ev.type == "THREATEN" and head.lemma_.lower() in PROMISING:
        return False
    promise = events[made[head.i]]
    for t in ev.target:
        if t not in promise.target and t not in promise.source:
            promise.target.append(t)
    return True

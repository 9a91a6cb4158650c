"""A "which" clause on a dated happening tells that happening (issue 8, dates11).

"The ministry regrets the joint statement issued on 18 May by the governments of X and Y, which warned that they
would close the border": the warning is the statement's, made when it was issued; "condemns the attack carried out
last night on the market by militias, which killed four traders": the killing is the attack's, last night. The date
sits in the past participle on the happening's noun, a clause of its own (`dating.in_other_clause`), so the relative
clause's act fell to the report's month or year, or was left undated as a deed describing its doer
(`tense.describing_past`, when the parser hangs the clause on the doer's name).

`happening_date`: for a simple-past verb heading a relative clause whose subject is "which"/"that" set off by a
comma, with no date of its own, the date in a past participle on a happening noun (an event noun of the lexicon, or
an issued text: statement, communique, declaration ...) whose phrase holds the clause and which is told before it.
Read by `timing.explicit_date` (over the nearest date: "condemned on Monday the attack carried out on Sunday, which
killed ...": Sunday) and `timing.told_undated`.
"""

from __future__ import annotations

from .described_dates import happening_noun
from .index import DocIndex

# issued texts whose relative clause tells what they said ("the communique issued on 2 May, which called for ...")
ISSUED_TEXTS = frozenset("statement statements communique communiqué communiques communiqués declaration "
                         "declarations letter letters message messages note notes decision decisions ruling "
                         "rulings decree decrees order orders resolution resolutions announcement".split())


def happening_date(verb, dates, index: DocIndex):
    """The date of the dated happening ``verb``'s comma-set "which" clause tells, or None."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.pos_ not in ("VERB", "AUX"):
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that")), None)
    if pronoun is None or pronoun.i == 0 or verb.doc[pronoun.i - 1].text != ",":
        return None
    own = {t.i for t in verb.subtree}
    spans = [(d, set(index.tokens_in(d.start, d.end))) for d in dates if d.start is not None]
    if any(toks & own for _, toks in spans):
        return None         # "..., which seized the town in 2014": its own date
    participle, t = None, verb.head
    for _ in range(8):      # "the attack carried out last night on the field in X province, which killed ..."
        if t.dep_ == "acl" and t.tag_ == "VBN" and _happening(t.head):
            participle = t
        elif t.pos_ in ("NOUN", "PROPN") and _happening(t):
            participle = next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i not in own), None)
        elif t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return None     # another clause's noun
        else:
            t = t.head
            continue
        break
    if participle is None or participle.i > verb.i:
        return None
    inside = {t.i for t in participle.subtree} - own
    return next((d for d, toks in spans if toks and toks <= inside), None)


def _happening(noun) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lower_ in ISSUED_TEXTS or happening_noun(noun))

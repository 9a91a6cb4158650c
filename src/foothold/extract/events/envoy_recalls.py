"""An envoy's recall told by the noun (issue 8, evcand10): "ordered the recall of its ambassador to Norway", "the
recall of Chile's ambassador from Peru". plover.yaml `nominal.zero` reads "the recall of" as the verb `recall`
(PLOVER SANCTION expel, only for envoys); the noun's of-object is the envoy, whose possessor is the state that sends
him, not whom the recall is aimed at: that is his posting ("to X", "in X", "from X", on the envoy or, as the parser
may hang it, on the noun), as the verb "recalled its ambassador to X" reads it. Read in `targets.found_arguments` on a recall noun's arguments."""

from __future__ import annotations

from .arguments import phrase_actors
from .nominal import of_object

ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "representative"})
POSTING = frozenset({"to", "in", "from", "at"})
PARTIES = ("country", "organization")


def recalled_envoy_posting(noun, args, index) -> set[str]:
    """Re-aim a recall noun's arguments at the recalled envoy's posting, in place: the envoy's own state leaves the
    targets and the posting's party joins them; the envoy's own state is returned (for the carrying verb's reading
    to drop too). Nothing changes when no posting names a party."""
    if noun.lemma_.lower() != "recall":
        return set()
    envoy = of_object(noun)
    if envoy is None or envoy.lemma_.lower() not in ENVOYS:
        return set()
    posted = [(h, i) for p in (*envoy.children, *noun.children) if p.dep_ == "prep" and p.lower_ in POSTING
              for o in p.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index) if h.type in PARTIES]
    if not posted:
        return set()
    own = {h.actor for c in envoy.children if c.dep_ == "poss" for h, _ in phrase_actors(c, index)}
    own -= {h.actor for h, _ in posted}
    args.target = [a for a in args.target if a not in own]
    args.add("target", posted, index)
    return own

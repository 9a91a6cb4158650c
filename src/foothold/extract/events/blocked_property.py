"""Property blocked (issue 8, evargs5): "all property and interests in property of X that are in the United States
are blocked", "the Treasury blocked the assets of Y". A sanctions programme's blocking of property is an asset freeze
(PLOVER SANCTION, CAMEO 163 "impose embargo, boycott, or sanctions"), where plover.yaml's `block` reads a resolution
or bid blocked (REJECT) or a road or vessel stopped (COERCE) and drops the rest as another sense. The owner -- the
object's "of"-phrase -- is the target as for any object."""

from __future__ import annotations

BLOCKING_VERBS = frozenset({"block"})
PROPERTY_NOUNS = frozenset({"property", "asset", "assets", "fund", "funds", "account", "accounts", "interest",
                            "interests", "holding", "holdings"})


def blocked_property(verb, objects: list) -> bool:
    """The verb blocks property: a blocking verb whose object (or passive subject) is property, assets or funds."""
    return verb.lemma_.lower() in BLOCKING_VERBS and any(
        o.lemma_.lower() in PROPERTY_NOUNS or o.lower_ in PROPERTY_NOUNS for o in objects)

"""The verbs of thanking and praising, shared by the events and relations packages (spurious12).

A leaf module (it imports nothing of foothold), so `events.skips` and `relations.thanked_reasons` both load it at
module level without the circular import that took spurious11's first try back in session 42.
"""

from __future__ import annotations

# "thanked X for their swift condemnation of the attack", "commended Y for its restraint": what a thanks or praise is
# for is its reason, told as its topic, the thanked party's deed
THANKING = frozenset({"thank", "praise", "commend", "applaud", "hail", "congratulate", "salute", "laud", "credit"})

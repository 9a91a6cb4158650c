"""A bare envoy in a story of one state's doings in another (issue 8, reltitle14): under the title "Iranian envoys in
Erbil, Najaf and Baghdad" or "Signs of a shift in Iran's strategy in Iraq", "Ambassador X visited Najaf" and
"Ambassador X said ..." are the guest state's envoys, member_of it, as the makers code ambassadors (seed notes 11:
member_of the state they represent). A host's own envoys serve abroad and a third state's are named with their state
("the U.S. ambassador"), so a bare ambassador, consul or envoy in such a story is the guest's.

The frame: the document's title (less its closing credit) has an " in " / " into " whose words before it, back to the
last colon, semicolon or parenthesis, name one state of the text (name, demonym or possessive: the guest) and whose
words after it, up to the next comma, colon or parenthesis, name another state of the text or a place the gazetteer
puts in one (the host). Read for envoys only (roles.yaml `titles.envoys`) with no state, body or premodifier in the
phrase and no sender carried from context, when the holder's sentence names no state other than the guest and the
host and the holder does not go to the guest ("Ambassador X flew to Tehran" may be the host's envoy)."""

from __future__ import annotations

import re

from .index import Ref, without_credit

FRAME = re.compile(r"(?<!\w)in(?:to)? (?:the )?")


def guest_and_host(idx) -> tuple[str, str] | None:
    """(guest, host) of the document title's "G ... in H" frame, or None."""
    title = without_credit(idx.ctx.document.title or "")
    for m in FRAME.finditer(title):
        before = re.split(r"[:;(]", title[:m.start()])[-1]
        after = re.split(r"[:;,(]", title[m.end():])[0].strip()
        guests = idx.states_in(before)
        if len(guests) != 1:
            continue
        guest = next(iter(guests))
        hosts = idx.states_in(after) - {guest}
        if not hosts:
            words = after.split()
            hosts = {s for n in range(min(4, len(words)), 0, -1)
                     if (s := idx.state_of_place(" ".join(words[:n]))) is not None and s != guest}
        if len(hosts) == 1:
            return guest, next(iter(hosts))
    return None


def guest_envoy(reader, t, holder: Ref | None) -> Ref | None:
    """The guest state for a bare envoy title in a guest-and-host story, else None."""
    if holder is None or t.country or t.obj or t.premodifier or t.words not in reader.lex.envoys:
        return None
    frame = guest_and_host(reader.idx)
    if frame is None:
        return None
    guest, host = frame
    from .state_before import states_standing_in
    if not states_standing_in(reader, reader.sent) <= {guest, host}:
        return None                 # "Ambassador X met his Turkish colleague": a third state in play
    if reader.visiting(t, holder, guest):
        return None
    return Ref(guest, "country", t.title_start, t.title_end)

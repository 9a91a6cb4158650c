"""Where a release was issued, from its place-and-date line (issue 8, reltitle4): a statement opens with "Athens,
10 August 2020" or "Press Release No. 12-2023, Lima, 20 February 2023" on a line of its own, as a wire story opens
with "BAGHDAD (Reuters) - ". The place's state is where the release's bare titles are held ("Prime Minister X
chaired a meeting ..."), so `TokenIndex.dateline_state` reads this line when the text has no wire dateline. The line
may also open the first paragraph, the date closed by a dash (issue 8, govrel): "Belmopan, 17 March 2021 — The
Ministry of Foreign Affairs informs ...", "REYKJAVÍK, 9 June 2023 - The Government ..." (seven statements of the
tuning sets open so; the whole prefix before the date must then be the place's name)."""

from __future__ import annotations

import re
from collections import Counter

from ...ingest.metadata import HEAD_CHARS, HEAD_LINES, _date_in_line, _is_date_line, _lines
from ...resolve.names import normalise_name

PLACE_WORDS = 4           # "Addis Ababa", "Bab al-Mandab": a place name is short
DASH_OPENED = re.compile(r"[ \t]*[-\u2013\u2014][ \t]+\S")   # "..., 17 March 2021 — The Ministry ..." (govrel)
PLACE_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ -](?:[A-Z][\w'\u2019.-]*|al|el|de|es))*")


def release_places(text: str) -> list[str]:
    """The place named right before the date of a date line near the top ("Mogadishu, 2 January 2024" ->
    ["Mogadishu"]); [] when no date line names one."""
    for _, line in _lines(text, limit=HEAD_LINES, chars=HEAD_CHARS):
        found = _date_in_line(line)
        if found is None:
            continue
        before = line[:found[1][0]].rstrip(" \t")
        if not (_is_date_line(line) and not line[found[1][1]:].strip(" .\t\r")
                or PLACE_NAME.fullmatch(before[:-1].strip()) and DASH_OPENED.match(line, found[1][1])):
            continue                      # the date closes the line: "Athens, 10 August 2020"; or a dash opens the
                                          # paragraph after it: "Belmopan, 17 March 2021 — The Ministry ..." (govrel)
        if not before.endswith(","):
            continue
        place = before[:-1].split(",")[-1].strip()
        if PLACE_NAME.fullmatch(place) and len(place.split()) <= PLACE_WORDS:
            return [place]
    return []


def release_state(idx) -> str | None:
    """The state of the release's place line: the one its place stands in among the states the text names; a city
    name two of them share ("Athens": Greece, or the American town) is the one the text names more often."""
    places = release_places(idx.ctx.document.text)
    if not places or joint_release(idx.ctx.document.title):
        return None
    return idx.state_of_place(places[0]) or most_named_option(idx, places[0])


def most_named_option(idx, place: str) -> str | None:
    """Of the named states a city name two of them share ("Athens": Greece, or the American town; "Kingston"), the
    one the text names more often; None on a tie. Read for a release's place line and (reltitle14) a wire dateline."""
    from ..dictionary import city_country_options
    key = normalise_name(place)
    options = {a for c in city_country_options().get(key, ()) if (a := idx.country_keys.get(normalise_name(c)))
               is not None and idx.types.get(a) == "country"}
    counts = Counter(r.actor for r in {(r.start, r.end): r for r in idx.by_token.values()}.values() if r.actor in options)
    ranked = counts.most_common(2)
    if ranked and len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        ranked = names_in_text(idx, options).most_common(2)   # a tie: names inside bodies' names count too
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def names_in_text(idx, options: set[str]) -> Counter:
    """How often the text writes each state's names, inside other names too ("the Jamaica Defence Force")."""
    text = idx.ctx.document.text
    counts: Counter = Counter()
    for a in idx.ctx.actors:
        if a.id in options:
            counts[a.id] = sum(len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", text)) for f in set(a.surface_forms()))
    return counts


JOINT = re.compile(r"(?<!\w)joint(?!\w)", re.I)


def joint_release(title: str | None) -> bool:
    """A joint statement or communique ("Joint communique on the visit of ..."): two parties issue it, so its place
    line names only where they met, the host, whose state holds none of the guest's bare titles."""
    return bool(title and JOINT.search(title))

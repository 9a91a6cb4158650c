"""Who says "I"/"we" in a transcript's turn (issue 8, docs26: briefing transcripts, interviews, hearings): a
paragraph opening with a speaker's label, "Mousavi: We reject these accusations." or "KESSLER: I met him ...", is
spoken by the person the label names, so its unquoted first person is that person (a release's issuing state is
not: `index.issuer`). A label that names no person ("Question (IRNA):", "Moderator:") gives no one. Read by
`arguments.phrase_actors`."""

from __future__ import annotations

LABEL_MARK = ":"
MAX_LABEL = 4                    # tokens of a speaker's label before its colon


def turn_speaker(index, i: int):
    """The person whose labelled turn holds token i, else None."""
    doc = index.ctx.doc
    start = line_start(doc, i)
    k = start
    while k < i and doc[k].is_space:
        k += 1
    for colon in range(k + 1, min(i, k + MAX_LABEL + 1)):
        if doc[colon].text == LABEL_MARK:
            hit = index.actor_at(colon - 1)
            if hit is None or hit.type != "person" or any(index.actor_at(j) is not hit and index.actor_at(j)
                                                          is not None for j in range(k, colon)):
                return None
            return hit
    return None


def line_start(doc, i: int) -> int:
    """The first token of the line (paragraph) holding token i."""
    j = i
    while j > 0 and "\n" not in doc[j - 1].text_with_ws:
        j -= 1
    return j

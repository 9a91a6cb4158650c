"""Where an unnamed group is, written as a list of places (issue 8, relties4): "Iran-aligned militia groups in Iraq
and Syria, including X", "Russia-backed militias in Mali, Niger and Burkina Faso, such as X". The group's phrase runs
over every place of the list, so the names after it are still read as its members or examples
(alignment.named_after_group read one place only: "militias in Iraq, A and B"). A conjunct that is no place or
country (an organisation: "militias in Iraq and Hezbollah") ends the list."""

from __future__ import annotations

PLACE_TYPES = ("place", "country")
LIST_GLUE = (",", "and", "or")


def after_scene_list(reader, j: int) -> int:
    """Token j is "in": the token after the place named there and every place or country coordinated with it;
    j itself when no actor follows "in"."""
    first = reader.idx.ref_starting(j + 1)
    if first is None:
        return j
    end = first.end
    k = end
    while reader.w(k) in LIST_GLUE:
        n = k + 1
        while reader.w(n) in LIST_GLUE or reader.w(n) == "the":
            n += 1                                        # "Iraq, and Syria", "in Iraq and the Levant"
        r = reader.idx.ref_starting(n)
        if r is None or r.type not in PLACE_TYPES or r.demonym:
            break
        end = k = r.end
    return end

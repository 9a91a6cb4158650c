"""A body the actor dictionary lists is no person's surname (issue 8, actors21): "Abdulmalik Badruddin al-Houthi, a
leader of the Houthis' movement": the Houthis, found by their dictionary entry, are not the last word of
the person named before them. Read by `within._merge_surnames`."""

from __future__ import annotations


def listed_body(cluster) -> bool:
    """The cluster is typed an organisation and some mention of it is a dictionary entry's."""
    return cluster.type() == "organization" and any(m.dictionary_id for m in cluster.mentions)

"""The text of a parsed Doc, joined once per Doc.

spaCy's ``Doc.text`` joins every token's text at each access (10 ms on a 10k-token report); the actor rules read
it in several places. The joined text is kept in the Doc's own ``user_data`` (as ``filters.py`` and ``people.py``
keep their per-Doc sets), so it lives and dies with the Doc: nothing is kept across documents.
"""

from __future__ import annotations

KEY = "_foothold_text"


def doc_text(doc) -> str:
    """``doc.text``, joined at the first call on this Doc and kept in its ``user_data``."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text

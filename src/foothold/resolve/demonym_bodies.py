"""A state's body written with its demonym before a formal name, "the Lebanese Ministry of Public Health", "the
Turkish Ministry of Energy and Natural Resources", has the formal name without the demonym as a surface form too
("Ministry of Public Health"): the golds and readers name the body so, and FORMAT.md keeps every surface form in
name + aliases (relties2; `state_forms.py` does the same for "Iran's X" and "X of Japan"). Only a rest opened by a
body's head word and its "of" / "for" counts: "Iraqi Kurdistan" or "the Iraqi National Alliance" keep their name."""

from __future__ import annotations

ARTICLES = ("the", "a", "an")
LINKS = ("of", "for")


def formal_name_without_demonym(text: str, is_demonym, is_body_head) -> str | None:
    """The formal name after an opening demonym ("Lebanese Ministry of Public Health" → "Ministry of Public
    Health"), or None."""
    words = text.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    for n in (2, 1):
        rest = words[n:]
        if len(rest) >= 3 and is_demonym(" ".join(words[:n])) and is_body_head(rest[0]) and rest[1] in LINKS \
                and rest[2][:1].isupper():
            return " ".join(rest)
    return None

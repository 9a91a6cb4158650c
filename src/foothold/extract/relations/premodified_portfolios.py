"""A bare minister's portfolio written before the title names the ministry he leads (issue 8, relties11): "Iraq's
Ministry of Water Resources asked ... Water Resources Minister X raised the shortage": the makers have a minister
whose ministry is a named actor lead it (seed notes 11). `title_phrases` keeps a portfolio after the title
("Minister of Energy") but not the capitalised words before a bare one, so `TitleRelations.find_ministry` had no
topic to match. The words are read only for a bare title (no state, body or object in its phrase), and the ministry
they match is refused when it is already tied part_of another state than the holder's ("Foreign Minister X" of
Russia in a story naming Iran's Ministry of Foreign Affairs)."""

from __future__ import annotations

FUNCTION_WORDS = {"the", "a", "an", "his", "her", "its", "their", "our", "then", "former", "acting", "new"}
MAX_WORDS = 4


def portfolio_before(reader, t) -> tuple[set[str], object]:
    """The lower-cased capitalised words right before a bare title ("Water Resources Minister"), else empty, and the
    state named right before them ("Peru's Water Resources Minister": Peru), else None."""
    if t.portfolio or t.country is not None or t.premodifier is not None or t.obj is not None:
        return set(), None
    words: list[str] = []
    k = t.start - 1
    while k >= reader.lo and len(words) < MAX_WORDS:
        tok = reader.doc[k]
        w = reader.w(k)
        if w in ("and", "&") and words:
            k -= 1
            continue
        if not tok.is_alpha or not tok.text[:1].isupper() or w in FUNCTION_WORDS or reader.idx.ref(k) is not None \
                or w in reader.lex.demonyms:
            break
        words.append(w)
        k -= 1
    if reader.w(k) in ("'s", "’s", "'"):
        k -= 1
    owner = reader.idx.ref_ending(k) if words and k >= reader.lo else None
    state = owner if owner is not None and (owner.type == "country" or owner.demonym) else None
    return {w for w in words if len(w) > 2}, state


def tied_elsewhere(reader, ministry: str, country) -> bool:
    """The ministry is already part_of a state other than `country` (a Ref or None)."""
    if country is None:
        return False
    return any(s == ministry and p == "part_of" and o != country.actor and reader.idx.types.get(o) == "country"
               for (s, p, o) in reader.found.by_key)

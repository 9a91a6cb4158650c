"""A listed outlet's or body's Arabic article name closing a person's name is that person's family name (issue 8,
actors23): "Sheikh Dr. Basel Al-Sabah", "Ahmad Nasser Al-Mohammad Al-Sabah" (the dictionaries list the newspaper
"Al-Sabah"), "Dr. Ali Al-Hayat". Read by `dictionary.DictionaryMatcher.spans` before the NER runs: the match is
dropped when it is one "Al-X" / "al-X" / "El-X" name (three tokens, no spaces) right after a capitalised name word
on its line that no dictionary lists and that is no title, head word or demonym, and the run of such name words
before it opens with a person's title ("Sheikh", "Dr.") or a given name the Phoenix dictionaries open people with.
A newspaper after "'s", a demonym, a lower-case word or "the" keeps its match ("Iraq's Al-Sabah", "the daily
Al-Sabah")."""

from __future__ import annotations

from spacy.tokens import Span

ARTICLES = frozenset({"al", "el", "al-", "el-"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
RUN = 4                                # name words before the family name at most


def family_name_match(span: Span) -> bool:
    """The dictionary's match ``span`` is a person's family name, as the module says."""
    from ..lexicons import phoenix_given_names
    from .dictionary import load_dictionary, load_lexicon
    doc = span.doc
    if span.label_ not in ("media", "organization") or not _article_name(span) or span.start == 0:
        return False
    lexicon, dictionary = load_lexicon(), load_dictionary()
    k = span.start
    words = []
    while k > 0 and len(words) < RUN:
        tok = doc[k - 1]
        if "\n" in tok.whitespace_ or not tok.whitespace_:
            break
        if tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and not lexicon.is_title_token(tok) \
                and tok.text not in lexicon.head_words and not dictionary.is_demonym(tok.text) \
                and dictionary.lookup(tok.text) is None:
            words.append(tok)
            k -= 1
            continue
        if _article_name(doc[k - 3:k]) if k >= 3 else False:
            k -= 3                          # "Al-Mohammad" between: one more name word
            continue
        break
    if not words:
        return False
    opener = doc[k - 1] if k > 0 else None
    titled = opener is not None and lexicon.is_title_token(opener)
    return titled or words[-1].lower_ in phoenix_given_names()


def _article_name(span) -> bool:
    """"Al-Sabah": an Arabic article, a hyphen and a capitalised word, glued."""
    if len(span) != 3:
        return False
    a, h, w = span[0], span[1], span[2]
    return a.lower_ in ("al", "el") and a.text[:1].isupper() and h.text in HYPHENS and not a.whitespace_ \
        and not h.whitespace_ and w.is_alpha and w.text[:1].isupper()

"""Which untagged or mis-tagged word listed with a place found may be a place too (actors21), read by
`places._listed_with_place`: besides a proper noun that is no English word, a city of the gazetteer that English
also has as a word ("to Valparaiso and Concepcion"), and a word the NER tagged as a people's name that no dictionary
knows as a demonym or actor ("including Zurbatiya, Mandali, Shalamcheh and Haj Omran")."""

from __future__ import annotations

from ...resolve.names import normalise_name
from ..dictionary import city_keys, load_dictionary
from ..nlp import is_english_word


def may_be_listed_place(tok) -> bool:
    """The proper noun `tok`, coordinated with a place, can be read as a place."""
    if tok.ent_type_ == "NORP":
        dictionary = load_dictionary()
        return (tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
                and not dictionary.is_demonym(tok.text) and dictionary.lookup(tok.text) is None
                and not tok.text.endswith(("s", "ese", "ish", "ian")) and not is_english_word(tok))
    if tok.ent_type_:
        return False
    return not is_english_word(tok) or normalise_name(tok.text) in city_keys()

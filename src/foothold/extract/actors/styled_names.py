"""Names written after a courtesy style the NER did not read as a person (issue 8, actors26).

"Prime Minister the Most Honourable Andrew Holness announced", "The Minister, Dr. the Honourable Ana Reid, met ...",
"the Hon. Peter Kalo said": the style (data/courtesy_styles.yaml `style_openers`, "Hon", "Honourable", "Rt", "Most"
...) breaks the title from the name, and the NER tags the name as nothing, a work or a body. The two to four
capitalised words after the style's last word are one person's name when the style has its stop or "the", another
style word or a title before it ("Hon Hai Precision" is a company); `styled_core` already narrows a person mention
that opens with the style. Read by `ActorRecoverer._recovered` (recovered.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from .courtesy_styles import courtesy_styles
from ..doc_tokens import doc_tokens

# entity labels a styled name may carry: none, a person, or a label of no actor type the NER puts on names
STYLED_LABELS = ("", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "FAC", "NORP")


def _style_word(token) -> bool:
    return token.text.rstrip(".").lower() in courtesy_styles().style_openers and token.text[:1].isupper()


def styled_name_runs(doc: Doc, lexicon):
    """(i, j) token ranges of names right after a courtesy style: two to four capitalised name words, none a title or
    a body's head word, closed by a word in lower case, a punctuation mark or the line's end."""
    n = len(doc)
    for k, tok in enumerate(doc_tokens(doc)):
        if not _style_word(tok) or tok.text.rstrip(".").lower() not in ("hon", "honourable", "honorable"):
            continue
        before = doc[k - 1] if k else None
        if not (tok.text.endswith(".") or k + 1 < len(doc) and doc[k + 1].text == "." or before is not None and (
                before.lower_ == "the" or _style_word(before) or lexicon.is_title_token(before))):
            continue                                 # "Hon Hai Precision": a company's name, no style
        i = k + 1
        if i < n and doc[i].text == "." and not tok.whitespace_:
            i += 1                                   # "Hon" "." split by the tokenizer
        j = i
        while (j < n and j - i < 4 and doc[j].is_alpha and doc[j].text[:1].isupper()
               and doc[j].ent_type_ in STYLED_LABELS and not lexicon.is_title_token(doc[j])
               and doc[j].text not in lexicon.head_words and (j == i or "\n" not in doc[j - 1].whitespace_)):
            j += 1
        if 2 <= j - i <= 4 and (j == n or not (doc[j].is_alpha and doc[j].text[:1].isupper())):
            yield i, j

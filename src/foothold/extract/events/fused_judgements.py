"""A judgement the parser fused with what it judges (issue 8, evrecall3): "Iran called that seizure piracy", "Putin
called the mutiny 'treason'", "the minister called the storming unacceptable". The tagger reads one noun phrase
whose modifier is the judged act and whose head is the judgement ("that seizure piracy": det, compound, head), so
neither `triggers.characterizes` nor the phone-call sense ("called the minister") fits. A characterizing verb whose
object (or predicate) has a determiner and, before its head, an event noun as modifier is a judgement of that act:
a statement typed by what the act is called (PLOVER ACCUSE for "piracy", "treason", "unacceptable")."""

from __future__ import annotations

MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def fused_judgement(verb, lex) -> bool:
    """The verb's object or predicate is "<det> <event noun> <judgement>"."""
    from .triggers import noun_trigger       # triggers.find_triggers asks this module: imported when asked
    for c in verb.children:
        if c.dep_ not in ("dobj", "oprd") or c.i < verb.i or c.pos_ not in ("NOUN", "ADJ"):
            continue
        if not any(d.dep_ == "det" and d.i < c.i for d in c.children):
            continue
        judged = [d for d in c.children if d.dep_ in MODIFIER_DEPS and d.i < c.i]
        # the judged act: an event noun, a gerund ("the storming"), or a noun the parser made a nominal modifier
        if any(noun_trigger(d, lex) is not None or d.tag_ == "VBG" or d.dep_ == "nmod" and d.is_lower and d.pos_ in ("NOUN", "PROPN")
               for d in judged) \
                and noun_trigger(c, lex) is None:
            return True
    return False

"""A judgement the parser fused with what it judges (issue 8, evrecall3): "Iran called that seizure piracy", "Putin
called the mutiny 'treason'", "the minister called the storming unacceptable". The tagger reads one noun phrase
whose modifier is the judged act and whose head is the judgement ("that seizure piracy": det, compound, head), so
neither `triggers.characterizes` nor the phone-call sense ("called the minister") fits. A characterizing verb whose
object (or predicate) has a determiner and, before its head, an event noun as modifier is a judgement of that act:
a statement typed by what the act is called (PLOVER ACCUSE for "piracy", "treason", "unacceptable")."""

from __future__ import annotations

MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


# plural nouns that do modify a head noun ("the arms dealers", "the weapons inspectors", "the sales figures")
PLURAL_MODIFIERS = frozenset({"arms", "weapons", "sales", "goods", "news", "customs", "savings", "affairs", "rights",
                              "communications", "operations", "services", "forces", "relations", "works", "sports",
                              "jobs", "drugs", "games", "elections", "talks", "troops", "peoples", "nations",
                              "states", "islands", "emirates", "workers", "veterans", "farmers", "students",
                              "women", "children", "parents", "families", "victims", "refugees", "minerals",
                              "ports", "roads", "parks", "markets", "resources", "securities", "accounts", "claims",
                              "defence", "defense", "humanitarian", "interests", "ministers", "officers", "prisoners"})


def _fused_plural(obj) -> bool:
    """ "called the rioters criminals": a determiner, then a plural common noun the tagger made a compound of the
    judgement ("rioters") -- English modifies a noun with a singular (the "rioter" form), so a true plural there is
    the judged party, the head what it is called. Fixed plural modifiers ("the arms dealers") stay the object."""
    if obj.tag_ != "NNS" or not any(d.dep_ == "det" and d.i < obj.i for d in obj.children):
        return False
    return any(d.dep_ == "compound" and d.tag_ == "NNS" and d.i == obj.i - 1 and d.lower_ != d.lemma_.lower()
               and d.lower_ not in PLURAL_MODIFIERS for d in obj.children)


def _fused_names(obj) -> bool:
    """ "called China Pakistan's 'iron brother'": a possessor that opens its own name while a name before it was
    made its compound -- two parties, the first called the second's something."""
    return any(p.dep_ == "poss" and p.pos_ == "PROPN" and p.ent_iob_ == "B" and p.i > obj.doc[p.left_edge.i].i
               and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ and c.i == p.i - 1
                       for c in p.children)
               for p in obj.children)


def fused_split(obj) -> int | None:
    """Where the judgement starts inside a fused object: after the plural party ("the rioters | criminals") or after
    the second name's possessive ("China Pakistan's | 'iron brother'"); None for any other object."""
    if _fused_plural(obj):
        return obj.i
    if _fused_names(obj):
        poss = next(p for p in obj.children if p.dep_ == "poss")
        return poss.right_edge.i + 1
    return None


def fused_judgement(verb, lex) -> bool:
    """The verb's object or predicate is "<det> <event noun> <judgement>", "<det> <plural party> <judgement>" or
    "<name> <name>'s <judgement>"."""
    from .triggers import noun_trigger       # triggers.find_triggers asks this module: imported when asked
    if verb.lemma_.lower() in ("call", "brand", "label", "dub", "term") and any(
            c.dep_ in ("dobj", "oprd") and c.i > verb.i and (_fused_plural(c) or _fused_names(c))
            for c in verb.children):
        return True
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

"""CAMEO verbs foothold's trigger data never names: python bench/cameo_gaps.py [--type TYPE] [--max N].

Lists the verb lemmas of the PETRARCH2 CAMEO.2.0 dictionary (data/lexicons/cameo_verbs.json.gz) that appear in none
of foothold's event data (plover.yaml with data/wire_vocab.yaml merged: verbs, phrases, light and speech verbs, and
the words of every other data/*.yaml file), each with the PLOVER types its own patterns give (CAMEO2PLOVER), grouped
by type. A worklist for vocabulary (issue 8, newswire2): the CAMEO fallback (extract/events/cameo.py) reads these
verbs only for some codes and patterns, so a verb listed here may still be read; write a sentence and check.
"""
import argparse
import re
from collections import defaultdict
from pathlib import Path

from foothold.extract.events.lexicon import load_lexicon
from foothold.lexicons import load_cameo

DATA = Path(__file__).resolve().parents[1] / "src" / "foothold" / "data"


def known_words() -> set[str]:
    lex = load_lexicon()
    words = set(lex.verbs) | set(lex.light_verbs) | set(lex.speech_verbs) | set(lex.aspect_verbs)
    words |= {w for ph in lex.phrases for w in ph.words}
    for path in DATA.glob("*.yaml"):
        words |= set(re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower()))
    return words


def verb_types(cameo, lemma, senses) -> set[str]:
    """The PLOVER types of the verb's own code and of the patterns written for it (a synonym block's other verbs'
    patterns are theirs); with neither, the block's default code."""
    types = set()
    for sense in senses:
        block = cameo.blocks[sense.block]
        codes = [sense.code] if sense.own_code else []
        codes += [p.code for p in block.patterns if p.via == lemma]
        codes = codes or [block.code]
        types |= {pl.type for c in codes if (pl := cameo.plover(c)) is not None}
    return types


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", help="only verbs one of whose patterns gives this PLOVER type")
    parser.add_argument("--max", type=int, default=60, help="verbs printed per type (default 60)")
    args = parser.parse_args()
    cameo, known = load_cameo(), known_words()
    by_type = defaultdict(list)
    for lemma, senses in sorted(cameo.verbs.items()):
        if lemma in known:
            continue
        for t in verb_types(cameo, lemma, senses):
            by_type[t].append(lemma)
    for t in sorted(by_type):
        if args.type and t != args.type.upper():
            continue
        lemmas = by_type[t]
        print(f"{t} ({len(lemmas)}): {' '.join(lemmas[:args.max])}")


if __name__ == "__main__":
    main()

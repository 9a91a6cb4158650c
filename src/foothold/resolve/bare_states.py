"""A state written without its compass word (issue 8, actors22): "South Korea protested ... trade between Japan and
Korea fell", "East Timor ... Timor's parliament". The NER tags the bare "Korea" as a place of its own; the golds code
it as another name of the state. A cluster no dictionary entry made, typed a place or country, all of whose names are
one bare word X, joins the state cluster (a dictionary entry's, typed country) named "<compass word> X" when the text
names exactly one such state. A word data/bare_states.yaml gives a usual reading in news and analysis ("Korea":
South Korea, as "the Bank of Korea", "Japan-Korea trade") joins that state only, when the text names it, whether or
not it names the other ("North Korea" alone leaves a bare "Korea" as it was). Read by `within.resolve` after the party forms."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..yamlfile import DataFileError, load_yaml

BARE_STATES_PATH = Path(__file__).resolve().parents[1] / "data" / "bare_states.yaml"
COMPASS = ("North", "South", "East", "West")


@lru_cache(maxsize=2)
def usual_states(path: str | None = None) -> dict[str, str]:
    """The usual reading of a bare state word when the text names two states so ("Korea" -> "South Korea")."""
    with open(path or BARE_STATES_PATH, encoding="utf-8") as fh:
        data = load_yaml(fh.read())
    usual = data.get("usual") if isinstance(data, dict) else None
    if not isinstance(usual, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.endswith(" " + k)
                                              and v.split()[0] in COMPASS for k, v in usual.items()):
        raise DataFileError("bare states file needs 'usual': a bare word -> '<compass word> <word>'",
                            path=str(path or BARE_STATES_PATH))
    return dict(usual)


def merge_bare_states(clusters: list) -> list:
    """Clusters with each bare state word joined to its state (see the module's doc)."""
    out = list(clusters)
    for c in list(out):
        words = {n.strip() for n in c.names}
        if c.dictionary_id or len(words) != 1 or c.type() not in ("place", "country"):
            continue
        word = next(iter(words))
        if not word.isalpha() or not word[:1].isupper():
            continue
        targets = [o for o in out if o is not c and o.dictionary_id and o.type() == "country"
                   and any(n in {f"{d} {word}" for d in COMPASS} for n in o.names)]
        if (usual := usual_states().get(word)) is not None:
            targets = [o for o in targets if usual in o.names]   # a bare "Korea" is never read as North Korea
        if len(targets) != 1:
            continue
        for m in c.mentions:
            m.type = "country"
        targets[0].add(c, f"'{word}' is '{targets[0].names[0]}' without its compass word")
        out = [x for x in out if x is not c]
    return out

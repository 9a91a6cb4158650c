"""Probe events on the PLOVER manual's own example sentences: python bench/manual_probe.py [MANUAL] [--show].

The manual (../shared/resources/plover/PLOVER_MANUAL.tex, CC BY-SA) is read at run time; none of its
sentences are kept in this repository. Example sentences are the quoted spans (``...'') of five words or
more; each gets what the manual says of it, by rules on the LaTeX structure:
- an ``is/should be coded as \\plcat{T}'' after it in the same item or paragraph: type T (and a mode
  named in quotes right after T, as in \\plcat{T} `mode');
- ``should not report a separate \\plcat{T}'': no event of that type; ``will not be coded'' in the same
  item: no event;
- an item of the auxiliary modes list (\\plcon{future}: ``...''): future and historical are events
  (type unknown), hypothetical and negation are not (PLOVER: negated events can be excluded);
- a verbatim block of CAMEO codes after it in the paragraph or right after (``USA RUS 112''): the code's PLOVER type
  and mode through CAMEO2PLOVER-2021.txt beside the manual;
- otherwise, inside an event-category chapter section, that section's type (``will sign an agreement'' in AGREE).
Sentences with none of these (definitions, context notes) are not probed. Each sentence is extracted as
one paragraph of a wire story through the full pipeline. Printed per expected type: sentences, any
event, the right type, the right mode (where the manual gives one); for the negative ones, how many
stayed free of the excluded event. A broad generalisation check (other regions and decades), like the
hidden PLOVER-coded newswire set; it is small (about a dozen sentences), so read it sentence by sentence.
"""
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "resources" / "plover"
QUOTE = re.compile(r"``(.+?)(?:''|\")", re.S)
CODED = re.compile(r"(?:is|are|be) coded as\s+\\plcat\{(\w+)\}(?:\s*`([\w-]+)')?")
NOT_SEPARATE = re.compile(r"should not report a separate\s+\\plcat\{(\w+)\}")
NOT_CODED = re.compile(r"will not be coded")
AUXILIARY = re.compile(r"\\item\s+\\plcon\{(\w+)\}:\s*$")
CAMEO_ROW = re.compile(r"^\s*[A-Z]{3}\s+[A-Z]{3}\s+(\d{3,4})\s*$", re.M)


def plain(latex: str) -> str:
    """A quoted span of LaTeX as plain text: commands unwrapped, escapes and ellipses dropped."""
    s = re.sub(r"\\(?:emph|textit|ti|txt|textbf)\{([^}]*)\}", r"\1", latex)
    s = s.replace("\\ldots", "").replace("\\dots", "").replace("\\$", "$").replace("\\%", "%")
    s = s.replace("’", "'").replace("...", "")
    s = re.sub(r"\\\w+\{?", "", s).replace("}", "")
    s = " ".join(s.split()).rstrip(" ,;")
    return s if s.endswith((".", "!", "?")) else s + "."


def cameo_table(path: Path) -> dict[str, tuple[str, str | None]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([\w-]*))?", line)
        if m:
            table[m.group(1)] = (m.group(2), m.group(3) or None)
    return table


def blocks(tex: str):
    """(chapter, section, block text, text after the block) for each item or paragraph."""
    chapter = section = None
    pieces = re.split(r"(\\chapter\{[^}]*\}|\\section\{[^}]*\}|\\item\b|\n\s*\n)", tex)
    for k, piece in enumerate(pieces):
        if piece.startswith("\\chapter{"):
            chapter, section = piece[9:-1], None
        elif piece.startswith("\\section{"):
            section = piece[9:-1]
        elif piece and not piece.startswith("\\item") and piece.strip():
            opener = pieces[k - 1] if k else ""
            after = "".join(pieces[k + 1:k + 4])
            yield chapter, section, (opener if opener.startswith("\\item") else "") + piece, after


def examples(tex: str, cameo: dict, types: set[str]) -> list[dict]:
    out, seen = [], set()
    lines = tex.splitlines()
    tex = "\n".join(line for line in lines if not line.lstrip().startswith("%"))     # comments are not the manual's text
    for chapter, section, block, after in blocks(tex):
        for m in QUOTE.finditer(block):
            sentence = plain(m.group(1))
            if len(sentence.split()) < 5 or sentence in seen:
                continue
            rest = block[m.end():]
            row = {"sentence": sentence, "type": None, "mode": None, "negative": False, "excluded": None}
            aux = AUXILIARY.search(block[:m.start()].rstrip())
            if (c := CODED.search(rest)) and c.group(1) in types:
                row["type"], row["mode"] = c.group(1), c.group(2)
            elif (n := NOT_SEPARATE.search(rest)) and n.group(1) in types:
                row["negative"], row["excluded"] = True, n.group(1)
            elif NOT_CODED.search(block):
                row["negative"] = True
            elif aux:
                row["aux"] = aux.group(1)
                row["negative"] = aux.group(1) in ("hypothetical", "negation")
                if not row["negative"]:
                    row["type"] = "*"
            elif "\\begin{verbatim}" in rest + after and (v := CAMEO_ROW.search(
                    (rest + after).split("\\begin{verbatim}", 1)[1].split("\\end{verbatim}")[0])):
                row["type"], row["mode"] = cameo.get(v.group(1), (None, None))
            elif chapter == "Event Categories" and section in types:
                row["type"] = section
            if row["type"] is None and not row["negative"]:
                continue
            seen.add(sentence)
            out.append(row)
    return out


def main(argv: list[str]) -> None:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    manual = Path(args[0]) if args else SHARED / "PLOVER_MANUAL.tex"
    tex = manual.read_text(encoding="utf-8")
    types = set(re.findall(r"\\section\{([A-Z]+)\}", tex))
    rows = examples(tex, cameo_table(manual.with_name("CAMEO2PLOVER-2021.txt")), types)
    text = "source: https://example.org/wire\ntitle: Wire (AP, 5 May 1999)\n\n" + \
        "\n\n".join(r["sentence"] for r in rows) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "wire.txt"
        story.write_text(text, encoding="utf-8")
        events = run(read_document(story)).to_format()["events"]
    per = defaultdict(lambda: [0, 0, 0, 0, 0])      # sentences, any, type, mode given, mode right
    at = 0
    for r in rows:
        start = text.index(r["sentence"], at)
        end = at = start + len(r["sentence"])
        got = [(e["type"], e["mode"], e["source"], e["target"]) for e in events if start <= text.index(e["evidence"]) < end]
        if r["negative"]:
            key = "not " + (r["excluded"] or "any")
            ok = not any(t == r["excluded"] for t, *_ in got) if r["excluded"] else not got
            c = per[key]
            c[0] += 1
            c[1] += ok
            mark = "OK" if ok else "xx"
        else:
            c = per[r["type"]]
            typed = r["type"] == "*" and bool(got) or any(t == r["type"] for t, *_ in got)
            moded = any(t == r["type"] and m == r["mode"] for t, m, *_ in got)
            c[0] += 1
            c[1] += bool(got)
            c[2] += typed
            c[3] += r["mode"] is not None
            c[4] += r["mode"] is not None and moded
            mark = "OK" if typed else "ty" if got else "--"
        if show:
            expected = ("not " + (r["excluded"] or "any")) if r["negative"] else f"{r['type']}/{r['mode'] or '-'}"
            print(mark, expected.ljust(18), r["sentence"][:90], "=>", got)
    print("expected".ljust(14), "sentences  any  type  mode (of given)")
    totals = [0, 0, 0, 0, 0]
    for key in sorted(per, key=lambda k: (k.startswith("not "), k)):
        c = per[key]
        if key.startswith("not "):
            print(key.ljust(14), f"{c[0]:>9}  kept free of it: {c[1]}")
            continue
        totals = [a + b for a, b in zip(totals, c)]
        print(key.ljust(14), f"{c[0]:>9}  {c[1]:>3}  {c[2]:>4}  {c[4]:>4} ({c[3]})")
    negatives = [per[k] for k in per if k.startswith("not ")]
    print(f"{len(rows)} sentences; positive {totals[0]}: any {totals[1]}, type {totals[2]}, mode {totals[4]} of {totals[3]}; "
          f"negative {sum(c[0] for c in negatives)}: free of the excluded event {sum(c[1] for c in negatives)}")


if __name__ == "__main__":
    main(sys.argv[1:])

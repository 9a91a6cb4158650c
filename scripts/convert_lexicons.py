#!/usr/bin/env python
"""Convert the event-data community's lexicons into foothold data files (deterministic).

    PYTHONPATH=src python scripts/convert_lexicons.py [--resources ../shared/resources] [--out src/foothold/data/lexicons]

Reads (see ../shared/resources/README.md):
  petrarch2/CAMEO.2.0.txt              PETRARCH2 verb dictionary (MIT, (c) 2015 Open Event Data Alliance)
  petrarch2/Phoenix.*.actors.txt       Phoenix actor dictionaries (MIT, (c) 2014 Open Event Data Alliance)
  plover/CAMEO2PLOVER-2021.txt         CAMEO -> PLOVER table (CC BY-SA 4.0, Open Event Data Alliance)
Writes:
  cameo_verbs.json.gz    verb lemma -> senses (CAMEO block, default code, particles) and the blocks' patterns,
                         CAMEO code -> PLOVER type/mode/context; synsets the patterns name.
  phoenix_actors.json.gz name key (foothold.resolve.names.normalise_name) -> entries (kind, dated CAMEO actor codes).
Re-running on the same resources gives byte-identical JSON (sorted keys, no timestamps; gzip mtime 0).
tests/test_lexicons.py checks that the committed files equal this script's output.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from foothold.resolve.names import normalise_name  # noqa: E402  (the same key the loader uses)

FORMAT_VERSION = 1
PETRARCH_LICENCE = "MIT (see petrarch2/LICENSE; the copyright line and permission notice are kept in data/lexicons/README.md)"
MIT_NOTICE = ("Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
              "associated documentation files (the \"Software\"), to deal in the Software without restriction, including "
              "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell "
              "copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the "
              "following conditions: The above copyright notice and this permission notice shall be included in all "
              "copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF "
              "ANY KIND (full text: data/lexicons/README.md).")
PLOVER_LICENCE = "CC BY-SA 4.0 (Open Event Data Alliance, PLOVER, github.com/openeventdata/PLOVER)"

# Where the PLOVER manual (the reference) codes a CAMEO category differently from the 2021 table.
# 163 "Impose embargo, boycott, or sanctions": the table says COERCE restrict, the manual's SANCTION
# section says "International (political or economic) sanctions are coded as `discontinue'".
PLOVER_OVERRIDES = {
    "163": ("SANCTION", "discontinue", "economic", "PLOVER manual, SANCTION modes: sanctions are 'discontinue'"),
}

# Patterns foothold adds to the PETRARCH blocks (documented gaps; kept apart from the source data).
# (block name, pattern as in CAMEO.2.0.txt, code, why)
FOOTHOLD_PATTERNS = [
    ("IMPOSE", "- * EMBARGO", "163", "no 'impose ... embargo' pattern in CAMEO.2.0 (only 'continue/introduce embargo')"),
    ("IMPOSE", "- * BOYCOTT", "163", "CAMEO 163 covers embargo, boycott and sanctions"),
]

PARTICLES = {"out", "up", "off", "down", "back", "away", "forward", "aside", "over", "through", "ahead", "together",
             "apart", "in", "on", "around", "about"}
PREPOSITIONS = {"of", "on", "with", "for", "against", "to", "from", "in", "at", "by", "into", "over", "about",
                "before", "after", "under", "as", "between", "among", "amid", "across", "toward", "towards", "onto",
                "upon", "behind", "near", "along", "within", "without", "during", "through", "outside", "inside",
                "until", "like", "despite", "around", "beyond", "via", "per"}
MARKERS = {"$", "+", "^", "%"}
CODE_RE = re.compile(r"^\d{2,4}$")


# --------------------------------------------------------------------------------------- PLOVER table

def read_plover(path: Path) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line, _, desc = raw.partition("#")
        m = re.match(r"^\s*(\d{2,4})\s*:\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        if len(parts) == 1 and len(code) == 2:
            continue                                   # "03: AGREE" section headers
        mode = (parts[1] if len(parts) > 1 else "") or None
        context = (",".join(parts[2:]).strip() if len(parts) > 2 else "") or None
        if code in table:                              # 175 is listed twice, identically
            continue
        table[code] = {"type": ptype, "mode": mode.replace(" ", "") if mode else None,
                       "context": context.replace(" ", "") if context else None, "cameo": desc.strip()}
    for code, (ptype, mode, context, why) in PLOVER_OVERRIDES.items():
        table[code] = {**table.get(code, {}), "type": ptype, "mode": mode, "context": context, "override": why}
    return table


def plover_for(code: str, table: dict[str, dict]) -> tuple[str, dict] | None:
    """The PLOVER row for a CAMEO code: exact, else its parent category (4 -> 3 -> 2 digits)."""
    for k in range(len(code), 1, -1):
        row = table.get(code[:k])
        if row is not None:
            return code[:k], row
    return None


# --------------------------------------------------------------------------------------- CAMEO verbs

def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _split_tokens(s: str) -> list[str]:
    """Pattern tokens, keeping {..} and (..) groups (which may nest a {..}) whole."""
    out, buf, depth = [], "", 0
    for ch in s:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth = max(0, depth - 1)
        if ch.isspace() and depth == 0:
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def _word(tok: str) -> str | None:
    """A pattern word: lower case, underscores to spaces; synsets keep their '&'."""
    tok = tok.strip()
    if not tok or tok in MARKERS:
        return None
    return tok.lower().replace("_", " ").strip() or None


def _phrase(tok: str) -> tuple[str | None, list[str]]:
    """'{FINANCIAL AID}' -> ('aid', ['financial']); 'AID' -> ('aid', [])."""
    if tok.startswith("{"):
        words = [w for w in (_word(t) for t in tok.strip("{}").split()) if w]
        return (words[-1], words[:-1]) if words else (None, [])
    return _word(tok), []


def _code(field: str) -> tuple[str | None, bool, bool]:
    """'[0874]' -> ('0874', reverse=False, ok); '[:173]' -> ('173', True, ok); '[---]' -> (None, False, ok)."""
    field = field.strip().strip("[]").strip()
    first, _, second = field.partition(":")
    first, second = first.strip(), second.strip()
    if first in ("", "---") and second and second != "---":
        return (second, True, bool(CODE_RE.match(second)))
    if first == "---" or first == "":
        return None, False, True
    return first, False, bool(CODE_RE.match(first))


def parse_pattern(body: str) -> dict | None:
    """'- * (FOR {FINANCIAL AID}) [0231]' -> structured constraints (subject, particle, object, prepositions)."""
    m = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", body)
    if not m or "*" not in m.group(1):
        return None
    left, _, right = m.group(1).partition("*")
    pat: dict = {}
    subj = [w for w in (_phrase(t)[0] for t in _split_tokens(left) if not t.startswith("(")) if w]
    if subj:
        pat["subj"] = subj[-1]
    toks = _split_tokens(right)
    preps: list[list] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.startswith("("):
            inner = _split_tokens(t[1:-1] if t.endswith(")") else t[1:])
            if inner:
                prep = _word(inner[0])
                obj = _phrase(inner[1])[0] if len(inner) > 1 else None
                if prep:
                    preps.append([prep, obj])
        elif t in MARKERS:
            pass
        else:
            head, mods = _phrase(t)
            if head is None:
                pass
            elif not t.startswith("{") and head in PREPOSITIONS and "obj" not in pat and i + 1 < len(toks) \
                    and not toks[i + 1].startswith("(") and toks[i + 1] not in MARKERS:
                preps.append([head, _phrase(toks[i + 1])[0]])     # bare 'OF ATTACK' (TABARI style)
                i += 1
            elif not t.startswith("{") and head in PARTICLES and "prt" not in pat and "obj" not in pat:
                pat["prt"] = head
            elif "obj" not in pat:
                pat["obj"] = head
                if mods:
                    pat["mods"] = mods
        i += 1
    if preps:
        pat["preps"] = preps
    code, reverse, ok = _code(m.group(2))
    pat["code"] = code
    if reverse:
        pat["reverse"] = True
    if not ok:
        return {"malformed": True}
    return pat


def parse_verb_line(body: str) -> dict | None:
    """'HURRY {HURRIES HURRYING HURRIED } [070]' / '+CORDON_OFF {+CORDONED_OFF}' / 'WIRE_+TAP {...}'."""
    m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", body.strip())
    if not m:
        return None
    phrase, forms, code = m.group(1), m.group(2), m.group(3)
    words = [w for w in phrase.split("_") if w]
    if not words:
        return None
    k = next((j for j, w in enumerate(words) if w.startswith("+")), 0 if len(words) == 1 else None)
    if k is None:
        return None
    sense: dict = {"lemma": words[k].lstrip("+").lower()}
    if words[:k]:
        sense["pre"] = " ".join(w.lower() for w in words[:k])
    if words[k + 1:]:
        sense["post"] = " ".join(w.lower() for w in words[k + 1:])
    if forms:
        fs = []
        for f in forms.strip("{}").split():
            fw = [w for w in f.split("_") if w]
            head = next((w for w in fw if w.startswith("+")), fw[0] if len(fw) == 1 else None)
            if head:
                fs.append(head.lstrip("+").lower())
        if fs:
            sense["forms"] = sorted(set(fs))
    if code:
        c, reverse, ok = _code(code)
        sense["code"] = c if ok and not reverse else None
        sense["own_code"] = True
    return sense


def block_header(line: str) -> tuple[str, str | None]:
    """'---  ENCIRCLE   [190]  ---' -> ('ENCIRCLE', '[190]'). Four headers close their code with stray dashes
    ('---  DELAY   [120]---  ---'); PETRARCH2 reads the bracket all the same (the block's code), so the dashes after
    it belong to the closing rule."""
    m = re.match(r"^---\s*(.*?)\s*(\[[^\]]*\])?-*\s*---\s*$", line)
    if not m:
        return line.strip("- ").strip(), None
    return m.group(1).strip(), m.group(2)


def read_cameo(path: Path, plover: dict[str, dict]) -> dict:
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    verbs: dict[str, list] = {}
    counts = Counter()
    in_patterns = False
    cur_syn = None
    block = None
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        body, comment = _strip_comment(raw)
        if not raw.strip():
            cur_syn = None
            continue
        if not body.strip():
            continue
        s = body.strip()
        if not in_patterns:
            if s.startswith("&"):
                cur_syn = s.lower().rstrip("_")
                synsets[cur_syn] = []
            elif s.startswith("+") and cur_syn:
                w = s[1:].strip().lower().rstrip("_").replace("_", " ")
                if w and w not in synsets[cur_syn]:
                    synsets[cur_syn].append(w)
            continue
        if s.startswith("---"):
            name, field = block_header(s)
            code, _, ok = _code(field) if field else (None, False, True)
            block = {"name": name, "code": code if ok else None, "patterns": []}
            blocks.append(block)
            counts["blocks"] += 1
            continue
        if block is None:
            continue
        if s.startswith("~"):
            counts["transformations_skipped"] += 1
            continue
        if s.startswith("-"):
            pat = parse_pattern(s)
            if pat is None or pat.get("malformed"):
                counts["patterns_skipped"] += 1
                continue
            items = [pat.get("subj"), pat.get("obj"), *pat.get("mods", ()), *(o for _, o in pat.get("preps", ()))]
            if any(w and w.startswith("&") and w not in synsets for w in items):
                counts["patterns_undefined_synset"] += 1     # PETRARCH ignores these too
                continue
            via = comment.split()[0].lower() if comment.split() else None
            if via and re.match(r"^[a-z'_+-]+$", via):
                pat["via"] = via.replace("_", " ")
            block["patterns"].append(pat)
            counts["patterns"] += 1
            continue
        sense = parse_verb_line(s)
        if sense is None:
            counts["verb_lines_skipped"] += 1
            continue
        lemma = sense.pop("lemma")
        sense["block"] = len(blocks) - 1
        verbs.setdefault(lemma, []).append(sense)
        counts["verb_senses"] += 1
    for bname, text, code, why in FOOTHOLD_PATTERNS:
        b = next(b for b in blocks if b["name"] == bname)
        pat = parse_pattern(f"{text} [{code}]")
        pat["source"] = "foothold"
        pat["why"] = why
        b["patterns"].append(pat)
        counts["foothold_patterns"] += 1
    # resolve every code used to its PLOVER row (exact or parent); codes with none create no events
    used = {b["code"] for b in blocks} | {p["code"] for b in blocks for p in b["patterns"]} \
        | {s.get("code") for ss in verbs.values() for s in ss}
    codes = {}
    for code in sorted(c for c in used if c):
        hit = plover_for(code, plover)
        if hit is None:
            codes[code] = None
            counts["codes_without_plover"] += 1
            continue
        via, row = hit
        entry = {k: v for k, v in row.items() if v is not None}
        if via != code:
            entry["from"] = via
        codes[code] = entry
        counts["codes_with_plover"] += 1
    counts["verbs"] = len(verbs)
    counts["synsets"] = len(synsets)
    return {"synsets": synsets, "blocks": blocks, "verbs": verbs, "codes": codes, "counts": dict(sorted(counts.items()))}


# --------------------------------------------------------------------------------------- Phoenix actors

ORG_WORDS = {
    "army", "armies", "force", "forces", "ministry", "ministries", "council", "government", "governments", "party",
    "front", "brigade", "brigades", "movement", "organization", "organisation", "group", "groups", "state",
    "network", "committee", "agency", "union", "league", "association", "institute", "bank", "company",
    "corporation", "corp", "inc", "ltd", "court", "commission", "parliament", "assembly", "police", "navy", "guard",
    "guards", "corps", "battalion", "battalions", "division", "regiment", "militia", "militias", "office",
    "department", "administration", "cabinet", "senate", "congress", "legislature", "authority", "authorities",
    "service", "services", "foundation", "fund", "program", "programme", "bureau", "directorate", "alliance",
    "coalition", "federation", "confederation", "organisation", "secretariat", "tribunal", "university", "church",
    "mission", "command", "regime", "junta", "rebels", "insurgents", "militants", "brotherhood", "faction",
    "factions", "cells", "cell", "nuclei", "units", "unit", "squad", "squads", "fighters", "mujahideen",
    "jihad", "liberation", "revolutionary", "resistance", "hamas", "hezbollah", "hizballah", "taliban", "qaeda",
    "airline", "airlines", "media", "news", "agency", "television", "radio", "newspaper", "times", "post",
    "embassy", "consulate", "delegation", "kataib", "jaish", "jamaat", "harakat", "tanzim", "hizb", "ansar",
    "ministry", "intelligence", "security", "troops", "military", "forces", "centre", "center", "council",
    "board", "club", "society", "trust", "partnership", "initiative", "panel", "institution", "institutions",
}
TITLE_WORDS = {
    "president", "prime", "minister", "pm", "mr", "mrs", "ms", "dr", "king", "queen", "prince", "princess",
    "emir", "amir", "sheikh", "sheik", "shaykh", "sultan", "general", "gen", "secretary", "chancellor",
    "ayatollah", "imam", "cleric", "chief", "commander", "leader", "premier", "vice", "deputy", "foreign",
    "defense", "defence", "interior", "ambassador", "envoy", "spokesman", "spokeswoman", "speaker", "chairman",
    "governor", "mayor", "senator", "colonel", "col", "lt", "major", "maj", "captain", "capt", "admiral",
    "marshal", "sir", "lord", "lady", "pope", "patriarch", "bishop", "archbishop", "crown", "supreme", "grand",
    "former", "late", "head", "director", "sec", "secy", "gen.", "mr.", "mrs.", "dr.",
}
NON_NAME = {"un", "u.n.", "u.n", "us", "u.s.", "u.s", "of", "the", "and", "for", "s", "general-secretary",
            "secretary-general", "to", "in", "at"}
PERSON_LEADS = {"abu", "ibn", "bin", "bint", "umm"}


def _name_words(variant: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", variant.lower().replace("-", " ")) if w]


def _norm_date(d: str) -> str | None:
    """'20060520' -> '2006-05-20'; '060520' -> '2006-05-20' (YY <= 30 -> 20YY, else 19YY); else None."""
    if not d.isdigit():
        return None
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy <= 30 else "19") + d
    if len(d) != 8:
        return None
    y, m, dd = int(d[:4]), int(d[4:6]), int(d[6:8])
    if not (1 <= m <= 12 and 1 <= dd <= 31 and 1800 <= y <= 2100):
        return None
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def parse_restriction(field: str) -> tuple[list | None, bool]:
    """'[IRQGOV 20060520-20140908]' -> ['IRQGOV', '2006-05-20', '2014-09-08']; '<d' / '>d' open ends.
    Returns (code entry or None for the null code, ok)."""
    inner = field.strip().strip("[]").split()
    if not inner:
        return None, False
    code = inner[0].upper()
    if code in ("---", "~"):
        return None, True
    if not re.match(r"^[A-Z0-9]{3,15}$", code):
        return None, False
    if len(inner) == 1:
        return [code, None, None], True
    r = "".join(inner[1:])
    if r.startswith("<"):
        end = _norm_date(r[1:])
        return ([code, None, end], True) if end else (None, False)
    if r.startswith(">"):
        start = _norm_date(r[1:])
        return ([code, start, None], True) if start else (None, False)
    a, _, b = r.partition("-")
    start, end = _norm_date(a), _norm_date(b)
    if start and end and start <= end:
        return [code, start, end], True
    return None, False


# CAMEO actor role/sector codes (3 letters after the country or organisation code)
ROLE_CODES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "HLH",
              "HRI", "LAB", "LEG", "REF", "MOD", "RAD", "AGR", "ELI", "ENV", "SET", "UAF", "INS", "IGO", "NGO",
              "NGM", "IMG", "MNC", "PKO", "DEV", "CHR", "MUS", "JEW", "BUD", "HIN", "REL", "ATH", "ETH", "IRC",
              "SEP", "UNO", "IMY", "ASY", "EXE", "BFR", "FRM", "PRS", "ATG", "DFN", "FIN", "FOR", "TRD"}
ROLE_NOUNS = {"president", "minister", "secretary", "chancellor", "chairman", "governor", "ambassador",
              "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "director", "head", "leader",
              "king", "queen", "premier", "envoy", "mayor", "official", "officials", "emir", "prince", "general"}


def _roles(code: str) -> set[str]:
    """The 3-letter chunks after the first ('IRQGOVAGR' -> {GOV, AGR}); a bare code has none."""
    return {code[k:k + 3] for k in range(3, len(code), 3)}


def given_names(entries: list[dict]) -> frozenset[str]:
    """First words of CountryInfo persons' names that start at least three of them ('john', 'mohammad')."""
    c = Counter(_name_words(e["name"])[0] for e in entries
                if "countryinfo" in e["_comment"].lower() and len(_name_words(e["name"])) >= 2)
    return frozenset(w for w, n in c.items() if n >= 3 and w not in ORG_WORDS and w not in TITLE_WORDS
                     and w not in NON_NAME and len(w) > 2)


def entry_kind(e: dict, source: str, given: frozenset[str]) -> str:
    """The entry's kind: place (a country, its cities and regions: codes without any role), person,
    organization, or media (coded MED only)."""
    words, codes = _name_words(e["name"]), e["codes"]
    has_org_word = any(w in ORG_WORDS for w in words)
    roles = set().union(*(_roles(c[0]) for c in codes)) if codes else set()
    if source == "countries" and codes and not roles & ROLE_CODES:
        return "place"
    if codes and all(c[0].endswith("MED") for c in codes):
        return "media"
    if has_org_word:
        return "organization"
    comment = e["_comment"].lower()
    if "countryinfo" in comment or "igorulers" in comment:
        return "person"
    if source == "milnonstate":
        return "organization"
    if 2 <= len(words) <= 6 and (words[0] in given or any(c[1] or c[2] for c in codes)):
        return "person"
    return "organization"


def variant_kind(variant: str, kind: str, given: frozenset[str]) -> str:
    """A variant's own kind: under a group entry, 'ABU_BAKR_AL-BAGHDADI' or 'JOHN_KIRBY' is a person; under a
    person, 'SYRIA'S_GOVERNMENT' is an organization; 'PRIME_MINISTER_MALIKI' stays the person;
    'UN_SECRETARY_GENERAL' and 'SECRETARY_OF_STATE' alone are titles."""
    words = _name_words(variant)
    if kind == "place":
        return "place"
    names = [w for w in words if w not in TITLE_WORDS and w not in NON_NAME and w not in ROLE_NOUNS]
    first_role = next((i for i, w in enumerate(words) if w in ROLE_NOUNS), None)
    first_org = next((i for i, w in enumerate(words) if w in ORG_WORDS), None)
    if first_role is not None and (first_org is None or first_role < first_org):
        if first_org is not None:                   # 'SECRETARY OF STATE', 'MINISTER OF DEFENSE (X)'
            names = [w for w in words[:first_org] if w in names]
        return "person" if names and kind != "organization" or names and (
            names[0] in given or words[0] in PERSON_LEADS) else "title"
    if first_org is not None:
        return "organization"
    if not names:
        return "title"
    if kind in ("organization", "media") and len(words) >= 2 and (
            words[0] in PERSON_LEADS or words[0] in given or any(w in TITLE_WORDS for w in words)):
        return "person"
    return kind


def read_actors(path: Path, source: str, counts: Counter) -> list[dict]:
    entries: list[dict] = []
    cur: dict | None = None

    def close():
        nonlocal cur
        if cur is not None:
            entries.append(cur)
        cur = None

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        fields = re.findall(r"\[[^\]]*\]", body)
        text = re.sub(r"\[[^\]]*\]", " ", body).strip()
        if raw.startswith(("\t", " ")) and not text:
            if cur is None:
                counts["orphan_codes"] += 1
                continue
        elif text.startswith("+"):
            if cur is None:
                counts["orphan_variants"] += 1
                continue
            v = text[1:].strip()
            if v:
                cur["variants"].append(v)
        elif text:
            close()
            cur = {"name": text, "variants": [], "codes": [], "_comment": comment}
        for f in fields:
            c, ok = parse_restriction(f)
            if not ok:
                counts["malformed_restrictions"] += 1
            elif c is not None and cur is not None and c not in cur["codes"]:
                cur["codes"].append(c)
    close()
    return entries


# compact encoding (a small file that loads fast): kinds and sources as letters, codes as one string
KIND_LETTER = {"person": "p", "organization": "o", "place": "l", "media": "m", "title": "t"}


def _display(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip()


def build_actors(res: Path) -> dict:
    counts = Counter()
    files = (("countries", "Phoenix.Countries.actors.txt"), ("international", "Phoenix.International.actors.txt"),
             ("milnonstate", "Phoenix.MilNonState.actors.txt"))
    entries: list[dict] = []
    for source, fname in files:
        for e in read_actors(res / "petrarch2" / fname, source, counts):
            e["source"] = source
            entries.append(e)
            counts[f"entries_{source}"] += 1
    given = given_names(entries)
    counts["given_names"] = len(given)
    for e in entries:
        e["kind"] = entry_kind(e, e["source"], given)
    out_entries, names = [], {}
    for e in entries:
        if not e["codes"]:
            counts["entries_without_codes"] += 1
        i = len(out_entries)
        codes = ";".join(f"{c} {s or '-'} {t or '-'}" for c, s, t in e["codes"])
        out_entries.append([_display(e["name"]), KIND_LETTER[e["kind"]], e["source"][0], codes])
        counts[f"kind_{e['kind']}"] += 1
        for v in [e["name"], *e["variants"]]:
            key = normalise_name(_display(v))
            if not key or len(key) < 2:
                counts["variants_skipped"] += 1
                continue
            vk = variant_kind(v, e["kind"], given)
            hits = names.setdefault(key, [])
            if not any(h[0] == i for h in hits):
                hits.append((i, vk))
                counts["variants"] += 1
    counts["keys"] = len(names)
    counts["ambiguous_keys"] = sum(1 for h in names.values() if len({x[0] for x in h}) > 1)
    packed = {k: ";".join(f"{i}{KIND_LETTER[vk]}" for i, vk in hits) for k, hits in sorted(names.items())}
    return {"entries": out_entries, "names": packed, "counts": dict(sorted(counts.items()))}


AGENT_LINE = re.compile(r"^([^\[{#]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]{3,})~?[}\]]")
SUBSTITUTION_LINE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def read_agents(path: Path) -> dict:
    """Generic agents ("REBEL [~REB]", "POLICE!PERSON! [~COP]", "OBSERVERS_IN [IGO~]"): lower-case
    phrase -> CAMEO agent code. "!PERSON!"-style markers expand by the file's own "!X! = A, B" lines;
    words in braces are irregular plurals; regular plurals are left to the loader, as PETRARCH does.
    """
    lines = [raw.strip() for raw in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    subs = {m.group(1).lower(): [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            for m in map(SUBSTITUTION_LINE.match, lines) if m}
    agents: dict[str, str] = {}
    counts = Counter(substitutions=len(subs))
    for line in lines:
        if not line or line.startswith("#") or SUBSTITUTION_LINE.match(line):
            continue
        m = AGENT_LINE.match(line)
        if not m:
            counts["lines_skipped"] += 1
            continue
        code = m.group(3)
        forms = [m.group(1).replace("_", " ").lower()]
        forms += [w.replace("_", " ").lower() for w in (m.group(2) or "").split() if w]
        for marker, words in subs.items():
            forms = [f.replace(marker, w) for f in forms for w in words] if any(marker in f for f in forms) else forms
        for form in forms:
            form = re.sub(r"\s+", " ", form).strip()
            if form and "!" not in form and form not in agents:
                agents[form] = code
                counts["agents"] += 1
    return {"agents": dict(sorted(agents.items())), "counts": dict(sorted(counts.items()))}


def _dump(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def write_gz(path: Path, obj: dict) -> None:
    data = _dump(obj)
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(data)


def build(res: Path) -> dict[str, dict]:
    """Both data files as Python objects (what the test compares with the committed files)."""
    plover = read_plover(res / "plover" / "CAMEO2PLOVER-2021.txt")
    cameo = read_cameo(res / "petrarch2" / "CAMEO.2.0.txt", plover)
    verbs = {
        "format": "foothold.cameo_verbs", "version": FORMAT_VERSION,
        "licence": "CC BY-SA 4.0 (contains the PLOVER CAMEO->PLOVER table); PETRARCH2 verb data MIT, "
                   "Copyright (c) 2015 Open Event Data Alliance",
        "sources": {
            "verbs": {"file": "petrarch2/CAMEO.2.0.txt", "from": "github.com/openeventdata/petrarch2 @676801c",
                      "copyright": "Copyright (c) 2015 Open Event Data Alliance", "licence": PETRARCH_LICENCE,
                      "notice": MIT_NOTICE},
            "plover": {"file": "plover/CAMEO2PLOVER-2021.txt", "from": "github.com/openeventdata/PLOVER @5e0c24f",
                       "licence": PLOVER_LICENCE, "overrides": {k: v[3] for k, v in PLOVER_OVERRIDES.items()}},
        },
        "counts": cameo["counts"],
        "codes": cameo["codes"], "synsets": cameo["synsets"], "blocks": cameo["blocks"],
        "verbs": dict(sorted(cameo["verbs"].items())),
    }
    actors = build_actors(res)
    phoenix = {
        "format": "foothold.phoenix_actors", "version": FORMAT_VERSION,
        "licence": "MIT, Copyright (c) 2014 Open Event Data Alliance (PETRARCH2 Phoenix dictionaries)",
        "sources": {"file": "petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt",
                    "from": "github.com/openeventdata/petrarch2 @676801c",
                    "copyright": "Copyright (c) 2014 Open Event Data Alliance", "licence": PETRARCH_LICENCE,
                    "notice": MIT_NOTICE, "key": "foothold.resolve.names.normalise_name",
                    "dates": "YYMMDD read as 20YY when YY <= 30, else 19YY",
                    "encoding": "entries: [name, kind letter (p person, o organization, l place, m media), source "
                                "letter (c countries, i international, m milnonstate), 'CODE start end;...' with '-' "
                                "for an open end]; names: key -> 'entry-index kind-letter;...' (t: a bare title)"},
        "counts": actors["counts"], "entries": actors["entries"], "names": actors["names"],
    }
    agents = read_agents(res / "petrarch2" / "Phoenix.agents.txt")
    generic = {
        "format": "foothold.phoenix_agents", "version": FORMAT_VERSION,
        "licence": "MIT, Copyright (c) 2014 Open Event Data Alliance (PETRARCH2 Phoenix dictionaries)",
        "sources": {"file": "petrarch2/Phoenix.agents.txt", "from": "github.com/openeventdata/petrarch2 @676801c",
                    "copyright": "Copyright (c) 2014 Open Event Data Alliance", "licence": PETRARCH_LICENCE,
                    "notice": MIT_NOTICE,
                    "encoding": "agents: lower-case phrase (singular; '!PERSON!' expanded to person/man/woman) -> "
                                "CAMEO agent code (REB rebels, COP police, MIL military, GOV government ...)"},
        "counts": agents["counts"], "agents": agents["agents"],
    }
    return {"cameo_verbs.json.gz": verbs, "phoenix_actors.json.gz": phoenix, "phoenix_agents.json.gz": generic}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resources", default=str(REPO.parent / "shared" / "resources"))
    ap.add_argument("--out", default=str(REPO / "src" / "foothold" / "data" / "lexicons"))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, obj in build(Path(args.resources)).items():
        write_gz(out / name, obj)
        print(f"{name}: {(out / name).stat().st_size} bytes; counts {json.dumps(obj['counts'], sort_keys=True)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

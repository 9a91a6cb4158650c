"""Speed of the cited brief at 10,000 events: python bench/brief.py [--events 10000] [--repeats 5].

Builds the same store as bench/arena.py (the seed report and the bundled samples, their
events copied with shifted dates until the store holds ``--events``; its builder is reused),
then times, warmed up, each ``--repeats`` times:

- the brief for the whole store: ``analyze.brief.brief(engine, "Iran", "Iraq")`` (it computes
  the arena view, picks and words the sentences, fetches and checks every footnote's span);
- the same brief rendered as Markdown (``brief_render.markdown``);
- the arena view alone and a plain event listing (``store.views.events_matching``), as references.

Prints the medians (wall clock and CPU time: on a shared machine the wall clock counts the
other processes too), the ratios to the listing, and one JSON line; exits 1 when the brief
takes 1 s or more of wall clock (issue 9's bound). ``--store URL`` reuses a store built before.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arena import bench_store, timed  # noqa: E402  (bench/arena.py: the same store, the same timer)


def main() -> int:
    prepared = bench_store(__doc__.splitlines()[0], "brief.db")
    if prepared is None:
        return 2
    args, url, n = prepared

    from foothold.analyze.arena import arena
    from foothold.analyze.brief import brief
    from foothold.analyze.brief_render import markdown
    from foothold.store import connect, views
    engine = connect(url)
    got = {}

    def run_brief():
        got["b"] = brief(engine, "Iran", "Iraq")

    def run_markdown():
        got["md"] = markdown(brief(engine, "Iran", "Iraq"))

    def run_arena():
        arena(engine, "Iran", "Iraq")

    def run_listing():
        with engine.connect() as conn:
            got["n"] = len(views.events_matching(conn))

    b, b_cpu = timed(run_brief, args.repeats)
    m, m_cpu = timed(run_markdown, args.repeats)
    a, a_cpu = timed(run_arena, args.repeats)
    li, li_cpu = timed(run_listing, args.repeats)
    brief_ = got["b"]
    sentences = sum(len(s.sentences) for s in brief_.sections)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    result = {"events": n, "brief_events_counted": brief_.counts["events"], "sentences": sentences,
              "footnotes": len(brief_.footnotes), "omitted": sum(brief_.omitted.values()),
              "brief_s": round(b, 3), "brief_cpu_s": round(b_cpu, 3), "markdown_s": round(m, 3),
              "arena_s": round(a, 3), "listing_s": round(li, 3), "ratio": round(b / li, 2),
              "cpu_ratio": round(b_cpu / li_cpu, 2), "load_average": load, "cpus": os.cpu_count(), "under_1s": b < 1.0}
    print(f"brief Iran --in Iraq over the whole store: {b:.3f} s wall, {b_cpu:.3f} s CPU "
          f"({brief_.counts['events']} events counted, {sentences} sentences, {len(brief_.footnotes)} footnotes)")
    print(f"  rendered as Markdown: {m:.3f} s wall, {m_cpu:.3f} s CPU; the arena view alone: {a:.3f} s wall, {a_cpu:.3f} s CPU")
    print(f"plain event listing (views.events_matching): {li:.3f} s wall, {li_cpu:.3f} s CPU ({got['n']} events)")
    print(f"ratio brief / listing: {b / li:.2f} wall, {b_cpu / li_cpu:.2f} CPU (load average {load}, {os.cpu_count()} cores)")
    print(json.dumps(result))
    return 0 if b < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Queries at scale: python bench/scale.py [--events 10000,100000] [--db URL] [--dir DIR] [--repeats 20].

For each size, builds (or reuses) a store of that many events (bench/replicate.py: real
extractions copied with distinct ids and shifted dates), starts ``foothold serve`` on it
(loopback, a free port) and asks every API route ``--repeats`` times: p50/p95 latency and
the response size; then each CLI listing and each export once, as its own process, with
its wall clock, CPU time and peak resident memory (``wait4``'s ru_maxrss), and the peak RSS
of the server after all its requests. Prints a table per size and a final JSON line.
``--no-routes`` skips the server (exports and listings only), ``--no-cli`` the listings;
``--as-is`` measures the store at ``--db`` as it is (no build, nothing written: a shared store).

``--db postgresql://...`` measures a PostgreSQL database instead (one size: the URL is the
store; it is built into when it holds fewer events). ``--server-pid PID`` (a local server's
postmaster) adds the server's CPU to each export and listing: the postmaster's own time, that of
its ended backends (reaped children) and of the live ones, before and after -- so another client of
the same server in that time is counted too. Timings on a shared machine vary with
its load: the CPU columns are what the work itself costs.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
FOOTHOLD = [sys.executable, "-m", "foothold"]


def routes(conn_url: str) -> list[tuple[str, str]]:
    """(name, path) of every API route, with real ids from the store (the most involved actor,
    a place, a month in the middle of the dates, two tied actors, a document)."""
    from sqlalchemy import func, select
    from foothold.store import connect
    from foothold.store import schema as t
    engine = connect(conn_url)
    with engine.connect() as conn:
        ea = t.event_actors
        top = conn.execute(select(ea.c.actor_id, func.count().label("n")).group_by(ea.c.actor_id)
                           .order_by(func.count().desc()).limit(2)).all()
        actor, other = top[0].actor_id, top[1].actor_id
        person = conn.execute(select(t.actors.c.id).where(t.actors.c.type == "person")
                              .order_by(t.actors.c.id).limit(1)).scalar()
        place = conn.execute(select(t.events.c.location_id).where(t.events.c.location_id.is_not(None))
                             .group_by(t.events.c.location_id).order_by(func.count().desc()).limit(1)).scalar()
        dates = conn.execute(select(func.min(t.events.c.date), func.max(t.events.c.date))
                             .where(func.length(t.events.c.date) == 10)).one()
        doc = conn.execute(select(t.documents.c.id).order_by(t.documents.c.id).limit(1)).scalar()
        event = conn.execute(select(t.events.c.id).order_by(t.events.c.id).limit(1)).scalar()
        name = conn.execute(select(t.actors.c.name).where(t.actors.c.id == actor)).scalar()
    engine.dispose()
    y0, y1 = int(dates[0][:4]), int(dates[1][:4])
    month = f"{(y0 + y1) // 2:04d}-06"
    q = urllib.parse.quote
    word = name.split()[0][:4]
    return [
        ("summary", "/api/summary"),
        ("documents page", "/api/documents"),
        ("document reader", f"/api/documents/{doc}"),
        ("actors page", "/api/actors"),
        ("actors by name", "/api/actors?sort=name"),
        ("actor profile (most involved)", f"/api/actors/{q(actor)}"),
        ("actor profile (a person)", f"/api/actors/{q(person)}"),
        ("events page", "/api/events"),
        ("events: a month", f"/api/events?start={month}-01&end={month}-30"),
        ("events: an actor", f"/api/events?actor={q(actor)}"),
        ("event detail", f"/api/events/{q(event)}"),
        ("timeline by month", "/api/timeline"),
        ("timeline: a month by day", f"/api/timeline?by=day&start={month}-01&end={month}-30"),
        ("network top-200", "/api/network"),
        ("network: a month", f"/api/network?start={month}-01&end={month}-30"),
        ("ties", f"/api/ties/{q(actor)}/{q(other)}"),
        ("places", "/api/places"),
        ("place events", f"/api/places/{q(place)}/events"),
        ("sources", "/api/sources"),
        ("search names", f"/api/search?q={q(word)}&text=false"),
        ("search names and text", f"/api/search?q={q(word)}"),
        ("alerts", "/api/alerts"),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of a process, its reaped children and its live children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")

    def fields(p: int | str) -> list[str]:
        return Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()

    own = fields(pid)       # after the name: state is field 3, utime 14 .. cstime 17 -> indexes 11..14
    total = sum(int(x) for x in own[11:15])
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children")
        for child in children.read_text().split() if children.exists() else ():
            try:
                total += sum(int(x) for x in fields(child)[11:13])
            except OSError:
                pass        # ended meanwhile: now in the parent's reaped total (or about to be)
    return total / tick


def serve_and_ask(url: str, repeats: int, log: Path) -> tuple[list[dict], int | None]:
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen([*FOOTHOLD, "serve", "--db", url, "--port", str(port)], stdout=out, stderr=out)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):                       # up to a minute to start (loads, migrations)
            try:
                urllib.request.urlopen(base + "/api/summary", timeout=60).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    raise SystemExit(f"foothold serve stopped: see {log}")
                time.sleep(0.1)
        results = []
        for name, path in routes(url):
            times, size, status = [], 0, None
            for i in range(repeats + 1):
                t0 = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + path, timeout=600) as r:
                        body, status = r.read(), r.status
                except urllib.error.HTTPError as err:
                    body, status = err.read(), err.code
                if i:                                # the first answer warms the caches
                    times.append(time.perf_counter() - t0)
                size = len(body)
            times.sort()
            results.append({"route": name, "path": path, "status": status, "bytes": size,
                            "p50_ms": round(1000 * statistics.median(times), 1),
                            "p95_ms": round(1000 * times[max(0, int(round(0.95 * len(times))) - 1)], 1)})
            print(f"  {name:34} {results[-1]['p50_ms']:9.1f} {results[-1]['p95_ms']:9.1f} ms "
                  f"{size / 1024:10.1f} KB  ({status})", flush=True)
        return results, rss_peak_kb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run_once(args: list[str], out_path: Path, server_pid: int | None = None) -> dict:
    """One CLI process: wall clock, CPU (user + system) and peak RSS of that process alone; with
    ``server_pid`` also the CPU the server spent meanwhile (``server_cpu_s``)."""
    server0 = tree_cpu_s(server_pid) if server_pid else None
    with open(out_path, "w") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    time.sleep(0.5 if server_pid else 0)     # the backend ends (and is reaped) after the client
    row = {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
           "rss_mb": round(usage.ru_maxrss / 1024, 1), "exit": os.waitstatus_to_exitcode(status),
           "bytes": out_path.stat().st_size, "load": [round(x, 2) for x in os.getloadavg()]}
    if server_pid:
        row["server_cpu_s"] = round(tree_cpu_s(server_pid) - server0, 2)
    return row


def cli_and_exports(url: str, work: Path, formats: list[str], cli: bool = True,
                    server_pid: int | None = None) -> list[dict]:
    jobs = [("cli: summary", ["summary"]), ("cli: actors --top 100", ["actors", "--top", "100"]),
            ("cli: documents", ["documents"]), ("cli: sources", ["sources"])] if cli else []
    rows = []
    for name, argv in jobs:
        rows.append({"job": name, **run_once([*FOOTHOLD, *argv, "--db", url], work / "cli.out", server_pid)})
        print(f"  {name:34} {rows[-1]['wall_s']:8.2f} s {rows[-1]['cpu_s']:8.2f} s CPU "
              f"{rows[-1]['rss_mb']:8.1f} MB", flush=True)
    for fmt in formats:
        out = work / f"export.{fmt}"
        r = run_once([*FOOTHOLD, "export", "--format", fmt, "--out", str(out), "--db", url], work / "export.log",
                     server_pid)
        r["bytes"] = out.stat().st_size if out.exists() else 0
        rows.append({"job": f"export {fmt}", **r})
        print(f"  export {fmt:27} {r['wall_s']:8.2f} s {r['cpu_s']:8.2f} s CPU {r['rss_mb']:8.1f} MB "
              f"{r['bytes'] / 2**20:8.1f} MiB"
              + (f" server {r['server_cpu_s']:.1f} s CPU" if server_pid else "")
              + f" (exit {r['exit']}, load {r['load'][0]:.2f} / {r['load'][1]:.2f} / {r['load'][2]:.2f})",
              flush=True)
        out.unlink(missing_ok=True)
    return rows


def counted(url: str) -> dict:
    """The events of a store measured as it is (``--as-is``: reads only)."""
    from sqlalchemy import func, select
    from foothold.store import connect
    from foothold.store import schema as t
    engine = connect(url, must_exist=True)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
    engine.dispose()
    return {"url": url, "events": n}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", default="10000,100000", help="Sizes, comma-separated (1000000 for a million)")
    ap.add_argument("--db", help="A store URL to measure instead of SQLite files under --dir (one size)")
    ap.add_argument("--dir", default="scale-stores", help="Where SQLite stores are built and kept for reuse")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--formats", default="json,stix,csv,plover,graphml,gexf", help="Exports to run ('' for none)")
    ap.add_argument("--no-cli", action="store_true", help="Skip the CLI listings")
    ap.add_argument("--no-routes", action="store_true", help="Skip the API routes (no server)")
    ap.add_argument("--as-is", action="store_true", help="Measure the --db store as it is: no build, no writes")
    ap.add_argument("--server-pid", type=int, help="A local database server's postmaster: report its CPU per job")
    args = ap.parse_args()
    from replicate import build
    work = Path(args.dir)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in args.events.split(",") if x]
    report = {"cpus": os.cpu_count(), "load_average": os.getloadavg()[0], "sizes": []}
    for n in sizes:
        url = args.db or f"sqlite:///{(work / f'store-{n}.db').resolve()}"
        t0 = time.perf_counter()
        built = counted(url) if args.as_is else build(url, n)
        print(f"\n== {built['events']} events ({time.perf_counter() - t0:.0f} s to build or check) at {url}", flush=True)
        print(f"  {'route':34} {'p50':>9} {'p95':>9}    {'size':>10}", flush=True)
        results, serve_kb = ([], None) if args.no_routes else serve_and_ask(url, args.repeats, work / "serve.log")
        if not args.no_routes:
            print(f"  foothold serve peak RSS: {serve_kb / 1024 if serve_kb else float('nan'):.1f} MB", flush=True)
        jobs = cli_and_exports(url, work, [f for f in args.formats.split(",") if f], cli=not args.no_cli,
                               server_pid=args.server_pid)
        report["sizes"].append({"events": built["events"], "store": url.split("@")[-1], "routes": results,
                                "serve_rss_mb": round(serve_kb / 1024, 1) if serve_kb else None, "jobs": jobs,
                                "build": built})
        if args.db:
            break
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

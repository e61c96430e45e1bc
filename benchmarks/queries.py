"""Query benchmark: every query in queries/ over a large generated corpus, on the embedded store
kg uses (pyoxigraph, RocksDB on disk) against rdflib's in-memory SPARQL on the same triples, the
engine a user of rdflib would otherwise run. Also pyoxigraph in memory, and load times.

Each engine answers each query with the same text kg runs (no parameters); the rows are compared,
so a speed-up never hides a different answer. rdflib queries run once each, stopped after
BENCH_RDFLIB_TIMEOUT seconds (reported as "more than"); the others take the median of BENCH_RUNS.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

AGREEMENTS = int(os.environ.get("BENCH_AGREEMENTS", "2000"))
SEED = int(os.environ.get("BENCH_SEED", "2025"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
RDFLIB_TIMEOUT = int(os.environ.get("BENCH_RDFLIB_TIMEOUT", "120"))


class TooSlow(BaseException):  # not Exception: rdflib swallows those while evaluating FILTERs
    pass


def _alarm(signum, frame):
    raise TooSlow()


def _rows(result) -> list[tuple[str, ...]]:
    """Rows as comparable strings, whatever the engine's term classes."""
    out = []
    for row in result:
        out.append(tuple("" if t is None else (t.value if hasattr(t, "value") and not hasattr(t, "n3") else str(t))
                         for t in row))
    return sorted(out)


def _ratio(value: float) -> str:
    return f"{value:.0f}x" if value >= 10 else f"{value:.1f}x"


def main() -> list[str]:
    import pyoxigraph as ox
    import rdflib

    from generate import write_corpus
    from kg.query import catalogue
    from kg.rdfload import load_collection

    queries = catalogue()
    only = os.environ.get("BENCH_QUERIES")  # e.g. "veto-players,red-line-matrix" to time a few
    if only:
        queries = [q for q in queries if q.name in only.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "corpus"
        started = time.perf_counter()
        write_corpus(data, AGREEMENTS, SEED)
        generated = time.perf_counter() - started
        print(f"generated {AGREEMENTS} agreements in {generated:.1f} s; loading ...", file=sys.stderr, flush=True)
        files = sorted(data.rglob("*.ttl"))

        store_path = tmp / "store"
        started = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "kg"), "load", str(data), "--store", str(store_path)],
                       check=True, stdout=subprocess.DEVNULL)
        load_store = time.perf_counter() - started

        started = time.perf_counter()
        collection = load_collection([data])
        memory = collection.store()
        load_memory = time.perf_counter() - started
        triples = len(memory)

        sources = [ROOT / "ontology/treaty-kg.ttl", *sorted((ROOT / "corpus/reference").glob("*.ttl")), *files]
        started = time.perf_counter()
        graph = rdflib.Graph()
        for path in sources:
            graph.parse(path, format="turtle")
        load_rdflib = time.perf_counter() - started
        del collection

        disk = ox.Store.read_only(str(store_path))
        results = []
        signal.signal(signal.SIGALRM, _alarm)
        for query in queries:
            print(f"  {query.name} ...", file=sys.stderr, flush=True)

            def on_disk():
                return _rows(disk.query(query.text, use_default_graph_as_union=True))

            def in_memory():
                return _rows(memory.query(query.text))

            timings = {}
            answers = {}
            for name, run in (("store", on_disk), ("memory", in_memory)):
                samples = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    answers[name] = run()
                    samples.append(time.perf_counter() - started)
                timings[name] = statistics.median(samples)
            signal.alarm(RDFLIB_TIMEOUT)
            started = time.perf_counter()
            try:
                answers["rdflib"] = _rows(graph.query(query.text))
                timings["rdflib"] = time.perf_counter() - started
            except TooSlow:
                timings["rdflib"] = None
            finally:
                signal.alarm(0)
            same = answers["store"] == answers["memory"] and ("rdflib" not in answers or answers["rdflib"] == answers["store"])
            results.append((query.name, len(answers["store"]), timings, same))
            answers.clear()

    lines = [
        "## kg query: embedded store vs rdflib in-memory SPARQL",
        "",
        f"A generated corpus (`benchmarks/generate.py`, seed {SEED}): {AGREEMENTS} agreements in {len(files)} files, "
        f"{triples:,} triples with the ontology and reference data (generated in {generated:.1f} s).",
        "Every query in queries/ as kg runs it with no parameter. pyoxigraph: median of "
        f"{RUNS} runs; rdflib: one run, stopped after {RDFLIB_TIMEOUT} s. Rows compared across engines.",
        "",
        "| load | time |",
        "|---|---|",
        f"| `kg load` into the embedded store (new store, whole process) | {load_store:.1f} s |",
        f"| kg's strict parse into a pyoxigraph in-memory store | {load_memory:.1f} s |",
        f"| rdflib `Graph.parse` of the same files | {load_rdflib:.1f} s |",
        "",
        "| query | rows | embedded store | pyoxigraph in memory | rdflib in memory | store speed-up | same rows |",
        "|---|---|---|---|---|---|---|",
    ]
    ratios = []
    for name, count, timings, same in results:
        rdflib_time = timings["rdflib"]
        if rdflib_time is None:
            shown, ratio = f"> {RDFLIB_TIMEOUT} s", f"> {RDFLIB_TIMEOUT / timings['store']:.0f}x"
            ratios.append(RDFLIB_TIMEOUT / timings["store"])
        else:
            shown, ratio = f"{rdflib_time:.2f} s", _ratio(rdflib_time / timings["store"])
            ratios.append(rdflib_time / timings["store"])
        lines.append(f"| {name} | {count} | {timings['store']:.3f} s | {timings['memory']:.3f} s | {shown} | {ratio} | "
                     f"{'yes' if same else 'NO'} |")
    total_store = sum(t["store"] for _, _, t, _ in results)
    total_rdflib = sum(t["rdflib"] or RDFLIB_TIMEOUT for _, _, t, _ in results)
    geometric = statistics.geometric_mean(ratios) if ratios else 0
    lines += [
        f"| **all queries** | | {total_store:.2f} s | {sum(t['memory'] for _, _, t, _ in results):.2f} s | "
        f"{total_rdflib:.1f} s | {total_rdflib / total_store:.0f}x | |",
        "",
        f"Speed-up of the embedded store over rdflib: {total_rdflib / total_store:.0f}x on the whole set of queries, "
        f"geometric mean {geometric:.0f}x per query, lowest {_ratio(min(ratios))}.",
    ]
    return lines


if __name__ == "__main__":
    print("\n".join(main()))

"""`make bench`: kg check against what a user would otherwise run, the plain pyshacl command line
with the same shapes and ontology, on one draft and on the whole corpus. Cold starts (a new
process each run), median of N runs. Writes benchmarks/results.md and prints it."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
DRAFT = ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl"
POSITIONS = ROOT / "corpus/positions/positions-2025.ttl"
REFERENCE = sorted((ROOT / "corpus/reference").glob("*.ttl"))
DRAFTS = sorted((ROOT / "corpus/agreements").glob("*.ttl")) + sorted((ROOT / "corpus/scenario-2025").glob("*.ttl"))


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({completed.returncode}): {' '.join(command)}\n{completed.stderr.decode()[-2000:]}")
    return elapsed


def median(command: list[str]) -> float:
    return statistics.median(timed(command) for _ in range(RUNS))


def concatenate(paths: list[Path], target: Path) -> Path:
    """pyshacl's CLI takes one data file and one shapes file: merge the Turtle files as N-Triples."""
    import rdflib

    graph = rdflib.Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    graph.serialize(target, format="nt", encoding="utf-8")
    return target


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        shapes = concatenate(sorted((ROOT / "shapes").glob("*.ttl")), tmp / "shapes.nt")
        ontology = ROOT / "ontology/treaty-kg.ttl"
        pyshacl = [str(BIN / "pyshacl"), "-s", str(shapes), "-sf", "nt", "-e", str(ontology), "-i", "none", "-a", "-df", "nt"]
        kg = [str(BIN / "kg"), "check", "--fail-on", "none", "--positions", str(POSITIONS)]

        single_data = concatenate([DRAFT, POSITIONS, *REFERENCE], tmp / "single.nt")
        kg_single = median(kg + [str(DRAFT)])
        pyshacl_single = median(pyshacl + [str(single_data)])

        per_file = [concatenate([d, POSITIONS, *REFERENCE], tmp / f"{d.stem}.nt") for d in DRAFTS]
        kg_corpus = median(kg + [str(ROOT / "corpus/agreements"), str(ROOT / "corpus/scenario-2025")])
        pyshacl_corpus = sum(timed(pyshacl + [str(p)]) for p in per_file)

    rows = [
        ("one draft (Istanbul 2022, Russian amendment), cold start", kg_single, pyshacl_single),
        (f"whole corpus ({len(DRAFTS)} drafts): kg once vs pyshacl file by file", kg_corpus, pyshacl_corpus),
    ]
    lines = [
        "# Benchmark: kg check vs plain pyshacl",
        "",
        f"Same shapes (shapes/*.ttl), same ontology, same data (draft + reference actors + positions).",
        f"pyshacl: `pyshacl -s shapes -e ontology -i none -a data` (its command line, one process per file).",
        f"Median of {RUNS} cold runs for kg and the single-draft pyshacl; one pass over all files for pyshacl on the corpus.",
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}.",
        "",
        "| case | kg check | plain pyshacl | speed-up |",
        "|---|---|---|---|",
    ]
    for name, ours, theirs in rows:
        lines.append(f"| {name} | {ours:.2f} s | {theirs:.2f} s | {theirs / ours:.1f}x |")
    text = "\n".join(lines) + "\n"
    (ROOT / "benchmarks/results.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make bench`: kg against what a user would otherwise run. kg check against the plain pyshacl
command line with the same shapes and ontology, on one draft and on the whole corpus (cold starts,
a new process each run, median of N runs); kg query's embedded store against rdflib's in-memory
SPARQL on a large generated corpus (benchmarks/queries.py). Writes benchmarks/results.md and
prints it. `python benchmarks/run.py check` or `... queries` runs one part only."""

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


def bench_check() -> list[str]:
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
        "## kg check vs plain pyshacl",
        "",
        f"Same shapes (shapes/*.ttl), same ontology, same data (draft + reference actors + positions).",
        f"pyshacl: `pyshacl -s shapes -e ontology -i none -a data` (its command line, one process per file).",
        f"Median of {RUNS} cold runs for kg and the single-draft pyshacl; one pass over all files for pyshacl on the corpus.",
        "",
        "| case | kg check | plain pyshacl | speed-up |",
        "|---|---|---|---|",
    ]
    for name, ours, theirs in rows:
        lines.append(f"| {name} | {ours:.2f} s | {theirs:.2f} s | {theirs / ours:.1f}x |")
    return lines


def main(argv: list[str]) -> int:
    parts = argv or ["check", "queries"]
    results = ROOT / "benchmarks/results.md"
    sections = _sections(results.read_text(encoding="utf-8")) if results.exists() else {}
    for part in parts:
        if part == "check":
            sections["check"] = bench_check()
        elif part == "queries":
            from queries import main as bench_queries

            sections["queries"] = bench_queries()
        else:
            raise SystemExit(f"unknown benchmark {part!r}: check or queries")
        print("\n".join(sections[part]) + "\n", flush=True)
    header = ["# Benchmarks", "", f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}. "
              "Run `make bench` to measure again.", ""]
    body = [line for key in ("check", "queries") if key in sections for line in sections[key] + [""]]
    results.write_text("\n".join(header + body).rstrip("\n") + "\n", encoding="utf-8")
    return 0


def _sections(text: str) -> dict[str, list[str]]:
    """Keep the part not re-run from the previous results file."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## kg check"):
            current = "check"
        elif line.startswith("## kg query"):
            current = "queries"
        if current:
            found.setdefault(current, []).append(line)
    return {key: _strip(lines) for key, lines in found.items()}


def _strip(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.exit(main(sys.argv[1:]))

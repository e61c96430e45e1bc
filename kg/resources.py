"""Where the project's artefacts live. Each has one source of truth in the repository
(ontology/, shapes/, queries/, corpus/); the package finds them next to itself."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "treaty-kg.ttl"
ALIGNMENTS_FILE = ONTOLOGY_DIR / "alignments.ttl"
CORPUS_DIR = ROOT / "corpus"
REFERENCE_DIR = CORPUS_DIR / "reference"
SHAPES_DIR = ROOT / "shapes"
QUERIES_DIR = ROOT / "queries"


def reference_files() -> list[Path]:
    """Shared actors, bodies and territories that every draft may refer to."""
    return sorted(REFERENCE_DIR.glob("*.ttl"))

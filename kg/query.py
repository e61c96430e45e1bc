"""The query catalogue (queries/*.rq) and how a query runs: its header, its parameters bound
as RDF terms, and the rows it returns with the labels people read.

A query file starts with a comment header:

    # title: Veto players
    # answers: For each guarantee, every actor whose "no" stops its activation ...
    #   (continuation lines are indented)
    # param: agreement  tkg:Agreement  Only this agreement (default: every agreement).

A parameter given on the command line is resolved to an RDF term of the declared type (an IRI of
that class in the data, or a typed literal) and added as `VALUES ?name { term }` at the start of
the query's WHERE group. The term is serialised by pyoxigraph, which validates IRIs and escapes
literals: user text is never pasted into the query. The same text then runs unchanged on every
engine (embedded store, in-memory files, any SPARQL 1.1 endpoint), so they give the same rows.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .namespaces import CORPUS_BASE, STANDARD_PREFIXES
from .resources import QUERIES_DIR

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
LITERAL_TYPES = {"xsd:string", "xsd:integer", "xsd:decimal", "xsd:boolean", "xsd:date"}


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # a prefixed class name (tkg:Agreement) or one of LITERAL_TYPES
    description: str


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    answers: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = [p.name for p in self.params]
        if not known:
            raise KgError(f"query {self.name} takes no parameters (got --param {name}=...)")
        near = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {near[0]}? " if near else ""
        raise KgError(f"query {self.name} has no parameter '{name}'; {hint}it takes: {', '.join(known)}")


_HEADER_KEY = re.compile(r"^#\s*(title|answers|param):\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")


def parse_query_file(path: Path, name: str | None = None) -> Query:
    """Read a query file and its header. A user's own file may have no header at all."""
    from .rdfload import read_user_file

    shown = str(path)
    text = read_user_file(path, "a SPARQL query file (.rq)")
    fields: dict[str, list[str]] = {"title": [], "answers": []}
    params: list[Param] = []
    last = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_KEY.match(stripped)
        if match:
            key, value = match.groups()
            if key == "param":
                parts = value.split(None, 2)
                if len(parts) < 2:
                    raise KgError("a parameter needs a name and a type: '# param: NAME TYPE DESCRIPTION'", shown, number)
                pname, ptype = parts[0].lstrip("?$"), parts[1]
                if ptype not in LITERAL_TYPES and not re.match(r"^[A-Za-z][\w-]*:[A-Za-z_]\w*$", ptype):
                    raise KgError(f"parameter type '{ptype}' is neither a class (tkg:Agreement) nor one of "
                                  f"{', '.join(sorted(LITERAL_TYPES))}", shown, number)
                params.append(Param(pname, ptype, parts[2] if len(parts) > 2 else ""))
                last = ("param", len(params) - 1)
            else:
                fields[key].append(value)
                last = (key, None)
            continue
        continuation = _CONTINUATION.match(line)
        if continuation and last is not None:
            key, index = last
            if key == "param":
                old = params[index]
                params[index] = Param(old.name, old.type, f"{old.description} {continuation.group(1)}".strip())
            else:
                fields[key].append(continuation.group(1))
    title = " ".join(fields["title"]).strip()
    answers = " ".join(fields["answers"]).strip()
    return Query(name or path.stem, title or path.stem, answers, tuple(params), text, path)


def query_files() -> list[Path]:
    return sorted(QUERIES_DIR.glob("*.rq"))


def catalogue() -> list[Query]:
    return [parse_query_file(path) for path in query_files()]


def get_query(name: str) -> Query:
    path = QUERIES_DIR / f"{name}.rq"
    if not re.fullmatch(r"[\w.-]+", name) or not path.is_file():
        names = [p.stem for p in query_files()]
        near = difflib.get_close_matches(name, names, n=1)
        hint = f"; did you mean {near[0]}?" if near else "; `kg queries` lists them"
        raise KgError(f"no query named '{name}'{hint}")
    return parse_query_file(path)


# --- binding parameters ---------------------------------------------------------------------

def known_prefixes() -> dict[str, str]:
    return dict(STANDARD_PREFIXES)


def expand_name(value: str, prefixes: dict[str, str]) -> str | None:
    """A full IRI (<...> or http...) or a prefixed name (actor:Russia, budapest-1994:para4)."""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if re.match(r"^https?://", value) or value.startswith("urn:"):
        return value
    prefix, colon, local = value.partition(":")
    if colon and prefix in prefixes:
        return prefixes[prefix] + local
    if colon and re.fullmatch(r"[A-Za-z][\w.-]*", prefix):
        # A corpus file's own prefix is its slug: istanbul-draft-2022-ru:art5.
        return f"{CORPUS_BASE}{prefix}/{local}"
    return None


def _candidate_keys(iri: str, labels: set[str], codes: set[str]) -> set[str]:
    keys = {iri.casefold()}
    local = re.split(r"[/#]", iri.rstrip("/"))[-1]
    keys.add(local.casefold())
    if iri.startswith(CORPUS_BASE):
        slug = iri[len(CORPUS_BASE):].split("/", 1)[0]
        if iri.endswith("/agreement"):
            keys.add(slug.casefold())
    keys.update(label.casefold() for label in labels)
    keys.update(code.casefold() for code in codes)
    return keys


def resolve_param(param: Param, value: str, source, prefixes: dict[str, str]) -> ox.NamedNode | ox.Literal:
    """Turn the user's text into a term of the parameter's type; errors suggest a near name."""
    where = f"--param {param.name}={value}"
    if param.type in LITERAL_TYPES:
        return _literal(param, value, where)
    class_iri = expand_name(param.type, prefixes)
    if class_iri is None:
        raise KgError(f"{where}: unknown class {param.type} in the query header")
    candidates = source.instances_of(class_iri)
    iri = expand_name(value, prefixes)
    if iri is not None:
        try:
            term = ox.NamedNode(iri)
        except ValueError as exc:
            raise KgError(f"{where}: not a valid IRI ({exc})") from None
        if iri in candidates:
            return term
        raise KgError(f"{where}: no {param.type} with this IRI in the data{_suggest(value, candidates, prefixes)}")
    wanted = value.casefold()
    matches = sorted(iri for iri, (labels, codes) in candidates.items() if wanted in _candidate_keys(iri, labels, codes))
    if len(matches) == 1:
        return ox.NamedNode(matches[0])
    if len(matches) > 1:
        shown = ", ".join(short_name(m, prefixes) for m in matches[:6])
        raise KgError(f"{where}: '{value}' names several {param.type}: {shown}; give one of these names")
    raise KgError(f"{where}: no {param.type} called '{value}' in the data{_suggest(value, candidates, prefixes)}")


def _suggest(value: str, candidates: dict, prefixes: dict[str, str]) -> str:
    names: dict[str, str] = {}
    for iri, (labels, codes) in candidates.items():
        shown = short_name(iri, prefixes)
        names.setdefault(shown.casefold(), shown)
        local = re.split(r"[/#:]", shown)[-1]
        names.setdefault(local.casefold(), shown)
        if iri.startswith(CORPUS_BASE) and iri.endswith("/agreement"):
            slug = iri[len(CORPUS_BASE):].split("/", 1)[0]
            names.setdefault(slug.casefold(), slug)
    near = difflib.get_close_matches(value.casefold(), list(names), n=1, cutoff=0.6)
    return f"; did you mean {names[near[0]]}?" if near else ""


def _literal(param: Param, value: str, where: str) -> ox.Literal:
    kind = param.type.split(":", 1)[1]
    if kind == "string":
        return ox.Literal(value)
    if kind == "integer" and re.fullmatch(r"[+-]?\d+", value):
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "decimal" and re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
    if kind == "boolean" and value.lower() in ("true", "false", "yes", "no"):
        return ox.Literal("true" if value.lower() in ("true", "yes") else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    raise KgError(f"{where}: not a valid {param.type}")


def parse_param_options(options: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for option in options:
        name, equals, value = option.partition("=")
        if not equals or not name.strip():
            raise KgError(f"--param takes name=value (got '{option}')")
        pairs.append((name.strip(), value.strip()))
    return pairs


def with_values(text: str, bindings: dict[str, list]) -> str:
    """The query text with `VALUES ?name { terms }` first in its WHERE group, on the same line
    as the opening brace so that line numbers in error messages stay those of the file."""
    if not bindings:
        return text
    position = _where_brace(text)
    if position is None:
        raise KgError("cannot bind parameters: the query has no WHERE { ... } group")
    blocks = " ".join(f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}" for name, terms in bindings.items())
    return f"{text[:position + 1]} {blocks} {text[position + 1:]}"


def _where_brace(text: str) -> int | None:
    """Index of the `{` opening the top-level WHERE group, skipping comments, strings and IRIs."""
    i, n = 0, len(text)
    last_word = ""
    first_brace = None
    depth = 0
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            last_word = ""
            continue
        if c == "<":
            match = re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:])
            if match:
                i += match.end()
                last_word = ""
                continue
        if c.isalpha():
            match = re.match(r"[A-Za-z_]\w*", text[i:])
            last_word = match.group(0).upper()
            i += match.end()
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "{":
            if last_word == "WHERE":
                return i
            if depth == 0 and first_brace is None:
                first_brace = i
        if not c.isspace():
            last_word = ""
        i += 1
    return first_brace


# --- running and naming ---------------------------------------------------------------------

@dataclass
class Table:
    """A query's answer: column names, rows of pyoxigraph terms (None where unbound), and the
    label of every IRI in it."""
    variables: list[str]
    rows: list[tuple]
    labels: dict[str, str] = field(default_factory=dict)


def run_query(query: Query, source, params: list[tuple[str, str]] = (), with_labels: bool = True) -> Table:
    prefixes = known_prefixes()
    bindings: dict[str, list] = {}
    for name, value in params:
        param = query.param(name)
        term = resolve_param(param, value, source, prefixes)
        if term not in bindings.setdefault(name, []):
            bindings[name].append(term)
    text = with_values(query.text, bindings)
    variables, rows = source.select(text, query.path)
    table = Table(variables, rows)
    if with_labels:
        iris = sorted({t.value for row in rows for t in row if isinstance(t, ox.NamedNode)})
        table.labels = source.labels(iris)
    return table


def best_label(found: list[ox.Literal]) -> str | None:
    """English first, then no language tag, then any other; the lexically smallest among equals."""
    if not found:
        return None

    def rank(literal: ox.Literal):
        language = literal.language or ""
        return (0 if language.lower().startswith("en") else 1 if language == "" else 2, literal.value)

    return min(found, key=rank).value


def short_name(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """`actor:Russia`, `tkg:Unanimity`, `budapest-1994:para4`: what a reader can type back."""
    best = None
    for prefix, namespace in (prefixes or STANDARD_PREFIXES).items():
        if iri.startswith(namespace) and len(iri) > len(namespace) and (best is None or len(namespace) > len(best[1])):
            best = (prefix, namespace)
    if best:
        return f"{best[0]}:{iri[len(best[1]):]}"
    if iri.startswith(CORPUS_BASE):
        slug, slash, local = iri[len(CORPUS_BASE):].partition("/")
        if slash and local:
            return f"{slug}:{local}"
    return f"<{iri}>"

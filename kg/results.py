"""Query answers for people and programs: an aligned table, CSV, TSV (labels and short names),
and SPARQL 1.1 Query Results JSON (the standard, with full IRIs)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox

from .query import Table, short_name

NAME_STYLES = ("label", "short", "iri")


def cell(term, table: Table, names: str = "label") -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if names == "iri":
            return term.value
        if names == "label" and term.value in table.labels:
            return table.labels[term.value]
        return short_name(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return "(unnamed node)"


def render(table: Table, output_format: str, names: str = "label", max_width: int = 60) -> str:
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[output_format](table, names, max_width)


def _tsv(table: Table, names: str, _width) -> str:
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

    lines = ["\t".join(table.variables)]
    lines += ["\t".join(escape(cell(t, table, names)) for t in row) for row in table.rows]
    return "\n".join(lines) + "\n"


def _csv(table: Table, names: str, _width) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    writer.writerow(table.variables)
    for row in table.rows:
        writer.writerow([cell(t, table, names) for t in row])
    return buffer.getvalue()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + _width(ch) > width - 1:
            break
        out.append(ch)
        used += _width(ch)
    return "".join(out) + "…"


def _table(table: Table, names: str, max_width: int) -> str:
    if not table.variables:
        return "(no columns)\n"
    header = list(table.variables)
    body = [[_clip(cell(t, table, names), max_width) for t in row] for row in table.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    lines = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    count = len(table.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _json(table: Table, _names, _width) -> str:
    """SPARQL 1.1 Query Results JSON Format. Blank nodes are renamed b0, b1 ... in order of
    appearance, so the same data gives the same bytes."""
    blank_ids: dict[str, str] = {}

    def term(value) -> dict:
        if isinstance(value, ox.NamedNode):
            return {"type": "uri", "value": value.value}
        if isinstance(value, ox.Literal):
            out = {"type": "literal", "value": value.value}
            if value.language:
                out["xml:lang"] = value.language
            elif value.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                out["datatype"] = value.datatype.value
            return out
        return {"type": "bnode", "value": blank_ids.setdefault(value.value, f"b{len(blank_ids)}")}

    bindings = [{var: term(value) for var, value in zip(table.variables, row) if value is not None}
                for row in table.rows]
    document = {"head": {"vars": table.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

"""Writing XML by hand: every byte decided here, so output is the same on every run and
namespaces are exactly what each schema expects (no library-wide prefix registry)."""

from __future__ import annotations

import re

# Characters XML 1.0 does not allow at all (tab, newline and carriage return are allowed).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def text(value) -> str:
    """Element content."""
    value = _FORBIDDEN.sub("", str(value))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(value) -> str:
    """An attribute value, quoted with double quotes; newlines kept as character references."""
    value = text(value).replace('"', "&quot;")
    return value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def token(value) -> str:
    """An xs:token attribute (GEXF labels): whitespace collapsed to single spaces."""
    return attr(" ".join(str(value).split()))


def number(value: float) -> str:
    """A float with no exponent and no trailing zeros: 12.0 -> '12', 0.5 -> '0.5'."""
    formatted = f"{float(value):.3f}".rstrip("0").rstrip(".")
    return "0" if formatted in ("-0", "") else formatted

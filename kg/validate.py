"""SHACL validation of an export against ``ontology/shapes.ttl`` (pyshacl).

The ontology is mixed into the data graph, so ``sh:class kg:Place`` accepts a
``kg:Province`` even in a file that does not carry the ontology itself. Each
violation is told in plain words: which node (its label and IRI), which
property, what value, and the shape's own message.

>>> import networkx as nx
>>> from kg.writers.turtle import render_turtle
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", adcode="1100")
>>> report = validate_text(render_turtle(g))
>>> report.conforms
False
>>> print(report.violations[0].describe())
北京市 <adm/110000>, kg:adcode = "1100": kg:adcode must be six digits, a GB/T 2260 code such as "320100".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError

__all__ = ["Violation", "ValidationReport", "validate_file", "validate_text", "validate_rdflib"]

_SH = "http://www.w3.org/ns/shacl#"
SHAPES = "https://w3id.org/kg-cn/shapes#"
_RDFLIB_FORMAT = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the names a person needs to find and fix it."""

    focus: str                  # the node's IRI, shortened (``<adm/110000>`` or ``kg:Place``)
    label: str | None           # its rdfs:label, if it has one
    path: str | None            # the property, shortened
    value: str | None           # the offending value, in Turtle syntax
    message: str
    shape: str | None           # the shape that fired, shortened
    severity: str = "Violation"
    component: str | None = None  # the SHACL constraint component (``sh:MinCountConstraintComponent`` …)
    constraint: str | None = None  # a named SPARQL constraint of the shape, if that is what fired

    def describe(self) -> str:
        where = f"{self.label} {self.focus}" if self.label else self.focus
        if self.path:
            where += f", {self.path}"
        if self.value is not None and self.value != self.focus:
            where += f" = {self.value}"
        prefix = "" if self.severity == "Violation" else f"[{self.severity.lower()}] "
        return f"{prefix}{where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def describe(self, name: str = "the graph") -> str:
        """Every violation on a line of its own, then a one-line summary about ``name``."""
        lines = [v.describe() for v in self.violations]
        errors = sum(v.severity == "Violation" for v in self.violations)
        warnings = len(lines) - errors
        if self.conforms:
            lines.append(f"{name} conforms to the SHACL shapes" + (f" ({warnings} warning(s))" if warnings else ""))
        else:
            lines.append(f"{name} does not conform: {errors} violation(s)"
                         + (f", {warnings} warning(s)" if warnings else ""))
        return "\n".join(lines)


def validate_file(path: str | Path, *, shapes: str | Path | None = None) -> ValidationReport:
    """Validate ``graph.ttl``/``.trig``/``.nq`` (a folder: its ``graph.ttl``); named graphs are merged."""
    import rdflib

    from .outputs import find_file, open_binary, rdf_suffix

    path = Path(path)
    if path.is_dir():
        path = find_file(path, "graph.ttl") or path / "graph.ttl"
    elif not path.exists() and find_file(path.parent, path.name):   # output/graph.ttl of an archive: .ttl.gz
        path = find_file(path.parent, path.name)
    fmt = _RDFLIB_FORMAT.get(rdf_suffix(path))
    if fmt is None:
        raise ValidationError(f"{path}: unknown RDF format; use a file ending in {', '.join(_RDFLIB_FORMAT)}")
    try:
        if fmt in ("trig", "nquads"):
            ds = rdflib.Dataset()
            with open_binary(path) as fh:
                ds.parse(source=fh, format=fmt)
            data = rdflib.Graph()
            for s, p, o, _g in ds.quads((None, None, None, None)):
                data.add((s, p, o))
        else:
            with open_binary(path) as fh:
                data = rdflib.Graph().parse(source=fh, format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise ValidationError(f"cannot read {path}: {err}") from err
    except Exception as err:  # rdflib's parsers raise their own exception types
        raise ValidationError(f"cannot read {path} as {fmt}: {err}") from err
    return validate_rdflib(data, shapes=shapes)


def validate_text(turtle: str, *, shapes: str | Path | None = None) -> ValidationReport:
    """Validate a Turtle document given as text."""
    import rdflib

    return validate_rdflib(rdflib.Graph().parse(data=turtle, format="turtle"), shapes=shapes)


def validate_rdflib(data, *, shapes: str | Path | None = None) -> ValidationReport:
    """Validate an rdflib graph with pyshacl (SHACL core and SHACL-SPARQL constraints)."""
    import pyshacl
    import rdflib

    from .ontology import ontology_path, shapes_path

    shapes_graph = rdflib.Graph().parse(str(shapes or shapes_path()), format="turtle")
    ontology = rdflib.Graph().parse(str(ontology_path()), format="turtle")
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=ontology, inference="none", advanced=True,
        allow_warnings=True, abort_on_first=False, meta_shacl=False)
    return ValidationReport(bool(conforms), _violations(results, data))


def _violations(results, data) -> list[Violation]:
    from rdflib import RDF, RDFS, Literal, Namespace, URIRef

    from .rdf import PREFIXES

    sh = Namespace(_SH)
    base = next((str(o) for o in data.objects(None, URIRef("http://rdfs.org/ns/void#uriSpace"))), None)
    nm = data.namespace_manager
    prefixes = [("kgsh", SHAPES), *PREFIXES.items(), ("sh", _SH)]

    def short(term) -> str | None:
        if term is None:
            return None
        if isinstance(term, URIRef):
            iri = str(term)
            if base and iri.startswith(base):
                return f"<{iri[len(base):]}>"
            for prefix, ns in prefixes:
                if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w\-]*", iri[len(ns):]):
                    return f"{prefix}:{iri[len(ns):]}"
            return f"<{iri}>"
        if isinstance(term, Literal):
            return term.n3(nm)
        return "[]"  # a blank node: the path or value has no name of its own

    out = []
    for r in results.subjects(RDF.type, sh.ValidationResult):
        focus = results.value(r, sh.focusNode)
        label = data.value(focus, RDFS.label) if focus is not None else None
        path = results.value(r, sh.resultPath)
        value = results.value(r, sh.value)
        message = results.value(r, sh.resultMessage)
        severity = results.value(r, sh.resultSeverity)
        component = results.value(r, sh.sourceConstraintComponent)
        constraint = results.value(r, sh.sourceConstraint)
        out.append(Violation(
            focus=short(focus) or "?", label=str(label) if label is not None else None,
            path=short(path) if isinstance(path, URIRef) else None,
            value=short(value) if value is not None else None,
            message=str(message) if message is not None else f"fails {short(component)}",
            shape=short(results.value(r, sh.sourceShape)) if isinstance(results.value(r, sh.sourceShape), URIRef) else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            component=short(component),
            constraint=short(constraint) if isinstance(constraint, URIRef) else None))
    return sorted(out, key=lambda v: (v.severity != "Violation", v.focus, v.path or "", v.message, v.value or ""))

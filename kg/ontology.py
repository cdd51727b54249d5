"""The ontology (``ontology/kg.ttl``): where it is, and the names it declares.

The ontology is the one source of the class and property names the code uses;
tests hold the code and its RDF output to :func:`load_ontology`.

>>> onto = load_ontology()
>>> {"Province", "Initiative", "Meeting"} <= onto.classes
True
>>> "locatedIn" in onto.object_properties and "adcode" in onto.datatype_properties
True
>>> onto.is_subclass("Province", "Place")
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import KGError

__all__ = ["Ontology", "ontology_dir", "ontology_path", "shapes_path", "load_ontology", "subclasses", "org_classes", "place_classes", "admin_classes", "event_classes"]

KG = "https://w3id.org/kg-cn/ontology#"
_OWL = "http://www.w3.org/2002/07/owl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def ontology_dir() -> Path:
    """``kg/_ontology`` inside an installed wheel, else ``<repo>/ontology``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise KGError(f"ontology not found: neither {here / '_ontology'} nor {here.parent / 'ontology'} holds kg.ttl")


def ontology_path() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


@dataclass(frozen=True)
class Ontology:
    """Local names declared in the ``kg:`` namespace, by kind, and the class tree."""

    classes: frozenset[str]
    object_properties: frozenset[str]
    datatype_properties: frozenset[str]
    annotation_properties: frozenset[str] = frozenset()
    superclasses: dict[str, frozenset[str]] = field(default_factory=dict)   # direct, kg: names only
    labels: dict[str, dict[str, str]] = field(default_factory=dict)          # name -> {lang: label}

    @property
    def properties(self) -> frozenset[str]:
        return self.object_properties | self.datatype_properties | self.annotation_properties

    @property
    def terms(self) -> frozenset[str]:
        return self.classes | self.properties

    def ancestors(self, name: str) -> frozenset[str]:
        """Every kg: class above ``name`` (not itself)."""
        seen: set[str] = set()
        todo = list(self.superclasses.get(name, ()))
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.superclasses.get(c, ()))
        return frozenset(seen)

    def is_subclass(self, name: str, of: str) -> bool:
        return name == of or of in self.ancestors(name)


def load_ontology(path: str | Path | None = None) -> Ontology:
    """Read the ontology (default: :func:`ontology_path`); ~20 ms with pyoxigraph."""
    import pyoxigraph as ox

    path = Path(path) if path else ontology_path()
    kinds: dict[str, set[str]] = {"class": set(), "object": set(), "datatype": set(), "annotation": set()}
    by_type = {_OWL + "Class": "class", _RDFS + "Class": "class", _OWL + "ObjectProperty": "object",
               _OWL + "DatatypeProperty": "datatype", _OWL + "AnnotationProperty": "annotation"}
    supers: dict[str, set[str]] = {}
    labels: dict[str, dict[str, str]] = {}
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as err:
        raise KGError(f"cannot read the ontology {path}: {err}") from err
    for q in quads:
        s, p, o = q.subject, q.predicate.value, q.object
        if not isinstance(s, ox.NamedNode) or not s.value.startswith(KG):
            continue
        name = s.value[len(KG):]
        if p == _RDF + "type" and isinstance(o, ox.NamedNode):
            kind = by_type.get(o.value)
            if kind:
                kinds[kind].add(name)
        elif p == _RDFS + "subClassOf" and isinstance(o, ox.NamedNode) and o.value.startswith(KG):
            supers.setdefault(name, set()).add(o.value[len(KG):])
        elif p == _RDFS + "label" and isinstance(o, ox.Literal):
            labels.setdefault(name, {})[o.language or ""] = o.value
    return Ontology(
        classes=frozenset(kinds["class"]),
        object_properties=frozenset(kinds["object"]),
        datatype_properties=frozenset(kinds["datatype"]),
        annotation_properties=frozenset(kinds["annotation"]),
        superclasses={k: frozenset(v) for k, v in sorted(supers.items())},
        labels={k: dict(sorted(v.items())) for k, v in sorted(labels.items())},
    )


# -- class groups, derived from the ontology (never restated in code) --------------------
@lru_cache(maxsize=None)
def subclasses(of: str) -> frozenset[str]:
    """``of`` and every class the ontology declares under it.

    >>> sorted(subclasses("AdministrativeArea"))
    ['AdministrativeArea', 'County', 'Prefecture', 'Province', 'Township', 'Village']
    """
    onto = load_ontology()
    return frozenset(c for c in onto.classes if onto.is_subclass(c, of))


def org_classes() -> frozenset[str]:
    return subclasses("Organization")


def place_classes() -> frozenset[str]:
    return subclasses("Place")


def admin_classes() -> frozenset[str]:
    return subclasses("AdministrativeArea")


def event_classes() -> frozenset[str]:
    return subclasses("Event")

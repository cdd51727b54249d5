"""Extraction components by name: recognisers and fact patterns, built from a list.

Modelled on spaCy's factories. A component is registered under a stable name with
what it needs (components that must be built before it, whose instances it gets)
and what it assigns (ontology classes of the mentions it proposes, or relations of
the facts it reads). The :class:`~kg.extract.Extractor` is built from an ordered
list of names: :data:`DEFAULT_COMPONENTS` unless ``kg build --components`` (or a
config file) says otherwise, so an ablation is one flag and a new component is one
module plus one :func:`register` line.

Two kinds:

``mentions``
    ``factory(resources, *needed) -> callable(doc) -> list[Mention]``. Every
    mention carries ``source`` (the component's name unless the rule inside it
    names itself more finely, ``orgs.suffix``) and ``score``.
``facts``
    ``factory(resources, *needed) -> callable(ctx) -> Extracted`` where ``ctx`` is
    the article's :class:`FactContext`: its frame and the facts found so far, so
    a later pattern reads what an earlier one found (events read the posts).

>>> names = available()
>>> "orgs" in names and "events" in names
True
>>> info("orgs").needs
('places',)
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .errors import KGError

__all__ = ["Component", "FactContext", "register", "component", "available", "info", "resolve",
           "DEFAULT_COMPONENTS"]


@dataclass(frozen=True)
class Component:
    """A registered component: how to build it and what it does."""

    name: str
    kind: str                         # "mentions" or "facts"
    factory: str | Callable           # "module:attribute" (imported when first built) or a callable
    assigns: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    doc: str = ""

    def build(self, resources, built: dict[str, object]):
        """The component's callable; ``built`` holds the instances of the components it needs."""
        factory = self.factory
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module), attr)
        return factory(resources, *(built[n] for n in self.needs))


@dataclass
class FactContext:
    """One article as the fact patterns see it: the frame, and what earlier patterns found."""

    frame: object
    found: list = field(default_factory=list)   # the facts of the components run so far

    def posts(self) -> dict[str, str]:
        """person -> the body (or the place) of the post of theirs found first: the relation stage lists a post
        that heads its body before a deputy's or a seat's (市委副书记、市长某某: the mayor's, whose capacity
        convenes a government's meeting or receives guests); else the body of a membership."""
        holders = {f.head: f.tail for f in self.found if f.relation == "holder"}
        first: dict[str, str] = {}
        for f in self.found:
            if f.relation == "postIn" and f.head in holders:
                first.setdefault(holders[f.head], f.tail)
        # (a head of government whose government the article does not name holds the post in the place: the
        # place acts, not the committee of a deputy's post listed after it)
        return {**self.relation("memberOf"), **first}

    def relation(self, *names: str) -> dict[str, str]:
        """head -> tail of the facts found so far with one of these relations (the first wins)."""
        out: dict[str, str] = {}
        for f in self.found:
            if f.relation in names:
                out.setdefault(f.head, f.tail)
        return out


_REGISTRY: dict[str, Component] = {}


def register(name: str, factory: str | Callable, *, kind: str, assigns: Iterable[str] = (),
             needs: Iterable[str] = (), doc: str = "") -> Component:
    """Register a component under ``name`` (a later registration replaces an earlier one)."""
    if kind not in ("mentions", "facts"):
        raise KGError(f"component {name!r}: kind must be 'mentions' or 'facts', not {kind!r}")
    comp = Component(name, kind, factory, tuple(assigns), tuple(needs), doc)
    _REGISTRY[name] = comp
    return comp


def component(name: str, *, kind: str, assigns: Iterable[str] = (), needs: Iterable[str] = (), doc: str = ""):
    """Decorator form of :func:`register` for a factory defined in the caller's module."""
    def wrap(factory: Callable) -> Callable:
        register(name, factory, kind=kind, assigns=assigns, needs=needs, doc=doc or (factory.__doc__ or ""))
        return factory
    return wrap


def available() -> list[str]:
    return sorted(_REGISTRY)


def info(name: str) -> Component:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KGError(f"no extraction component named {name!r} (known: {', '.join(available())})") from None


def resolve(names: Sequence[str]) -> list[Component]:
    """The components of ``names`` in order, each after the components it needs.

    A needed component that is not listed is an error: the list is the whole
    pipeline, so what runs is what it says.
    """
    comps = [info(n) for n in names]
    listed = {c.name for c in comps}
    for c in comps:
        missing = [n for n in c.needs if n not in listed]
        if missing:
            raise KGError(f"component {c.name!r} needs {', '.join(map(repr, missing))}: add it to the list")
    order: list[Component] = []
    placed: set[str] = set()

    def place(c: Component) -> None:
        if c.name in placed:
            return
        for n in c.needs:
            place(info(n))
        placed.add(c.name)
        order.append(c)

    for c in comps:
        place(c)
    return order


def parse_list(spec: str) -> list[str]:
    """``"places,orgs,-topics"``: names in order; a leading ``-`` removes a name from the default list."""
    parts = [p.strip() for p in spec.replace(" ", ",").split(",") if p.strip()]
    if parts and all(p.startswith("-") for p in parts):
        drop = {p[1:] for p in parts}
        for d in drop:
            info(d)
        return [n for n in DEFAULT_COMPONENTS if n not in drop]
    for p in parts:
        info(p.lstrip("-"))
    return [p for p in parts if not p.startswith("-")]


# -- adapters: the fact stages read the article's context --------------------------------
def _relations(resources, *_):
    from .relations import RelationExtractor

    find = RelationExtractor(resources)
    return lambda ctx: find(ctx.frame)


def _events(resources, *_):
    from .events import EventExtractor

    find = EventExtractor(resources)
    return lambda ctx: find(ctx.frame, ctx.relation("locatedIn", "partOf"), ctx.posts())


def _statistics(resources, *_):
    from .statistics import StatisticsExtractor

    find = StatisticsExtractor(resources)
    return lambda ctx: find(ctx.frame)


def _comention(resources, *_):
    from .clauses import Extracted
    from .relations import comention_facts

    return lambda ctx: Extracted(facts=comention_facts(ctx.frame))


# -- the built-in components, in the order they run ---------------------------------------
_M = "kg.mentions"
register("places", f"{_M}.places:AdminPlaceRecognizer", kind="mentions",
         assigns=("Province", "Prefecture", "County", "Township", "Village"),
         doc="administrative places: GB/T 2260 names, short forms, townships and villages by suffix")
register("divisions", f"{_M}.divisions:DivisionRecognizer", kind="mentions", needs=("places",),
         assigns=("Township", "Village"),
         doc="townships and villages the statistics bureau's tables hold under the counties the article names")
register("foreign_places", f"{_M}.places:ForeignPlaceRecognizer", kind="mentions",
         assigns=("Country", "Place"), doc="countries, world regions and foreign cities (CLDR)")
register("orgs", f"{_M}.organizations:OrganizationRecognizer", kind="mentions", needs=("places",),
         assigns=("Organization", "GovernmentBody", "PartyOrganization", "University", "School", "Hospital",
                  "Company"), doc="organisations by head word and by place + body")
register("persons", f"{_M}.persons:PersonRecognizer", kind="mentions", assigns=("Person",),
         doc="persons: after a post, before a post, in a list of names")
register("roles", f"{_M}.persons:RoleRecognizer", kind="mentions", assigns=("Role",),
         doc="posts (书记, 县长, 主任 …)")
register("bylines", f"{_M}.bylines:BylineRecognizer", kind="mentions", assigns=("Person", "Role"),
         doc="reporters in the credit line (本报记者 某某) with their role; listed before persons, "
             "so a name both read wins its role")
register("landmarks", f"{_M}.landmarks:LandmarkRecognizer", kind="mentions", needs=("places",),
         assigns=("Landmark", "NaturalPlace", "Place", "Initiative"),
         doc="sites, venues, rivers and mountains, zones and designated programmes by head word")
register("documents", f"{_M}.documents:DocumentRecognizer", kind="mentions", assigns=("Document",),
         doc="《…》 titles and numbered documents")
register("campaigns", f"{_M}.initiatives:CampaignRecognizer", kind="mentions", assigns=("Campaign",),
         doc="party campaigns (主题教育, 专项行动)")
register("initiatives", f"{_M}.initiatives:InitiativeRecognizer", kind="mentions",
         assigns=("Initiative",), doc="quoted practices, 制/模式/工程 heads, national programmes")
register("concepts", f"{_M}.concepts:ConceptRecognizer", kind="mentions", assigns=("Concept", "Meeting"),
         doc="policy concepts from the concept table; the Party's congresses named by themselves")
register("topics", f"{_M}.concepts:TopicRecognizer", kind="mentions", assigns=("Topic",),
         doc="topics an article is about (民生, 就业 …)")
register("relations", "kg.components:_relations", kind="facts",
         assigns=("hasRole", "memberOf", "locatedIn", "partOf", "implements", "focusesOn", "uses",
                  "participatesIn"), doc="posts, places of bodies, who implements what")
register("events", "kg.components:_events", kind="facts",
         assigns=("Meeting", "DocumentIssuance", "Visit", "Event", "Milestone"),
         doc="meetings, issuances, visits, signings, milestones with their slots")
register("statistics", "kg.components:_statistics", kind="facts", assigns=("Observation",),
         doc="figures with their subject, measure, unit and period")
register("comention", "kg.components:_comention", kind="facts", assigns=("coMentionedWith",),
         doc="the co-mention layer: entities named in one sentence")

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "places", "divisions", "foreign_places", "orgs", "bylines", "persons", "roles", "landmarks", "documents", "campaigns",
    "initiatives", "concepts", "topics", "relations", "events", "statistics", "comention")

"""Typed relations between the entities of an article, each with its evidence sentence.

A package of small patterns over the clauses of :mod:`kg.clauses` (who acts in each
clause) and the entities found in them. Each pattern is ``find(ctx) -> list[candidate]``
over the article's :class:`~kg.relations.context.RelationContext`; the patterns run in
the order of :data:`PATTERNS` (a later one reads the candidates of those before it), and
:func:`~kg.relations.context.emit` turns the candidates into facts, Role and Post nodes.
Every candidate names its rule (``relations.post``, ``relations.located_context`` …).
Cue words are data (``kg/data/relation_cues.tsv``, ``kg/data/role_bodies.tsv``).

- :mod:`.located`: ``locatedIn`` from the sentence and from an institution's name,
  departments ``partOf`` their government or committee;
- :mod:`.acting`: ``implements``, ``focusesOn``, ``uses``, ``participatesIn``, ``partOf``
  by the agents of a clause;
- :mod:`.posts`: ``hasRole``/``memberOf`` and ``Post`` nodes;
- :mod:`.comention`: the co-mention layer (:func:`comention_facts`), a component of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..clauses import Extracted, Frame
from ..resources import Resources
from . import acting, located, posts
from .comention import COMENTION, comention_facts
from .context import Candidate, PostCandidate, RelationContext, RelationCues, emit, role_entity

__all__ = ["RelationCues", "RelationExtractor", "RelationContext", "Candidate", "PostCandidate", "PATTERNS",
           "comention_facts", "COMENTION", "role_entity"]

Pattern = Callable[[RelationContext], list]

# name -> pattern, in the order they run
PATTERNS: dict[str, Pattern] = {
    "located_context": located.by_context,
    "listed_under": located.listed_under,
    "institution_place": located.institution_places,
    "acting": acting.clause_relations,
    "unclaimed": acting.unclaimed_initiatives,
    "visit_topics": acting.visit_topics,
    "department": located.departments,
    "name_part": located.name_parts,
    "site_address": located.site_addresses,
    "abroad": located.abroad,
    "visit_sites": located.visit_sites,
    "home_sites": located.home_sites,
    "title_issuer": located.title_issuers,
    "posts": posts.posts,
    "bylines": posts.bylines,
}


class RelationExtractor:
    """Finds the typed relations of one article from its :class:`~kg.clauses.Frame`.

    Holds only what every article shares (cue tables, the gazetteer, the pattern list);
    each call builds the article's own context.
    """

    def __init__(self, resources: Resources, cues: RelationCues | None = None,
                 patterns: Sequence[str] | None = None):
        self.gazetteer = resources.gazetteer
        self.roles = frozenset(resources.lexicon.names.roles)
        self.headed_roles = frozenset(r for r, with_head in resources.lexicon.names.roles.items() if with_head)
        self.cues = cues or RelationCues.load(names=resources.lexicon.names)
        self.patterns = [(name, PATTERNS[name]) for name in (patterns or PATTERNS)]

    def __call__(self, frame: Frame) -> Extracted:
        ctx = RelationContext(frame, self.cues, self.gazetteer, self.roles, self.headed_roles)
        for _, find in self.patterns:
            ctx.found.extend(find(ctx))
        return emit(ctx, ctx.found)

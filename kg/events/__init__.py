"""Events as frames: meetings, document issuances, visits, signings, milestones.

Each event is an :class:`~kg.model.Entity` of an ontology class (``Meeting``,
``DocumentIssuance``, ``Visit``, ``Milestone``, ``Event`` for signings) with its
date (``date``; ``dateBefore`` for 之前/截至/会前; ``startDate``/``endDate`` for
ranges; ``dateNote`` when the text only says 近日) and facts for its slots:
``organizer``, ``place``, ``document``, ``campaign``, ``chair``, ``attendee``,
``agent``; issuances also give ``issuedBy`` and visits ``visited``.

The package is a list of small pattern modules (:data:`PATTERNS`), each
``find(ctx) -> list[Candidate]`` over one article's
:class:`~kg.events.base.EventContext`, and one shared step
(:mod:`kg.events.resolve`) that orders the candidates, settles what depends on
the event named before (当日, 会前, the chair of the meeting just named, the tour a
visitor is on) and emits nodes and facts. Cue words are in
``kg/data/event_cues.tsv``; every candidate names its pattern (``events.meeting``,
``events.visit`` …) and carries a score.

The id of an event is readable and deterministic, distinct per (type, label, date,
organizer): ``Meeting/<label>/<date>/<organizer>``, so the same meeting named by
two bodies on two dates gives two nodes, and the same meeting reported by two
articles one.
"""
from __future__ import annotations

from types import ModuleType

from ..clauses import Extracted, Frame
from ..resources import Resources
from . import actions, ceremonies, issuances, meetings, mentioned, milestones, participants, talks, visits
from .base import Candidate, EventContext, EventCues, _Finder, event_id
from .resolve import emit, settle

__all__ = ["EventCues", "EventExtractor", "EventContext", "Candidate", "PATTERNS", "event_id"]

# the patterns in the order their candidates are taken within a clause
PATTERNS: tuple[ModuleType, ...] = (meetings, issuances, ceremonies, milestones, visits, mentioned, actions, talks)


class EventExtractor:
    """Finds the events of one article from its :class:`~kg.clauses.Frame`.

    Holds only what is built once (the cue words and their compiled patterns);
    everything about an article travels in the :class:`EventContext` of the call.
    """

    def __init__(self, resources: Resources | None = None, cues: EventCues | None = None,
                 patterns: tuple[ModuleType, ...] = PATTERNS):
        self.cues = cues or EventCues.load(
            posts=frozenset(resources.lexicon.names.roles) if resources is not None else None)
        self.patterns = patterns
        self._finder = _Finder()

    def context(self, frame: Frame, located: dict[str, str] | None = None,
                posts: dict[str, str] | None = None) -> EventContext:
        return EventContext(frame, self.cues, dict(located or {}), dict(posts or {}), self._finder)

    def candidates(self, ctx: EventContext) -> list[list[Candidate]]:
        """What each pattern proposes, one list a pattern."""
        return [p.find(ctx) for p in self.patterns]

    def __call__(self, frame: Frame, located: dict[str, str] | None = None,
                 posts: dict[str, str] | None = None) -> Extracted:
        """``located``: entity id -> its place; ``posts``: person id -> the organisation of their post."""
        ctx = self.context(frame, located, posts)
        events = settle(ctx, self.candidates(ctx), participants.find(ctx))
        return emit(frame, events)

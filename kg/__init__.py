"""kg: a knowledge-graph builder for Chinese government and party news.

``kg.build(paths)`` reads articles into a :class:`~kg.api.KnowledgeGraph`,
``kg.load(path)`` opens one ``kg build`` wrote (see :mod:`kg.api`). Importing
``kg`` stays cheap: the pipeline, pandas and rdflib load on first use.

>>> import kg
>>> kg.__version__
'0.1.0'
>>> kg.KnowledgeGraph
<class 'kg.api.KnowledgeGraph'>
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "load", "KnowledgeGraph"]


def build(paths, **options):
    """Read articles from files and folders into a KnowledgeGraph: :func:`kg.api.build`."""
    from .api import build as _build

    return _build(paths, **options)


def load(path):
    """Open a graph ``kg build`` wrote (output folder, node-link JSON, RDF): :func:`kg.api.load`."""
    from .api import load as _load

    return _load(path)


def __getattr__(name: str):
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

"""A pyoxigraph store wrapped to keep the text of every query sent to it (what reaches Oxigraph)."""
from __future__ import annotations


def spied(store) -> tuple[object, list[str]]:
    """(a wrapper of ``store`` answering as it does, the list the wrapper appends each query's text to)."""
    sent: list[str] = []

    class Spy:
        def named_graphs(self):
            return store.named_graphs()

        def query(self, text, **options):
            sent.append(text)
            return store.query(text, **options)

    return Spy(), sent

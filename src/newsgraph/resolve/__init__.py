"""Across articles: entity merging, geocoding, event merging, stories.

``derivations()`` lists the KB-wide derivations a build runs after writing
articles.  Each is a deterministic full recompute from the per-article rows,
so a resumed or repeated build ends with the same KB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.storage.store import Derivation


def derivations() -> list[Derivation]:
    """(name, function(conn)) pairs in the order they run."""
    from newsgraph.resolve.entities import merge_entities

    return [("kb_entities", merge_entities)]

"""The SQLite knowledge base: schema, migrations, writer, queries (no spaCy here)."""

from newsgraph.storage.store import KnowledgeBase, connect, migrate, search, stats

__all__ = ["KnowledgeBase", "connect", "migrate", "search", "stats"]

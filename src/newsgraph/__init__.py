"""newsgraph: dated news articles to a time-anchored knowledge base."""

__version__ = "0.1.0"

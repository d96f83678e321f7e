"""Files and feeds to ``Article``: formats, dates, segmentation, datelines."""

from newsgraph.ingest.readers import (
    Record,
    article_id,
    build_article,
    content_key,
    discover,
    parse_date,
    parse_text,
    read_file,
    read_paths,
)
from newsgraph.ingest.segment import find_dateline, segment, split_line

__all__ = [
    "Record", "article_id", "build_article", "content_key", "discover", "find_dateline",
    "parse_date", "parse_text", "read_file", "read_paths", "segment", "split_line",
]

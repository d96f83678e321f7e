"""A rule-only pipeline and a KB dump for build tests (no spaCy model needed).

Run as a script it builds a KB the way the CLI does, optionally slowed down,
so tests can kill it at arbitrary moments:
    python tests/build_helpers.py DB PATH... [--delay SECONDS]
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsgraph.model import Entity, Timex  # noqa: E402
from newsgraph.pipeline import Analysis, Pipeline, Stage  # noqa: E402

DELAY = 0.0


def _capitalised_entities(analysis: Analysis) -> Mapping[str, Any]:
    if DELAY:
        time.sleep(DELAY)
    article = analysis.article
    if "EXPLODE" in article.text:
        raise ValueError("this article makes the stage fail")
    if "CRASH" in article.text:
        os._exit(3)  # a worker process dying mid-article (segfault, OOM kill)
    groups: dict[str, list[tuple[int, int]]] = {}
    for match in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", article.text):
        groups.setdefault(match.group(0), []).append(match.span())
    entities = [
        Entity(id=f"e{i}", name=name, type="OTHER", aliases=(name,),
               mentions=tuple(article.mention(s, e) for s, e in spans))
        for i, (name, spans) in enumerate(sorted(groups.items()))
    ]
    return {"entities": entities}


def _years(analysis: Analysis) -> Mapping[str, Any]:
    article = analysis.article
    timexes = [
        Timex(m.group(0), "DATE", m.group(0), None, article.sentence_index(m.start()), m.start(), m.end())
        for m in re.finditer(r"\b(19|20)\d\d\b", article.text)
    ]
    return {"timexes": timexes}


def rule_pipeline() -> Pipeline:
    return Pipeline([
        Stage("test.capitalised.v1", _capitalised_entities, requires=("article",), assigns=("entities",)),
        Stage("test.years.v1", _years, requires=("article",), assigns=("timexes",)),
    ])


def dump(db: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every KB table (sorted), for comparing two knowledge bases."""
    conn = sqlite3.connect(db)
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sentences_fts%' ORDER BY name")]
    out = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
    out["fts"] = sorted(conn.execute("SELECT rowid, text FROM sentences_fts").fetchall())
    conn.close()
    return out


if __name__ == "__main__":
    from newsgraph.build import build

    args = sys.argv[1:]
    if "--delay" in args:
        position = args.index("--delay")
        DELAY = float(args[position + 1])
        del args[position:position + 2]
    summary = build(args[1:], args[0], pipeline_factory=rule_pipeline, derivations=[])
    print(summary.stored, len(summary.rejected))

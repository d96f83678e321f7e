"""Terminal rendering for the CLI: progress bar, tables, digests (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from newsgraph.build import BuildProgress
from newsgraph.model import Extraction


class BuildProgressBar:
    """A files-read progress bar on stderr, or nothing when disabled."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> BuildProgressBar:
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                TextColumn("{task.fields[stored]} stored, {task.fields[rejected]} rejected"),
                TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("build", total=None, stored=0, rejected=0)
        return self

    def update(self, event: BuildProgress) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=event.files_done, total=event.files_total,
                                  stored=event.stored, rejected=event.rejected)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def render_stats(db: str, data: dict[str, Any]) -> None:
    console = Console()
    table = Table(title=f"{db}", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in data["counts"].items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    if data["first_published"]:
        console.print(f"published {data['first_published']} .. {data['last_published']}")
    if data["sources"]:
        console.print("sources: " + ", ".join(f"{name} ({count:,})" for name, count in data["sources"]))
    if data["entity_types"]:
        console.print("entities: " + ", ".join(f"{name} ({count:,})" for name, count in data["entity_types"]))


def render_extraction(extraction: Extraction) -> None:
    """A readable digest of one article's extraction."""
    console = Console()
    article = extraction.article
    console.print(f"[bold]{article.title}[/bold]  {article.published}  {article.url or ''}")
    dateline = f"  dateline: {article.dateline.place}" if article.dateline else ""
    console.print(f"{len(article.sentences)} sentences{dateline}")
    if extraction.entities:
        table = Table("entity", "type", "roles", "country", "mentions", title="entities")
        for entity in extraction.entities:
            table.add_row(entity.name, entity.type, ", ".join(entity.roles), entity.country or "",
                          str(len(entity.mentions)))
        console.print(table)
    if extraction.timexes:
        table = Table("text", "type", "value", "mod", title="time expressions")
        for timex in extraction.timexes:
            table.add_row(timex.text, timex.type, timex.value, timex.mod or "")
        console.print(table)
    names = {entity.id: entity.name for entity in extraction.entities}
    if extraction.quotes:
        table = Table("speaker", "cue", "kind", "quote", title="quotes")
        for quote in extraction.quotes:
            speaker = names.get(quote.speaker or "", quote.speaker_text or "")
            table.add_row(speaker, quote.cue or "", quote.kind, quote.text)
        console.print(table)
    for title, items in (("claims", extraction.claims), ("events", extraction.events)):
        if items:
            console.print(f"{len(items)} {title}")

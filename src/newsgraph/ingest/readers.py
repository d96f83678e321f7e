"""Readers that turn files into ``Article`` objects.

Every reader yields, for each record it finds, either an ``Article`` or an
``InputError`` naming the file, the line and the problem: a bad record never
stops the batch and never disappears.

Formats:
  * the canonical text format: title / ``YYYYMMDD`` / URL (may be empty) /
    body, one sentence per line;
  * JSON Lines: one article per line with ``title``, ``published`` or
    ``date`` (ISO 8601 or ``YYYYMMDD``), ``url``, and ``text`` or
    ``sentences``;
  * HTML pages (main text and metadata by trafilatura);
  * directories (recursively) and ``.gz`` files of any of these.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import MSG_BAD_DATE, MSG_EMPTY, MSG_NO_BODY, MSG_NO_TITLE, InputError
from newsgraph.ingest.segment import find_dateline, segment
from newsgraph.model import Article

Record = Article | InputError

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
# Files that sit beside corpora but are not articles; a directory walk passes
# over them (and counts them), a file named on the command line is still read.
NON_ARTICLE_STEMS = frozenset({"readme", "license", "licence", "source", "manifest", "changelog", "notice"})


def article_id(*, url: str | None, title: str, published: dt.date) -> str:
    """Stable id: the URL when there is one, else title and date."""
    key = url.strip() if url and url.strip() else f"{title.strip()}\x00{published.isoformat()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_key(text: str) -> str:
    """Hash of the normalised body text: two copies of one story share it."""
    normal = " ".join(text.lower().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


def parse_date(value: str) -> dt.date | None:
    """``YYYYMMDD`` or ISO 8601 (date or date-time) to a real calendar date."""
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        except ValueError:
            return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", value)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    return None


def build_article(*, title: str, published: dt.date, url: str | None, body_lines: list[str],
                  origin: str) -> Article:
    """Normalise (NFC) and segment; the body is the lines joined with ``\\n``."""
    title = unicodedata.normalize("NFC", title.strip())
    url = url.strip() if url and url.strip() else None
    lines = [unicodedata.normalize("NFC", line.rstrip("\r")) for line in body_lines]
    while lines and not lines[-1].strip():
        lines.pop()
    text = "\n".join(lines)
    sentences = segment(text)
    return Article(
        id=article_id(url=url, title=title, published=published),
        title=title, published=published, url=url, text=text, sentences=sentences,
        dateline=find_dateline(text, sentences), origin=origin,
    )


def parse_text(content: str, *, origin: str) -> Article:
    """The canonical text format; raises ``InputError`` with the offending line."""
    content = content.lstrip("\ufeff")
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not content.strip():
        raise InputError(origin, MSG_EMPTY)
    if len(lines) < 2:
        raise InputError(origin, MSG_BAD_DATE.format(found=""), line=2)
    title = lines[0].strip()
    if not title:
        raise InputError(origin, MSG_NO_TITLE, line=1)
    published = parse_date(lines[1]) if re.fullmatch(r"\s*\d{8}\s*", lines[1]) else None
    if published is None:
        raise InputError(origin, MSG_BAD_DATE.format(found=lines[1].strip()[:40]), line=2)
    url = lines[2] if len(lines) > 2 else ""
    if url.strip() and not re.match(r"\s*[a-z][a-z0-9+.-]*://\S+\s*$", url, re.I):
        raise InputError(origin, f"line 3 must be the URL (or empty); found {url.strip()[:60]!r}", line=3)
    body = lines[3:]
    if not any(line.strip() for line in body):
        raise InputError(origin, MSG_NO_BODY, line=4)
    return build_article(title=title, published=published, url=url, body_lines=body, origin=origin)


def parse_json_record(line: str, *, origin: str, line_no: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not valid JSON ({exc.msg} at column {exc.colno})", line=line_no) from None
    if not isinstance(record, dict):
        raise InputError(origin, "expected a JSON object per line", line=line_no)
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InputError(origin, "missing or empty 'title'", line=line_no)
    raw_date = record.get("published", record.get("date"))
    if not isinstance(raw_date, str):
        raise InputError(origin, "missing 'published' (or 'date') as ISO 8601 or YYYYMMDD", line=line_no)
    published = parse_date(raw_date)
    if published is None:
        raise InputError(origin, f"'published' is not a real calendar date: {raw_date!r}", line=line_no)
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise InputError(origin, "'url' must be a string or null", line=line_no)
    if isinstance(record.get("sentences"), list):
        body = [str(s) for s in record["sentences"]]
    elif isinstance(record.get("text"), str):
        body = record["text"].replace("\r\n", "\n").split("\n")
    else:
        raise InputError(origin, "missing 'text' (a string) or 'sentences' (a list)", line=line_no)
    if not any(line.strip() for line in body):
        raise InputError(origin, "the article body is empty", line=line_no)
    return build_article(title=title, published=published, url=url, body_lines=body,
                         origin=f"{origin}:{line_no}")


def parse_html(content: str, *, origin: str) -> Article:
    import trafilatura  # imported here: only HTML input pays for it

    extracted = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    document = extracted.as_dict() if hasattr(extracted, "as_dict") else extracted
    if not document or not (document.get("text") or "").strip():
        raise InputError(origin, "no article text found in the HTML page")
    title = (document.get("title") or "").strip()
    if not title:
        raise InputError(origin, "the HTML page has no title")
    published = parse_date(document.get("date") or "")
    if published is None:
        raise InputError(origin, "the HTML page has no publication date (meta tags or visible date)")
    body = [line for line in document["text"].split("\n") if line.strip()]
    return build_article(title=title, published=published, url=document.get("url"), body_lines=body,
                         origin=origin)


def _decode(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(origin, f"not UTF-8 text (bad byte at offset {exc.start})", line=line) from None


def _format_of(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    for suffix in TEXT_SUFFIXES:
        if lowered.endswith(suffix):
            return "text"
    for suffix in JSONL_SUFFIXES:
        if lowered.endswith(suffix):
            return "jsonl"
    for suffix in HTML_SUFFIXES:
        if lowered.endswith(suffix):
            return "html"
    return None


def read_file(path: str | os.PathLike[str]) -> Iterator[Record]:
    """Every article (or rejection) in one file."""
    origin = str(path)
    fmt = _format_of(origin) or "text"
    try:
        data = Path(path).read_bytes()
        if origin.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(origin, f"cannot read the file: {exc}")
        return
    try:
        content = _decode(data, origin)
    except InputError as exc:
        yield exc
        return
    if fmt == "jsonl":
        for line_no, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield parse_json_record(line, origin=origin, line_no=line_no)
            except InputError as exc:
                yield exc
        return
    try:
        yield parse_html(content, origin=origin) if fmt == "html" else parse_text(content, origin=origin)
    except InputError as exc:
        yield exc


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[str], list[InputError]]:
    """Files to read under ``paths``: (files, passed-over files, missing paths).

    Directories are walked recursively in sorted order, keeping files with an
    article suffix (optionally ``.gz``) and passing over corpus metadata
    (README, SOURCE, MANIFEST, ...).  Named files are always kept.
    """
    files: list[str] = []
    passed: list[str] = []
    missing: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    stem = name.lower().split(".", 1)[0]
                    if name.startswith(".") or _format_of(name) is None or stem in NON_ARTICLE_STEMS:
                        passed.append(full)
                    else:
                        files.append(full)
        elif path.is_file():
            files.append(str(path))
        else:
            missing.append(InputError(str(path), "no such file or directory"))
    return files, passed, missing


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Record]:
    """Every record under ``paths`` in a deterministic order."""
    files, _passed, missing = discover(paths)
    yield from missing
    for file in files:
        yield from read_file(file)

"""Attribution extraction scored on PolNeAR (Newell, Margolin & Ruths, LREC 2018).

PolNeAR annotates attributions in brat standoff: text-bound ``Source``,
``Cue`` and ``Content`` spans (a span may be discontinuous, ``s1 e1;s2 e2``)
and one ``Attribution`` event per attribution (``E1 Attribution:T4
Content:T3 Cue:T2 Source:T1``; ``Attribution-no-source`` when the source is
implicit).  Articles annotated by several annotators have one ``.ann`` per
annotator (``<name>_<annotator>.ann``); each file is scored as its own gold
document and the counts are summed (micro-average).

Each article is fed to newsgraph in the canonical form: title = the file
name, date = ``publication_date`` from ``metadata.tsv``, no URL, body = the
text's lines, so body offsets are the file's offsets (after NFC
normalisation, which is mapped back).

Scores (micro-averaged over gold files):

* **content exact** - a system quote span matches a gold content when both
  are equal after stripping surrounding white space, quotation marks and
  punctuation (the corpus includes the marks and closing punctuation of
  direct quotes; newsgraph's ``text`` does not);
* **content overlap** - a system span matches a gold content when they share
  at least one non-space character; matching is one-to-one, pairs taken in
  order of decreasing overlap (the lenient measure of the PARC / PolNeAR
  attribution papers);
* **source F1** - the same two measures between gold ``Source`` spans and the
  system's ``speaker_text`` spans (of all system quotes);
* **speaker accuracy** - among overlap-matched content pairs whose gold
  attribution has a source, the fraction whose system speaker span overlaps
  a gold source of that content (``speaker_acc``); ``speaker_acc_exact``
  asks for an exact (normalised) match instead.

Gold content spans are the extent of their fragments (first start to last
end).  A cue-less direct quote that continues the quote before it in the same
paragraph is joined to it before scoring (PolNeAR's discontinuous content).
Run: ``python -m newsgraph.evaluation.polnear --split dev``.

Results (spaCy en_core_web_md 3.7.1, newsgraph.quotes.v1 + coref.v1):

=========================  =====  =====  =====
PolNeAR                      P      R     F1
=========================  =====  =====  =====
dev, content overlap        89.0   67.1   76.5
dev, content exact          62.5   47.1   53.7
dev, source overlap         88.3   66.6   75.9
dev, source exact           74.1   55.9   63.8
train, content overlap      87.3   65.1   74.6
train, content exact        62.2   46.3   53.1
=========================  =====  =====  =====

Speaker accuracy: dev 87.7 (exact source span 73.9), train 88.3 (73.7).
Rules and lexicons were chosen from train errors; dev was scored after
changes to watch progress, never mined for rules.  For comparison, citron
(trained on PARC 3.0) reports on PARC 3.0 a quote span F1 of 56.7 and a
speaker F1 of 82.0 - a different corpus (Wall Street Journal news), other
annotation guidelines and its own span measures, so the numbers are context,
not a ranking.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]
PUNCT = " \t\n\"'“”‘’«».,;:!?—–-()"

# citron (Newell et al.'s successor system, trained on PARC 3.0) as reported on PARC 3.0 test.
CITRON_PARC3 = {"quote_span_f1": 56.7, "speaker_f1": 82.0}


@dataclass
class GoldAttribution:
    content: Span
    source: Span | None
    cue: Span | None


@dataclass
class GoldDoc:
    name: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def read_ann(text: str) -> list[GoldAttribution]:
    """Attributions of one brat ``.ann`` file (events with a Content; Source optional)."""
    spans: dict[str, tuple[str, Span]] = {}
    events: list[dict[str, list[str]]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            try:
                fragments = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
                start, end = fragments[0][0], fragments[-1][-1]
            except (ValueError, IndexError):
                continue
            spans[parts[0]] = (label, (start, end))
        elif parts[0].startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    result = []
    for roles in events:
        sources = [spans[r][1] for r in roles.get("Source", []) if r in spans]
        cues = [spans[r][1] for r in roles.get("Cue", []) if r in spans]
        for ref in roles.get("Content", []):
            if ref in spans:
                result.append(GoldAttribution(spans[ref][1], sources[0] if sources else None,
                                              cues[0] if cues else None))
    return result


def normalised(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in PUNCT:
        start += 1
    while end > start and text[end - 1] in PUNCT:
        end -= 1
    return start, end


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_overlap(gold: Sequence[Span], system: Sequence[Span]) -> dict[int, int]:
    """One-to-one overlap matching, gold index -> system index, largest overlaps first."""
    pairs = sorted(((overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if overlap(g, s) > 0), reverse=True)
    used_gold: set[int] = set()
    used_system: set[int] = set()
    result: dict[int, int] = {}
    for _, gi, si in pairs:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        result[gi] = si
    return result


def match_exact(text: str, gold: Sequence[Span], system: Sequence[Span]) -> int:
    remaining = [normalised(text, s) for s in system]
    hits = 0
    for g in gold:
        key = normalised(text, g)
        if key in remaining:
            remaining.remove(key)
            hits += 1
    return hits


@dataclass
class SystemQuote:
    content: Span
    source: Span | None
    cue: str | None = None


def score_doc(text: str, gold: Sequence[GoldAttribution], system: Sequence[SystemQuote]) -> dict[str, int]:
    """Counts for one document (see the module docstring for the definitions)."""
    gold_contents: list[Span] = []
    gold_sources_of: list[list[Span]] = []
    for attribution in gold:
        if attribution.content in gold_contents:
            index = gold_contents.index(attribution.content)
        else:
            gold_contents.append(attribution.content)
            gold_sources_of.append([])
            index = len(gold_contents) - 1
        if attribution.source is not None and attribution.source not in gold_sources_of[index]:
            gold_sources_of[index].append(attribution.source)
    system_contents = [q.content for q in system]
    matched = match_overlap(gold_contents, system_contents)
    counts = {
        "gold_content": len(gold_contents), "system_content": len(system_contents),
        "content_exact": match_exact(text, gold_contents, system_contents),
        "content_overlap": len(matched),
    }
    gold_sources = sorted({a.source for a in gold if a.source is not None})
    system_sources = sorted({q.source for q in system if q.source is not None})
    counts.update({
        "gold_source": len(gold_sources), "system_source": len(system_sources),
        "source_exact": match_exact(text, gold_sources, system_sources),
        "source_overlap": len(match_overlap(gold_sources, system_sources)),
    })
    speaker_total = speaker_ok = speaker_exact = 0
    for gi, si in matched.items():
        sources = gold_sources_of[gi]
        if not sources:
            continue
        speaker_total += 1
        predicted = system[si].source
        if predicted is None:
            continue
        if any(overlap(predicted, s) > 0 for s in sources):
            speaker_ok += 1
        if any(normalised(text, predicted) == normalised(text, s) for s in sources):
            speaker_exact += 1
    counts.update({"speaker_total": speaker_total, "speaker_ok": speaker_ok, "speaker_exact": speaker_exact})
    return counts


def prf(hits_p: int, hits_r: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = hits_p / n_system if n_system else 0.0
    r = hits_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}


def summarise(counts: dict[str, int]) -> dict[str, Any]:
    c = counts
    return {
        "content_exact": prf(c["content_exact"], c["content_exact"], c["system_content"], c["gold_content"]),
        "content_overlap": prf(c["content_overlap"], c["content_overlap"], c["system_content"], c["gold_content"]),
        "source_exact": prf(c["source_exact"], c["source_exact"], c["system_source"], c["gold_source"]),
        "source_overlap": prf(c["source_overlap"], c["source_overlap"], c["system_source"], c["gold_source"]),
        "speaker_acc": round(100 * c["speaker_ok"] / c["speaker_total"], 1) if c["speaker_total"] else 0.0,
        "speaker_acc_exact": round(100 * c["speaker_exact"] / c["speaker_total"], 1) if c["speaker_total"] else 0.0,
        "counts": dict(c),
    }


# --------------------------------------------------------------------------- corpus


def shared_root() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def nfc_offsets(raw: str) -> tuple[str, list[int]] | None:
    """NFC text and, for every raw offset (and the end), its offset in the NFC text."""
    chunks: list[str] = []
    for char in raw:
        if chunks and unicodedata.combining(char):
            chunks[-1] += char
        else:
            chunks.append(char)
    mapping: list[int] = []
    parts: list[str] = []
    position = 0
    for chunk in chunks:
        normal = unicodedata.normalize("NFC", chunk)
        mapping.extend([position] * len(chunk))
        parts.append(normal)
        position += len(normal)
    mapping.append(position)
    text = "".join(parts)
    if text != unicodedata.normalize("NFC", raw):
        return None
    return text, mapping


def load_split(data: Path, split: str, *, limit: int | None = None) -> list[tuple[str, str, dt.date, list[GoldDoc]]]:
    """(name, raw text, date, gold docs) per article of ``split``."""
    dates: dict[str, dt.date] = {}
    with open(data / "metadata.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
            except (KeyError, ValueError):
                continue
    by_article: dict[str, list[GoldDoc]] = {}
    for ann in sorted((data / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        doc = GoldDoc(ann.stem, read_ann(ann.read_text(encoding="utf-8")))
        by_article.setdefault(name, []).append(doc)
    items = []
    for name in sorted(by_article):
        path = data / split / "text" / f"{name}.txt"
        if not path.exists():
            continue
        raw = path.read_text(encoding="utf-8")
        items.append((name, raw, dates.get(name, dt.date(2016, 1, 1)), by_article[name]))
    return items[:limit] if limit else items


def system_quotes(items: Sequence[tuple[str, str, dt.date, list[GoldDoc]]], *,
                  batch_size: int = 16) -> Iterable[tuple[int, list[SystemQuote], list[int]]]:
    """(item index, system quotes in raw offsets, raw->nfc mapping) per article."""
    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import load_nlp, parse
    from newsgraph.extract.quotes import quotes_from_doc
    from newsgraph.ingest.readers import build_article

    nlp = load_nlp()
    prepared = []
    for index, (name, raw, date, _) in enumerate(items):
        mapped = nfc_offsets(raw.replace("\r", " "))
        if mapped is None:
            continue
        article = build_article(title=name, published=date, url=None,
                                body_lines=raw.replace("\r", " ").split("\n"), origin=name)
        prepared.append((index, article, mapped[1]))
    for begin in range(0, len(prepared), batch_size):
        batch = prepared[begin:begin + batch_size]
        for (index, article, mapping), doc in zip(batch, parse(nlp, [b[1] for b in batch]), strict=True):
            entities = entities_with_pronouns(article, doc, entities_from_doc(article, doc))
            quotes = quotes_from_doc(article, doc, entities)
            back = {n: r for r, n in reversed(list(enumerate(mapping)))}
            out = []
            for q in _join_continuations(article.text, quotes):
                source = None
                if q.speaker_start is not None and q.speaker_end is not None:
                    source = (back.get(q.speaker_start, q.speaker_start), back.get(q.speaker_end, q.speaker_end))
                out.append(SystemQuote((back.get(q.start, q.start), back.get(q.end, q.end)), source, q.cue))
            yield index, out, mapping


def _join_continuations(text: str, quotes: Sequence[Any]) -> list[Any]:
    """Join a cue-less direct quote to the quote before it in the same paragraph.

    PolNeAR annotates a quotation interrupted by its attribution ("“A,” X said.
    “B.”") as one (discontinuous) content; newsgraph reports the two parts as
    two quotes of one speaker.
    """
    from dataclasses import replace

    joined: list[Any] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if joined and quote.kind == "direct" and quote.cue is None and joined[-1].kind == "direct" \
                and joined[-1].end <= quote.start and "\n" not in text[joined[-1].end:quote.start] \
                and quote.speaker_text == joined[-1].speaker_text:
            joined[-1] = replace(joined[-1], end=quote.end, text=text[joined[-1].start:quote.end])
            continue
        joined.append(quote)
    return joined


def evaluate(data: Path, split: str, *, limit: int | None = None) -> dict[str, Any]:
    items = load_split(data, split, limit=limit)
    totals: dict[str, int] = {}
    n_files = 0
    for index, quotes, _ in system_quotes(items):
        _, raw, _, golds = items[index]
        for gold in golds:
            n_files += 1
            for key, value in score_doc(raw, gold.attributions, quotes).items():
                totals[key] = totals.get(key, 0) + value
    result = summarise(totals)
    result.update({"split": split, "articles": len(items), "annotation_files": n_files,
                   "citron_parc3_reported": CITRON_PARC3})
    return result


def table(result: dict[str, Any]) -> str:
    lines = [f"PolNeAR {result['split']}: {result['articles']} articles, {result['annotation_files']} annotation files",
             f"{'measure':<18}{'P':>7}{'R':>7}{'F1':>7}"]
    for key in ("content_exact", "content_overlap", "source_exact", "source_overlap"):
        v = result[key]
        lines.append(f"{key:<18}{v['p']:>7}{v['r']:>7}{v['f1']:>7}")
    lines.append(f"{'speaker_acc':<18}{result['speaker_acc']:>21}  (overlap; exact {result['speaker_acc_exact']})")
    lines.append("citron, PARC 3.0 test (different corpus and span definitions): "
                 f"quote span F1 {CITRON_PARC3['quote_span_f1']}, speaker F1 {CITRON_PARC3['speaker_f1']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR data folder (default ../shared/data/polnear)")
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON")
    args = parser.parse_args(argv)
    data = args.data or shared_root() / "data" / "polnear"
    if not (data / args.split).exists():
        sys.stderr.write(f"PolNeAR {args.split} split not found under {data}\n")
        return 2
    began = time.time()
    result = evaluate(data, args.split, limit=args.limit)
    result["seconds"] = round(time.time() - began, 1)
    sys.stdout.write(table(result) + "\n")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

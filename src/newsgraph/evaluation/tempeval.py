"""TempEval-3 task A (time expressions): reading gold, running newsgraph, scoring.

The scorer follows the TempEval-3 definition (UzZaman et al. 2013, the
``TE3-evaluation.py`` toolkit):

* **strict** match: the system extent equals the gold extent;
* **relaxed** match: the extents overlap; precision = matched system
  timexes / system timexes, recall = matched gold timexes / gold timexes;
* **attribute F1** (type, value): the relaxed F1 times the attribute's
  accuracy over the relaxed matches, as the toolkit's
  ``evaluate_entities.py`` computes it (``value_match / relaxed_match x
  relaxed F1``); values are compared as exact strings.

The toolkit aligns system and gold timexes by token overlap (through its
TimeML normaliser); here they are aligned one-to-one by character overlap,
exact extents first, then the largest overlap.

The document creation time (``functionInDocument="CREATION_TIME"``) is given
to the system as the publication date and is not scored; TE3 scores the
timexes of ``<TEXT>`` only.

Each TimeML document is fed to newsgraph in the canonical input format:
title line (the DOCID), the DCT as ``YYYYMMDD``, an empty URL line, then the
``<TEXT>`` content with its own line breaks.  System offsets are mapped back
to offsets of the TimeML text.  MEANTIME (CAT XML, tokens without spacing)
is rebuilt as text, one sentence per line, the first sentence as the title.

    python -m newsgraph.evaluation.tempeval --data ../shared/data/tempeval3/TBAQ-cleaned
    python -m newsgraph.evaluation.tempeval --meantime ../shared/data/meantime
    (add --out FILE.json for the scores, --errors FILE.tsv for every miss and mismatch)
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import html
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

# HeidelTime on TE3-Platinum (UzZaman et al. 2013, Table 3: best run).
HEIDELTIME_TE3 = {"system": "HeidelTime (TE3-Platinum, published)", "strict_f1": 81.34,
                  "relaxed_f1": 90.30, "type_f1": None, "value_f1": 77.61}


@dataclass(frozen=True, slots=True)
class ScoredTimex:
    """A TIMEX3 span with its attributes, gold (with its TimeML tid) or system."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str | None = None


GoldTimex = ScoredTimex
SystemTimex = ScoredTimex


@dataclass(slots=True)
class TimeMLDoc:
    """A document to tag: its text, creation time and gold timexes (offsets into ``text``)."""

    doc_id: str
    dct: dt.date
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    title: str = ""
    scored_end: int | None = None  # only text before this offset is annotated (MEANTIME)
    part: str = ""  # the sub-corpus (folder) the document comes from


# ---------------------------------------------------------------------------
# Reading TimeML
# ---------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def _dct_value(content: str) -> dt.date:
    dct = re.search(r"<DCT>(.*?)</DCT>", content, re.S)
    scope = dct.group(1) if dct else content
    for tag in re.finditer(r"<TIMEX3([^>]*)>", scope):
        attrs = dict(_ATTR.findall(tag.group(1)))
        if dct or attrs.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", attrs.get("value", ""))
            if match:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
    raise ValueError("no document creation time (DCT TIMEX3) found")


def read_timeml(content: str, *, doc_id: str | None = None) -> TimeMLDoc:
    """A TimeML document: the plain ``<TEXT>`` with its TIMEX3 tags as offsets."""
    dct = _dct_value(content)
    if doc_id is None:
        found = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", content, re.S)
        doc_id = found.group(1) if found else "doc"
    body = re.search(r"<TEXT>(.*?)</TEXT>", content, re.S)
    if body is None:
        raise ValueError(f"{doc_id}: no <TEXT> element")
    raw = body.group(1)
    out: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    position = 0
    for match in _TAG.finditer(raw):
        out.append(raw[position:match.start()])
        length += match.start() - position
        position = match.end()
        if match.group(5) is not None:  # an entity
            char = html.unescape(match.group(0))
            out.append(char)
            length += len(char)
            continue
        closing, name, attrs, selfclosing = match.group(1), match.group(2), match.group(3), match.group(4)
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTR.findall(attrs))))
        elif open_timexes:
            start, attributes = open_timexes.pop()
            timexes.append((start, length, attributes))  # type: ignore[arg-type]
    out.append(raw[position:])
    text = "".join(out)
    gold = []
    for start, end, attributes in timexes:  # type: ignore[misc]
        if attributes.get("functionInDocument") == "CREATION_TIME":
            continue
        gold.append(GoldTimex(start, end, text[start:end], attributes.get("type", ""),
                              attributes.get("value", ""), attributes.get("mod") or None,
                              attributes.get("tid")))
    gold.sort(key=lambda t: (t.start, t.end))
    return TimeMLDoc(doc_id=doc_id, dct=dct, text=text, timexes=gold, title=doc_id)


def read_timeml_dir(path: Path) -> list[TimeMLDoc]:
    files = sorted(p for p in path.rglob("*.tml") if not p.name.startswith("._"))
    docs = []
    for file in files:
        doc = read_timeml(file.read_text(encoding="utf-8"), doc_id=file.name.removesuffix(".tml"))
        doc.part = file.parent.name if file.parent != path else ""
        docs.append(doc)
    return docs


# ---------------------------------------------------------------------------
# Reading MEANTIME (CAT XML)
# ---------------------------------------------------------------------------

# MEANTIME's annotated part: sentence 0 (title) to sentence 5 (the NewsReader
# guidelines annotate the first sentences of each Wikinews article).
MEANTIME_ANNOTATED_SENTENCES = 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def read_meantime(content: str, *, doc_id: str | None = None) -> TimeMLDoc:
    """A MEANTIME CAT document rebuilt as text: one sentence per line, sentence 0 the title.

    The creation-time timex and the sentences it covers (the dateline) are
    given as the DCT and left out of the body; timexes in the title are not
    scored (the title is not part of the body newsgraph tags).
    """
    root = ET.fromstring(content)
    # MEANTIME annotates the title, the dateline and the first sentences only
    # (events and timexes never reach past sentence 5); system timexes after
    # the annotated part are not scored.
    doc_id = doc_id or root.get("doc_name") or root.get("doc_id") or "doc"
    tokens = [(tok.get("t_id"), int(tok.get("sentence", "0")), tok.text or "") for tok in root.iter("token")]
    markables = root.find("Markables")
    timex_elements = [] if markables is None else list(markables.iter("TIMEX3"))
    dct: dt.date | None = None
    dct_tokens: set[str] = set()
    for element in timex_elements:
        if element.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-(\d{2})-(\d{2})", element.get("value", ""))
            if match:
                dct = dt.date(int(match[1]), int(match[2]), int(match[3]))
            dct_tokens = {anchor.get("t_id") for anchor in element.iter("token_anchor")}
    if dct is None:
        raise ValueError(f"{doc_id}: no CREATION_TIME timex")
    sentences: dict[int, list[tuple[str, str]]] = {}
    for t_id, sentence, word in tokens:
        sentences.setdefault(sentence, []).append((t_id, word))
    order = sorted(sentences)
    title = " ".join(word for _, word in sentences[order[0]]) if order else doc_id
    offsets: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    length = 0
    scored_end: int | None = None
    for number in order[1:]:
        if number > MEANTIME_ANNOTATED_SENTENCES and scored_end is None:
            scored_end = length
        words = sentences[number]
        if all(t_id in dct_tokens for t_id, _ in words):
            continue
        line = ""
        previous = ""
        for t_id, word in words:
            if line and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
                line += " "
            offsets[t_id] = (length + len(line), length + len(line) + len(word))
            line += word
            previous = word
        lines.append(line)
        length += len(line) + 1
    text = "\n".join(lines)
    gold = []
    for element in timex_elements:
        if element.get("functionInDocument") == "CREATION_TIME":
            continue
        spans = [offsets[a.get("t_id")] for a in element.iter("token_anchor") if a.get("t_id") in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(GoldTimex(start, end, text[start:end], element.get("type", ""), element.get("value", ""),
                              element.get("mod") or None, element.get("m_id")))
    gold.sort(key=lambda t: (t.start, t.end))
    return TimeMLDoc(doc_id=doc_id, dct=dct, text=text, timexes=gold, title=title, scored_end=scored_end)


def read_meantime_dir(path: Path) -> list[TimeMLDoc]:
    """The visible part of MEANTIME: ``corpus_apple`` of the intra-document annotation."""
    folder = path / "intra-doc_annotation" / "corpus_apple"
    if not folder.is_dir():
        folder = path
    return [read_meantime(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in sorted(folder.glob("*.xml"))]


# ---------------------------------------------------------------------------
# Running newsgraph
# ---------------------------------------------------------------------------

def canonical_input(doc: TimeMLDoc) -> str:
    """The canonical newsgraph text format for ``doc``: title, DCT, empty URL, body lines."""
    title = " ".join(doc.title.split()) or doc.doc_id
    return f"{title}\n{doc.dct.strftime('%Y%m%d')}\n\n{doc.text}\n"


def offset_map(source: str, target: str) -> list[int]:
    """For each offset of ``target`` (plus its end), the matching offset in ``source``."""
    mapping = [0] * (len(target) + 1)
    if source.startswith(target):
        return list(range(len(target) + 1))
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    last = 0
    filled = [False] * (len(target) + 1)
    for block in matcher.get_matching_blocks():
        for k in range(block.size + 1):
            if block.b + k <= len(target):
                mapping[block.b + k] = block.a + k
                filled[block.b + k] = True
    for i in range(len(target) + 1):
        if filled[i]:
            last = mapping[i]
        else:
            mapping[i] = last
    return mapping




def _parsed(pipeline: object, articles: list, cache: Path | None) -> list:
    """Parsed docs for ``articles``, kept in ``cache`` (a DocBin file per corpus) when given."""
    import hashlib

    from spacy.tokens import DocBin

    parser = pipeline.parser  # type: ignore[attr-defined]
    key = hashlib.sha256("\x00".join(a.text for a in articles).encode()).hexdigest()[:16]
    path = cache / f"docs-{key}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(parser.nlp.vocab))
    docs = list(parser(articles))
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


def tag_documents(docs: Sequence[TimeMLDoc], *, full_pipeline: bool = False,
                  cache: Path | None = None) -> list[list[SystemTimex]]:
    """Run newsgraph on each document; timexes with offsets into the document's text."""
    from newsgraph.ingest.readers import parse_text
    from newsgraph.model import Extraction
    from newsgraph.pipeline import Pipeline

    if full_pipeline:
        pipeline = Pipeline.default()
    else:
        from newsgraph.extract import default_parser
        from newsgraph.extract.timexes import STAGE

        pipeline = Pipeline([STAGE], parser=default_parser())
    articles = [parse_text(canonical_input(doc), origin=doc.doc_id) for doc in docs]
    if cache is not None and not full_pipeline:
        results = [pipeline.analyse(a, d) for a, d in zip(articles, _parsed(pipeline, articles, cache), strict=True)]
    else:
        results = pipeline.process(articles)
    output: list[list[SystemTimex]] = []
    for doc, article, result in zip(docs, articles, results, strict=True):
        if not isinstance(result, Extraction):
            raise RuntimeError(f"{doc.doc_id}: newsgraph rejected the document: {result.reason}")
        mapping = offset_map(doc.text, article.text)
        output.append([
            SystemTimex(mapping[t.start], mapping[t.end], doc.text[mapping[t.start]:mapping[t.end]],
                        t.type, t.value, t.mod)
            for t in result.timexes
            if doc.scored_end is None or mapping[t.start] < doc.scored_end
        ])
    return output


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_correct", "value_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = matched / system if system else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def relaxed_pairs(gold: Sequence[GoldTimex], system: Sequence[SystemTimex]) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping extents, exact matches first, then largest overlap."""
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                candidates.append((not exact, -overlap, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def score_document(gold: Sequence[GoldTimex], system: Sequence[SystemTimex]) -> Counts:
    counts = Counts(gold=len(gold), system=len(system))
    gold_extents = {(g.start, g.end) for g in gold}
    counts.strict = len({(s.start, s.end) for s in system} & gold_extents)
    for i, j in relaxed_pairs(gold, system):
        counts.relaxed += 1
        counts.type_correct += gold[i].type == system[j].type
        counts.value_correct += gold[i].value.strip() == system[j].value.strip()
    return counts


def summary(counts: Counts) -> dict[str, float | int]:
    """Percentages as TE3 reports them."""
    sp, sr, sf = _prf(counts.strict, counts.system, counts.gold)
    rp, rr, rf = _prf(counts.relaxed, counts.system, counts.gold)
    type_accuracy = counts.type_correct / counts.relaxed if counts.relaxed else 0.0
    value_accuracy = counts.value_correct / counts.relaxed if counts.relaxed else 0.0
    return {
        "gold_timexes": counts.gold, "system_timexes": counts.system,
        "strict_p": 100 * sp, "strict_r": 100 * sr, "strict_f1": 100 * sf,
        "relaxed_p": 100 * rp, "relaxed_r": 100 * rr, "relaxed_f1": 100 * rf,
        "type_accuracy": 100 * type_accuracy, "value_accuracy": 100 * value_accuracy,
        "type_f1": 100 * rf * type_accuracy, "value_f1": 100 * rf * value_accuracy,
    }


def score_corpus(docs: Sequence[TimeMLDoc], system: Sequence[Sequence[SystemTimex]]) -> dict[str, float | int]:
    total = Counts()
    for doc, found in zip(docs, system, strict=True):
        total.add(score_document(doc.timexes, found))
    return summary(total)


def errors(docs: Sequence[TimeMLDoc], system: Sequence[Sequence[SystemTimex]]) -> Iterable[str]:
    """Readable lines for missed, spurious and wrongly normalised timexes."""
    for doc, found in zip(docs, system, strict=True):
        pairs = relaxed_pairs(doc.timexes, found)
        matched_gold = {i for i, _ in pairs}
        matched_system = {j for _, j in pairs}
        for i, j in pairs:
            g, s = doc.timexes[i], found[j]
            if g.value != s.value or g.type != s.type or (g.start, g.end) != (s.start, s.end):
                yield (f"{doc.doc_id}\t{doc.dct}\tDIFF\t{g.text!r}/{s.text!r}\t{g.type}/{s.type}\t"
                       f"{g.value}/{s.value}\t{g.mod}/{s.mod}")
        for i, g in enumerate(doc.timexes):
            if i not in matched_gold:
                context = doc.text[max(0, g.start - 40):g.end + 30].replace("\n", " ")
                yield f"{doc.doc_id}\t{doc.dct}\tMISS\t{g.text!r}\t{g.type}\t{g.value}\t{context!r}"
        for j, s in enumerate(found):
            if j not in matched_system:
                context = doc.text[max(0, s.start - 40):s.end + 30].replace("\n", " ")
                yield f"{doc.doc_id}\t{doc.dct}\tSPUR\t{s.text!r}\t{s.type}\t{s.value}\t{context!r}"


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def shared_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def format_table(rows: Sequence[dict]) -> str:
    def cell(value: object) -> str:
        return "   -  " if value is None else f"{value:6.2f}"

    header = (f"{'system':44} {'strictP':>7} {'strictR':>7} {'strictF':>7} {'relaxP':>7} {'relaxR':>7} "
              f"{'relaxF':>7} {'typeF1':>7} {'valueF1':>7}")
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['system'][:44]:44} {cell(row.get('strict_p')):>7} {cell(row.get('strict_r')):>7} "
            f"{cell(row.get('strict_f1')):>7} {cell(row.get('relaxed_p')):>7} {cell(row.get('relaxed_r')):>7} "
            f"{cell(row.get('relaxed_f1')):>7} {cell(row.get('type_f1')):>7} {cell(row.get('value_f1')):>7}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="a TimeML folder (default: shared TBAQ-cleaned)")
    parser.add_argument("--meantime", type=Path, help="the MEANTIME folder (corpus_apple is scored)")
    parser.add_argument("--out", type=Path, help="write the scores as JSON")
    parser.add_argument("--errors", type=Path, help="write missed/spurious/misnormalised timexes (TSV)")
    parser.add_argument("--full-pipeline", action="store_true", help="run every stage, not parse + timexes")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here between runs (development)")
    args = parser.parse_args(argv)

    corpora: list[tuple[str, list[TimeMLDoc]]] = []
    if args.meantime:
        corpora.append(("MEANTIME corpus_apple", read_meantime_dir(args.meantime)))
    if args.data or not args.meantime:
        data = args.data or shared_dir() / "data" / "tempeval3" / "TBAQ-cleaned"
        if not data.exists():
            sys.stderr.write(f"no TimeML data at {data}; pass --data PATH\n")
            return 2
        corpora.append((f"TimeML {data.name}", read_timeml_dir(data)))

    rows = []
    error_lines: list[str] = []
    for name, docs in corpora:
        if args.limit:
            docs = docs[:args.limit]
        started = time.perf_counter()
        system = tag_documents(docs, full_pipeline=args.full_pipeline, cache=args.cache)
        elapsed = time.perf_counter() - started
        scores = score_corpus(docs, system)
        rows.append({"system": f"newsgraph on {name} ({len(docs)} docs)", **scores, "seconds": elapsed})
        parts = sorted({doc.part for doc in docs if doc.part})
        for part in parts if len(parts) > 1 else []:
            chosen = [i for i, doc in enumerate(docs) if doc.part == part]
            part_scores = score_corpus([docs[i] for i in chosen], [system[i] for i in chosen])
            rows.append({"system": f"  {part} ({len(chosen)} docs)", **part_scores, "seconds": None})
        error_lines.extend(errors(docs, system))
    rows.append(dict(HEIDELTIME_TE3))
    print(format_table(rows))
    for row in rows[:-1]:
        if row["seconds"] is not None:
            print(f"{row['system']}: {row['gold_timexes']} gold, {row['system_timexes']} system timexes, "
                  f"{row['seconds']:.1f}s")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        args.errors.write_text("\n".join(error_lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

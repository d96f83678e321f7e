"""Quotations and attributions: who said what, with the speaker resolved.

Three sources of candidates, merged per article:

* **quotation marks** - ``quote_mark_spans`` pairs marks in every common style
  (“ ” " ' ‘ ’ « » „) and never fails on unbalanced text: a quote whose
  closing mark is missing ends at the end of its line (or runs on into the
  following lines when they carry its closing mark, or reopen it as a new
  paragraph does);
* **speech cues in the dependency parse** - a verb from the cue lexicon
  (``lexicons/speech_cues.tsv``) with a clausal complement is an attribution:
  its subject is the source, the complement the content ("US officials say
  Russia has assembled ..."; "..., he said"); participles and conjuncts take
  their head's subject ("..., saying ...", "citing assessments that ...");
* **"according to X"** and its kin: X is the source, the rest of the clause
  the content; parenthetical cues ("X, he said, Y"), headline attributions
  ("Sanders: I'm not ..."), predicative cues ("called it a mistake"), cue
  nouns with a source ("Rubio's claim to be ...") and, for the verbs the
  lexicon marks so, object or to-infinitive contents with a source ("vowed to
  fight", "endorsed Clinton") - the attributions of the PolNeAR / PARC scheme.

Speech reported inside a quotation, or inside another attribution's content
("said Y had told him that ..."), stays part of that quotation or content.

A quoted span joins the cue it is the complement of, or the nearest free cue
in its sentences (``"...," he told reporters``; ``"...", said Peskov``;
``X said: "..."``).  A quoted span with no cue is kept as a direct quote only
when it reads as speech (a whole sentence, or several words that are not a
title), taking the speaker of an adjacent quote; short cue-less spans (scare
quotes, titles, a headline fragment such as 'APOCALYPTIC PREDICTIONS') are not
quotes.  Indirect content that contains a quoted fragment is ``mixed``.

The speaker is the full noun phrase of the source; it resolves to the entity
with a mention on the phrase's head word (pronoun mentions are added by the
coref stage; a relative "who" resolves through its antecedent), else
``speaker`` is None and ``speaker_text`` keeps the words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.model import Article, Entity, Quote
from newsgraph.pipeline import Analysis, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEXICONS = Path(__file__).with_name("lexicons")

OPENERS = "“«‘„‹"
PAIRS = {"“": "”", "«": "»", "‘": "’", "„": "“", "‹": "›", '"': '"', "'": "'"}
# Also accepted as the close of “ (some outlets close with a straight mark or «…»).
ALT_CLOSE = {"“": ('"', "“"), "„": ("”", '"'), "«": ("”",), "‘": ("'",), '"': ("”",)}
# A quote with no closing mark runs on into at most this many following lines
# when they carry its closing mark (tuned on the seed article and PolNeAR train).
MAX_CONTINUATION_LINES = 6
# Cue-less quoted spans shorter than this many words are scare quotes, titles
# or headline fragments, not quotations (tuned on PolNeAR train).
MIN_FREE_QUOTE_WORDS = 6
# A quoted span attaches to a free cue at most this many characters away
# (tuned on PolNeAR train).
MAX_CUE_DISTANCE = 80
# Verbs that introduce speech only next to a quotation ('"...," he continued').
QUOTE_CUES = frozenset({"continue", "begin", "start", "interject", "press", "chime", "quip", "finish", "go"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INHERIT_DEPS = ("advcl", "conj", "xcomp", "pcomp", "acl", "ccomp", "dep")
STRIP = " \t\n,:;-–—"
QUOTE_CHARS = "\"'“”‘’«»„‹›"


@dataclass(frozen=True, slots=True)
class MarkSpan:
    """A quoted span: marks at ``open`` and ``close`` (None when missing); words in [start, end)."""

    open: int
    close: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, tuple[str, frozenset[str]]]:
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for line in (LEXICONS / "speech_cues.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        parts = line.split("\t")
        kind = parts[1].strip() if len(parts) > 1 and parts[1].strip() else "speech"
        takes = frozenset(parts[2].strip().split(",")) if len(parts) > 2 and parts[2].strip() else frozenset({"clause"})
        table[parts[0].strip().lower()] = (kind, takes)
    return table


@lru_cache(maxsize=1)
def speech_cues() -> dict[str, str]:
    """Cue lemma or phrase -> kind hint, from ``lexicons/speech_cues.tsv`` (built once; do not modify)."""
    return {cue: kind for cue, (kind, _) in _cue_table().items()}


def cue_takes(lemma: str) -> frozenset[str]:
    """Which complements of a cue verb are its content: clause, object, infinitive."""
    entry = _cue_table().get(lemma.lower())
    return entry[1] if entry else frozenset()


# --------------------------------------------------------------------------- marks


def _is_open(text: str, i: int) -> bool:
    """Whether the (ambiguous) mark at ``i`` opens a quote, judged by its neighbours."""
    before = text[i - 1] if i > 0 else "\n"
    if before == "\x01":
        before = text[i - 2] if i > 1 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-:/" + OPENERS + '"'


def _is_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before.isspace():
        return False
    if text[i] in "'’" and after.isalpha():
        return False  # apostrophe: don't, O’Malley
    return not after.isalnum()


_QUOTE_CHAR_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def _closers_for(mark: str) -> tuple[str, ...]:
    return (PAIRS[mark],) + ALT_CLOSE.get(mark, ())


def _line_marks(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(offset, char, 'open'|'close'|'both') for the quotation marks of one line."""
    marks = []
    for match in _QUOTE_CHAR_RE.finditer(text, start, end):
        i, c = match.start(), match.group()
        if c in "'’‘":
            # single marks: ‘ opens; ’ or ' close only when not an apostrophe
            if c == "‘":
                marks.append((i, c, "open"))
            elif c == "’" and _is_close(text, i):
                marks.append((i, c, "close"))
            elif c == "'":
                if _is_open(text, i) and (i == 0 or not text[i - 1].isalnum()):
                    marks.append((i, c, "open"))
                elif _is_close(text, i) and not (text[i - 1] == "s" and i + 1 < len(text) and text[i + 1] == " "):
                    marks.append((i, c, "close"))
            continue
        if c in "“«„‹":
            # “ also closes „-style quotes and, in sloppy text, “-quotes
            marks.append((i, c, "open" if _is_open(text, i) or not _is_close(text, i) else "both"))
        elif c in "”»›":
            marks.append((i, c, "close" if _is_close(text, i) or not _is_open(text, i) else "both"))
        else:  # straight double quote
            if (i == 0 or text[i - 1].isspace()) and (i + 1 == len(text) or text[i + 1].isspace()):
                continue  # a mark standing alone between spaces opens and closes nothing
            if _is_open(text, i) and not _is_close(text, i):
                marks.append((i, c, "open"))
            elif _is_close(text, i) and not _is_open(text, i):
                marks.append((i, c, "close"))
            else:
                marks.append((i, c, "both"))
    return marks


def _lines(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def quote_mark_spans(text: str) -> list[MarkSpan]:
    """Outermost quoted spans of ``text``, tolerant of unbalanced and multi-line quotes.

    Double marks (“ ” " « » „) open outer quotes; single marks (‘ ’ ') open
    quotes only outside a double-quoted span (inside one they are nested
    quotes).  An unclosed quote continues over following lines when one of
    them closes it before opening another, or when the next line reopens it
    (the paragraph convention); otherwise it ends at the end of its line.
    Never raises; every span satisfies ``0 <= open < start <= end <= len(text)``.
    """
    text = text.replace("''", "\x01\"")  # '' is a double mark in some wire copy: read it as "
    lines = _lines(text)
    marks_by_line = [_line_marks(text, s, e) for s, e in lines]
    spans: list[MarkSpan] = []
    pending: tuple[int, str] | None = None  # (open offset, mark) carried over lines
    pending_line = 0
    for number, (line_start, line_end) in enumerate(lines):
        marks = marks_by_line[number]
        k = 0
        if pending is not None and not text[line_start:line_end].strip() and \
                number - pending_line < MAX_CONTINUATION_LINES:
            continue  # a blank line between paragraphs of one quotation
        if pending is not None:
            open_at, mark = pending
            closers = _closers_for(mark)
            # the paragraph convention: the next line reopens the same quote
            first = marks[0] if marks else None
            reopened = first is not None and first[1] == mark and first[2] in ("open", "both") and \
                not text[line_start:first[0]].strip()
            if reopened:
                k = 1  # skip the reopening mark; keep the quote open
            close = None
            opener = False
            for j in range(k, len(marks)):
                offset, char, role = marks[j]
                if char in closers and role in ("close", "both"):
                    close = j
                    break
                if role == "open" and char in "“«„\"":
                    opener = True  # a new quotation starts: the pending one ended with its line
                    break
            if close is not None:
                offset = marks[close][0]
                spans.append(MarkSpan(open_at, offset, open_at + 1, _inner_end(text, offset)))
                pending = None
                k = close + 1
            elif not opener and (reopened or _closes_later(marks_by_line, number + 1, closers)) and \
                    number - pending_line < MAX_CONTINUATION_LINES:
                continue
            else:
                prev_end = lines[number - 1][1]
                spans.append(MarkSpan(open_at, None, open_at + 1, _rstrip(text, open_at + 1, prev_end)))
                pending = None
        while k < len(marks):
            offset, char, role = marks[k]
            k += 1
            if role == "close" or char not in PAIRS and char not in "“«„‹":
                continue
            if role == "both" and char in "”»":
                continue
            mark = char if char in PAIRS else "“"
            closers = _closers_for(mark)
            close = None
            for j in range(k, len(marks)):
                o2, c2, r2 = marks[j]
                if c2 in closers and r2 in ("close", "both") and o2 > offset + 1:
                    close = j
                    break
            if close is not None:
                spans.append(MarkSpan(offset, marks[close][0], offset + 1, _inner_end(text, marks[close][0])))
                k = close + 1
                continue
            if char in "'‘":
                continue  # an unclosed single mark is an apostrophe or a slip, not a quote
            if any(r == "open" and c in "“«„\"" for _, c, r in marks[k:]):
                continue  # a stray mark: a later quotation opens on the same line
            pending, pending_line = (offset, mark), number
            break
    if pending is not None:
        open_at = pending[0]
        spans.append(MarkSpan(open_at, None, open_at + 1, _rstrip(text, open_at + 1, len(text))))
    return [s for s in spans if s.end > s.start and text[s.start:s.end].strip()]


def _inner_end(text: str, close: int) -> int:
    """End of the quoted words before the closing mark at ``close`` (a '' mark is two characters)."""
    return close - 1 if close > 0 and text[close - 1] == "\x01" else close


def _closes_later(marks_by_line: list[list[tuple[int, str, str]]], number: int,
                  closers: tuple[str, ...]) -> bool:
    """Whether a following line (within the limit) closes before it opens another quote."""
    for marks in marks_by_line[number:number + MAX_CONTINUATION_LINES]:
        for _, char, role in marks:
            if char in closers and role in ("close", "both"):
                return True
            if role == "open" and char in "“«„\"":
                return False
    return False


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------- cues


@dataclass
class _Attribution:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    head: int | None  # char offset of the source's head word
    kind: str = "indirect"


def _tok_span(tokens: Sequence[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


def _subtree_span(token: Token) -> tuple[int, int]:
    tokens = [t for t in token.subtree if not t.is_space]
    if not tokens:
        return token.idx, token.idx + len(token)
    return _tok_span(tokens)


def noun_phrase_span(token: Token) -> tuple[int, int]:
    """The source phrase headed by ``token``: its subtree up to a relative clause, apposition or comma."""
    left = token.left_edge.i
    right = token.i
    doc = token.doc
    for child in token.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl") or child.text == ",":
            break
        right = child.right_edge.i
    # stop at a comma between the left edge and the head ("Macron, whose country ...")
    for i in range(token.i - 1, left - 1, -1):
        if doc[i].text in (",", "—", "–") or doc[i].dep_ == "punct" and doc[i].text in "\"“”":
            left = i + 1
            break
    while left < token.i and doc[left].dep_ in ("cc", "punct", "prep") and doc[left].text in ",;:—–\"“”":
        left += 1
    tokens = [t for t in doc[left:right + 1] if not t.is_space]
    return _tok_span(tokens) if tokens else (token.idx, token.idx + len(token))


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, inherited from the governing verb for participles and conjuncts."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return None
    if depth < 3 and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ in ("conj", "advcl") and head.dep_ == "ccomp" and _is_cue_verb(head.head) and _is_cue_verb(verb):
            return _subject(head.head, depth + 1)  # "X said ... but suggested ...", "X said ..., describing ..."

        if head.dep_ == "prep" and head.head.i != head.i:  # "with officials citing"
            for child in verb.children:
                if child.dep_ == "nsubj":
                    return child
            head = head.head
        if verb.dep_ == "ccomp" and verb.i > head.i:
            return None  # the content clause of another cue has its own source
        return _subject(head, depth + 1)
    return None


def _cue_tokens(verb: Token) -> list[Token]:
    """The cue: the verb with its auxiliaries, negation and particle ("has said", "pointed out")."""
    tokens = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
                       and abs(c.i - verb.i) <= 3]
    return sorted(tokens, key=lambda t: t.i)


def _is_cue_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in speech_cues() and \
        token.tag_ != "MD"


def _content_clause(verb: Token) -> Token | None:
    """The clausal complement of a cue verb (directly, or reached through a preposition/object)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i != verb.i:
            return child
    for child in verb.children:
        # "citing intelligence assessments that Russia ...": a that-clause on the object
        if child.dep_ in ("dobj", "prep", "pcomp", "pobj"):
            for grandchild in child.subtree:
                if grandchild.dep_ in ("ccomp", "acl") and grandchild.pos_ in ("VERB", "AUX") and \
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in grandchild.children) and \
                        not any(_is_cue_verb(a) for a in grandchild.ancestors if a.i > verb.i and a.i < grandchild.i):
                    return grandchild
    takes = cue_takes(verb.lemma_)
    if "object" in takes:
        for child in verb.children:
            if child.dep_ == "dobj" and not (child.pos_ == "PRON" and child.lower_ not in ("this", "that", "it")):
                return child
    if "infinitive" in takes:
        for child in verb.children:
            if child.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                return child
    return None


# Verbs whose object and object predicate are what was said ("called it a mistake").
PREDICATIVE_CUES = frozenset({"call", "label", "brand", "dub", "describe", "deem", "declare", "term"})


def _object_predicate(verb: Token) -> tuple[Token, Token] | None:
    if verb.lemma_.lower() not in PREDICATIVE_CUES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    pred = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > (obj.i if obj else verb.i)), None)
    if obj is None or pred is None:
        return None
    return obj, pred


def _clause_span(text: str, clause: Token) -> tuple[int, int]:
    """The content clause's span, cut before a conjoined speech verb ("... but suggested ...")."""
    cut = [t for t in clause.children if t.dep_ in ("conj", "advcl") and t.i > clause.i and _is_cue_verb(t)
           and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
           and (t.dep_ == "conj" or t.tag_ == "VBG")]
    tokens = [t for t in clause.subtree if not t.is_space]
    if cut:
        limit = min(t.left_edge.i for t in cut)
        # drop the coordinating word before the cut too
        tokens = [t for t in tokens if t.i < limit]
        while tokens and tokens[-1].dep_ in ("cc", "punct"):
            tokens.pop()
    if not tokens:
        return clause.idx, clause.idx + len(clause)
    return _trim(text, *_tok_span(tokens))


def attributions_from_doc(article: Article, doc: Doc,
                          marks: Sequence[MarkSpan] | None = None) -> list[_Attribution]:
    """Attributions found from cue verbs and "according to" in the parse."""
    text = article.text
    if marks is None:
        marks = quote_mark_spans(text)
    found: list[_Attribution] = []
    for token in doc:
        if token.is_space:
            continue
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            attribution = _according_to(text, doc, token)
            if attribution is not None:
                found.append(attribution)
            continue
        if token.pos_ == "VERB" and not any(m.start <= token.idx < m.end for m in marks):
            attribution = _prepositional_cue(text, token)
            if attribution is not None:
                found.append(attribution)
                continue
        if not _is_cue_verb(token):
            continue
        clause = _content_clause(token)
        subject = _outside_subject(token, _subject(token), marks)
        cue = _tok_span(_cue_tokens(token))
        predicate = _object_predicate(token)
        if predicate is not None and subject is not None:
            # "Cruz called it a "paperwork error"": the object and its predicate are the content
            content = _trim(text, predicate[0].left_edge.idx,
                            predicate[1].right_edge.idx + len(predicate[1].right_edge))
            found.append(_Attribution(content, cue, noun_phrase_span(subject), _head_offset(subject)))
            continue
        if any(m.start <= token.idx < m.end for m in marks):
            continue  # speech reported inside a quotation belongs to the quotation
        if clause is not None:
            if clause.dep_ not in ("ccomp", "acl") and subject is None:
                continue  # an object or infinitive content needs a source ("is expected to ...")
            content = _clause_span(text, clause)
            if content[1] <= content[0]:
                continue
            if subject is not None and clause.i < subject.i < token.i or subject is not None and clause.i < token.i < subject.i:
                # "<content>, she said" / "<content>, said X": the content runs up to the comma before the cue
                first = min(subject.left_edge.i, token.i, *(t.i for t in _cue_tokens(token)))
                if first > 0 and doc[first - 1].text in (",", ":", "''", "\"", "”") and doc[first - 1].idx > content[0]:
                    content = _trim(text, content[0], doc[first - 1].idx)
            source = noun_phrase_span(subject) if subject is not None else None
            if source is not None and content[0] <= source[0] < content[1] and \
                    not content[0] < cue[0] < content[1]:
                source = None  # the subject belongs to the content ("... , he said" mis-parses)
            found.append(_Attribution(content, cue, source, _head_offset(subject)))
            continue
        # "As X said, <content>" / "As reported by X, <content>"
        if subject is not None and token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            inner = [t.i for t in token.subtree if not (t.dep_ == "punct" and t.head.i == token.i)]
            sentence = token.sent
            lo, hi = min(inner), max(inner)
            if lo <= sentence.start + 1:
                content = _trim(text, doc[hi + 1].idx if hi + 1 < sentence.end else sentence.end_char,
                                max(t.idx + len(t) for t in sentence if not t.is_space))
                if content[1] > content[0] and text[content[1] - 1] in ".!?":
                    content = (content[0], content[1] - 1)
            else:
                content = _trim(text, sentence[0].idx, doc[lo].idx)
            if content[1] - content[0] > 3:
                found.append(_Attribution(content, cue, noun_phrase_span(subject), _head_offset(subject)))
                continue
        # "X, he said, Y": a parenthetical cue inside its content
        if subject is not None and token.i > 0 and token.i + 1 < len(doc):
            inner = [t.i for t in token.subtree if not (t.dep_ == "punct" and t.head.i == token.i)]
            left, right = min(inner), max(inner)
            sentence = token.sent
            if left > sentence.start + 1 and right + 1 < sentence.end - 1 and doc[left - 1].text == "," \
                    and doc[right + 1].text == "," and right - left <= 8:
                content = _trim(text, sentence[0].idx, max(t.idx + len(t) for t in sentence if not t.is_space))
                if content[1] > content[0] and text[content[1] - 1] in ".!?":
                    content = (content[0], content[1] - 1)
                found.append(_Attribution(content, cue, noun_phrase_span(subject), _head_offset(subject)))
                continue
        # "<content>, X said." where the parser made the cue a dependent of the content
        if token.dep_ in ("parataxis", "ccomp", "advcl", "conj") and token.head.i < token.i and \
                subject is not None and subject.i > token.head.i and token.i - subject.i <= 6:
            sentence = token.sent
            left = min(t.i for t in token.subtree if not (t.dep_ == "punct" and t.head.i == token.i))
            if left > sentence.start and doc[left - 1].text in (",", "\"", "”", "’", "'", ":", "''"):
                start = sentence[0].idx
                content = _trim(text, start, doc[left - 1].idx)
                if content[1] - content[0] > 3:
                    found.append(_Attribution(content, cue, noun_phrase_span(subject), _head_offset(subject)))
    found.extend(_headline_attributions(article, doc))
    found.extend(_nominal_attributions(article, doc, marks))
    return found


@lru_cache(maxsize=1)
def nominal_cues() -> dict[str, frozenset[str]]:
    """Cue noun -> prepositions whose object is its content (``lexicons/nominal_cues.tsv``)."""
    table: dict[str, frozenset[str]] = {}
    for line in (LEXICONS / "nominal_cues.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("noun\t"):
            continue
        noun, _, preps = line.partition("\t")
        table[noun.strip().lower()] = frozenset(p.strip() for p in preps.split(",") if p.strip())
    return table


def _nominal_attributions(article: Article, doc: Doc, marks: Sequence[MarkSpan]) -> list[_Attribution]:
    """'Rubio's claim to be the strongest', 'criticism of the plan by X', 'the warning that ...'."""
    text = article.text
    table = nominal_cues()
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in table:
            continue
        if any(m.start <= noun.idx < m.end for m in marks):
            continue
        content_tok = None
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp") and (
                    any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
                    or any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)):
                content_tok = child
                break
            if child.dep_ == "prep" and child.lower_ in table[noun.lemma_.lower()]:
                objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if objects:
                    content_tok = objects[0]
                    break
        if content_tok is None:
            continue
        source_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source_tok is None:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    source_tok = next((g for g in child.children if g.dep_ == "pobj"), None)
        if source_tok is None:
            continue  # a cue noun with no source says nothing about who said it
        content = _trim(text, *_subtree_span(content_tok))
        if content[1] <= content[0]:
            continue
        source = _trim(text, *_subtree_span(source_tok)) if source_tok is not None else None
        if source is not None and text[source[0]:source[1]].endswith(("'s", "’s")):
            source = (source[0], source[1] - 2)
        found.append(_Attribution(content, (noun.idx, noun.idx + len(noun)), source, _head_offset(source_tok)))
    return found


# A "Speaker: words" line is a headline attribution when the speaker part has at
# most this many words and the line at most HEADLINE_MAX_WORDS (tuned on PolNeAR train).
HEADLINE_SOURCE_WORDS = 4
HEADLINE_MAX_WORDS = 25


def _headline_attributions(article: Article, doc: Doc) -> list[_Attribution]:
    """'Sanders: I'm Not Much of a Socialist' - a short line whose name part has no verb."""
    text = article.text
    found = []
    for sentence in article.sentences:
        line = text[sentence.start:sentence.end]
        match = re.match(r"([A-Z][^:\n]{1,60}?):\s+(\S.*)$", line)
        if not match or _words(line) > HEADLINE_MAX_WORDS or _words(match.group(1)) > HEADLINE_SOURCE_WORDS:
            continue
        span = doc.char_span(sentence.start, sentence.start + match.end(1), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or not all(
                t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "'s", "’s") for t in span if t.is_alpha):
            continue
        head = span.root
        colon = sentence.start + match.end(1)
        content = _trim(text, sentence.start + match.start(2), sentence.end)
        found.append(_Attribution(content, (colon, colon + 1), (sentence.start, colon), head.idx))
    return found


def _prepositional_cue(text: str, verb: Token) -> _Attribution | None:
    """'called for X', 'referring to X': a verb + preposition phrase from the lexicon."""
    table = _cue_table()
    for prep in verb.children:
        if prep.dep_ != "prep" or f"{verb.lemma_.lower()} {prep.lower_}" not in table:
            continue
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            continue
        content = _trim(text, *_subtree_span(objects[0]))
        subject = _subject(verb)
        cue = (min(t.idx for t in _cue_tokens(verb)), prep.idx + len(prep))
        if prep.i < verb.i:
            cue = _tok_span(_cue_tokens(verb))
        source = noun_phrase_span(subject) if subject is not None else None
        return _Attribution(content, cue, source, _head_offset(subject))
    return None


def _according_to(text: str, doc: Doc, token: Token) -> _Attribution | None:
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or \
        [c for c in token.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source_tok = objects[0]
    phrase_start = token.idx
    phrase_end = max(t.idx + len(t) for t in source_tok.subtree)
    sentence = token.sent
    sent_start = sentence[0].idx
    sent_end = max(t.idx + len(t) for t in sentence if not t.is_space)
    before = _trim(text, sent_start, phrase_start)
    after = _trim(text, phrase_end, sent_end)
    after = (after[0], after[1] - 1) if after[1] > after[0] and text[after[1] - 1] in ".!?" else after
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    content = _trim(text, *content)
    if content[1] - content[0] < 4:
        return None
    return _Attribution(content, (token.idx, to.idx + len(to)), noun_phrase_span(source_tok), source_tok.idx)


# --------------------------------------------------------------------------- quotes


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _is_headline(text: str) -> bool:
    """A short fragment in capitals ('APOCALYPTIC PREDICTIONS')."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and _words(text) <= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _reads_as_speech(text: str) -> bool:
    """A cue-less quoted span that is a quotation rather than a term, title or headline."""
    stripped = text.strip()
    if _words(stripped) < MIN_FREE_QUOTE_WORDS:
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        return False  # a shouted headline fragment
    words = re.findall(r"[A-Za-z][\w'’-]*", stripped)
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.7:
        return False  # Title Case: a work's title
    return True


def _free_cue_for(span: MarkSpan, doc: Doc, text: str, taken: set[int],
                  inside: list[MarkSpan]) -> tuple[Token, Token | None] | None:
    """The nearest unused cue verb outside quotes in the sentences of ``span``."""
    first = doc.char_span(span.open, span.open + 1, alignment_mode="expand")
    last = doc.char_span(max(span.open, span.outer_end - 1), span.outer_end, alignment_mode="expand")
    if first is None or last is None:
        return None
    sentences = {first[0].sent.start, last[0].sent.start}
    # '"Can we win?" Mr. Manafort asked.' - the segmenter may end the sentence at the quote
    after = last[0].sent.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after < len(doc) and not text[span.outer_end:doc[after].idx].strip("\x01'\" \n”’"):
        if "\n" not in text[span.outer_end:doc[after].idx]:
            sentences.add(doc[after].sent.start)
    best: tuple[int, Token] | None = None
    for start in sorted(sentences):
        for token in doc[start].sent:
            if token.idx >= span.open and token.idx < span.outer_end:
                continue
            if any(q.open <= token.idx < q.outer_end for q in inside):
                continue
            if not (_is_cue_verb(token) or token.lemma_.lower() in QUOTE_CUES and token.pos_ == "VERB") \
                    or token.i in taken:
                continue
            distance = span.open - (token.idx + len(token)) if token.idx < span.open else token.idx - span.outer_end
            if distance > MAX_CUE_DISTANCE:
                continue
            if best is None or distance < best[0]:
                best = (distance, token)
    if best is None:
        return None
    verb = best[1]
    return verb, _outside_subject(verb, _subject(verb), inside + [span])


def _colon_source(doc: Doc, text: str, mark: MarkSpan) -> tuple[Token, Token] | None:
    """``X said:`` / ``X put it this way:`` right before a quotation: the verb and its subject."""
    i = mark.open - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None:
        return None
    sentence = colon[0].sent
    verbs = [t for t in sentence if t.i < colon[0].i and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: (not _is_cue_verb(t), -t.i))
    for verb in verbs:
        subject = _subject(verb)
        if subject is not None and subject.i < colon[0].i:
            return verb, subject
    return None


def _outside_subject(verb: Token, subject: Token | None, marks: Sequence[MarkSpan]) -> Token | None:
    """The subject, or - when the parse put it inside a quotation - the noun next to the verb."""
    def quoted(token: Token) -> bool:
        return any(m.open <= token.idx < m.outer_end + 1 for m in marks)

    if subject is None or not quoted(subject):
        return subject
    doc = verb.doc
    for index in (verb.i - 1, verb.i + 1):
        if 0 <= index < len(doc):
            token = doc[index]
            while token.dep_ == "compound" and token.head.i != token.i:
                token = token.head
            if token.pos_ in ("PROPN", "PRON", "NOUN") and not quoted(token):
                return token
    return None


def _head_offset(subject: Token | None) -> int | None:
    """Where to look for the speaker entity: the word itself, or a relative pronoun's antecedent."""
    if subject is None:
        return None
    if subject.lower_ in ("who", "which", "that") and subject.head.dep_ == "relcl":
        return subject.head.head.idx
    return subject.idx


def _speaker_entity(head: int | None, source: tuple[int, int] | None,
                    entities: Sequence[Entity]) -> str | None:
    """The entity with a mention on the source's head word (else on its last name-like word)."""
    if head is None or source is None:
        return None
    for entity in entities:
        for mention in entity.mentions:
            if mention.start <= head < mention.end:
                return entity.id
    return None


def quotes_from_doc(article: Article, doc: Doc, entities: Sequence[Entity] = ()) -> list[Quote]:
    """Every direct, indirect and mixed quotation of the article, sorted by position."""
    text = article.text
    marks = quote_mark_spans(text)
    attributions = attributions_from_doc(article, doc, marks)
    taken: set[int] = set()
    for attribution in attributions:
        if attribution.cue is not None:
            for token in doc.char_span(*attribution.cue, alignment_mode="expand") or ():
                taken.add(token.i)

    # speech or a stance reported inside reported content ("said he would not support X",
    # "said Y told him that ...") stays part of that content (PolNeAR train: +0.8 F1, mostly precision)
    attributions = [a for a in attributions if a.cue is None or not any(
        o is not a and o.content[0] <= a.cue[0] and a.cue[1] <= o.content[1] for o in attributions)]
    results: list[_Attribution] = []
    used_marks: set[int] = set()
    for attribution in attributions:
        content = attribution.content
        covering = [m for m in marks if _overlap((m.open, m.outer_end), content) > 0]
        for mark in list(covering):
            # a headline fragment in quote marks opening the sentence is not part of the content
            if mark.open <= content[0] + 1 and mark.outer_end < content[1] - 1 and \
                    _is_headline(text[mark.start:mark.end]) and not text[mark.outer_end:content[1]].startswith(","):
                covering.remove(mark)
                content = _trim(text, mark.outer_end, content[1])
                attribution.content = content
        if covering:
            inner = [m for m in covering if m.open >= content[0] - 2 and m.outer_end <= content[1] + 2]
            whole = sum(m.end - m.start for m in covering)
            outside = (content[1] - content[0]) - whole
            if len(covering) == 1 and (outside <= 3 or covering[0].open <= content[0] + 1
                                       and covering[0].outer_end >= content[1] - 1):
                mark = covering[0]
                attribution.content = _trim(text, mark.start, mark.end)
                attribution.kind = "direct"
                used_marks.add(mark.open)
            elif inner or covering:
                attribution.kind = "mixed"
                for mark in covering:
                    if mark.open >= content[0] and mark.outer_end <= content[1]:
                        used_marks.add(mark.open)
                # extend over a quote that runs past the clause
                lo = min([content[0]] + [m.open for m in covering if m.open < content[0]])
                hi = max([content[1]] + [m.outer_end for m in covering if m.outer_end > content[1]])
                if (lo, hi) != content:
                    attribution.content = _trim(text, lo, hi)
        results.append(attribution)

    # quoted spans not yet explained by a cue
    speaker_of: dict[int, _Attribution] = {}
    for mark in marks:
        if mark.open in used_marks:
            continue
        if any(r.kind != "direct" and r.content[0] <= mark.open and mark.outer_end <= r.content[1] for r in results):
            continue  # a fragment inside an indirect/mixed content
        words = text[mark.start:mark.end]
        attached = _free_cue_for(mark, doc, text, taken, [m for m in marks if m is not mark])
        if attached is not None and (_words(words) >= 3 or re.search(r"[.!?,]\s*$", words)):
            verb, subject = attached
            taken.add(verb.i)
            source = noun_phrase_span(subject) if subject is not None else None
            if source is not None and mark.open <= source[0] < mark.outer_end:
                source = None
            results.append(_Attribution(_trim(text, mark.start, mark.end), _tok_span(_cue_tokens(verb)), source,
                                        _head_offset(subject), "direct"))
            speaker_of[mark.open] = results[-1]
            continue
        introduced = _colon_source(doc, text, mark)
        if introduced is not None and _words(words) >= 3:
            verb, subject = introduced
            cue = _tok_span(_cue_tokens(verb)) if _is_cue_verb(verb) else None
            source = noun_phrase_span(subject)
            results.append(_Attribution(_trim(text, mark.start, mark.end), cue, source, _head_offset(subject), "direct"))
            continue
        if _reads_as_speech(words):
            results.append(_Attribution(_trim(text, mark.start, mark.end), None, None, None, "direct"))
            speaker_of[mark.open] = results[-1]

    # cue-less direct quotes take the speaker of an adjacent quote
    ordered = sorted(results, key=lambda r: r.content)
    for i, attribution in enumerate(ordered):
        if attribution.cue is not None or attribution.source is not None:
            continue
        sentence = article.sentence_index(attribution.content[0])
        for neighbour in (ordered[i - 1] if i else None, ordered[i + 1] if i + 1 < len(ordered) else None):
            if neighbour is None or neighbour.source is None:
                continue
            first, second = sorted((neighbour.content, attribution.content))
            if abs(article.sentence_index(neighbour.content[0]) - sentence) <= 1 or \
                    "\n" not in text[first[1]:second[0]]:
                attribution.source, attribution.head = neighbour.source, neighbour.head
                break

    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    # one quote per content span: the attribution with a source and a cue wins
    for attribution in sorted(results, key=lambda r: (r.content, r.source is None, r.cue is None,
                                                       r.cue or (0, 0))):
        start, end = attribution.content
        if end <= start:
            continue
        key = (start, end)
        if key in seen:
            continue
        seen.add(key)
        source = attribution.source
        cue = attribution.cue
        quotes.append(Quote(
            text=text[start:end], kind=attribution.kind,
            speaker=_speaker_entity(attribution.head, source, entities),
            speaker_text=text[source[0]:source[1]] if source else None,
            cue=text[cue[0]:cue[1]] if cue else None,
            sentence=article.sentence_index(start), start=start, end=end,
            speaker_start=source[0] if source else None, speaker_end=source[1] if source else None,
            cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
        ))
    return quotes


def _stage(analysis: Analysis) -> Mapping[str, Any]:
    return {"quotes": quotes_from_doc(analysis.article, analysis["doc"], analysis["entities"])}


def _setup() -> None:
    """Load the lookup tables this stage uses."""
    _cue_table()
    nominal_cues()


STAGE = Stage("newsgraph.quotes.v1", _stage, requires=("doc", "entities"), assigns=("quotes",), setup=_setup)

__all__ = ["STAGE", "MarkSpan", "attributions_from_doc", "noun_phrase_span", "quote_mark_spans",
           "quotes_from_doc", "speech_cues"]

"""The PolNeAR attribution scorer on tiny hand-made gold/system pairs."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.polnear import (
    GoldAttribution, SystemQuote, _join_continuations, match_overlap, nfc_offsets, normalised, read_ann,
    score_doc, summarise,
)
from newsgraph.model import Quote

ANN = """T1\tSource 0 5\tAlice
T2\tCue 6 10\tsaid
T3\tContent 11 25;27 30\tthe plan works on it
T4\tAttribution 6 10\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 40 46\tseemed
T6\tContent 31 39\tit seems
T7\tAttribution 40 46\tseemed
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
#1\tAnnotatorNotes T1\ta note
T8\tDiscuss 0 3\tAli
"""


def test_read_ann_reads_attributions_with_and_without_source() -> None:
    gold = read_ann(ANN)
    assert gold == [GoldAttribution((11, 30), (0, 5), (6, 10)), GoldAttribution((31, 39), None, (40, 46))]


TEXT = 'Alice said "the plan works," and Bob said the deal is dead today.'
#       0123456789012345678901234567890123456789012345678901234567890123


def test_normalised_strips_marks_and_punctuation() -> None:
    assert TEXT[slice(*normalised(TEXT, (11, 28)))] == "the plan works"


@pytest.mark.parametrize(("gold", "system", "expected"), [
    ([(0, 10)], [(5, 15)], {0: 0}),
    ([(0, 10)], [(10, 15)], {}),                       # touching is not overlapping
    ([(0, 10), (20, 30)], [(5, 25)], {1: 0}),          # one-to-one, ties broken by order
    ([(0, 10)], [(0, 3), (2, 10)], {0: 1}),            # the larger overlap wins
])
def test_match_overlap_is_one_to_one(gold: list[tuple[int, int]], system: list[tuple[int, int]],
                                     expected: dict[int, int]) -> None:
    assert match_overlap(gold, system) == expected


def test_score_doc_counts_exact_overlap_sources_and_speakers() -> None:
    gold = [
        GoldAttribution((11, 28), (0, 5), (6, 10)),        # "the plan works," with its marks
        GoldAttribution((42, 63), (33, 36), (37, 41)),     # the deal is dead today
        GoldAttribution((0, 3), None, None),               # a content nobody finds
    ]
    system = [
        SystemQuote((12, 26), (0, 5)),                     # exact after normalising; right speaker
        SystemQuote((42, 55), (0, 5)),                     # overlap only; wrong speaker
        SystemQuote((58, 63), None),                       # a second span on the same gold: false positive
    ]
    counts = score_doc(TEXT, gold, system)
    assert counts["content_exact"] == 1 and counts["content_overlap"] == 2
    assert (counts["gold_content"], counts["system_content"]) == (3, 3)
    assert (counts["speaker_total"], counts["speaker_ok"], counts["speaker_exact"]) == (2, 1, 1)
    assert (counts["gold_source"], counts["system_source"], counts["source_exact"]) == (2, 1, 1)
    result = summarise(counts)
    assert result["content_overlap"] == {"p": 66.7, "r": 66.7, "f1": 66.7}
    assert result["speaker_acc"] == 50.0


def test_summarise_empty_is_zero() -> None:
    counts = dict.fromkeys(("gold_content", "system_content", "content_exact", "content_overlap", "gold_source",
                            "system_source", "source_exact", "source_overlap", "speaker_total", "speaker_ok",
                            "speaker_exact"), 0)
    assert summarise(counts)["content_overlap"]["f1"] == 0.0


def test_nfc_offsets_map_decomposed_text() -> None:
    raw = "Cafe\u0301 said it."
    text, mapping = nfc_offsets(raw)  # type: ignore[misc]
    assert text == "Café said it."
    assert mapping[raw.index("said")] == text.index("said") and mapping[len(raw)] == len(text)


def test_join_continuations_joins_a_cueless_part_in_the_same_paragraph() -> None:
    text = '"A b," he said. "C d."\n"E f."'
    def q(start: int, end: int, cue: str | None) -> Quote:
        return Quote(text[start:end], "direct", None, "he", cue, 0, start, end)
    joined = _join_continuations(text, [q(1, 4, "said"), q(17, 21, None), q(24, 28, None)])
    assert [(j.start, j.end) for j in joined] == [(1, 21), (24, 28)]


@pytest.mark.slow
def test_main_scores_a_few_dev_articles_and_writes_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from newsgraph.evaluation.polnear import main, shared_root

    data = shared_root() / "data" / "polnear"
    if not (data / "dev").exists():
        pytest.skip(f"PolNeAR not found: {data} (set NEWSGRAPH_SHARED to the shared/ folder)")
    out = tmp_path / "polnear.json"
    assert main(["--split", "dev", "--limit", "2", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["articles"] == 2 and result["counts"]["gold_content"] > 0
    assert 0.0 <= result["content_overlap"]["f1"] <= 100.0

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from build_helpers import dump, rule_pipeline
from newsgraph.build import build
from newsgraph.storage.store import connect


def make_corpus(root: Path, n: int = 40) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(n):
        body = [f"Officials in Capital{i} met on day {i} of talks in {2000 + i % 20}.",
                f"Minister Person{i} said the Meeting{i} went well.", "Talks will resume."]
        (corpus / f"{i:03d}.txt").write_text(
            f"Story {i}\n202202{1 + i % 28:02d}\nhttps://news.example.org/{i}\n" + "\n".join(body) + "\n")
    # the same URL again (a second copy of story 3, other text) and the same text under another URL
    (corpus / "dup_url.txt").write_text("Story 3 again\n20220204\nhttps://news.example.org/3\nOther words.\n")
    copied = (corpus / f"{min(5, n - 1):03d}.txt").read_text().split("\n", 3)[3]
    (corpus / "dup_text.txt").write_text("Copy\n20220206\nhttps://mirror.example.net/5\n" + copied)
    (corpus / "bad_date.txt").write_text("Broken\n20220231\nhttps://news.example.org/bad\nBody.\n")
    (corpus / "explodes.txt").write_text("Boom\n20220210\nhttps://news.example.org/boom\nEXPLODE now.\n")
    return corpus


def run_build(corpus: Path, db: Path, **kwargs):
    return build([corpus], db, pipeline_factory=rule_pipeline, derivations=[], **kwargs)


def test_build_stores_rejects_and_dedups(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    summary = run_build(corpus, tmp_path / "kb.db")
    assert summary.files == 44
    assert summary.stored == 40
    assert summary.duplicates == 2
    assert sorted((Path(r.origin).name, r.line, r.stage) for r in summary.rejected) == [
        ("bad_date.txt", 2, "ingest"), ("explodes.txt", None, "test.capitalised.v1")]
    conn = connect(tmp_path / "kb.db")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 40
    assert {row[0] for row in conn.execute("SELECT reason FROM duplicates")} == {"same url", "same text"}
    reasons = {Path(row["origin"]).name: row["reason"] for row in conn.execute("SELECT * FROM rejections")}
    assert "calendar date" in reasons["bad_date.txt"] and "ValueError" in reasons["explodes.txt"]


def test_build_rerun_adds_nothing(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    run_build(corpus, tmp_path / "kb.db")
    before = dump(tmp_path / "kb.db")
    again = run_build(corpus, tmp_path / "kb.db")
    assert again.stored == 0 and again.unchanged == 40 and again.duplicates == 2
    assert len(again.rejected) == 2  # still rejected, still reported
    assert dump(tmp_path / "kb.db") == before


def test_build_changed_article_replaces_old_version(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, n=5)
    db = tmp_path / "kb.db"
    run_build(corpus, db)
    (corpus / "001.txt").write_text("Story 1 revised\n20220202\nhttps://news.example.org/1\nNew Text here.\n")
    summary = run_build(corpus, db)
    assert summary.stored == 1 and summary.replaced == 1
    conn = connect(db)
    rows = conn.execute("SELECT title, text FROM articles WHERE url='https://news.example.org/1'").fetchall()
    assert [tuple(r) for r in rows] == [("Story 1 revised", "New Text here.")]
    assert conn.execute("SELECT count(*) FROM sentences WHERE text LIKE '%Capital1 %'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'revised OR New'"
                        ).fetchone()[0] == 1


def test_build_new_pipeline_version_reextracts(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, n=6)
    db = tmp_path / "kb.db"
    run_build(corpus, db, signature="model==1|stage.v1")
    before = dump(db)
    summary = run_build(corpus, db, signature="model==1|stage.v2")
    assert summary.reextracted == 6 and summary.stored == 6 and summary.replaced == 0
    assert summary.duplicates == 2
    again = run_build(corpus, db, signature="model==1|stage.v2")
    assert again.unchanged == 6 and again.stored == 0
    after = dump(db)
    assert {row[-1] for row in after["articles"]} == {"model==1|stage.v2"}
    assert after["sentences"] == before["sentences"] and after["entities"] == before["entities"]


def test_build_fixed_file_clears_its_rejection(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, n=2)
    db = tmp_path / "kb.db"
    run_build(corpus, db)
    (corpus / "bad_date.txt").write_text("Fixed\n20220228\nhttps://news.example.org/bad\nBody.\n")
    (corpus / "explodes.txt").unlink()
    summary = run_build(corpus, db)
    assert summary.stored == 1
    # the exploding file is gone from disk; its old rejection stays on record
    assert [Path(r[0]).name for r in connect(db).execute("SELECT origin FROM rejections")] == ["explodes.txt"]


def test_build_same_kb_for_any_number_of_workers(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    run_build(corpus, tmp_path / "one.db", workers=1)
    run_build(corpus, tmp_path / "two.db", workers=2, chunk_size=3)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_build_survives_a_dying_worker(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, n=30)
    (corpus / "crash.txt").write_text("Crash\n20220210\nhttps://news.example.org/crash\nCRASH here.\n")
    summary = run_build(corpus, tmp_path / "kb.db", workers=2, chunk_size=4)
    assert summary.stored == 30
    crashed = [r for r in summary.rejected if r.stage == "worker"]
    assert [Path(r.origin).name for r in crashed] == ["crash.txt"]
    assert "worker process died" in crashed[0].reason
    reference = tmp_path / "serial.db"
    (corpus / "crash.txt").unlink()
    run_build(corpus, reference)
    stored = dump(tmp_path / "kb.db")
    assert stored["articles"] == dump(reference)["articles"]


def test_build_killed_and_resumed_equals_uninterrupted(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, n=60)
    reference = tmp_path / "reference.db"
    run_build(corpus, reference)
    db = tmp_path / "killed.db"
    script = Path(__file__).with_name("build_helpers.py")
    command = [sys.executable, str(script), str(db), str(corpus), "--delay", "0.02"]
    rng = random.Random(7)
    kills = 0
    for _ in range(6):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
    assert kills >= 1, "the build finished before it could be killed; raise --delay"
    final = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    assert dump(db) == dump(reference)
    conn = connect(db)
    conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')")


def test_build_missing_path_is_rejected(tmp_path: Path) -> None:
    summary = run_build(tmp_path / "nowhere", tmp_path / "kb.db")
    assert [r.reason for r in summary.rejected] == ["no such file or directory"]


@pytest.mark.parametrize("bad", [b"\x00\x01 garbage", b"SQLite format 3\x00 but not really"])
def test_build_refuses_a_file_that_is_not_a_kb(tmp_path: Path, bad: bytes) -> None:
    from newsgraph.errors import StoreError

    db = tmp_path / "kb.db"
    db.write_bytes(bad * 100)
    with pytest.raises(StoreError):
        run_build(make_corpus(tmp_path, n=1), db)

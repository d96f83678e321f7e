from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import discover, parse_date, parse_text, read_file, read_paths
from newsgraph.model import Article


def only_article(path: Path) -> Article:
    records = list(read_file(path))
    assert len(records) == 1 and isinstance(records[0], Article), records
    return records[0]


def only_error(path: Path) -> InputError:
    records = list(read_file(path))
    assert len(records) == 1 and isinstance(records[0], InputError), records
    return records[0]


def test_readers_canonical_format(write_article) -> None:
    path = write_article("a.txt", title="Title", date="20220207", url="https://www.bbc.co.uk/news/x",
                         body=("PARIS - One.", "Two and Zelensky.Three."))
    article = only_article(path)
    assert article.title == "Title"
    assert article.published == dt.date(2022, 2, 7)
    assert article.url == "https://www.bbc.co.uk/news/x"
    assert article.source == "bbc.co.uk"
    assert article.text == "PARIS - One.\nTwo and Zelensky.Three."
    assert [article.sentence_text(i) for i in range(3)] == ["PARIS - One.", "Two and Zelensky.", "Three."]
    assert article.dateline is not None and article.dateline.place == "PARIS"
    assert article.origin == str(path)


def test_readers_tolerate_crlf_bom_trailing_blanks(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle\r\n20220207\r\n\r\nBody one.\r\nBody two.\r\n\r\n   \r\n".encode())
    article = only_article(path)
    assert article.title == "Title"
    assert article.url is None
    assert article.text == "Body one.\nBody two."


def test_readers_nfc_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("T\n20220207\n\nZelenska\u0301 spoke.\n", encoding="utf-8")
    assert only_article(path).text == "Zelensk\u00e1 spoke."


def test_readers_same_input_same_id(write_article, tmp_path: Path) -> None:
    first = only_article(write_article("a.txt"))
    second = only_article(write_article("b/c.txt"))
    assert first.id == second.id  # same URL
    third = only_article(write_article("d.txt", url=""))
    assert third.id != first.id


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("", None, "empty"),
        ("Title only", 2, "YYYYMMDD"),
        ("Title\n2022-02-07\n\nBody.", 2, "YYYYMMDD"),
        ("Title\n20220230\n\nBody.", 2, "real calendar date"),
        ("Title\n20221301\n\nBody.", 2, "real calendar date"),
        ("\n20220207\n\nBody.", 1, "title"),
        ("Title\n20220207\nnot a url at all\nBody.", 3, "URL"),
        ("Title\n20220207\nhttps://x.org/a\n\n  \n", 4, "no body"),
    ],
)
def test_readers_reject_bad_text_with_line(tmp_path: Path, content: str, line: int | None, fragment: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    error = only_error(path)
    assert error.path == str(path)
    assert error.line == line
    assert fragment in error.problem
    assert str(path) in str(error)


def test_readers_reject_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Title\n20220207\n\nBody \xff here.\n")
    error = only_error(path)
    assert error.line == 4 and "UTF-8" in error.problem


def test_readers_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "A", "published": "2022-02-07T10:00:00Z", "url": "https://x.org/a",
                    "text": "One.\nTwo."}),
        "{not json",
        json.dumps({"title": "B", "date": "20220208", "sentences": ["Uno.", "Dos."]}),
        "",
        json.dumps({"title": "C", "date": "2022-02-30", "text": "x"}),
        json.dumps({"title": "D", "date": "2022-02-01"}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    records = list(read_file(path))
    articles = [r for r in records if isinstance(r, Article)]
    errors = [r for r in records if isinstance(r, InputError)]
    assert [a.title for a in articles] == ["A", "B"]
    assert articles[0].published == dt.date(2022, 2, 7)
    assert articles[1].text == "Uno.\nDos."
    assert articles[1].origin == f"{path}:3"
    assert [e.line for e in errors] == [2, 5, 6, 7]
    assert "JSON" in errors[0].problem and "calendar" in errors[1].problem and "text" in errors[2].problem


def test_readers_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Title\n20220207\n\nBody one.\n"))
    assert only_article(path).text == "Body one."
    broken = tmp_path / "b.txt.gz"
    broken.write_bytes(b"not gzip")
    assert "cannot read" in only_error(broken).problem


def test_readers_html(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the report says that the talks in Geneva continued for many hours "
        f"and the delegations agreed to meet again next week.</p>" for i in range(6))
    html = (
        "<html><head><title>Talks resume in Geneva</title>"
        '<meta property="og:title" content="Talks resume in Geneva">'
        '<meta property="article:published_time" content="2022-02-07T09:00:00Z">'
        '<link rel="canonical" href="https://news.example.org/talks">'
        f"</head><body><nav>Home | World</nav><article><h1>Talks resume in Geneva</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = only_article(path)
    assert article.title == "Talks resume in Geneva"
    assert article.published == dt.date(2022, 2, 7)
    assert "Paragraph 3 of the report" in article.text
    assert "Copyright" not in article.text


def test_readers_discover_walks_and_passes_over_metadata(tmp_path: Path, write_article) -> None:
    write_article("corpus/b.txt")
    write_article("corpus/sub/a.txt")
    (tmp_path / "corpus" / "README.md").write_text("# readme")
    (tmp_path / "corpus" / "SOURCE.txt").write_text("where it came from")
    (tmp_path / "corpus" / "MANIFEST.tsv").write_text("file\tdate")
    files, passed, missing = discover([tmp_path / "corpus", tmp_path / "nope.txt"])
    assert [Path(f).name for f in files] == ["b.txt", "a.txt"]
    assert sorted(Path(p).name for p in passed) == ["MANIFEST.tsv", "README.md", "SOURCE.txt"]
    assert [m.path for m in missing] == [str(tmp_path / "nope.txt")]
    records = list(read_paths([tmp_path / "corpus", tmp_path / "nope.txt"]))
    assert sum(isinstance(r, InputError) for r in records) == 1


@pytest.mark.parametrize(
    ("value", "exp"),
    [("20220207", dt.date(2022, 2, 7)), ("2022-02-07", dt.date(2022, 2, 7)),
     ("2022-02-07T23:59:00+02:00", dt.date(2022, 2, 7)), ("20220229", None), ("2022-13-01", None),
     ("Feb 7 2022", None), ("", None)],
)
def test_readers_parse_date(value: str, exp: dt.date | None) -> None:
    assert parse_date(value) == exp


def test_readers_parse_text_seed_shape() -> None:
    article = parse_text("T\n20220207\nhttps://ewn.co.za/x\nA.\nB.", origin="mem")
    assert article.source == "ewn.co.za" and len(article.sentences) == 2

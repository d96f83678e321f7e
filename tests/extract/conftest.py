from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "000_ad4cf2ea6679c452.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_entities(nlp):
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse
    from newsgraph.ingest.readers import read_file

    article = next(read_file(SEED))
    doc = next(parse(nlp, [article]))
    return article, entities_from_doc(article, doc)

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.nlp import load_nlp

    return load_nlp()

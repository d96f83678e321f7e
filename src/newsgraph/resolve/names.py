"""Name normalisation shared by the per-article and the cross-article entity layers."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from newsgraph.resolve.geocode import name_aliases


@lru_cache(maxsize=1 << 20)
def fold(text: str) -> str:
    """Comparison key: no diacritics or dots, lower case, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(".", "").replace("’", "'").lower().split())


@lru_cache(maxsize=1 << 20)
def canonical_spelling(text: str) -> str:
    """The alias table's spelling of the whole name or of each word (Zelenskyy -> Zelensky)."""
    aliases = name_aliases()
    whole = aliases.get(fold(text))
    if whole:
        return whole
    return " ".join(aliases.get(fold(word), word) for word in text.split())


@lru_cache(maxsize=1 << 20)
def name_key(text: str) -> str:
    """Folded canonical spelling: equal keys name the same thing."""
    return fold(canonical_spelling(text))


# Legal-form suffixes that do not change which company is meant ("AT&T Inc" = "AT&T").
COMPANY_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "plc", "llc", "lp", "sa", "ag", "nv",
                              "se", "spa", "ab", "asa", "oyj", "bv", "gmbh", "holdings", "limited"})


def org_key(key_text: str) -> str:
    """A folded organisation name without its legal-form suffix."""
    words = key_text.replace(",", " ").split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


__all__ = ["COMPANY_SUFFIXES", "canonical_spelling", "fold", "name_key", "org_key"]

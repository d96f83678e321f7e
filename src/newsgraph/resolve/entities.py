"""Entities across articles: one knowledge-base entity per real-world referent.

``merge_entities(conn)`` rebuilds the ``kb_*`` tables from the per-article
``entities``, ``mentions`` and ``articles`` rows (a full, deterministic
recompute: rows are sorted first, so insertion order never matters).

Merge rules, each recorded as evidence on the KB entity:

* places with the same GeoNames id merge ("U.S.", "US", "United States");
  a place with a direction ("eastern Ukraine") stays apart from the whole;
* names equal after normalisation merge: diacritics, dots and case folded,
  spelling variants mapped by the alias lexicon (Zelenskyy, Zelenskiy ->
  Zelensky; Kiev -> Kyiv);
* two full person names with the same first name and surnames that differ by a
  small edit (similarity >= ``SURNAME_SIMILARITY``) merge when they also share a
  country or a role;
* an organisation merges with the name an article used it as an alias of
  ("EU" grouped with "European Union" in one article);
* a surname-only person ("Zelensky") joins the one full-name person with that
  surname; when two or more full names share it ("John Smith", "Mary Smith")
  it stays apart -- no merge without evidence.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsgraph.resolve.geocode import DIRECTIONS
from newsgraph.resolve.names import canonical_spelling, fold, org_key


# Surname similarity (difflib ratio) for merging two full names with the same
# first name; 0.8 joins Zelenskyy/Zelenskiy-style variants the alias table
# lacks and keeps Smith/Smyth-style different people apart unless they also
# share a country or role.  Set on hand-made cases (tests/resolve/test_entities.py).
SURNAME_SIMILARITY = 0.8
# A surname-only mention joins the dominant full name among several only when that one
# is in 10 times the articles of any other and in 20 or more (set on the
# russia-ukraine-media-2022 sample: Joe Biden vs Hunter Biden).
DOMINANT_RATIO = 10
DOMINANT_MIN_ARTICLES = 20
PLACE_TYPES = ("GPE", "LOC", "FAC")


@dataclass
class _Row:
    article_id: str
    entity_id: str
    name: str
    type: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: str | None
    aliases: list[str]
    roles: list[str]
    published: str | None
    mentions: int


_UNSET = object()


@dataclass
class _Cluster:
    key: tuple[str, str]
    rows: list[_Row] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    country: object = _UNSET  # cached by _country once the rows are final
    roles: set[str] | None = None


def _type_class(kind: str) -> str:
    return "PLACE" if kind in PLACE_TYPES else kind


def _key(row: _Row) -> tuple[str, str]:
    kind = _type_class(row.type)
    if kind == "PLACE" and row.geonameid:
        first = row.name.split()[0].lower() if row.name.split() else ""
        direction = first if first in DIRECTIONS and len(row.name.split()) > 1 else ""
        return ("PLACE", f"geonames:{row.geonameid}/{direction}")
    if kind == "NORP" and row.country:
        return ("NORP", f"country:{row.country}")  # Ukrainian, Ukrainians
    if kind == "ORG":
        return (kind, org_key(fold(canonical_spelling(row.name))))  # AT&T Inc = AT&T
    return (kind, fold(canonical_spelling(row.name)))


def read_rows(conn: sqlite3.Connection) -> list[_Row]:
    """Per-article entity rows with publication date and mention count, sorted."""
    mentions = dict(((a, e), n) for a, e, n in conn.execute(
        "SELECT article_id, entity_id, COUNT(*) FROM mentions GROUP BY article_id, entity_id"))
    rows = []
    for (article_id, entity_id, name, kind, country, lat, lon, geonameid, aliases, roles,
         published) in conn.execute(
            "SELECT e.article_id, e.id, e.name, e.type, e.country, e.lat, e.lon, e.geonameid,"
            " e.aliases, e.roles, a.published FROM entities e LEFT JOIN articles a ON a.id = e.article_id"):
        rows.append(_Row(article_id, entity_id, name, kind, country, lat, lon,
                         str(geonameid) if geonameid not in (None, "") else None,
                         _json_list(aliases), _json_list(roles), published,
                         mentions.get((article_id, entity_id), 0)))
    rows.sort(key=lambda r: (r.article_id, r.entity_id))
    return rows


def _json_list(value: object) -> list[str]:
    if value is None or value == "" or value == "[]":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


class _UnionFind:
    def __init__(self, keys: Iterable[tuple[str, str]]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        low, high = sorted((ra, rb))
        self.parent[high] = low
        return True


def clusters(rows: list[_Row]) -> list[_Cluster]:
    """Rows grouped into KB entities, with the evidence for every merge."""
    by_key: dict[tuple[str, str], _Cluster] = {}
    for row in rows:
        key = _key(row)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster(key)
        cluster.rows.append(row)
    for cluster in by_key.values():
        names = sorted({r.name for r in cluster.rows})
        if len(names) > 1:
            reason = ("same GeoNames id" if cluster.key[1].startswith("geonames:")
                      else "same country" if cluster.key[1].startswith("country:") else "same normalised name")
            cluster.evidence.append(f"{reason}: {' / '.join(names)}")
    union = _UnionFind(by_key)
    extra: dict[tuple[str, str], list[str]] = defaultdict(list)

    def merge(a: tuple[str, str], b: tuple[str, str], why: str) -> None:
        if union.union(a, b):
            extra[a].append(why)

    _merge_similar_people(by_key, merge)
    _merge_org_aliases(by_key, merge)
    _merge_surnames(by_key, union, merge)

    grouped: dict[tuple[str, str], _Cluster] = {}
    for key in sorted(by_key):
        root = union.find(key)
        target = grouped.setdefault(root, _Cluster(root))
        target.rows.extend(by_key[key].rows)
        target.evidence.extend(by_key[key].evidence)
        target.evidence.extend(extra.get(key, ()))
    return list(grouped.values())


def _country(cluster: _Cluster) -> str | None:
    """The most common country of the cluster's rows (ties: alphabetical)."""
    if cluster.country is _UNSET:
        counts = Counter(r.country for r in cluster.rows if r.country)
        cluster.country = min(counts, key=lambda c: (-counts[c], c)) if counts else None
    return cluster.country  # type: ignore[return-value]


def _roles(cluster: _Cluster) -> set[str]:
    if cluster.roles is None:
        cluster.roles = {role.lower() for r in cluster.rows for role in r.roles}
    return cluster.roles


def skeleton(word: str) -> str:
    """Consonant skeleton for blocking spelling variants: no vowels or y, no doubled letters
    (Zelensky, Zelenskyy, Zelenskiy -> zlnsk; Volodymyr, Volodomyr -> vldmr)."""
    out = []
    for ch in word:
        if ch in "aeiouy" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return word[:1] + "".join(out[1:]) if word[:1] in "aeiouy" else "".join(out)


def _merge_similar_people(by_key: dict[tuple[str, str], _Cluster], merge) -> None:  # noqa: ANN001
    """Full names equal but for a small spelling difference in the surname (same first
    name) or in the first name (same surname), backed by a shared country or role.
    Candidates are blocked by consonant skeleton, so the pass stays linear."""
    blocks: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(by_key):
        words = key[1].split()
        if key[0] == "PERSON" and len(words) >= 2:
            middle = " ".join(words[1:-1])
            blocks[("surname", words[0] + "|" + middle, skeleton(words[-1]))].append(key)
            blocks[("first name", words[-1] + "|" + middle, skeleton(words[0]))].append(key)
    for (differs, _, _), keys in sorted(blocks.items()):
        if len(keys) < 2:
            continue
        position = -1 if differs == "surname" else 0
        same = "first name" if differs == "surname" else "surname"
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                word_a, word_b = a[1].split()[position], b[1].split()[position]
                ratio = SequenceMatcher(None, word_a, word_b).ratio()
                if ratio < SURNAME_SIMILARITY:
                    continue
                ca, cb = _country(by_key[a]), _country(by_key[b])
                shared_roles = _roles(by_key[a]) & _roles(by_key[b])
                why = f"similar names {word_a}~{word_b} ({ratio:.2f}), same {same}"
                if ca and ca == cb:
                    merge(a, b, f"{why}, same country {ca}")
                elif shared_roles and not (ca and cb and ca != cb):
                    merge(a, b, f"{why}, shared role {sorted(shared_roles)[0]!r}")


def _merge_org_aliases(by_key: dict[tuple[str, str], _Cluster], merge) -> None:  # noqa: ANN001
    for key in sorted(by_key):
        if key[0] != "ORG":
            continue
        for row in by_key[key].rows:
            for alias in row.aliases:
                other = ("ORG", org_key(fold(canonical_spelling(alias))))
                if other != key and other in by_key:
                    merge(key, other, f"{alias!r} used for {row.name!r} in article {row.article_id}")


def _merge_surnames(by_key: dict[tuple[str, str], _Cluster], union: _UnionFind, merge) -> None:  # noqa: ANN001
    """A surname-only person joins the one full-name person with that surname; when
    several share it, the one that shares a role with it, else one that dominates the
    KB (``DOMINANT_RATIO`` times the articles of every other, at least
    ``DOMINANT_MIN_ARTICLES``); otherwise it stays apart."""
    full_by_surname: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key in by_key:
        words = key[1].split()
        if key[0] == "PERSON" and len(words) >= 2:
            full_by_surname[words[-1]].add(key)
    for key in sorted(by_key):
        words = key[1].split()
        if key[0] != "PERSON" or len(words) != 1:
            continue
        members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for k in full_by_surname.get(words[0], ()):
            members[union.find(k)].append(k)
        country = _country(by_key[key])
        roots = sorted(root for root, keys in members.items()
                       if not (country and _group_country(by_key, keys) not in (None, country)))
        if not roots:
            continue
        def shown(root: tuple[str, str]) -> str:  # the root's most frequent full name
            return max(members[root], key=lambda k: (len(by_key[k].rows), k))[1]

        why = f"surname-only {words[0]!r} matches one full name only ({shown(roots[0])})"
        if len(roots) > 1:
            roles = _roles(by_key[key])
            sharing = [r for r in roots if roles & {x for k in members[r] for x in _roles(by_key[k])}]
            articles = {r: len({row.article_id for k in members[r] for row in by_key[k].rows}) for r in roots}
            ranked = sorted(roots, key=lambda r: (-articles[r], r))
            if len(sharing) == 1:
                roots = sharing
                why = f"surname-only {words[0]!r} shares a role with {shown(roots[0])} only"
            elif articles[ranked[0]] >= DOMINANT_MIN_ARTICLES and \
                    articles[ranked[0]] >= DOMINANT_RATIO * articles[ranked[1]]:
                roots = ranked[:1]
                why = (f"surname-only {words[0]!r}: {shown(roots[0])} is in {articles[roots[0]]} articles, "
                       f"every other {words[0]!r} in at most {articles[ranked[1]]}")
            else:
                continue  # ambiguous: two different people share the surname
        merge(roots[0], key, why)


def _group_country(by_key: dict[tuple[str, str], _Cluster], keys: list[tuple[str, str]]) -> str | None:
    counts = Counter(r.country for k in keys for r in by_key[k].rows if r.country)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def _display_name(cluster: _Cluster) -> str:
    counts = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for row in cluster.rows:
        articles[row.name].add(row.article_id)
    for name, ids in articles.items():
        counts[name] = len(ids)
    # most words first (the fullest form), not all capitals, the most articles, alphabetical
    return min(counts, key=lambda n: (-len(n.split()), n.isupper(), -counts[n], n))


def merge_entities(conn: sqlite3.Connection) -> int:
    """Rebuild the ``kb_*`` tables from the per-article rows; returns the number of KB entities.

    Runs inside the caller's transaction when one is open (the build wraps each
    derivation in one), else in its own."""
    owned = not conn.in_transaction
    if owned:
        conn.execute("BEGIN IMMEDIATE")
    try:
        count = _rebuild(conn)
    except BaseException:
        if owned:
            conn.rollback()
        raise
    if owned:
        conn.commit()
    return count


def _rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the KB entity tables (inside an open transaction)."""
    groups = clusters(read_rows(conn))
    records = []
    for cluster in groups:
        name = _display_name(cluster)
        types = Counter(r.type for r in cluster.rows)
        kind = min(types, key=lambda t: (-types[t], t))
        geo = Counter((r.lat, r.lon, r.geonameid) for r in cluster.rows if r.geonameid)
        lat, lon, geonameid = min(geo, key=lambda g: (-geo[g], str(g))) if geo else (None, None, None)
        records.append((kind, name, cluster, _country(cluster), lat, lon, geonameid))
    records.sort(key=lambda r: (r[0], r[1], r[2].key))
    for table in ("kb_merge_evidence", "kb_roles", "kb_members", "kb_aliases", "kb_entities"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    entities, aliases, members, roles, evidence = [], [], [], [], []
    for kb_id, (kind, name, cluster, country, lat, lon, geonameid) in enumerate(records, start=1):
        rows = sorted(cluster.rows, key=lambda r: (r.article_id, r.entity_id))
        entities.append((kb_id, name, kind, country, lat, lon, geonameid,
                         sum(r.mentions for r in rows), len({r.article_id for r in rows})))
        alias_counts = Counter(a for r in rows for a in set(r.aliases or [r.name]))
        aliases.extend((kb_id, a, n) for a, n in sorted(alias_counts.items()))
        members.extend((kb_id, r.article_id, r.entity_id) for r in rows)
        role_dates: dict[str, list[str]] = defaultdict(list)
        role_forms: dict[str, Counter[str]] = defaultdict(Counter)
        role_articles: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            for role in set(r.roles):
                folded = fold(role)  # "Ukraine’s president" = "Ukraine's President"
                role_forms[folded][role] += 1
                role_articles[folded].add(r.article_id)
                if r.published:
                    role_dates[folded].append(r.published)
        for folded in sorted(role_forms):
            form = min(role_forms[folded], key=lambda f: (-role_forms[folded][f], f))
            dates = sorted(role_dates[folded])
            roles.append((kb_id, form, dates[0] if dates else None, dates[-1] if dates else None,
                          len(role_articles[folded])))
        evidence.extend((kb_id, e) for e in sorted(set(cluster.evidence)))
    conn.executemany("INSERT INTO kb_entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entities)
    conn.executemany("INSERT INTO kb_aliases VALUES (?, ?, ?)", aliases)
    conn.executemany("INSERT INTO kb_members VALUES (?, ?, ?)", members)
    conn.executemany("INSERT INTO kb_roles VALUES (?, ?, ?, ?, ?)", roles)
    conn.executemany("INSERT INTO kb_merge_evidence VALUES (?, ?)", evidence)
    return len(records)


__all__ = ["SURNAME_SIMILARITY", "clusters", "merge_entities", "read_rows"]

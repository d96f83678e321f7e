"""Geocoding names to GeoNames places with article context."""

from __future__ import annotations

import pytest

from newsgraph.resolve.geocode import country_of_name, geocode

# name, context countries, expected country, GeoNames id or None, (lat, lon) within 1 degree
CASES = [
    ("Moscow", (), "RU", 524901, (55.75, 37.62)),
    ("Kyiv", (), "UA", 703448, (50.45, 30.52)),
    ("Kiev", (), "UA", 703448, (50.45, 30.52)),
    ("Paris", (), "FR", 2988507, (48.85, 2.35)),
    ("PARIS", (), "FR", 2988507, (48.85, 2.35)),
    ("Washington", ("US",), "US", 4140963, (38.9, -77.04)),
    ("Washington", (), "US", 4140963, (38.9, -77.04)),
    ("Poland", (), "PL", 798544, None),
    ("Ukraine", (), "UA", 690791, None),
    ("U.S.", (), "US", 6252001, None),
    ("United States", (), "US", 6252001, None),
    ("Britain", (), "GB", 2635167, None),
    ("Odessa", (), "UA", None, (46.48, 30.74)),
    ("Donetsk", ("UA",), "UA", None, (48.0, 37.8)),
    ("Texas", (), "US", None, None),
]


@pytest.mark.parametrize(("name", "context", "country", "geonameid", "point"), CASES)
def test_geocode_places(name, context, country, geonameid, point):
    place = geocode(name, context=context)
    assert place is not None
    assert place.country == country
    if geonameid is not None:
        assert place.geo.geonameid == geonameid
    if point is not None:
        assert place.geo.lat == pytest.approx(point[0], abs=1.0)
        assert place.geo.lon == pytest.approx(point[1], abs=1.0)


def test_geocode_context_picks_the_candidate_in_the_articles_country():
    assert geocode("Paris", context=("US",), dateline_country="US").country == "US"
    assert geocode("Paris", context=("FR",)).country == "FR"


@pytest.mark.parametrize(("name", "direction", "country"), [
    ("eastern Ukraine", "eastern", "UA"),
    ("northern Syria", "northern", "SY"),
    ("South Africa", None, "ZA"),
    ("North Korea", None, "KP"),
])
def test_geocode_direction_kept_unless_part_of_the_name(name, direction, country):
    place = geocode(name)
    assert place is not None and place.country == country and place.direction == direction


@pytest.mark.parametrize("name", ["Scholz", "Kuleba", "Annalena Baerbock", "xyzzy"])
def test_geocode_non_places_are_none(name):
    assert geocode(name) is None


@pytest.mark.parametrize(("name", "country"), [
    ("Kremlin", "RU"), ("White House", "US"), ("Ukraine", "UA"), ("the United States", "US"), ("Macron", None),
])
def test_geocode_country_of_name(name, country):
    assert country_of_name(name) == country

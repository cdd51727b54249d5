"""Places outside China's administrative divisions as GB/T 2260 lists them: countries,
world regions, well-known foreign cities, and the places of Taiwan, Hong Kong and Macao
below the province level (``data/regional_places.tsv``), and the national-level new areas
(``data/new_areas.tsv``), which span several counties.

Countries, continents and UN regions come from CLDR's Chinese territory names and
foreign cities from CLDR's time-zone exemplar cities, both read through ``babel`` (it
ships the CLDR data, so nothing is downloaded); ``data/country_names.tsv`` adds
official long forms and former states, ``data/world_regions.txt`` regions CLDR lacks,
``data/world_cities.tsv`` capitals and major cities that are no time zone's example.
China's provinces and divisions (CN, HK, MO, TW) are left to the gazetteer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import read_list, read_table

__all__ = ["ForeignPlace", "WorldPlaces"]

# CLDR codes that are not places of their own or are China's (the gazetteer has those)
_SKIP_TERRITORIES = {"CN", "HK", "MO", "TW", "EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "001"}
_CHINA = "CN"
# time zones whose exemplar "cities" are research stations named after persons (戴维斯, 莫森, 帕尔默)
_STATION_TERRITORIES = {"AQ"}


@dataclass(frozen=True)
class ForeignPlace:
    """``cls`` is ``Country`` or ``Place``; ``country`` names the country a city lies in."""

    name: str
    cls: str
    country: str | None = None

    @property
    def key(self) -> str:
        return f"{self.cls}/{self.name}"


@dataclass
class WorldPlaces:
    """Every foreign place name -> :class:`ForeignPlace`.

    >>> w = WorldPlaces.load()
    >>> w.get("美国"), w.get("纽约").country, w.get("欧洲").cls
    (ForeignPlace(name='美国', cls='Country', country=None), '美国', 'Place')
    """

    places: dict[str, ForeignPlace] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "WorldPlaces":
        try:
            from babel import Locale
            from babel.core import get_global
        except ImportError:  # pragma: no cover - declared dependency
            raise ImportError("kg needs babel for country names: pip install babel") from None
        zh = Locale("zh")
        places: dict[str, ForeignPlace] = {}
        names = zh.territories
        for code in sorted(names):
            name = names[code]
            if code in _SKIP_TERRITORIES or not name:
                continue
            if code.isdigit():
                places.setdefault(name, ForeignPlace(name, "Place"))
            elif code == _CHINA:
                continue
            else:
                name = name.removesuffix("领土")   # 巴勒斯坦领土 -> 巴勒斯坦
                places[name] = ForeignPlace(name, "Country")
        places["中国"] = ForeignPlace("中国", "Country")
        for name, canonical in read_table("country_names.tsv"):
            places.setdefault(name, ForeignPlace(canonical, "Country"))
        for name in read_list("world_regions.txt"):
            places.setdefault(name, ForeignPlace(name, "Place"))
        zone_territory = get_global("zone_territories")
        for zone in sorted(zh.time_zones):
            city = zh.time_zones[zone].get("city")
            territory = zone_territory.get(zone)
            if (not city or not territory or territory in _SKIP_TERRITORIES or territory in _STATION_TERRITORIES
                    or territory == _CHINA
                    or "州" in city or "·" in city or city in places):
                continue
            country = names.get(territory, "").removesuffix("领土")
            places[city] = ForeignPlace(city, "Place", country if country in places else None)
        for city, country in read_table("world_cities.tsv"):
            places.setdefault(city, ForeignPlace(city, "Place", country if country in places else None))
        # Taiwan's, Hong Kong's and Macao's own places, which GB/T 2260 does not divide
        regional = [name for name, _province in read_table("regional_places.tsv")]
        for name in regional:
            full = next((name + w for w in ("市", "县") if name + w in regional), name)   # 台北 -> 台北市
            places.setdefault(name, ForeignPlace(full, "Place"))
        # the national-level new areas, zones of several counties that are no division of their own
        for official, name in read_table("new_areas.tsv"):
            for written in (official, name):      # 雄安新区 is 河北雄安新区
                places.setdefault(written, ForeignPlace(official, "Place"))
        return cls(places)

    def get(self, name: str) -> ForeignPlace | None:
        return self.places.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self.places

    def __len__(self) -> int:
        return len(self.places)

"""Agencies: the registry in ``models/agencies.json``, name resolution, and mentions in text.

- :func:`resolve_agency` turns a name as written ("Bộ TT&TT", "the Minister of
  Finance", "Chủ tịch UBND tỉnh Lào Cai", "các Bộ, ngành liên quan") into an
  :class:`~notice_parser.schema.Agency` with the registry's id and names.
- :func:`find_agencies` tags agency mentions in a text, with exact spans.
- :func:`agency_key` gives the key under which Vietnamese and English mentions
  of one agency meet.

Matching ignores case, diacritics, "Ủy"/"Uỷ", "&", commas, hyphens and
"và"/"and", and treats the ``equivalents`` rows of the table ("UBND" =
"Ủy ban nhân dân") as one word.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import load_table
from .schema import Agency, Span
from .textutil import collapse_spaces, fold

_TABLE = "agencies.json"
_DROPPED_WORDS = {"va", "and", "the"}


# --- keys ------------------------------------------------------------------------------

_GLUED_MARKS = re.compile(r"\s*&\s*|['.]")
_SEPARATOR_MARKS = re.compile(r"[,;:()\[\]/\"\u201c\u201d\u2013\u2014-]")


def _raw_tokens(text: str) -> list[str]:
    folded = fold(text).replace("\u2019", "'")
    folded = _GLUED_MARKS.sub("", folded)  # "TT & TT" is "TT&TT"
    return _SEPARATOR_MARKS.sub(" ", folded).split()


@lru_cache(maxsize=1)
def _equivalents() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(word sequence, replacement) pairs, longest first: each row maps to its first member."""
    pairs = []
    for row in load_table(_TABLE)["grammar"]["equivalents"]:
        target = tuple(_raw_tokens(row[0]))
        for member in row[1:]:
            pairs.append((tuple(_raw_tokens(member)), target))
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def key_tokens(text: str) -> list[str]:
    """The words a name is matched by: folded, punctuation and connectives dropped, equivalents unified."""
    tokens = _raw_tokens(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for source, target in _equivalents():
            if tuple(tokens[i:i + len(source)]) == source:
                out.extend(target)
                i += len(source)
                break
        else:
            out.append(tokens[i])
            i += 1
    out = [t for t in out if t not in _DROPPED_WORDS]
    if out and out[0] == "cac":
        out = out[1:]
    return out


def name_key(text: str) -> str:
    """Matching key of a name (see :func:`key_tokens`)."""
    return " ".join(key_tokens(text))


# --- the registry ----------------------------------------------------------------------

@dataclass
class Entry:
    """One registry body (or a provincial body bound to a province)."""

    id: str
    kind: str
    canonical_vi: str
    canonical_en: str
    abbreviations: dict = field(default_factory=dict)
    aliases: dict = field(default_factory=dict)
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    succeeded_by: str | None = None
    former_names: list = field(default_factory=list)

    def abbreviation(self, language: str | None) -> str | None:
        for lang in ([language] if language else []) + ["vi", "en"]:
            if self.abbreviations.get(lang):
                return self.abbreviations[lang][0]
        return None

    def forms(self) -> list[tuple[str, str, bool]]:
        """Every name of the entry: (form, language, is_abbreviation)."""
        out = [(self.canonical_vi, "vi", False), (self.canonical_en, "en", False)]
        for lang in ("vi", "en"):
            out += [(a, lang, True) for a in self.abbreviations.get(lang, [])]
            out += [(a, lang, False) for a in self.aliases.get(lang, [])]
        out += [(f["canonical_vi"], "vi", False) for f in self.former_names]
        out += [(f["canonical_en"], "en", False) for f in self.former_names]
        return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _entry(row: dict) -> Entry:
    return Entry(id=row["id"], kind=row["kind"], canonical_vi=row["canonical_vi"],
                 canonical_en=row["canonical_en"], abbreviations=row.get("abbreviations", {}),
                 aliases=row.get("aliases", {}), valid_from=_date(row.get("valid_from")),
                 valid_until=_date(row.get("valid_until")), succeeded_by=row.get("succeeded_by"),
                 former_names=row.get("former_names", []))


@dataclass
class Province:
    id: str
    name_vi: str
    name_en: str
    unit: str
    names: list[str]
    valid_until: dt.date | None
    succeeded_by: str | None


class Registry:
    """The agency table, indexed by matching key."""

    def __init__(self, table: dict):
        self.grammar = table["grammar"]
        self.entries: dict[str, Entry] = {}
        self.by_key: dict[str, str] = {}
        for row in table["agencies"]:
            self._add(_entry(row))
        self.provinces: dict[str, Province] = {}
        self.province_by_key: dict[str, str] = {}
        for row in table["provinces"]:
            self._add_province(row)
        self.bodies: dict[str, dict] = {row["key"]: row for row in table["provincial_bodies"]}
        for body in self.bodies.values():
            self._add(self._body_entry(body, None))
        self.body_by_key: dict[str, str] = {}
        for body in self.bodies.values():
            for form in self._body_forms(body):
                self.body_by_key.setdefault(name_key(form), body["key"])

    def _add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        for form, _, _ in entry.forms():
            self.by_key.setdefault(name_key(form), entry.id)

    def _add_province(self, row: dict) -> None:
        names = [row["name_vi"], row["name_ascii"], row["name_en"]]
        for lang in ("vi", "en"):
            names += row.get("other_names", {}).get(lang, [])
        for former in row.get("former_names", []):
            names += [former["name_vi"], former["name_ascii"], former["name_en"]]
            for lang in ("vi", "en"):
                names += former.get("other_names", {}).get(lang, [])
        province = Province(id=row["id"], name_vi=row["name_vi"], name_en=row["name_en"],
                            unit=row["unit"], names=list(dict.fromkeys(names)),
                            valid_until=_date(row.get("valid_until")),
                            succeeded_by=row.get("succeeded_by"))
        self.provinces[province.id] = province
        for name in province.names:
            self.province_by_key.setdefault(name_key(name), province.id)

    @staticmethod
    def _body_forms(body: dict) -> list[str]:
        forms = [body["vi"], body["en"]] + [body[k] for k in ("vi_city", "en_city") if k in body]
        for group in ("abbreviations", "aliases"):
            for lang in ("vi", "en"):
                forms += body.get(group, {}).get(lang, [])
        return forms

    def _body_entry(self, body: dict, province: Province | None) -> Entry:
        """The entry of a provincial body, generic (no province) or bound to ``province``."""
        if province is None:
            generic_vi = body.get("generic_vi", [])
            generic_en = body.get("generic_en", [])
            return Entry(id=body["key"], kind=body["kind"], canonical_vi=(generic_vi or [body["vi"]])[0],
                         canonical_en=(generic_en or [body["en"]])[0],
                         abbreviations=body.get("abbreviations", {}),
                         aliases={"vi": [body["vi"]] + generic_vi[1:] + body.get("aliases", {}).get("vi", []),
                                  "en": [body["en"]] + generic_en[1:] + body.get("aliases", {}).get("en", [])},
                         valid_from=_date(body.get("valid_from")),
                         valid_until=_date(body.get("valid_until")),
                         succeeded_by=body.get("succeeded_by"))
        city = province.unit == "thành phố"
        vi = body.get("vi_city", body["vi"]) if city else body["vi"]
        en = body.get("en_city", body["en"]) if city else body["en"]
        # "Tỉnh ủy Lào Cai" names the province bare; other bodies take its unit: "Sở Y tế tỉnh Lào Cai".
        canonical_vi = f"{vi} {province.name_vi}" if "vi_city" in body else f"{vi} {province.unit} {province.name_vi}"
        abbreviations = {lang: [f"{a} {province.unit} {province.name_vi}" if lang == "vi"
                                else f"{province.name_en} {a}" for a in forms]
                         for lang, forms in body.get("abbreviations", {}).items()}
        until = min((d for d in (_date(body.get("valid_until")), province.valid_until) if d), default=None)
        successor = None
        if until is not None:
            body_next = body.get("succeeded_by", body["key"]) if _date(body.get("valid_until")) == until \
                else body["key"]
            province_next = province.succeeded_by if province.valid_until == until else None
            successor = f"{body_next}.{province_next or province.id}"
        return Entry(id=f"{body['key']}.{province.id}", kind=body["kind"], canonical_vi=canonical_vi,
                     canonical_en=f"{province.name_en} {en}", abbreviations=abbreviations,
                     aliases={"vi": [], "en": [f"{en} of {province.name_en}"]},
                     valid_from=_date(body.get("valid_from")), valid_until=until, succeeded_by=successor)

    def entry(self, agency_id: str) -> Entry | None:
        """The entry of ``agency_id``, provincial bodies bound to a province included."""
        if agency_id in self.entries:
            return self.entries[agency_id]
        body_key, _, province_id = agency_id.rpartition(".")
        if body_key in self.bodies and province_id in self.provinces:
            return self._body_entry(self.bodies[body_key], self.provinces[province_id])
        return None


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The loaded registry (cached)."""
    return Registry(load_table(_TABLE))


# --- resolution ------------------------------------------------------------------------

def _same_words(written: str, word: str) -> bool:
    """Case-insensitive equality; diacritic-insensitive only when ``written`` has no diacritics
    (so "Thủ trưởng" is not "Thứ trưởng", but "Thu truong" may be either)."""
    if written.lower() == word.lower():
        return True
    return fold(written) == written.lower() and fold(written) == fold(word)


def _strip_words(text: str, words: list[str], *, at_end: bool = False) -> str:
    """``text`` without a leading (or trailing) word sequence from ``words``."""
    for word in sorted(words, key=len, reverse=True):
        size = len(word)
        if not at_end and len(text) > size and text[size] == " " and _same_words(text[:size], word):
            return text[size + 1:].lstrip(" :,")
        if at_end and len(text) > size and text[-size - 1] == " " and _same_words(text[-size:], word):
            return text[:-size - 1].rstrip(" ,")
    return text


def _without_prefixes(name: str, language: str | None) -> str:
    prefixes = registry().grammar["prefixes"]
    words = prefixes.get(language, []) if language else prefixes["vi"] + prefixes["en"]
    words = words + ["the"]
    previous = None
    while previous != name:
        previous = name
        name = _strip_words(name, words)
    return name


def _without_qualifiers(name: str) -> str | None:
    """``name`` without "liên quan", "khác", "relevant", "other" …; None when it has none."""
    qualifiers = registry().grammar["qualifiers"]
    stripped = name
    for _ in range(3):
        stripped = _strip_words(stripped, qualifiers["vi"] + qualifiers["en"], at_end=True)
        stripped = re.sub(r"^(các|the)\s+", "", stripped, flags=re.IGNORECASE)
        stripped = _strip_words(stripped, qualifiers["en"] + ["the"])
    return stripped if stripped != name and stripped else None


def _by_title(name: str, language: str | None) -> str | None:
    """The body an official's title names: "Bộ trưởng Bộ Tài chính" -> "Bộ Tài chính"."""
    titles = registry().grammar["titles"]
    rows = titles.get(language, []) if language else titles["vi"] + titles["en"]
    for row in sorted(rows, key=lambda r: -len(r["title"])):
        rest = _strip_words(name, [row["title"]])
        if rest == name:
            continue
        rest = re.sub(r"^(the|các)\s+", "", rest, flags=re.IGNORECASE) if row["head"] == "" else rest
        head = row["head"]
        if head and not fold(rest).startswith(fold(head) + " ") and fold(rest) != fold(head):
            rest = f"{head} {rest}"
        return rest
    return None


def _provincial(name: str) -> tuple[str, str] | None:
    """(body key, province id) of "Sở Công Thương tỉnh Lào Cai", "Lao Cai Department of …" forms."""
    reg = registry()
    tokens = key_tokens(name)
    for split in range(len(tokens) - 1, 0, -1):
        head, tail = tokens[:split], tokens[split:]
        for body_part, place in ((head, tail), (tail, head)):
            body_key = reg.body_by_key.get(" ".join(body_part))
            if body_key is None and body_part and body_part[-1] == "of":
                body_key = reg.body_by_key.get(" ".join(body_part[:-1]))
            province = reg.province_by_key.get(_without_local_unit(" ".join(place)))
            if body_key and province:
                return body_key, province
    return None


@lru_cache(maxsize=1)
def _local_unit_keys() -> list[str]:
    heads = registry().grammar["heads"]
    keys = {name_key(u) for u in heads["vi_local_units"] + heads["en_local_units"]} - {""}
    return sorted(keys, key=len, reverse=True)


def _without_local_unit(place_key: str) -> str:
    """"tinh lao cai" / "lao cai province" -> "lao cai"."""
    for unit in _local_unit_keys():
        if place_key.startswith(unit + " "):
            return place_key[len(unit) + 1:]
        if place_key.endswith(" " + unit):
            return place_key[:-len(unit) - 1]
    return place_key


def _local_committee(name: str) -> tuple[str, str] | None:
    """(unit, place) of a People's Committee below the province: "Ủy ban nhân dân xã Văn Chấn"."""
    m = re.match(r"^(?:ubnd|uy ban nhan dan)\s+(xa|phuong|huyen|quan|thi xa|thi tran|dac khu)\s+(.+)$",
                 fold(name))
    if m:
        return m.group(1), m.group(2)
    m = re.match(r"^(.+?)\s+(commune|ward|district|town)\s+people'?s committee$", fold(name))
    if m:
        return {"commune": "xa", "ward": "phuong", "district": "huyen", "town": "thi xa"}[m.group(2)], m.group(1)
    return None


def _official(name: str) -> str | None:
    """Id of an official named with a person ("Phó Thủ tướng Trần Lưu Quang")."""
    reg = registry()
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        agency_id = reg.by_key.get(name_key(" ".join(words[:size])))
        rest = words[size:]
        if agency_id and reg.entries[agency_id].kind == "official" and all(w[:1].isupper() for w in rest):
            return agency_id
    return None


def registry_kind(name: str) -> str | None:
    """Kind of the registry entry whose name, abbreviation or alias is exactly ``name`` (case,
    diacritics and punctuation aside), else None. Much cheaper than :func:`resolve_agency`: no
    titles, qualifiers or provinces are tried."""
    reg = registry()
    agency_id = reg.by_key.get(name_key(name))
    return reg.entries[agency_id].kind if agency_id else None


def _joint(name: str, language: str | None) -> list[Entry] | None:
    """The bodies of a joint name ("Bộ Công an - Bộ Quốc phòng", "Politburo and Secretariat")."""
    parts = [p for p in re.split(r"\s+-\s+|\s*[,;]\s*|\s+và\s+|\s+and\s+", name) if p.strip()]
    if len(parts) < 2:
        return None
    entries = []
    for part in parts:
        found = _lookup(part, language)
        if found is None:
            return None
        entries.append(found)
    return entries


def _lookup(name: str, language: str | None) -> Entry | None:
    """The registry entry a name denotes, trying direct, title, qualifier and provincial forms."""
    reg = registry()
    name = _without_prefixes(name, language)
    key = name_key(name)
    if not key:
        return None
    if key in reg.by_key:
        return reg.entries[reg.by_key[key]]
    provincial = _provincial(name)
    if provincial:
        return reg.entry(f"{provincial[0]}.{provincial[1]}")
    body = _by_title(name, language)
    if body and body != name:
        return _lookup(body, language)
    official = _official(name)
    if official:
        return reg.entries[official]
    unqualified = _without_qualifiers(name)
    if unqualified:
        return _lookup(unqualified, language)
    return None


def _successor(entry: Entry, on: dt.date) -> Entry | None:
    reg = registry()
    current = entry
    for _ in range(5):
        if current.valid_until is None or on <= current.valid_until or not current.succeeded_by:
            break
        following = reg.entry(current.succeeded_by)
        if following is None:
            break
        current = following
    return current if current is not entry else None


def _language_of(name: str) -> str:
    return "vi" if fold(name) != name.lower() or re.search(r"\b(các|và|của|Bộ|Sở|Cục)\b", name) else "en"


def resolve_agency(name: str, *, language: str | None = None, on: dt.date | None = None) -> Agency:
    """Resolve an agency name as written to the registry.

    Prefixes ("Giao", "Đề nghị", "The"), officials' titles ("Bộ trưởng Bộ X",
    "Chủ tịch UBND tỉnh X", "the Minister of X": the body is resolved),
    qualifiers of groups ("liên quan", "relevant") and provincial bodies
    ("Sở X tỉnh Y") are understood. ``on`` picks the names in force on that
    date; when the body had been merged by then, its successor's names are
    added to ``aliases``. Unknown agencies come back with ``id`` None.
    """
    agency = _resolved(name, language, on)
    return agency.model_copy(update={"aliases": list(agency.aliases)})  # the caller's own list


# A notice names the same agencies again and again, an archive the same issuers.
@lru_cache(maxsize=4096)
def _resolved(name: str, language: str | None, on: dt.date | None) -> Agency:
    written = _without_prefixes(collapse_spaces(unicodedata.normalize("NFC", name)).strip(" .,;:"), language)
    entry = _lookup(written, language)
    language = language or _language_of(written)
    if entry is None:
        parts = _joint(_without_prefixes(written, None), None)
        if parts:
            return Agency(name=written, kind="joint",
                          aliases=[getattr(p, f"canonical_{language}") for p in parts])
        return Agency(name=written, kind=_guess_kind(written))
    canonical_vi, canonical_en = entry.canonical_vi, entry.canonical_en
    aliases = [canonical_vi, canonical_en]
    if on is not None:
        for former in entry.former_names:
            if on <= _date(former["valid_until"]):
                canonical_vi, canonical_en = former["canonical_vi"], former["canonical_en"]
                aliases = [canonical_vi, canonical_en] + aliases
                break
        successor = _successor(entry, on)
        if successor is not None:
            aliases += [successor.canonical_vi, successor.canonical_en]
    aliases += entry.abbreviations.get("vi", []) + entry.abbreviations.get("en", [])
    aliases = [a for a in dict.fromkeys(aliases) if a != written]
    return Agency(name=written, id=entry.id, canonical_vi=canonical_vi, canonical_en=canonical_en,
                  abbreviation=entry.abbreviation(language), aliases=aliases, kind=entry.kind)


def successor_id(agency_id: str, on: dt.date) -> str:
    """The id of the body that carried ``agency_id``'s work on date ``on`` (itself if unchanged)."""
    entry = registry().entry(agency_id)
    if entry is None:
        return agency_id
    successor = _successor(entry, on)
    return successor.id if successor else agency_id


_KIND_BY_HEAD = [("uy ban nhan dan", "people_committee"), ("ubnd", "people_committee"),
                 ("bo ", "ministry"), ("so ", "department"), ("tong cuc ", "unit"), ("cuc ", "unit"),
                 ("vu ", "unit"), ("vien ", "unit"), ("trung tam ", "unit"), ("ban ", "committee"),
                 ("ministry ", "ministry"), ("department ", "department"), ("cac ", "group")]


def _guess_kind(name: str) -> str | None:
    """Kind of an unknown agency from its head word ("Cục …" is a unit, "các …" a group)."""
    folded = re.sub(r"^the ", "", fold(name)) + " "
    return next((kind for head, kind in _KIND_BY_HEAD if folded.startswith(head)), None)


def agency_key(agency: Agency) -> str:
    """Key under which mentions of one agency meet: the id when known, else a key of the name.

    Joint bodies key on their members' ids, People's Committees of communes and
    wards on unit and place, so Vietnamese and English mentions agree.
    """
    if agency.id:
        return agency.id
    name = _without_prefixes(agency.name, None)
    local = _local_committee(name)
    if local:
        return f"pc.{local[0]}:{name_key(local[1])}"
    parts = _joint(name, None)
    if parts:
        return "joint:" + "+".join(sorted(p.id for p in parts))
    return "name:" + name_key(name)


def starts_agency(text: str) -> bool:
    """Whether ``text`` (a header line, any case) begins with an agency head word ("CỤC", "Sở", "Ministry")."""
    heads = registry().grammar["heads"]
    folded = fold(text.strip())
    return any(folded == fold(h) or folded.startswith(fold(h) + " ") for h in heads["vi"] + heads["en"])


# --- mentions --------------------------------------------------------------------------

def find_agencies(text: str, *, language: str, offset: int = 0, on: dt.date | None = None) -> list[Agency]:
    """Agency mentions in ``text`` (NFC), resolved when known, with spans shifted by ``offset``."""
    from .nlp import get_nlp

    doc = get_nlp(language)(text)
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        agency = _resolve_cached(ent.text, language, on).model_copy(deep=True)
        agency.span = Span(start=offset + ent.start_char, end=offset + ent.end_char)
        found.append(agency)
    return found


@lru_cache(maxsize=4096)
def _resolve_cached(name: str, language: str, on: dt.date | None) -> Agency:
    return resolve_agency(name, language=language, on=on)

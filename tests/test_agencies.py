"""Agency registry, resolution, keys and mentions: one row per name form, Vietnamese and English."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from notice_parser.agencies import (agency_key, find_agencies, registry, resolve_agency, starts_agency,
                                    successor_id)
from notice_parser.resources import load_table
from notice_parser.textutil import collapse_spaces

D = dt.date


@pytest.mark.parametrize("name, language, expected_id", [
    # ministries: full names, abbreviations, other spellings
    ("Bộ Thông tin và Truyền thông", "vi", "mic"),
    ("Bộ TT&TT", "vi", "mic"),
    ("Bộ TT & TT", "vi", "mic"),
    ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "vi", "mic"),
    ("Bo Thong tin va Truyen thong", "vi", "mic"),
    ("the Ministry of Information and Communications", "en", "mic"),
    ("MIC", "en", "mic"),
    ("Bộ Kế hoạch và Đầu tư", "vi", "mpi"),
    ("Bộ KH&ĐT", "vi", "mpi"),
    ("Bộ Kế hoạch - Đầu tư", "vi", "mpi"),
    ("Ministry of Planning and Investment", "en", "mpi"),
    ("MoPI", "en", "mpi"),
    ("MPI", "en", "mpi"),
    ("MOF", "en", "mof"),
    ("Bộ Lao động - Thương binh và Xã hội", "vi", "molisa"),
    ("Bộ LĐ-TB&XH", "vi", "molisa"),
    ("the Ministry of Labor, War Invalids and Social Affairs", "en", "molisa"),
    ("Ministry of National Defense", "en", "mod"),
    ("Bộ Văn hóa Thể thao và Du lịch", "vi", "mocst"),
    ("Bộ Nông nghiệp và Môi trường", "vi", "mae"),
    # ministerial-level and government agencies, Party, courts
    ("Ngân hàng Nhà nước Việt Nam", "vi", "sbv"),
    ("NHNN", "vi", "sbv"),
    ("The State Bank of Vietnam", "en", "sbv"),
    ("SBV", "en", "sbv"),
    ("Văn phòng Chính phủ", "vi", "government_office"),
    ("VPCP", "vi", "government_office"),
    ("the Government Office", "en", "government_office"),
    ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "vi", "vast"),
    ("VAST", "en", "vast"),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam", "vi", "vass"),
    ("Thủ tướng Chính phủ", "vi", "prime_minister"),
    ("Prime Minister", "en", "prime_minister"),
    ("Phó Thủ tướng Trần Hồng Hà", "vi", "deputy_prime_minister"),
    ("Deputy Prime Minister Trinh Dinh Dung", "en", "deputy_prime_minister"),
    ("Bộ Chính trị", "vi", "politburo"),
    ("Ban Tuyên giáo Trung ương", "vi", "propaganda_commission"),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "vi", "vff"),
    ("Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "vi", "vff"),
    ("Tòa án nhân dân tối cao", "vi", "spc"),
    ("TANDTC", "vi", "spc"),
    ("Supreme People's Procuracy", "en", "spp"),
    ("Ủy ban Quốc gia về chuyển đổi số", "vi", "ncdt"),
    ("National Committee on Digital Transformation", "en", "ncdt"),
    ("Quốc hội", "vi", "national_assembly"),
    # prefixes and officials' titles
    ("Giao Bộ Tài chính", "vi", "mof"),
    ("Đề nghị Bộ Y tế", "vi", "moh"),
    ("Bộ trưởng Bộ Tài chính", "vi", "mof"),
    ("Thứ trưởng Bộ Ngoại giao", "vi", "mofa"),
    ("the Minister of Finance", "en", "mof"),
    ("Chủ tịch UBND tỉnh Lào Cai", "vi", "pc.lao_cai"),
    ("Giám đốc Sở Công Thương", "vi", "dept.industry_trade"),
    ("Thống đốc Ngân hàng Nhà nước Việt Nam", "vi", "sbv"),
    # provinces' People's Committees and departments
    ("Ủy ban nhân dân tỉnh Lào Cai", "vi", "pc.lao_cai"),
    ("UBND tỉnh Lào Cai", "vi", "pc.lao_cai"),
    ("Uỷ ban nhân dân tỉnh Lao Cai", "vi", "pc.lao_cai"),
    ("Lao Cai Provincial People's Committee", "en", "pc.lao_cai"),
    ("People's Committee of Lao Cai Province", "en", "pc.lao_cai"),
    ("UBND TP. Hồ Chí Minh", "vi", "pc.ho_chi_minh"),
    ("Ho Chi Minh City People's Committee", "en", "pc.ho_chi_minh"),
    ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "vi", "pc.hue"),
    ("UBND tỉnh", "vi", "pc"),
    ("Sở Công Thương", "vi", "dept.industry_trade"),
    ("Sở Công Thương tỉnh Lào Cai", "vi", "dept.industry_trade.lao_cai"),
    ("Lao Cai Department of Industry and Trade", "en", "dept.industry_trade.lao_cai"),
    ("Department of Industry and Trade of Lao Cai province", "en", "dept.industry_trade.lao_cai"),
    ("Công an tỉnh Yên Bái", "vi", "police.yen_bai"),
    ("Vụ Pháp chế", "vi", "unit.legal"),
    # groups
    ("các Bộ, ngành, địa phương", "vi", "group.ministries_localities"),
    ("Các Bộ, ngành, địa phương", "vi", "group.ministries_localities"),
    ("Ministries, branches and localities", "en", "group.ministries_localities"),
    ("ministries, sectors and localities", "en", "group.ministries_localities"),
    ("các Bộ, ngành liên quan", "vi", "group.ministries_branches"),
    ("relevant ministries and branches", "en", "group.ministries_branches"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "vi", "group.provincial_people_committees"),
    ("UBND các tỉnh, thành phố", "vi", "group.provincial_people_committees"),
    ("Chairmen of People's Committees of provinces and centrally run cities", "en",
     "group.provincial_people_committees"),
    ("các sở, ban, ngành", "vi", "group.provincial_departments"),
    ("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh", "vi", "group.provincial_departments"),
    ("các cơ quan, đơn vị có liên quan", "vi", "group.related_agencies"),
])
def test_resolve_id(name, language, expected_id):
    assert resolve_agency(name, language=language).id == expected_id


@pytest.mark.parametrize("name, language, written, canonical_vi, canonical_en, abbreviation", [
    ("Bộ TT&TT", "vi", "Bộ TT&TT", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications",
     "Bộ TT&TT"),
    ("Giao Bộ Tài chính", "vi", "Bộ Tài chính", "Bộ Tài chính", "Ministry of Finance", "BTC"),
    ("The Ministry of Finance", "en", "Ministry of Finance", "Bộ Tài chính", "Ministry of Finance", "MOF"),
    ("Bộ trưởng Bộ Tài chính", "vi", "Bộ trưởng Bộ Tài chính", "Bộ Tài chính", "Ministry of Finance", "BTC"),
    ("Sở Y tế tỉnh Lào Cai", "vi", "Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Lào Cai", "Lao Cai Department of Health",
     "Lao Cai DOH"),
])
def test_resolved_fields(name, language, written, canonical_vi, canonical_en, abbreviation):
    agency = resolve_agency(name, language=language)
    assert (agency.name, agency.canonical_vi, agency.canonical_en, agency.abbreviation) == (
        written, canonical_vi, canonical_en, abbreviation)


@pytest.mark.parametrize("vi, en", [
    ("Bộ Thông tin và Truyền thông", "the Ministry of Information and Communications"),
    ("Bộ KH&ĐT", "MPI"),
    ("Ngân hàng Nhà nước", "SBV"),
    ("Văn phòng Chính phủ", "Government Office"),
    ("UBND tỉnh Lào Cai", "People's Committee of Lao Cai Province"),
    ("Sở Công Thương tỉnh Lào Cai", "Lao Cai Department of Industry and Trade"),
    ("các Bộ, ngành, địa phương", "Ministries, branches and localities"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     "People's Committees of provinces and centrally run cities"),
    ("Bộ Công an - Bộ Quốc phòng", "Ministry of Public Security - Ministry of National Defence"),
    ("Ủy ban nhân dân xã Văn Chấn", "Van Chan Commune People's Committee"),
])
def test_vietnamese_and_english_meet(vi, en):
    assert agency_key(resolve_agency(vi, language="vi")) == agency_key(resolve_agency(en, language="en"))


@pytest.mark.parametrize("name, language, kind", [
    ("Cục Quản lý thị trường số 9", "vi", "unit"),
    ("Ban Chỉ đạo Hội nghị Diễn đàn", "vi", "committee"),
    ("the Blue Lotus Authority", "en", None),
    ("officials", "en", None),
])
def test_unknown_agencies_keep_their_name(name, language, kind):
    agency = resolve_agency(name, language=language)
    assert agency.id is None
    assert agency.name == name.removeprefix("the ")
    assert agency.kind == kind
    assert agency_key(agency).startswith("name:")


def test_joint_issuer_keys_on_its_members():
    agency = resolve_agency("Bộ Công an - Bộ Y tế - Tòa án nhân dân tối cao", language="vi")
    assert (agency.id, agency.kind) == (None, "joint")
    assert agency.aliases == ["Bộ Công an", "Bộ Y tế", "Tòa án nhân dân tối cao"]
    assert agency_key(agency) == "joint:moh+mps+spc"


@pytest.mark.parametrize("name, on, successor_name, successor", [
    ("Bộ Thông tin và Truyền thông", D(2025, 3, 1), "Bộ Khoa học và Công nghệ", "most"),
    ("MIC", D(2026, 1, 1), "Ministry of Science and Technology", "most"),
    ("Bộ Kế hoạch và Đầu tư", D(2025, 6, 1), "Bộ Tài chính", "mof"),
    ("Bộ Lao động - Thương binh và Xã hội", D(2025, 6, 1), "Bộ Nội vụ", "moha"),
    ("Bộ Tài nguyên và Môi trường", D(2025, 6, 1), "Bộ Nông nghiệp và Môi trường", "mae"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", D(2025, 6, 1), "Bộ Nông nghiệp và Môi trường", "mae"),
    ("Bộ Giao thông vận tải", D(2025, 6, 1), "Bộ Xây dựng", "moc"),
    ("UBND tỉnh Yên Bái", D(2025, 7, 1), "Ủy ban nhân dân tỉnh Lào Cai", "pc.lao_cai"),
    ("Sở Kế hoạch và Đầu tư tỉnh Yên Bái", D(2025, 8, 1), "Sở Tài chính tỉnh Lào Cai", "dept.finance.lao_cai"),
])
def test_history_after_2025(name, on, successor_name, successor):
    before = resolve_agency(name, on=D(2024, 12, 31))
    after = resolve_agency(name, on=on)
    assert after.id == before.id != successor  # the id stays the agency as named
    assert successor_name in after.aliases
    assert successor_name not in before.aliases
    assert successor_id(after.id, on) == successor
    assert successor_id(before.id, D(2024, 12, 31)) == before.id


def test_former_name_on_an_earlier_date():
    old = resolve_agency("UBND TP Huế", on=D(2024, 6, 1))
    new = resolve_agency("UBND TP Huế", on=D(2025, 6, 1))
    assert old.id == new.id == "pc.hue"
    assert old.canonical_vi == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    assert new.canonical_vi == "Ủy ban nhân dân thành phố Huế"


@pytest.mark.parametrize("line, expected", [
    ("CỤC HÓA CHẤT", True),
    ("BỘ CÔNG THƯƠNG", True),
    ("VĂN PHÒNG", True),
    ("Sở Xây dựng", True),
    ("MINISTRY OF FINANCE", True),
    ("TỈNH LÀO CAI", False),
    ("CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG", False),
])
def test_starts_agency(line, expected):
    assert starts_agency(line) is expected


# --- mentions --------------------------------------------------------------------------

VI_TEXT = ("1. Giao Bộ TT&TT chủ trì, phối hợp với Bộ Tài chính và các Bộ, ngành, địa phương liên quan "
           "triển khai Nghị quyết số 82/NQ-CP.\n"
           "2. Đề nghị Ủy ban nhân dân\ntỉnh Lào Cai chỉ đạo Sở Công Thương tỉnh Lào Cai; "
           "Giám đốc Sở Xây dựng báo cáo; Cục Kiểm định xây dựng kiểm tra.")
EN_TEXT = ("The Ministry of Information and Communications shall preside over and coordinate with the "
           "Ministry of Labor, War Invalids and Social Affairs and relevant ministries and branches; "
           "the SBV and the Lao Cai Department of Industry and Trade shall report to the Prime Minister; "
           "Chairmen of People's Committees of provinces and centrally run cities shall direct the "
           "Blue River Authority of Hydrology.")


@pytest.mark.parametrize("text, language, expected", [
    (VI_TEXT, "vi", [("Bộ TT&TT", "mic"), ("Bộ Tài chính", "mof"),
                     ("các Bộ, ngành, địa phương liên quan", "group.ministries_localities"),
                     ("Ủy ban nhân dân tỉnh Lào Cai", "pc.lao_cai"),
                     ("Sở Công Thương tỉnh Lào Cai", "dept.industry_trade.lao_cai"),
                     ("Giám đốc Sở Xây dựng", "dept.construction"),
                     ("Cục Kiểm định xây dựng", None)]),
    (EN_TEXT, "en", [("Ministry of Information and Communications", "mic"),
                     ("Ministry of Labor, War Invalids and Social Affairs", "molisa"),
                     ("relevant ministries and branches", "group.ministries_branches"),
                     ("SBV", "sbv"),
                     ("Lao Cai Department of Industry and Trade", "dept.industry_trade.lao_cai"),
                     ("Prime Minister", "prime_minister"),
                     ("Chairmen of People's Committees of provinces and centrally run cities",
                      "group.provincial_people_committees"),
                     ("Blue River Authority of Hydrology", None)]),
], ids=["vi", "en"])
def test_find_agencies(text, language, expected):
    found = find_agencies(text, language=language)
    assert [(a.name, a.id) for a in found] == expected
    for agency in found:
        assert collapse_spaces(text[agency.span.start:agency.span.end]) == agency.name


def test_find_agencies_offset_shifts_spans():
    text = "Bộ Y tế và Bộ Công an thực hiện."
    plain = find_agencies(text, language="vi")
    shifted = find_agencies(text, language="vi", offset=100)
    assert [(a.span.start + 100, a.span.end + 100) for a in plain] == [(a.span.start, a.span.end) for a in shifted]
    assert [a.id for a in shifted] == ["moh", "mps"]


def test_find_agencies_on_date_adds_successor():
    found = find_agencies("Bộ Giao thông vận tải chủ trì.", language="vi", on=D(2025, 5, 1))
    assert found[0].id == "mot" and "Bộ Xây dựng" in found[0].aliases


# --- the table -------------------------------------------------------------------------

def test_registry_table_is_consistent():
    table = load_table("agencies.json")
    ids = [row["id"] for row in table["agencies"]]
    assert len(ids) == len(set(ids))
    reg = registry()
    for row in table["agencies"]:
        for ref in [row.get("succeeded_by")] + row.get("predecessors", []):
            assert ref is None or reg.entry(ref) is not None, (row["id"], ref)
    for body in table["provincial_bodies"]:
        assert body.get("succeeded_by") is None or body["succeeded_by"] in reg.bodies
    provinces = table["provinces"]
    assert len(provinces) == 63
    assert sum("valid_until" not in p for p in provinces) == 34
    assert all(f"pc.{p['id']}" in reg.entries for p in provinces)
    for p in provinces:
        assert p.get("succeeded_by") in (None, *[q["id"] for q in provinces])
    json.dumps(table, ensure_ascii=False)


@pytest.mark.parametrize("agency_id", ["mod", "mps", "mofa", "moha", "moj", "mof", "moit", "mae", "moc",
                                       "mocst", "most", "moet", "moh", "mera", "sbv", "gi", "government_office"])
def test_ministries_in_force_after_2025(agency_id):
    entry = registry().entry(agency_id)
    assert entry.valid_until is None
    assert entry.kind in ("ministry", "ministerial_agency")
    assert entry.abbreviations.get("vi") or entry.abbreviations.get("en")


def test_gold_agency_names_resolve(corpus):
    """Share of the corpus's gold assignee, coordinator and issuer strings given a registry id."""
    names = []
    for path in sorted((corpus / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        language = gold.get("language", "vi")
        if gold.get("metadata", {}).get("issuer"):
            names.append((gold["metadata"]["issuer"], language))
        for task in gold.get("tasks", []):
            names += [(n, language) for n in task.get("assignee", []) + task.get("coordinators", [])]
    resolved = sum(resolve_agency(n, language=lang).id is not None for n, lang in names)
    assert resolved / len(names) >= 0.85

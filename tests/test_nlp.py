"""spaCy pipelines: tokenizer rules and the agency ruler, one row per input form."""
from __future__ import annotations

import subprocess
import sys

import pytest
from spacy.tokenizer import Tokenizer

from notice_parser import parse
from notice_parser.nlp import get_nlp, token_norm


@pytest.mark.parametrize("language, text, tokens", [
    ("vi", "chủ trì, phối hợp", ["chủ", "trì", ",", "phối", "hợp"]),
    ("vi", "Nghị quyết số 82/NQ-CP, ngày", ["Nghị", "quyết", "số", "82/NQ-CP", ",", "ngày"]),
    ("vi", "Nghị định số 13/2023/NĐ-CP;", ["Nghị", "định", "số", "13/2023/NĐ-CP", ";"]),
    ("vi", "Kết luận số 127-KL/TW.", ["Kết", "luận", "số", "127-KL/TW", "."]),
    ("vi", "Luật số 42/2024/QH15)", ["Luật", "số", "42/2024/QH15", ")"]),
    ("vi", "(văn bản 3479/VPCP-NN)", ["(", "văn", "bản", "3479/VPCP-NN", ")"]),
    ("vi", "ngày 05/6/2024.", ["ngày", "05/6/2024", "."]),
    ("vi", "trước ngày 30/6,", ["trước", "ngày", "30/6", ","]),
    ("vi", "Bộ TT&TT:", ["Bộ", "TT&TT", ":"]),
    ("vi", "“Bộ Y tế”", ["“", "Bộ", "Y", "tế", "”"]),
    ("en", "Decision No. 58/QD-UBQGCĐS dated", ["Decision", "No.", "58/QD-UBQGCĐS", "dated"]),
    ("en", "Notice No.82/NQ-CP", ["Notice", "No.", "82/NQ-CP"]),
    ("en", "on 19/4/2024, the", ["on", "19/4/2024", ",", "the"]),
    ("en", "(Resolution 24/HDLN-BCA-BQP-BYT)", ["(", "Resolution", "24/HDLN-BCA-BQP-BYT", ")"]),
    ("en", "2024-07-25.", ["2024-07-25", "."]),
])
def test_tokenizer(language, text, tokens):
    assert [t.text for t in get_nlp(language).make_doc(text)] == tokens


@pytest.mark.parametrize("language", ["vi", "en"])
def test_pipeline_is_cached_and_rule_based(language):
    nlp = get_nlp(language)
    assert get_nlp(language) is nlp
    assert isinstance(nlp.tokenizer, Tokenizer)  # no pyvi segmentation
    assert nlp.pipe_names == ["agency_ruler"]


def test_unsupported_language():
    with pytest.raises(ValueError):
        get_nlp("fr")


@pytest.mark.parametrize("text, norm", [
    ("Uỷ", "uy"), ("Ủy", "uy"), ("ĐẦU", "dau"), ("TT&TT", "tttt"), ("TP.", "tp"), ("&", "&"),
])
def test_token_norm_is_the_folded_form(text, norm):
    assert token_norm(text) == norm
    assert get_nlp("vi").make_doc(text)[0].norm_ == norm


@pytest.mark.parametrize("language, text, entities", [
    ("vi", "Bộ TT&TT chủ trì.", [("Bộ TT&TT", "mic")]),
    ("vi", "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT", [("BỘ CÔNG THƯƠNG", "moit"), ("CỤC HÓA CHẤT", "chemicals_agency")]),
    ("vi", "Bo Tai chinh bao cao.", [("Bo Tai chinh", "mof")]),
    ("vi", "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương",
     [("Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "group.provincial_people_committees")]),
    ("vi", "Cục Viễn thám quốc gia và Vụ Pháp chế", [("Cục Viễn thám quốc gia", "nrsd"),
                                                  ("Vụ Pháp chế", "unit.legal")]),
    ("vi", "Cục Đăng kiểm và Cục Quản lý đấu thầu", [("Cục Đăng kiểm", "vr"), ("Cục Quản lý đấu thầu", "ppa")]),
    ("vi", "Tập đoàn Điện lực Việt Nam (EVN)", [("Tập đoàn Điện lực Việt Nam", "evn"), ("EVN", "evn")]),
    ("en", "Vietnam Electricity and Petrovietnam", [("Vietnam Electricity", "evn"), ("Petrovietnam", "pvn")]),
    ("vi", "toàn bộ máy hành chính", []),
    ("vi", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []),
    ("vi", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", []),
    ("vi", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", []),
    ("vi", "Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp", [("Văn phòng Sở", "")]),
    ("vi", "HỘI NÔNG DÂN VIỆT NAM", [("HỘI NÔNG DÂN VIỆT NAM", "farmers_union")]),
    ("vi", "SỞ GIAO THÔNG VẬN TẢI\nTỈNH LÀO CAI", [("SỞ GIAO THÔNG VẬN TẢI\nTỈNH LÀO CAI", "")]),
    ("en", "the MoIT and the MOST", [("MoIT", "moit")]),
    ("en", "the most important", []),
    ("en", "the Government Office said", [("Government Office", "government_office")]),
])
def test_agency_entities(language, text, entities):
    doc = get_nlp(language)(text)
    assert [(e.text, e.kb_id_) for e in doc.ents] == entities
    assert all(e.label_ == "ORG" for e in doc.ents)


HEADER_VI = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/TB-UBND\nTHÔNG BÁO\n"
HEADER_EN = "PEOPLE'S COMMITTEE OF\nLAO CAI PROVINCE\nNo. 12/TB-UBND\nNOTICE\n"


@pytest.mark.parametrize("language, text, mentions", [
    # registry names, with the registry's id and English name
    ("vi", "Giao Bộ Tài chính chủ trì.", [("Bộ Tài chính", "mof", "Ministry of Finance")]),
    ("en", "The Ministry of Finance shall review.", [("Ministry of Finance", "mof", "Ministry of Finance")]),
    # abbreviations
    ("vi", "Bộ TT&TT rà soát.", [("Bộ TT&TT", "mic", "Ministry of Information and Communications")]),
    ("en", "MoIT shall report.", [("MoIT", "moit", "Ministry of Industry and Trade")]),
    # provincial bodies: generic head and province
    ("vi", "Sở Văn hóa và Thể thao tỉnh Lào Cai báo cáo.",
     [("Sở Văn hóa và Thể thao tỉnh Lào Cai", "dept.culture_sports.lao_cai",
       "Lao Cai Department of Culture and Sports")]),
    ("en", "The Quang Tri People's Committee shall report.",
     [("Quang Tri People's Committee", "pc.quang_tri", "Quang Tri Provincial People's Committee")]),
    # a provincial body without its province: the generic body
    ("vi", "Giao Sở Khoa học và Công nghệ phối hợp.",
     [("Sở Khoa học và Công nghệ", "dept.science_technology", "Department of Science and Technology")]),
    # generic heads of bodies the registry does not hold
    ("vi", "Giao Ủy ban nhân dân xã Tả Phìn chủ trì.", [("Ủy ban nhân dân xã Tả Phìn", None, None)]),
    ("en", "The Ta Phin Commune People's Committee shall report.",
     [("Ta Phin Commune People's Committee", None, None)]),
    ("vi", "Giao Cục Đường thủy nội địa chủ trì.", [("Cục Đường thủy nội địa", None, None)]),
    ("en", "The Department of Water Resources Management shall review.",
     [("Department of Water Resources Management", None, None)]),
    # names over a line break in the header: name with one space, span over the break
    ("vi", HEADER_VI + "Giao Sở Y tế chủ trì.",
     [("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "pc.lao_cai", "Lao Cai Provincial People's Committee"),
      ("Sở Y tế", "dept.health", "Department of Health")]),
    ("en", HEADER_EN + "The Department of Health shall report.",
     [("PEOPLE'S COMMITTEE OF LAO CAI PROVINCE", "pc.lao_cai", "Lao Cai Provincial People's Committee"),
      ("Department of Health", "dept.health", "Department of Health")]),
])
def test_parse_entities_stage(language, text, mentions):
    notice = parse(text, language, entities=True)
    assert [(a.name, a.id, a.canonical_en) for a in notice.agencies] == mentions
    for agency in notice.agencies:
        assert " ".join(notice.text[agency.span.start:agency.span.end].split()) == agency.name


def test_entities_stage_is_off_by_default():
    notice = parse("Giao Bộ Tài chính chủ trì.", "vi")
    assert notice.agencies is None


def test_default_parse_does_not_import_spacy():
    code = ("import sys; from notice_parser import parse; "
            "parse('Giao Bộ Tài chính chủ trì, báo cáo trước ngày 30/6/2024.', 'vi'); "
            "print('spacy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"

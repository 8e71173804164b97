"""spaCy pipelines: tokenizer rules and the agency ruler, one row per input form."""
from __future__ import annotations

import pytest
from spacy.tokenizer import Tokenizer

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
    ("vi", "toàn bộ máy hành chính", []),
    ("en", "the MoIT and the MOST", [("MoIT", "moit")]),
    ("en", "the most important", []),
    ("en", "the Government Office said", [("Government Office", "government_office")]),
])
def test_agency_entities(language, text, entities):
    doc = get_nlp(language)(text)
    assert [(e.text, e.kb_id_) for e in doc.ents] == entities
    assert all(e.label_ == "ORG" for e in doc.ents)

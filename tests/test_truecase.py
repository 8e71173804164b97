"""The mixed-case view of a text written in capitals (notice_parser.truecase)."""
import pytest

from notice_parser import parse
from notice_parser.truecase import in_capitals, mixed_case

CAPITALS = ("1. THE CHAIRPERSONS OF THE PEOPLE'S COMMITTEES OF COMMUNES AND THE PHU QUY SPECIAL ZONE:\n"
            "A) ORGANISE ROUND-THE-CLOCK DUTY AT FIRE WATCHTOWERS UNTIL THE END OF THE DRY SEASON.\n"
            "B) REVIEW THE COMMUNE FIRE PLANS BEFORE MARCH 25, 2026.\n"
            "2. LAM DONG NEWSPAPER AND RADIO-TELEVISION SHALL BROADCAST FIRE WARNINGS EVERY DAY.\n"
            "3. THE PROVINCIAL POLICE SHALL KEEP FORCES ON STANDBY UNDER DISPATCH NO. 22/CD-TTG.\n"
            "II. THE DEPARTMENT OF FINANCE SHALL REPORT TO THE CHAIRMAN.\n"
            "4. MOF AND MOIT TO ALLOCATE FUNDS FOR THE AGENCY (VDDMA); CAN THO, LONG AN TO EVACUATE RESIDENTS.\n")


@pytest.mark.parametrize("written, viewed", [
    ("THE CHAIRPERSONS OF THE PEOPLE'S COMMITTEES", "The Chairpersons of the People's Committees"),  # a name
    ("A) ORGANISE ROUND-THE-CLOCK DUTY", "a) Organise round-the-clock duty"),  # an item's letter, a sentence start
    ("THE PHU QUY SPECIAL ZONE", "the Phu Quy special zone"),  # a Vietnamese name: two syllables in a row
    ("BEFORE MARCH 25, 2026", "before March 25, 2026"),  # a month
    ("LAM DONG NEWSPAPER AND RADIO-TELEVISION", "Lam Dong Newspaper and Radio-Television"),
    ("KEEP FORCES ON STANDBY", "keep forces on standby"),  # a head word alone is no name
    ("NO. 22/CD-TTG", "no. 22/CD-TTG"),  # a number with its code stays as written
    ("II. THE DEPARTMENT", "II. The Department"),  # a part's roman number
    ("MOF AND MOIT", "MOF and MOIT"),  # the registry's abbreviations
    ("(VDDMA)", "(VDDMA)"),  # an abbreviation in brackets
    ("CAN THO, LONG AN TO", "Can Tho, Long An to"),  # the registry's places, whatever their words are elsewhere
])
def test_the_view_has_capitals_where_they_would_be_written(written, viewed):
    view = mixed_case(CAPITALS, "en")
    assert len(view) == len(CAPITALS)
    start = CAPITALS.index(written)
    assert view[start:start + len(written)] == viewed


def test_the_view_keeps_every_character_one_character():
    text = CAPITALS + "İSTANBUL " * 30
    assert len(mixed_case(text, "en")) == len(text)


def test_only_a_text_in_capitals_is_read_through_the_view():
    assert in_capitals(CAPITALS, "en")
    assert not in_capitals(CAPITALS.title(), "en")
    assert not in_capitals(CAPITALS[:150], "en")  # too short to tell
    assert in_capitals(CAPITALS, "vi") and not in_capitals(CAPITALS.lower(), "vi")  # the same test for Vietnamese


def test_tasks_of_a_text_in_capitals_are_found_and_written_as_the_text_writes_them():
    tasks = parse("LAM DONG, MARCH 18, 2026\n" + CAPITALS, language="en").tasks
    assert [(t.assignees[0].name, t.action[:30], t.deadline.end.isoformat() if t.deadline else None)
            for t in tasks] == [
        ("THE CHAIRPERSONS OF THE PEOPLE'S COMMITTEES OF COMMUNES AND THE PHU QUY SPECIAL ZONE",
         "ORGANISE ROUND-THE-CLOCK DUTY ", None),
        ("THE CHAIRPERSONS OF THE PEOPLE'S COMMITTEES OF COMMUNES AND THE PHU QUY SPECIAL ZONE",
         "REVIEW THE COMMUNE FIRE PLANS", "2026-03-25"),
        ("LAM DONG NEWSPAPER AND RADIO-TELEVISION", "BROADCAST FIRE WARNINGS EVERY ", None),
        ("THE PROVINCIAL POLICE", "KEEP FORCES ON STANDBY UNDER D", None),
        ("THE DEPARTMENT OF FINANCE", "REPORT TO THE CHAIRMAN", None),
    ]


VI_CAPITALS = ("BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG ĐIỆN:\n"
               "- CÁC CỤC: QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI; TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT.\n"
               "1. SỞ XÂY DỰNG TỈNH CÀ MAU KIỂM TRA TOÀN BỘ HỒ SƠ, BÁO CÁO UBND TỈNH TRONG QUÝ IV/2026.\n"
               "2. CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT HƯỚNG DẪN CÁC ĐỊA PHƯƠNG; CÁC ĐƠN VỊ TỔ CHỨC TRỰC BAN.\n"
               "3. CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC TỈNH CHỈ ĐẠO THEO DÕI TRIỀU CƯỜNG Ở NAM BỘ.\n") * 2


@pytest.mark.parametrize("written, viewed", [
    ("BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG ĐIỆN", "Bộ trưởng Bộ Nông nghiệp và Môi trường điện"),  # a title, a known name
    ("QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI;", "Quản lý đê điều và Phòng, chống thiên tai;"),  # a listed name
    ("2. CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT HƯỚNG", "2. Cục Trồng trọt và Bảo vệ thực vật hướng"),  # named again
    ("SỞ XÂY DỰNG TỈNH CÀ MAU KIỂM TRA", "Sở Xây dựng tỉnh Cà Mau kiểm tra"),  # a head and its next word; a place
    ("TOÀN BỘ HỒ SƠ", "toàn bộ hồ sơ"),  # 'bộ' of 'toàn bộ' is no head
    ("UBND TỈNH TRONG QUÝ IV/2026", "UBND tỉnh trong quý IV/2026"),  # an abbreviation; a code
    ("TỔ CHỨC TRỰC BAN", "tổ chức trực ban"),  # 'ban' of 'trực ban'
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC TỈNH CHỈ ĐẠO", "Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo"),
    ("Ở NAM BỘ", "ở Nam Bộ"),
])
def test_the_vietnamese_view_has_capitals_where_they_would_be_written(written, viewed):
    view = mixed_case(VI_CAPITALS, "vi")
    assert len(view) == len(VI_CAPITALS) and in_capitals(VI_CAPITALS, "vi")
    start = VI_CAPITALS.index(written)
    assert view[start:start + len(written)] == viewed


def test_a_vietnamese_dispatch_in_capitals_gives_its_tasks_in_capitals():
    notice = parse(VI_CAPITALS, language="vi")
    found = {(task.assignees[0].name, task.action[:20]) for task in notice.tasks}
    assert ("SỞ XÂY DỰNG TỈNH CÀ MAU", "KIỂM TRA TOÀN BỘ HỒ ") in found
    assert ("CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", "HƯỚNG DẪN CÁC ĐỊA PH") in found

"""CLI and batch conversion: outputs per input, failure isolation, skip-if-current, JSONL, schema."""
from __future__ import annotations

import json

import pytest

from notice_parser.cli import main

NOTICE_VI = """VĂN PHÒNG CHÍNH PHỦ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                              Độc lập - Tự do - Hạnh phúc
Số: 101/TB-VPCP               Hà Nội, ngày 2 tháng 4 năm 2024
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ về giải ngân vốn đầu tư công
1. Giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng rà soát kế hoạch vốn, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 4 năm 2024.
2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương khẩn trương giải ngân vốn được giao theo Nghị quyết số 82/NQ-CP ngày 05/6/2024.
"""

NOTICE_EN = """THE PRIME MINISTER          SOCIALIST REPUBLIC OF VIET NAM
No. 7/CT-TTg                 Hanoi, March 3, 2024
DIRECTIVE
The Ministry of Finance shall preside over and coordinate with the Ministry of Justice in reviewing the regulations, and report to the Prime Minister before June 30, 2024.
"""


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good-vi.txt").write_text(NOTICE_VI, encoding="utf-8")
    (folder / "good-en.txt").write_text(NOTICE_EN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage \n%%EOF")
    return folder


@pytest.mark.parametrize("option, value, says", [
    ("--max-mb", "0.0002", "-byte limit"),
    ("--max-chars", "200", "characters"),
])
def test_limit_options_fail_the_large_inputs_only(inputs, tmp_path, capsys, option, value, says):
    (inputs / "empty.txt").unlink()
    (inputs / "broken.pdf").unlink()
    (inputs / "short.txt").write_text(NOTICE_EN[:150], encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(inputs), "-o", str(out), "-q", "--workers", "1", option, value]) == 1
    assert {p.name for p in out.glob("*.json")} == {"short.json", "_failures.json"}
    failures = json.loads((out / "_failures.json").read_text(encoding="utf-8"))
    assert sorted(f["source"].rsplit("/", 1)[-1] for f in failures) == ["good-en.txt", "good-vi.txt"]
    assert all(f["reason"] == "too large" and says in f["message"] for f in failures)


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_limit_options_refuse_nonsense(value, capsys):
    with pytest.raises(SystemExit):
        main(["convert", "x.txt", "-o", "out", "--max-pages", value])
    assert "--max-pages" in capsys.readouterr().err


def test_convert_writes_outputs_and_reports_failures(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["convert", str(inputs), "-o", str(out), "-q", "--workers", "1"])
    assert status == 1
    assert {p.name for p in out.glob("*.json")} == {"good-vi.json", "good-en.json", "_failures.json"}
    notice = json.loads((out / "good-vi.json").read_text(encoding="utf-8"))
    assert notice["metadata"]["number"] == "101/TB-VPCP"
    assert notice["language"] == "vi"
    failures = json.loads((out / "_failures.json").read_text(encoding="utf-8"))
    assert {f["source"].rsplit("/", 1)[-1] for f in failures} == {"empty.txt", "broken.pdf"}
    assert all(f["reason"] for f in failures)
    summary = capsys.readouterr().err
    assert "converted 2" in summary and "failed 2" in summary
    assert "empty.txt" in summary and "broken.pdf" in summary


def test_a_folder_gives_its_rtf_html_and_export_documents_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.rtf").write_text(r"{\rtf1\ansi{\fonttbl{\f0 Times;}}" + NOTICE_EN.replace("\n", r"\par ") + "}",
                                       encoding="ascii")
    (folder / "page.html").write_text(f"<html><body><p>{NOTICE_EN}</p></body></html>", encoding="utf-8")
    (folder / "minutes.md").write_text(NOTICE_EN, encoding="utf-8")
    (folder / "notes.docx.bak").write_text("not read", encoding="utf-8")
    (folder / "earlier-output.json").write_text('{"text": "not read"}', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(folder), "-o", str(out), "-q", "--workers", "1"]) == 0
    assert {p.name for p in out.glob("*.json")} - {"_failures.json"} == {"letter.json", "page.json", "minutes.json"}
    assert json.loads((out / "letter.json").read_text(encoding="utf-8"))["metadata"]["number"] == "7/CT-TTg"


def test_rerun_skips_current_outputs_unless_forced(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    main(["convert", str(inputs / "good-vi.txt"), "-o", str(out), "-q"])
    first = (out / "good-vi.json").read_bytes()
    capsys.readouterr()
    assert main(["convert", str(inputs / "good-vi.txt"), "-o", str(out), "-q"]) == 0
    assert "skipped (current) 1" in capsys.readouterr().err
    assert main(["convert", str(inputs / "good-vi.txt"), "-o", str(out), "-q", "--force"]) == 0
    assert "converted 1" in capsys.readouterr().err
    assert (out / "good-vi.json").read_bytes() == first


def test_workers_give_identical_output(inputs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    main(["convert", str(inputs), "-o", str(one), "-q", "--workers", "1"])
    main(["convert", str(inputs), "-o", str(two), "-q", "--workers", "2"])
    for path in one.glob("good-*.json"):
        assert path.read_bytes() == (two / path.name).read_bytes()


def test_jsonl_stream(inputs, capsys):
    status = main(["convert", str(inputs / "good-vi.txt"), str(inputs / "good-en.txt"),
                   "--jsonl", "-q"])
    assert status == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [n["language"] for n in lines] == ["vi", "en"]


def test_missing_input_is_reported(tmp_path, capsys):
    status = main(["convert", str(tmp_path / "nope-*.txt"), "-o", str(tmp_path / "o"), "-q"])
    assert status == 1
    assert "not found" in capsys.readouterr().err


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    task = schema["$defs"]["Task"]["properties"]
    for field in ("assignees", "coordinators", "action", "deadline", "span", "confidence"):
        assert field in task
    assert "schema_version" in schema["properties"]


def test_entities_flag_fills_agencies_and_reconverts_outputs_without_them(inputs, tmp_path, capsys):
    out, source = tmp_path / "out", str(inputs / "good-vi.txt")
    main(["convert", source, "-o", str(out), "-q"])
    assert json.loads((out / "good-vi.json").read_text(encoding="utf-8"))["agencies"] is None
    capsys.readouterr()
    assert main(["convert", source, "-o", str(out), "-q", "--entities"]) == 0
    assert "converted 1" in capsys.readouterr().err  # made without entities: not current
    notice = json.loads((out / "good-vi.json").read_text(encoding="utf-8"))
    assert {(a["name"], a["id"]) for a in notice["agencies"]} >= {("Bộ Tài chính", "mof"),
                                                                 ("Bộ Xây dựng", "moc")}
    assert main(["convert", source, "-o", str(out), "-q", "--entities"]) == 0
    assert "skipped (current) 1" in capsys.readouterr().err
    assert main(["convert", source, "-o", str(out), "-q"]) == 0
    assert "converted 1" in capsys.readouterr().err  # made with entities: not what this run writes


def test_entities_flag_gives_identical_output_with_workers(inputs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    main(["convert", str(inputs), "-o", str(one), "-q", "--workers", "1", "--entities"])
    main(["convert", str(inputs), "-o", str(two), "-q", "--workers", "2", "--entities"])
    for path in one.glob("good-*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["agencies"]
        assert path.read_bytes() == (two / path.name).read_bytes()

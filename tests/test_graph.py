"""Citation graph (issue #3): every query form, stubs, vi+en merging, files, drawing, CLI.

Most tests use a small hand-made set of notices (below) whose answers are
known; the pipeline tests parse invented notice texts, and the end-to-end
test converts samples/. No timing is asserted here: bench/bench_graph.py
measures the query latencies.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from notice_parser import parse
from notice_parser.cli import main
from notice_parser.graph import (BASED_ON, CitationGraph, GraphError, GraphFormatError, NoPathError,
                                 UnknownAgencyError, UnknownDocumentError, build_graph, load_notices,
                                 notice_key)
from notice_parser.schema import Agency, Citation, Deadline, Metadata, Notice, Span, Task

ROOT = Path(__file__).resolve().parents[1]
SPAN = Span(start=0, end=1)

MPS = ("Bộ Công an", "Ministry of Public Security")
MOF = ("Bộ Tài chính", "Ministry of Finance")
MIC = ("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications")


# --------------------------------------------------------------------------- fixtures

def _notice(number, language="vi", cites=(), tasks=(), doc_type="notice", date="2025-03-10",
            title=None, source=None):
    """A Notice with citations ``(number, pinpoint)`` and tasks ``(id, assignees, coordinators,
    deadline end or None, cited numbers)``; agencies are (vi, en) name pairs."""
    citations = [Citation(id=f"c{i}", key=_key(num), number=num, pinpoint=pin, text=f"số {num}", span=SPAN)
                 for i, (num, pin) in enumerate(cites, start=1)]
    by_number = {c.number: c.id for c in citations}
    pick = 0 if language == "vi" else 1
    made = []
    for task_id, assignees, coordinators, end, basis in tasks:
        deadline = end and Deadline(text=end, end=dt.date.fromisoformat(end), granularity="day")
        made.append(Task(id=task_id, assignees=[Agency(name=a[pick]) for a in assignees],
                         coordinators=[Agency(name=a[pick]) for a in coordinators],
                         action=f"action {task_id} of {number}", deadline=deadline,
                         citations=[by_number[b] for b in basis], span=SPAN, confidence=0.9))
    return Notice(language=language, text="x", source=source or f"{number or title}-{language}.txt",
                  metadata=Metadata(number=number, doc_type=doc_type, issued_date=dt.date.fromisoformat(date),
                                    subject=title),
                  citations=citations, tasks=made)


def _key(number: str) -> str:
    from notice_parser.citations import citation_key
    return citation_key(number)


# 06/QĐ-TTg <- 501/TB-VPCP (vi + en) <- 620/TB-VPCP <- 700/TB-VPCP ; 501 and 620 also cite 82/NQ-CP,
# which is itself parsed (a stub made full). 900/TB-VPCP stands alone.
A_VI = _notice("501/TB-VPCP", "vi", cites=[("06/QĐ-TTg", None), ("82/NQ-CP", "điểm n khoản 1 Mục I")],
               tasks=[("t1", [MPS], [MOF], "2025-06-30", ["06/QĐ-TTg"]),
                      ("t2", [MOF], [], "2025-09-30", ["82/NQ-CP"])])
A_EN = _notice("501/TB-VPCP", "en", cites=[("06/QD-TTg", None), ("82/NQ-CP", "Point n, Clause 1")],
               tasks=[("t1", [MPS], [MOF], "2025-06-30", ["06/QD-TTg"]),
                      ("t2", [MOF], [], "2025-09-30", ["82/NQ-CP"])])
B = _notice("620/TB-VPCP", "vi", cites=[("501/TB-VPCP", "mục 2"), ("82/NQ-CP", None)], date="2025-04-01",
            tasks=[("t1", [MOF, MIC], [], None, ["501/TB-VPCP"]),
                   ("t2", [MIC], [MPS], "2025-05-15", [])])
C = _notice("700/TB-VPCP", "vi", cites=[("620/TB-VPCP", None)], date="2025-05-01",
            tasks=[("t1", [MPS], [], "2026-01-31", ["620/TB-VPCP"])])
R = _notice("82/NQ-CP", "vi", doc_type="resolution", date="2024-06-05",
            title="Nghị quyết về nhiệm vụ, giải pháp trọng tâm", cites=[("06/QĐ-TTg", None)])
LONE = _notice("900/TB-VPCP", "vi", tasks=[("t1", [MIC], [], None, [])])
NOTICES = [A_VI, A_EN, B, C, R, LONE]


@pytest.fixture(scope="module")
def graph() -> CitationGraph:
    return build_graph(NOTICES)


def _keys(rows):
    return [row["key"] for row in rows]


# --------------------------------------------------------------------------- queries

QUERIES = [
    # (id, call, expected keys in order)
    ("cites", lambda g: g.cites("501/TB-VPCP"), ["6/QD-TTG", "82/NQ-CP"]),
    ("cites-by-phrase", lambda g: g.cites("Thông báo số 501/TB-VPCP"), ["6/QD-TTG", "82/NQ-CP"]),
    ("cites-ascii-lower", lambda g: g.cites("620/tb-vpcp"), ["501/TB-VPCP", "82/NQ-CP"]),
    ("cites-by-title", lambda g: g.cites("nghị quyết về nhiệm vụ, giải pháp trọng tâm"), ["6/QD-TTG"]),
    ("cited-by", lambda g: g.cited_by("82/NQ-CP"), ["501/TB-VPCP", "620/TB-VPCP"]),
    ("cited-by-diacritics-oldest-first", lambda g: g.cited_by("06/QĐ-TTg"), ["82/NQ-CP", "501/TB-VPCP"]),
    ("cited-by-depth-2", lambda g: g.cited_by("501/TB-VPCP", depth=2), ["620/TB-VPCP", "700/TB-VPCP"]),
    ("cited-by-depth-1", lambda g: g.cited_by("501/TB-VPCP", depth=1), ["620/TB-VPCP"]),
    ("cited-by-any-depth", lambda g: g.cited_by("06/QD-TTg", depth=None),
     ["82/NQ-CP", "501/TB-VPCP", "620/TB-VPCP", "700/TB-VPCP"]),
    ("cited-by-none", lambda g: g.cited_by("900/TB-VPCP"), []),
    ("tasks-based-on", lambda g: g.tasks_based_on("82/NQ-CP"), ["task:501/TB-VPCP#t2"]),
    ("tasks-based-on-all-texts", lambda g: g.tasks_based_on("06/QD-TTg", all_texts=True),
     ["task:501/TB-VPCP#t1", "task:501/TB-VPCP#t1@en"]),
    ("tasks-based-on-parsed", lambda g: g.tasks_based_on("620/TB-VPCP"), ["task:700/TB-VPCP#t1"]),
    ("tasks-for-vi", lambda g: g.tasks_for_agency("Bộ Công an"),
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-en", lambda g: g.tasks_for_agency("Ministry of Public Security"),
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-abbreviation", lambda g: g.tasks_for_agency("BCA"),
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-no-diacritics", lambda g: g.tasks_for_agency("bo cong an"),
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-id", lambda g: g.tasks_for_agency(g.agencies("Bộ Công an")[0]),
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-due-before", lambda g: g.tasks_for_agency("Bộ Tài chính", due_before="2025-07-01"),
     []),
    ("tasks-for-due-before-inclusive", lambda g: g.tasks_for_agency("Bộ Tài chính", due_before="2025-09-30"),
     ["task:501/TB-VPCP#t2"]),
    ("tasks-for-undated-last", lambda g: g.tasks_for_agency("Bộ Tài chính"),
     ["task:501/TB-VPCP#t2", "task:620/TB-VPCP#t1"]),
    ("tasks-for-coordinator", lambda g: g.tasks_for_agency("Bộ Công an", role="coordinator"),
     ["task:620/TB-VPCP#t2"]),
    ("tasks-for-any-role", lambda g: g.tasks_for_agency("Bộ Công an", role="any"),
     ["task:620/TB-VPCP#t2", "task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-open", lambda g: g.tasks_for_agency("Bộ Công an", open_only=True, today=dt.date(2025, 7, 1)),
     ["task:700/TB-VPCP#t1"]),
    ("tasks-for-all-texts", lambda g: g.tasks_for_agency("Bộ Tài chính", due_before=dt.date(2025, 12, 31),
                                                         all_texts=True),
     ["task:501/TB-VPCP#t2", "task:501/TB-VPCP#t2@en"]),
    ("most-cited", lambda g: g.most_cited(2), ["6/QD-TTG", "82/NQ-CP"]),
    ("most-cited-all", lambda g: g.most_cited(100),
     ["6/QD-TTG", "82/NQ-CP", "501/TB-VPCP", "620/TB-VPCP"]),
    ("path-citation-chain", lambda g: g.path("700/TB-VPCP", "06/QĐ-TTg"),
     ["700/TB-VPCP", "620/TB-VPCP", "501/TB-VPCP", "6/QD-TTG"]),
    ("path-reverse-chain", lambda g: g.path("82/NQ-CP", "620/TB-VPCP"), ["82/NQ-CP", "620/TB-VPCP"]),
    ("path-through-agency", lambda g: g.path("900/TB-VPCP", "620/TB-VPCP"),
     ["900/TB-VPCP", "task:900/TB-VPCP#t1", "mic", "task:620/TB-VPCP#t1", "620/TB-VPCP"]),
    ("path-same", lambda g: g.path("82/NQ-CP", "82/nq-cp"), ["82/NQ-CP"]),
]


@pytest.mark.parametrize("call, expected", [q[1:] for q in QUERIES], ids=[q[0] for q in QUERIES])
def test_query(graph, call, expected):
    rows = call(graph)
    assert _keys(rows) == expected
    json.dumps(rows, ensure_ascii=False)  # every answer is JSON as it is


def test_query_row_details(graph):
    cites = {r["key"]: r for r in graph.cites("501/TB-VPCP")}
    assert cites["82/NQ-CP"]["pinpoint"] == "điểm n khoản 1 Mục I"
    deep = {r["key"]: r for r in graph.cited_by("501/TB-VPCP", depth=2)}
    assert (deep["620/TB-VPCP"]["depth"], deep["700/TB-VPCP"]["depth"]) == (1, 2)
    assert deep["700/TB-VPCP"]["cites"] == "620/TB-VPCP" and deep["620/TB-VPCP"]["pinpoint"] == "mục 2"
    task = graph.tasks_for_agency("Bộ Công an")[0]
    assert task["coordinators"] == ["Bộ Tài chính"] and task["deadline_end"] == "2025-06-30"
    assert task["based_on"] == ["6/QD-TTG"]
    assert graph.most_cited(1)[0]["cited_by"] == 2
    steps = graph.path("700/TB-VPCP", "06/QD-TTg")
    assert [(s["relation"], s["direction"]) for s in steps[1:]] == [("cites", "->")] * 3
    assert [s["direction"] for s in graph.path("82/NQ-CP", "620/TB-VPCP")[1:]] == ["<-"]


ERRORS = [
    ("unknown-document", lambda g: g.cites("999/QĐ-XYZ"), UnknownDocumentError, "unknown document"),
    ("unknown-document-suggests", lambda g: g.cited_by("82/NQ"), UnknownDocumentError, "did you mean 82/NQ-CP"),
    ("unknown-agency", lambda g: g.tasks_for_agency("Bộ Không Tồn Tại"), UnknownAgencyError,
     "unknown agency"),
    ("bad-role", lambda g: g.tasks_for_agency("Bộ Công an", role="boss"), GraphError, "role must be"),
    ("bad-date", lambda g: g.tasks_for_agency("Bộ Công an", due_before="31/12/2025"), GraphError,
     "not a date"),
    ("no-path", lambda g: build_graph([LONE, R]).path("900/TB-VPCP", "82/NQ-CP"), NoPathError, "no path"),
]


@pytest.mark.parametrize("call, error, message", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_query_errors(graph, call, error, message):
    with pytest.raises(error, match=message):
        call(graph)


# --------------------------------------------------------------------------- building

def test_stub_becomes_full_when_parsed():
    before = build_graph([A_VI])
    stub = before.graph.nodes["82/NQ-CP"]
    assert stub["parsed"] is False and stub["number"] == "82/NQ-CP"
    after = build_graph([A_VI, R])
    full = after.graph.nodes["82/NQ-CP"]
    assert full["parsed"] is True and full["doc_type"] == "resolution"
    assert full["title"] == "Nghị quyết về nhiệm vụ, giải pháp trọng tâm" and full["date"] == "2024-06-05"
    # the stub's incoming citation survives the upgrade, and the document now cites onwards
    assert _keys(after.cited_by("82/NQ-CP")) == ["501/TB-VPCP"]
    assert _keys(after.cites("82/NQ-CP")) == ["6/QD-TTG"]
    assert (before.stats()["stubs"], after.stats()["stubs"]) == (2, 1)  # 82 upgraded, 06 still a stub


def test_build_is_order_independent_and_idempotent():
    forward = build_graph(NOTICES).to_json()
    assert build_graph(NOTICES[::-1]).to_json() == forward
    assert build_graph(NOTICES + NOTICES).to_json() == forward


def test_vietnamese_and_english_texts_meet_in_one_node(graph):
    node = graph.graph.nodes["501/TB-VPCP"]
    assert node["languages"] == ["vi", "en"] and len(node["sources"]) == 2
    # the English task is a variant of the same document, not a new document
    assert graph.graph.nodes["task:501/TB-VPCP#t1@en"]["doc"] == "501/TB-VPCP"
    # both texts' agencies are one agency node
    assert len(graph.agencies("Ministry of Public Security")) == 1
    assert graph.agencies("Ministry of Public Security") == graph.agencies("Bộ Công an")
    assert graph.stats()["parsed"] == 6 - 1


def test_unregistered_agencies_meet_across_languages():
    commune = ("Ủy ban nhân dân xã Văn Chấn", "Van Chan Commune People's Committee")
    graph = build_graph([_notice("77/TB-UBND", "vi", tasks=[("t1", [commune], [], None, [])]),
                         _notice("77/TB-UBND", "en", tasks=[("t1", [commune], [], None, [])])])
    keys = [k for k, kind in graph.graph.nodes(data="kind") if kind == "agency"]
    assert len(keys) == 1
    for query in commune + ("ubnd xa van chan",):
        assert _keys(graph.tasks_for_agency(query, all_texts=True)) == [
            "task:77/TB-UBND#t1", "task:77/TB-UBND#t1@en"]


def test_stub_shows_the_vietnamese_number_form():
    # the English 501 sorts before the Vietnamese 82/NQ-CP, yet the stub keeps 82's "06/QĐ-TTg"
    assert build_graph([A_EN, R]).graph.nodes["6/QD-TTG"]["number"] == "06/QĐ-TTg"
    assert build_graph([A_EN]).graph.nodes["6/QD-TTG"]["number"] == "06/QD-TTg"


VI_TEXT = """VĂN PHÒNG CHÍNH PHỦ
Số: 501/TB-VPCP
Hà Nội, ngày 10 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về chuyển đổi số

1. Bộ Công an chủ trì, phối hợp với Bộ Tài chính hoàn thiện cơ sở dữ liệu dân cư theo Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ, hoàn thành trước ngày 30 tháng 6 năm 2025.
2. Bộ Tài chính bố trí kinh phí thực hiện Nghị quyết số 82/NQ-CP ngày 05 tháng 6 năm 2024 của Chính phủ, báo cáo Thủ tướng Chính phủ trong tháng 9 năm 2025.
"""
EN_TEXT = """GOVERNMENT OFFICE
No. 501/TB-VPCP
Hanoi, March 10, 2025

NOTICE
Conclusions of the Deputy Prime Minister at the meeting on digital transformation

1. The Ministry of Public Security shall assume the prime responsibility for, and coordinate with the Ministry of Finance in, completing the population database under Decision No. 06/QD-TTg dated January 6, 2022 of the Prime Minister, to be completed before June 30, 2025.
2. The Ministry of Finance shall allocate funds to implement Resolution No. 82/NQ-CP dated June 5, 2024 of the Government, and report to the Prime Minister in September 2025.
"""


@pytest.fixture(scope="module")
def parsed_pair() -> list[Notice]:
    return [parse(VI_TEXT, language="vi"), parse(EN_TEXT, language="en")]


@pytest.mark.parametrize("index", [0, 1], ids=["vi", "en"])
def test_pipeline_links_tasks_to_their_clause_citations(parsed_pair, index):
    notice = parsed_pair[index]
    keys = {c.id: c.key for c in notice.citations}
    assert [[keys[c] for c in task.citations] for task in notice.tasks] == [["6/QD-TTG"], ["82/NQ-CP"]]
    graph = build_graph([notice])
    doc = notice_key(notice)
    based_on = sorted((u, v) for u, v, r in graph.graph.edges(data="relation") if r == BASED_ON)
    assert based_on == [(f"task:{doc}#t1", "6/QD-TTG"), (f"task:{doc}#t2", "82/NQ-CP")]


def test_pipeline_vi_and_en_meet(parsed_pair):
    graph = build_graph(parsed_pair)
    assert graph.stats()["parsed"] == 1
    assert graph.graph.nodes["501/TB-VPCP"]["languages"] == ["vi", "en"]
    assert _keys(graph.tasks_based_on("06/QĐ-TTg", all_texts=True)) == [
        "task:501/TB-VPCP#t1", "task:501/TB-VPCP#t1@en"]
    # Bộ Công an (vi) and the Ministry of Public Security (en) are one agency with both tasks
    rows = graph.tasks_for_agency("BCA", all_texts=True)
    assert _keys(rows) == ["task:501/TB-VPCP#t1", "task:501/TB-VPCP#t1@en"]


TITLED_VI = """VĂN PHÒNG CHÍNH PHỦ
Số: 610/TB-VPCP
Hà Nội, ngày 2 tháng 4 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng về dữ liệu dân cư

1. Bộ Công an chủ trì đẩy mạnh triển khai Đề án 06, hướng dẫn thi hành Luật Giao dịch điện tử, hoàn thành trước ngày 30 tháng 6 năm 2025.
"""
TITLED_EN = """GOVERNMENT OFFICE
No. 612/TB-VPCP
Hanoi, April 9, 2025

NOTICE
Conclusions of the Deputy Prime Minister on population data

1. The Ministry of Public Security shall speed up Project 06 and guide the Law on Electronic Transactions, to be completed before June 30, 2025.
"""


# A Vietnamese notice and an English one citing the same named document meet in one node.
NAMED_DOCUMENTS = [
    ("Đề án 06", "Project 06", "title:de an 6"),
    ("Luật Giao dịch điện tử", "Law on Electronic Transactions", "title:luat giao dich dien tu"),
]


@pytest.mark.parametrize("vi_name, en_name, key", NAMED_DOCUMENTS)
def test_named_document_cited_in_both_languages_is_one_node(vi_name, en_name, key):
    graph = build_graph([parse(TITLED_VI, language="vi"), parse(TITLED_EN, language="en")])
    assert graph.document(vi_name) == graph.document(en_name) == key
    assert graph.graph.nodes[key]["title"] == vi_name  # the Vietnamese text is added first
    assert _keys(graph.cited_by(en_name)) == ["610/TB-VPCP", "612/TB-VPCP"]
    assert [k for k, title in graph.graph.nodes(data="title") if title in (vi_name, en_name)] == [key]


def test_parsing_and_converting_never_import_networkx(tmp_path):
    """The graph module loads networkx only when a graph is made: parse and convert stay light."""
    script = ("import sys\n"
              "import notice_parser\n"
              f"notice_parser.parse({str(ROOT / 'samples' / 'vi-344-TB-VPCP.txt')!r})\n"
              "import notice_parser.graph, notice_parser.graph_cli\n"
              "from notice_parser.cli import main\n"
              f"main(['convert', {str(ROOT / 'samples' / 'en-15-CT-TTg.txt')!r}, '-o', {str(tmp_path)!r}, '-q'])\n"
              "print('networkx' in sys.modules)\n"
              "notice_parser.graph.CitationGraph()\n"
              "print('networkx' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
    assert list(tmp_path.glob("*.json"))


# --------------------------------------------------------------------------- files

def test_json_round_trip_is_identical(graph, tmp_path):
    path = tmp_path / "graph.json"
    graph.save(path)
    loaded = CitationGraph.load(path)
    assert loaded.to_json() == path.read_text(encoding="utf-8") == graph.to_json()
    assert nx.utils.graphs_equal(loaded.graph, graph.graph)
    # the loaded graph answers like the built one (its lookup indexes are rebuilt)
    assert loaded.tasks_for_agency("BCA") == graph.tasks_for_agency("BCA")
    assert loaded.cites("nghị quyết về nhiệm vụ, giải pháp trọng tâm") == graph.cites("82/NQ-CP")
    # plain networkx reads the file too
    plain = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert plain.number_of_edges() == graph.graph.number_of_edges()


BAD_FILES = [
    ("invalid-json", "{", "invalid JSON"),
    ("other-json", '{"nodes": [], "edges": []}', "not a notice-parser graph file"),
    ("newer-version", '{"format": "notice-parser-graph", "version": 99, "nodes": [], "edges": []}',
     "newer"),
    ("malformed", '{"format": "notice-parser-graph", "version": 1, "nodes": [{"kind": "task"}], "edges": []}',
     "malformed"),
    ("edge-to-unknown-node", '{"format": "notice-parser-graph", "version": 1, "nodes": [{"id": "a"}], '
     '"edges": [{"source": "a", "target": "b", "key": "cites", "relation": "cites"}]}', "unknown node"),
    ("edge-not-an-object", '{"format": "notice-parser-graph", "version": 1, "nodes": [], "edges": [1]}',
     "malformed"),
]


@pytest.mark.parametrize("text, message", [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES])
def test_bad_graph_files(tmp_path, text, message):
    path = tmp_path / "graph.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphFormatError, match=message):
        CitationGraph.load(path)


def test_missing_graph_file_says_what_to_do(tmp_path):
    with pytest.raises(GraphError, match="graph build"):
        CitationGraph.load(tmp_path / "none.json")


@pytest.mark.parametrize("suffix, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)],
                         ids=["graphml", "gexf"])
def test_export_readable_by_networkx(graph, tmp_path, suffix, reader):
    path = tmp_path / f"graph.{suffix}"
    graph.export(path)
    back = reader(path)
    assert back.number_of_nodes() == graph.graph.number_of_nodes()
    assert back.number_of_edges() == graph.graph.number_of_edges()
    assert back.nodes["501/TB-VPCP"]["languages"] == "vi; en"
    assert back.nodes["82/NQ-CP"]["parsed"] in (True, "true", "True")


def test_export_rejects_unknown_format(graph, tmp_path):
    with pytest.raises(GraphError, match="graphml or gexf"):
        graph.export(tmp_path / "graph.dot")


@pytest.mark.parametrize("name", ["n.svg", "n.html"])
def test_draw_writes_well_formed_drawing(graph, tmp_path, name):
    path = tmp_path / name
    graph.draw("501/TB-VPCP", path)
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text.split("\n", 1)[1] if name.endswith(".html") else text.encode("utf-8"))
    assert root is not None
    assert "501/TB-VPCP" in text and "6/QD-TTG" in text and "Bộ Công an" in text
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")  # self-contained


def test_draw_caps_nodes_and_rejects_other_suffixes(graph, tmp_path):
    kept, dropped = graph.neighbourhood("501/TB-VPCP", depth=2, max_nodes=3)
    assert len(kept) == 3 and dropped > 0
    with pytest.raises(GraphError, match=".svg or .html"):
        graph.draw("501/TB-VPCP", tmp_path / "n.png")


# --------------------------------------------------------------------------- folders and CLI

@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """A folder like convert's: one JSON per notice, a JSONL, the failures report and a stray file."""
    folder = tmp_path_factory.mktemp("out")
    for index, notice in enumerate(NOTICES[:-1]):
        (folder / f"n{index}.json").write_text(notice.model_dump_json(), encoding="utf-8")
    (folder / "more.jsonl").write_text(NOTICES[-1].model_dump_json() + "\n", encoding="utf-8")
    (folder / "_failures.json").write_text("[]", encoding="utf-8")
    (folder / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    return folder


def test_load_notices_from_folder(outputs):
    skipped = []
    notices = load_notices(outputs, skipped=skipped)
    assert len(notices) == len(NOTICES)
    assert [Path(file).name for file, _ in skipped] == ["notes.json"]  # the failures report is silent
    assert build_graph(notices).to_json() == build_graph(NOTICES).to_json()
    with pytest.raises(GraphError, match="no such file"):
        load_notices(outputs / "missing")


@pytest.fixture(scope="module")
def graph_file(outputs, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "g.json"
    assert main(["graph", "build", str(outputs), "-o", str(path)]) == 0
    return path


CLI = [
    # (id, arguments after 'graph', table must contain, keys the --json rows must have in order)
    ("cites", ["cites", "501/TB-VPCP"], ["501/TB-VPCP cites 2 documents:", "82/NQ-CP", "điểm n khoản 1"],
     ["6/QD-TTG", "82/NQ-CP"]),
    ("cited-by", ["cited-by", "06/QĐ-TTg"], ["2 documents cite 06/QĐ-TTg directly:", "DEPTH"],
     ["82/NQ-CP", "501/TB-VPCP"]),
    ("cited-by-depth", ["cited-by", "501/TB-VPCP", "--depth", "2"], ["within 2 hops", "700/TB-VPCP"],
     ["620/TB-VPCP", "700/TB-VPCP"]),
    ("cited-by-any", ["cited-by", "620/TB-VPCP", "--depth", "0"], ["1 document cites 620/TB-VPCP through any chain"],
     ["700/TB-VPCP"]),
    ("tasks-based-on", ["tasks-based-on", "82/NQ-CP"], ["1 task rests on 82/NQ-CP:", "Bộ Tài chính"],
     ["task:501/TB-VPCP#t2"]),
    ("tasks-for", ["tasks-for", "Ministry of Public Security"], ["2 tasks for Bộ Công an:", "2025-06-30"],
     ["task:501/TB-VPCP#t1", "task:700/TB-VPCP#t1"]),
    ("tasks-for-due", ["tasks-for", "BCA", "--due-before", "2025-12-31"], ["due by 2025-12-31"],
     ["task:501/TB-VPCP#t1"]),
    ("tasks-for-role", ["tasks-for", "bo cong an", "--role", "coordinator"], ["as coordinator"],
     ["task:620/TB-VPCP#t2"]),
    ("tasks-for-open", ["tasks-for", "BCA", "--open", "--today", "2025-07-01"], [", open"],
     ["task:700/TB-VPCP#t1"]),
    ("most-cited", ["most-cited", "-n", "1"], ["The 1 most cited document:", "RANK"], ["6/QD-TTG"]),
    ("path", ["path", "700/TB-VPCP", "06/QD-TTg"], ["3 links from 700/TB-VPCP to 06/QĐ-TTg", "-cites->"],
     ["700/TB-VPCP", "620/TB-VPCP", "501/TB-VPCP", "6/QD-TTG"]),
]


@pytest.mark.parametrize("args, shown, keys", [c[1:] for c in CLI], ids=[c[0] for c in CLI])
def test_cli_query(graph_file, capsys, args, shown, keys):
    assert main(["graph", *args, "--graph", str(graph_file)]) == 0
    table = capsys.readouterr().out
    for text in shown:
        assert text in table
    header, rule = table.splitlines()[1:3]
    assert set(rule) <= {"-", " "} and len(header.split()) >= 2  # an aligned table under its heading
    assert main(["graph", *args, "--graph", str(graph_file), "--json"]) == 0
    assert [row["key"] for row in json.loads(capsys.readouterr().out)] == keys


def test_cli_from_folder_without_graph_file(outputs, capsys):
    assert main(["graph", "cites", "620/TB-VPCP", "--from", str(outputs), "--json"]) == 0
    assert [row["key"] for row in json.loads(capsys.readouterr().out)] == ["501/TB-VPCP", "82/NQ-CP"]


CLI_ERRORS = [
    ("unknown-document", ["cites", "999/XX"], 2, "unknown document '999/XX'"),
    ("unknown-agency", ["tasks-for", "Bộ Không Tồn Tại"], 2, "unknown agency"),
    ("missing-graph", ["cites", "82/NQ-CP", "--graph", "/nonexistent/g.json"], 2, "graph build"),
    ("bad-draw-suffix", ["draw", "82/NQ-CP", "-o", "x.png"], 2, ".svg or .html"),
]


@pytest.mark.parametrize("args, status, message", [c[1:] for c in CLI_ERRORS], ids=[c[0] for c in CLI_ERRORS])
def test_cli_errors_are_one_clear_line(graph_file, capsys, args, status, message):
    extra = [] if "--graph" in args else ["--graph", str(graph_file)]
    assert main(["graph", *args, *extra]) == status
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("args", [["cited-by", "82/NQ-CP", "--depth", "-1"], ["most-cited", "-n", "0"],
                                  ["draw", "82/NQ-CP", "-o", "x.svg", "--depth", "0"],
                                  ["tasks-for", "BCA", "--due-before", "31/12/2025"]],
                         ids=["negative-depth", "zero-n", "zero-draw-depth", "bad-date"])
def test_cli_rejects_bad_numbers_and_dates(graph_file, capsys, args):
    with pytest.raises(SystemExit) as exit_:
        main(["graph", *args, "--graph", str(graph_file)])
    assert exit_.value.code == 2 and "error: argument" in capsys.readouterr().err


def test_cli_build_export_draw(outputs, tmp_path, capsys):
    path = tmp_path / "g.json"
    assert main(["graph", "build", str(outputs), "-o", str(path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["notices"], counts["parsed"], counts["stubs"]) == (6, 5, 1)
    assert [Path(s["file"]).name for s in counts["skipped"]] == ["notes.json"]
    for name in ("g.graphml", "g.gexf", "n.svg", "n.html"):
        command = ["export"] if name.startswith("g.") else ["draw", "501/TB-VPCP"]
        assert main(["graph", *command, "--graph", str(path), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert main(["graph", "build", str(tmp_path / "empty"), "-o", str(path)]) == 2  # no such folder


# --------------------------------------------------------------------------- end to end

def test_end_to_end_on_samples(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["convert", str(ROOT / "samples"), "-o", str(out), "-q", "--workers", "1"]) == 0
    path = tmp_path / "g.json"
    assert main(["graph", "build", str(out), "-o", str(path)]) == 0
    capsys.readouterr()
    graph = CitationGraph.load(path)
    notices = load_notices(out)
    # the Vietnamese 344/TB-VPCP and the English news report of it are one document
    assert sorted(graph.graph.nodes["344/TB-VPCP"]["languages"]) == ["en", "vi"]
    assert graph.stats()["parsed"] == len({notice_key(n) for n in notices}) < len(notices)
    # every task citation (other than the notice itself) is a based_on edge
    expected = {(f"task:{notice_key(n)}#{t.id}" + ("@en" if n.language == "en"
                                                  and notice_key(n) == "344/TB-VPCP" else ""), c.key)
                for n in notices for t in n.tasks for c in n.citations
                if c.id in t.citations and c.key != notice_key(n)}
    got = {(u, v) for u, v, r in graph.graph.edges(data="relation") if r == BASED_ON}
    assert expected and got == expected
    assert graph.most_cited(1)[0]["cited_by"] >= 2
    assert main(["graph", "tasks-for", "Bộ Công an", "--graph", str(path), "--role", "any"]) == 0
    assert "tasks for Bộ Công an" in capsys.readouterr().out


# --------------------------------------------------------------------------- benchmark

def test_benchmark_runs_and_reports_every_query():
    spec = importlib.util.spec_from_file_location("bench_graph", ROOT / "bench" / "bench_graph.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(n=40, repeats=1)
    names = [row["name"] for row in rows]
    assert names[:5] == ["generate_notices", "build", "save", "file_size", "load"]
    assert {"query.cited_by", "query.tasks_for_agency", "query.most_cited", "query.path"} <= set(names)
    assert all(row["target"] == bench.TARGET_MS for row in rows
               if row["name"].startswith(("query.cited_by", "query.tasks_for_agency")))
    assert "query.tasks_for_agency" in bench.format_rows(rows)

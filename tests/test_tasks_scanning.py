"""The shortcuts of the task grammar's scans find what the plain regex searches find."""
import random
import re

import pytest

from notice_parser import tasks
from notice_parser.guards import Guarded, required_alternatives, required_words
from notice_parser.tasks import _AnyOf, _matches_by_chunk, _reach
from notice_parser.textutil import with_start_guard

_TEXT = ("Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan (sau đây gọi tắt là các bộ) "
         "hoàn thiện dự thảo Nghị định; đồng thời, báo cáo Bộ; đồng thời, ĐỒNG THỜI báo cáo Thủ tướng Chính phủ trong đó có "
         "các nội dung cụ thể là: giá, thuế; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
         "chỉ đạo các sở, ngành, nhất là Sở Xây dựng, bao gồm: đơn vị cấp tỉnh, giáo dục và đào tạo. "
         "The Ministry of Finance shall, as well as the State Bank, submit it including: rates; "
         "ſau İ ı, đồng thờı xong.")


@pytest.mark.parametrize("pattern, ignore_case, words", [
    ("đồng thời", False, {"đồng thời"}),
    (r";?\s*,?\s*đồng thời\s*,?", True, {"đồng thờ"}),  # 'i' also matches 'İ', 'ı': not looked for
    (r"(?:,?\s*trong đó|\(sau đây|\()", True, {"trong đó", "au đây", "("}),  # 's' also matches 'ſ'
    (r"(?<!\w)(?:bao gồm|cụ thể là)\s*:", False, {"bao gồm", "cụ thể là"}),
    (r"ab?c", False, {"a"}),
    (r"a{2}bc", False, {"bc"}),
    (r"[xyz]de(?=fgh)", False, {"de"}),
    (r"x|yz", False, {"x", "yz"}),
    (r"(?:x|y)?z", False, {"z"}),
    (r"(?:x|y)?", False, None),
    (r"\s+", False, None),
    (r"(?i)abc", False, None),
    (r"\x41bc", False, None),
    (r"a(?i:bc)", False, None),  # scoped flags: not read
])
def test_required_words(pattern, ignore_case, words):
    found = required_words(pattern, ignore_case)
    assert (set(found) if found is not None else None) == words


@pytest.mark.parametrize("pattern, alternatives", [
    (r";\s*and\b", [[{"and"}, {";"}]]),  # both words needed, the longer looked for first
    (r"(?:;\s*and\b|\s+and to\s+)", [[{"and"}, {";"}], [{"and to"}]]),  # a whole-pattern group: its alternatives
    (r"(?:x|yz)w", [[{"w"}, {"x", "yz"}]]),  # a group inside an alternative: one of its words
    (r"a(?:b|c?)", [[{"a"}]]),
    (r"(?:b|c?)", None),
])
def test_required_alternatives(pattern, alternatives):
    found = required_alternatives(pattern, False)
    assert ([[set(words) for words in needed] for needed in found] if found is not None else None) == alternatives


def _random_ranges(text, count, seed):
    rnd = random.Random(seed)
    for _ in range(count):
        start = rnd.randrange(len(text))
        yield start, min(len(text), start + rnd.choice([3, 20, 60, 200, 1000]))


@pytest.mark.parametrize("pattern, flags", [
    (r";?\s*,?\s*đồng thời\s*,?", re.I),
    (r"(?:,?\s*trong đó|,\s*nhất là|\(sau đây|\()", re.I),
    (r"(?<!\w)(?:bao gồm|trong đó có|cụ thể là)\s*:", 0),
    (r",?\s*as well as\b|\s+and to\s+(?=[a-z]+\s)", re.I),
    (r"(?:,?\s*as well as\b|,\s*but\b|;\s*and\b|\s+and to\s+(?=[a-z]+\s))", re.I),
    (r"s(?:au|ſ)|i", re.I),
])
def test_guard_never_hides_a_match(pattern, flags):
    guarded = Guarded(pattern, flags)
    looked_in = tasks._lower_keep_length(_TEXT) if flags & re.I else _TEXT
    hidden = [(a, b) for a, b in _random_ranges(_TEXT, 3000, 1)
              if guarded.regex.search(_TEXT, a, b) and not guarded.may_match(looked_in, a, b)]
    assert hidden == []


@pytest.mark.parametrize("chunk", [1, 3, 17, 32, 500])
def test_chunked_scan_finds_what_finditer_finds(monkeypatch, chunk):
    monkeypatch.setattr(tasks, "_SCAN_CHUNK", chunk)
    fragments = ["chủ trì", "phối hợp(?! với)", "đồng thời(?:, báo cáo)?", "đồng thời", "cấp (?:tỉnh|huyện)", "(?<=giáo dục và )đào tạo", "các"]
    low = tasks._lower_keep_length(_TEXT)
    regex = re.compile(r"(?<!\w)(?:" + "|".join(fragments) + r")(?!\w)")
    for start, end in _random_ranges(_TEXT, 500, chunk):
        sources = [(regex, low, _reach(fragments)), (regex, low, None)]
        found = [[], []]
        for _, _, hits in _matches_by_chunk(sources, [start, min(end, start + 2)], start, end):
            for index, spans in enumerate(hits):
                found[index].extend(spans)
        assert found[0] == [m.span() for m in regex.finditer(low, start, end)]
        assert found[1] == [m.span() for m in regex.finditer(low, min(end, start + 2), end)]


def test_reach_is_none_for_repetition():
    assert _reach(["phối hợp", r"chủ trì\s*,?"]) is None
    assert _reach(["phối hợp(?: chặt chẽ)? với"]) >= len("phối hợp chặt chẽ với") + 1  # optional: a bound
    assert _reach(["(?:ngoài )?", "công lập"]) is None  # a fragment that may read nothing would not move a scan on
    assert _reach(["phối hợp(?! với)", "(?<=giáo dục và )đào tạo"]) == len("phối hợp(?! với)") + 1


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_name_scan_lexicons_of_the_grammar_are_bounded(language):
    # A repetition ('*', '+', '{m,n}') in one fragment of these tables makes the whole lexicon
    # unbounded, and every name search then scans its whole range at once (one such fragment cost
    # 5 % of the text pipeline): write the variants out instead.
    grammar = tasks._grammar(language)
    lexicons = [grammar.predicates, grammar.nontask, grammar.enders] if language == "vi" else \
        [grammar.verbs, grammar.nontask]
    if language == "vi":
        assert all(reach is not None for _, _, reach in grammar.name_parts)
    for lexicon in lexicons:
        assert lexicon.exact is None or lexicon.exact_reach is not None
        assert lexicon.folded is None or lexicon.folded_reach is not None


@pytest.mark.parametrize("string, found", [
    ("noi nhan: nhu tren", True),  # anchored, opening with a plain character
    ("bo tai chinh thong bao de cac don vi biet.", True),  # anchored, opening with '.{0,100}'
    ("cac don vi de nghi", False),  # its words, not its shape
    ("cac bo chiu trach nhiem truoc thu tuong neu de xay ra sai pham", True),  # anywhere
    ("cac bo thuc hien", False),
])
def test_any_of_finds_what_one_regex_finds(string, found):
    patterns = ["^noi nhan", r"^.{0,100}\bde (?:quy|cac)?.{0,40}biet", r"chiu trach nhiem truoc\b[^.;]{0,80}\bneu\b"]
    assert _AnyOf(patterns).finds(string) is found
    assert bool(re.compile("|".join(patterns)).search(string)) is found


@pytest.mark.parametrize("pattern, flags, guarded", [
    (r"(?<!\w)(?:ab|c\d)", 0, r"(?=[ac])(?:(?<!\w)(?:ab|c\d))"),  # a look-behind first: guarded
    (r"\bas the|\bwhich", re.I, r"(?=[aw])(?:\bas the|\bwhich)"),  # the guard covers every branch
    (r"(?i)\bfoo|bar", 0, r"(?i)(?=[bf])(?:\bfoo|bar)"),  # global flags stay first
    (r"(?<=, )(?:the|an?)\b", re.I, r"(?=[at])(?:(?<=, )(?:the|an?)\b)"),
    (r"\b(?:x|)y", 0, r"(?=[xy])(?:\b(?:x|)y)"),  # an optional part: what follows it starts a match too
    (r"\b(?i:ab)|c", 0, r"(?=[c]|(?i:[a]))(?:\b(?i:ab)|c)"),  # a scoped flag keeps its case rule
    (r"\bfoo # the word", re.X, "(?=[f])(?:\\bfoo # the word\n)"),  # a closing comment stays a comment
    ("shall|must", 0, "shall|must"),  # the engine skips to a literal opening by itself
    (r"\d(?<![\w/]\d)", 0, r"\d(?<![\w/]\d)"),  # ... and to a class
    (r"\b\w+", 0, r"\b\w+"),  # a broad class first: a guard would only cost
    (r"\b[^a]b", 0, r"\b[^a]b"),
    (r"\b(?:x)?", 0, r"\b(?:x)?"),  # may match nothing
])
def test_start_guard_forms(pattern, flags, guarded):
    assert with_start_guard(pattern, flags) == guarded


@pytest.mark.parametrize("language", ["vi", "en"])
def test_start_guard_keeps_every_match_of_the_grammar_patterns(language):
    """Each pattern of the task grammar (most of them guardable), guarded, finds in every range
    what it finds unguarded."""
    grammar = tasks._grammar(language)
    patterns = [p for p in vars(grammar).values() if isinstance(p, re.Pattern)]
    rnd = random.Random(7)
    text = _TEXT + " X, as the standing agency, and The Ministry, which has ſuch İt, according to its functions, Y"
    for pattern in patterns:
        guarded = re.compile(with_start_guard(pattern.pattern, pattern.flags), pattern.flags)
        for _ in range(200):
            a = rnd.randrange(len(text))
            b = rnd.randrange(a, len(text) + 1)
            assert [m.span() for m in guarded.finditer(text, a, b)] == \
                [m.span() for m in pattern.finditer(text, a, b)], pattern.pattern

"""spaCy pipelines for Vietnamese and English notices.

:func:`get_nlp` builds, once per language, a blank pipeline with

- a rule tokenizer that splits punctuation ("trì," -> "trì" ",") but keeps
  document numbers ("82/NQ-CP", "13/2023/NĐ-CP", "127-KL/TW"), dates
  ("05/6/2024") and "No." whole. Vietnamese runs without pyvi word
  segmentation: agency names are matched as syllable sequences, which
  segmentation would only regroup (and it joins "Giao_Ủy_ban" across a name's
  start), while pyvi costs +309 MB of dependencies and ~1.3 s of import
  (docs/NLP.md);
- token ``NORM`` = the folded matching form (lower case, no diacritics, no
  "&", "." or "'"), so phrase patterns match case- and diacritic-insensitively;
- the ``agency_ruler`` component: ORG entities from the registry in
  ``models/agencies.json`` (``ent.kb_id_`` = registry id when the entity is
  exactly a registry name) and from token patterns for agency heads
  ("Cục …", "Ministry of …", "… People's Committee").

Input text must be NFC (``Notice.text`` is).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

import spacy
from spacy.attrs import FLAG20, NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .textutil import fold

_SEGMENT = r"[^\W\d_][\w&]*(?:\.[\w&]+)*"
# Document numbers ("82/NQ-CP", "13/2023/NĐ-CP", "127-KL/TW", "42/2024/QH15") and dates.
_WHOLE = re.compile(
    rf"\d+[^\W\d_]?(?:/\d{{4}})?(?:[/-]{_SEGMENT})+"
    r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\d{4}-\d{2}-\d{2}")
_NO = ["No.", "no.", "NO."]

LANGUAGES = ("vi", "en")


@lru_cache(maxsize=None)
def get_nlp(language: str) -> Language:
    """The pipeline for ``language`` ('vi' or 'en'), built on first use and cached."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    nlp = spacy.blank(language, config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})
    _fold_norms(nlp)
    nlp.add_pipe("agency_ruler", config={"language": language})
    return nlp


def token_norm(text: str) -> str:
    """Matching form of one token: folded, without '&', '.' and apostrophes (kept if nothing else)."""
    folded = fold(text).replace("\u2019", "'")
    return re.sub(r"['&.]", "", folded) or folded


def _fold_norms(nlp: Language) -> None:
    nlp.vocab.lex_attr_getters[NORM] = token_norm
    for lexeme in nlp.vocab:  # lexemes made before the getter was set
        lexeme.norm_ = token_norm(lexeme.orth_)


_TOKENIZER = "notice_parser.rule_tokenizer.v1"


@spacy.registry.tokenizers(_TOKENIZER)
def _rule_tokenizer_factory():
    """The rule tokenizer as the pipeline's own, in place of the language default: one tokenizer
    build instead of two (English loads ~1,350 exception rules per build), and the Vietnamese
    default, which would ask for pyvi, is never made."""
    return _tokenizer


def _tokenizer(nlp: Language) -> Tokenizer:
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions or {})
    rules.update({no: [{ORTH: no}] for no in _NO})
    prefixes = list(defaults.prefixes or []) + [r"No\.(?=\d)"]
    return Tokenizer(
        nlp.vocab, rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or []).search,
        infix_finditer=compile_infix_regex(defaults.infixes or []).finditer,
        token_match=_WHOLE.fullmatch, url_match=defaults.url_match)


# --- the agency ruler ------------------------------------------------------------------

_CONNECTORS = {"vi": ["và", ",", "-", "&"], "en": [",", "and", "&", "-"]}
# Words that end an agency name written in running text: verbs and function words that follow
# the subject ("Bộ X chủ trì", "Sở Y báo cáo").
_STOP_VI = ["chủ", "phối", "có", "khẩn", "thực", "nghiên", "tiếp", "chịu", "theo", "tổ", "hướng", "chỉ", "báo",
            "trình", "rà", "đôn", "triển", "tham", "căn", "được", "là", "đã", "sẽ", "cần", "phải", "về", "tại",
            "trong", "với", "cho", "của", "để", "từ", "đến", "trước", "sau", "này", "đó", "đề", "xem", "giao",
            "yêu", "tăng", "đẩy", "làm", "hoàn", "cung", "lập", "sớm", "các", "những", "ban", "bảo", "chấp",
            "quyết", "thông", "hỗ", "ký", "gửi", "đảm", "kịp", "nắm", "kiểm", "và", "tỉnh", "thành", "huyện", "xã"]
# Words of officials' titles: "CỤC TRƯỞNG" is a title, "Văn phòng Sở, Trưởng phòng …" two mentions.
_TITLE_WORDS_VI = ["trưởng", "phó"]

# Words whose second syllable is an agency head ("Hội", "Vụ", "Bộ", "Sở", "Trường", "Báo"): in
# capitals ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI") the case test
# cannot tell them from a head, so a generic match is dropped when its head ends such a word.
# Word segmentation would join these syllables; this short list is all it would buy (docs/NLP.md).
_WORDS_ENDING_IN_HEAD_VI = ["xã hội", "cơ hội", "nhiệm vụ", "dịch vụ", "phục vụ", "nghiệp vụ", "đường bộ",
                            "toàn bộ", "đồng bộ", "nội bộ", "cơ sở", "trụ sở", "thị trường", "môi trường",
                            "thông báo", "quốc phòng"]


@Language.factory("agency_ruler", default_config={"language": "vi"})
def _make_agency_ruler(nlp: Language, name: str, language: str) -> "AgencyRuler":
    return AgencyRuler(nlp, language)


class AgencyRuler:
    """Tags agency mentions as ORG: registry names first, generic head patterns where none matched."""

    def __init__(self, nlp: Language, language: str):
        from .agencies import registry

        self.language = language
        compounds = _WORDS_ENDING_IN_HEAD_VI if language == "vi" else []
        self._words_ending_in_head = {tuple(token_norm(s) for s in word.split()) for word in compounds}
        reg = registry()
        self._swaps = _equivalent_swaps(reg.grammar["equivalents"])
        self._bodies = set(reg.bodies) | {"pc"}
        self._groups = {e.id for e in reg.entries.values() if e.kind == "group"}
        self.qualifiers = PhraseMatcher(nlp.vocab, attr="NORM")
        self.qualifiers.add("QUALIFIER", [nlp.make_doc(q) for q in reg.grammar["qualifiers"][language]])
        skip = {fold(form) for form in reg.grammar["not_in_running_text"]}
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")
        self.short = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in reg.entries.values():
            forms = {f for f, lang, _ in entry.forms() if lang == language and fold(f) not in skip}
            self._add(nlp, entry.id, forms, group=entry.kind == "group")
        self.places = PhraseMatcher(nlp.vocab, attr="NORM")
        units = ["tỉnh", "thành phố", "TP", "TP."] if language == "vi" else []
        for province in reg.provinces.values():
            names = list(province.names)
            forms = names + [f"{u} {n}" for u, n in product(units, names)]
            self.places.add(province.id, [nlp.make_doc(f) for f in forms])
        self.titles = PhraseMatcher(nlp.vocab, attr="NORM")
        self.titles.add("TITLE", [nlp.make_doc(t["title"]) for t in reg.grammar["titles"][language]])
        self.generic = Matcher(nlp.vocab, validate=False)  # flag ids are not in the pattern schema
        flags = _Flags(nlp.vocab)
        for index, pattern in enumerate(self._generic_patterns(nlp, reg, flags)):
            self.generic.add(f"GENERIC{index}", [pattern], greedy="LONGEST")
        flags.register()

    def _add(self, nlp: Language, agency_id: str, forms: set[str], *, group: bool) -> None:
        variants = set()
        for form in forms:
            variants |= _variants(form, self._swaps, self.language, group=group)
        long_forms, short_forms = [], set()
        for variant in variants:
            doc = nlp.make_doc(variant)
            if len(doc) == 1:
                short_forms |= {variant, variant.upper()}
            elif len(doc) > 1:
                long_forms.append(doc)
        if long_forms:
            self.names.add(agency_id, long_forms)
        if short_forms:
            self.short.add(agency_id, [nlp.make_doc(f) for f in sorted(short_forms)])

    def _generic_patterns(self, nlp: Language, reg, flags: "_Flags") -> list[list[dict]]:
        """Token patterns for agency heads followed by a name. Word classes are lexeme flags, so
        the Matcher tests them in C (set-membership predicates would cost ~10 ms per notice)."""
        heads = reg.grammar["heads"][self.language]
        connector = {flags.of(_CONNECTORS[self.language]): True}
        if self.language == "vi":
            vocabulary = {w for entry in reg.entries.values() for f, lang, _ in entry.forms() if lang == "vi"
                          for w in f.lower().split() if w.isalpha()} - set(_STOP_VI) - set(_TITLE_WORDS_VI)
            stop = set(_STOP_VI) | set(_TITLE_WORDS_VI) | {h.lower() for h in heads if " " not in h}
            name_part = flags.where(lambda text: text.lower() in vocabulary or text in _CONNECTORS["vi"] or (
                text.isalpha() and text[:1].isupper() and text.lower() not in stop))
            capital = {"IS_LOWER": False, "IS_ALPHA": True, flags.of(_TITLE_WORDS_VI): False}
            patterns = [head + [capital, {name_part: True, "OP": "*"}] for head in _head_patterns(nlp, heads, flags)]
            units = [u for u in reg.grammar["heads"]["vi_local_units"] if " " not in u]
            for head in _head_patterns(nlp, ["Ủy ban nhân dân", "UBND"], flags):
                patterns.append(head + [{flags.of(units): True}, {"IS_TITLE": True, "OP": "+"}])
            return patterns
        not_name = flags.of({h.lower() for h in heads} | {"the", "people", "provincial"})
        capital = {"IS_TITLE": True, not_name: False}
        upper = {"IS_UPPER": True, not_name: False, "LENGTH": {">=": 2}}
        run = [capital, dict(capital, OP="*")]
        head = {flags.of(heads): True, "IS_LOWER": False}
        link = {flags.of(["of", "for", "on"]): True}
        the = {"LOWER": "the", "OP": "?"}
        local = {flags.of(reg.grammar["heads"]["en_local_units"]): True, "OP": "?"}
        committee = [{"LOWER": "people"}, {"LOWER": "'s"}, {flags.of(["committee", "committees"]): True}]
        return [
            [head, link, the] + run,
            [head, link, the] + run + [connector] + run,
            [head, link, the] + run + [connector] + run + [connector] + run,
            run + [local] + committee,
            committee + [{"LOWER": "of"}, the] + run + [local],
            run + [head],
            run + [head, link, the] + run,
            [upper, head],
        ]

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        # Names may run over a line break ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI"): phrase matching
        # reads a copy of the doc without white-space tokens, generic patterns the doc itself.
        words, index = _without_space_tokens(doc)
        known = [(s, e, strings[m]) for matcher in (self.names, self.short) for m, s, e in matcher(words)]
        places = [(s, e) for _, s, e in self.places(words)]
        title_starts = {e: s for _, s, e in self.titles(words)}
        qualifier_ends = {s: e for _, s, e in self.qualifiers(words)}
        qualifier_starts = {e: s for s, e in qualifier_ends.items()}
        spans: list[tuple[int, int, str]] = []
        for start, end, agency_id in _longest_first(known):
            new_start, new_end = start, end
            if agency_id in self._bodies:
                new_start, new_end = self._with_place(words, start, end, places)
            if agency_id in self._groups:
                new_start, new_end = self._with_qualifier(words, new_start, new_end, qualifier_starts,
                                                          qualifier_ends)
            new_start = self._with_title(words, new_start, title_starts)
            exact = (new_start, new_end) == (start, end)
            spans.append((new_start, new_end, agency_id if exact else ""))
        spans = [(index[s], index[e - 1] + 1, agency_id) for s, e, agency_id in _longest_first(spans)]
        generic = [(s, self._trimmed(doc, s, e), "") for _, s, e in self.generic(doc)
                   if not self._head_ends_word(doc, s)]
        back = {i: n for n, i in enumerate(index)}
        for start, end, _ in _longest_first(generic):
            if any(s < end and start < e for s, e, _ in spans):
                continue
            if start in back and end - 1 in back:
                s, e = self._with_place(words, back[start], back[end - 1] + 1, places)
                s = self._with_title(words, s, title_starts)
                start, end = index[s], index[e - 1] + 1
            if not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, ""))
        doc.ents = [Span(doc, s, e, label="ORG", kb_id=agency_id) for s, e, agency_id in sorted(spans)]
        return doc

    def _with_qualifier(self, doc: Doc, start: int, end: int, qualifier_starts: dict[int, int],
                        qualifier_ends: dict[int, int]) -> tuple[int, int]:
        """Extend a group to its qualifier ("các Bộ, ngành liên quan", "relevant ministries")."""
        if self.language == "vi" and end in qualifier_ends:
            return start, qualifier_ends[end]
        if self.language == "en" and start in qualifier_starts:
            return qualifier_starts[start], end
        return start, end

    def _head_ends_word(self, doc: Doc, start: int) -> bool:
        """Whether the head at ``start`` is the second syllable of a word ("XÃ HỘI", "NHIỆM VỤ")."""
        return start > 0 and (doc[start - 1].norm_, doc[start].norm_) in self._words_ending_in_head

    def _trimmed(self, doc: Doc, start: int, end: int) -> int:
        """End of a generic match without trailing connectors ("Cục X và" -> "Cục X")."""
        while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in _CONNECTORS[self.language]):
            end -= 1
        return end

    def _with_place(self, doc: Doc, start: int, end: int, places: list[tuple[int, int]]) -> tuple[int, int]:
        """Extend a provincial body to the province written with it ("Sở Y tế tỉnh Lào Cai", "Lao Cai Police")."""
        for p_start, p_end in sorted(places, key=lambda p: p[0] - p[1]):
            if p_start == end:
                return start, p_end
            if self.language == "en" and p_end == start:
                return p_start, end
            if self.language == "en" and p_start == end + 1 and doc[end].lower_ == "of":
                tail = p_end + 1 if p_end < len(doc) and doc[p_end].lower_ in ("province", "city") else p_end
                return start, tail
        return start, end

    def _with_title(self, doc: Doc, start: int, title_starts: dict[int, int]) -> int:
        """Extend a body to the official's title before it ("Giám đốc Sở …", "Chairmen of the …")."""
        if start in title_starts:
            return title_starts[start]
        if start > 0 and doc[start - 1].lower_ == "the" and start - 1 in title_starts:
            return title_starts[start - 1]
        return start


class _Flags:
    """Lexeme flags for word classes, numbered from FLAG20 up. Tests are collected first and set
    by :meth:`register` in one walk of the vocabulary (``Vocab.add_flag`` walks it once per flag)."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.ids: dict[object, int] = {}
        self.tests: dict[int, object] = {}

    def where(self, test, key=None) -> int:
        """Flag id of the lexemes whose text passes ``test``."""
        key = key if key is not None else test
        if key not in self.ids:
            self.ids[key] = FLAG20 + len(self.ids)
            self.tests[self.ids[key]] = test
        return self.ids[key]

    def of(self, words) -> int:
        """Flag id of the lexemes that are one of ``words`` (case-insensitive)."""
        words = frozenset(w.lower() for w in words)
        return self.where(lambda text: text.lower() in words, key=words)

    def register(self) -> None:
        """Set the flags on the lexemes made so far, and have new lexemes computed with them."""
        for lexeme in self.vocab:
            text = lexeme.orth_
            for flag_id, test in self.tests.items():
                lexeme.set_flag(flag_id, test(text))
        self.vocab.lex_attr_getters.update(self.tests)


def _head_patterns(nlp: Language, heads: list[str], flags: _Flags) -> list[list[dict]]:
    """Head tokens, one pattern per head length (words at each position as a flag); first word capitalized."""
    by_length: dict[int, list[list[str]]] = {}
    for head in heads:
        words = [t.text for t in nlp.make_doc(head)]
        by_length.setdefault(len(words), []).append(words)
    patterns = []
    for length, rows in sorted(by_length.items()):
        pattern = [{flags.of({row[i] for row in rows}): True} for i in range(length)]
        pattern[0]["IS_LOWER"] = False
        patterns.append(pattern)
    return patterns


def _without_space_tokens(doc: Doc) -> tuple[Doc, list[int]]:
    """A copy of ``doc`` without white-space tokens, and the index in ``doc`` of each of its tokens."""
    index = [t.i for t in doc if not t.is_space]
    if len(index) == len(doc):
        return doc, index
    words = Doc(doc.vocab, words=[doc[i].text for i in index], spaces=[True] * len(index))
    return words, index


def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans, longer ones winning, earlier ones breaking ties."""
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end, label))
            taken.update(range(start, end))
    return sorted(kept)


def _equivalent_swaps(equivalents: list[list[str]]) -> list[tuple[re.Pattern, list[tuple[re.Pattern, str]]]]:
    """Per ``equivalents`` row: a pattern finding any member, and (member pattern, member) pairs.
    Compiled once per ruler: compiling per name form made ~36k patterns per build."""
    def word(member: str) -> str:
        return rf"(?<!\w){re.escape(member)}(?!\w)"

    return [(re.compile("|".join(word(m) for m in row), re.IGNORECASE),
             [(re.compile(word(m), re.IGNORECASE), m) for m in row]) for row in equivalents]


def _variants(form: str, swaps: list[tuple[re.Pattern, list[tuple[re.Pattern, str]]]], language: str, *,
              group: bool) -> set[str]:
    """Spellings of ``form`` as they occur in text: with equivalent words swapped (``swaps`` from
    :func:`_equivalent_swaps`), commas and hyphens dropped, English "the" off, Vietnamese groups
    with and without "các"."""
    form = re.sub(r"^(the|The)\s+", "", form.strip())
    out = {form}
    for any_member, members in swaps:
        for seen in [v for v in out if any_member.search(v)]:
            for pattern, member in members:
                if pattern.search(seen):
                    out |= {pattern.sub(other, seen) for _, other in members if other != member}
    out |= {re.sub(r"\s*,\s*", " ", v) for v in out} | {re.sub(r"\s+-\s+", " ", v) for v in out}
    if language == "vi" and group:
        bare = {re.sub(r"^(các|Các)\s+", "", v) for v in out}
        out |= {v for v in bare if " " in v} | {f"các {v}" for v in bare}
    return {v for v in out if v}

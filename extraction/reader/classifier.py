"""Classifying a paragraph's operative language with the per-language pattern tables (ExtractionRule rows)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from extraction.reader.clauses import (
    ARTICLE_CITED,
    CONDITION_BEFORE,
    PRESS_GENRES,
    SUBORDINATE_OPENERS,
    WEIGHT,
    Clause,
    a_visit,
    closed_up_sums,
    lexicon,
    read_clauses,
)
from extraction.reader.grammar import COMPILED
from extraction.reader.sentences import ends_on_a_saying_clause, sentence_at, sentences_holding, split_sentences

# When two kinds score the same, the more specific one wins.
KIND_PRIORITY = ["offer", "call", "recommendation", "commitment", "conclusion"]
THRESHOLD = 0.5
# The document's genre is a prior: notes verbales and information notes mostly inform and arrange, so only strong
# operative language counts there (in a note verbale, the sending State's decision or its pledge to destroy, clear
# or complete does; its procedural futures, "will submit its report", do not).
# Texts clipped from the web (press releases, news, web pages) tell background, history, figures and logistics in
# the future tense as often as they report a pledge: a bare future (a phrase rule, 0.6) does not count there; a
# sentence the clause reader reads as a party's pledge, call or a reported decision (0.75 and above) does.
GENRE_THRESHOLDS = {"note_verbale": 0.8, "information_note": 0.8, "press_release": 0.7, "news": 0.7, "web_page": 0.7}
# In an action plan every action is the commitment of the group it names, whatever its verb ("will provide
# assistance" there is an action, not an offer).
# An information note arranges: the calls and findings in it ("States are invited to register") are logistics.
GENRE_KINDS = {
    "action_plan": {"offer": "commitment"},
    "information_note": {"call": None, "recommendation": None, "conclusion": None},
    "statement": {"conclusion": None},
}
# Stored copies of web pages stop mid-sentence: nothing but a mark after the words matched.
_CUT_OFF = re.compile(r"[\s.…\-–—]*")
MAX_PENALTY = -0.4  # thanks in a paragraph that also commits should not hide the commitment
# The parts that decide a paragraph's kind: the phrase tables, the sentence reader (clauses.py) and the genre's prior
# (GENRE_THRESHOLDS, GENRE_KINDS). All work together; ``evaluate_extraction --parts`` turns some off to measure
# what each one brings.
PARTS = ("rules", "reader", "genre")
_parts_in_use: ContextVar[frozenset[str]] = ContextVar("extraction_parts", default=frozenset(PARTS))


def checked_parts(names: Iterable[str]) -> frozenset[str]:
    """The parts named (blanks ignored); a clear error for a name that is not a part."""
    parts = frozenset(name.strip() for name in names if name.strip())
    unknown = parts - set(PARTS)
    if unknown:
        raise ValueError(f"Unknown part(s) {', '.join(sorted(unknown))}: the parts are {', '.join(PARTS)}.")
    return parts


@contextmanager
def using_parts(parts: Iterable[str]) -> Iterator[None]:
    """Classify with only these parts while inside the block (for measuring, never in production)."""
    token = _parts_in_use.set(checked_parts(parts))
    try:
        yield
    finally:
        _parts_in_use.reset(token)


@dataclass
class Classification:
    kind: str | None
    confidence: float
    matches: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) of matched words
    clauses: list[Clause] = field(default_factory=list)  # the sentences' readings (clauses.py)
    introduction: str = ""  # an item's: the introduction that lists the objectives of the party it names
    # an instruction item's: the paragraph that calls on someone to do what the items say ("ICBL calls on States
    # requesting extensions to:"), with its own classification; its addressees are the item's
    chapeau: tuple | None = None
    funded_heading: str = ""  # a project paragraph's: the heading above it that names the sum it is funded with


# A standing commitment restated ("remains firmly committed to", "réaffirme son engagement", "reitera su
# compromiso", "entend continuer à travailler"): beside another statement, its setting, not a commitment of its own.
_REAFFIRMING = re.compile(
    r"\b(?:remains?|stays?|reste(?:nt)?|demeuren?t?|siguen?|permanecen?)\s+(?:\w+\s+){0,2}?"
    r"(?:committed|dedicated|engagée?s?|attachée?s?|comprometid[oa]s?)\b|"
    r"\b(?:re)?affirm\w*\s+(?:its|their|our|his|her)\s+commitment|"
    r"\bréaffirm\w*\s+(?:son|leur|notre)\s+engagement|\b(?:reafirm|reiter)\w*\s+(?:su|sus|nuestro)\s+compromiso|"
    r"\bcontinu\w*\s+(?:to|à|a)\s+(?:work|travailler|œuvrer)\b|\bsegui\w*\s+trabajando\b",
    re.IGNORECASE,
)


def _restates(text: str, kind: str, matches, clauses) -> bool:
    """Whether every operative word of ``kind`` in ``text`` only restates a standing commitment."""
    spans = [(start, end) for start, end, k in matches if k == kind] + [
        (clause.start, clause.end) for clause in clauses if clause.kind == kind
    ]
    return (
        kind == "commitment"
        and bool(spans)
        and all(_REAFFIRMING.search(text[max(0, start - 40) : end + 40]) for start, end in spans)
    )


def only_reaffirms(sentence: str, own: Classification) -> bool:
    """Whether a sentence's classification is only a standing commitment restated."""
    return _restates(sentence, own.kind, own.matches, own.clauses)


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    weight: float


class RuleTable:
    """The rules of one language."""

    def __init__(self, language: str, rules: list[Rule]):
        self.language = language
        self.rules = rules

    def classify(
        self, text: str, threshold: float = THRESHOLD, clauses: list[Clause] = (), ignored: tuple[str, ...] = ()
    ) -> Classification:
        """The paragraph's kind from the phrase rules (but those of the ``ignored`` kinds) and the sentences'
        readings. A sentence read as only observing or thanking ("The Committee noted that ...") sets aside the
        phrases matched inside it."""
        scores: dict[str, float] = defaultdict(float)
        penalties: list[tuple[float, list[tuple[int, int]]]] = []  # (weight, where its phrases were found)
        matches = []
        set_aside = [_set_aside(text, clause) for clause in clauses if clause.kind is None]
        ruled = closed_up_sums(text)  # (same length: the matches' places are the text's)
        for rule in self.rules:
            if rule.kind in ignored:
                continue
            found = list(rule.pattern.finditer(ruled))
            if rule.weight >= 0:  # (a rule's words may open on the stop before the sentence: ". L'Algérie qui")
                found = [
                    match
                    for match in found
                    if not any(a <= _words_start(ruled, match.start()) < b for a, b in set_aside)
                ]
            if rule.kind == "call":
                found = _calls_that_ask(text, found)
            if not found:
                continue
            if rule.weight < 0:
                penalties.append((rule.weight, [match.span() for match in found]))
                continue
            scores[rule.kind] = max(scores[rule.kind], rule.weight) + 0.1 * (len(found) - 1)
            matches += [(match.start(), match.end(), rule.kind) for match in found]
        for clause in clauses:
            if clause.kind is not None:
                scores[clause.kind] = max(scores[clause.kind], clause.weight)
                if not any(start < clause.end and clause.start < end for start, end, _kind in matches):
                    matches.append((clause.start, clause.end, clause.kind))  # highlight words no phrase covers
        if not scores:
            return Classification(None, 0.0)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], KIND_PRIORITY.index(item[0])))
        if len(ranked) > 1 and ranked[1][0] != "conclusion" and _restates(text, ranked[0][0], matches, clauses):
            # "The ICRC remains firmly committed to ... The ICRC urges all States Parties to": the call (but not a
            # finding beside it: "We acknowledge ... We remain committed to support your efforts" still pledges)
            ranked = [ranked[1], ranked[0], *ranked[2:]]
        # thanks or logistics count against the sentences that carry the kind, not against a pledge beside them
        # ("I thank you all for the honour. I pledge my commitment to ..."); a kind they set aside gives way to the
        # next ("... was “encouraged” by the move. The government declared it would take responsibility")
        first_score = None
        for index, (kind, best) in enumerate(ranked):
            score = min(best, 1.0) + max(_penalty(text, kind, matches, clauses, penalties), MAX_PENALTY)
            first_score = score if first_score is None else first_score
            if score >= threshold:
                second = ranked[index + 1][1] if index + 1 < len(ranked) else 0.0
                confidence = round(min(score, 1.0) * (1 - 0.3 * min(second / best, 1.0)), 2)
                return Classification(kind, confidence, sorted(set(matches)), list(clauses))
        return Classification(None, round(max(first_score, 0.0), 2))


def _penalty(text: str, kind: str, matches, clauses, penalties: list[tuple[float, list[tuple[int, int]]]]) -> float:
    """What the penalties found count against the sentences that carry ``kind``: nothing when one of them has
    nothing against it ("HMG has noted that ... The UK will work": the pledge stands)."""
    # (a rule's words may open on the stop that ends the sentence before: ". Les États-Unis enverront")
    kind_starts = [_words_start(text, start) for start, _end, k in matches if k == kind] + [
        c.start for c in clauses if c.kind == kind
    ]
    carrying = [(offset, offset + len(sentence)) for offset, sentence in sentences_holding(text, kind_starts)]
    hits = [
        (
            weight,
            {
                (a, b)
                for start, end in spans
                for a, b in carrying
                if a <= start < b
                and not _undone(text, kind, kind_starts, start)
                and not _conceded(text, start)
                # (the second verb after "and" is the penalty's own: "is expected to foster ... and encourage")
                and not _and_then(text, [s for s in kind_starts if s >= end], start, b)
            },
        )
        for weight, spans in penalties
    ]
    penalised = set().union(*(sentences for _weight, sentences in hits))
    return sum(weight for weight, sentences in hits if sentences) if penalised >= set(carrying) else 0.0


_SEPARATOR = re.compile(r"[.;:!?]?\s*")


def _words_start(text: str, start: int) -> int:
    """Where the words found at ``start`` begin, past the stop and spaces a rule's match may open on."""
    return _SEPARATOR.match(text, start).end()


# A concession that opens a clause ("Despite the withdrawal, they will", "A pesar de su intención de abandonar el
# tratado, aseguraron", "Malgré leur décision,"): what it concedes does not count against what follows.
_CONCESSION = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:that|que|qu['’])\s*)(?:despite|in\s+spite\s+of|notwithstanding|malgré|en\s+dépit\s+d[eu]s?|"
    r"a\s+pesar\s+de|pese\s+a)\b[^,.;]{0,120},",
    re.IGNORECASE,
)


# A subordinate clause that sets the scene before the main one ("Alors que la conférence se tiendra à Genève en juin,
# nous demandons aux États"): its logistics do not count against the main clause either.
_SCENE_SET = re.compile(r"(?:^|[.;:!?]\s+)" + SUBORDINATE_OPENERS + r"[^.;]{0,160}?,(?=\s*[^\s.;])", re.IGNORECASE)


def _conceded(text: str, start: int) -> bool:
    patterns = (_CONCESSION, _SCENE_SET)
    return any(match.start() <= start < match.end() for pattern in patterns for match in pattern.finditer(text))


# "and" (and a pronoun or an adverb) just before the words that carry the kind.
_AND_BEFORE = re.compile(r"\b(?:and|et|y)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _and_then(text: str, kind_starts: list[int], start: int, sentence_end: int) -> bool:
    """Whether the words against the kind are followed, in their sentence, by a second verb joined with "and" (or a
    participle after a comma) that carries it ("expressed his gratitude to donors and urged them to continue", "a
    remercié ... et appelé", "voiced concern, urging Poland to"): the thanks are one act, the call another."""
    return any(
        start < kind_start < sentence_end
        and (
            _AND_BEFORE.search(text, max(start, kind_start - 30), kind_start)
            or _PARTICIPLE_CALL.match(text, kind_start)  # "voiced concern, urging Poland to": a second act
        )
        for kind_start in kind_starts
    )


# A call in a participle clause after a comma ("..., urging Poland to", "..., exhortant ces États à", "..., instando").
_PARTICIPLE_CALL = re.compile(
    r",\s+(?:urging|calling\s+(?:on|upon)|appealing\s+to|encouraging|exhortant|appelant|invitant|encourageant|"
    r"instando|exhortando|llamando|invitando|alentando)\b",
    re.IGNORECASE,
)


def _calls_that_ask(text: str, found: list[re.Match]) -> list[re.Match]:
    """The words of calling that ask something: not in a text cut off right after them ("I encourage"), nor in a
    condition ("When called on, we serve")."""
    return [
        match
        for match in found
        if not _CUT_OFF.fullmatch(text, match.end())
        and not CONDITION_BEFORE.search(text, 0, match.start())
        and not _CALLED_BEFORE.search(text, 0, match.start())
        and not _TREATY_TRIAD.search(text, 0, match.start())
        and not a_visit(text, match.start())
    ]


# The Convention's own "assist, encourage or induce anyone" (Article 1), in a pledge not to: no one is encouraged
# ("will not ... nor assist, encourage, or induce anyone", "ni à aider, encourager ou inciter", "ni ayudar, estimular").
_TREATY_TRIAD = re.compile(r"\b(?:assist|aider|ayudar)\s*,?\s*(?:or\s+|ou\s+|o\s+)?$", re.IGNORECASE)


# A relative clause in a perfect tense just before the words of calling ("communities, who have consistently called
# on states", "qui ont constamment appelé", "que han pedido siempre"): calls made before, described.
_CALLED_BEFORE = re.compile(
    r"\b(?:who|which|that|qui|que)\s+(?:have|has|had|ont|a|avaient|avait|han|ha|habían|había)\s+"
    r"(?:(?:\w+ly|\w+ment|\w+mente|long|repeatedly|also|toujours|déjà|aussi|siempre|también)\s+)?$",
    re.IGNORECASE,
)


def _set_aside(text: str, clause: Clause) -> tuple[int, int]:
    """Where a sentence read as only observing sets aside the phrases found: the sentence, up to a second clause
    with a subject of its own ("We will continue to follow these allegations | and we encourage all States")."""
    second = _OWN_CLAUSE.search(text, clause.end, clause.sentence_end)
    # (a relative clause's reading is its own: "en appelant tous les acteurs à considérer le Plan, | qui sera présenté")
    relatives = list(_A_RELATIVE.finditer(text, clause.sentence_start, clause.start))
    start = relatives[-1].start() if relatives else clause.sentence_start
    # (so is a scene set before the main clause: "As States Parties will gather in Oslo, | HI is calling on States")
    scene = next(
        (
            match
            for match in _SCENE_SET.finditer(text, max(0, clause.sentence_start - 3), clause.sentence_end)
            if match.start() <= clause.sentence_start and clause.end <= match.end()
        ),
        None,
    )
    return start, scene.end() if scene else second.start() if second else clause.sentence_end


# Where a relative clause opens after a comma ("…, qui sera présenté", "…, which will be held", "…, que se celebrará").
_A_RELATIVE = re.compile(r",\s+(?:qui|which|que|quien|quienes|où|donde|where)\b", re.IGNORECASE)


# A coordinated clause with its own first-person subject ("and we", "et nous", "y nosotros").
# (or a call renewed after thanks: "Tomic agradeció al gobierno y reiteró la solicitud a los países donantes")
_OWN_CLAUSE = re.compile(
    r"\s(?:and|but|et|mais|y|pero)\s+(?:(?:that|this)\s+is\s+why\s+|so\s+|therefore\s+|c['’]est\s+pourquoi\s+|"
    r"por\s+(?:eso|ello)\s+)?(?:we|nous|nosotros|nosotras)\b|\s(?:and|et|y)\s+(?:a\s+)?(?:reiterat|reiter|réitér)\w*\s+"
    r"(?:(?:his|her|its|their|son|sa|leur|su)\s+|la\s+)?(?:call|appeal|request|appel|demande|solicitud|llamado|llamamiento)\b",
    re.IGNORECASE,
)


def _undone(text: str, kind: str, kind_starts: list[int], start: int) -> bool:
    """Whether words that would count against the kind (at ``start``) are what a call asks to undo ("urged Poland
    to reconsider plans to withdraw from the treaty", "appelle les pays à cesser de se retirer"), or conceded ("despite
    the process of withdrawing, they will remain committed"), or in a clause of their own before it: then they are
    not its background."""
    if _CONCEDED.search(text[max(0, start - 60) : start]):
        return True
    if kind == "commitment" and _DENIED.search(text[max(0, start - 40) : start]):
        return True  # "does not intend to withdraw", "no se retirará": denied, it is the pledge itself
    own = _OWN_CLAUSE.search(text, start)
    if own is not None and any(start < own.start() < later for later in kind_starts):
        return True  # "a remercié le Canada et a réitéré son appel aux donateurs": the thanks are a clause of their own
    calls = [call for call in kind_starts if call < start]
    return kind == "call" and bool(calls) and bool(_UNDOING.search(text, max(calls), start))


# A concession just before the words ("despite the beginning of", "malgré", "a pesar de").
_CONCEDED = re.compile(r"\b(?:despite|in\s+spite\s+of|malgré|en\s+dépit\s+d|a\s+pesar\s+de|pese\s+a)\b[^.;,]*$", re.I)


# A negation a few words before ("not intend to", "n'a pas l'intention de se", "no tiene intención de").
_DENIED = re.compile(r"(?:\b(?:not|never|no|ne|pas|jamais|nunca)\b|\bn['’])(?:\s*[\w'’-]+){0,4}\s*$", re.IGNORECASE)


# Verbs and negations that ask to undo what follows ("reconsider", "reverse", "cesser de", "dejar de", "not to",
# "suspend", "refrain from", "s'abstenir de").
_UNDOING = re.compile(
    r"\b(?:reconsider|revers|rethink|review|halt|stop|ceas|abandon|not\s+to|reconsidér|réexamin|revoir|revenir\s+sur|"
    r"cesser|renonc|ne\s+pas|revert|desist|renunci|revis|dejar\s+de|deten|suspend|no\s+|refrain|"
    r"abst[ei])",  # ("que se abstengan de", "de réexaminer la décision de se retirer", "que revisen su decisión")
    re.IGNORECASE,
)


def _as_funded_project(found: Classification, paragraph, language: str, genre: str) -> Classification:
    """A backgrounder's project under a heading that names its sum ("Toward a landmine-free Sri Lanka: $2 million
    over 4 years" / "the project team will clear ..."): the announcing State's commitment; else ``found``."""
    funded = _funded_project(paragraph, language) if genre in PRESS_GENRES else None
    if not funded or found.kind not in (None, "commitment", "offer"):
        return found
    kind, confidence = found.kind or "commitment", max(found.confidence, WEIGHT)
    return Classification(kind, confidence, found.matches or [funded], found.clauses, funded_heading=paragraph.heading)


def _funded_project(paragraph, language: str) -> tuple[int, int, str] | None:
    """The future verb of a paragraph (not a list item) under a heading that names a sum of money, or None."""
    heading, text = paragraph.heading or "", paragraph.text.lstrip()
    if not heading or not lexicon().currency.search(heading) or not text[:1].isupper():
        return None
    compiled = COMPILED.get(language) or COMPILED["en"]
    future = compiled.future.search(paragraph.text) or _FUTURE_BEFORE_LIST.search(paragraph.text)
    return (future.start(), future.end(), "commitment") if future else None


# A future whose verbs are the items below it ("this project will:", "ce projet permettra de :", "el proyecto va a:").
_FUTURE_BEFORE_LIST = re.compile(r"\b(?:will|shall|va|vont|permettra|permettront|van\s+a|va\s+a)\s*(?:de\s*)?:")


# "The following are some of the conclusions...": the numbered items under such an introduction are conclusions.
CONCLUSIONS_INTRODUCED = re.compile(r"\bconclu(?:sions?|siones)\b", re.IGNORECASE)
RECOMMENDATIONS_INTRODUCED = re.compile(r"\brecommendations?|recomendaciones|recommandations?\b", re.IGNORECASE)


def classify_paragraphs(paragraphs, tables: dict[str, RuleTable], document_language: str, genre: str = ""):
    """Each paragraph with its classification, in order. Paragraphs are read in their context: a numbered item
    that recommends, under an introduction that announces conclusions, is a conclusion; the genre sets the bar; the
    items of a treaty quoted over several paragraphs ("Il prévoit que « Chaque État partie s'engage à : | a)
    Employer ...") are the treaty's text, nobody's commitment; the items under "any withdrawal would:" ("Undermine
    the norm") are what it would do, no order to the reader."""
    quoting = consequences = False
    for paragraph, table, found in _classify_in_context(paragraphs, tables, document_language, genre):
        instruction = _is_instruction(found)
        if quoting or (consequences and instruction) or _of_another_weapon(paragraph.text):
            found = Classification(None, 0.0, [], found.clauses)
        quoting = _quotation_goes_on(paragraph.text, paragraph.language or document_language, genre, quoting)
        consequences = bool(_CONSEQUENCES_LISTED.search(paragraph.text)) or (
            consequences and (instruction or found.kind is None)
        )
        yield paragraph, table, found


def _of_another_weapon(text: str) -> bool:
    """Whether a paragraph speaks of another weapon's treaty (cluster munitions, explosive remnants of war under the
    CCW's Protocol V, the Arms Trade Treaty) and never of mines: what it pledges or asks is that treaty's ("We
    reaffirm our commitment to the Convention on Cluster Munitions"), not this Convention's. (Clearing cluster
    munitions "and unexploded ordnance" is mine action's work.)"""
    return bool(_ANOTHER_WEAPON.search(text)) and not _MINE_WORDS.search(text)


_ANOTHER_WEAPON = re.compile(
    r"\b(?:cluster\s+munitions?|(?:armes\s+à\s+)?sous-munitions|municiones\s+(?:de|en)\s+racimo|bombes?\s+à\s+fragmentation|"
    r"bombas\s+de\s+racimo|Protocol[eo]?\s+V|"
    r"Arms\s+Trade\s+Treaty|Traité\s+sur\s+le\s+commerce\s+des\s+armes|Tratado\s+sobre\s+el\s+Comercio\s+de\s+Armas)\b",
    re.IGNORECASE,
)
_MINE_WORDS = re.compile(
    r"\b(?:(?:land)?mines?|minas?|mine[- ]free|Ottawa|anti-?personnel|antipersonal|déminage|desminado|demining|"
    r"unexploded\s+ordnance|UXO|munitions\s+non\s+explosées|engins\s+non\s+explosés|municiones\s+sin\s+explotar)\b",
    re.IGNORECASE,
)


# An introduction to what something would bring, its items to follow ("any withdrawal from the treaty would:",
# "le retrait aurait pour effet de :", "la retirada podría:").
_CONSEQUENCES_LISTED = re.compile(
    r"\b(?:would|could|might|pourrait|pourraient|aurait|auraient|podría|podrían|tendría|tendrían)\b[^.;:]{0,30}:\s*$",
    re.IGNORECASE,
)


_OPENING_QUOTES, _CLOSING_QUOTES = "«“", "»”"


def _quotation_goes_on(text: str, language: str, genre: str, quoting: bool) -> bool:
    """Whether a text's quotation is still open after this paragraph: one opened by a report quoting a text
    ("provides that “", "prévoit que «", "dispone que «") and not closed."""
    opened = sum(text.count(mark) for mark in _OPENING_QUOTES)
    closed = sum(text.count(mark) for mark in _CLOSING_QUOTES)
    if quoting:
        return closed <= opened
    compiled = COMPILED.get(language)
    quotes_a_text = compiled is not None and genre in PRESS_GENRES and compiled.quoting.search(text)
    return bool(quotes_a_text) and opened > closed


def _classify_in_context(paragraphs, tables: dict[str, RuleTable], document_language: str, genre: str):
    context, objectives = "", ""  # (a party's objectives introduced, while its items go on)
    introduction = ("", "")  # (the label and heading of the paragraph that introduced them)
    chapeau = None  # (paragraph, classification) of a call on someone "to:", while its items go on under its heading
    listing = ""  # under "recibieron nuevos plazos de la siguiente manera:" or "These grants, described below"
    parts = _parts_in_use.get()
    tables = tables if "rules" in parts else {language: RuleTable(language, []) for language in tables}
    genre_kinds = GENRE_KINDS.get(genre, {}) if "genre" in parts else {}
    threshold = GENRE_THRESHOLDS.get(genre, THRESHOLD) if "genre" in parts else THRESHOLD
    for index, paragraph in enumerate(paragraphs):
        language = paragraph.language if paragraph.language in tables else document_language
        table = tables.get(language)
        lead = index == 0  # (a press release's or news item's first paragraph announces)
        clauses = (
            read_clauses(paragraph.text, language, genre, article=_is_article(paragraph, genre), lead=lead)
            if "reader" in parts
            else []
        )
        found = _read_in_genre(paragraph, table, threshold, clauses, genre, genre_kinds)
        listing, found = _under_a_list(listing, paragraph.text, found)
        if lead or paragraph.heading != paragraphs[0].heading:  # (a section's heading, or the lead under the title)
            found = _as_funded_project(found, paragraph, language, genre)
        chapeau = chapeau if chapeau is None or paragraph.heading == chapeau[0].heading else None
        item = _is_item(paragraph, introduction[0], paragraphs[index - 1] if index else None)
        listed = objectives and item and paragraph.heading == introduction[1]  # (a new heading ends the list)
        negated = listed and _NEGATED_ITEM.match(paragraph.text)  # ("United States will: | not use APL ...")
        if listed and (found.kind is None or _is_instruction(found) or negated) and table is not None:
            # (an item that opens on its verb, "Mobilize and advocate for", is the party's, not an order to the reader)
            found = _as_objective(paragraph.text, found, objectives)
        if not listed:
            objectives = _lists_objectives(paragraph.text, language, found.kind)
            introduction = (paragraph.label, paragraph.heading)
        instruction = _is_instruction(found)
        if chapeau is None and (instruction or item) and _is_cut_chapeau(paragraph.heading or "", language):
            # the cut chapeau read as the heading of its items
            heading = SimpleNamespace(
                text=paragraph.heading.strip(), language=language, label="", heading=paragraph.heading
            )
            chapeau = (heading, Classification("call", threshold, [], []))
        called = chapeau is not None and item and found.kind is None and not instruction
        called = called and bool(_CALL_FOR.search(chapeau[0].text))  # (not "support survivors: | in rural areas")
        if called:  # "asistencia adecuada a los sobrevivientes" under "hacen un llamamiento a:": what is called for
            found = _marked(paragraph.text, "call", threshold, found.clauses)
        if chapeau is not None and (instruction or called):
            found.chapeau = chapeau  # "Explain the circumstances ..." under "X calls on Y to:": a call on Y
        elif not instruction and not (chapeau is not None and item and found.kind == "call"):
            chapeau = None  # (an item that calls by its own words goes on the list: the next item is still called)
        if found.kind == "call" and paragraph.text.rstrip().endswith(":"):
            chapeau = (paragraph, found)
        elif found.kind in (None, "call") and _is_cut_chapeau(paragraph.text, language):
            # "on States to:" whose calling verb the page lost: its items are still calls on those it names; with
            # what it asks after the colon ("On all states still outside the treaty to: join!"), a call itself
            asks = found.kind is None and not paragraph.text.rstrip().endswith(":")
            found = _marked(paragraph.text, "call", threshold, list(clauses)) if asks else found
            chapeau = (paragraph, Classification("call", threshold, [], list(clauses)))
        if not paragraph.label:
            context = f"{paragraph.heading} {paragraph.text}"
        elif found.kind == "recommendation" and _introduces_conclusions(context):
            found.kind = "conclusion"
        yield paragraph, table, found


def _as_objective(text: str, found: Classification, objectives: str) -> Classification:
    """An item under "Au nombre des priorités de la Norvège figurent :": that party's commitment (its owner is the
    party the introduction names, read from the text before); an item that is only a name ("Angola", "Democratic
    Republic of the Congo") lists who spoke, and stays as it was."""
    if _NAME_ONLY.fullmatch(text) or ARTICLE_CITED.search(
        text
    ):  # (or the treaty's words: "ne jamais employer (art.I)")
        return found
    marked = _marked(text, "commitment", WEIGHT, found.clauses)
    marked.introduction = objectives
    return marked


_NAME_ONLY = re.compile(
    r"\s*[•\-–]?\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|of|the|and|de|del|la|le|du|des|y|et|"
    r"démocratique|populaire|unie|arabe|islamique|fédérale?|democrática|popular|unida|islámica|federal|"
    r"plurinacional|bolivariana?)){0,6}[;,.]?\s*"
)
# A call whose object its items give ("hacen un llamamiento a:", "call for:", "appellent à :").
_CALL_FOR = re.compile(
    r"\b(?:for|to|à|a|pour|para|(?:para\s+|pour\s+)?que|so\s+that|should|must|devront|doivent|devraient|deberán|deben|"
    r"deberían|following(?:\s+\w+)?|suivante?s?|siguientes?(?:\s+\w+)?|(?:to|à|a)\s+[a-zà-ÿ]+)\s*:\s*$",
    re.IGNORECASE,
)


def _marked(text: str, kind: str, weight: float, clauses) -> Classification:
    """An item its introduction gives a kind, marked on its first word."""
    first = re.match(r"\S+", text.lstrip())
    start = len(text) - len(text.lstrip())
    return Classification(kind, weight, [(start, start + first.end(), kind)] if first else [], clauses)


# A list of new deadlines announced ("Extensions were granted as follows:", "recibieron nuevos plazos ... de la
# siguiente manera:"), and its items: a State and its date ("Afganistán hasta el 1 de marzo de 2025;", "l'Angola,
# jusqu'au 31 décembre 2025 ;").
_DEADLINES_CHAPEAU = re.compile(
    r"\b(?:extensions?|deadlines?|prolongations?|délais?|prórrogas?|plazos?)\b[^:]*:\s*$", re.IGNORECASE
)
_STATE_UNTIL_ITEM = re.compile(
    r"^\s*(?:[-•]\s*)?(?:l['’]|les?\s+|la\s+|el\s+)?[A-ZÀ-Þ][\w'’ -]{1,40}?[,:]?\s+"
    r"(?:(?:until|till|jusqu['’](?:au|à|en)|hasta(?:\s+el)?)\s+)?"
    r"(?:the\s+|le\s+)?\d{1,2}(?:er|º|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d]+"
)


# A list of grants announced ("These grants, described below, augment", "les subventions suivantes :", "las siguientes
# donaciones:"), and its items: a sum and who receives it ("$199,914 to Norwegian People's Aid to develop").
_GRANTS_CHAPEAU = re.compile(
    r"\b(?:grants?|awards?|contributions?|subventions?|dons|donaciones|contribuciones|subvenciones)\b[^.;]{0,40}?"
    r"\b(?:described\s+below|listed\s+below|below|as\s+follows|following|ci-dessous|suivant(?:e?s)?|siguientes?|"
    r"a\s+continuación)\b|\b(?:following|suivant(?:e?s)?|siguientes)\s+(?:grants?|awards?|subventions|dons|donaciones)\b",
    re.IGNORECASE,
)
SUM_TO_ITEM = re.compile(
    r"^\s*(?:[-•]\s*)*(?:US\s?\$|\$|€|£|USD\s?|EUR\s?|CHF\s?)\s?\d[\d,.\s]*(?:\s*(?:million|millions|millones|m))?\s+"
    r"(?:to|for|à|au|aux|pour|a|al|para)\b",
    re.IGNORECASE,
)


def _under_a_list(listing: str, text: str, found: Classification) -> tuple[str, Classification]:
    """Which list goes on after ``text`` ("deadlines", "grants" or none), and ``text``'s classification: an item of
    a list of new deadlines is the decision on the State it names, an item of a list of grants its donor's pledge."""
    if listing == "grants" and SUM_TO_ITEM.match(text):
        if found.kind is None:
            first = re.match(r"\s*\S+", text)
            found = Classification("commitment", WEIGHT, [(0, first.end(), "commitment")], found.clauses)
        return "grants", found
    going_on, found = _under_new_deadlines(listing == "deadlines", text, found)
    return "deadlines" if going_on else ("grants" if _GRANTS_CHAPEAU.search(text) else ""), found


def _under_new_deadlines(going_on: bool, text: str, found: Classification) -> tuple[bool, Classification]:
    """Whether a list of new deadlines goes on after ``text``, and ``text``'s classification: an item of such a list
    that no reading found is the decision on the State it names (its owner is read from "State until date")."""
    if going_on and _STATE_UNTIL_ITEM.match(text):
        if found.kind is None:
            first = re.match(r"\s*\S+", text)
            found = Classification("conclusion", WEIGHT, [(0, first.end(), "conclusion")], found.clauses)
        return True, found
    return bool(_DEADLINES_CHAPEAU.search(text)), found


def _a_view_told(text: str, found: Classification) -> bool:
    """A finding told only by words that note ("noted that", "a constaté que"), with no body to find it."""
    noting = [_NOTING.search(text, start, end) for start, end, kind in found.matches if kind == "conclusion"]
    no_body = not any(clause.subject == "body" for clause in found.clauses)
    return found.kind == "conclusion" and bool(noting) and all(noting) and no_body


_NOTING = re.compile(
    r"\b(?:not(?:e|es|ed|ing)|recogni[sz]\w*|acknowledg\w*|affirm\w*|constat\w*|not[ée]e?s?|reconoc\w*|señal\w*|"
    r"observ\w*)\b",
    re.IGNORECASE,
)


def _read_in_genre(paragraph, table, threshold: float, clauses, genre: str, genre_kinds: dict) -> Classification:
    """A paragraph's classification with its genre's prior: advice in a report on the web is a body's; an action
    plan's action commits whatever its verb."""
    found = table.classify(paragraph.text, threshold, clauses) if table else Classification(None, 0.0)
    if table and genre in PRESS_GENRES and found.kind == "recommendation" and not _advised_by_a_body(found):
        # a report on the web: advice is a body's ("The Meeting recommended"); the same words said by a
        # session, a panel or a speaker ("A session highlighted the importance of") are a reported view
        found = table.classify(paragraph.text, threshold, clauses, ignored=("recommendation",))
    if (
        table
        and genre in PRESS_GENRES
        and found.kind == "conclusion"
        and any(clause.kind == "call" for clause in found.clauses)
        and not any(clause.subject == "body" for clause in found.clauses)
    ):
        # a finding beside a call ("nous constatons que ... Nous demandons aux gouvernements de"): in a report on
        # the web the finding is a view, the call is what is recorded (a meeting's decision stays one)
        found = table.classify(paragraph.text, threshold, clauses, ignored=("conclusion",))
    if table and genre in PRESS_GENRES and _a_view_told(paragraph.text, found):
        # "representatives noted that", "He noted that": in a report on the web, a view told, no body's finding
        found = table.classify(paragraph.text, threshold, clauses, ignored=("conclusion",))
    if table:
        found = _told_what_to_do(paragraph.text, found, threshold, genre)
    if table and genre == "web_page" and found.kind is None and (advised := _PASSIVE_ADVICE.match(paragraph.text)):
        # a page of advice to the State it is about ("Greater priority should be accorded to survey", "Continued
        # efforts should be made to ensure reporting"): the monitor's recommendation
        found = Classification("recommendation", threshold, [(advised.start("modal"), advised.end(), "recommendation")])
    if _is_instruction(found) and _ADVICE_HEADING.search(paragraph.heading or ""):
        # a monitor's action points for the State its page is about ("Action points based on findings" / "Ensure
        # autonomy of services"): advice to that State, not an order to the reader
        found = Classification("recommendation", threshold, found.matches, found.clauses)
    if _is_instruction(found) and _A_REMIT.match(paragraph.heading or ""):
        # a body's remit on its page ("Mandate" above "Examine the information provided by States Parties"): what
        # it is there to do, not an order to the reader
        found = Classification(None, 0.0, [], found.clauses)
    found.kind = genre_kinds.get(found.kind, found.kind)
    if found.kind is None and genre == "action_plan" and _ACTION_LABEL.match(paragraph.label or ""):
        # an action, whatever its verb ("will be invited to", "Provide ...")
        found = Classification("commitment", THRESHOLD, found.matches, found.clauses)
    return found


# A paragraph that opens on advice in the passive, no one named as its subject ("Greater priority should be accorded
# to", "Continued efforts should be made to", "Des efforts devraient être faits", "Se debería dar prioridad").
_PASSIVE_ADVICE = re.compile(
    r"\s*(?:[A-ZÀ-Þ][\w-]*)(?:\s+[\w()-]+){0,8}?\s+(?P<modal>should|devrai(?:t|ent)|deber[íi]a(?:n)?)\s+(?:be|être|ser)\s+"
    r"(?:[\w-]+ly\s+|[\w-]+ment\s+)?(?:[a-zà-ÿ]+(?:ed|ée?s?|ad[oa]s?|id[oa]s?)|made|given|taken|done|sought|kept|built|"
    r"faits?|faites?|hechos?|hechas?|dad[oa]s?)\b"
)


# A heading over a body's remit: "Mandate", "Purpose", "Terms of reference", "Mandat", "Rôle", "Mandato", "Funciones".
_ADVICE_HEADING = re.compile(
    r"\b(?:action\s+points|recommendations?|points\s+d['’]action|recommandations?|puntos\s+de\s+acción|"
    r"recomendaciones)\b",
    re.IGNORECASE,
)
_A_REMIT = re.compile(
    r"\s*(?:(?:its|our|the|son|notre|le|la|su|nuestro|el)\s+)?(?:mandates?|purpose|terms\s+of\s+reference|functions|role|"
    r"tasks|responsibilities|mandats?|objet|rôle|fonctions|attributions|tâches|mandatos?|propósito|objeto|funciones|"
    r"cometidos|atribuciones|tareas)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# States as the subject of "should" or "are expected to", at the start of a paragraph (or after its dateline: "New
# York, 23 October 2009 -- Governments that have not joined ... should"), in three languages.
_STATES_AS_SUBJECT = (
    r"\s*(?:\(?[A-ZÀ-Þ][^\n,.;:]{1,40},\s*[^-–—\n]{0,40}?\d[^-–—\n]{0,30}?[-–—]+\s+|\([^()\n]{1,40}\)\s*[-–—:]+\s*)?"
    # (after a dateline: "New York, 23 October 2009 --", "(New York) –")
    r"[\"“«‘]?\s*"  # (a quotation: "“Los países de todo el mundo deberían condenar”, dijo")
    # (after a connective: "And very importantly - States Parties should", "Enfin, les États devraient")
    r"(?:(?:and|also|finally|lastly|moreover|furthermore|et|enfin|aussi|y|además|finalmente)\b[^.;:,–—-]{0,30}?"
    r"(?:\s[-–—]|,)\s+)?"
    # (after a State named first: "The United States and other countries that have not banned mines should")
    r"(?:(?:the\s+|les\s+|los\s+)?(?-i:[A-ZÀ-Þ])[\w.-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.-]+){0,3}\s+(?:and|et|y)\s+(?=(?:other|autres|demás)\s))?"
    r"(?:(?:therefore|thus|hence|donc|por\s+(?:lo\s+)?tanto|por\s+ello)\s+)?"  # ("Therefore donors must")
    r"(?:(?:all|tous|todos)\s+)?(?:(?:the|les|los)\s+)?(?:(?:other|autres|demás)\s+)?(?:member\s+)?"
    r"(?:(?:mine[- ])?affected\s+)?"  # ("Mine affected State Parties must submit plans")
    r"(?:states?\s+part(?:y|ies)|states|countries|governments|"
    r"gouvernements|gobiernos|[ée]tats(?:\s+parties)?|pays|estados(?:\s+partes?)?|países)\b[^.;:]{0,100}?\b"
)
_STATES_SHOULD = re.compile(
    _STATES_AS_SUBJECT + r"(?:should|are\s+expected\s+to|devraient|sont\s+(?:appelés|invités|censés)\s+à|deber[íi]an|"
    r"están\s+llamados\s+a)\b",
    re.IGNORECASE,
)
# What States must do, told by whoever says or concludes it after ("Los países miembros de la UA deben aumentar sus
# esfuerzos ..., concluyó una reunión de expertos"): a call too (alone, "must" is often what the treaty requires).
_STATES_MUST = re.compile(
    _STATES_AS_SUBJECT + r"(?:must|have\s+to|doivent|deben|tienen\s+que|"
    # (a duty: "have a duty to help", "ont le devoir d'aider", "tienen el deber de ayudar")
    r"have\s+(?:a|the)\s+duty\s+to|ont\s+le\s+devoir\s+d|tienen\s+el\s+deber\s+de)\b",
    re.IGNORECASE,
)
# Where a sentence or a clause joined by "and" may open ("..., and all states parties should support Bangladesh").
_CLAUSE_OPENS = re.compile(r"^|[.;!?]\s+|,\s+(?:and|et|y)\s+")


def states_told_they_should(text: str, spoken: bool = False) -> re.Match | None:
    """States told what they should do, at the start of the paragraph, of a sentence or of a clause joined by
    "and". What they must do is a call when someone is said to tell it, or ``spoken`` in a statement (a speaker's
    "must" exhorts; a page's is often what the treaty requires)."""
    for opening in _CLAUSE_OPENS.finditer(text):
        if found := _STATES_SHOULD.match(text, opening.end()):
            return found
        must = _STATES_MUST.match(text, opening.end())
        if must and (spoken or ends_on_a_saying_clause(sentence_at(text, must.end()))):
            return must
    return None


# A name (capitalised words) as the subject of "should" or "must", opening a sentence: advice to that party.
_NAME_SHOULD = re.compile(
    r"\s*(?:\([^()\n]{0,60}\)\s*[-–—]+\s*)?[\"“«‘]?\s*"  # (after a dateline in brackets, or a quotation mark)
    # (after a heading in capitals and its bullet, glued: "RECOMMENDATIONS FOR ACTION ■ Ukraine should")
    r"(?:(?:[A-ZÀ-Þ]{2,}\s+){0,6}[A-ZÀ-Þ]{2,}\s*[■•▪●]\s*|[■•▪●]\s*)?"
    # (after a connective: "However, Chile must not forget", "Sin embargo, Chile debe")
    r"(?:(?:However|But|Yet|Cependant|Toutefois|Mais|Sin\s+embargo|Pero|No\s+obstante),?\s+)?"
    # (after a condition set off: "Where appropriate, Nigeria should", "Dès que possible, le Tchad devrait")
    r"(?:(?:[Ww]here|[Ww]hen|[Ii]f|[Aa]s\s+soon\s+as|[Oo]nce|[Ww]herever|[Ww]henever|[Ll]orsque|[Ss]i|[Dd]ès\s+que|"
    r"[Cc]uando|[Ee]n\s+cuanto|[Dd]onde|[Ll]à\s+où)\b[^,;.]{0,80},\s*)?"
    r"(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Ll]['’]|[Ee]l|[Ll]os|[Ll]as)\s*)?"
    # (not States in general: "States must", "Les États doivent", "Los Estados deben" exhort them all)
    r"(?!(?:States|Countries|Governments|Donors|Parties|All|États|Etats|Pays|Gouvernements|Estados|Países|Gobiernos)\b)"
    # ("... (TMAC)", "The National High Commission for Demining (HCND)")
    # ("The DMA and the Iraq Kurdistan Mine Action Authority (IKMAA) should": two bodies, each named)
    r"(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|(?:and|et|y)(?:\s+(?:the|la|le|les|el|los|las))?|of|for|de|du|des|"
    r"pour|del|para)){0,8}(?:\s+\([A-ZÀ-Þ]{2,8}\))?"
    r"(?:(?<=['’]s)(?:\s+[a-z][\w-]*){1,4}?(?=\s+(?:should|must|needs)\b))?"  # ("Mali’s mine action sector should")
    r"(?:\s+(?:transitional\s+|interim\s+)?(?:government|authorities|army|armed\s+forces|military))?|"
    # ("le gouvernement syrien", "el ejército sirio", "las fuerzas armadas colombianas")
    r"(?:[Gg]overnment|[Gg]ouvernement|[Gg]obierno|[Aa]rmée|[Ee]jército|[Ff]uerzas\s+armadas|[Ff]orces\s+armées)"
    r"(?:\s+de\s+transition|\s+de\s+transición|\s+intérimaire)?\s+[a-zà-ÿ]+)"
    # ("Camboya, como firmante de la Declaración, debe", "le gouvernement syrien, en coopération avec les donateurs,")
    r"(?:,\s+(?:as|como|en\s+tant\s+que|in\s+cooperation\s+with|en\s+coopération\s+avec|en\s+cooperación\s+con)"
    r"\s+[^,;.]{3,100},)?"
    r"\s+(?P<modal>should|must|devrait|doit|debería|debe|needs\s+to|has\s+to|tiene\s+que)\b"
)
# A saying verb and its "that" before what a party should do ("afirmó que Camboya debe", "said that Chad must").
_SAID_THAT = re.compile(
    r"\b(?:said|stated|stressed|insisted|added|affirmed|declared|afirmó|dijo|declaró|señaló|insistió|añadió|"
    r"subrayó|estimó|indicó|sostuvo|al\s+sostener|aseguró|a\s+(?:déclaré|affirmé|dit|souligné|ajouté|insisté|estimé|"
    r"indiqué))\s+(?:that|que|qu['’])\s*",
    re.IGNORECASE,
)


def _told_what_to_do(text: str, found: Classification, threshold: float, genre: str) -> Classification:
    """States or a party named told what they should do. A page or a speaker telling States ("States Parties should
    prepare progress reports", "All states should set concrete goals"): a call on them (what they must do under the
    treaty is background). A monitor's advice to a State it names ("Ukraine should request an extension"): its
    recommendation; beside a call in another sentence ("The ICBL urged States to act. Yemen must also act, it
    said."), that party is called on too, its sentence up to the modal ("Yemen must") recorded as a call."""
    should = (
        states_told_they_should(text, spoken=genre == "statement") if genre in (*PRESS_GENRES, "statement") else None
    )
    if should and found.kind in (None, "recommendation", "conclusion"):
        return Classification("call", threshold, [(should.start(), should.end(), "call")], found.clauses)
    if genre not in PRESS_GENRES or found.kind not in (None, "call") or (advised := _named_should(text)) is None:
        return found
    sentences = split_sentences(text)
    opening, end = next((at, at + len(sentence)) for at, sentence in sentences if advised[0] < at + len(sentence))
    if found.kind == "call" and any(k == "call" and not opening <= start < end for start, _end, k in found.matches):
        return replace(found, matches=[*found.matches, (opening, advised[1], "call")])
    return Classification("recommendation", threshold, [(*advised, "recommendation")])


def _named_should(text: str) -> tuple[int, int] | None:
    """Where a sentence of ``text`` opens on what a party it names should do ("Ukraine should request an
    extension", "President X and Secretary Y should instruct", "EE. UU. debe sumarse"): its span, or None."""
    for offset, sentence in split_sentences(text):
        said = _SAID_THAT.search(sentence)
        for start in (0, said.end()) if said else (0,):
            advised = _NAME_SHOULD.match(sentence, start)
            if advised is None or _PRONOUN_OPENING.match(sentence, start):
                continue
            if _A_VISIT_FORECAST.match(sentence, advised.end()) or _ABLE_TO.match(sentence, advised.end()):
                continue  # (or what it is expected to manage: "Croatia should still be able to meet this deadline")
            if _AS_THE_TREATY_SAYS.search(sentence, advised.end()):
                continue  # (what the treaty requires of it: "Chad must be free of mines by 2025, under the treaty")
            # (the modal's span: the name before it is the subject, no pointer back to a party named above)
            return offset + advised.start("modal"), offset + advised.end("modal")
    return None


# What a visitor "devrait" do at a meeting is a forecast of the programme ("devrait également tenir plusieurs
# rencontres", "debería reunirse con", "should attend").
_A_VISIT_FORECAST = re.compile(
    r"\s+(?:\w+ment\s+|\w+mente\s+|also\s+)?(?:tenir|rencontrer|participer|assister|se\s+rendre|arriver|présider|"
    r"prendre\s+(?:la\s+parole|part)|celebrar|reunirse|asistir|participar|viajar|llegar|presidir|attend|meet|travel|"
    r"arrive|chair|hold\s+(?:talks|meetings))\b",
    re.IGNORECASE,
)
_ABLE_TO = re.compile(r"\s+(?:still\s+|also\s+|now\s+|encore\s+|aún\s+|todavía\s+)?(?:be\s+able\s+to|pouvoir|poder)\b")
# The treaty given as the source of what a party must do ("according to the Ottawa Treaty", "de acuerdo con el Tratado",
# "selon le traité").
_AS_THE_TREATY_SAYS = re.compile(
    r"\b(?:according\s+to|under|as\s+required\s+by|de\s+acuerdo\s+con|según|conforme\s+a|selon|conformément\s+à|"
    r"aux\s+termes\s+d[eu])\s+(?:the\s+|el\s+|la\s+|le\s+|l['’]\s*)?(?:Ottawa\s+|Mine\s+Ban\s+)?"
    r"(?:treaty|convention|tratado|convención|convenio|traité)\b",
    re.IGNORECASE,
)
# A sentence that opens on a pronoun or a demonstrative: no party named ("It should", "This should").
_PRONOUN_OPENING = re.compile(r"\s*[\"“«‘]?\s*(?:It|This|That|These|Those|Il|Elle|Ce|Cela|Esto|Eso|Ello)\b")
_ACTION_LABEL = re.compile(r"^(?:Action|Acción|Accion)\b|^#\s?\d", re.IGNORECASE)
# An article's numbered paragraph ("1.", "2"), not a recital "(1)" nor a sub-item "(a)".
_ARTICLE_LABEL = re.compile(r"^\d+\.?$")


def _is_item(paragraph, introduction_label: str, before) -> bool:
    """An item of a list: a label of another style than its introduction's ("2." above "(a)"), a bullet, a lower
    case, or a run of paragraphs that end with ";" (its last one ends with "."), as a page loses bullets."""
    labelled = bool(paragraph.label) and _label_style(paragraph.label) != _label_style(introduction_label)
    bullet = (paragraph.label or paragraph.text.lstrip())[:1]
    listed = paragraph.text.rstrip().endswith(";") or (before is not None and before.text.rstrip().endswith(";"))
    return labelled or paragraph.text.lstrip()[:1].islower() or (bool(bullet) and bullet in "•-–·*") or listed


def _label_style(label: str) -> str:
    """ "1." and "12." are of one style, "(a)" and "(b)" of another."""
    return re.sub(r"[ivx]+|[a-z]", "a", re.sub(r"\d+", "1", label.lower())) if label else ""


def _lists_objectives(text: str, language: str, kind: str | None = None) -> str:
    """The words that introduce a party's objectives at the end of a paragraph ("Among Norway's priorities are:",
    "Au nombre des priorités de la Norvège figurent :", "Entre los objetivos de Colombia figuran:";
    ``objectives_intro``), or a pledge of "the following" ("the Union shall undertake the following projects:"),
    or ""."""
    compiled = COMPILED.get(language)
    found = compiled.objectives_intro.search(text.rstrip()) if compiled is not None else None
    if found is None and kind in ("commitment", "offer") and _THE_FOLLOWING.search(text):
        return re.split(r"(?<=[.;])\s+", text.strip())[-1]  # (its last sentence, which names who pledges)
    if found is None and kind in ("commitment", "offer", None) and _WILL_TO.search(text):
        return re.split(r"[.;,]\s+", text.strip())[-1]  # (its last clause: "In support of X, | the ICBL will:")
    return found.group() if found else ""


# What a paragraph ends on when its items follow: "the following projects:", "les mesures suivantes :".
_THE_FOLLOWING = re.compile(r"\b(?:following|suivante?s|siguientes?)(?:\s+\w+)?\s*:\s*$", re.IGNORECASE)
# A pledge cut before its verbs, which the items give: "will continue to:", "will:", "continuera à :", "seguirá:" (not
# the audience's programme: "Over the next few days you will:").
_WILL_TO = re.compile(
    r"(?<!\byou\s)\b(?:will|shall)(?:(?:\s+\w+){0,2}\s+to)?\s*:\s*$|\b\w+(?:ra|ront|rá|rán)\s+(?:à|de|a)?\s*:\s*$"
)
# An item that opens on a negation ("not use APL", "ne pas employer", "no emplear"): what the party pledges not to do.
_NEGATED_ITEM = re.compile(r"\s*(?:not|never|ne\s+pas|ne\s+jamais|no|nunca)\s+[a-zà-ÿ]", re.IGNORECASE)


def _is_cut_chapeau(text: str, language: str) -> bool:
    """A chapeau whose calling verb was cut off (a page split "The Campaign calls" from the rest: ``cut_chapeau``)."""
    compiled = COMPILED.get(language)
    return compiled is not None and bool(compiled.cut_chapeau.match(text.strip()))


def _is_instruction(found: Classification) -> bool:
    """A paragraph that only tells its reader what to do ("Explain the circumstances ...", a web page's item)."""
    calls = [clause for clause in found.clauses if clause.kind is not None]
    return found.kind == "call" and bool(calls) and all(clause.subject == "reader" for clause in calls)


def _advised_by_a_body(found: Classification) -> bool:
    return any(clause.kind == "recommendation" and clause.subject == "body" for clause in found.clauses)


def _is_article(paragraph, genre: str) -> bool:
    return genre == "legal_act" and bool(_ARTICLE_LABEL.match(paragraph.label or ""))


def _introduces_conclusions(context: str) -> bool:
    return bool(CONCLUSIONS_INTRODUCED.search(context)) and not RECOMMENDATIONS_INTRODUCED.search(context)

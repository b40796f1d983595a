"""Reading a sentence's structure rather than its phrases: who acts (the subject), how (the verb group) and on what.

The pattern tables (``extraction/rules/*.csv``) know phrases; a phrase nobody wrote down is missed. This reader knows
grammar instead, which holds for verbs it has never seen: a deciding body with any finite verb, a party's future or
binding modal, the first person over an infinitive or a "that" clause, an article of a legal act. Its closed word
classes are data (``grammar/<language>.toml``). Each sentence gets at most one reading; a reading of kind ``None``
says the sentence only observes or thanks, and phrase rules matched inside it are set aside. The readings, with
examples in each language, are listed in ``docs/extraction.md``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from documents.ingestion.dates import MONTHS
from extraction.reader.grammar import (
    COMPILED,
    GRAMMARS,
    CompiledGrammar,
    Grammar,
    demonym_phrases,
    generic_states,
    lexicon,
    pair_subject,
    relative_opener,
    relative_subject,
)
from extraction.reader.sentences import AGENT_THEN_RELATIVE, CONTRAST, SAYING_THAT, split_sentences

WEIGHT = 0.75  # below a strong phrase rule (1.0) and below the bar of notes (0.8); a logistics phrase (-0.4)
# in the paragraph takes it under 0.5
LEGAL_WEIGHT = 0.7
INTENTION_WEIGHT = 0.85  # a party saying it has decided, pledges or commits: above the bar of notes verbales
OFFER_WEIGHT = 1.0  # a party undertaking to give money, host or lend others: an offer, whatever phrase carries it


# Pronouns and verbs of the first person plural (as a future's subject).
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?:^|\s)(?:we|nous|nosotros)\s*$|^(?:we|nous|nosotros|nos)\b|^(?:my|our|mon|ma|notre|mi|nuestro|nuestra)\s+"
    r"(?:delegation|government|country|délégation|gouvernement|pays|delegación|gobierno|país)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """One sentence's reading: its kind (None: it only observes or thanks), the verb group's span in the
    paragraph, and who the subject is ("body", "first_person", "party", "article")."""

    kind: str | None
    start: int
    end: int
    weight: float
    subject: str
    sentence_start: int
    sentence_end: int


_ENGLISH = GRAMMARS["en"]


# A sum whose currency sign stands apart from its figure ("US $ 4.5 million", "$ 300,000").
_SPACED_SUM = re.compile(r"\b(?:US|CA|A|NZ)?\s?\$\s+(?=\d)|\bUS\s+\$(?=\d)")


def closed_up_sums(text: str) -> str:
    """``text`` with each currency sign closed up on its figure ("US$4.5"), padded before it so that the text keeps
    its length and every place found in it is the original's."""
    return _SPACED_SUM.sub(lambda match: match.group().replace(" ", "").rjust(len(match.group())), text)


def read_clauses(text: str, language: str, genre: str = "", article: bool = False, lead: bool = False) -> list[Clause]:
    """A reading of each sentence of ``text`` that the reader can parse. ``article``: the paragraph is a numbered
    article of a legal act, whose every sentence binds; ``lead``: the first paragraph of a press release or news,
    whose first sentence announces (a present of giving with a sum is an offer there)."""
    compiled = COMPILED.get(language)
    if compiled is None:
        return []
    text = closed_up_sums(text)
    recital = genre == "legal_act" and not article  # recitals describe: only a final clause is read in them
    clauses = []
    instrument_before = False  # (the sentence before opened on the Convention: "It aims to" is the treaty's aim)
    sum_told = False  # (a sentence before named a sum)
    for offset, sentence in split_sentences(text):
        pointed_back, instrument_before = instrument_before, bool(_AN_INSTRUMENT_OPENS.match(sentence))
        if pointed_back and _A_PRONOUN_OPENS.match(sentence):  # "La Convention interdit ... Elle vise à protéger"
            clauses.append(
                Clause(None, offset, offset + len(sentence), WEIGHT, "article", offset, offset + len(sentence))
            )
            continue
        dateline = _DATELINE.match(sentence) if offset == 0 and genre in PRESS_GENRES else None
        if dateline is not None:  # "OTTAWA, 4 December 2026 - Canada announced": the place and date aside
            offset, sentence = dateline.end(), sentence[dateline.end() :]
        opening = offset == 0 or dateline is not None
        # ("Ambos países, refirió, acelerarán": the reporter's aside blanked, its length kept for the offsets)
        sentence = blank_when_and_where(compiled, blank_reporter_aside(sentence))
        if _courtesy_or_background(compiled, sentence, genre):
            clauses.append(
                Clause(None, offset, offset + len(sentence), WEIGHT, "party", offset, offset + len(sentence))
            )
            continue
        reading = _read_act_itself(sentence) if recital else _read(compiled, sentence, genre, article, opening)
        if not recital and not article and (reading is None or reading[0] is None):
            reading = (
                _read_relative_tail(compiled, sentence, genre)
                or _read_after_subordinate(compiled, sentence, genre)
                or reading
            )
        if lead and not sum_told and genre in PRESS_GENRES and reading is None:
            # (the lead's sentences up to the first that names a sum: "Mines remain a threat in the DRC. KOICA
            # provided USD 2.6 million to UNMAS")
            reading = _read_lead(compiled, sentence)
        sum_told = sum_told or bool(lexicon().currency.search(sentence))
        if reading is not None:
            kind, start, end, weight, subject = reading
            if genre == "information_note":  # it arranges: what is hosted there (a briefing) is logistics
                weight = min(weight, WEIGHT)
            clauses.append(Clause(kind, offset + start, offset + end, weight, subject, offset, offset + len(sentence)))
            if kind is not None and not recital:
                clauses += _clause_after_a_contrast(compiled, sentence, offset, end, genre, article)
    return clauses


def _clause_after_a_contrast(
    compiled: CompiledGrammar, sentence: str, offset: int, verb_end: int, genre: str, article: bool
) -> list[Clause]:
    """The reading of a clause of its own after "while" ("Japan will fund ..., while Norway will provide", "tandis
    que la Norvège fournira", "mientras que Noruega aportará"): a second party's act in the same sentence."""
    contrast = CONTRAST.search(sentence, verb_end)
    reading = _read(compiled, sentence[contrast.end() :], genre, article, False) if contrast else None
    if reading is None or reading[0] is None:
        return []
    kind, start, end, weight, subject = reading
    at = offset + contrast.end()
    return [Clause(kind, at + start, at + end, weight, subject, offset, offset + len(sentence))]


# A sentence that asks ("Will the leader provide assurances that the Government will restore funding?"): no one
# commits, calls or decides in a question.
_A_QUESTION = re.compile(r"\?[\s\"”»’)]*$")


def _courtesy_or_background(compiled: CompiledGrammar, sentence: str, genre: str) -> bool:
    """ "Let me assure you, Mr. President, of my delegation's support": courtesy to the chair; a question; "In
    October 1996, the Minister challenged the world to ...": a story's background, told as past; "Each State Party
    undertakes to destroy ...": a page citing the Convention's own words. The whole sentence is set aside."""
    if _COURTESY_TO_CHAIR.search(sentence) or _OUTLINE_OF_THE_SPEECH.search(sentence) or _A_QUESTION.search(sentence):
        return True
    if genre not in PRESS_GENRES:
        return False
    told_as_past = _YEAR_PAST.match(sentence) or _YEARS_SINCE.match(sentence) or _YEARS_GONE_BY.match(sentence)
    if told_as_past and not (compiled.future.search(sentence) or compiled.planned.search(sentence)):
        return True
    return bool(
        _THE_TREATY_BINDS.match(sentence)
        or _THE_TREATY_REQUIRES.match(sentence)
        or _AN_ARTICLE_PROVIDES.match(sentence)
        or ARTICLE_CITED.search(sentence)
    )


# A sentence whose subject is the Convention or a treaty ("Adoptée en 1997, la Convention d'Ottawa interdit", "The
# Treaty bans"), and one that opens on a pronoun that may point back to it ("It", "Elle", "Ella").
_AN_INSTRUMENT_OPENS = re.compile(
    r"^\s*(?:[^,.;]{0,60},\s*)?(?:the|la|le|l['’]|el|this|cette|ce|esta|este)\s*(?:[\w’'-]+\s+){0,2}?"
    r"(?:Convention|Treaty|traité|Convención|Tratado)\b",
    re.IGNORECASE,
)
_A_PRONOUN_OPENS = re.compile(r"^\s*(?:It|Elle|Il|Ella|Él)\b")
# The Convention's own wording of a party's obligation, which a web page or an article cites: "Each State Party
# undertakes to", "Under Article 5, each State Party shall", "Chaque État partie « s'engage à", "Cada Estado Parte que
# esté en condiciones de hacerlo, proporcionará"; a pledge made in a story names its State.
# A treaty's words cited with their article after them: "ne jamais employer ... de mines antipersonnel (art.I)".
ARTICLE_CITED = re.compile(r"\((?:art(?:icle|ículo|\.)?|Art(?:icle|ículo|\.)?)\s*[IVXLC\d]+\)\s*[.;]?\s*$")
_THE_TREATY_BINDS = re.compile(
    r"^\s*[«“\"]?\s*(?:[^.;]{0,80},\s*)?(?:each|every|chaque|tout|cada)\s+(?:State\s+Party|[ÉE]tat\s+partie|"
    r"Estado\s+Parte)\b[^.;]{0,60}?[«“\"]?\s*(?:undertakes|shall|is\s+(?:required\s+|obliged\s+)?to|s['’]engage|"
    # (the treaty's future in French and Spanish: "fournira", "proporcionará"; a page's "each State Party is to update")
    r"se\s+compromete|(?-i:[a-zéè]+(?:ra|rá)))\b",
    re.IGNORECASE,
)


# The words for the Convention or a treaty, in the three languages ("convention", "traité", "convenio").
_TREATY_WORDS = r"(?:convention|treaty|traité|convención|tratado|convenio)"


# What a party to the Convention is bound to, told by a story or a page in the present ("By signing the Convention,
# States Parties commit to", "Al firmar la convención, los Estados Parte se comprometen a", "Participants in this
# international agreement commit to"): the treaty described, no one's pledge.
_PARTIES_TO_IT = (
    r"(?:participants|parties|signatories|members|signatarios|miembros|signataires|membres|participantes)\s+"
    r"(?:in|to|of|de|a|en|del?|au|à\s+la)\s+(?:this|the|la|le|l['’]|el|este|esta|ce|cette)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|accord|acuerdo|" + _TREATY_WORDS + ")"
)
# Signatories before a quotation of the treaty ("Signatory states will “undertake never ...”").
_SIGNATORIES_QUOTED = (
    r"(?:signatory\s+states|signatories|[ée]tats\s+signataires|Estados\s+signatarios)"
    r"(?=\s+(?:will|vont|devront|deberán)?\s*[“\"«])"
)
_THE_TREATY_REQUIRES = re.compile(
    r"^\s*(?:(?:by\s+(?:signing|ratifying|joining|acceding\s+to)|under|al\s+(?:firmar|ratificar|suscribir|adherirse\s+a)|"
    r"en\s+virtud\s+de|en\s+(?:signant|ratifiant|adhérant\s+à)|aux\s+termes\s+de|en\s+vertu\s+de)\s+[^,;.]{0,60}?"
    + _TREATY_WORDS
    + r"\b[^,;.]{0,40},\s*(?:the\s+|los\s+|las\s+|les\s+)?"
    r"(?:States?\s+Part(?:y|ies)|Estados?\s+Partes?|[ÉE]tats?\s+parties?|countries|países|pays|" + _PARTIES_TO_IT + ")"
    r"|^\s*(?:[^.;]{0,80},\s*)?(?:the\s+|los\s+|las\s+|les\s+)?(?:"
    + _PARTIES_TO_IT
    + r"|"
    + _SIGNATORIES_QUOTED
    + r"))"
    r"\s+(?:will\s+)?[“\"«]?\s*"
    r"(?:commit|undertake|agree|are\s+(?:obliged|required|bound)|must|se\s+comprometen|s['’]engagent|sont\s+tenus|"
    r"doivent|están\s+obligad[oa]s|deben)\b",
    re.IGNORECASE,
)


# A sentence that tells what an article of the treaty provides ("L'article 4 de la Convention prévoit que les États
# Parties doivent détruire", "Article 5 of the treaty requires", "El artículo 5 de la Convención establece que"): the
# treaty described, no one's pledge or call.
_AN_ARTICLE_PROVIDES = re.compile(
    r"^\s*(?:l['’]\s*|el\s+|the\s+)?(?:article|artículo|art\.)\s*[IVXLC\d]+[^.;]{0,120}?\b" + _TREATY_WORDS + r"\b"
    r"[^.;]{0,120}?\b(?:provides|requires|stipulates|obliges|states|prévoit|exige|stipule|dispose|oblige|impose|"
    r"establece|dispone|estipula|obliga|requiere)\b",
    re.IGNORECASE,
)


# A sentence that opens on a past year, with or without its month ("In October 1996,", "En janvier 1996,", "En octubre
# de 1996,"): what follows is the story's background (a sentence with a future in it is not: "In 2025, Chad will").
_YEAR_PAST = re.compile(
    r"^\s*(?:In|En)\s+(?:(?:early|late|mid-?|début|fin|principios\s+de|finales\s+de)\s+)?(?:(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\s+(?:de\s+|del\s+)?)?(?:19|20)\d\d\b\s*,?"  # (its comma may be missing: "In 1991 the government asked")
    # (or at a past meeting of that year: "In its general assembly in 1992,", "Lors de sa réunion de 1999,")
    r"|^\s*(?:In|At|During|En|Lors\s+d[eu]|Durante)\s+(?:its|their|the|sa|son|leur|la|le|su|el)\s+(?:[\w-]+\s+){1,4}?"
    r"(?:in|of|de|del|en)\s+(?:19|20)\d\d\s*,",
    re.IGNORECASE,
)
# A story's background told as time gone by: "It has been five years since the Federation called upon", "Il y a dix
# ans que", "Hace diez años que".
_YEARS_SINCE = re.compile(
    r"^\s*(?:It\s+(?:has\s+been|is|was|had\s+been)|Il\s+y\s+a|Cela\s+fait|Ça\s+fait|Hace|Han\s+pasado)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:years?|decades?|months|ans|années|décennies|mois|años|décadas|meses)\s+"
    r"(?:since|que|depuis|desde)\b",
    re.IGNORECASE,
)
# Years gone by that open a sentence: "For more than 30 years, the government has provided", "Over the past two
# decades,", "Depuis plus de trente ans,", "Durante más de 30 años,", "Desde hace 20 años,": a record, no pledge
# (a sentence with a future in it still may be one).
_YEARS_GONE_BY = re.compile(
    r"^\s*(?:For|Over|During|Depuis|Pendant|Durant|Durante|Desde\s+hace|En)\s+(?:(?:more\s+than|over|almost|nearly|"
    r"plus\s+de|près\s+de|más\s+de|casi|los\s+últimos|the\s+(?:past|last))\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:years|decades|ans|années|décennies|años|décadas)\s*,"
    # (or last year's news: "Last year,", "L'année dernière,", "El año pasado,")
    r"|^\s*(?:Last\s+(?:year|month)|L['’]an(?:née)?\s+derni[eè]re?|El\s+(?:año|mes)\s+pasado)\s*,",
    re.IGNORECASE,
)
# A reporter's aside between a subject and its verb: "Ambos países, refirió, acelerarán", "Both countries, he said,
# will", "Les deux pays, a-t-il ajouté, vont".
REPORTER_ASIDE = re.compile(
    r",\s+(?:(?:he|she|they)\s+(?:said|added|explained|noted)|(?:refiri|dij|añadi|agreg|afirm|explic|indic|señal|"
    r"precis)(?:ó|o|eron)(?:\s+(?:las?|los?)\s+(?:mismas?\s+)?(?:fuentes?|portavoz|voceros?))?|"
    r"a-t-(?:il|elle)\s+(?:dit|ajouté|précisé|expliqué|souligné)|selon\s+(?:lui|elle))\s*,(?=\s)",
    re.IGNORECASE,
)


# The means or the help a subject acts through, between commas: "el Gobierno, a través del programa AICMA, seguirá",
# "the Government, through its mine action centre, will", "le gouvernement, avec l'appui du PNUD, va".
MEANS_ASIDE = re.compile(
    r",\s+(?:a\s+través\s+de|por\s+medio\s+de|mediante|con\s+el\s+(?:apoyo|respaldo)\s+de|through|via|with\s+the\s+"
    r"(?:support|help|assistance)\s+of|à\s+travers|par\s+le\s+biais\s+d|avec\s+l['’](?:appui|aide)\s+d|grâce\s+à)"
    r"[^,;:.]{1,100},(?=\s)",
    re.IGNORECASE,
)


def blank_reporter_aside(sentence: str) -> str:
    """The sentence with a reporter's aside, or the means its subject acts through, after its subject blanked, its
    length kept for the offsets; not one after a single opening word ("También, dijo, se establecerá": no subject
    stands before it)."""
    for pattern in (REPORTER_ASIDE, MEANS_ASIDE):
        aside = pattern.search(sentence)
        if aside is not None and len(sentence[: aside.start()].split()) >= 2:
            sentence = sentence[: aside.start()] + " " * len(aside.group()) + sentence[aside.end() :]
    return sentence


def blank_when_and_where(compiled: CompiledGrammar, sentence: str) -> str:
    """The sentence with a time or place between a verb and what it introduces blanked ("agreed on Thursday in Quito
    to", "ont convenu jeudi à Quito d'accélérer", "anunció hoy que"), its length kept for the offsets."""
    return compiled.when_and_where.sub(
        lambda m: m.group()[: m.start("aside") - m.start()] + " " * len(m["aside"]), sentence
    )


# Courtesy to the one who chairs: "let me assure you of my delegation's utmost support", "under your able guidance, we
# will", "vous assurer du plein soutien de ma délégation", "sous votre présidence", "asegurarle el apoyo", "bajo su
# presidencia".
_COURTESY_TO_CHAIR = re.compile(
    r"\b(?:assure|assuring)\s+you(?:,\s*(?:Mr\.?|Madam|Madame)\s+[\w-]+,)?\s+(?:of\s+)?(?:the\s+)?(?:my|our|[\w-]+['’]s)\s+"
    r"(?:delegation['’]s\s+)?(?:\w+\s+){0,2}?(?:support|cooperation|co-operation)\b|"
    r"\bunder\s+your\s+(?:able\s+|wise\s+|skil(?:l)?ful\s+)?(?:guidance|leadership|presidency|chairmanship|stewardship)\b|"
    # ("You may be assured of the strongest engagement of the European Union in support of your efforts")
    r"\b(?:may|can|rest)\s+(?:be\s+)?assured\s+of\b[^.;]{0,60}?\b(?:support|cooperation|co-operation|engagement)\b|"
    r"\bsoyez\s+assurée?s?\s+(?:de|du|des)\s+[^.;]{0,60}?\b(?:soutien|appui|coopération|engagement|concours)\b|"
    r"\btengan?\s+(?:usted\s+)?la\s+(?:plena\s+)?(?:seguridad|certeza)\s+del?\s+(?!que\b)[^.;]{0,60}?\b(?:apoyo|cooperación|"
    r"colaboración|compromiso)\b|"
    r"\bvous\s+assurer\b[^.;]{0,60}?\b(?:soutien|appui|coopération|concours)\b|"
    r"\bsous\s+votre\s+(?:\w+\s+)?(?:présidence|direction|conduite|houlette)\b|"
    r"\b(?:asegurarle|asegurarles|le\s+aseguro|le\s+aseguramos)\b[^.;]{0,60}?\b(?:apoyo|cooperación|colaboración)\b|"
    r"\bbajo\s+su\s+(?:\w+\s+)?(?:presidencia|dirección|conducción|liderazgo|guía)\b",
    re.IGNORECASE,
)
# A speaker saying what the statement will speak of ("We will focus this statement on", "We will also use this
# opportunity to talk about", "Je voudrais profiter de cette occasion pour évoquer", "Aprovecho esta oportunidad para
# referirme a"): the speech's outline, no pledge.
_OUTLINE_OF_THE_SPEECH = re.compile(
    r"\b(?:I|we)\s+(?:will|shall|would\s+like\s+to|wish\s+to|want\s+to)\s+(?:also\s+|now\s+|briefly\s+|first\s+)?"
    r"(?:focus\s+(?:this|my|our)\s+(?:statement|intervention|remarks)|use\s+this\s+(?:opportunity|occasion)\s+to\s+"
    r"(?:talk|speak|comment|say|touch|raise|address|reflect)|(?:touch|comment|elaborate|dwell)\s+(?:up)?on)\b|"
    r"\b(?:centrer|concentrer)\s+(?:cette|ma|notre)\s+(?:déclaration|intervention)\b|"
    r"\bprofiter\s+de\s+cette\s+(?:occasion|opportunité)\s+pour\s+(?:parler|évoquer|aborder|dire|commenter)\b|"
    r"\b(?:centraré|centraremos)\s+(?:esta|mi|nuestra)\s+(?:declaración|intervención)\b|"
    r"\baprovech(?:o|amos|ar)\s+(?:esta|la)\s+(?:oportunidad|ocasión)\s+para\s+(?:hablar|referirme|referirnos|"
    r"comentar|abordar)\b|"
    # (a point left for later in the meeting: "We will revert to this issue under agenda item 5")
    r"\b(?:I|we)\s+(?:will|shall)\s+(?:\w+\s+)?(?:revert|return|come\s+back)\s+to\s+(?:this|these|that)\s+"
    r"(?:issues?|points?|matters?|questions?|topics?)\b|"
    r"\breviendr(?:ai|ons)\s+(?:plus\s+en\s+détail\s+)?sur\s+(?:cette|ces|ce)\s+(?:questions?|points?|sujets?)\b|"
    r"\bvolver(?:é|emos)\s+(?:\w+\s+){0,3}?sobre\s+(?:este|esta|estos|estas)\s+(?:temas?|cuesti(?:ón|ones)|puntos?)\b",
    re.IGNORECASE,
)
# A news item's dateline glued to its lead ("OTTAWA, December 4, 2026 - ", "Bogotá, 4 dic (EFE).- ", "GENÈVE, 4
# décembre 2026 — "): a place, a date and a dash before the first sentence.
# (or an agency's line in brackets: "COLOMBO, (APP - UrduPoint - 24th Feb, 2024) ")
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][^\n,.;:]{1,40},\s*(?:[^-–—\n(]{0,40}?\d[^-–—\n]{0,30}?[-–—]+\s+|\([^()\n]{0,100}\d\)\s*|"
    # (a place, then its date in parentheses: "Kinshasa, Democratic Republic of the Congo (10 March, 2015) –")
    r"[^-–—\n(,.;:]{1,60}\([^()\n]{0,60}\d\)\s*[-–—]+\s+)"
    # (a place in capitals, then an agency's line in brackets: "MOSCOW (UrduPoint News / Sputnik - 13th November,
    # 2022)")
    r"|^\s*(?-i:[A-ZÀ-Þ][A-ZÀ-Þ\s-]{2,30})\s+\([^()\n]{0,100}\d\)\s*[-–—]?\s*"
)


def _read_relative_tail(compiled: CompiledGrammar, sentence: str, genre: str):
    """A relative clause with its own subject after a comma ("The conference ended with the Declaration, in which
    the States Parties committed to ..."): read on its own when the main clause only describes."""
    own = relative_subject().match(sentence)
    if own is None or "," not in sentence[max(0, own.end() - 30) : own.end()]:
        return None
    tail = sentence[own.end() :]  # (a pledge first: "the States Parties committed to" is no meeting's decision)
    reading = _read_intention(compiled, tail) or _read(compiled, tail, genre, False, False)
    if reading is None or reading[0] is None:
        return None
    kind, start, end, weight, subject = reading
    return kind, own.end() + start, own.end() + end, weight, subject


# A subordinate clause opening a sentence ("Alors que la conférence se tiendra en juin,", "As the meeting
# opens,", "Mientras el Gobierno prepara su informe,"): it only sets the scene for the main clause after it.
SUBORDINATE_OPENERS = (
    r"(?:as(?=\s+(?:the|this|these|we|our|states|countries|governments|delegations|participants)\b)|while|whilst|although|though|because|when|now\s+that|given\s+that|even\s+though|"
    r"alors\s+que|tandis\s+que|comme|puisque|bien\s+que|quoique|parce\s+que|lorsque|lorsqu['’]|quand|"
    r"étant\s+donné\s+que|maintenant\s+que|même\s+si|mientras(?:\s+que)?|como(?=\s+(?:el|la|los|las|nosotros)\b)|ya\s+que|dado\s+que|puesto\s+que|"
    r"aunque|cuando|ahora\s+que|si\s+bien|pese\s+a\s+que|a\s+pesar\s+de\s+que)\b"
)
_SUBORDINATE_OPENING = re.compile(r"^\s*" + SUBORDINATE_OPENERS, re.IGNORECASE)


def _read_after_subordinate(compiled: CompiledGrammar, sentence: str, genre: str):
    """The main clause after an opening subordinate clause, read on its own when the sentence as a whole gives no
    operative reading (the scene's "se tiendra" is logistics; "nous demandons aux États" after it is a call)."""
    if not _SUBORDINATE_OPENING.match(sentence):
        return None
    for comma in re.finditer(r",\s*", sentence[:250]):
        reading = _read(compiled, sentence[comma.end() :], genre, False, False)
        if reading is not None and reading[0] is not None:
            kind, start, end, weight, subject = reading
            return kind, comma.end() + start, comma.end() + end, weight, subject
    return None


def _read(compiled: CompiledGrammar, sentence: str, genre: str, article: bool, opening: bool = True):
    if article:  # an article binds whoever its subject is, unless it speaks of the act itself
        return _read_act_itself(sentence) or _read_article(compiled, sentence)
    return (
        _read_act_itself(sentence)
        or _read_quoted(compiled, sentence, genre)
        or _read_body(compiled, sentence, genre)
        or _read_operative(compiled, sentence, genre)
        or _read_resolution_clause(compiled, sentence, genre)
        or _read_views(sentence)
        or _read_planned(compiled, sentence)  # (before "It was decided": "it is planned to" is a plan, no decision)
        or _read_impersonal(compiled, sentence)
        or _read_reported_decision(compiled, sentence, genre)
        or _read_future(compiled, sentence, article, genre)
        or _read_aid_passive(compiled, sentence)
        or _read_obligation_passive(compiled, sentence)
        or _read_intention(compiled, sentence)
        or _read_reported_speech(compiled, sentence, genre)
        or _read_reported_completion(compiled, sentence, genre)
        or _read_stated_goal(compiled, sentence)
        or _read_plan_commits(sentence, genre)
        or _read_reported_call(compiled, sentence, genre)
        or _read_purpose_call(compiled, sentence, genre)
        or _read_help_asked(compiled, sentence, genre)
        or _read_first_person(compiled, sentence)
        or _read_joined_first_person(compiled, sentence)
        or _read_bare_action(compiled, sentence, genre, opening)
    )


# A sentence about the document itself ("This Decision shall expire on ...", "La presente Decisión entrará en
# vigor ..."): a final clause, whatever its verb (``act_openers`` and ``act_names`` of the grammar files).
def _read_act_itself(sentence: str):
    match = lexicon().act_itself.match(sentence)
    return (None, match.start(), match.end(), WEIGHT, "act") if match else None


# "... highlighted the importance of", "ont souligné la nécessité de", "subrayaron la importancia de": advice.
_IMPORTANCE = re.compile(
    r"^\s*(?:(?:on|upon|sur|en)\s+)?(?:the\s+|l['’]|la\s+)"
    r"(?:need|importance|necessity|nécessité|importance|necesidad|importancia)\b",
    re.IGNORECASE,
)
# "... reiterated its call on", "a renouvelé son appel aux", "ha realizado un llamamiento a": a call, whatever the verb.
_CALL_NOUN = re.compile(
    r"^\s*(?:its|their|his|her|our|son|leur|sa|notre|nos|su|sus|nuestro|nuestros|a|an|un|une|una)\s+(?:\w+\s+)?"
    r"(?:calls?|appeals?|appels?|llamamientos?|llamados?)\b",
    re.IGNORECASE,
)

_NAMED_AS = re.compile(r"(?:\bs['’]|\bse\s+)$", re.IGNORECASE)
# The need for others to act, stressed ("reiterated the need for those States that have not done so to accede", "a
# souligné la nécessité pour les États de", "subrayó la necesidad de que los Estados"): a call on them.
_NEED_FOR = re.compile(
    r"^\s*(?:on\s+|sur\s+|en\s+)?(?:the\s+(?:urgent\s+)?need\s+for|la\s+nécessité\s+pour|la\s+(?:urgente\s+)?"
    r"necesidad\s+de\s+que)\s+(?:all\s+|the\s+|those\s+|tous\s+|les\s+|todos\s+|los\s+)*(?:states|countries|"
    r"governments|donors|nations|états|pays|gouvernements|donateurs|estados|países|gobiernos|donantes)\b",
    re.IGNORECASE,
)


def _asks_someone_to_act(compiled: CompiledGrammar, rest: str) -> bool:
    """ "requested Peru to provide", "a prié le Pérou de fournir", "pidió al Perú que presentara": someone is asked
    to act (within a few words, an infinitive or a "that" clause follows)."""
    words = _DASHED_INSERTION.sub(" ", re.sub(r"[«»“”\"]\s*", "", rest)).split()
    # (within ten words; twenty when a relative clause describes whom: "les pays qui n'ont pas encore adhéré à la
    # Convention sur l'interdiction des mines à le faire")
    words = words[: 20 if _RELATIVE_WORD.search(" ".join(words[:5])) else _reach(words, 10)]
    return any(
        compiled.to_infinitive.match(" ".join(words[index:]))
        or compiled.that_clause.match(" ".join(words[index:]))
        or _SO_THAT.match(" ".join(words[index:]))  # "hizo un llamado para que los países intensifiquen"
        for index in range(len(words))
    )


# A remark between dashes after whom a call addresses ("a los Estados de la Convención de Ottawa -el tratado que
# regula el uso de minas- a ratificar"): passed over.
_DASHED_INSERTION = re.compile(r"\s[-–—]\s?[^-–—.;]{3,120}?\s?[-–—](?=\s)")
_SO_THAT = re.compile(r"(?:para|pour)\s+qu(?:e\b|['’])", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:qui|who|which|that|que)\b", re.IGNORECASE)
_AND_WORD = re.compile(r"\b(?:and|et|y|e)\b", re.IGNORECASE)


def _reach(words: list[str], reach: int) -> int:
    """How many words after a verb of calling may name whom it asks before what it asks: more when they are a list
    ("a las autoridades iraquíes y a la comunidad internacional a reforzar", "au Président, au Premier Ministre
    ... et au Secrétaire ..., de promouvoir")."""
    return 24 if _AND_WORD.search(" ".join(words[:12])) else reach


# What an event gave ("provided a key opportunity for the Minister to brief", "a offert une occasion unique de",
# "brindó una valiosa oportunidad para"): a setting for others' words, no decision.
_AN_OCCASION = re.compile(
    r"(?:provided|offered|gave|afforded|created|presented|a\s+(?:offert|fourni|donné|constitué|créé)|ont\s+offert|"
    r"ofreció|brindó|proporcionó|dio|constituyó|fue)\s+(?:an?|the|une?|l['’]\s*|la|el|una?)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:opportunit(?:y|ies)|occasion|platform|forum|space|chance|venue|opportunité|plateforme|cadre|espace|tribune|"
    r"oportunidad|ocasión|plataforma|espacio|foro|marco)\b"
)


def _verb_class(compiled: CompiledGrammar, verb: str, rest: str) -> str | None:
    """The kind a deciding body's verb gives its sentence; "none" for verbs that only observe."""
    grammar = compiled.grammar
    phrase = compiled.wanting.sub("", f"{verb} {rest.lstrip()[:40]}".lower(), count=1)
    if any(phrase.startswith(stem) for stem in grammar.advise) or _IMPORTANCE.match(rest):
        return "recommendation"
    if _CALL_NOUN.match(rest) or _NEED_FOR.match(rest):
        return "call"
    if compiled.feeling.match(rest):  # "expressed its concern", "s'est déclarée préoccupée"
        return "none"
    if any(phrase.startswith(stem) for stem in grammar.exhort):
        return "call"
    if any(phrase.startswith(stem) for stem in grammar.observe) or _AN_OCCASION.match(phrase):
        return "none"
    if phrase.startswith(_HIGHLIGHTING) and not _THAT_FOLLOWS.match(rest):
        return "none"  # "La Conferencia destacó en particular la Convención ...": a thing pointed out (what it
        # stressed "that" is a finding)
    if any(phrase.startswith(stem) for stem in grammar.request) and not _asks_someone_to_act(compiled, rest):
        return "call"  # "pidieron una mayor inversión": asking for something, from no one in particular
    if phrase.startswith(grammar.inviting) and _asks_someone_to_act(compiled, rest):
        return "call"  # "El presidente convocó a los Estados a adherirse": summoned to act
    return "conclusion"


_HIGHLIGHTING = (
    "highlight",
    "underlin",
    "stress",
    "soulign",
    "mis en exergue",
    "mis en avant",
    "destac",
    "subray",
    "resalt",
    "puso de relieve",
    "enfatiz",
)
_THAT_FOLLOWS = re.compile(r"\s*(?:\w+\s+){0,3}?(?:that|que|qu['’])", re.IGNORECASE)


# Who did what a participle says, right after it ("led by", "présidée par", "presidida por"); not the way a body
# decided ("decided by consensus", "par consensus", "por votación").
_BY_ITS_AGENT = re.compile(
    r"\s+(?:by|par|por)\s+(?!(?:consensus|consenso|acclamation|aclamación|(?:a\s+|une\s+)?(?:vote|votación|"
    r"majority|majorité|mayoría|unanimity|unanimité|unanimidad))\b)",
    re.IGNORECASE,
)
# A past participle's ending ("led", "chaired", "held", "présidée", "presidida").
_PARTICIPLE = re.compile(r"(?:ed|held|run|made|given|ée?s?|[ai]d[oa]s?)$", re.IGNORECASE)
# What the States Parties "decided to" do that grants or approves a request ("décidé d'accorder au Sénégal",
# "decidieron conceder a Argentina"): their decision, not a pledge.
_GRANTING = re.compile(
    r"\s*(?:d['’]\s*|de\s+)?(?:grant|approv|extend|accord|approuv|prolong|proroger|conced|otorg|aprob|prorrog)",
    re.IGNORECASE,
)
_A_SUMMIT = re.compile(r"\b(?:summit|sommet|cumbre)\b", re.IGNORECASE)
# The States Parties decide in a meeting's report or conclusions; elsewhere ("The States Parties adopted an action
# plan in 2019") they are recalled.
_STATES_PARTIES = re.compile(r"\b(?:states parties|[ée]tats parties|estados partes)\b", re.IGNORECASE)
# Texts clipped from the web report meetings: what the States Parties did there is reported as decided.
PRESS_GENRES = ("press_release", "news", "web_page")
_DECIDING_GENRES = ("report", "conclusions", *PRESS_GENRES)
# Genres where a party's reported call ("Canada called on all States to ...") is read: those that report what
# parties said, and a State's own statement.
_CALLING_GENRES = (*PRESS_GENRES, "statement", "other", "")


def _no_verb_of_the_body(compiled: CompiledGrammar, match: re.Match, sentence: str) -> bool:
    """Whether the word read as a body's verb is no act of that body: a participle with its agent ("The workshop
    led by the Netherlands was held", "La réunion présidée par"), how it is named ("La réunion s'appelle"), or what
    a summit, an event first, did without deciding ("la Cumbre recogió el guante")."""
    verb, rest = match.group("verb").lower(), sentence[match.end() :]
    if match.group("aux") is None and _PARTICIPLE.search(verb) and _BY_ITS_AGENT.match(rest):
        return True
    if len(verb) > 5 and verb.endswith(("ant", "ando", "iendo", "ing")):
        return True  # "Le Conseil, se référant à", "El Consejo, refiriéndose a": a participle, the verb comes later
    if _NAMED_AS.search(sentence[: match.start("verb")]) and verb.startswith(("appel", "llam")):
        return True
    deciding = (*compiled.grammar.decide, *compiled.grammar.exhort, "adopt")
    return bool(_A_SUMMIT.search(match.group("subject"))) and not verb.startswith(deciding)


# Genres whose operative clauses may open on the verb, their subject named once in the chapeau ("The Council, ... |
# urges all governments to", "Le Conseil, ... | prie instamment tous les gouvernements de", "| pide a los Estados que").
_RESOLUTION_GENRES = ("declaration", "conclusions", "report")
# What may stand before such a verb: "also", "further", "again", "aussi", "en outre", "de même", "además", "asimismo".
_CLAUSE_OPENING = re.compile(
    r"\s*(?:(?:also|further|again|once\s+again|aussi|également|en\s+outre|de\s+même|además|asimismo|también)\s+)?"
    r"(?P<verb>[^\W\d_]+)",
    re.IGNORECASE,
)


def _read_resolution_clause(compiled: CompiledGrammar, sentence: str, genre: str):
    """A resolution's operative clause that opens, in lower case, on its body's verb ("urges all governments to
    ratify", "demande une nouvelle fois à tous les États de contribuer", "pide a todos los Estados que"): the body's
    call or decision, when someone is asked to act (or, for "decides", what is decided follows)."""
    match = _CLAUSE_OPENING.match(sentence) if genre in _RESOLUTION_GENRES else None
    if match is None or not sentence.lstrip()[:1].islower():
        return None  # (a capitalised "Requests the ISU to" is a decision's own paragraph: ``_read_operative``)
    grammar, verb, rest = compiled.grammar, match.group("verb").lower(), sentence[match.end() :]
    if not verb.startswith((*grammar.decide, *grammar.exhort)) or not _finite(grammar, verb):
        return None
    if not (_asks_someone_to_act(compiled, rest) or compiled.to_infinitive.match(rest.lstrip())):
        return None
    kind = _verb_class(compiled, verb, rest)
    if kind == "conclusion" and verb.startswith((*grammar.request, *grammar.exhort)):
        kind = "call"  # (the body asks others to act: "demande à tous les États de contribuer")
    return None if kind == "none" else (kind, match.start("verb"), match.end("verb"), WEIGHT, "body")


def _read_body(compiled: CompiledGrammar, sentence: str, genre: str = ""):
    """ "The Meeting <verb> ...": a decision or conclusion, unless the verb observes, advises or exhorts."""
    match = compiled.body.match(sentence)
    if match is None or not _a_deciding_body(compiled, match, sentence, genre):
        return None
    verb, rest = match.group("verb"), sentence[match.end() :]
    if _ELIDED.fullmatch(verb) and rest[:1] in "'’":
        return None  # "La conférence d'Ottawa a eu lieu": "d'" opens the name's complement, no verb
    if _no_verb_of_the_body(compiled, match, sentence):
        return None
    # reported: "The States Parties renewed their commitment to" is their pledge (in a report: a finding)
    pledged = compiled.intention.match(sentence, match.start("verb"))
    pledged = pledged if pledged is None or not _GRANTING.match(sentence[pledged.end() :]) else None
    if genre in PRESS_GENRES and _STATES_PARTIES.search(match.group("subject")) and pledged:
        return None
    grammar = compiled.grammar
    if genre in PRESS_GENRES and verb.lower().startswith(_RESTATING) and _COMMITMENT_OBJECT.match(rest):
        return None, match.start("verb"), match.end("verb"), WEIGHT, "body"  # "they reaffirmed their 'commitment'"
    if _an_events_aim(f"{verb} {rest.lstrip()}", match.group("subject"), genre):
        return None, match.start("verb"), match.end("verb"), WEIGHT, "body"  # (its phrases set aside too)
    if _OF_THE_VIEW.match(f"{verb} {rest.lstrip()}"):  # "The Committee was of the view that ..."
        return "conclusion", match.start("verb"), match.end("verb"), WEIGHT, "body"
    following = rest.split()[:3]
    if verb == "would" and _verb_class(compiled, verb, rest) == "recommendation":  # "would welcome X providing"
        return "recommendation", match.start("verb"), match.end() + len(following[0]) + 1, WEIGHT, "body"
    if verb.lower() in grammar.not_verbs or not re.search(r"\w", rest) or _NO_DECIDING_VERB.fullmatch(verb):
        return None  # (nothing after the word: "Le Conseil exécutif,", a resolution's opening names its author)
    if _PERIPHRASTIC_FUTURE.match(f"{verb} {rest.lstrip()}"):
        return None  # "La réunion va permettre d'évaluer", "La reunión va a permitir": what it is for
    if genre in PRESS_GENRES and _pledged_in_a_story(compiled, match, sentence):
        return "commitment", match.start("verb"), match.end("verb"), WEIGHT, "body"
    undertaking = _UNDERTAKING.search(rest[:60])  # "welcomed the offer of Iraq", "se félicite de l'engagement pris par"
    if undertaking is not None:
        kind = "commitment" if undertaking.group("commits") else "offer"
        return kind, match.start("verb"), match.end("verb"), WEIGHT, "body"
    if _describes(compiled, following):
        return None
    if _no_act_of_the_body(grammar, verb, rest, following):
        return None
    if _is_passive(match.group("aux"), verb):
        return None  # "L'atelier est prévu à ...": a state, not an act
    if compiled.future.match(sentence, match.start("verb")) or verb in ("will", "shall"):
        return None  # the body's own future: read as a party's commitment below
    kind = _verb_class(compiled, verb, rest)
    if kind == "call" and _THE_PUBLIC.match(rest):  # "The President urged citizens to": no State asked
        return None, match.start("verb"), match.end("verb"), WEIGHT, "body"
    if kind == "conclusion" and genre in (*PRESS_GENRES, "statement") and _GENERIC_PRESENT.fullmatch(verb):
        return None  # "The Committee provides a useful forum": what a body is for, said by a speaker or a page
    asking = following[0] if verb.lower() in _CLITICS and following else verb  # ("le pidió a las guerrillas")
    if kind == "conclusion" and genre in _CALLING_GENRES and _a_person_asks(compiled, match.group("subject"), asking):
        return "call", match.start("verb"), match.end("verb"), ASKING_WEIGHT, "party"
    second = _second_verb_that_acts(compiled, rest) if kind == "none" else None
    if second is not None:
        # "examined the request and decided to grant": the second verb decides
        kind = _verb_class(compiled, second.group("verb"), rest[second.end() :])
        # the span runs from the first verb, whose object names the party ("the request submitted by Senegal")
        return kind, match.start("verb"), match.end() + second.end("verb"), WEIGHT, "body"
    if kind == "none" and _CLOSING_ON_A_PLEDGE.match(rest):  # "s'est achevée vendredi sur un engagement des"
        return None  # (the phrase rules read the participants' pledge)
    return (None if kind == "none" else kind), match.start("verb"), match.end("verb"), WEIGHT, "body"


def _pledged_in_a_story(compiled: CompiledGrammar, match: re.Match, sentence: str) -> bool:
    """A body's pledge reported ("Participants also undertook to", "se sont engagés à", "se comprometieron a"), or
    what those gathered agreed to do ("Les participants ont convenu d'accélérer l'aide")."""
    subject_end = match.end("subject")
    agreed = _AGREED_TO_ACT.match(sentence, subject_end) and _GATHERED.search(match.group("subject"))
    return bool(compiled.committing.match(sentence, subject_end) or agreed)


# Agreeing to act, not to decide on something ("agreed to accelerate", "ont convenu d'accélérer", "acordaron
# reforzar"; not "agreed to grant the request" nor "to hold a meeting").
_AGREED_TO_ACT = re.compile(
    r"\s*(?:(?:also|further|aussi|également|también|además)\s+)*(?:agreed\s+to|(?:ont|a)\s+(?:\w+\s+)?convenu\s+"
    r"(?:de\s+|d['’])|acordaron|convinieron\s+en)\s*(?!grant|approv|extend|accord|approuv|prolong|conced|otorg|aprob|"
    r"prorrog|adopt|establish|hold|meet|convene|tenir|celebrar|reunir|se\s+r[ée]unir)[a-zàâçéèêîôûáíóúñ]+(?:er|ir|re|ar|\b)",
    re.IGNORECASE,
)
# Those gathered at a meeting, as a subject ("the participants", "les délégations", "los países donantes").
_GATHERED = re.compile(
    r"\b(?:participants?|delegates?|delegations?|délégués?|délégations?|participantes|delegados|delegaciones|"
    r"countries|pays|países|donors?|donateurs|donantes)\b",
    re.IGNORECASE,
)


# A meeting that ends on its participants' pledge ("... sur un engagement des participants à", "with a commitment by").
_CLOSING_ON_A_PLEDGE = re.compile(
    r"[^.;]{0,60}?\b(?:sur|par|avec|with|con)\s+(?:un|une|a|an|una)\s+(?:[\w-]+\s+){0,2}?(?:(?:engagement|commitment|"
    r"compromiso|pledge|promesse|promesa)s?\s+(?:des?|du|by|of|from|del?)\b|"
    # (or on a call: "s'est achevé vendredi par un appel pressant aux gouvernements")
    r"(?:appel|call|appeal|llamado|llamamiento)\s+(?:[\w-]+\s+)?(?:à|au|aux|for|to|on|a|al|para)\b)",
    re.IGNORECASE,
)


_ELIDED = re.compile(r"[dlsnjm]|qu", re.IGNORECASE)  # (a word elided before an apostrophe: "d'", "l'", "qu'")


# A relative pronoun read where the body's verb would be ("La réunion qui prend fin vendredi, va ..."): the verb is
# further on, and the relative clause decides nothing.
_NO_DECIDING_VERB = re.compile(r"qui|que|which|that|who|dont|donde|où", re.IGNORECASE)
# A periphrastic future of the body ("va permettre", "vont examiner", "va a permitir").
_PERIPHRASTIC_FUTURE = re.compile(r"(?:va|vont|van?\s+a)\s+[a-záéíóúàâçèêîôû]+(?:er|ir|re|ar)\b", re.IGNORECASE)


# An English present of the third person that no verb of deciding takes ("provides", "serves", "offers"): a
# description of the body, in a statement or on a page (a decision there is told in the past: "decided").
_GENERIC_PRESENT = re.compile(r"(?!(?:decides|agrees|resolves|grants|approves|adopts|endorses|requests)$)[a-z]+[^s]s")


def _second_verb_that_acts(compiled: CompiledGrammar, rest: str) -> re.Match | None:
    """After a body's verb that observes, the first verb joined by "and" ("presented an update on transparency and
    the exchange ... and encouraged"), when it decides ("and decided to grant"), states a need, or calls on someone
    ("and encouraged States Parties to"); else None."""
    grammar = compiled.grammar
    joined = (coordinated for coordinated in compiled.coordinated.finditer(rest) if _is_verb(compiled, coordinated))
    second = next(joined, None)
    if second is None:
        return None
    verb, after = second.group("verb").lower(), rest[second.end() :]
    calls = verb.startswith(grammar.exhort) and _asks_someone_to_act(compiled, after)
    return second if verb.startswith(grammar.decide) or _NEED_FOR.match(after) or calls else None


def _an_events_aim(verb_group: str, subject: str, genre: str) -> bool:
    """An event's purpose ("El taller busca fortalecer", "The conference aims to", "La conferencia tiene como
    objetivo") or, in a report on the web, what a reporter forecasts of it ("La conférence devrait déboucher sur un
    plan d'action"): no act of a body. ``verb_group``: the verb and the words after it."""
    aims = _AIMING.match(verb_group) or (genre in PRESS_GENRES and _FORECAST.match(verb_group))
    return bool(aims) and bool(_AN_EVENT.match(subject))


def _no_act_of_the_body(grammar: Grammar, verb: str, rest: str, following: list[str]) -> bool:
    """Whether the word read as a body's verb is none, or tells only where the body met."""
    if grammar.head_last and not _looks_like_english_verb(verb, following[0]):
        return True  # "The conference papers and ...": the body's name went on
    if not grammar.head_last and _ADJECTIVE_ENDING.search(verb):
        return True  # "La reunión internacional que ...", "La conférence régionale a": an adjective, no verb
    return bool(_TOOK_PLACE.match(f"{verb} {rest.lstrip()}"))  # "La conférence a eu lieu au Cambodge": where


_TOOK_PLACE = re.compile(r"(?:(?:a|avait|ont)\s+)?eu\s+lieu\b|took\s+place\b|tuvo\s+lugar\b", re.IGNORECASE)
_ADJECTIVE_ENDING = re.compile(
    r"(?:al|ales|ale|aux|aire|ario|aria)$|^(?:diplomatique|diplom[áa]tic[oa]|extraordinaire|extraordinari[oa]|minist[ée]rielle|"
    r"annuelle|th[ée]matique|tem[áa]tica|pr[ée]paratoire|preparatoria|technique|t[ée]cnica)$",
    re.IGNORECASE,
)
# A speaker's own government or country ("his government", "son pays", "su gobierno"): the speaker is a State's.
_OWN_GOVERNMENT = re.compile(
    r"\b(?:his|her|son|sa|su)\s+(?:government|country|administration|gouvernement|pays|gobierno|país)\b",
    re.IGNORECASE,
)


def _a_deciding_body(compiled: CompiledGrammar, match: re.Match, sentence: str, genre: str) -> bool:
    """Whether the subject ``compiled.body`` matched is a body that decides: not the States Parties outside a report
    of a meeting, a relative's subject, a State's officer or a count."""
    subject = match.group("subject")
    if _STATES_PARTIES.search(subject) and genre not in _DECIDING_GENRES:
        return False
    if relative_subject().match(subject):  # ", in which the States Parties committed": a relative
        return False
    if any(phrase.search(sentence[match.start("subject") : match.end("verb")]) for phrase in demonym_phrases()):
        return False  # "El presidente keniano": a State's officer speaks for the State, no meeting decides
    if _OWN_GOVERNMENT.search(sentence[match.end("verb") : match.end("verb") + 40]):
        return False  # "The President announced that his government will sign": a head of State speaks for it
    # "six States Parties have declared ...": a count describes, it does not decide ("The Twenty-Second Meeting" is
    # no count)
    counted = compiled.determiners.sub("", subject)
    return bool(_A_COMPOUND_ORDINAL.match(counted)) or not re.match(
        compiled.grammar.quantifiers, counted, re.IGNORECASE
    )


# An ordinal written with a hyphen ("Twenty-Second", "vingt-deuxième"), which opens like a count.
_A_COMPOUND_ORDINAL = re.compile(
    r"\s*(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|cinquante|soixante)-"
    r"(?:\w+ième|first|second|third|\w+th)\b",
    re.IGNORECASE,
)


# A pronoun object before the verb ("le pidió", "les exhortó", "leur a demandé"): the verb follows.
_CLITICS = ("le", "les", "lui", "leur")


def _a_person_asks(compiled: CompiledGrammar, subject: str, verb: str) -> bool:
    """A meeting's President or Chair (a person's title heads the subject) who asks others to act, in a report of
    what was said ("The President of the Meeting asked States to", "el Presidente pidió a los Estados que"): a call
    on them, not a decision of the meeting."""
    words = compiled.determiners.sub("", subject.strip()).split()
    titled = bool(words) and (words[0].lower() in compiled.grammar.titles or words[0].lower().startswith("chair"))
    return titled and verb.lower().startswith(compiled.grammar.request)


def _read_quoted(compiled: CompiledGrammar, sentence: str, genre: str):
    """A report that quotes the treaty ("Article 5 provides: 'Each State Party undertakes ...'"): background."""
    match = compiled.quoting.search(sentence) if genre in PRESS_GENRES else None
    return None if match is None else (None, match.start(), match.end(), WEIGHT, "act")


def _read_reported_decision(compiled: CompiledGrammar, sentence: str, genre: str):
    """A report of a meeting on the web: "The Convention granted Chad ...", "La Convención aprobó la prórroga de
    ...": a decision when the verb decides or exhorts (the Convention that "prohibits" is background)."""
    match = compiled.reporting_body.match(sentence) if genre in PRESS_GENRES else None
    if match is None:
        return None
    grammar, verb, rest = compiled.grammar, match.group("verb").lower(), sentence[match.end() :]
    if (verb.startswith(_REQUIRES) or verb in _ITS_TERMS) and _A_TREATY.search(match.group(0)):
        # "la convention exige le déminage ... dans un délai de dix ans", "The treaty calls for a total ban": what it
        # binds its parties to
        return None, match.start("verb"), match.end("verb"), WEIGHT, "body"
    if not verb.startswith(grammar.decide + grammar.exhort) or compiled.future.match(sentence, match.start("verb")):
        return None
    kind = _verb_class(compiled, verb, rest)
    return (None if kind == "none" else kind), match.start("verb"), match.end("verb"), WEIGHT, "body"


# What a treaty requires of its parties ("requires", "exige", "obliga", "impose"): its terms, not a meeting's call.
_REQUIRES = ("requir", "exig", "oblig", "impos", "impon")
# A treaty's present that states its terms ("The treaty calls for", "elle engage les parties", "pide a los Estados"),
# where a meeting that decided would speak in the past.
_ITS_TERMS = frozenset(("calls", "asks", "urges", "commits", "appelle", "engage", "enjoint", "invite", "pide", "llama"))
_A_TREATY = re.compile(r"\b" + _TREATY_WORDS + r"\b", re.IGNORECASE)


# A call for the Convention's universality ("called for universal adherence", "appelle à une adhésion universelle",
# "pidió la universalización"): addressed to the States not party.
UNIVERSAL_ADHERENCE = re.compile(
    r"\s*(?:for|to|à|a|por|la|l['’]|une|una|the|an)?\s*(?:(?:la|l['’]|une|una|the|an)\s*)?(?:"
    r"universal (?:adherence|accession|membership|participation)|universali[sz]ation|"
    r"(?:adhésion|participation) universelle|universalisation|(?:adhesión|participación) universal|universalización|"
    # (the Convention to become universal: "that the Convention would become universal", "que la Convention devienne
    # universelle", "que la Convención sea universal")
    r"(?:[\w’'-]+\s+){0,8}?(?:Convention|Treaty|traité|Convención|Tratado)\s+(?:[\w’'-]+\s+){0,8}?(?:(?:would|will)\s+"
    r"(?:soon\s+)?become|devienne|soit|sea|se\s+convierta\s+en)\s+(?:bientôt\s+|pronto\s+)?univers(?:al|elle))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?:(?<![\w’'-])|(?<=\b[dD]['’]))[^\W\d_]+")  # (and after "d'": "continue d'inciter")
# A word of time or addition inside a call phrase, after its first word(s) ("hizo hoy un llamado", "a lancé hier un
# appel", "made today a call"): passed over to match the phrase.
_TIME_AFTER_FIRST_WORD = re.compile(
    # (and a call's adjective before its noun: "lanzó un nuevo llamamiento", "a lancé un nouvel appel")
    r"^((?:\S+\s+){1,2}?|(?:a|ont)\s+\S+\s+(?:un|une)\s+)(?:nuevo|nouvel|nouveau|new|renewed|urgente?|hoy|ayer|"
    r"también|además|una\s+vez\s+más|de\s+nuevo|nuevamente|aujourd['’]hui|hier|également|"
    r"aussi|une\s+fois\s+de\s+plus|à\s+nouveau|today|also|once\s+again|again|en\s+esta\s+(?:ocasión|oportunidad)|"
    r"à\s+cette\s+occasion|on\s+this\s+occasion|"
    r"(?:a|à)\s+(?:finales|principios|mediados|fin|début|la\s+mi-)\s*(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre))\s+",
    re.IGNORECASE,
)


# A copula in French or Spanish right before a word of calling, an adverb between: the word is an adjective ("est
# encourageant", "es muy alentador"); English "is urging" is a progressive and stays a call.
_COPULA_BEFORE_A_CALL_WORD = re.compile(
    r"(?:^|[\s'’«“\"])(?:est|sont|était|étaient|sera|seront|es|son|era|eran|fue|resulta|resultó)(?:\s+\w+ment|\s+\w+mente|"
    r"\s+(?:très|bien|assez|plutôt|si|muy|bastante|tan|más))?$"
)


# "called on" that asks nothing in its sentence is a visit ("called on the Foreign Minister on Monday").
_A_CALL_ON = re.compile(r"call(?:s|ed|ing)?\s+(?:on|upon)\b", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"[^.;!?]{0,240}?\b(?:to|for|that)\b", re.IGNORECASE)


def a_visit(text: str, start: int) -> bool:
    """Whether the words of calling at ``start`` are "called on" someone with nothing asked of them: a visit."""
    call_on = _A_CALL_ON.match(text, start)
    return bool(call_on) and not _ASKED_AFTER.match(text, call_on.end())


def _read_reported_call(compiled: CompiledGrammar, sentence: str, genre: str):
    """A party's reported call ("The ICBL called on States to ...", "La France appelle les États à ...",
    "Colombia hizo un llamado a los países a que ..."): a call, owned by those it addresses (owners.py). A verb
    with its reflexive pronoun ("s'est engagée à") is the party's own pledge, not a call."""
    if genre not in _CALLING_GENRES:
        return None
    grammar = compiled.grammar
    for word in _WORD.finditer(sentence):
        before = sentence[: word.start()].rstrip().lower()
        stem, skipped = _calling_stem(grammar, sentence[word.start() :].lower())
        speaker = _FIRST_SINGULAR.search(sentence[: word.start()])  # "I ask all States to": a present, bare
        progressive = _PROGRESSIVE_GOES_ON.search(f"{before} {word.group()}")
        going_on = _GOES_ON_CALLING.search(sentence[: word.start()])  # "Canada continues to urge": still a call
        finite = speaker or progressive or going_on or _finite(grammar, word.group())
        if stem is None or _REFLEXIVE_BEFORE.search(before) or not finite or _a_gerund(before, word.group()):
            continue
        if _DETERMINED.search(before) or _COPULA_BEFORE_A_CALL_WORD.search(before):  # "sa demande à l'Onu": a noun
            continue  # ("Il est très encourageant de constater", "Es muy alentador": an adjective)
        if _bare_participle(grammar, word.group(), before):  # "(communément appelée Convention d'Ottawa)": a name
            continue
        rest = sentence[word.end() :]
        if _no_one_called(stem, before, rest) or a_visit(sentence, word.start()):
            continue
        if _THE_PUBLIC.match(rest):  # (its phrases set aside too)
            return None, word.start(), word.end(), WEIGHT, "party"
        asking = (
            stem in grammar.asking
        )  # "pidió a todos los Estados que": asks others, not for itself ("asked for time")
        universal = UNIVERSAL_ADHERENCE.match(sentence[word.start() + len(stem) :])  # "pidió la universalización"
        # (whom it asks, past a time between: "pidió a finales de marzo a los gobiernos que")
        asked = _TIME_AFTER_FIRST_WORD.sub(r"\1", sentence[word.start() :], count=1)[len(stem) :]
        if asking and not universal and not _asks_others(compiled, asked):
            continue
        after_stem = skip_insertion(sentence[max(word.end(), word.start() + len(stem.rstrip()) + skipped) :])
        after_stem = _CALL_ADJECTIVE.sub("", after_stem, count=1)  # "un llamamiento apremiante para que"
        if not (universal or _calls_someone(compiled, stem, after_stem, rest)):
            continue  # ("ha pedido formalmente, a través de una resolución, que los Estados": past the insertion)
        # the subject, without the auxiliary ("Peru has invited") nor the verb it is coordinated to ("X met Y
        # and called on ...": the subject is X's)
        subject_end = going_on.start() if going_on else word.start()
        subject = _subject_before(sentence[:subject_end], grammar.relatives).strip(' "“”«»')  # (a quotation's)
        subject = re.sub(r"(?:\s+(?:and|et|y|e))?\s+(?:" + grammar.auxiliary + r")$", "", f" {subject} ").strip()
        subject = re.sub(r"\s+(?:and|et|y|e)$", "", subject)
        subject = _sayer_before_and(compiled, sentence[: word.start()]) or subject
        if progressive and subject in ("", "and"):  # "Chile, the current Presidency, is marking ... and calling"
            subject = re.split(r"\s[–—-]\s", sentence[: word.start()])[-1].split(",")[0]  # (after a dateline)
        # French and Spanish drop a subject named before ("En la reunión hizo un llamado a ...")
        dropped = not grammar.head_last and (not subject or subject.split()[0].lower() in grammar.particles)
        named = subject and subject.split()[-1].lower() not in grammar.not_verbs and _is_party(compiled, subject, True)
        named = named or speaker is not None
        if named or dropped:
            kind = _call_or_invitation(grammar, stem, rest)
            weight = OFFER_WEIGHT if kind == "offer" else ASKING_WEIGHT if asking else WEIGHT
            # (a verb of asking spans its auxiliary: "a demandé | à tous les États de", whom it asks follows)
            # (and a phrase spans its words: "a appelé | les parties à", "hizo un llamado | a los países")
            spanning = " " in stem.strip()
            end = word.start() + len(stem.rstrip()) + skipped * spanning if asking or spanning else word.end()
            return kind, word.start(), end, weight, "party"
    return None


def _calls_someone(compiled: CompiledGrammar, stem: str, after_stem: str, rest: str) -> bool:
    """Whether a verb of calling asks someone to act, or names whom it calls on (one invited or convened with nothing
    to do is asked to come: "convocó al G7 el 24 de febrero")."""
    if _asks_someone_to_act(compiled, after_stem):
        return True
    return bool(_ADDRESSED.match(rest)) and not stem.startswith(compiled.grammar.inviting)


def _a_gerund(before: str, word: str) -> bool:
    """A French gerund opens a circumstance, no call: "En engageant ce processus, le Canada a donné"."""
    return bool(re.search(r"(?:^|\s)en$", before)) and word.lower().endswith("ant")


# A visit or a trip made to call on someone: "are visiting embassies to urge the U.S. to join", "se rendent ... pour
# exhorter les États-Unis à adhérer", "visitan ... para instar a Estados Unidos a adherirse".
_TO_CALL_ON = re.compile(
    r"\b(?:(?:in\s+order\s+)?to\s+(?:urge|encourage|press|persuade|call\s+(?:on|upon))|pour\s+(?:exhorter|inciter|"
    r"encourager|appeler|presser)|para\s+(?:instar|exhortar|alentar|animar|urgir|llamar))\s+(?!la\s+atención|l['’]attention)",
    re.IGNORECASE,
)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _read_purpose_call(compiled: CompiledGrammar, sentence: str, genre: str):
    """A call made as the purpose of what its maker does ("ICBL members are visiting embassies to urge the U.S. to
    join"): a call on those it names, if they are asked to act."""
    match = _TO_CALL_ON.search(sentence) if genre in _CALLING_GENRES else None
    if match is None or not _asks_someone_to_act(compiled, sentence[match.end() :]):
        return None
    if _A_YEAR.search(sentence, 0, match.start()):  # "placed before the Palais in 1997 to encourage States": history
        return None
    return "call", match.start(), match.end(), WEIGHT, "party"


def _no_one_called(stem: str, before: str, rest: str) -> bool:
    """Whether a verb of calling calls on no one here: "ont engagé leur retrait" (begun), "Il est totalement engagé
    dans" (described), "ont convoqué une réunion virtuelle", "called a meeting" (convened: logistics)."""
    if stem == "engag" and (_OWN_THING.match(rest) or _COPULA_BEFORE.search(before)):
        return True
    return bool(_A_MEETING_CONVENED.match(rest) or _NOUN_WITH_ITS_AGENT.match(rest))


# A call on the people rather than on a State or a body ("invitó a sus compatriotas a", "urged citizens to", "appelle
# la population à"): civic, nobody the tracker follows.
_THE_PUBLIC = re.compile(
    r"\s*(?:(?:hoy|ayer|today|yesterday|aujourd['’]hui|hier|también|also|aussi|également)\s+)?"
    r"(?:on|upon|a|à|aux?|les|la|el|los|las)?\s*(?:all\s+|tous\s+les\s+|todos\s+los\s+)?(?:the\s+|les\s+|la\s+|"
    r"los\s+|las\s+|l['’])?(?:(?:his|her|their|our|ses|leurs|nos|sus|nuestros)\s+)?(?:fellow\s+)?(?:citizens|"
    r"compatriots|countrymen|people|public|population|youth|young\s+people|compatriotes|concitoyens|citoyens|jeunes|"
    r"compatriotas|conciudadanos|ciudadan[oa]s|población|jóvenes)\b",
    re.IGNORECASE,
)


# A noun of asking followed by who made it ("extension requests submitted by States Parties", "les demandes
# présentées par", "las solicitudes presentadas por"): what was asked, no one called.
_NOUN_WITH_ITS_AGENT = re.compile(
    r"\s+(?:[a-z]+ed|made|sent|given|put\s+forward|soumise?s?|présentée?s?|déposée?s?|faite?s?|formulée?s?|"
    r"presentad[oa]s?|sometid[oa]s?|formulad[oa]s?|hech[oa]s?)\s+(?:by|par|por)\b",
    re.IGNORECASE,
)


def _sayer_before_and(compiled: CompiledGrammar, before: str) -> str:
    """Who said something before "and" and the verb read ("Michelle Bachelet dijo que la Convención es ... y llamó a
    las Partes a"): the sayer, subject of both verbs; "" when no verb of saying comes before the "and"."""
    # (past the auxiliary of the verb read: "HRW ha recordado que ... y ha | instado")
    before = re.sub(r"\s(?:" + compiled.grammar.auxiliary + r")$", " ", before.rstrip() + " ")
    if not _AND_AT_END.search(before):
        return ""
    said = next(reversed(list(compiled.saying.finditer(before))), None)
    return _subject(compiled, before[: said.start()]) if said is not None else ""


_AND_AT_END = re.compile(r"\s(?:and|et|y|e)\s*$", re.IGNORECASE)


# An adjective after a call ("un llamamiento apremiante", "un appel pressant", "an urgent"): passed over.
_CALL_ADJECTIVE = re.compile(
    r"^\s*(?:apremiante|urgente|solemne|firme|enérgico|pressant|urgent|solennel|vibrant|fort)\b", re.IGNORECASE
)


def _calling_stem(grammar: Grammar, phrase: str) -> tuple[str | None, int]:
    """The verb or phrase of calling ``phrase`` opens with, and how many characters of time or addition were passed
    over inside it ("hizo hoy un llamado", "hace una vez más un llamamiento", "a lancé hier un appel")."""
    shortened = _TIME_AFTER_FIRST_WORD.sub(r"\1", phrase, count=1)
    if _NOT_A_CALL.match(shortened):
        return None, 0  # "the UN called in experienced deminers", "a engagé 600 millions": no call on anyone
    stems = (*grammar.call_phrases, *grammar.exhort, *grammar.asking, *grammar.inviting)
    return next((stem for stem in stems if shortened.startswith(stem)), None), len(phrase) - len(shortened)


# Verbs of calling used otherwise: "call in", "call out", "call off" (not "called in a statement for"), and money
# committed ("l'UE a engagé 600 millions d'euros").
_NOT_A_CALL = re.compile(
    r"call(?:s|ed|ing)?\s+(?:in|out|off)\b(?!\s+(?:a|an|its|his|her|their|the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:statement|speech|message|letter|address|interview|declaration|communiqué|resolution|report)s?\b)"
    r"|engag\w*\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?(?:\d|des\s+fonds\b|un\s+montant\b|une\s+somme\b|"
    r"un\s+budget\b|des\s+crédits\b)",
    re.IGNORECASE,
)
_OWN_THING = re.compile(r"\s*(?:leur|leurs|son|sa|ses|notre|nos)\b", re.IGNORECASE)
# A verb of going on before a verb of calling ("continues to urge", "continue d'inciter", "sigue instando").
_GOES_ON_CALLING = re.compile(
    r"\s(?:continu(?:e|es|ed)\s+to|keeps?\s+on|continu(?:e|ent|ait|aient|era)\s+(?:à|d['’]|de)|"
    r"poursui(?:t|vent)\s+(?:ses|leurs)\s+efforts\s+pour|sigue(?:n)?|continúa(?:n)?|continuó)\s*$",
    re.IGNORECASE,
)
# A progressive going on to a second verb ("Chile is marking ... and calling on all parties to"): finite too.
_PROGRESSIVE_GOES_ON = re.compile(r"\b(?:is|are|was|were)\s+\w+ing\b[^.;]*\band\s+calling$|,\s+calling$")
# A party that asks others to act calls on them: above the report's rule for a meeting's request ("pidió a X que",
# 0.9), which a party's request is not.
ASKING_WEIGHT = 0.95


def _asks_others(compiled: CompiledGrammar, after: str) -> bool:
    """Whether the words between a verb of asking and what is asked name others: a name or States ("asked all
    States to", "a demandé au Pérou de", "pidió a los países que"), not a thing ("asked for more time to")."""
    # (an adverb and a phrase between commas after the verb are passed over: "a demandé officiellement, par une
    # résolution de l'ONU, que les États ...")
    after = skip_insertion(after)
    words = after.split()
    words = words[: _reach(words, 12)]
    if words and compiled.that_clause.match(" ".join(words)):  # "asked that States not party provide": its subject
        zone = " ".join(words[1:6])
        return bool(re.search(r"\b[A-ZÀ-Þ][\w-]+", zone) or generic_states().search(zone))
    for index in range(1, len(words)):
        rest = " ".join(words[index:])
        infinitive = compiled.to_infinitive.match(rest) and not generic_states().fullmatch(words[index])
        if infinitive or compiled.that_clause.match(rest):  # ("gobiernos" is no infinitive with "nos")
            zone = " ".join(words[:index])
            if compiled.that_clause.match(rest):  # "pidió que todos los países acepten": States, the clause's subject
                zone += " " + " ".join(words[index + 1 : index + 6])
            named = re.search(r"\b[A-ZÀ-Þ][\w-]+", zone) or generic_states().search(zone) or _DONORS.search(zone)
            named = named or _THOSE_WHO.search(zone)  # "Je demande à ceux qui n'y ont pas adhéré de le faire"
            named = named or ARMED_GROUPS.search(zone)  # "Il demande aux groupes armés illégaux de cesser"
            named = named or zone.strip().lower() == "them"  # "thanked the donors and requested them to": named before
            # (or a government: "pide al gobierno que", "asked the authorities to")
            return bool(named or set(zone.lower().split()) & set(compiled.grammar.governments))
    return False


# Armed groups that are no party to anything ("illegal armed groups", "los grupos armados", "l'ELN"): a call on them
# is owned by whoever makes it, as a call on States not party is.
ARMED_GROUPS = re.compile(
    r"\b(?:(?:illegal|non-state)\s+armed\s+groups?|armed\s+groups?|non-state\s+(?:armed\s+)?actors|groupes\s+armés|"
    r"acteurs\s+(?:armés\s+)?non\s+étatiques|grupos\s+armados|actores\s+armados|guerrillas?|guérillas?|(?-i:ELN|FARC))\b",
    re.IGNORECASE,
)
# Those a relative clause names ("ceux qui n'y ont pas adhéré", "those that have not joined", "quienes aún no").
_THOSE_WHO = re.compile(r"\b(?:ceux|celles|those|quienes|aquellos|aquellas)\b", re.IGNORECASE)
# Those who give ("donors", "les bailleurs de fonds", "los donantes", a State's "allies"): others a party asks to act,
# or, as a subject, the States in a position to help.
_DONORS = re.compile(
    r"\b(?:donors?|donateurs?|bailleurs|donantes|cooperantes|allies|alliés|aliados|partners|partenaires|socios)\b",
    re.IGNORECASE,
)
_INSERTION = re.compile(r"^\s*(?:\w+(?:ly|ment|mente)\s*)?,[^,;:]{1,80},", re.IGNORECASE)


def skip_insertion(after: str) -> str:
    """The words after a verb without an adverb and a phrase between commas that stand before its object."""
    return _INSERTION.sub(" ", after, count=1)


# The speaker in the first person singular before a verb of calling or asking ("I ask", "I also urge", "“I call"):
# the verb is finite, whatever its ending.
_FIRST_SINGULAR = re.compile(r"(?:^|[\s“\"‘«])I(?:\s+(?:also|now|therefore|again|once\s+again|\w+ly))*\s+$")
_REFLEXIVE_BEFORE = re.compile(
    r"(?:\bs['’]|\bse|\bnous|\bnos|\bme|\bm['’])\s*(?:(?:est|sont|suis|sommes|était|étaient|étions)\s*)?$"
)
# A meeting as the object of a verb of calling or inviting: it is convened, no one is called on.
_A_MEETING_CONVENED = re.compile(
    r"\s*(?:une?|la|le|les|des|a|an|the|una?|el|los|las)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:réunion|conférence|session|séance|atelier|meeting|conference|workshop|reunión|conferencia|sesión|taller)s?\b",
    re.IGNORECASE,
)
# A copula and its adverbs just before a participle: a state described ("est totalement engagé"), no one urged.
_COPULA_BEFORE = re.compile(r"\b(?:est|sont|était|étaient|reste|restent|demeure|demeurent)(?:\s+\w+ment)*$")
# A verb of asking used as a noun after its determiner ("Dans sa demande à l'Onu", "la solicitud"): no one asks.
_DETERMINED = re.compile(
    r"(?:\b(?:sa|son|ses|la|une|leur|cette|su|sus|una|esta|the|its|their)|\w['’]s)"
    # (with the words that count or qualify calls between: "Thailand's consistent calls", "its repeated calls")
    r"(?:\s+(?:consistent|repeated|constant|continued|renewed|numerous|many|urgent|earlier|previous|recent|"
    r"persistent|répétés|répétées|nombreux|nombreuses|constants|constantes|reiterados|reiteradas))*\s*$",
    re.IGNORECASE,
)
# What follows a verb of calling when it names whom it calls on ("called for X to", "called on", "appelle les")
_ADDRESSED = re.compile(r"^\s*(?:on|upon|for|à|aux|les|a|al|a\s+los|a\s+las)\b", re.IGNORECASE)


def _call_or_invitation(grammar: Grammar, stem: str, rest: str) -> str:
    """A party inviting others to attend or take part in what it organises offers; any other invitation calls."""
    hosts = stem.startswith(grammar.inviting) and any(verb in rest[:80].lower() for verb in grammar.taking_part)
    return "offer" if hosts else "call"


def _finite(grammar: Grammar, word: str) -> bool:
    """Whether a verb of calling is a finite verb, not a noun or an infinitive ("calls for" after "There are" is
    checked by its subject): in English, a past or a third person; elsewhere anything but an infinitive."""
    lowered = word.lower()
    if grammar.head_last:
        return lowered.endswith(("ed", "es", "s")) and not lowered.endswith("ss")
    if lowered.endswith(_NOUN_ENDINGS):  # "son engagement à", "su llamamiento": a noun, not the verb
        return False
    return not lowered.endswith(("er", "ar", "ir")) or lowered in ("hizo", "lanzó")


def _bare_participle(grammar: Grammar, word: str, before: str) -> bool:
    """A French or Spanish past participle with no auxiliary before it ("la Convention, communément appelée", "la
    llamada Convención"): an adjective, not a verb of calling; "a appelé", "ha llamado" are verbs."""
    if grammar.head_last:  # (in English, after a conjunction: "When called on, we serve")
        return bool(CONDITION_BEFORE.search(before)) and word.lower().endswith("ed")
    if not word.lower().endswith(_PARTICIPLE_ENDINGS):
        return False
    words = before.split()
    near = " ".join(words[-3:]) + " "
    return not re.search(r"(?:^|\s)" + grammar.auxiliary + r"(?:\w+\s+)?$", " " + near, re.IGNORECASE)


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas")
# A conjunction of condition just before an English participle of calling ("When called on, we serve"): no call.
CONDITION_BEFORE = re.compile(r"\b(?:when|whenever|if|once|unless|as|where|wherever)\s*(?:so\s+)?$", re.IGNORECASE)
# A noun or an adjective, not the verb ("son engagement à", "su llamamiento", "ayuda internacional urgente").
_NOUN_ENDINGS = (
    *("ment", "ments", "mento", "mentos", "miento", "mientos", "ción", "ciones", "tion", "tions"),
    *("ente", "entes"),
)


def _read_operative(compiled: CompiledGrammar, sentence: str, genre: str):
    """An operative paragraph whose subject is the introduction above it ("Decides to establish ...", "Prie l'Unité
    d'appui de ...", "Alienta a los Estados partes a ..."): the body's verb, read as if the body were named."""
    match = None if compiled.first_person.match(sentence) else _OPERATIVE_VERB.match(sentence)  # ("Demandons")
    if genre not in _OPERATIVE_GENRES or match is None or not (match.group("verb")[:1].isupper() or match.group(1)):
        return None
    grammar, verb, rest = compiled.grammar, match.group("verb").lower(), sentence[match.end() :]
    if not verb.startswith(grammar.decide + grammar.advise + grammar.exhort + grammar.observe + grammar.request):
        return None
    if grammar.head_last and not _looks_like_english_verb(verb, (rest.split() or [""])[0]):
        return None
    objects = (_OPERATIVE_OBJECT, compiled.determiners, compiled.to_infinitive)
    if not grammar.head_last and not any(pattern.match(rest.lstrip()) for pattern in objects):
        return None  # "Notre pays est ...": a noun phrase, not a verb before its object
    kind = _verb_class(compiled, verb, rest)
    return (None if kind == "none" else kind), match.start("verb"), match.end("verb"), WEIGHT, "body"


_OPERATIVE_GENRES = ("report", "conclusions", "declaration")
_OPERATIVE_OBJECT = re.compile(
    r"\s*(?:(?:à|a|au|aux|al|avec|con|de|del|des|en|que|instamment|encarecidamente)\s|d['’]|qu['’])", re.IGNORECASE
)
_OPERATIVE_VERB = re.compile(r"^(Se\s+|S['’])?(?P<verb>[A-Za-zÁÉÍÓÚáéíóúñàâçèêëîïôûü]+)\b")


def _read_views(sentence: str):
    """ "Several delegations emphasised ...": what some of those present said is reported, not decided."""
    match = lexicon().some_speakers.match(sentence)
    if match is None or _MEMBERS_NAMED.match(sentence, match.end()):
        return None  # ("Some delegations, such as Australia, wished": the States named speak; read on)
    return None, match.start(), match.end(), WEIGHT, "body"


# Some of those present named by their members ("Some delegations, such as Australia,", "Certaines délégations, à
# l'instar de l'Australie,", "Algunas delegaciones, como Australia,").
_MEMBERS_NAMED = re.compile(
    r"\s*,\s*(?:such\s+as|including|like|notably|à\s+l['’]instar\s+d[eu]s?|dont|notamment|comme|como|incluid[oa]s|"
    r"entre\s+(?:ellas|ellos))\s+(?:l['’]\s*|la\s+|le\s+|les\s+|el\s+|the\s+)?[A-ZÀ-Þ]",
    re.IGNORECASE,
)


def _is_verb(compiled: CompiledGrammar, coordinated: re.Match) -> bool:
    """Whether the word after "and" is a verb: a past in English, after an auxiliary or a Spanish preterite."""
    verb, following = coordinated.group("verb"), coordinated.string[coordinated.end() :].split()[:1] or [""]
    if compiled.grammar.head_last:
        return _looks_like_english_verb(verb, following[0])
    return bool(coordinated.group("aux")) or verb.endswith(("ó", "aron", "ieron"))


# What a body welcomes or accepts when it is a party's offer ("accepted the offer of", "el ofrecimiento del Iraq") or
# commitment ("the commitment made by Chad", "l'engagement pris par le Tchad"): that party's undertaking.
_UNDERTAKING = re.compile(
    r"\b(?:offers?|offres?|ofertas?|ofrecimientos?|(?P<commits>(?:commitments?|pledges?|engagements?|compromisos?)"
    # (then whose, by name: "de Venezuela", "par l'Irak", "du Yémen", not "de desminado")
    r"\s+(?:(?:made|given|undertaken|pris|hechos?|asumidos?|contraídos?)\s+)?(?:by|of|par|por|de|del|du|d['’])\s*"
    r"(?:l['’]\s*|la\s+|le\s+|el\s+|the\s+)?(?-i:[A-ZÉ])))",
    re.IGNORECASE,
)


def _describes(compiled: CompiledGrammar, following: list[str]) -> bool:
    """A verb followed by a preposition describes an event ("focused on", "contó con"), unless the preposition
    brings in what was decided ("convino en que", "convino en conceder")."""
    if following[0].lower() not in compiled.grammar.particles:
        return False
    after = " ".join(following[1:])
    brings_in = compiled.that_clause.match(after) or compiled.to_infinitive.match(after)
    return not (brings_in or _IMPORTANCE.match(" ".join(following)))


def _is_passive(auxiliary: str | None, verb: str) -> bool:
    """French "est"/"sont" before a participle: a passive, except for the verbs that take "être" ("sont convenus")."""
    return (auxiliary or "").strip() in ("est", "sont") and not verb.startswith("convenu")


# A body's view stated with a copula: "was of the view that", "était d'avis que", "fue de la opinión de que".
_OF_THE_VIEW = re.compile(
    r"^(?:was|were|is|are)\s+of\s+the\s+(?:view|opinion)\s+that\b|^(?:était|est|a\s+été)\s+d['’]avis\s+qu"
    r"|^(?:fue|era|es)\s+de\s+la\s+opinión\s+de\s+que\b",
    re.IGNORECASE,
)


def _looks_like_english_verb(verb: str, following: str) -> bool:
    """An English verb after a subject: a past in -ed, an irregular past, or a present in -s before its complement."""
    if verb.endswith("ed") or verb in _ENGLISH.irregular_past or following == "that":  # "The Co-Chairs propose that"
        return True
    return (
        verb.endswith("s")
        and not verb.endswith("ss")
        and (following in ("that", "to") or following[:1].isupper() or following in ("the", "a", "an", "all", "each"))
    )


def _read_impersonal(compiled: CompiledGrammar, sentence: str):
    """A report's impersonal passive ("It was decided that", "Il a été convenu de", "Se acordó que"): a decision,
    a recommendation when the verb advises. "It was noted that" is left to the rules (a finding, in some outcome
    documents; an observation in others)."""
    match = compiled.impersonal.match(sentence)
    if match is None or PERSON_NAME.fullmatch(sentence.split(",")[0].strip()):
        return None  # ("Sok Dara, director de ..., se comprometió a": a person's own pledge, reflexive)
    after_prefix = sentence.rfind(",", 0, match.start("verb")) + 1
    if _IMPERSONAL_REPORT.match(sentence[after_prefix:]):
        return None  # "It was announced that Serbia will submit": what is reported decides, not the report
    kind = _verb_class(compiled, match.group("verb"), sentence[match.end("verb") :])
    return None if kind == "none" else (kind, match.start("verb"), match.end("verb"), WEIGHT, "body")


def _read_future(compiled: CompiledGrammar, sentence: str, article: bool, genre: str = ""):
    """A party's future or binding modal: a commitment, or an offer when it names money."""
    match = compiled.future.search(sentence)
    grammar = compiled.grammar
    # a future that opens the sentence, its subject dropped ("Aportará otros 2 millones de dólares"): the party named
    # before gives a sum (only with a sum: "Participarán más de cien países" names its subject after the verb)
    dropped = None if grammar.head_last else compiled.future.match(sentence[:1].lower() + sentence[1:])
    if (
        dropped is not None
        and lexicon().currency.search(sentence)
        and dropped.group(1).lower() not in grammar.not_futures
    ):
        match = dropped
    if match is None or not sentence[match.end() :]:
        return None  # (a word the stored copy cut ends the text: "le pâtura[ge]" is no future)
    verb = match.group(1).lower()
    if _PRESENT_RONS.search(verb) and verb not in _FUTURE_RONS:
        return None  # "nous honorons", "nous déclarons": a present, not a future
    if genre in _CALLING_GENRES and _asks_for_help(compiled, sentence, match):
        return None  # "nous requerrons l'aide des pays donateurs": help asked (read so below), no pledge
    if _WHAT_SOMEONE.search(sentence, 0, match.start()):
        return None  # "except to outline what it is going to do": what is told, no pledge
    if article:
        return "commitment", match.start(), match.end(), LEGAL_WEIGHT, "article"
    phrase = sentence[match.start(1) :].lower()
    progressive = verb == "be" and _ING.match(sentence, match.end(1))  # "will also be providing 20 million"
    if progressive:
        phrase, verb = sentence[progressive.start(1) :].lower(), progressive.group(1).lower()
    elif verb in grammar.not_futures:  # "will be", "sera": only a scheduled event is read ("will be convened")
        phrase = " ".join(sentence[match.end(1) :].split()[:1]).lower()
    # "will convene": a date, no act (unless an action plan says who will meet)
    before = sentence[: match.start(1)].rstrip().lower()
    scheduled = (
        _schedules(grammar, phrase, before) and genre != "action_plan" and not re.match(grammar.providing, phrase)
    )
    reported = genre in PRESS_GENRES and phrase.startswith(grammar.reported_schedule)  # "will present"
    reported = reported or (genre in PRESS_GENRES and bool(_AT_A_MEETING.match(phrase)))  # "will attend the meeting"
    reported = reported or a_visit(sentence, match.start(1))  # "will call on the President": a visit
    asks = _SUBMITS_A_REQUEST.match(phrase)  # ("will present the formal request": what the State will do)
    if (
        (scheduled or reported)
        and not asks
        and not _BY_THE_GOVERNMENT.search(sentence, match.end(1), match.end(1) + 60)
    ):
        # (not a passive whose agent is the government: "será presentada próximamente por el gobierno" pledges)
        return _after_scheduled(compiled, sentence, match, article, genre)
    done = verb in _WILL_HAVE and phrase.startswith(grammar.obligations)  # "habrá eliminado", "will have cleared"
    done = done or bool(_MINE_FREE.match(sentence, match.end(1)))  # "el país estará libre de minas en 2020"
    if (verb in grammar.not_futures and not done) or re.match(grammar.duration, phrase):
        return None  # ("will take ten years to clear": a forecast)
    subject = _subject(compiled, sentence[: match.start()], True)
    aside = _an_operator(subject) or _DEFINING_RELATIVE.search(sentence[: match.start()])  # ("HALO", "those that")
    if match is not dropped and (aside or not _is_party(compiled, subject)):
        relative = _SUBJECT_RELATIVE.search(sentence[: match.start()])  # ("the soldiers who will support")
        if aside or relative or _a_things_forecast(sentence[: match.start()], sentence[match.end() :], genre):
            return None, match.start(), match.end(), WEIGHT, "party"  # (its phrases set aside too)
        return None
    obliged = re.sub(grammar.continuing, "", phrase).startswith(grammar.obligations)  # "will destroy", "détruira"
    kind, weight = _offer_or_commitment(grammar, sentence, phrase, INTENTION_WEIGHT if obliged else WEIGHT)
    return kind, match.start(), match.end(), weight, "party"


def _asks_for_help(compiled: CompiledGrammar, sentence: str, future: re.Match) -> bool:
    """Whether a future asks for help: its verb ("solicitará apoyo", "nous requerrons l'aide") or its auxiliary
    ("will ask for assistance")."""
    return any(compiled.help_asked.match(sentence, at) for at in (future.start(), future.start(1)))


# A relative pronoun with no comma before it, the future's subject ("Countries that will sign", "les pays qui
# signeront"): the clause says which ones are meant. (Not Spanish "que", also the conjunction of a saying.)
_DEFINING_RELATIVE = re.compile(r"[^\W\d_]\s+(?:that|which|who|qui|quienes)\s*$", re.IGNORECASE)


# A future inside "what ... will do" ("outline what it is going to do", "expliquer ce qu'il va faire", "lo que el
# gobierno va a hacer"): a thing told, asked or awaited.
# (or how, when or whether: "has not yet detailed how it will implement", "comment il va mettre en œuvre", "cómo va a
# aplicar", "has not said when it will destroy")
_WHAT_SOMEONE = re.compile(
    r"\b(?:what|whatever|how|when|whether|ce\s+qu(?:e\s|['’])|lo\s+que\s|comment|cómo|cuándo)\s*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _a_things_forecast(before: str, rest: str, genre: str) -> bool:
    """A sentence that opens with a thing's future ("La limpieza de estas tierras permitirá", "Le nouvel équipement
    limitera les risques"), said by a speaker or told by a story: what it will bring, no one's pledge (unless a first
    person acts further on, "... permitirá el regreso, y seguiremos trabajando", or a sum is given or received)."""
    if genre not in (*PRESS_GENRES, "statement") or _FIRST_PERSON_LATER.search(rest) or lexicon().currency.search(rest):
        return False
    return bool(_A_THINGS_SUBJECT.fullmatch(before.strip())) and not _REPORTING_OR_REFLEXIVE.search(before)


# An article or a demonstrative, then words in lower case only: a common noun phrase, no name in it.
_A_THINGS_SUBJECT = re.compile(
    r"(?:the|this|these|that|those|le|la|les|l['’]|ce|cet|cette|ces|el|los|las|este|esta|estos|estas|ese|esa|esos|"
    r"esas)\s*(?-i:[a-zà-ÿ][\w'’-]*)(?:\s+(?-i:[a-zà-ÿ][\w'’-]*)){0,8}",
    re.IGNORECASE,
)
# (a subject of reported speech, "El ministro declaró que se solicitarán", or a reflexive passive, is no thing's)
_REPORTING_OR_REFLEXIVE = re.compile(r"\b(?:que|qui|that|which|who|se)\b|\b(?:qu|s)['’]", re.IGNORECASE)
_FIRST_PERSON_LATER = re.compile(
    r"\b(?:we|us|our|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?)\b|\b[a-záéíóúñ]{2,}(?:amos|emos|imos)\b", re.IGNORECASE
)


# Taking part in a meeting ("will be participating and contributing to the discussions", "participera à la réunion",
# "asistirá a la conferencia"): its programme, not an act the party pledges (taking part in clearance, or a training
# workshop another State organises, is one).
_AT_A_MEETING = re.compile(
    r"(?:participat\w*|particip\w*|take\s+part|taking\s+part|attend\w*|prendr\w*\s+(?:\w+ment\s+)?part|"
    r"tomar\w*\s+(?:\w+mente\s+)?parte|asistir\w*)\s+"
    r"(?:(?:and|et|y)\s+\w+\s+)?(?:in|at|to|à|aux?|en|a)\s+(?:the|la|le|les|l['’]|las?|los|el|del?)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|conference|session|discussions?|debates?|summit|forum|réunion|conférence|débats?|sommet|forum|reunión|"
    r"conferencia|sesión|cumbre|foro)",
    re.IGNORECASE,
)
# A request (for an extension) that a party will present or submit: its own act, not a speech on the programme
# (several States that "will present requests" at a meeting are its agenda).
_SUBMITS_A_REQUEST = re.compile(
    r"(?:present|submit|soumettr|soumet|déposer|dépos|présenter|présent|presentar|someter|sometr)\w*\s+"
    r"(?:a|an|the|its|une|la|sa|una|su)\s+(?:[\w-]+\s+){0,2}?(?:request|demande|solicitud|petición)\b",
    re.IGNORECASE,
)
_BY_THE_GOVERNMENT = re.compile(
    r"\b(?:por|par|by)\s+(?:el|le|la|les|las|the)\s+(?:gobierno|gouvernement|government|autoridades|autorités|"
    r"authorities)\b",
    re.IGNORECASE,
)


def _after_scheduled(compiled: CompiledGrammar, sentence: str, match, article: bool, genre: str):
    """A future that only schedules ("presidirá la reunión", "will chair"), unless a second future is coordinated
    with it ("... y, además, será sede de", "et accueillera"): then the second is read as the party's own, the
    scheduled clause left out."""
    following = compiled.future.search(sentence, match.end())
    if following is None or not _COORDINATOR_BEFORE.search(sentence, match.end(), following.start(1)):
        return None, match.start(), match.end(), WEIGHT, "party"
    shift = following.start(1) - match.start(1)
    reading = _read_future(compiled, sentence[: match.start(1)] + sentence[following.start(1) :], article, genre)
    if not reading or reading[0] is None:
        return reading
    kind, start, end, weight, source = reading
    return kind, start + shift * (start >= match.start(1)), end + shift, weight, source


# "and", "et", "y" (with up to two words between commas, "y, además,") just before a second future.
_COORDINATOR_BEFORE = re.compile(r"\s(?:and|et|y|e)(?:,?\s+\w+,?){0,2}\s*$", re.IGNORECASE)
# A future's progressive ("will be providing", "will be working"): the future of the verb in -ing.
_ING = re.compile(r"\s+(?:\w+ly\s+)?([a-z]{3,}ing)\b")
# A meeting's verbs that restate a commitment ("reaffirmed", "a réitéré", "renovaron"): reported, background.
_RESTATING = ("reaffirm", "reiterat", "renew", "réaffirm", "réitér", "renouvel", "reafirm", "reiter", "renov")
_COMMITMENT_OBJECT = re.compile(
    r"^\s*(?:its|their|his|her|our|son|sa|leur|leurs|notre|su|sus|nuestro)\s+(?:\S+\s+){0,3}?[\"“«]?"
    r"(?:commitment|engagement|compromiso|determination|détermination|determinación)",
    re.IGNORECASE,
)
# Free of mines, in the three languages ("mine-free", "free of landmines", "libre de minas", "exempt de mines").
MINE_FREE_WORDS = (
    r"(?:mine[- ]free|free\s+(?:of|from)\s+(?:anti-?personnel\s+)?(?:land)?mines|libre\s+de\s+(?:minas|mines)|"
    r"exempte?\s+de\s+mines)"
)
# Free of mines after a future of being ("will be mine-free by", "sera libre de mines", "estará libre de minas").
_MINE_FREE = re.compile(r"\s+(?:\w+\s+){0,2}?" + MINE_FREE_WORDS, re.IGNORECASE)
# A future perfect's auxiliary ("will have", "aura", "habrá"): with an obligation's participle, a pledge to have
# done it.
_WILL_HAVE = ("have", "aura", "auront", "aurons", "habrá", "habrán", "habremos")


def _read_help_asked(compiled: CompiledGrammar, sentence: str, genre: str):
    """A party asking for help or saying it needs it ("Angola asked for financial help", "L'Angola a demandé une
    aide financière", "el Yemen necesita apoyo"): a call on those in a position to help (owners.py adds the party)."""
    match = compiled.help_asked.search(sentence) if genre in _CALLING_GENRES else None
    before = sentence[: match.start()].split() if match is not None else []
    if before and before[-1].lower() in compiled.grammar.relatives:
        return None  # "the programme in Zimbabwe, which needs support": a description, no one asks
    if before and before[-1].lower() in _DETERMINERS_OF_A_NOUN and not _A_NEED.search(match.group()):
        return None  # "to draw attention to the need for victim assistance": a noun, no one asks (but "said that
        # $21.9 million is needed": the need told)
    subject = _subject(compiled, sentence[: match.start()]).strip(' "“«') if match is not None else ""
    if _COORDINATED_END.search(subject) and (opening := main_subject(compiled, subject)):
        subject = opening  # "Filipenko praised the work and called for global assistance": Filipenko
    if match is None:
        return None
    # (a Spanish "we" is the verb's ending: "Para lograrlo, necesitamos asistencia"; a need told impersonally has
    # no subject: "more resources are needed", "il faut davantage de ressources", "se necesitan más recursos")
    if not (_is_party(compiled, subject, True) or _WE_SPANISH.match(match.group()) or _A_NEED.search(match.group())):
        return None
    return "call", match.start(), match.end(), WEIGHT, "party"


_WE_SPANISH = re.compile(r"\w+mos\b")
_A_NEED = re.compile(r"\b(?:needed|nécessaires?|il\s+faut|se\s+necesitan?)\b", re.IGNORECASE)
_DETERMINERS_OF_A_NOUN = {"the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "whose"}


def _read_aid_passive(compiled: CompiledGrammar, sentence: str):
    """Aid given in the passive future with no giver named ("Support will be provided to five States", "Un soutien
    sera apporté à", "Se prestará apoyo a"): the donor's undertaking; its subject is unnamed, so the donor is the
    party named before (read from its start: nothing there names another)."""
    match = compiled.aid_passive.search(sentence)
    if match is None:
        return None
    kind, weight = _offer_or_commitment(compiled.grammar, sentence, "")
    return kind, match.start("aid"), match.end("aid"), weight, "party"


_UNDER_A_TREATY = re.compile(
    r"\b(?:under|according\s+to|en\s+vertu\s+d[eu]|selon|aux\s+termes\s+d[eu]|conforme\s+a|seg[uú]n|de\s+acuerdo\s+con)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*|este\s+|this\s+|ce\s+)?(?:[\w-]+\s+)?(?:convention|convención|treaty|traité|tratado)",
    re.IGNORECASE,
)


def _read_obligation_passive(compiled: CompiledGrammar, sentence: str):
    """Mines, land or places to be cleared or destroyed, in the passive future ("the remaining minefields will be
    cleared by 2025", "les stocks restants seront détruits", "se desminarán 20 municipios"): the undertaking of the
    party named in the sentence or before, who does it. Only near words that name what the Convention's obligations
    act on, so that "the report will be released" or "les otages seront libérés" stay out."""
    match = compiled.obligation_passive.search(sentence)
    if match is None or not any(
        not _in_a_name(sentence, found)
        for found in compiled.mined_objects.finditer(sentence, max(0, match.start() - 80), match.end() + 60)
    ):
        return None
    if _UNDER_A_TREATY.search(sentence[: match.start()]):
        return None  # ("Under the Convention, stockpiles will be destroyed within four years": what it requires)
    return "commitment", match.start("done"), match.end("done"), INTENTION_WEIGHT, "party"


def _in_a_name(sentence: str, found: re.Match) -> bool:
    """Whether a word naming mines or land is part of a name ("Landmine Monitor will be released", "hosted by
    Landmine and Cluster Munition Monitor", "the Mine Ban Treaty"): capitalised inside the sentence, or followed by
    a capitalised word."""
    capitalised = found.group()[:1].isupper() and sentence[: found.start()].strip(' “"«')
    return bool(capitalised or re.match(r"\s+[A-ZÀ-Þ][a-zà-ÿ]", sentence[found.end() :]))


# A meeting held or organised ("hold a meeting", "tenir une réunion", "celebrar una reunión"): logistics.
_A_MEETING_HELD = re.compile(
    r"(?:hold|convene|organi[sz]e|tenir|organiser|convoquer|celebrar|realizar|organizar|convocar)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meetings?|réunions?|reuni[oó]n(?:es)?|conferences?|conférences?|conferencias?|workshops?|ateliers?|talleres?|"
    r"seminars?|séminaires?|seminarios?|sessions?|sesi[oó]n(?:es)?|encuentros?)\b"
)


# Two parties' meeting ahead ("mantendrán un encuentro", "tiendront une réunion", "will hold a meeting"): a date.
_A_MEETING_KEPT = re.compile(
    r"(?:hold|have|mantendr|sostendr|tendr|tiendr|auront)\w*\s+(?:(?:un|una|a|une|another|otro|otra)\s+)?"
    r"(?:[\w-]+\s+)?(?:meeting|réunion|reuni[oó]n|encuentro|rencontre)\b"
)


def _read_planned(compiled: CompiledGrammar, sentence: str):
    """A plan told impersonally ("In 2024, it is planned to reduce the suspected area", "il est prévu de déminer", "se
    prevé entregar 18 zonas"): the undertaking of the party named before, else of the story's State; not a meeting
    planned ("il est prévu de tenir une réunion")."""
    match = compiled.planned.search(sentence)
    if match is None:
        return None
    phrase = sentence[match.end() :].lower()
    if _schedules(compiled.grammar, phrase) or _A_MEETING_HELD.match(phrase):
        return None
    return "commitment", match.start(), match.end(), INTENTION_WEIGHT, "party"


def _read_reported_speech(compiled: CompiledGrammar, sentence: str, genre: str):
    """What a party is reported to have said it will do ("Canada said it would continue to fund", "La Suisse a
    indiqué qu'elle financerait", "El ministro dijo que España financiaría"): the reported clause with its tense
    shifted back to the future (``backshift``), read as that party's future; a pronoun or no subject there is the
    one who said it, who must then be a party."""
    if genre not in _CALLING_GENRES:
        return None
    said = compiled.saying.search(sentence)
    if said is None:
        return None
    reported = sentence[said.end() :]
    shifts = [(match, future) for pattern, future in compiled.backshift if (match := pattern.search(reported[:80]))]
    if not shifts and (second := _AND_THEN_PRONOUN.search(reported, 0, 200)):
        # "said demining was a priority of the Government and it would continue to": the second clause, its own
        reported = reported[second.end() - len(second.group("pronoun")) - 1 :]
        shifts = [(match, future) for pattern, future in compiled.backshift if (match := pattern.search(reported[:40]))]
    if not shifts and (direct := compiled.future.search(reported[:60])):
        shifts = [(direct, r"\g<0>")]  # "informó que culminará": a future said as it is, no tense to shift
    if not shifts:
        return None
    verb, future = min(shifts, key=lambda shift: shift[0].start())
    clause = verb.expand(future) + reported[verb.end() :]
    who = reported[: verb.start()].strip()
    if not who or who.lower() in compiled.grammar.pronouns:  # "said it would", "dijo que financiaría"
        speaker = _subject(compiled, sentence[: said.start()])
        if not _is_party(compiled, speaker, True):
            return None
        clause, start, end = f"{speaker} {clause}", said.start(), said.end()
    else:  # "said Canada would": the party reported on
        clause, start, end = f"{who} {clause}", said.end() + verb.start(), said.end() + verb.end()
    # (a future, or a periphrastic one: "allait accéder" => "va accéder", "iba a adherirse" => "va a adherirse")
    reading = _read_future(compiled, clause, False, genre) or _read_intention(compiled, clause)
    if reading is None or reading[0] not in ("commitment", "offer"):
        return None
    return reading[0], start, end, reading[3], "party"


def _read_reported_completion(compiled: CompiledGrammar, sentence: str, genre: str):
    """An activity or a place a party says will be finished by a year ("Angola announced that clearance would be
    completed by 2027", "Le Tchad a annoncé que le déminage serait achevé en 2027", "Colombia anunció que el desminado
    concluiría en 2027"): the speaker's pledge. The span is the verb of saying, so the owner is who spoke."""
    if genre not in _CALLING_GENRES:
        return None
    match = compiled.reported_completion.search(sentence)
    if match is None or not _is_party(compiled, _subject(compiled, sentence[: match.start("say")]), True):
        return None
    return "commitment", match.start("say"), match.end("say"), INTENTION_WEIGHT, "party"


# A second clause whose subject is a pronoun ("... and it would continue", "et qu'il", "y que")
_AND_THEN_PRONOUN = re.compile(
    r"\s(?:and|et|y)\s+(?:qu['’]\s*)?(?P<pronoun>it|they|il|elle|ils|elles)\s", re.IGNORECASE
)


# Holding or organising a gathering of others ("hold an international conference on demining", "organiser une
# conférence régionale", "celebrar una conferencia internacional de donantes"): a party's offer to host it.
_HOLDING_A_GATHERING = re.compile(
    r"(?:hold|organi[sz]e|convene|tenir|tiendr|organis|accueill|celebr|organiz|acog|convoc)\w*\s+"
    r"(?:an?|the|une|la|le|una|la)\s+(?:[\w-]+\s+){0,2}?(?:(?:conference|summit|forum|meeting)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:international|regional|global|high-level|donors?)|(?:international|regional|global|high-level|donors?['’]?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:conference|summit|forum|meeting)|(?:conférence|sommet|forum|réunion|conferencia|cumbre|foro|"
    r"reunión)\s+(?:[\w-]+\s+){0,2}?(?:internationale|régionale|mondiale|de\s+haut\s+niveau|des\s+donateurs|"
    r"internacional|regional|mundial|de\s+alto\s+nivel|de\s+donantes))",
    re.IGNORECASE,
)


def _offer_or_commitment(grammar: Grammar, sentence: str, verb_phrase: str, weight=WEIGHT) -> tuple[str, float]:
    """What a party undertakes is an offer when it names money or hosts others, a commitment otherwise. Either is
    strong evidence: it outweighs the phrase that says "pledges", "s'engage à" or "seguirá" (a commitment); so is
    putting people, equipment or expertise at others' disposal ("will second", "mettra à la disposition")."""
    verb_phrase = re.sub(grammar.continuing, "", verb_phrase)
    hosts = any(verb_phrase.startswith(stem) for stem in grammar.hosting) or _HOLDING_A_GATHERING.match(verb_phrase)
    if hosts or lexicon().currency.search(sentence) or re.match(grammar.providing, verb_phrase):
        return "offer", OFFER_WEIGHT
    return "commitment", weight


def _read_intention(compiled: CompiledGrammar, sentence: str):
    """ "Japan has decided to contribute USD 10 million", "Le Japon a décidé de verser ...", "El Perú anunció que
    acogería ...": what a party announces it will do; "Norway stands ready to", "est disposé à": what it offers."""
    grammar = compiled.grammar
    # (the first readiness a party states: "Este centro ya está listo para instructores ..., que están dispuestos a")
    willing = next(
        (
            match
            for match in compiled.willing.finditer(sentence)
            if _is_party(compiled, _subject(compiled, sentence[: match.start()]), True)
        ),
        None,
    )
    if willing is not None and _RECALLED.search(sentence[: willing.start()]):
        willing = None  # "el CICR recordó que ofrece ayuda": what it does, recalled, not offered
    if willing is not None:
        # (ready to keep up what it does or honour its obligations, "est disposé à maintenir son partenariat":
        # its commitment, no offer)
        # (so is a readiness to join the treaty: "Thailand is willing to sign the treaty next month")
        own = _KEEPING_UP.match(sentence, willing.end()) or _JOINING_THE_TREATY.match(sentence, willing.end())
        kind = "commitment" if own else "offer"
        return kind, willing.start(), willing.end(), OFFER_WEIGHT, "party"
    match = compiled.intention.search(sentence)
    if match is not None and not _intends(compiled, sentence, match):
        match = None  # ("Peru and Ecuador announced that | they are going to organise": read as announced)
    if match is not None and _WHAT_SOMEONE.search(sentence, 0, match.start()):
        return None  # ("to outline what it is going to do")
    phrase = sentence[match.end() :] if match else ""
    announced = None if match else compiled.announcement.search(sentence)
    if announced is not None and _RECALLED.search(sentence[: announced.start()]):
        announced = None  # "Hayden recordó que Estados Unidos entregó 2.300 millones": what was given, recalled
    if announced is not None:
        reported = compiled.reported_future.match(sentence, announced.end())  # "announced that it would host"
        # (or after a first thing announced: "announced it has begun clearing, and that it would finish by 2030")
        reported = reported or compiled.joined_future.search(sentence, announced.end())
        # (not "USD 200 million since 1996"; a year in a clause on something else dates that: "la fase iniciada en
        # 2016", "the project, which began in 2016")
        money = lexicon().currency.search(sentence) and not _SO_FAR.search(_DATED_ASIDE.sub("", sentence))
        if reported is not None or money:  # "announced a contribution of USD 2 million"
            match, phrase = announced, sentence[(reported or announced).end() :]
    if match is None or not _intends(compiled, sentence, match):
        return None
    kind, weight = _offer_or_commitment(grammar, sentence, phrase.lower(), INTENTION_WEIGHT)
    return kind, match.start(), match.end(), weight, "party"


# Joining the treaty ("sign the treaty", "ratifier la Convention", "adherirse a la Convención").
_JOINING_THE_TREATY = re.compile(
    r"\s*(?:sign|ratify|join|accede\s+to|signer|ratifier|adhérer\s+à|firmar|ratificar|adherirse\s+a|adherir\s+a)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*)?(?:[\w-]+\s+){0,3}?(?:treaty|convention|traité|tratado|convención)\b",
    re.IGNORECASE,
)
# Keeping up one's own ("maintain its partnership", "maintenir son partenariat", "mantener su alianza"); continuing a
# cooperation with others stays offered ("su disposición de continuar la cooperación").
_KEEPING_UP = re.compile(
    r"\s*(?:fully\s+|pleinement\s+|plenamente\s+)?"
    r"(?:maintain|keep|sustain|maintenir|mantener|"  # (or honour its obligations: "dispuesto a cumplir plenamente sus")
    r"comply\s+with|fulfil+|honou?r|respecter|remplir|honorer|s['’]acquitter\s+de|cumplir(?:\s+con)?|respetar|acatar)"
    r"\s+(?:fully\s+|pleinement\s+|plenamente\s+)?(?:its|their|his|her|son|sa|ses|leur|leurs|su|sus)\b",
    re.IGNORECASE,
)
# A verb of recalling just before what is recalled ("recordó que", "recalled that it", "a rappelé qu'il").
_RECALLED = re.compile(
    r"\b(?:record(?:ó|aron)|recuerda|recalled|recalls|reminded|rappel(?:é|le|lent))\s+(?:\w+\s+){0,2}?(?:que|that|qu['’])"
    r"\s*(?:[\w.-]+\s+){0,4}$",  # (and who is recalled: "recordó que Estados Unidos entregó")
    re.IGNORECASE,
)


_THAT_OPENS = re.compile(r"^(?:that\s+|que\s+|qu['’]\s*)(?!(?:is|was|es|est)\b)(?=\w)")  # (lower case: a clause's)


def _intends(compiled: CompiledGrammar, sentence: str, match: re.Match) -> bool:
    """Whether the words before a phrase of intention name a party (or none, the speaker's own "Pledge to ...")."""
    if _PLUPERFECT.search(sentence[: match.start()]):
        return False  # "the country had committed to clear by 2011", "s'était engagé": a past pledge, background
    if _GERUND.match(match.group()):  # "Canada marked the day by announcing": the main clause's subject announces
        subject = _main_clause_subject(compiled, sentence[: match.start()])
    else:
        subject = _subject(compiled, sentence[: match.start()]).strip(' "“«‘')  # (a quotation opens before it)
        subject = _THAT_OPENS.sub("", subject)  # ("announced ..., and that the government intends to")
    if _COORDINATED_END.search(subject) and (opening := main_subject(compiled, subject)):
        subject = opening  # "Palestine attended the meeting and declared its desire to": Palestine
    # ("Sin embargo, prometió aumentar": Spanish drops the subject, the party named before)
    linked = bool(_LINK_ONLY.fullmatch(subject or sentence[: match.start()].strip(' "“«‘')))
    if _TIME_ONLY.fullmatch(subject) or linked:  # "informó de que hasta 2017 prevé": a time, no subject of its own
        subject = ""
    if not subject and (sayer := _sayer(compiled, sentence[: match.start()])):
        subject = sayer  # "Turkey stated that it aimed to", "Turquía indicó que su objetivo es": who said it
    event = _AN_EVENT.match(_bare_subject(compiled, subject)) or _AN_EVENT.match(sentence.lstrip(' "“«'))
    event = event or _ORGANISED_OPENING.match(sentence.lstrip())  # "Organisée avec l'Ukraine, elle vise à"
    event = event or _A_STANDING_BODY.match(sentence.lstrip(' "“«'))  # "The Committee ... aims to": its remit
    if _AIMING.match(match.group()) and (event or _EVENT_THEN_RELATIVE.search(sentence[: match.start()] + " ")):
        # "The conference aimed to renew commitments", "la Journée vise à", "opened the Conference that also aims
        # to": an event's purpose
        return False
    return _is_party(compiled, subject, True) or (not subject and (linked or bool(_SPEAKER_START.match(match.group()))))


# A conditional that forecasts in a report on the web ("devrait", "debería", "should", "is expected").
_FORECAST = re.compile(r"(?:devrai(?:t|ent)|deber[íi]a(?:n)?|should|is\s+expected|are\s+expected)\b", re.IGNORECASE)
# A verb of aiming ("aimed to", "vise à", "busca", "tiene como objetivo") and an event as its subject (a meeting, a
# day, a ceremony: "The conference, chaired by ...", "La Journée internationale", "El Día Internacional").
_AIMING = re.compile(
    r"(?:\w+\s+)?(?:aim|vis|busc|pretend|tien\w*\s+(?:como|por)\s+objetivo|a\s+pour\s+(?:objectif|but|ambition)|"
    r"ha(?:s|ve)\s+(?:as\s+its\s+)?(?:the\s+)?(?:aim|goal|objective|purpose)|"
    # (or of focusing: "will focus on", "portera sur", "va a centrarse en", "se centrará en")
    r"(?:will\s+)?focus|(?:va\s+a\s+|van\s+a\s+)?(?:se\s+)?(?:centr|concentr|enfoc)|port(?:era|eront)\s+sur)",
    re.IGNORECASE,
)
_AN_EVENT = re.compile(
    r"(?:(?i:the|this|that|la|le|l['’]|el|esta|este|cette|ce)\s*)?(?:[A-Z][\w-]*\s+){0,3}?(?i:conference|meeting|"
    r"summit|workshop|seminar|day|event|ceremony|forum|session|symposium|conférence|réunion|sommet|atelier|séminaire|"
    r"journée|événement|cérémonie|conferencia|reunión|cumbre|taller|seminario|día|jornada|evento|ceremonia|foro)\b"
)

# A body set up to work for the States Parties ("The Committee", "le Comité", "la Comisión"): what it aims to do
# is its remit.
_A_STANDING_BODY = re.compile(
    r"(?:(?i:the|this|le|la|el|ce|cette|este|esta)\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?i:committee|comité|commission|comisión)\b"
)
# A sentence that opens on how something was organised ("Organised jointly with Ukraine, it", "Organisée par la
# Suisse, elle", "Convocada por"): an event is its subject.
_ORGANISED_OPENING = re.compile(
    r"(?:co-?)?(?:organi[sz]ed|organisée?s?|organizad[oa]s?|hosted|convened|convoquée?s?|convocad[oa]s?)\b[^,;.]{0,100},",
    re.IGNORECASE,
)
_EVENT_THEN_RELATIVE = re.compile(_AN_EVENT.pattern + r",?\s+(?i:that|which|qui|que)\s+(?:\w+\s+)?$")


def _sayer(compiled: CompiledGrammar, before: str) -> str:
    """The subject of a verb of saying that ends ``before`` with only a pronoun after it ("stated that it", "a
    indiqué qu'elle", "indicó que su"): who said what follows."""
    said = next(reversed(list(compiled.saying.finditer(before))), None)  # the last one
    if said is None or not _PRONOUN_ONLY.fullmatch(before[said.end() :]):
        return ""
    return _subject(compiled, before[: said.start()])


# A year as the only words between a verb of saying and what was said ("informó de que hasta 2017 prevé destruir").
_BY_A_YEAR = (
    r"\s*(?:by|until|in|hasta|para|en|d['’]ici|jusqu['’]en)\s+(?:el\s+|la\s+|le\s+|l['’])?(?:año\s+)?\d{4}\s*,?\s*"
)
_TIME_ONLY = re.compile(_BY_A_YEAR, re.IGNORECASE)
# A linking word alone before a Spanish verb whose subject is dropped ("Sin embargo, prometió", "Además, anunció").
_LINK_ONLY = re.compile(
    r"(?:sin\s+embargo|no\s+obstante|además|asimismo|también|por\s+otra\s+parte|por\s+su\s+parte|igualmente|"
    r"de\s+igual\s+(?:modo|forma))\s*,?",
    re.IGNORECASE,
)
_PRONOUN_ONLY = re.compile(
    rf"(?:{_BY_A_YEAR})?\s*(?:(?:it|they|he|she|il|elle|ils|elles|su|sus|its|their)\s*)?", re.IGNORECASE
)


_PLUPERFECT = re.compile(
    r"\b(?:had|avait|avaient|había|habían)\s+(?:\w+ly\s+|also\s+|aussi\s+|también\s+)?$", re.IGNORECASE
)
_GERUND = re.compile(
    r"\s*(?:by\s+(?:today\s+)?announcing|en\s+annonçant|anunciando|al\s+anunciar)\b"
    r"|,\s+(?:promising|pledging|vowing|promettant|prometiendo)\b",  # "reaffirmed its commitment, pledging to"
    re.IGNORECASE,
)


def _main_clause_subject(compiled: CompiledGrammar, text: str) -> str:
    """The subject of the sentence's main verb, from the text before a gerund: the name that opens it ("Canada today
    marked ..."), or the name and title set apart by commas ("John Manley, Minister of Foreign Affairs, today
    marked ...", "Le ministre ..., John Manley, a souligné")."""
    pieces = re.split(r",\s+", text)
    if len(pieces) >= 3:
        return _subject(compiled, ", ".join(pieces[:2]) + ", ")
    opening = pair_opening(pieces[0]) or main_subject(compiled, pieces[0])  # ("The three countries affirmed")
    if not opening and len(pieces) == 2:  # "Despite this step, all three countries affirmed ..., pledging to"
        return pair_opening(pieces[1]) or main_subject(compiled, pieces[1])
    return opening


_COORDINATED_END = re.compile(r"\s(?:and|et|y|e)$", re.IGNORECASE)


def _read_lead(compiled: CompiledGrammar, sentence: str):
    """The lead of a press release or news, in the present ("Norway provides EUR 3 million for demining in Angola",
    "La Norvège débloque 3 millions d'euros", "Noruega aporta 3 millones"): what a party announces giving, when
    the sentence names a sum (not one given every year or so far: an ongoing activity or a figure)."""
    match = compiled.lead_giving.search(sentence)
    if match is None or not lexicon().currency.search(sentence) or _SO_FAR.search(sentence):
        return None
    if _YEARLY.search(sentence) or not _is_party(compiled, _subject(compiled, sentence[: match.start()]), True):
        return None
    return "offer", match.start(), match.end(), OFFER_WEIGHT, "party"


# A sum given every year is an ongoing activity ("provides EUR 3 million each year", "chaque année", "cada año").
_YEARLY = re.compile(
    r"\b(?:each|every|a|per)\s+year\b|\bannually\b|\byearly\b|\bchaque\s+année\b|\bpar\s+an\b|\bannuellement\b|"
    r"\bcada\s+año\b|\bal\s+año\b|\bpor\s+año\b|\banualmente\b",
    re.IGNORECASE,
)


# A plan or declaration that commits the States ("The Plan commits States to", "Le Plan d'action engage les États
# parties à", "El Plan compromete a los Estados a"): theirs, not the text's, when a story reports it (a recital
# of a legal act that recalls it is background).
A_PLAN_COMMITS = re.compile(
    r"\b(?:Plan|Declaration|Déclaration|Declaración)\b[^.;]{0,40}?\b(?:commits|engage|compromete\s+a)\s+"
    r"(?P<who>(?:all\s+|tous\s+|todos\s+)?(?:the\s+|les\s+|los\s+)?(?:States|États|Estados|countries|pays|países)"
    r"(?:\s+(?:Parties|parties|Partes))?)\b"
)


def _read_plan_commits(sentence: str, genre: str):
    """A story's report of what a plan binds the States to ("The Plan commits States to expand health services"):
    the States' commitment (their owners: ``owners.paragraph_owners``)."""
    bound = A_PLAN_COMMITS.search(sentence) if genre in PRESS_GENRES else None
    return None if bound is None else ("commitment", bound.start(), bound.end(), WEIGHT, "party")


def _read_stated_goal(compiled: CompiledGrammar, sentence: str):
    """ "C'est l'objectif que s'est fixé le Comité national", "Es la meta que se ha fijado el Gobierno", "That is
    the goal set by the Commission": a goal stated before whoever set it, that party's pledge. The span runs over
    the party's name, so that the subject is read inside it."""
    match = compiled.stated_goal.match(sentence)
    if match is None:
        return None
    party = re.match(r"\s*(?:[^\s,;:.]+\s*){1,6}", sentence[match.end() :])
    if party is None:
        return None
    return "commitment", match.start(), match.end() + party.end(), INTENTION_WEIGHT, "party"


# A verb group that names the speakers itself ("Our goal is to", "Hemos comprometido", "Aspiramos a").
_SPEAKER_START = re.compile(r"(?:Our|Notre|Nuestr[oa]|Hemos|Aspiramos|Buscamos|Estamos|I|Je|J['’]|Me|Yo)\b")
# (a sum given so far or in a past year is a figure: "since 1996", "In 2010 X donated", "en 2008")
_SO_FAR = re.compile(
    r"\b(?:since|so far|to date|(?:over|in|during) the (?:past|last)|over\s+(?:several|many|the)\s+years|"
    r"au\s+fil\s+des\s+ans|pendant\s+plusieurs\s+années|(?:durante|a\s+lo\s+largo\s+de)\s+(?:varios|muchos)\s+años|"
    r"desde|hasta la fecha|en los últimos|"
    r"au\s+cours\s+des\s+(?:\w+\s+)?derni[eè]res|ces\s+derni[eè]res\s+ann[ée]es|a\s+lo\s+largo\s+de\s+los\s+últimos|"
    r"durante los últimos|depuis|à ce jour|jusqu'ici|last\s+year|el\s+año\s+pasado|el\s+pasado\s+año|"
    r"l['’]an\s+dernier|l['’]année\s+dernière)\b|"
    r"\b(?:between|entre)\s+(?:19|20)\d\d\s+(?:and|y|et)\s+(?:19|20)\d\d\b|"  # ("Entre 2012 y 2016, la UE comprometió")
    r"(?<!['’])\b(?:in|en)\s+(?:the\s+|el\s+|l['’]\s*)?(?:(?:fiscal\s+year|año\s+fiscal|exercice)\s+)?(?:19|20)\d\d\b"
    r"(?![-–/]\d)",  # (not a budget year ahead: "in 1998-99"; a past fiscal year is: "en el año fiscal 2014")
    re.IGNORECASE,
)

# A clause that dates what a sum is for, not the sum: ", which began in 2016", ", iniciada en 2016", ", lancée en 2016".
_DATED_ASIDE = re.compile(
    r",\s*(?:which|that|qui|que|iniciad[oa]s?|comenzad[oa]s?|lancée?s?|commencée?s?|initiée?s?|entamée?s?|started|launched|"
    r"begun|began|initiated)\b"
    r"[^,.;]*"
    # (what a new sum comes on top of: "In addition to the funds provided last year, Germany has allocated")
    r"|^\s*(?:in\s+addition\s+to|on\s+top\s+of|besides|en\s+plus\s+d[eu]s?|outre|además\s+de|aparte\s+de)\b[^,.;]*,",
    re.IGNORECASE,
)


# A second clause with a subject of its own, pointing back ("... and the country", "et le pays", "y el gobierno").
_OWN_SUBJECT_AFTER_AND = re.compile(
    r"\s(?:and|et|y)\s+(?P<own>(?:the|le|el)\s+(?:country|government|pays|gouvernement|país|gobierno))\s*$",
    re.IGNORECASE,
)


# A verb whose subject is elided after a comma and "and" or "but" ("Norway holds the Presidency, and will use it",
# "Saint Lucia has not ratified yet, but intends to").
# (with a comma, or none after a clause of five words or more: "The EU already implements several initiatives and
# will extend"; not "Common energy and will must", where "will" is a noun)
_ELIDED_AFTER_AND = re.compile(r"(?P<comma>,)?\s+(?:and|et|y|but|mais|pero)\s*$", re.IGNORECASE)


# An impersonal report before a subject: "It is reported that", "Il est prévu que", "Se informó que".
_IMPERSONAL_REPORT = re.compile(
    r"^\s*(?:it\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:reported|said|expected|announced|understood|believed|learn[te]d?|"
    r"indicated|stated|claimed|estimated|alleged|feared|known|thought|argued|assumed)\s+that|il\s+(?:est|a\s+été)\s+"
    r"(?:\w+\s+)?(?:prévu|annoncé|rapporté|indiqué|dit|signalé|précisé|estimé|affirmé)\s+que|se\s+(?:informó|anunció|"
    r"supo|indicó|dijo|señaló|afirmó|estimó|cree|estima|sabe)\s+que)(?:\s*,\s*|\s+)",
    re.IGNORECASE,
)


# A relative pronoun that is its clause's subject, and the few words it stands for ("training for the soldiers who",
# "le Tchad, qui", "los expertos, quienes"): those words are who acts (not "que", also a conjunction after a saying).
_SUBJECT_RELATIVE = re.compile(
    r"(?:^|\b(?:for|to|of|with|from|by|pour|à|de|avec|par|para|a|con|por|and|et|y)\s+|,\s*)"
    r"(?P<antecedent>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s*,?\s+(?:who|qui|quien|quienes)\s*$",
    re.IGNORECASE,
)


def _subject(compiled: CompiledGrammar, text: str, antecedent: bool = False) -> str:
    """The subject of a verb, from the text before it; a group named with some of its members ("Many States,
    including Chile and Peru,", "De nombreux États, dont le Chili,", "Varios países, entre ellos Chile,") is those
    members: they are who acts (``including`` of the grammar files)."""
    # a relative clause in parentheses is passed over: "Estados Unidos (que no integra la Convención, pero que ...) se
    # comprometió"; an acronym's gloss is not ("la Unidad (ISU, por sus siglas en inglés) con el apoyo de ...")
    relatives = "|".join(map(re.escape, compiled.grammar.relatives)) or "(?!)"
    text = re.sub(r"\s*\((?:" + relatives + r")\b[^()]*\)", "", text, flags=re.IGNORECASE)
    text = _IMPERSONAL_REPORT.sub("", text)  # ("It is also reported that nearly 1000 members will": the members)
    if own := _OWN_SUBJECT_AFTER_AND.search(text):
        return own.group("own")  # "Finland has a million mines in stock and the country is going to": the country
    agent = AGENT_THEN_RELATIVE.search(text)
    if agent is not None and (main := main_subject(compiled, agent.group("agent"))):
        return main  # "signed by the States Parties, which committed to": the agent commits
    if relative_subject := _SUBJECT_RELATIVE.search(text):
        return relative_subject.group("antecedent")  # "training for the soldiers who will support": the soldiers
    relative = relative_opener().search(text)
    if relative is not None and (pair := pair_opening(text[: relative.start()])):
        return pair  # "Both ministers signed a joint declaration in which they committed": the two
    if relative is not None and (main := main_subject(compiled, text[: relative.start()])):
        return main  # "los países han consensuado una declaración en la que se comprometieron": "países"
    included = compiled.included.search(text)
    if included is not None:
        group = compiled.determiners.sub("", included.group("group").strip())
        counted = re.match(compiled.grammar.quantifiers, group, re.IGNORECASE) or generic_states().search(group)
        if counted and _is_party(compiled, included.group("names")):
            return included.group("names")
    elided = _ELIDED_AFTER_AND.search(text)
    if elided and not elided.group("comma") and len(text[: elided.start()].split()) < 5:
        elided = None
    if elided and (main := main_subject(compiled, text[: elided.start()])):
        return main  # "Norway holds the Presidency this year, and will use it to": the first clause's subject acts
    listed = compiled.listed.search(text)
    if listed is not None:  # "Nineteen States Parties: Chile, Peru and Spain": the States listed act
        group = compiled.determiners.sub("", listed.group("group").strip())
        counted = re.match(compiled.grammar.quantifiers, group, re.IGNORECASE) and generic_states().search(group)
        first = re.split(r",|\s+(?:and|et|y|e)\s+", listed.group("names"))[0]
        if counted and _is_party(compiled, first.strip()):
            return first.strip()  # (the list's head: a list of twenty names is still one subject; owners read it all)
    return _subject_before(text, compiled.grammar.relatives, antecedent)


def pair_opening(clause: str) -> str:
    """The words that open ``clause`` when they stand for two States named before ("Both ministers"), else ""."""
    words = OPENING_CONNECTIVE.sub("", clause.strip()).split()  # ("Con ello las dos partes")
    return next((" ".join(words[:n]) for n in (2, 3, 4) if pair_subject().fullmatch(" ".join(words[:n]))), "")


def main_subject(compiled: CompiledGrammar, clause: str) -> str:
    """The subject that opens the last clause of ``clause``: States in general ("los países"), or a name ("Peru and
    Ecuador"); "" when it opens with neither."""
    words = compiled.determiners.sub("", re.split(r"[,;:]\s+", clause)[-1].strip()).split()
    if words and generic_states().fullmatch(words[0]):
        return words[0]
    named = []
    for word in words:
        if not (word[:1].isupper() or (named and word.lower() in ("and", "et", "y", "e", "of", "de", "du", "del"))):
            break
        named.append(word)
    return " ".join(named) if named and named[0][:1].isupper() else ""


def _subject_before(text: str, relatives: tuple[str, ...] = (), antecedent: bool = False) -> str:
    """The subject of a verb, from the text before it: after the last clause break or "that" after a verb of
    saying ("I am pleased to announce that Canada will ...", "a le plaisir d'annoncer qu'elle"). An apposition or a
    relative clause between commas is passed over ("Tajikistan, as host of X, will", "La Suisse, qui a ..., se")."""
    text = _TIME_BEFORE_VERB.sub("", text)  # "Canada's Minister, Jane Doe, today announced": the time aside
    text = _DATE_COMMA.sub(" ", text)  # "Greece, which held ... as of April 30, 2008, reiterated": a date's comma
    pieces = [piece.strip() for piece in _CLAUSE_BREAK.split(text)]
    pieces[-1] = OPENING_CONNECTIVE.sub("", pieces[-1])  # "Con ello las dos partes se comprometen": the two parties
    while len(pieces) > 1 and pieces[-2] and _TITLE_LIST_GOES_ON.match(pieces[-1]):
        # "les Ministres des Affaires étrangères, de la Coopération et de la Défense": one subject, its titles listed
        pieces[-2:] = [f"{pieces[-2]}, {pieces[-1]}"]
    if own := relative_subject().match(pieces[-1]):  # "in which the States Parties": the relative's own subject
        pieces[-1] = pieces[-1][own.end() :]
    words = pieces[-1].split()
    if antecedent and len(pieces) == 2 and 1 <= len(words) <= 2 and words[0].lower() in relatives and pieces[0]:
        # a future in a relative clause on the sentence's subject ("España, que igualmente aportará"): the subject
        # acts (not a noun further on: "the conclusions of X, which will guide")
        return pieces[0]
    if len(pieces) > 2 and not pieces[-1] and _inserted(pieces[-2], relatives):
        pieces = pieces[:-2]
    elif len(pieces) > 2 and not pieces[-1] and _FIRST_PERSON_SUBJECT.search(pieces[-3]):
        pieces = pieces[:-2]  # "We, the States Parties and other States, will": "We"
    elif len(pieces) > 2 and not pieces[-1] and PERSON_NAME.fullmatch(pieces[-3]) and _TITLED.match(pieces[-2]):
        return pieces[-2]  # "John Manley, Minister of Foreign Affairs, announced": the title names the party
    elif len(pieces) > 2 and _apposition_on_a_person(pieces):
        return pieces[-3]  # "Heng Ratana, director general of the centre, pledged", "Sok Dara, director de ..., se"
    elif len(pieces) > 2 and not pieces[-1] and PERSON_NAME.fullmatch(pieces[-2]) and pieces[-3]:
        pieces = pieces[:-2]  # "The Minister of Foreign Affairs, Jane Doe, announced": the title names the party
        while len(pieces) > 2 and _COORDINATED_TITLE.match(pieces[-1]) and PERSON_NAME.fullmatch(pieces[-2]):
            pieces = pieces[:-2]  # "Los ministros de X, Juan Pérez, y de Desarrollo, Ana Gómez, anunciaron": each pair
    if len(pieces) > 2 and not pieces[-1].strip() and (_LED_BY.match(pieces[-2]) or _ALONGSIDE.match(pieces[-2])):
        pieces = pieces[:-2]  # "Países de todo el mundo, liderados por Estados Unidos, se comprometieron", "Angola,
        # en cooperación con socios nacionales, va a pedir"
    while len(pieces) > 1 and _LED_BY.match(pieces[-1]):
        pieces = pieces[:-1]  # "l'Exécutif, dirigé par le Président, João Lourenço, s'emploie": the Executive
    return pieces[-1]


# Who acts with the subject, in apposition ("in cooperation with its partners", "en cooperación con socios", "avec
# l'appui de ses partenaires"): the subject still acts.
_ALONGSIDE = re.compile(
    r"\s*(?:in\s+(?:cooperation|partnership|coordination)\s+with|with\s+the\s+(?:support|help)\s+of|together\s+with|"
    r"en\s+(?:cooperación|colaboración|coordinación|coopération|collaboration|partenariat)\s+(?:con|avec)|"
    r"con\s+el\s+apoyo\s+de|junto\s+(?:con|a)|avec\s+l['’]appui\s+d|avec\s+le\s+soutien\s+d|aux\s+côtés\s+d)\b",
    re.IGNORECASE,
)
# Who leads the subject, in apposition ("dirigé par le Président", "led by the Prime Minister", "encabezado por").
_LED_BY = re.compile(
    r"(?:dirigée?s?|présidée?s?|conduite?s?|led|headed|chaired|encabezad[oa]s?|dirigid[oa]s?|presidid[oa]s?|liderad[oa]s?|menée?s?)\s+"
    r"(?:par|by|por)\b",
    re.IGNORECASE,
)


def _inserted(piece: str, relatives: tuple[str, ...]) -> bool:
    first = piece.split()[0].lower() if piece.split() else ""
    return bool(_APPOSITION.match(piece)) or first in relatives


# A person's name in apposition ("Jane Doe", "Jeanne Dupont", "Juana Pérez de León"): capitalised words.
PERSON_NAME = re.compile(
    r"(?:(?:the\s+)?[Hh]onou?rable\s+|l['’]\s*honorable\s+|(?:el|la)\s+honorable\s+|(?:Mr|Mrs|Ms|Dr|Mme|Sr|Sra)\.?\s+|M\.\s+)?"
    r"[A-ZÀ-Þ][\w’'.-]+(?:\s+(?:(?:de|del|da|van|von|le|la)\s+)?[A-ZÀ-Þ][\w’'.-]+){1,3}"
)
_REFLEXIVE_ONLY = re.compile(r"(?:se|s['’])?", re.IGNORECASE)


def _apposition_on_a_person(pieces: list[str]) -> bool:
    """A person's name, then an apposition in lower case between commas, then the verb (its reflexive pronoun)."""
    return (
        bool(_REFLEXIVE_ONLY.fullmatch(pieces[-1]))
        and bool(PERSON_NAME.fullmatch(pieces[-3]))
        and pieces[-2][:1].islower()
    )


# A list of portfolios going on after a comma ("of Defence", "de la Coopération", "del Interior"), to a verb.
_TITLE_LIST_GOES_ON = re.compile(r"(?:(?:and|et|y|e)\s+)?(?:of|de|du|des|del|d['’])\s+(?:la\s+|l['’])?[A-ZÀ-Þ]")
# A person's title after the name ("Minister of Foreign Affairs", "ministre des Affaires étrangères", "ministro de").
_TITLED = re.compile(
    r"(?:the\s+|le\s+|la\s+|el\s+)?(?:prime\s+|foreign\s+|deputy\s+|vice[- ]?)?(?:minister|ministre|ministr[oa]|"
    r"secretary|secrétaire|secretari[oa]|ambassador|ambassadeur|ambassadrice|embajador[a]?|president|président[e]?|"
    r"president[ea]|premier\s+ministre|primer[a]?\s+ministr[oa])\b",
    re.IGNORECASE,
)
# The second of two titles sharing one noun ("and of International Development", "et du Développement", "y de
# Desarrollo"), each followed by its holder's name.
_COORDINATED_TITLE = re.compile(r"(?:and|et|y|e)\s+(?:of|de|du|des|del|d['’])\b", re.IGNORECASE)
# A connective that opens a sentence with no comma after it ("Con ello", "Ainsi", "Thus"): no part of the subject.
OPENING_CONNECTIVE = re.compile(
    r"^(?:con\s+ello|por\s+ello|por\s+eso|por\s+lo\s+tanto|de\s+este\s+modo|de\s+esta\s+manera|así|ainsi|dès\s+lors|"
    r"de\s+ce\s+fait|par\s+conséquent|thus|therefore|hence|but|mais|pero|yet|and|et|y|or|ou|o)\s+",
    re.IGNORECASE,
)
# A time between a subject and its verb ("today", "aujourd'hui", "hoy", "this week"), at the end of the subject.
_TIME_BEFORE_VERB = re.compile(
    r"\s+(?:today|yesterday|this\s+(?:morning|week)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|aujourd['’]hui|hier|ce\s+(?:matin|jour)|hoy|ayer|este\s+(?:lunes|martes|miércoles|jueves|viernes)|"
    r"also|further|then|aussi|également|ensuite|también|además|asimismo)\s*$",
    re.IGNORECASE,
)
_DATE_COMMA = re.compile(r"(?<=\d),(?=\s+\d{4}\b)")
_APPOSITION = re.compile(
    r"(?:as\b|en tant qu(?:e\b|['’])|en sa qualité de\b|como\b|en su calidad de\b"
    # a channel between commas ("el gobierno japonés, a través de APC-Colombia, otorgó", "through UNMAS")
    r"|a\s+través\s+de\b|por\s+medio\s+de\b|par\s+l['’]intermédiaire\s+d|through\s+(?-i:[A-Z])|via\b"
    # what the subject is said to be ("Ethiopia, reported as one of the leading mine users, has decided", "a country
    # with", "one of the", "l'un des", "uno de los")
    r"|(?:reported|described|considered|regarded|known|seen|cited)\s+as\b|one\s+of\s+the\b|an?\s+(?:country|nation|"
    r"state|leading|major|former)\b|l['’]une?\s+des\b|un[oa]\s+de\s+(?:los|las)\b"
    # a frame between commas ("Ecuador, en el marco de la Convención, prevé", "Canada, under the Convention, will",
    # "le Sénégal, dans le cadre de son plan, prévoit"): the subject stands before it
    r"|(?:in|under|within|through|dans|sous|par|selon|conformément|en|dentro|bajo|según|conforme|mediante)\s+"
    r"(?:the|its|their|le|la|les|l['’]|son|sa|ses|leur|el|los|las|su|sus)\s*"
    r"(?:framework|context|cadre|marco|terms|termes|términos|accordance|application|aplicación)?\b)",
    re.IGNORECASE,
)
# A feeling about what follows ("We are honoured that the Convention will return to Oslo", "heureux que"): the
# clause after "that" has its own subject.
FEELING_THAT = (
    r"\b(?:honou?red|pleased|delighted|happy|glad|proud|heureux|heureuse|ravie?s?|fiers?|fières?|honorée?s?|"
    r"content[oa]s?|orgullos[oa]s?|complacid[oa]s?|honrad[oa]s?|satisfech[oa]s?)\s+(?:that|que|qu['’])\s*"
)


# A verb of believing before "that" ("Bolivia firmly believes that this resolution will", "cree firmemente que", "croit
# fermement que"): what follows has its own subject.
BELIEVING_THAT = (
    r"\b(?:believes?|believed|thinks?|thought|(?:is|are|was|were)\s+convinced|croi[st]|croient|croyons|pense(?:nt)?|"
    r"estime(?:nt)?|convaincue?s?|cree|creen|creemos|creo|piensa(?:n)?|considera(?:n)?|estima(?:n)?|"
    r"convencid[oa]s?\s+de|"
    # (or of acknowledging: "y reconocer que plantar estas armas perjudicará")
    r"reconocer|reconnaître)\s+(?:\w+(?:ly|ment|mente)\s+)?(?:that|que|qu['’])\s*"
)
_CLAUSE_BREAK = re.compile(
    r"[,;:]\s+|" + SAYING_THAT.pattern + "|" + FEELING_THAT + "|" + BELIEVING_THAT, re.IGNORECASE
)


# The text itself ("This Decision", "La presente Decisión") or a demonstrative alone ("This will show"): no party.
_SELF_REFERENCE = re.compile(
    r"^(?:this|these|that|those|the present|la présente|le présent|cette|ce|cela|ceci|el presente|la presente|esta|"
    r"este|esto|eso)(?:\s+\w+)?$",
    re.IGNORECASE,
)


# French first persons plural in "-rons" that are presents (a verb in "-rer": "honorons", "déclarons") rather than
# futures ("honorerons", "prendrons", "finirons"); and the irregular futures that look like them.
# ("honorons", "consacrons", "célébrons", "enregistrons", "rencontrons": presents; "mettrons" is a future)
_PRESENT_RONS = re.compile(r"(?:[aouéy]|[bcfgp]|[sn]t|[^t]it)rons$")  # (and nouns: "citrons")
_FUTURE_RONS = {"aurons", "saurons", "serons", "pourrons", "verrons", "courrons", "mourrons"}


def _schedules(grammar: Grammar, phrase: str, before: str = "") -> bool:
    """Whether the verb is one that schedules ("convene", "convened", "se tiendra"); "end" is not "endeavour",
    and a stem written with its pronoun ("se tiendr") needs it ("tiendra une base de données" keeps a database)."""
    if _A_SPEECH.match(phrase):  # "she will deliver Belgium's speech", "prononcera le discours": a programme
        return True
    if _A_MEETING_KEPT.match(phrase):  # "mantendrán un encuentro", "will hold a meeting": a date, no act
        return True
    for stem in grammar.schedule:
        pronoun, _space, verb = stem.rpartition(" ") if stem.startswith("se ") else ("", "", stem)
        match = re.match(re.escape(verb) + r"\w{0,4}\b", phrase)
        if match and stem in grammar.beginnings and _ACTIVITY.match(phrase[match.end() :]):
            return False  # "will begin demining", "commencera à déminer": an act begins, not a meeting
        if match and _AN_ACT_ENDED.match(phrase[match.end() :]):
            return False  # "will end all use of persistent mines": a pledge, not a meeting's close
        if match and _A_DUTY.match(phrase[match.end() :]):
            return False  # "will meet its 2025 deadline": a pledge, not a meeting
        if match and stem == "resume" and _TALKS_OR_WORK.match(phrase[match.end() :]):
            return False  # "will resume talks with Chile", "resume clearance": an act resumed, not a session
        if match and (not pronoun or before.endswith(pronoun)):
            return True
    return False


# A duty after a schedule's verb ("meet the 2025 deadline", "meet its obligations"): a pledge to fulfil it.
_A_DUTY = re.compile(
    r"\s+(?:the|its|their|our|this|these|all)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deadlines?|targets?|goals?|obligations?|commitments?|requirements?)\b",
    re.IGNORECASE,
)
# What a visit's programme announces: a speech ("deliver Belgium's speech", "prononcera le discours", "pronunciará
# el discurso"), a meeting attended ("take part in the Review Conference", "asistirá a la Cumbre"); not a workshop
# or a training, where deminers of two States work together.
_A_SPEECH = re.compile(
    r"(?:deliver|give|make|pronounce|pronon[cç]|pronunci)\w*\s+(?:\S+\s+){0,2}?"
    r"(?:speech|statement|address|remarks|keynote|discours|allocution|discurso|alocución|ponencia)\b|"
    r"(?:take\s+part|attend|participate|prendr\w*\s+part|assister\w*|particip\w*|asistir\w*|tomar\w*\s+parte|"
    r"repr[eé]sent\w*\s+(?:\S+\s+){1,3}?(?:at|aux?|à|en|a|al))\s+"
    r"(?:in\s+|à\s+|a\s+|en\s+|au\s+|al\s+)?(?:\S+\s+){0,3}?"
    r"(?:conference|meeting|summit|session|ceremony|celebrations?|conférence|réunion|sommet|séance|cérémonie|"
    r"célébrations?|conferencia|reunión|cumbre|sesión|ceremonia|celebraci(?:ón|ones)|funeral|funerales|obsèques|"
    r"funérailles|exequias)\b|"
    # (a side event hosted at a meeting: its programme too)
    r"(?:host|organi[sz]|co-?host|accueill|organis|organiz|acoger)\w*\s+(?:\S+\s+){0,2}?"
    r"(?:side[- ]events?|événements?\s+parallèles?|manifestations?\s+parallèles?|eventos?\s+paralelos?)\b|"
    # (taking the floor, or representing one's country there: "prendront la parole", "représentera son pays")
    r"(?:take|prendr|tomar)\w*\s+(?:the\s+|la\s+)?(?:floor|parole|palabra)\b|"
    r"(?:represent|représent|represent)\w*\s+(?:his|her|their|its|son|sa|leur|su)\s+(?:country|pays|país|government|"
    r"gouvernement|gobierno)\b",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(
    r"(?:,\s+(?:in|en|à|a)\s+[^,;.]{1,40},(?:\s+[^,;.]{1,30},)?)?"  # (a place set off: "begin, in Bogotá, a course")
    r"(?:\s+\w+(?:mente|ment|ly))?"  # (an adverb: "comenzará inmediatamente a negociar")
    # (a delay: "commencera d'ici à trois mois la destruction", "will begin within two months the")
    r"(?:\s+(?:d['’]ici\s+(?:à\s+)?|dans\s+|within\s+|in\s+|dentro\s+de\s+|en\s+)(?:[\w-]+\s+){0,2}?(?:jours|"
    r"semaines|mois|ans|days|weeks|months|years|días|semanas|meses|años))?"
    r"\s+(?:[\w-]+ing\b|(?:to|à|a)\s+\w|"  # (or a process begun: "start the process of becoming parties")
    # (or work on a text: "we will start active work on the Mine Action Strategy")
    r"(?:active\s+)?work\s+on\s+(?:the|a|an|its|our|their|this)\b|"
    # (or operations against mines: "will begin de-mining operations", "comenzará las labores de desminado")
    r"(?:the\s+|its\s+|their\s+)?(?:(?:[\w-]*min(?:ing|e)|clearance|removal|destruction|survey)\s+){1,2}operations\b|"
    r"(?:les\s+|des\s+|ses\s+|leurs\s+|las\s+|los\s+|sus\s+)?(?:opérations|travaux|operaciones|labores|trabajos|"
    r"tareas)\s+de\s+(?:déminage|dépollution|destruction|desminado|destrucción|limpieza)\b|"
    r"(?:the|its|their|le|la|les|leur|son|sa|el|los|su|sus)\s+(?:[\w-]+\s+)?(?:process|processus|proceso|procédure|"
    r"procedimiento|destruction|destrucción|clearance|déminage|desminado|ratification|ratificación|accession|"
    r"adhésion|adhesión)\b|"
    # (or a course, a programme or a project the party runs: "will begin a course for 30 soldiers")
    r"(?:an?|the|a\s+new|un|une|una|un\s+nouveau|une\s+nouvelle|un\s+nuevo|una\s+nueva)\s+(?:course|training|programme|"
    r"program|project|formation|stage|projet|curso|capacitación|programa|proyecto)\b)",
    re.IGNORECASE,
)
_TALKS_OR_WORK = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:talks|negotiations|discussions|dialogue|work|operations|clearance|demining)\b",
    re.IGNORECASE,
)
# What a party may end that no meeting is ("end all use of", "end the production", "end its use"): an act.
_AN_ACT_ENDED = re.compile(
    r"\s+(?:(?:all|the|its|their|any)\s+)+(?:[\w-]+\s+)?(?:use|production|transfer|export|stockpiling|suffering)\b",
    re.IGNORECASE,
)


# A sum after money as a subject ("of $8 million", "de 8 millions de dollars", "de 8 millones"), and nothing else.
# A giver named after money, then where it goes ("de Canadá a la OEA", "of Japan to UNMAS", "du Canada à l'OEA").
_GIVER_AFTER = re.compile(
    r"(?:of|de|del|du|d['’])\s*(?-i:[A-ZÁÉÍÓÚ])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:to|a|al|à|au|aux)\s+(?:the\s+|la\s+|l['’]\s*)?"
    r"(?-i:[A-ZÁÉÍÓÚ])[\w-]+$",
    re.IGNORECASE,
)


def _a_sum_of_funds(grammar: Grammar, words: list[str]) -> bool:
    """A subject that opens on a sum and ends on the funds it is ("further £36 million of UK funding", "los 2
    millones de euros de ayuda española")."""
    sum_named = lexicon().currency.search(" ".join(words[:6]))
    opening = " ".join(words[:3])  # (the sum's figure among its first words: "Otros 2 millones de euros de ...")
    return (
        bool(sum_named)
        and any(character.isdigit() for character in opening)
        and any(w.lower().strip(",") in grammar.funds for w in words[-3:])
    )


_SUM_AFTER = re.compile(
    r"(?:of|de|d['’]|del)\s+(?:(?:US|CA|C)?\$\s?|€\s?|£\s?|(?:USD|EUR|CHF|CAD)\s)?[\d][\d.,\s]*"
    r"(?:million|millions|millones|billion|milliards?|mil|thousand)?[^,;:]{0,25}$",
    re.IGNORECASE,
)


_AN_OFFICIAL = re.compile(
    r"(?:un|une|una|un\s+alto|a|an)\s+(?:haut\s+|senior\s+)?(?:responsable|fonctionnaire|diplomate|"
    r"représentant|official|diplomat|representative|funcionario|representante|diplomático)\b",
    re.IGNORECASE,
)


# The texts a sentence may speak of as if they acted ("The Convention aims to end ..."): never a party.
def _noun_before_its_complement(words: list[str]) -> str:
    """The word before a subject's complement or gloss ("Outreach Programme | (AOP) for mine action"), lower case."""
    head = re.split(r"\s+(?:for|of|on|de|du|des|pour|para|sur|sobre)\s+|\s*\(", " ".join(words), maxsplit=1)[0].split()
    return head[-1].lower() if head else ""


_INSTRUMENTS = {
    *("convention", "convención", "treaty", "traité", "tratado", "plan", "declaration", "déclaration"),
    *("declaración", "programme", "program", "programa", "project", "projet", "proyecto", "strategy", "stratégie"),
    "estrategia",
    *("act", "bill", "law", "legislation", "loi", "ley"),  # ("The Act will implement the Convention": its purpose)
}


_ALL_STATES_PARTIES_COUNTED = re.compile(
    r"(?:the|les|los)\s+(?:Convention['’]s\s+)?\d{2,3}\s+(?:States\s+Parties|[ÉE]tats\s+parties|Estados\s+Partes?)\b"
    # ("More than 120 countries are pledging", "The 164 signatory countries agreed": a count of fifty or more)
    r"|(?:the|les|los|las|more\s+than|over|some|nearly|almost|plus\s+de|près\s+de|más\s+de|cerca\s+de|casi)\s+"
    r"(?:\d{3}|[5-9]\d)\s+(?:signatory\s+|member\s+)?(?:countries|states|nations|pays|[ée]tats|países|estados|naciones)"
    r"(?:\s+(?:signataires|signatarios|miembros|membres))?\b",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\b(?:that|which|who|qui|que|quienes)\b", re.IGNORECASE)
# A relative adverb that opens the clause of the subject ("un acto, donde Seúl se comprometió", "a ceremony where
# Japan pledged", "une cérémonie où le Japon s'est engagé").
_WHERE_OPENS = re.compile(r"^(?:where|whereby|où|donde|en\s+donde)\s+", re.IGNORECASE)
# A news agency's credit that opens a story ("(Keystone-ATS)", "(EFE) -", "(AFP) –").
_AGENCY_CREDIT = re.compile(r"^\([^()]{2,30}\)\s*[-–—]?\s*")


def _bare_subject(compiled: CompiledGrammar, subject: str) -> str:
    """A subject without what stands around its noun phrase: a reflexive pronoun ("Se brindará"), an opening
    quotation mark, a news agency's credit ("(Keystone-ATS) La Suisse") and adverbs ("Germany also pledged")."""
    subject = re.sub(r"(?:^|\s)(?:se|s['’]|nos|on)$", "", subject, flags=re.IGNORECASE).strip()
    subject = subject.lstrip(' "“«‘')  # (a quotation opens before it: "“We, as civil society, commit to")
    subject = _AGENCY_CREDIT.sub("", subject)
    subject = _WHERE_OPENS.sub("", subject)  # ("..., donde Seúl se comprometió", "where Japan pledged")
    return compiled.trailing_adverbs.sub("", subject)


_GOVERNMENTS_OF = re.compile(
    r"(?:the\s+|les\s+|los\s+)?(?:governments|gouvernements|gobiernos)\s+(?:of|de|des|du|del)\s+(?:la\s+|l['’]\s*)?"
    r"(?-i:[A-ZÀ-Þ])",
    re.IGNORECASE,
)


def _an_operator(subject: str) -> bool:
    """Whether a subject (past what opens the sentence: "With Japanese support, HALO") is a mine action operator."""
    return bool(_AN_OPERATOR.match(re.split(r",\s+", subject.strip())[-1]))


# Mine action operators (non-governmental: no party to the Convention, no owner code), as a subject's head.
_AN_OPERATOR = re.compile(
    r"^(?:(?:the|la|le|l['’]|el)\s*)?(?-i:HALO|MAG|APOPO|FSD|DDG|NPA|DCA)\b|^(?:(?:the|la|le|l['’]|el)\s*)?"
    r"(?:Mines\s+Advisory\s+Group|Norwegian\s+People['’]s\s+Aid|Danish\s+(?:Demining\s+Group|Refugee\s+Council)|"
    r"Handicap\s+International|Humanit(?:y|é)\s*(?:&|and|et)\s*Inclusion|DanChurchAid|Fondation\s+suisse\s+de\s+déminage|"
    r"Swiss\s+Foundation\s+for\s+Mine\s+Action|Golden\s+West)\b",
    re.IGNORECASE,
)
_BOTH_NAMED = re.compile(r"^(?:both|ambos|ambas|tanto)\s+(?=(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)


# Adjectives French and Spanish put before a title ("el alto representante", "la nouvelle ministre", "l'ancien
# président"): the title is the next word.
_BEFORE_THE_NOUN = frozenset(("alto", "alta", "gran", "nuevo", "nueva", "primer", "primera", "actual")) | frozenset(
    ("haut", "haute", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "premier", "première", "grand", "grande")
)


def _is_party(compiled: CompiledGrammar, subject: str, announcing: bool = False) -> bool:
    """Whether a subject names someone who can commit: we, a pronoun for the speaker, a deciding body, or a name
    (its head noun capitalised: "Canada", "the Union", "Each affected State Party", "le Comité"). "This Decision"
    is the act itself, not a party."""
    grammar = compiled.grammar
    subject = _BOTH_NAMED.sub("", _bare_subject(compiled, subject))  # ("both Turkey and Greece": the two named)
    if not subject or len(subject) > 160 or _SELF_REFERENCE.match(subject):
        return False
    if pair_subject().fullmatch(subject):  # "Both countries", "Ambos países": the two States named before
        return True
    if _GOVERNMENTS_OF.match(subject):  # "The governments of Denmark and Sweden will equip": those States
        return True
    if _counted_or_a_named_body(compiled, subject):
        return True
    if _a_sum_of_funds(grammar, subject.split()):
        return True  # "A further £36 million of UK funding will allow", "Otros 2 millones ...": a sum given, its donor
    one_of_its_officials = _AN_OFFICIAL.match(subject) and any(p.search(subject) for p in demonym_phrases())
    if re.match(grammar.quantifiers, compiled.determiners.sub("", subject), re.IGNORECASE) and not one_of_its_officials:
        return (
            False  # (not "Un responsable français de la défense": one of a State's officials, named by its adjective)
        )
    words = subject.split()
    if _FIRST_PERSON_SUBJECT.search(subject) or words[-1].lower() in grammar.pronouns:
        return True
    if re.match(grammar.body, subject):
        return True
    words = compiled.determiners.sub("", subject).split()
    if _UNIT_OF_A_BODY.match(" ".join(words)):  # "Le programme de l'UNMAS", "The UNMAS programme": the body
        return True
    if not words or {words[0].lower(), words[-1].lower(), _noun_before_its_complement(words)} & _INSTRUMENTS:
        return False  # "The Convention aims to", "el Plan de Acción se propone", "The Outreach Programme (AOP) for
        # mine action aims to": a text's or a programme's purpose, no one's pledge
    funds = next((i for i, word in enumerate(words[:3]) if word.lower().strip(",") in grammar.funds), None)
    if funds is not None and (len(words) <= 3 or _SUM_AFTER.match(" ".join(words[funds + 1 :]))):
        return True  # "Esta nueva financiación incluirá", "Ce financement de 8 millions soutiendra": the donor
    if funds is not None and _GIVER_AFTER.match(" ".join(words[funds + 1 :])):
        return True  # "La contribución de Canadá a la OEA apoyará": the donor named, and where the money goes
    if generic_states().fullmatch(" ".join(words)):  # "Les pays se sont engagés": the countries at the meeting
        return True
    # a person's title heads the subject ("le ministre suisse", "el canciller", "the foreign minister of Norway"): a
    # party when it calls on others or announces (``announcing``); what a minister will do next week is a person's plans
    head = (
        words[: 2 if words[0].lower() in _BEFORE_THE_NOUN else 1]  # ("el alto representante", "le haut représentant")
        if not grammar.head_last
        else list(itertools.takewhile(lambda w: w not in grammar.function_words, words))
    )
    if _DONORS.match(head[-1] if head else words[-1]):  # "Ukraine's allies", "the partners of", "Los aliados de"
        return True
    # (a plural: "ministers", "ministres", "ministros", "cancilleres")
    titled = any({word.lower(), word.lower()[:-1], word.lower()[:-2]} & set(grammar.titles) for word in head)
    if any(phrase.search(subject) for phrase in demonym_phrases()) and (announcing or not titled):
        return True  # "desminadores peruanos", "the Swiss government"
    governed = words[:2] if not grammar.head_last else head  # (after a possessive: "su país", "son pays")
    if (titled and announcing) or any(word.lower() in grammar.governments for word in governed):
        return True  # (and "the national government", "le gouvernement": the State named before)
    if (officials := _OFFICIALS_OF.match(" ".join(words))) and _is_party(compiled, officials.group("party")):
        return True  # "Les responsables de l'Action contre les mines (AMAE) ont promis": those they speak for
    return _names_someone(grammar, words)


# The officials of a party, who speak for it ("officials of the Mine Action Centre", "les responsables de l'AMAE",
# "los representantes del Gobierno").
_OFFICIALS_OF = re.compile(
    r"(?:officials|representatives|authorities|responsables|représentants|autorités|dirigeants|funcionarios|"
    r"representantes|autoridades)\s+(?:of|from|de|du|des|del)\s+(?P<party>.+)$",
    re.IGNORECASE,
)


# A unit of a named body ("programme de l'UNMAS", "programme de gestion des explosifs de l'UNMAS", "oficina del PNUD",
# "UNMAS programme"; its name capitalised).
_UNITS = r"(?:programm?[ea]s?|programs?|office|bureau|oficina|mission|misi[óo]n|team|[ée]quipe|equipo|service|servicio)"
_UNIT_OF_A_BODY = re.compile(
    r"(?i:" + _UNITS + r")\s+(?:(?:[a-zà-ÿ-]+\s+){0,4}?(?i:of|de|du|del)\s+)?(?:(?i:the|la|l['’])\s*)?[A-Z][\w-]*\b"
    r"|[A-Z][\w-]*\s+(?:(?i:[\w-]+)\s+){0,2}(?i:programme|program|office|mission|team)$"
)


def _names_someone(grammar: Grammar, words: list[str]) -> bool:
    """Whether the words of a subject (without determiners) name someone by their shape: a capitalised head noun."""
    if grammar.head_last:  # the head noun ends the noun phrase: "Each affected State Party in a position ..."
        if words[-1] in grammar.prepositions:  # "Examples of [pledges]": the noun phrase goes on, no verb yet
            return False
        head = []
        for word in words:
            if word.islower() and word in grammar.function_words:
                break
            head.append(word)
        # A capitalised word after the first ("Each affected State Party", "This year Canada"), a name alone
        # ("Canada"), or the Convention's own parties ("States not party"); "Travel costs" names nobody.
        return bool(head) and (
            any(word[:1].isupper() for word in head[1:])
            or (len(head) == 1 and head[0][:1].isupper())
            or head[0] in ("State", "States")
        )
    if words[0].lower() in grammar.particles:  # a phrase of place or time first: the subject, if any, ends it
        return words[-1][:1].isupper()  # ("En el próximo año Colombia" names one; "En el encuentro hizo ..." not)
    if _AN_INFINITIVE_OPENS.match(" ".join(words)):
        return False  # "Plantar estas armas perjudicará", "Détruire ces stocks permettra": an act, no one
    return words[0][:1].isupper()  # "le Canada", "Guatemala": a common noun would need its article


# An infinitive then its object's determiner, opening a subject in French or Spanish ("Plantar estas armas").
_AN_INFINITIVE_OPENS = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:ar|er|ir|re)\s+(?:estas?|estos|esas?|esos|los|las|el|la|les|des|ces|cet|cette|ce|le|"
    r"l['’]|un|une|una|unos|unas|sus?|leurs?|ses|son|sa)\b"
)


def _counted_or_a_named_body(compiled: CompiledGrammar, subject: str) -> bool:
    """ "the 158 States Parties", "More than 120 countries" (all of them; not in a relative clause: "the 162 States
    that have committed"), or a body's name after its common noun ("La organización Human Rights Watch")."""
    counted = _ALL_STATES_PARTIES_COUNTED.match(subject)
    if counted and not _RELATIVE_AFTER.search(subject, counted.end()):
        return True
    words = compiled.determiners.sub("", subject).split()
    if len(words) > 1 and re.match(compiled.grammar.quantifiers, words[0], re.IGNORECASE):
        return words[1].lower() in _ORGANISATIONS_COUNTED  # "Dos organismos de la ONU", "Two UN agencies"
    return len(words) > 1 and words[0].lower() in _ORGANISATION_NOUNS and words[1][:1].isupper()


# A common noun for a body before its name ("la organización Human Rights Watch", "la campagne ICBL").
_ORGANISATION_NOUNS = {
    *("organización", "organisation", "organization", "ong", "campaña", "campagne", "agencia", "agence"),
    *("fundación", "fondation", "asociación", "association", "coalición", "coalition", "red", "réseau"),
}


# Bodies counted ("two UN agencies urged"): each acts, unlike "six States Parties have declared", which describes.
_ORGANISATIONS_COUNTED = {
    *("organismos", "agencias", "organizaciones", "agences", "organismes", "organisations", "organizations"),
    *("agencies", "ong", "ngos", "un", "onu"),
}


# Verbs of hoping in the first person: what follows "that" says whom the speakers hope will act.
_HOPING = ("hope", "espérons", "esperamos")
_TO_BE_TOLD = re.compile(
    r"\s*(?:to\s+)?(?:receive|hear|see|learn|read|recevoir|entendre|voir|apprendre|lire|recibir|escuchar|ver|conocer|"
    r"leer)\b",
    re.IGNORECASE,
)


# A first person joined to what a sentence said before it ("Des progrès ont été faits et nous allons donner un nouvel
# élan", "se ha avanzado en un 60% y daremos un mayor impulso").
# (a future only: "y podemos establecer puentes" says what can be, not what will be done)
_JOINED_FIRST_PERSON = re.compile(
    r"\s(?:and|et|y|e)\s+(?=we\s+(?:will|shall|are\s+going\s+to)\b|nous\s+(?:allons|\w+rons)\b|"
    r"(?:nosotros\s+|nosotras\s+)?(?:vamos\s+a|[a-záéíóúñ]+remos)\b)",
    re.IGNORECASE,
)


def _read_joined_first_person(compiled: CompiledGrammar, sentence: str):
    """What a first person joined to the sentence's first clause will do, read as a sentence of its own: only its
    commitments (a feeling or a thanks there stays the rules')."""
    for joined in _JOINED_FIRST_PERSON.finditer(sentence):
        tail = sentence[joined.end() :]
        reading = _read_first_person(compiled, tail[:1].upper() + tail[1:])
        if reading is not None and reading[0] == "commitment":
            kind, start, end, weight, subject = reading
            return kind, joined.end() + start, joined.end() + end, weight, subject
    return None


def _read_first_person(compiled: CompiledGrammar, sentence: str):
    """ "We <verb> to ...": a commitment; "We <verb> that ...": a conclusion; thanks and recollections: none."""
    match = compiled.first_person.match(sentence)
    if match is None and (opening := _SHORT_OPENING.match(sentence)):
        # "Cette année, nous souhaitons augmenter", "This year, we will clear": a future or an intention after an
        # opening phrase (with words after its verb: a copy cut after "To conclude, we urge" asks nothing)
        after = sentence[opening.end() :]
        inner = compiled.first_person.match(after)
        if inner is None or not after[inner.end("verb") :].strip(" .,;") or not _ahead(compiled, after, inner):
            return None
        start, end = opening.end() + inner.start("verb"), opening.end() + inner.end("verb")
        return "commitment", start, end, WEIGHT, "first_person"
    if match is None:
        return None
    grammar, verb = compiled.grammar, match.group("verb")
    rest = re.sub(
        "^\\s*" + lexicon().adverbs, " ", sentence[match.end() :]
    )  # "Reconocemos además que": the adverb aside
    if compiled.belief.match(sentence, match.start("verb")):  # "We are convinced that ..."
        return "conclusion", match.start("verb"), match.end("verb"), WEIGHT, "first_person"
    if verb.lower() in grammar.not_verbs:
        return None
    lowered = verb.lower()
    if lowered in _HOPING and (compiled.that_clause.match(rest) or _TO_BE_TOLD.match(rest)):
        return None  # "We hope that this country will start": a hope addressed to a party; the rules decide
        # ("We hope to receive information", "Esperamos recibir": what others are hoped to give, no pledge)

    if lowered in _PAST_WANTING:
        return None  # "We wanted to give each other feedback": what the speakers meant then, no pledge
    if _ahead(compiled, sentence, match):  # "Informaremos", "Nous allons achever"
        return "commitment", match.start("verb"), match.end("verb"), WEIGHT, "first_person"
    if re.match(grammar.providing, f"{lowered} {rest.lstrip()}"):  # "Ponemos a disposición nuestra experiencia"
        return "offer", match.start("verb"), match.end("verb"), WEIGHT, "first_person"
    kind = _verb_class(compiled, verb, rest)
    if any(verb.lower().startswith(stem) for stem in grammar.request):
        kind = "call"  # "We request donors to ...", "Pedimos una cooperación más estrecha": the speakers appeal
    commits_self = verb.lower() in grammar.self_committing and compiled.to_infinitive.match(rest)  # "engageons à"
    pledged = (match.groupdict().get("reflexive") or commits_self) and kind != "none"
    if pledged:
        kind = "conclusion"  # "Nous nous engageons à", "Nos comprometemos a": it commits the speaker, calls on nobody
    if kind == "conclusion":
        if re.match(grammar.stative, rest) and not pledged:  # ("nous nous engageons à rester vigilants" pledges)
            return None  # "We continue to be guided by ...": a state of mind, not an act
        if compiled.to_infinitive.match(rest):
            if _COURTESY_AFTER.match(rest):
                return None  # "queremos hacer un reconocimiento", "Deseamos agradecer": courtesy, no pledge
            kind = "commitment"
        elif not compiled.that_clause.match(rest):
            return None  # "We support the work of ...": no structure to go on; the rules decide
    elif kind == "recommendation" and not compiled.that_clause.match(rest):
        return None
    if kind == "none" and (then := _coordinated_call(compiled, sentence, match.end("verb"))):
        return "call", then.start("verb"), then.end("verb"), WEIGHT, "first_person"  # "We commend X and encourage"
    return (None if kind == "none" else kind), match.start("verb"), match.end("verb"), WEIGHT, "first_person"


def _ahead(compiled: CompiledGrammar, sentence: str, match: re.Match) -> bool:
    """Whether the speakers' verb is a future ("Informaremos") or goes on to an act ("Nous allons achever", "We want
    to increase")."""
    lowered = match.group("verb").lower()
    present = _PRESENT_RONS.search(lowered) and lowered not in _FUTURE_RONS  # "nous honorons"
    future = compiled.future.fullmatch(lowered) and lowered not in compiled.grammar.not_futures and not present
    return bool(future) or _going_to_act(compiled, sentence, match.start("verb"))


# Past wishes and attempts of the speakers ("We wanted to", "Nous voulions", "Queríamos", "Intentamos").
_PAST_WANTING = (
    "wanted",
    "wished",
    "tried",
    "hoped",
    "meant",
    "needed",
    "voulions",
    "souhaitions",
    "espérions",
    "queríamos",
    "quisimos",
    "deseábamos",
    "esperábamos",
    "intentamos",
    "tratamos",
)


# A phrase of up to four words and a comma before a sentence's subject ("This year, ", "Cette année, ", "Por ello, ").
_SHORT_OPENING = re.compile(r"^(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+(?=\S)")


def _going_to_act(compiled: CompiledGrammar, sentence: str, verb_start: int) -> bool:
    """A first-person periphrastic future ("Nous allons achever", "allons les détruire") of an act, not of a
    meeting's schedule ("Nous allons nous réunir")."""
    going = compiled.going.match(sentence, verb_start)
    infinitive = sentence[going.end() :].lower() if going else ""
    if not going or _COURTESY_AFTER.match(infinitive):  # nor thanks: "Nous souhaitons remercier"
        return False
    return not any(infinitive.startswith(stem) for stem in compiled.grammar.schedule)


# Courtesy (or a hope) is no act, after a verb of wanting or a periphrastic future ("queremos hacer un
# reconocimiento", "Deseamos agradecer", "Nous souhaitons remercier", "We wish to thank"): stems of the infinitive.
_COURTESIES = (
    "thank",
    "congratulat",
    "welcom",
    "express",
    "pay tribute",
    "commend",
    "acknowledg",
    "recall",
    "reiter",
    "record",
    "remerci",
    "félicit",
    "salu",
    "exprim",
    "rendre hommage",
    "rappel",
    "réitér",
    "souhaiter la bienvenue",
    "agradec",
    "felicit",
    "expres",
    "rendir homenaje",
    "reconoc",
    "destac",
    # (nor valuing: "Queremos valorar la invitación", "We wish to appreciate", "Nous voulons apprécier")
    "valor",
    "apprecia",
    "appréci",
    # (nor a hope: "Queremos esperar que la humanidad no repita", "We wish to hope")
    "esper",
    "espér",
    "hope",
    # (nor drawing attention: "Nous voulons attirer l'attention sur la question")
    "attirer l",
    "draw attention",
    "draw the attention",
    "llamar la atención",
)
_COURTESY_AFTER = re.compile(
    r"\s*(?:a\s+|à\s+|de\s+|d['’]|to\s+)?(?:hacer\s+(?:un\s+)?(?:especial\s+)?reconocimiento|"
    + "|".join(stem.replace(" ", r"\s+") for stem in _COURTESIES)
    + ")",
    re.IGNORECASE,
)


def _coordinated_call(compiled: CompiledGrammar, sentence: str, after: int) -> re.Match | None:
    """A verb of calling coordinated to the speakers' first verb ("We commend the proposal ... and encourage all
    States to", "Saludamos ... y exhortamos a"), or None."""
    found = _coordinated_calling(tuple(compiled.grammar.exhort)).search(sentence, after)
    return found if found and _asks_someone_to_act(compiled, sentence[found.end() :]) else None


@cache
def _coordinated_calling(exhort: tuple[str, ...]) -> re.Pattern:
    """ "and encourage", "et encourageons", "y alentamos": a verb of calling after "and" (one-word stems only;
    "engag" is also "s'engager", a pledge), compiled once per grammar."""
    stems = [stem for stem in exhort if " " not in stem and stem not in ("engag", "instamment")]
    return re.compile(
        r"\b(?:and|et|y|e)\s+(?:(?:also|aussi|également|también|asimismo)\s+)?(?P<verb>(?:"
        + "|".join(map(re.escape, stems))
        + r")\w*)\s+",
        re.IGNORECASE,
    )


def _read_bare_action(compiled: CompiledGrammar, sentence: str, genre: str, opening: bool = True):
    """An action plan's action stated as a bare verb ("Provide timely information", "Fournir", "Velar por que"):
    a commitment of those the plan binds."""
    if genre == "web_page":  # a page that tells its readers what to do ("Come: Attend the Summit ..."): a call
        label = _RUN_IN_LABEL.match(sentence)
        if not (opening or label):  # an instruction opens its item; inside a narrative, a capital is a noun
            return None
        if label and _A_CAPTIONS_LABEL.match(label.group()):
            return None  # "Photo: Zdecia z Wystawy": a picture's credit, no order
        offset = label.end() if label else 0
        match = compiled.bare_action.match(sentence[offset:])
        if match is None or (not label and _NOT_AN_ORDER.match(sentence, match.end("verb"))):
            return None  # (unlabelled, a noun or a subject: "Lack of funding", "Presentar ... adquiere")
        verb = match.group("verb").lower()
        if verb in _POSSESSIVES or verb == "an":
            return None  # "Her global profile helped to raise awareness", "An overview of": a determiner, no verb
        if _A_DATED_TITLE.match(sentence):
            return None  # "Report on the functioning of the Unit, November 2005 – September 2006": a title
        if verb in _SUBJECT_PRONOUNS or re.match(compiled.grammar.quantifiers, verb, re.IGNORECASE):
            return None  # "We celebrate the progress made", "Nine states explained their votes": a subject
        if match.group("verb") in _first_words_of_countries():
            return None  # "Finland extends its support", "South Sudan has": a State, the subject
        if match.group("verb").lower() in _PREPOSITIONS_BEFORE_TO and re.match(
            r"\s+to\b", sentence[match.end("verb") :]
        ):
            return None  # "Due to the pandemic, the Meeting was held online": a preposition, no order
        return "call", offset + match.start("verb"), offset + match.end("verb"), WEIGHT, "reader"
    match = compiled.bare_action.match(sentence) if genre == "action_plan" else None
    return None if match is None else ("commitment", match.start("verb"), match.end("verb"), WEIGHT, "party")


_POSSESSIVES = ("her", "his", "its", "their", "our", "my", "your")
# A title that ends on the period it covers (", November 2005 – September 2006", ", 2019-2024")
_A_DATED_TITLE = re.compile(r"[^.;:]*,\s+(?:[A-Za-zÀ-ÿ]+\s+)?\d{4}\s*[–—-]\s*(?:[A-Za-zÀ-ÿ]+\s+)?\d{4}\s*$")
_SUBJECT_PRONOUNS = ("we", "i", "you", "they", "he", "she", "it", "nous", "vous", "ils", "elles", "nosotros", "ellos")
_PREPOSITIONS_BEFORE_TO = ("due", "thanks", "owing", "according", "prior", "pursuant", "subject", "contrary", "next")
_RUN_IN_LABEL = re.compile(r"^[A-ZÀ-Þ][\w-]{0,24}:\s+")
_A_CAPTIONS_LABEL = re.compile(
    r"(?:Photos?|Source|Sources|Credits?|Caption|Fotos?|Crédits?|Fuentes?|Images?|Vid[ée]o):"
)


# Not an order on a web page, though it opens with a verb's shape: a noun ("Lack of funding", "High turnout: 111
# States"), or an infinitive as a subject ("Présenter ce rapport ... prend une importance", "Presentar ... adquiere").
@cache
def _first_words_of_countries() -> frozenset[str]:
    """The first word of each country's English name ("Finland", "South", "United"): never an order."""
    import pycountry

    names = (getattr(c, attr, "") for c in pycountry.countries for attr in ("name", "common_name"))
    return frozenset(name.split()[0].strip(",") for name in names if name)


_NOT_AN_ORDER = re.compile(
    r"\s+(?:of|de|del)\b|(?:\s+\S+){0,3}?\s+\S+:|"
    r"(?:\s+\S+)*?\s+(?:est|sont|prend|permet|constitue|représente|devient|reste|demeure|es|son|adquiere|permite|"
    r"constituye|representa|resulta|sigue)\b",
    re.IGNORECASE,
)


def _read_article(compiled: CompiledGrammar, sentence: str):
    """An article of a legal act in the present ("The period is extended until ...") binds."""
    words = sentence.split()
    if len(words) < 4:
        return None
    return "commitment", 0, len(words[0]), LEGAL_WEIGHT, "article"

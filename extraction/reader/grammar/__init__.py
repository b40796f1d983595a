"""How each language's sentences are read by the clause reader (``clauses.py``): the few closed word classes it
needs, as data in ``<language>.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extraction.reader.grammar.validation import GrammarError, problems


@dataclass(frozen=True)
class Grammar:
    """What one language's sentences look like, in the few closed word classes the reader needs."""

    body: str  # a deciding body as a sentence's subject
    auxiliary: str  # auxiliaries between the subject and a participle ("has", "a", "ha")
    observe: tuple[str, ...]  # stems of verbs that only observe, thank or describe
    decide: tuple[str, ...]  # stems of verbs that decide, read even after one that observes ("... and decided")
    advise: tuple[str, ...]  # stems of verbs that recommend
    exhort: tuple[str, ...]  # stems of verbs that call on someone
    future: str  # a future or binding verb group: group 1 is the verb (or the modal with its verb)
    not_futures: tuple[str, ...]  # words that look like futures but say nothing of acting (will be, sera, podrá)
    schedule: tuple[str, ...]  # stems of futures that commit no one ("will open", "se tiendra", "will recall")
    first_person: str  # a sentence's start in the first person plural; group "verb" is the verb
    to_infinitive: str  # what follows a verb that commits to do something
    that_clause: str  # what follows a verb that states a conclusion
    not_verbs: tuple[str, ...]  # words that cannot be the verb after the subject (articles, copulas)
    particles: tuple[str, ...]  # a verb followed by one of these describes an event ("focused on", "contó con")
    quantifiers: str  # a subject that counts ("156 States", "plusieurs États") describes, it does not commit
    stative: str  # an infinitive that states rather than acts ("to be guided", "d'être", "de ser")
    determiners: str  # words at the start of a subject that are not a name
    head_last: bool  # whether a noun phrase's head is its last word (English) or its first (French, Spanish)
    pronouns: tuple[str, ...]  # subjects that stand for a party named earlier ("it will provide")
    impersonal: str  # a report's impersonal passive ("It was decided that"); group "verb" is the verb
    wanting: str  # a verb of wanting before the verb that says what is done ("wishes to thank")
    belief: str  # from the verb: a belief the speakers hold ("are convinced that"), not a feeling
    intention: str  # a party's announced intention ("has decided to", "a décidé de", "ha decidido")
    hosting: tuple[str, ...]  # stems of verbs of hosting others: what a party offers
    providing: str  # a verb group that puts people, equipment or expertise at others' disposal: an offer
    willing: str  # a party's stated readiness ("stands ready to", "est disposé à"): an offer
    reported_future: str  # after an announcing verb: "that it would/will", "qu'il", "que": what it will do
    bare_action: str  # an action plan's action that starts with its verb ("Provide ...", "Fournir ..."); group "verb"
    obligations: tuple[str, ...]  # stems of the Convention's obligations ("destroy", "dépollu"): a strong future
    continuing: str  # a verb of going on before the verb that says what is done ("will continue to host")
    announcement: str  # a party's announcement: an offer when it names money
    request: tuple[str, ...]  # stems of verbs of asking
    feeling: str  # what follows a verb when the sentence expresses a feeling
    irregular_past: tuple[str, ...] = ()  # (English) irregular pasts, read as a body's verb ("took", "held")
    going: str = r"(?!)"  # from the verb: a first-person verb of going or intending, its infinitive ("allons achever")
    self_committing: tuple[str, ...] = ()  # first-person verbs that commit without "nous"/"nos" ("engageons")
    function_words: tuple[str, ...] = ()  # (English) words that end a subject's head noun ("in", "of")
    prepositions: tuple[str, ...] = ()  # (English) a subject ending with one goes on ("Examples of [pledges]")
    # Texts clipped from the web (press releases, news, web pages) report what others decided and pledged:
    reporting_body: str = r"(?!)"  # who decides in a report of a meeting ("the Convention", "los Estados Partes")
    reported_schedule: tuple[str, ...] = ()  # futures that only say what will happen at a meeting ("will present")
    beginnings: tuple[str, ...] = ()  # schedule stems that start an activity when one follows ("will begin demining")
    asking: tuple[str, ...] = ()  # a party's finite verb of asking others ("asked", "a demandé", "pidió"): a call
    call_phrases: tuple[str, ...] = ()  # a reported call made of several words ("hizo un llamado a")
    relatives: tuple[str, ...] = ()  # words that open a relative clause between a subject and its verb ("qui")
    inviting: tuple[str, ...] = ()  # stems of verbs of inviting
    taking_part: tuple[str, ...] = ()  # what an invited party is to do when the inviter hosts it ("attend")
    quoting: str = r"(?!)"  # a sentence that quotes an act's text ("Article 5 provides: '...'"): it binds no one
    stated_goal: str = r"(?!)"  # a goal stated before its subject ("C'est l'objectif que s'est fixé X"): a pledge
    objectives_intro: str = r"(?!)"  # an introduction that lists a party's objectives ("Among Norway's aims are:")
    cut_chapeau: str = r"(?!)"  # a chapeau that lost its calling verb ("on States to:"): its items still call on them
    titles: tuple[str, ...] = ()  # a person's title that heads a subject ("la ministre", "el canciller"): a party
    governments: tuple[str, ...] = ()  # a State's government as a subject ("le gouvernement"): a party
    duration: str = r"(?!)"  # a future that measures a duration ("will take ten years to"): a forecast
    funds: tuple[str, ...] = ()  # money given as a subject ("Esta nueva financiación incluirá"): its donor, a party
    including: str = r"(?!)"  # words that name some members of a group ("Many States, including Chile, ..."): they act
    lead_giving: str = r"(?!)"  # a present of giving in a news lead ("Norway provides", "Noruega aporta"): with a sum
    # aid given in the passive future, its giver unnamed ("Support will be provided to", "Se prestará apoyo a"): the
    # donor named before gives it; group "verb" is the verb
    aid_passive: str = r"(?!)"
    # what the obligations act on, in the passive future ("the remaining minefields will be cleared", "se desminarán 20
    # municipios"): a party's undertaking when ``mined_objects`` (mines, land, places) stands near; group "done"
    obligation_passive: str = r"(?!)"
    mined_objects: str = r"(?!)"
    # a plan told impersonally ("it is planned to", "il est prévu de", "se prevé"): the story's State undertakes it
    planned: str = r"(?!)"
    # when and where, between a verb and what it introduces ("agreed on Thursday in Quito to"): passed over; group
    # "aside"
    when_and_where: str = r"(?!)"
    # a body's verb that pledges, from the end of its subject ("also undertook to", "se sont engagés à"): reported in
    # news, what a meeting's parties committed to
    committing: str = r"(?!)"
    # a party asking for help or saying it needs it ("Angola asked for financial help", "el Yemen necesita apoyo"): a
    # call on those in a position to give it, the party helped
    help_asked: str = r"(?!)"
    # a verb of saying before what was said ("said that", "a indiqué qu'", "dijo que") and how a reported clause
    # shifts a future back ("would => will", "([a-z]+r)ait => \\1a"): what a party said it would do is its future
    saying: str = r"(?!)"
    backshift: tuple[str, ...] = ()
    # an activity or a place said to be finished by a year ("announced that clearance would be completed by 2027",
    # "a annoncé que le déminage serait achevé en 2027", "anunció que el desminado concluiría en 2027"): the
    # speaker's pledge; group "say" is the verb of saying, group "what" the activity
    reported_completion: str = r"(?!)"
    # Word lists the reader uses whatever a sentence's language (every file's entries, joined: ``lexicon()``).
    adverbs: tuple[str, ...] = ()  # adverbs between a subject and its verb ("{adverbs}"; patterns: "\\w+ly")
    not_adverbs: tuple[str, ...] = ()  # words that look like adverbs but are none ("instamment")
    reporting_verbs: tuple[str, ...] = ()  # after these, the party named is the one to act ("requested", "a prié")
    implementers: tuple[str, ...] = ()  # the body named after these carries out what a sentence says
    currencies: tuple[str, ...] = ()  # names of currencies: a sum of money makes an undertaking an offer
    act_openers: tuple[str, ...] = ()  # how a text names itself ("This", "La présente") ...
    act_names: tuple[str, ...] = ()  # ... before its kind ("Decision", "règlement"): its own final clauses
    several: tuple[str, ...] = ()  # words that count speakers ("Several", "Plusieurs") ...
    speakers: tuple[str, ...] = ()  # ... before who spoke ("delegations", "intervenants"): a report, no decision


GRAMMAR_DIR = Path(__file__).resolve().parent


# Currency symbols and ISO codes are the same in every language.
CURRENCY_NOTATION = (
    # (the country after the sign too, as Australian and older wires write it: "$US5 million", "$A4 million")
    r"[$€£¥]\s?\d|\$(?:US|AU?|CA?|NZ)\s?\d|\b\d[\d.,\s]*\s?(?:USD|EUR|CHF|GBP|NOK|SEK|DKK|JPY|AUD|CAD|NZD|ZAR)\b|"
    # (the rand, its sign a letter: "R12 million")
    r"\bR\s?\d[\d.,]*\s?(?:million|billion|bn)\b|"
    r"\b(?:USD|EUR|CHF|GBP|NOK|SEK|DKK|JPY|AUD|CAD|NZD|US\$|LKR|INR|PKR)\s?\d|\bRs\.?\s?\d|"
    # the symbol after the sum, as Canadian French writes it: "15 millions $", "2,5 M$"
    r"\b\d[\d.,]*\s?(?:(?:millions?|milliards?|millones|million|billion|M)\s?)?[$€£]"
)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of every grammar file, joined: the reader uses them whatever a sentence's language."""

    adverbs: str  # zero or more adverbs, each followed by its space ("{adverbs}" in the files)
    reporting: re.Pattern  # a reporting verb whose object is the party that is to act
    implementer: re.Pattern  # the words before the body that carries out what a sentence says
    currency: re.Pattern  # a sum of money
    act_itself: re.Pattern  # a sentence about the text itself ("This Decision shall ...")
    some_speakers: re.Pattern  # what some speakers said ("Several delegations ...")


def _alternatives(key: str) -> str:
    """Every grammar file's entries of ``key``, in the files' order, as alternatives of one pattern."""
    entries = []
    for language in languages():
        try:
            with (GRAMMAR_DIR / f"{language}.toml").open("rb") as handle:
                entries += [entry for entry in tomllib.load(handle).get(key, []) if isinstance(entry, str)]
        except tomllib.TOMLDecodeError:
            continue  # reported by the system check
    return "|".join(dict.fromkeys(entries)) or r"(?!)"


@cache
def lexicon() -> Lexicon:
    not_adverbs = _alternatives("not_adverbs")
    return Lexicon(
        adverbs=r"(?:(?!(?:" + not_adverbs + r")\b)(?:" + _alternatives("adverbs") + r"),?\s+)*",
        reporting=re.compile(r"\b(?:" + _alternatives("reporting_verbs") + r")\s+", re.IGNORECASE),
        implementer=re.compile(r"\b(?:" + _alternatives("implementers") + r")\s+", re.IGNORECASE),
        currency=re.compile(
            r"(?:" + CURRENCY_NOTATION + r"|\b(?:" + _alternatives("currencies") + r")\b)", re.IGNORECASE
        ),
        act_itself=re.compile(
            r"^(?:" + _alternatives("act_openers") + r")\s+(?:" + _alternatives("act_names") + r")\b", re.IGNORECASE
        ),
        some_speakers=re.compile(r"^(?:" + _alternatives("several") + r")\s+(?:" + _alternatives("speakers") + r")\b"),
    )


def reload() -> None:
    """Read the grammar files again (after a linguist's edit, in a running process or a test)."""
    lexicon.cache_clear()
    generic_states.cache_clear()
    pair_subject.cache_clear()
    relative_opener.cache_clear()
    demonyms.cache_clear()
    demonym_phrases.cache_clear()
    GRAMMARS.clear()
    COMPILED.clear()


def languages() -> list[str]:
    """The languages the reader knows: one grammar file each (adding ``pt.toml`` adds Portuguese)."""
    return sorted(path.stem for path in GRAMMAR_DIR.glob("*.toml"))


def load_grammar(language: str) -> Grammar:
    """A language's grammar from ``<language>.toml``, where ``{adverbs}`` stands for the adverbs. A file that does not
    fit the ``Grammar`` raises ``GrammarError`` naming the file and key (``manage.py check`` reports the same)."""
    path = GRAMMAR_DIR / f"{language}.toml"
    if not path.exists():
        raise KeyError(language)
    if found := problems(path, Grammar, lexicon().adverbs):
        raise GrammarError("; ".join(found))
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    data.pop("owners", None)  # read by owners.py (owner_phrases)
    values = {
        key: value.replace("{adverbs}", lexicon().adverbs)
        if isinstance(value, str)
        else tuple(value)
        if isinstance(value, list)
        else value
        for key, value in data.items()
    }
    return Grammar(**values)


class _PerLanguage(Mapping):
    """Loaded on first use, so that a broken file is reported by ``manage.py check`` rather than at import."""

    def __init__(self, load):
        self._load, self._loaded = load, {}

    def __getitem__(self, language: str):
        if language not in self._loaded:
            self._loaded[language] = self._load(language)
        return self._loaded[language]

    def __iter__(self):
        return iter(languages())

    def __len__(self) -> int:
        return len(languages())

    def clear(self) -> None:
        self._loaded.clear()


GRAMMARS: Mapping[str, Grammar] = _PerLanguage(load_grammar)


@cache
def generic_states() -> re.Pattern:
    """ "States", "countries", "pays", "países" (each file's ``[owners] generic_states``), in any language."""
    return re.compile("|".join(owner_phrases(language)["generic_states"] for language in languages()), re.IGNORECASE)


@cache
def pair_subject() -> re.Pattern:
    """ "Both countries", "les deux pays", "ambos países" (each file's ``[owners] carried_pair``): a subject that
    stands for the two States named before it, in any language."""
    return re.compile("|".join(owner_phrases(language)["carried_pair"] for language in languages()), re.IGNORECASE)


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern compiled once for the process: the phrase rules and the actors' names outnumber the 512 patterns
    Python's own cache keeps, and compiling them again for each document was most of the extractor's time."""
    return re.compile(pattern, flags)


@cache
def relative_opener() -> re.Pattern:
    """ "... a declaration in which", "dans laquelle", "en la que" at the end of the words before a verb (each file's
    ``[owners] relative_opener``): the verb's subject is the main clause's."""
    return re.compile("|".join(owner_phrases(language)["relative_opener"] for language in languages()), re.IGNORECASE)


@cache
def relative_subject() -> re.Pattern:
    """ "the Declaration, in which | the States Parties committed", "une question à laquelle | le Chili souhaite":
    the words up to a relative opener whose clause names its own subject (each file's ``[owners]
    relative_subject``)."""
    return re.compile("|".join(owner_phrases(language)["relative_subject"] for language in languages()), re.IGNORECASE)


@cache
def demonyms() -> dict[str, re.Pattern]:
    """A State's adjectives ("Swiss", "suisse", "suizo"), by ISO3 code, in every language (each file's
    ``[owners.demonyms]``)."""
    forms: dict[str, list[str]] = {}
    for language in languages():
        for code, form in owner_phrases(language).get("demonyms", {}).items():
            forms.setdefault(code, []).append(form)
    return {code: re.compile("|".join(found), re.IGNORECASE) for code, found in forms.items()}


@cache
def demonym_phrases() -> list[re.Pattern]:
    """A State's adjective beside a noun for its people, officials or institutions ("le ministre suisse", "el Gobierno
    colombiano", "Peruvian deminers"; each file's ``[owners] demonym_phrase``): group "demonym" is the adjective."""
    adjectives = "|".join(pattern.pattern for pattern in demonyms().values()) or r"(?!)"
    return [
        re.compile(phrase.replace("{demonym}", f"(?P<demonym>{adjectives})"), re.IGNORECASE)
        for language in languages()
        if (phrase := owner_phrases(language).get("demonym_phrase"))
    ]


def owner_phrases(language: str) -> dict:
    """The ``[owners]`` table of a language's file: the phrases that name each group of States (``groups``), the
    word for States in general (``generic_states``) and for a committee (``committee``)."""
    with (GRAMMAR_DIR / f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle).get("owners", {})


# The grammar's patterns compiled as written, with no flag (``CompiledGrammar``'s attributes of the same names).
_PLAIN_PATTERNS = (
    "future",
    "going",
    "first_person",
    "to_infinitive",
    "that_clause",
    "determiners",
    "impersonal",
    "wanting",
    "belief",
    "intention",
    "announcement",
    "saying",
    "reported_completion",
    "lead_giving",
    "reported_future",
    "willing",
    "stated_goal",
    "objectives_intro",
    "cut_chapeau",
    "bare_action",
)


class CompiledGrammar:
    """A grammar's patterns, compiled once."""

    def __init__(self, grammar: Grammar):
        self.grammar = grammar
        lead = r"^(?:[^,;:]{1,80},\s+)?"  # "At its closing session, the Meeting decided ..."
        self.body = re.compile(
            lead + r"(?P<subject>" + grammar.body + r")(?:\s*,[^,]{1,160},)?\s+"
            r"(?P<aux>" + grammar.auxiliary + r")?" + lexicon().adverbs + r"(?P<verb>[a-záéíóúñàâçèêëîïôûü-]+)"
        )
        for name in _PLAIN_PATTERNS:  # compiled as written
            setattr(self, name, re.compile(getattr(grammar, name)))
        # the adverbs of the list (not its patterns: "\\w+ment" would take "le gouvernement") that end a subject,
        # between it and its verb ("Germany also", "Alemania también")
        listed = "|".join(re.escape(adverb) for adverb in grammar.adverbs if "\\" not in adverb) or r"(?!)"
        self.trailing_adverbs = re.compile(r"(?:,?\s+(?:" + listed + r"))+,?\s*$")
        self.backshift = [
            (re.compile(pattern), future) for pattern, future in (entry.split(" => ", 1) for entry in grammar.backshift)
        ]
        self.aid_passive = re.compile(grammar.aid_passive, re.IGNORECASE)
        self.obligation_passive = re.compile(grammar.obligation_passive, re.IGNORECASE)
        self.mined_objects = re.compile(grammar.mined_objects, re.IGNORECASE)
        self.planned = re.compile(grammar.planned, re.IGNORECASE)
        self.when_and_where = re.compile(grammar.when_and_where)
        self.committing = re.compile(grammar.committing, re.IGNORECASE)
        self.help_asked = re.compile(grammar.help_asked, re.IGNORECASE)
        # a second thing announced, joined to the first: "announced it has started ..., and that it would reduce"
        self.joined_future = re.compile(r"(?:,\s*)?\s(?:and|et|y)(?=\s)" + grammar.reported_future)
        # a second verb joined to a body's first: "and decided", "et a décidé", "y decidió"
        self.coordinated = re.compile(
            # (a linking phrase may stand between: "and in this context recommended", "et dans ce contexte a")
            r"\s(?:and|et|y|e)\s+(?:(?:in\s+this\s+(?:context|regard)|therefore|accordingly|dans\s+ce\s+contexte|"
            r"à\s+cet\s+égard|en\s+este\s+contexto|por\s+ello)\s*,?\s+)?(?P<aux>"
            + grammar.auxiliary
            + r")?"
            + lexicon().adverbs
            + r"(?P<verb>[a-záéíóúñàâçèêëîïôûü-]+)"
        )
        self.feeling = re.compile(grammar.feeling, re.IGNORECASE)
        self.quoting = re.compile(grammar.quoting, re.IGNORECASE)
        # a counted or general subject followed by the parties it includes ("Many States, including Chile and
        # Peru, declared"): group "group" is the subject, group "names" the parties named in it
        self.included = re.compile(
            r"(?:^|[,;:]\s+)(?P<group>[^,;:()]{1,80}?)\s*[,(]\s*(?:" + grammar.including + r")\s+"
            r"(?P<names>[^;:()]{2,240}?)\s*[,)]?\s*" + lexicon().adverbs + r"$"
        )
        # a counted group followed by a colon and the parties in it ("Nineteen States Parties: Chile, Peru and Spain
        # pledged"): group "group" is the count, group "names" the parties, who act
        self.listed = re.compile(
            r"(?:^|[,;]\s+)(?P<group>[^,;:]{1,80}?)\s*:\s*(?P<names>[^;:]{2,480}?)\s*" + lexicon().adverbs + r"$"
        )
        self.reporting_body = re.compile(
            r"^(?:[^,;:]{1,80},\s+)?(?P<subject>" + grammar.reporting_body + r")\s+"
            r"(?P<aux>" + grammar.auxiliary + r")?" + lexicon().adverbs + r"(?P<verb>[a-záéíóúñàâçèêëîïôûü-]+)"
        )


COMPILED: Mapping[str, CompiledGrammar] = _PerLanguage(lambda language: CompiledGrammar(GRAMMARS[language]))

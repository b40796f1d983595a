"""Who owns a proposed commitment: who speaks, who is called upon, who benefits."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

from actors.models import Actor
from actors.reference_data import capitals, organisation_aliases, state_aliases
from extraction.places import state_of_places
from extraction.reader.clauses import (
    ARMED_GROUPS,
    OPENING_CONNECTIVE,
    UNIVERSAL_ADHERENCE,
    blank_reporter_aside,
    pair_opening,
)
from extraction.reader.grammar import (
    GRAMMARS,
    compiled,
    demonym_phrases,
    demonyms,
    generic_states,
    lexicon,
    owner_phrases,
    pair_subject,
    relative_opener,
    relative_subject,
)
from extraction.reader.sentences import DATELINE, PLACE_OPENING, SAYING_THAT, STATES_PARTIES_WORDS
from extraction.tables import LastBuilt

# "We, the States Parties": the States Parties speak in the first person.
# (not the States Parties of a region: "Nous, représentants des États parties d'Afrique de l'Ouest" are some of them,
# met in a conference)
_OF_A_REGION = (
    r"(?!\s+(?:of|from|in|d['’]|de|du|des|del|en)\s*(?:the\s+|la\s+|l['’]|las\s+|los\s+|el\s+)?"
    r"(?!Convention|Convenci|Trait|Treaty|Tratado|Ottawa)(?-i:[A-ZÀ-Þ]))"
)
WE_STATES_PARTIES = re.compile(
    r"\bwe,? the [\w\s,-]*?states parties\b" + _OF_A_REGION + r"|\bwe as states parties\b|"
    r"\bnosotros,? los [\w\s,-]*?estados partes?\b" + _OF_A_REGION + r"|"
    # (French puts the apposition after a comma; without one, "Nous mettons à la disposition des États parties" is
    # an offer to them)
    r"\bnous, (?:les )?[\w\s,-]*?[ée]tats parties\b" + _OF_A_REGION + r"|\bnous (?:les )?[ée]tats parties\b",
    re.IGNORECASE,
)
LANGUAGES = ("en", "fr", "es")


def _group_phrases() -> dict[str, list[str]]:
    """The phrases that name each group, in every language (``grammar/<language>.toml``, table ``owners.groups``);
    "We, the States Parties" speaks for all of them."""
    phrases: dict[str, list[str]] = {"states-parties": [WE_STATES_PARTIES.pattern]}
    for language in LANGUAGES:
        for slug, patterns in owner_phrases(language).get("groups", {}).items():
            phrases.setdefault(slug, []).extend(patterns)
    return phrases


GROUP_PHRASES = _group_phrases()
# "States" or "countries" as a call's addressees, and a committee as a document's author, in any language.
GENERIC_STATES = generic_states()
COMMITTEE = re.compile("|".join(owner_phrases(lang)["committee"] for lang in LANGUAGES), re.IGNORECASE)
# The States a text names as helped: "assistance to Angola", "soutien au Tchad", "déminage au Sri Lanka et en
# Ukraine", "the mine action programme in Peru" (``[owners] beneficiary`` of the grammar files).
BENEFICIARY = re.compile(
    "|".join(pattern for lang in LANGUAGES for pattern in owner_phrases(lang)["beneficiary"]), re.IGNORECASE
)
# The State that organises or hosts what others commit to attend: "a workshop organised by Ecuador", "que organizará
# el Perú" (``[owners] organiser``): it commits too.
ORGANISER = re.compile(
    "|".join(pattern for lang in LANGUAGES for pattern in owner_phrases(lang).get("organiser", [])) or r"(?!)",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(
    r"\b(?:we|our|nous|notre|nos|nosotros|nuestr[oa]s?|queremos|quisiéramos|alentamos|podemos)\b", re.IGNORECASE
)
# A speaker's advice that names itself as who is to act ("we should", "nous devons", "debemos"): its own, not the
# parties' (a view in the first person, "il nous semble utile de", still advises the parties).
_ADVISES_ITSELF = re.compile(
    r"\b(?:we\s+(?:\w+\s+)?(?:should|must|need)|debemos|deberíamos|tenemos\s+que|devons|devrions)\b",
    re.IGNORECASE,
)
# A subject that points back ("He also called", "Il a aussi appelé", "También aprobó") and a decision on "its
# request": the actor named just before owns it (``carried_subject``, ``carried_request`` of the grammar files).
CARRIED_SUBJECT = re.compile("|".join(owner_phrases(lang)["carried_subject"] for lang in LANGUAGES), re.IGNORECASE)
CARRIED_PRONOUN = re.compile("|".join(owner_phrases(lang)["carried_pronoun"] for lang in LANGUAGES), re.IGNORECASE)
PAIR_SUBJECT = pair_subject()
RELATIVE_OPENER = relative_opener()
HELP_ASKED = re.compile("|".join(f"(?:{GRAMMARS[lang].help_asked})" for lang in LANGUAGES), re.IGNORECASE)
CARRIED_REQUEST = re.compile("|".join(owner_phrases(lang)["carried_request"] for lang in LANGUAGES), re.IGNORECASE)
# A meeting's name that holds the States Parties ("the Meeting of the States Parties", "la Réunion des États parties"):
# it names the meeting (``meeting_of_parties`` of the grammar files).
MEETING_OF_PARTIES = re.compile(
    "|".join(owner_phrases(lang)["meeting_of_parties"] for lang in LANGUAGES), re.IGNORECASE
)
_ARTICLE_AND_REFLEXIVE = re.compile(r"^(?:the|les|los|las)\s+|\s+(?:se|s['’])$", re.IGNORECASE)
# How far back such a sentence looks for the actor it speaks of (about two paragraphs of news).
CARRY_OVER_CHARS = 600
# The caller's own country as the one helped ("in his country", "dans son pays", "en su país").
OWN_COUNTRY = re.compile(
    r"\b(?:(?:in|to|for) (?:his|her|their|its) country|(?:dans|à|pour) (?:son|leur) pays|(?:en|a|para) su país)\b"
    # (or the caller as the pronoun of the help asked: "to help it", "de l'aider", "a ayudarlo", "que lo apoyen")
    r"|\bto (?:help|assist|support) it\b|\b(?:de|à) l['’](?:aider|appuyer|assister|soutenir|accompagner)\b|"
    r"\ba (?:ayudar|apoyar|asistir|acompañar)l[eao]\b|\bque l[eao] (?:ayude|apoye|asista|acompañe)n?\b"
    # (or the caller's own mines to clear: "to extend help to clear its mines", "pour déminer son territoire")
    r"|\b(?:clear|remove|destroy)\s+(?:all\s+)?its\s+(?:remaining\s+)?(?:mines|minefields|mined\s+areas|territory)\b"
    r"|\b(?:déminer|dépolluer)\s+(?:tout\s+)?son\s+territoire\b|\b(?:desminar|limpiar)\s+(?:todo\s+)?su\s+territorio\b",
    re.IGNORECASE,
)
# Requests for an extension of a deadline, their States unnamed: those with deadlines to meet made them.
_EXTENSION_REQUESTS = re.compile(
    r"\b(?:requests?\s+for\s+(?:an?\s+)?extensions?|extension\s+requests?|demandes?\s+de\s+prolongation|"
    r"solicitud(?:es)?\s+de\s+prórroga)\b",
    re.IGNORECASE,
)
CONFERENCE_WORDS = re.compile(r"\b(?:participants|participantes)\b", re.IGNORECASE)


# Country names that are ordinary words of Convention texts: never taken for the country ("la Réunion" is the
# Meeting in French texts, "la Reunión" in Spanish ones: a meeting's name in a heading is never an owner).
AMBIGUOUS_NAMES = {"réunion", "réunion, la", "reunión", "reunion"}
# State names that are also given names: before a capitalised surname they name a person ("Maurice Diédhiou", "Jordan
# Smith"), not the State.
GIVEN_NAMES = {"maurice", "jordan", "georgia"}
_BEFORE_A_SURNAME = r"(?!\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+))"


_UNACCENTED_CAPITAL = re.compile(r"(?:^|(?<=[\s'’-]))[ÉÈÊ]")
# An English name "Democratic Republic of the Congo" as lists and indexes invert it: "Congo, Democratic Republic of".
_INVERTIBLE_NAME = re.compile(r"(?P<form>(?:[\w']+ )*(?:Republic|State)) of (?:the )?(?P<core>.+)")


def inverted_names(name: str) -> list[str]:
    """The inverted forms of a State's English name, as the Landmine Monitor heads its country pages."""
    match = _INVERTIBLE_NAME.fullmatch(name)
    if not match:
        return []
    inverted = f"{match['core']}, {match['form']} of"
    return [inverted + " the", inverted]


def _unaccent(match: re.Match) -> str:
    return "E"


_NAME_GAP = re.compile(r"[\s\-\u2010\u2011]+")


def name_key(name: str) -> str:
    """A State's name as the directory keys it: a hyphen and a space are the same gap ("Guinea Bissau" is
    "Guinea-Bissau"; "Timor Leste", "Timor-Leste")."""
    return _NAME_GAP.sub(" ", name.strip().lower())


def name_pattern(key: str) -> str:
    """The pattern of a keyed name: any run of spaces or hyphens where it has a gap."""
    return r"[\s\-\u2010\u2011]+".join(map(re.escape, key.split(" ")))


# Mine victims and survivors right beside a State's adjective: after it in English, before it in French and Spanish.
_VICTIMS_AFTER = re.compile(r"\s+(?:(?:land)?mine\s+)?(?:victims|survivors)\b", re.IGNORECASE)
_VICTIMS_BEFORE = re.compile(
    r"\b(?:victimes|survivants|víctimas|sobrevivientes|supervivientes)"
    r"(?:\s+(?:de|des)\s+(?:las\s+)?(?:mines|minas)(?:\s+antipersonal|\s+antipersonnel)?)?\s+$",
    re.IGNORECASE,
)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


# The words before a State's name or adjective that make it part of an organisation's name ("Ayuda Popular Noruega",
# "la Cruz Roja de Colombia", "la Croix-Rouge française"): one list, read as lookbehinds and as a pattern.
# (and a regional organisation's: "Organisation des États américains", "Organization of American States")
_NGO_NAME_HEADS = (
    "Ayuda Popular",
    "Aide populaire",
    "Cruz Roja",
    "Cruz Roja de",
    "Croix-Rouge",
    "Red Cross",
    "Organisation des États",
    "Organización de los Estados",
    "Organization of",
    "Organisation of",
)
_NOT_IN_AN_NGOS_NAME = "".join(f"(?<!{words} )" for words in _NGO_NAME_HEADS)  # (fixed-width lookbehinds)
_IN_AN_NGOS_NAME = re.compile(
    "(?:" + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in _NGO_NAME_HEADS) + r")\s+$", re.IGNORECASE
)
# The words after a State's adjective that make it an organisation's name in English ("Norwegian People's Aid",
# "Danish Refugee Council", "the Swiss Foundation for Mine Action"): the operators, not the State.
_NGO_NAME_TAIL = re.compile(
    r"\s+(?:People['’]?s\s+Aid|Church\s*Aid|Red\s+Cross|Refugee\s+Council|Demining\s+Group|Foundation\s+for)\b"
)


# After a capital, the verb it is the subject of, past auxiliaries and adverbs ("Ottawa will spend", "Seúl se
# comprometió", "Paris s'est engagé"); not a noun it names ("the Ottawa Convention", "Oslo Action Plan", "Ottawa
# process") nor a word that goes on the phrase ("Paris and Berlin", "Ottawa in 1997"). A text may end before the
# verb: the words before a call ("Kyiv | asked donors").
_AUXILIARY = r"(?:has|have|had|will|would|shall|also|is|was|se|a|ha|han|va|ya|también|aussi)"
_A_VERB_AFTER = re.compile(
    r"\s+(?:" + _AUXILIARY + r"\s+|s['’]\s*)*"
    r"(?!(?:and|the|for|with|from|into|that|which|who|where|when|while|but|not|process|treaty|convention|"
    r"declaration|summit|conference|meeting|agreement|accord|protocol|action|plan|challenge|commitments?|office|"
    r"bureau|embassy|headquarters|airport|region|area|city|province|hospital|university|residents|"
    r"dans|pour|avec|sur|sous|par|vers|chez|qui|que|donde|cuando|para|con|por|desde|hacia|les|des|del|los|las|"
    r"une?|el|la|et|ou|y|o)\b)[a-zà-ÿ][a-zà-ÿ'’-]{2,}"
    r"|(?:\s+" + _AUXILIARY + r")*\s*$"  # (its verb cut off)
)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?]\s+)\s*$")
_A_RELATIVE_AFTER = re.compile(r",\s+(?:qui|which|who|que|quien|quienes)\s", re.IGNORECASE)
# Before a capital, a place's preposition ("in Ottawa", "à Paris", "de Ottawa", "d'Oslo") or a determiner of the
# noun it qualifies ("the Ottawa Convention", "the Oslo | ...": where a text was cut).
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|of|near|on|via|en|à|au|de|d|du|des|desde|hacia|vers|por|sur|the|la|le|el|l|les|los|las)"
    r"\s*['’]?\s*$",
    re.IGNORECASE,
)
# The authorities a capital is the seat of ("the authorities in Kabul", "le gouvernement de Kaboul").
_AUTHORITIES_OF = re.compile(
    r"\b(?:authorities|government|officials|autorités|gouvernement|responsables|autoridades|gobierno|funcionarios)"
    r"\s+(?:in|of|from|de|d['’]|à|en)\s*$",
    re.IGNORECASE,
)


# Every stored column of an actor: the directory is the same while none of them changes.
_ACTOR_COLUMNS = [field.attname for field in Actor._meta.concrete_fields]
_DIRECTORY = LastBuilt()


# The other adjective of a pair that shares a noun with a State's adjective already read (before it in English, after
# it in French and Spanish).
_ADJECTIVE_AND_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w-]+)\s+(?:and|et|y|e)\s+$")
_AND_ADJECTIVE_AFTER = re.compile(r"\s+(?:and|et|y|e)\s+(?P<word>[^\W\d_][\w-]+)")


class ActorDirectory:
    """Actors found by name in any of their languages."""

    def __init__(self, actors: list[Actor]):
        self.by_slug = {actor.slug: actor for actor in actors}
        self.states_by_name: dict[str, Actor] = {}
        for actor in actors:
            if actor.kind == Actor.Kind.STATE:
                for name in (actor.name_en, actor.name_fr, actor.name_es, *inverted_names(actor.name_en or "")):
                    if name and len(name) > 3 and name.lower() not in AMBIGUOUS_NAMES:
                        self.states_by_name[name_key(name)] = actor
                        # French capitals often lose their accent: "l'Equateur", "les Etats-Unis"
                        self.states_by_name.setdefault(name_key(_UNACCENTED_CAPITAL.sub(_unaccent, name)), actor)
        by_code = {actor.slug: actor for actor in actors if actor.kind == Actor.Kind.STATE}
        for code, aliases in state_aliases().items():
            for alias in aliases if code.lower() in by_code else []:
                state = by_code[code.lower()]
                self.states_by_name.setdefault(name_key(alias), state)
                # (an alias loses its capital's accent too: "les Etats-Unis")
                self.states_by_name.setdefault(name_key(_UNACCENTED_CAPITAL.sub(_unaccent, alias)), state)
        names = sorted(self.states_by_name, key=len, reverse=True)
        # (a name may end with a full stop, "U.S.": it ends where no word character follows)
        # (not inside an organisation's name: "Ayuda Popular Noruega", "la Cruz Roja de Colombia" are not the State)
        self.state_names = compiled(
            _NOT_IN_AN_NGOS_NAME
            + r"\b("
            + "|".join(name_pattern(name) + (_BEFORE_A_SURNAME if name in GIVEN_NAMES else "") for name in names)
            + r")(?!\w)",
            re.IGNORECASE,
        )
        self.groups = {slug: [compiled(p, re.IGNORECASE) for p in patterns] for slug, patterns in GROUP_PHRASES.items()}
        # A State's adjective beside a noun for its people, officials or institutions ("le ministre suisse", "el
        # Gobierno colombiano", "Peruvian deminers"): ``[owners] demonym_phrase`` and ``[owners.demonyms]``.
        self.demonyms = {by_code[code.lower()]: form for code, form in demonyms().items() if code.lower() in by_code}
        self.demonym_phrases = demonym_phrases()
        # Organisations by the names and acronyms texts use for them (the actors' reference data).
        self.organisations = {slug: compiled("|".join(names)) for slug, names in organisation_aliases().items()}
        # Capitals, read as their State only where a story names a government by one (``capital_spans``).
        self.capitals = {
            name: by_code[code.lower()]
            for code, names in capitals().items()
            if code.lower() in by_code
            for name in names
        }
        self.capital_names = compiled(
            r"(?<![\w-])(" + "|".join(map(re.escape, sorted(self.capitals, key=len, reverse=True))) + r")(?![\w-])"
        )

    @classmethod
    def load(cls) -> ActorDirectory:
        """The directory of the actors as they are now (building it compiles every State's names into one pattern)."""
        rows = tuple(Actor.objects.order_by("pk").values_list(*_ACTOR_COLUMNS))
        return _DIRECTORY.get(rows, lambda _rows: cls(list(Actor.objects.order_by("pk"))))

    def state(self, iso3: str) -> Actor | None:
        return self.by_slug.get(iso3.lower())

    def group(self, slug: str) -> Actor | None:
        return self.by_slug.get(slug)

    def naming(self, actor: Actor, text: str) -> re.Match | None:
        """The first words of ``text`` that name ``actor``: its name in a language, an alias, a group's phrase, or
        the first person for the participants of a conference."""
        patterns = [
            compiled(r"\b" + name_pattern(name) + r"(?!\w)", re.IGNORECASE)
            for name, state in self.states_by_name.items()
            if state.pk == actor.pk
        ]
        patterns += self.groups.get(actor.slug, [])
        patterns += [form for state, form in self.demonyms.items() if state.pk == actor.pk]
        patterns += [pattern for pattern in [self.organisations.get(actor.slug)] if pattern is not None]
        if actor.slug == "conference-participants":
            patterns.append(FIRST_PERSON)
        found = [match for pattern in patterns if (match := pattern.search(text))]
        return min(found, key=lambda match: match.start()) if found else None

    def demonym_spans(self, text: str) -> list[tuple[int, int, Actor]]:
        """(start, end, State) of each State's adjective that ``text`` uses beside a noun for its people or
        institutions ("le ministre *suisse*", "desminadores *peruanos*")."""
        found = {}
        for phrase in self.demonym_phrases:
            for match in phrase.finditer(text):
                words = match.group("demonym")
                if _IN_AN_NGOS_NAME.search(text, 0, match.start("demonym")) or _NGO_NAME_TAIL.match(
                    text, match.end("demonym")
                ):
                    continue  # "Ayuda Popular Noruega", "la Croix-Rouge française": an organisation, not the State
                state = next((s for s, form in self.demonyms.items() if form.fullmatch(words)), None)
                if state is not None:
                    found[match.start("demonym")] = (match.start("demonym"), match.end("demonym"), state)
        for start, end, _state in list(found.values()):
            # a pair of adjectives sharing the noun: "the British and Kenyan governments", "les gouvernements
            # britannique et kényan"
            for pair in (
                _ADJECTIVE_AND_BEFORE.search(text, max(0, start - 40), start),
                _AND_ADJECTIVE_AFTER.match(text, end),
            ):
                word = pair.group("word") if pair else ""
                state = next((s for s, form in self.demonyms.items() if word and form.fullmatch(word)), None)
                if state is not None:
                    found.setdefault(pair.start("word"), (pair.start("word"), pair.end("word"), state))
        return sorted(found.values(), key=lambda span: span[0])

    def demonym_actors(self, text: str) -> list[Actor]:
        """The States ``text`` names by their adjective beside a noun for their people or institutions."""
        return [state for _start, _end, state in self.demonym_spans(text)]

    def capital_spans(self, text: str) -> list[tuple[int, int, Actor]]:
        """(start, end, State) of each capital that names its government: the subject right before its verb
        ("Ottawa will spend", "qu'Ottawa dépensera", "Seúl se comprometió") or the seat of the authorities named
        ("the authorities in Kabul", "les autorités de Sanaa", "las autoridades de Saná")."""
        found = []
        for match in self.capital_names.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]  # (the words just before it tell)
            acting = _A_VERB_AFTER.match(text, match.end()) and not _PLACE_PREPOSITION.search(before)
            # ("Berne, qui a présenté ..., débloquera": a sentence's subject, a relative clause on it before its verb)
            acting = acting or (_OPENS_A_SENTENCE.search(before) and _A_RELATIVE_AFTER.match(text, match.end()))
            if acting or _AUTHORITIES_OF.search(before):
                found.append((match.start(), match.end(), self.capitals[match.group(1)]))
        return found

    def states_of_victims(self, text: str) -> list[Actor]:
        """The States Parties whose mine victims ``text`` names by their adjective ("Cambodian victims", "las víctimas
        nicaragüenses", "les survivants cambodgiens"): those a pledge for them helps."""
        return self.states_of_people(text, _VICTIMS_AFTER, _VICTIMS_BEFORE)

    def states_of_people(self, text: str, after: re.Pattern, before: re.Pattern) -> list[Actor]:
        """The States Parties ``text`` names by their adjective beside a noun for their people, ``after`` it
        ("Cambodian victims") or ``before`` it ("las víctimas nicaragüenses")."""
        found = []
        for state, form in self.demonyms.items():
            for match in form.finditer(text):
                if not _whole_word(text, match.start(), match.end()):
                    continue  # ("Sudanese" inside "South Sudanese")
                if after.match(text, match.end()) or before.search(text, 0, match.start()):
                    found.append((match.start(), state))
        return [state for _start, state in sorted(found, key=lambda item: item[0]) if state.has_joined]

    def state_of_places(self, text: str) -> Actor | None:
        """The State whose provinces or regions ``text`` names most (``places``): for a story that names no State."""
        code = state_of_places(text)
        return self.state(code) if code else None

    def states_in(self, text: str) -> list[Actor]:
        return [self.state_named(match.group(1)) for match in self.state_names.finditer(text)]

    def state_named(self, words: str) -> Actor:
        """The State that ``words``, found by ``state_names``, name."""
        return self.states_by_name[name_key(words)]

    def group_spans(self, text: str) -> list[tuple[int, int]]:
        return [
            (match.start(), match.end())
            for patterns in self.groups.values()
            for p in patterns
            for match in p.finditer(text)
        ]

    def groups_in(self, text: str) -> list[Actor]:
        """Groups named in the text, in the order they first appear. A phrase found inside a longer one names
        nothing ("each State Party" inside "each State Party with mine clearance obligations")."""
        spans = [
            (match.start(), match.end(), slug)
            for slug, patterns in self.groups.items()
            if slug in self.by_slug
            for pattern in patterns
            for match in pattern.finditer(text)
        ]
        kept = [
            (start, slug)
            for start, end, slug in spans
            if not any(s <= start and end <= e and (e - s) > (end - start) and g != slug for s, e, g in spans)
            and not (
                slug == "states-parties" and any(g != slug and _qualified(text, start, end, s, e) for s, e, g in spans)
            )
        ]
        first_seen: dict[str, int] = {}
        for start, slug in sorted(kept):
            first_seen.setdefault(slug, start)
        return [self.by_slug[slug] for slug in sorted(first_seen, key=first_seen.get)]


# What may stand between "States Parties" and the words that narrow them: nothing, or a relative opener and its verb
# ("States Parties | that are | in a position to do so", "Los Estados partes | que estén | en condiciones").
_QUALIFIER_GAP = re.compile(r"\s*(?:(?:that|which|who|que|qui)\s+\w+\s*)?", re.IGNORECASE)


def _qualified(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether the "States Parties" at start:end are narrowed by another group's phrase: one that overlaps them
    ("Estados partes afectados") or follows them ("States Parties in a position to do so")."""
    overlaps = other_start < end and start < other_end
    return overlaps or (other_start >= end and bool(_QUALIFIER_GAP.fullmatch(text, end, other_start)))


def carried_owners(
    text: str, matches, text_before: str, directory: ActorDirectory, clauses=(), decision: bool = False
) -> list[Actor]:
    """The actor named last before a sentence whose subject points back to it ("Il a aussi appelé ...") or that
    decides on "its request"; the two States named last for "both countries" ("Ambos países participarán"); none
    when the sentence has a subject of its own or nothing was named before. A ``decision`` is on a State: a
    pronoun that opens it is the meeting ("It also granted Chad's request"), so only "its request" looks back, to
    the State named last (an organisation named before, such as the page's publisher, decides nothing)."""
    from extraction.reader.sentences import split_sentences

    # where the verb is: the first verb group the reader parsed, else the first words a phrase rule matched (a phrase
    # may run from the sentence's start: "Both countries will" is one match)
    verbs = [clause.start for clause in clauses if clause.kind is not None]
    first = min(verbs or [start for start, _end, _kind in matches], default=None)
    if first is None or _phrase_names_its_subject(text, matches, first, directory):
        return []
    for offset, sentence in split_sentences(text):
        if offset <= first < offset + len(sentence):
            return _carried_in_sentence(text, sentence, offset, first, text_before, directory, decision)
    return []


def _phrase_names_its_subject(text: str, matches, first: int, directory: ActorDirectory) -> bool:
    """Whether the phrase that opens the operative words names its own State ("The objective is for Ukraine to be
    free of mines"): no one before it is pointed back to (a body's "l'engagement de l'UNMAS à soutenir", in a story
    on Nigeria, still helps the story's State)."""
    from extraction.reader.sentences import named_actors

    ends = [end for start, end, _kind in matches if start == first]
    return bool(ends) and any(_a_state(actor) for actor in named_actors(text[first : max(ends)], directory))


# The saying before a reported subject ("A press release said | both governments", "a indiqué que | les deux pays").
_SAID_BEFORE = re.compile(
    r"^.*\b(?:said|says|stated|announced|added|reported|indicated|confirmed)\s+(?:that\s+)?|^.*\bqu(?:e\s+|['’]\s*)",
    re.IGNORECASE,
)
_TRAILING_AUXILIARY = re.compile(r"\s+(?:were|was|are|is|have|has|had|will|would)\s*$", re.IGNORECASE)
# An agreement that binds the two States named before ("The agreement ... commits both countries to", "l'accord engage
# les deux pays à", "el acuerdo compromete a ambos países a").
_BINDS_A_PAIR = re.compile(r"\b(?:commits|engage|compromete\s+a)\s+(?P<pair>[^\s,;.]+\s+[^\s,;.]+)\s+(?:to|à|a)\b")


def _carried_in_sentence(
    text: str, sentence: str, offset: int, first: int, text_before: str, directory: ActorDirectory, decision: bool
) -> list[Actor]:
    """What ``carried_owners`` finds for the sentence (at ``offset``) whose verb is at ``first``."""
    from extraction.reader.sentences import last_states_named

    subject_zone = _subject_zone(sentence[: first - offset])
    before = (text_before + " " + text[:first])[-CARRY_OVER_CHARS:]
    # "los países se comprometieron": those at the meeting (also after an opening phrase: "Under the plan
    # adopted on Friday, the States commit to")
    last_clause = re.split(r"[,;:]\s+", subject_zone.strip())[-1]
    subject = _ARTICLE_AND_REFLEXIVE.sub("", last_clause.strip())
    if GENERIC_STATES.fullmatch(subject) or (not decision and _STATES_PARTIES_ALONE.fullmatch(subject)):
        return [directory.group("states-parties")]
    everything = f"{text_before} {text[:first]}"  # (the story so far, from its title)
    bare_zone = _LINKING_OPENING.sub("", subject_zone).strip()  # ("Así, ambos gobiernos")
    # ("A press release said both governments | were committed to")
    bare_zone = _TRAILING_AUXILIARY.sub("", _SAID_BEFORE.sub("", bare_zone))
    if PAIR_SUBJECT.fullmatch(bare_zone):  # (the pair may be named only in the title, far above)
        return _pair_named_before(before, everything, directory, subject_zone)
    if (bound := _BINDS_A_PAIR.search(sentence)) and PAIR_SUBJECT.fullmatch(bound.group("pair")):
        return _pair_named_before(before, everything, directory, bound.group("pair"))  # "commits both countries to"
    if pair := pair_opening(subject_zone):  # "The three countries affirmed ..., pledging to": the main clause's
        return _pair_named_before(before, everything, directory, pair)
    if relative := RELATIVE_OPENER.search(subject_zone):  # "a declaration in which they committed to"
        return _relative_clause_owners(subject_zone[: relative.start()], before, everything, directory)
    if own := relative_subject().match(subject_zone):  # "the Declaration, in which the States Parties"
        main = _ARTICLE_AND_REFLEXIVE.sub("", subject_zone[own.end() :].strip())
        if STATES_PARTIES_WORDS.search(main) or GENERIC_STATES.fullmatch(main):
            return [directory.group("states-parties")]
    points_back = _points_back(subject_zone)
    if decision:
        request = CARRIED_REQUEST.search(sentence)
        return last_states_named(before + " " + sentence[: request.start()], directory, 1) if request else []
    if points_back and _OUR_COUNTRY.search(subject_zone):  # "notre pays a décidé": the State the story is about
        return _most_named(everything, directory, first_on_tie=True)
    if points_back and _A_COUNTRY.search(subject_zone):  # "el país cumplirá": the State named last,
        return _country_named_last(everything, directory)  # (however far back)
    quoted, in_quotation = _quoted_first_person(subject_zone, text, offset, first)
    if in_quotation and _COLLECTIVE_SPEAKERS.search(text):  # "“We will ...,” the delegates said in their
        return [directory.group("conference-participants")]  # Declaration": all who adopted it
    if quoted:
        # "“We will ...”": its sayer named after it ("the EU ambassador said"), else the State the story is about,
        # named most (not a State named last in passing: "the previous chairs were Kenya ... Norway")
        return quoted_sayer(text, first, first, directory) or _most_named(everything, directory)
    if points_back and _pair_opens_last_sentence(f"{text_before} {text[:offset]}"):
        # "Ambas delegaciones acordaron participar ... También acordaron desarrollar": the same two go on
        return _pair_named_before(before, everything, directory)
    if points_back and (
        together := _they_listed_before(subject_zone, sentence[: first - offset], everything, directory)
    ):
        return together  # "Poland and the Baltic States ... They will remain committed": all of them
    if points_back and (envoys := envoys_state(subject_zone, f"{text_before} {text[:offset]}", directory)):
        return envoys  # "le diplomate s'est déclaré", after "l'ambassadeur français à Bakou"
    if points_back or CARRIED_REQUEST.search(sentence):
        said_before = sentence[: first - offset]
        return _the_one_pointed_back(subject_zone, said_before, before, f"{text_before} {text[:offset]}", directory)
    return []


# An envoy called by the title alone ("the ambassador", "le diplomate", "la embajadora"), after a sentence named him
# with his State ("l'ambassadeur français à Bakou, Zacharie Gross"): that State, not the State named last.
_ENVOY_TITLES = (
    r"(?:ambassador|ambassadeur|ambassadrice|embajador[a]?|diplomat|diplomate|diplomátic[oa]|envoy|envoyée?|enviad[oa])"
)
_TITLE_ALONE = re.compile(r"(?:the|la|le|el|l['’])\s*" + _ENVOY_TITLES + r"\b", re.IGNORECASE)
_ENVOYS = re.compile(r"\b" + _ENVOY_TITLES + r"\b", re.IGNORECASE)


def envoys_state(subject_zone: str, text_before: str, directory: ActorDirectory) -> list[Actor]:
    """The State named with the last envoy in ``text_before``, when the subject is an envoy's title alone."""
    from extraction.reader.sentences import named_actors

    if not _TITLE_ALONE.match(subject_zone.rsplit(",", 1)[-1].strip()):
        return []
    named = []
    for title in _ENVOYS.finditer(text_before):
        around = text_before[max(0, title.start() - 40) : title.end() + 40]
        named = (
            directory.demonym_actors(around)[:1]
            or [a for a in named_actors(around, directory) if _a_state(a)][:1]
            or named
        )
    return named


def _the_one_pointed_back(
    subject_zone: str, said_before: str, before: str, sentences_before: str, directory: ActorDirectory
) -> list[Actor]:
    """Whom a pronoun subject stands for: a group its own sentence names with no actor ("the signatory States said
    they will"), else the actor named last before, else the States a sentence before counted."""
    from extraction.reader.sentences import last_actor_named

    if (groups := directory.groups_in(said_before)) and last_actor_named(said_before, directory) is None:
        return groups[:1]
    actor = last_actor_named(before, directory)
    if actor is None and CARRIED_PRONOUN.match(subject_zone) and _states_just_before(sentences_before):
        return [directory.group("states-parties")]  # "Plus de 120 États ont adopté ce plan. Ils s'engagent"
    return [actor for actor in [actor] if actor is not None]


# A plural that points back: "they", "ils", "ellos"; or a Spanish plural verb of saying with its subject dropped
# ("aseguraron que seguirán").
_THEY = re.compile(r"^\s*(?:they|ils|elles|ellos|ellas)\b", re.IGNORECASE)
_THEY_SAID = re.compile(r"\b[a-záéíóúñ]{3,}(?:aron|ieron)\s+que\s*$", re.IGNORECASE)


def _points_back(subject_zone: str) -> bool:
    """Whether a subject stands for someone named before: a pronoun, "the government", "el país" (also after an
    opening phrase: "To that end, the Government", "En pointe dans la lutte contre les mines, notre pays")."""
    return bool(
        CARRIED_SUBJECT.fullmatch(subject_zone)
        or CARRIED_SUBJECT.fullmatch(subject_zone.rsplit(", ", 1)[-1])
        or CARRIED_PRONOUN.match(subject_zone)
        or QUOTE_OPENED_AFTER_SAYING.search(subject_zone)
        or _QUOTED_OWN_STATE.fullmatch(subject_zone)
    )


def _they_listed_before(subject_zone: str, before_verb: str, everything: str, directory: ActorDirectory) -> list[Actor]:
    """The States a plural subject pointing back stands for ("they", "aseguraron que"): those listed together last,
    when the story's first State is among them (not its partners: "the German ambassador and his UK counterpart")."""
    from extraction.reader.sentences import named_actors

    said = not subject_zone.strip() and _THEY_SAID.search(before_verb)
    if not (_THEY.match(subject_zone.rsplit(", ", 1)[-1]) or said):
        return []
    listed = _states_listed_together(everything, directory)
    first = next((actor for actor in named_actors(everything, directory) if _a_state(actor)), None)
    return listed if first in listed else []


def _subject_zone(before_verb: str) -> str:
    """The words of a sentence that may name who acts, up to its verb: after a verb of saying ("Asimismo afirmó que |
    el país"), without a dateline ("Quito, 3 décembre 2026 – ") or the reporter's aside ("Ambos países, refirió,");
    the sayer when only a pronoun follows it and it is a counted pair ("The three countries stressed that they")."""
    *sayers, zone = SAYING_THAT.split(before_verb)
    if sayers and CARRIED_PRONOUN.match(zone) and (pair := pair_opening(DATELINE.sub("", sayers[-1]))):
        zone = pair
    return blank_reporter_aside(OPENING_CONNECTIVE.sub("", DATELINE.sub("", zone).lstrip()))  # ("Con ello los")


def _quoted_first_person(subject_zone: str, text: str, offset: int, first: int) -> tuple[bool, bool]:
    """Whether the sentence's verb (at ``first``) is a first person speaking in a quotation ("“We will", "« Nous",
    or no pronoun: "Buscamos erradicar"), and whether the verb stands inside a quotation at all."""
    bare = subject_zone.lstrip(' “"«‘')  # (the quotation mark that opens the sentence names no one)
    in_person = (
        _WE.fullmatch(bare)
        or _WE.fullmatch(_LINKING_OPENING.sub("", bare))  # "Et bientôt, nous allons terminer"
        or _WE_AND.fullmatch(bare)
        or (not bare.strip() and (_WE.match(text[first:]) or _FIRST_PLURAL_VERB.match(text[first:])))
    )
    opened = _quote_open(text[:offset]) or re.fullmatch(r"\s*[“\"«]\s*", subject_zone)  # (or opens the sentence)
    quoted = bool(_QUOTED_WE.match(subject_zone) or (in_person and opened))
    quoted = quoted or bool(_WE_AFTER_THAT.search(subject_zone) and _quote_open(text[:first]))  # "“Let me say that we
    # (a first person joined to what the quotation said: "“Se ha avanzado en un 60% y daremos un mayor impulso”")
    joined = _JOINED_WE.search(subject_zone) or (
        _JOINED.search(subject_zone) and (_WE.match(text[first:]) or _FIRST_PLURAL_VERB.match(text[first:]))
    )
    quoted = quoted or bool(joined and _quote_open(text[:first]))
    return quoted, quoted or _quote_open(text[:first])


def _relative_clause_owners(main_clause: str, before: str, everything: str, directory: ActorDirectory) -> list[Actor]:
    """Who commits in a relative clause ("a declaration in which they committed to"): the subject of the clause
    it hangs on: States in general, two States named before ("Ambos ministros suscribieron una declaración en la
    que se comprometieron"), else the actor that clause names."""
    from extraction.reader.sentences import named_actors

    main = DATELINE.sub("", re.split(r"[,;:]\s+", main_clause)[-1]).strip()
    if GENERIC_STATES.match(_ARTICLE_AND_REFLEXIVE.sub("", main)):
        return [directory.group("states-parties")]
    if pair := pair_opening(main):
        return _pair_named_before(before, everything, directory, pair)
    return named_actors(main, directory)[:1]


def _pair_opens_last_sentence(before: str) -> bool:
    """Whether the sentence just before opens with two States as its subject ("Ambas delegaciones acordaron")."""
    from extraction.reader.sentences import split_sentences

    sentences = split_sentences(before.strip())
    return bool(sentences) and bool(pair_opening(DATELINE.sub("", sentences[-1][1])))


def _pair_named_before(near: str, everything: str, directory: ActorDirectory, words: str = "") -> list[Actor]:
    """The two States "both countries" stand for (three for "the three countries", ``words``): the ones named last
    just before, else those named last in all that came before (a story may name its pair only in its title:
    "Ecuador y Perú evalúan ...")."""
    from extraction.reader.sentences import last_states_named

    count = next((n for n, number in _COUNTED.items() if number.search(words)), 2)
    if count > 2 and (listed := _states_listed_together(everything, directory, count)):
        return listed  # "les quatre pays": the four a sentence listed, not the last four named in passing
    if count == 2 and (subjects := _pair_opening_a_sentence(near, directory)):
        return subjects  # "Thailand and Cambodia signed ..., witnessed by the US and Malaysia": the two who signed
    pair = last_states_named(near, directory, count=count)
    return pair if len(pair) == count else last_states_named(everything, directory, count=count) or pair


def _states_listed_together(text: str, directory: ActorDirectory, count: int | None = None) -> list[Actor]:
    """The States of the last sentence of ``text`` that lists ``count`` of them ("les quatre pays"), or (no count)
    two or more, all parties ("they": not a sentence in passing on those outside, "the US, China and Russia have
    not")."""
    from extraction.reader.sentences import named_actors, split_sentences

    for _offset, sentence in reversed(split_sentences(text[-3000:])):
        if count:
            states = list(dict.fromkeys(actor for actor in named_actors(sentence, directory) if _a_state(actor)))
        else:  # (named as one list: "Estonia, Latvia, Lithuania and Poland", not "the German ambassador and his UK
            states = _coordinated_states(sentence, directory)  # counterpart")
        if len(states) == count if count else len(states) >= 2 and all(state.has_joined for state in states):
            return states
    return []


_LIST_JOIN = re.compile(
    r"\s*(?:,\s*(?:(?:and|et|y|e)\s+)?|(?:and|et|y|e)\s+)(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?", re.IGNORECASE
)


def _pair_opening_a_sentence(text: str, directory: ActorDirectory) -> list[Actor]:
    """The two States that open the last sentence of ``text`` opening on two ("Peru and Ecuador signed ..."): its
    subject, whatever States it names after."""
    from extraction.reader.sentences import split_sentences

    for _offset, sentence in reversed(split_sentences(text)):
        lists = _state_lists(sentence, directory)
        if lists and lists[0][0] < 8 and len(lists[0][1]) >= 2:
            return lists[0][1][:2]
    return []


def _coordinated_states(sentence: str, directory: ActorDirectory) -> list[Actor]:
    """The States of the last list of names joined by commas and "and" in ``sentence``."""
    return list(
        dict.fromkeys(
            next((states for _start, states in reversed(_state_lists(sentence, directory)) if len(states) >= 2), [])
        )
    )


def _state_lists(sentence: str, directory: ActorDirectory) -> list[tuple[int, list[Actor]]]:
    """(where it starts, its States) of each run of State names joined by commas and "and" in ``sentence``."""
    from extraction.reader.sentences import named_spans

    spans = [(start, end, actor) for start, end, actor in named_spans(sentence, directory) if _a_state(actor)]
    lists: list[tuple[int, list[Actor]]] = []
    last_end = None
    for start, end, actor in spans:
        if last_end is None or not _LIST_JOIN.fullmatch(sentence[last_end:start]):
            lists.append((start, []))
        lists[-1][1].append(actor)
        last_end = end
    return lists


# The number of States a carried subject stands for, beyond two ("the three countries", "los cuatro países").
_COUNTED = {
    3: re.compile(r"\b(?:three|tres|trois)\b", re.IGNORECASE),
    4: re.compile(r"\b(?:four|cuatro|quatre)\b", re.IGNORECASE),
}


# "the States Parties", "los 156 Estados Parte", "les États parties" as a whole subject.
_STATES_PARTIES_ALONE = re.compile(
    r"(?:\d{2,3}\s+)?(?:States\s+Parties|[ÉE]tats\s+parties|Estados\s+Partes?)", re.IGNORECASE
)


def _states_just_before(before: str) -> bool:
    """Whether the sentence before speaks of States in general ("More than 120 States adopted the plan")."""
    from extraction.reader.sentences import split_sentences

    sentences = split_sentences(before)
    return bool(sentences) and bool(GENERIC_STATES.search(sentences[-1][1]))


def _country_named_last(text: str, directory: ActorDirectory) -> list[Actor]:
    """The State ``text`` names last; in a story that names none, the one whose provinces it names ("el Ejército ...
    Antioquia")."""
    from extraction.reader.sentences import last_states_named

    return last_states_named(text, directory, count=1) or list(filter(None, [directory.state_of_places(text)]))


def _most_named(text: str, directory: ActorDirectory, first_on_tie: bool = False) -> list[Actor]:
    """The actor ``text`` names most often (of two as often, the one named last, or first with ``first_on_tie``:
    "our country" is the one the story opens on); none if it names none."""
    from extraction.reader.sentences import acting_mentions

    mentions = acting_mentions(text, directory)
    if not mentions:
        return []
    counts = Counter(mentions)
    if first_on_tie:
        return [max(counts, key=lambda actor: (counts[actor], -mentions.index(actor)))]
    return [max(counts, key=lambda actor: (counts[actor], len(mentions) - mentions[::-1].index(actor)))]


# A speaker in the first person ("we", "I", "nous", "je", "nosotros", "yo"), and a quotation that opens on one ("“We
# will", "« Je m'engage", "“Nosotros"): an official speaking for a State.
# (a first person asking leave to speak is one too: "Let me therefore call on", "Permettez-moi d'appeler",
# "Permítanme hacer un llamado")
_WE = re.compile(
    r"\s*(?:(?:we|nous|nosotros|nosotras|i|je|yo|me)\b|j['’]|let\s+(?:me|us)\b(?:\s+(?:therefore|also|now|then))?|"
    r"permettez-moi\s+(?:donc\s+|aussi\s+|enfin\s+)?(?:de\b|d['’])|permít(?:an|a)me\b(?:\s+(?:también|pues))?)\s*",
    re.IGNORECASE,
)
# "We" with a first verb, then the one read ("We support this vision, and will continue"): the same subject.
_WE_AND = re.compile(r"\s*(?:we|nous|nosotros|nosotras)\s+[^.;:“”«»\"]*\s(?:and|et|y)\s*", re.IGNORECASE)
# "we" opening a clause after "that" ("Let me say that we will", "je peux dire que nous", "digo que nosotros").
_WE_AFTER_THAT = re.compile(r"\b(?:that|que|qu['’])\s*(?:we|nous|nosotros|nosotras)\s*$", re.IGNORECASE)
_LINKING_OPENING = re.compile(r"^\s*(?:(?:and|et|y|but|mais|pero)\s+)?[\w\s’']{1,30},\s*", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|et|y|e)\s+$", re.IGNORECASE)
_JOINED_WE = re.compile(r"\s(?:and|et|y|e)\s+(?:we|nous|nosotros|nosotras)\s+$", re.IGNORECASE)
_FIRST_PLURAL_VERB = re.compile(r"[A-ZÁÉÍÓÚa-záéíóúñ]+(?:amos|emos|imos)\b")
# (a linking adverb may open the quotation: "“Thus we will", "« Ainsi, nous", "«Así, nosotros")
_QUOTED_WE = re.compile(
    r"^\s*[“\"‘«]\s*(?:(?:thus|so|therefore|together|today|now|ainsi|donc|ensemble|aujourd['’]hui|así|juntos|hoy)"
    r"\s*,?\s+)?" + _WE.pattern,
    re.IGNORECASE,
)


def _quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end ("“We made a statement. We will")."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


# A subject that stands for a State ("the country", "le gouvernement", "el país"): never an organisation named before.
_A_COUNTRY = re.compile(
    r"\b(?:" + "|".join(word for grammar in GRAMMARS.values() for word in grammar.governments) + r")\b", re.IGNORECASE
)
# A quotation opened after whoever speaks and is still open where the pledge is ("The Minister said: “We will",
# "El ministro agregó: “Para entonces, cumpliremos"): the speaker speaks for the party named before.
QUOTE_OPENED_AFTER_SAYING = re.compile(r"[:,]\s*[“«\"][^”»\"]*$")


def _state_of_title(title: str | None, directory: ActorDirectory, *, as_a_place: bool = False) -> Actor | None:
    """The one State a title names other than as a place ("Déclaration de la France", "on the request submitted by
    Ethiopia"; not "Conference on Demining in Ukraine"; with ``as_a_place``, that one too), or None."""
    from extraction.reader.sentences import named_as_place

    title = title or ""
    named = {
        directory.state_named(match.group(1))
        for match in directory.state_names.finditer(title)
        if as_a_place or not named_as_place(title, match.start())
    }
    return named.pop() if len(named) == 1 else None


def _declaration_speaker(title: str | None, directory: ActorDirectory) -> Actor | None:
    """A declaration adopted by a meeting: its "we" are all who took part, never its host; but "Déclaration de la
    France", "Declaración de Noruega" is a State's statement, and one "au nom de l'Union européenne" the Union's."""
    on_behalf = _ON_BEHALF_OF.search(title or "")
    return (
        _state_of_title(title, directory)
        or (_organisation_of_title(title, directory) if on_behalf else None)
        or directory.group("conference-participants")
    )


_ON_BEHALF_OF = re.compile(r"\b(?:on\s+behalf\s+of|au\s+nom\s+de|en\s+nombre\s+de)\b", re.IGNORECASE)


_AN_OCCASION = re.compile(
    r"\s+(?:international\s+)?(?:day|week|year|conference|summit|general\s+assembly|security\s+council)\b",
    re.IGNORECASE,
)


def _organisation_of_title(title: str | None, directory: ActorDirectory) -> Actor | None:
    """The one organisation a title names when it names no State ("ICBL Statement on Universalization"), or None."""
    from extraction.reader.sentences import named_actors, named_spans

    # (an organisation that only names an occasion is no speaker: "UN International Day for Mine Awareness statement")
    occasions = {actor for _start, end, actor in named_spans(title or "", directory) if _AN_OCCASION.match(title, end)}
    named = [actor for actor in named_actors(title or "", directory) if actor not in occasions]
    organisations = [actor for actor in named if actor.kind == Actor.Kind.ORGANISATION]
    if len(organisations) == 1 and len(named) == 1:
        return organisations[0]
    # (two named: the one the statement is by, "ICRC statement to the United Nations")
    speaking = [
        actor
        for start, end, actor in named_spans(title or "", directory)
        if actor.kind == Actor.Kind.ORGANISATION
        and (_STATEMENT_AFTER.match(title, end) or _STATEMENT_BEFORE.search(title, 0, start))
    ]
    return speaking[0] if speaking else None


_STATEMENT_AFTER = re.compile(
    r"\s+(?:statement|address|message|déclaration|intervention|declaración|intervención)\b", re.I
)
_STATEMENT_BEFORE = re.compile(
    r"\b(?:statement|address|message|déclaration|intervention|declaración|intervención)\s+(?:by|of|from|du|de\s+la|de\s+l['’]|"
    r"des|del|de)\s*(?:the\s+)?$",
    re.I,
)


def title_helped(title: str, directory: ActorDirectory) -> list[Actor]:
    """The States Parties a story's title names as helped ("La Belgique aide l'Irak à déminer son territoire", "Norway
    increases its support to demining in Iraq", "Japón apoya a Camboya"), with those listed with them."""
    from extraction.reader.sentences import named_list

    helped = [
        actor
        for match in [*BENEFICIARY.finditer(title), *_HELPS.finditer(title)]
        for actor in named_list(title[match.end() : match.end() + 80], directory, reach=5)
    ]
    # (or a State's people: "enviará desminadores para ayudar a entrenar a los ucranianos", "to train Ukrainians")
    helped += [
        state
        for match in _HELPING.finditer(title)
        for state in _people_named(title[match.end() : match.end() + 40], directory)
    ]
    return list(dict.fromkeys(actor for actor in helped if actor.kind == Actor.Kind.STATE and actor.has_joined))


_HELPING = re.compile(
    r"\b(?:help|assist|train|support|aider|former|soutenir|ayudar|entrenar|capacitar|formar|apoyar)\w*\b", re.IGNORECASE
)


def _people_named(text: str, directory: ActorDirectory) -> list[Actor]:
    """The States whose people ``text`` names by their plural ("los ucranianos", "Ukrainians", "les Ukrainiens")."""
    words = re.findall(r"(?<![\w-])[^\W\d_]+s\b", text)
    return [state for word in words for state, form in directory.demonyms.items() if form.fullmatch(word)]


# A title's verb of helping or clearing, before the State helped ("aide l'Irak", "helps Cambodia", "apoya a Colombia",
# "para limpiar Chipre de minas").
_HELPS = re.compile(
    r"\b(?:aide|aident|soutient|appuie|helps?|supports?|assists?|ayuda|apoya|asiste|"
    r"limpiar|desminar|déminer|dépolluer|clear|demine)\s+(?:l['’]\s*|le\s+|la\s+|a\s+)?"
    r"(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)


def act_beneficiary(document, directory: ActorDirectory) -> Actor | None:
    """The one State a legal act's title names ("Council Decision ... in support of mine action in Colombia"): what
    the act's author undertakes in its articles helps that State, which owns it too."""
    return _state_of_title(document.title, directory, as_a_place=True) if document.kind == "legal_act" else None


# The UN Secretary-General named in a message's title ("Secretary-General Says", "Le Secrétaire général dit").
_SECRETARY_GENERAL = re.compile(  # (a title in capitals may drop its accents: "LE SECRETAIRE GENERAL")
    r"\bSecretar(?:y[- ]General|io\s+General)\b|\bSecr[ée]taire\s+g[ée]n[ée]ral\b", re.IGNORECASE
)


# A statement its opening gives as the Secretary-General's ("The following statement by UN Secretary-General ...",
# "Déclaration du Secrétaire général", "Mensaje del Secretario General").
_SECRETARY_GENERAL_SPEAKS = re.compile(
    r"\b(?:statement|message|remarks|address|d[ée]claration|allocution|declaraci[óo]n|mensaje|discurso)\s+"
    r"(?:by|of|from|du|del)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:" + _SECRETARY_GENERAL.pattern + ")",
    re.IGNORECASE,
)


# Who a statement is given for, in its opening: "a statement on behalf of the ICBL", "au nom du Canada".
_ON_BEHALF_OF = re.compile(r"\b(?:on\s+behalf\s+of|au\s+nom\s+d(?:e|u|es)|en\s+nombre\s+de(?:l)?)\s+", re.IGNORECASE)


# A statement's title naming who gives it: "Statement by (the delegation of) Cambodia", "Déclaration de la France",
# "Intervention du Cambodge", "Intervención de la delegación de Chile"; the State stands before what the statement is
# on or where it was given ("... on Article 5", "... à la 22e Assemblée", "..., Ginebra").
_STATEMENT_BY = re.compile(
    r"\b(?:statement|remarks|address|intervention|d[ée]claration|allocution|declaraci[óo]n|intervenci[óo]n|discurso|"
    r"palabras)\s+(?:delivered\s+|made\s+)?(?:by|of|from|de|du|des|del|de\s+la|de\s+l['’])\s+"
    r"(?P<giver>.{0,80}?)(?=\s+(?:on|at|to|before|sur|à|au|aux|lors|devant|sobre|en|ante|ant)\b|\s*[,:;()–—-]|$)",
    re.IGNORECASE,
)


def _giver_of_statement_title(title: str | None, directory: ActorDirectory) -> Actor | None:
    """The one State or organisation a statement's title gives as its speaker (or the State that is its whole title:
    "Cambodge"), or None."""
    from extraction.reader.sentences import named_actors

    title = (title or "").strip(" .")
    if directory.state_names.fullmatch(title):
        return directory.state_named(title)
    giver = _STATEMENT_BY.search(title)
    named = set(named_actors(giver.group("giver"), directory)) if giver else set()
    return named.pop() if len(named) == 1 else None


def _organisation_of_statement(title: str, text: str, directory: ActorDirectory) -> Actor | None:
    """The organisation a statement's title names as speaking: "ICBL Statement on Universalization"; the one its
    opening says it is given on behalf of (a State too); for a Secretary-General's message ("Secretary-General Says
    in Message to States Parties"), the organisation its text names most ("la OEA respondió"), else the UN."""
    from extraction.reader.sentences import named_actors

    if organisation := _organisation_of_title(title, directory):
        return organisation
    if on_behalf := _ON_BEHALF_OF.search(text[:1500]):  # "delivered a statement on behalf of the ICBL"
        # (the name itself, not one further on: "on behalf of my delegation, I thank Colombia")
        named = named_actors(re.split(r"[,;:.]", text[on_behalf.end() : on_behalf.end() + 80])[0], directory)
        if named:
            return named[0]
    if not _SECRETARY_GENERAL.search(title or "") and not _SECRETARY_GENERAL_SPEAKS.search(text[:400]):
        return None
    named = Counter(actor for actor in named_actors(text, directory) if actor.kind == Actor.Kind.ORGANISATION)
    return named.most_common(1)[0][0] if named else directory.by_slug.get("un")


def document_speaker(document, paragraphs, directory: ActorDirectory) -> Actor | None:
    """Who speaks in the document: its author; 'We, the States Parties'; the participants of a conference; a State
    that speaks in the first person and names itself (a statement); else, for conclusions, the participants."""
    if document.author_id:
        return document.author
    opening = " ".join(paragraph.text for paragraph in paragraphs[:3])
    if WE_STATES_PARTIES.search(opening):  # "We, the States Parties ... and other States": all who took part
        participants = directory.group("conference-participants")
        return participants if participants in directory.groups_in(opening) else directory.group("states-parties")
    text = " ".join(paragraph.text for paragraph in paragraphs)
    if document.kind == "declaration":
        return _declaration_speaker(document.title, directory)
    if document.kind == "legal_act":  # an act speaks for the body that adopts it ("The Union shall support")
        from extraction.reader.sentences import named_actors

        bodies = Counter(
            actor
            for paragraph in paragraphs
            for actor in named_actors(paragraph.text, directory)
            if actor.kind == Actor.Kind.ORGANISATION
        )
        if bodies:  # the one named in most paragraphs, not a centre that carries out one project
            return bodies.most_common(1)[0][0]
    if document.kind == "statement" and (organisation := _organisation_of_statement(document.title, text, directory)):
        return organisation
    if document.kind == "statement" and (giver := _giver_of_statement_title(document.title, directory)):
        return giver  # "Statement by Cambodia", "Déclaration du Cambodge", "Intervención de la delegación de Chile"
    headings = " ".join({paragraph.heading for paragraph in paragraphs})
    committee = COMMITTEE.search(document.title or "")  # a committee's conclusions: never the participants'
    if committee and document.kind == "conclusions" and (state := _state_of_title(document.title, directory)):
        return state  # "... on the request submitted by Ethiopia": what the Committee finds is about that State
    if CONFERENCE_WORDS.search(headings) and not committee:
        return directory.group("conference-participants")
    # a State thanked or praised for hosting ("I thank Peru for hosting this Meeting") is the host, not who speaks
    counts = Counter(directory.states_in(f"{document.title} {_without_praise(text)}"))
    if counts:
        state, mentions = counts.most_common(1)[0]
        quoted_only = document.kind == "news"  # a reporter's "we" is in the quotes of those reported on
        # a press release or web page speaks for the State its title or lead names, not one its quotes mention
        # ("Ban campaigners in the United States ... urge President Clinton")
        foreign = document.kind in ("press_release", "web_page") and not _named_in_lead(
            state, document, paragraphs, directory
        )
        if mentions >= 2 and (
            document.kind in ("statement", "note_verbale")
            or (FIRST_PERSON.search(text) and not quoted_only and not foreign)
        ):
            return state
    if document.kind == "statement" and (voice := _statement_voice(document, paragraphs, text, directory)):
        return voice
    if document.kind == "conclusions" and not committee:
        return directory.group("conference-participants")
    return None


def _statement_voice(document, paragraphs, text: str, directory: ActorDirectory) -> Actor | None:
    """Who speaks in a statement no State names often: the one State that opens a paragraph of a text in the first
    person ("Türkiye, as a country that ..., supports the Convention. ... We share"), or the organisation a titled
    message's officer speaks for ("Secretary-General's message to ...": "The United Nations has assisted ...")."""
    if FIRST_PERSON.search(text) and (state := _state_opening(paragraphs, directory)):
        return state
    if TITLED_MESSAGE.search(document.title or ""):
        from extraction.reader.sentences import actor_mentions

        named = Counter(actor for actor in actor_mentions(text, directory) if actor.kind != Actor.Kind.STATE)
        if named:
            return named.most_common(1)[0][0]
    return None


def _state_opening(paragraphs, directory: ActorDirectory) -> Actor | None:
    """The one State whose name opens a paragraph of a statement (its subject: "Türkiye, as a country that plays a
    crucial role, supports"), if only one does."""
    from extraction.reader.sentences import named_list

    opening = {
        directory.state_named(match.group(1))
        for paragraph in paragraphs
        if (match := directory.state_names.match(paragraph.text)) is not None
        and len(named_list(paragraph.text[:120], directory, reach=1)) == 1  # (not "Greece and Turkey could have")
    }
    return opening.pop() if len(opening) == 1 else None


def _named_in_lead(state: Actor, document, paragraphs, directory: ActorDirectory) -> bool:
    """Whether the document's title or first paragraph names ``state`` (or speaks of it by its adjective)."""
    lead = f"{document.title} {paragraphs[0].text if paragraphs else ''}"
    return state in directory.states_in(lead) or state in directory.demonym_actors(lead)


# The sentences that thank, congratulate or praise a State, and those that go on speaking of what it hosts
# ("I thank Peru for hosting. This is a tribute to Peru's leadership."): a host is not the speaker.
_PRAISE = re.compile(
    # (not "thanks to steady support from donors": a cause)
    r"[^.!?]*\b(?:thank(?!s\s+to\b)|congratulat|commend|applaud|pay tribute|tribute to|remerci|félicit|salue|"
    r"rends hommage|hommage|agradec|felicit|rindo homenaje|homenaje)[^.!?]*[.!?]?",
    re.IGNORECASE,
)


def _without_praise(text: str) -> str:
    return _PRAISE.sub(" ", text)


# A statement's title that names its speaker by an office: "Secretary-General's message", "Statement by the
# Executive Director", "Message du Secrétaire général", "Mensaje del Secretario General".
TITLED_MESSAGE = re.compile(
    r"\b(?:secretary-general|secretary general|executive director|director-general|director general)['’]s\s+"
    r"(?:message|statement|remarks|address)\b|\b(?:message|statement|remarks|address)\s+(?:of|by|from)\s+the\s+"
    r"(?:secretary-general|secretary general|executive director|director-general|director general)\b|"
    r"\b(?:message|déclaration|allocution|discours)\s+du\s+(?:secrétaire|directeur|directrice)\s+général|"
    r"\b(?:mensaje|declaración|discurso)\s+del?\s+(?:la\s+)?(?:secretari[oa]|director[a]?)\s+general",
    re.IGNORECASE,
)


def paragraph_owners(
    paragraph,
    kind: str,
    speaker: Actor | None,
    directory: ActorDirectory,
    matches=(),
    clauses=(),
    story_giver: Actor | None = None,
) -> list[Actor]:
    """Who the sentences name (their subject, or the party a meeting requested or whose offer it welcomed); else
    the speaker (or the group a call is addressed to); and a State that a text names as beneficiary. A pledge that
    names only those it helps is given by ``story_giver`` (the State a story's title names), when there is one."""
    owners: list[Actor] = []
    groups = directory.groups_in(paragraph.text)
    heading_groups = directory.groups_in(paragraph.heading)
    participants = directory.group("conference-participants")
    named = _named_owners(paragraph, kind, speaker, directory, matches, clauses, groups)
    if named:
        owners += named
    elif kind == "call":
        owners += call_owners(paragraph, speaker, directory, clauses, groups, matches)
    elif heading_groups:
        owners += heading_groups
    elif WE_STATES_PARTIES.search(paragraph.text):  # "We, the States Parties ... and other States": participants
        participants = directory.group("conference-participants")
        owners.append(participants if participants in groups else directory.group("states-parties"))
    elif subject_groups := _groups_in_subject(paragraph.text, clauses, directory):
        owners += subject_groups  # "The States Parties will promote ...", in a declaration all adopted: theirs
    elif (
        kind == "recommendation"
        and (
            _a_state(speaker)
            or _an_organisation(speaker)
            or (speaker is None and GENERIC_STATES.search(paragraph.text))
        )
        and not _ADVISES_ITSELF.search(paragraph.text)
    ):  # "Se deben redoblar esfuerzos": a State advises the parties, not itself; so does a body advising governments
        # (and an organisation's statement: "The Action Plan has to ensure", said by the ICBL)
        owners += groups[:1] or [directory.group("states-parties")]
    elif speaker is not None:
        owners.append(speaker)
    elif groups[:1] == [participants] or not FIRST_PERSON.search(paragraph.text):
        # nobody speaks (a treaty): the group the text binds, 'Each State Party undertakes...'; a "we" is the
        # participants' when it names them ("Los Estados aquí presentes reiteramos"), else who the story names
        owners += groups[:1]
    starts = [start for start, _end, _kind in matches] + [clause.start for clause in clauses if clause.kind]
    if kind in ("commitment", "offer"):
        owners = _with_the_givers(owners, paragraph.text, directory)
    helped = _helped(paragraph, kind, owners, directory, clauses, starts)
    if not owners and helped and kind in ("commitment", "offer") and story_giver not in (None, *helped):
        # ("the decision in the Council of Ministers to provide 1 million euros for demining in Ukraine", under
        # "Austria will allocate ...": Austria gives)
        owners.append(story_giver)
    owners += helped
    if kind == "call" and _a_state(speaker) and HELP_FOR_US.search(paragraph.text):
        owners.append(speaker)  # "We call on donors to support our demining efforts": the speaker's State is helped
    if kind in ("call", "recommendation"):
        owners = _clearing_states(owners, paragraph.text, directory)
    return list(dict.fromkeys(owner for owner in owners if owner is not None))


def _named_owners(paragraph, kind: str, speaker, directory: ActorDirectory, matches, clauses, groups) -> list[Actor]:
    """The owners a paragraph's sentences name (none for a call, whose addressees are found apart)."""
    from extraction.reader.sentences import reported_parties, sentence_owners

    named = sentence_owners(paragraph.text, list(matches), directory, clauses) if kind != "call" else []
    if kind == "conclusion":  # a decision on several requests names each party, in whichever sentence
        named += reported_parties(paragraph.text, directory)
    if kind == "conclusion" and _adopted_a_bodys_text(paragraph.text, named, clauses):
        named = [directory.group("states-parties")]  # "The 17MSP adopted the ISU work plan": the parties decide
    participants = directory.group("conference-participants")
    if kind == "recommendation" and participants is not None and set(named or [speaker]) == {participants}:
        # "Participants recommended that national authorities adopt ...": those it is addressed to
        named = [group for group in groups if group != participants][:1] or named
    named = _named_by_the_words(paragraph.text, kind, named, directory)
    if kind == "conclusion" and not named and _EXTENSION_REQUESTS.search(paragraph.text):
        named = [directory.group("affected-states-parties")]  # "requests for extension were granted": theirs
    return named


# What only a State with mined areas can do ("to meet their clearance deadlines", "respecter leurs délais de
# déminage", "cumplir sus plazos de desminado", "to clear all mined areas"): asked of the States Parties, it is
# theirs (a declaration's own "our aim of clearing all mined areas" stays everyone's).
_CLEARING_ONLY = re.compile(
    r"\b(?:meet|fulfil+|complete|comply\s+with|honou?r|respect)\s+(?:their|its)\s+(?:(?:mine\s+)?clearance|demining|"
    r"Article\s+5)\s+(?:obligations?|deadlines?|commitments?)"
    r"|\bclear(?:ing)?\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+)?(?:mined|contaminated|mine-affected)\s+areas"
    r"|\b(?:respecter|remplir|honorer|achever|tenir)\s+leurs?\s+(?:obligations|délais|échéances|engagements)\s+"
    r"(?:de\s+déminage|en\s+matière\s+de\s+déminage|(?:au\s+titre\s+|en\s+vertu\s+)?de\s+l['’]article\s+5)"
    r"|\bdéminer\s+(?:toutes\s+)?(?:les|leurs)\s+zones"
    r"|\bcumplir\s+(?:con\s+)?(?:sus|los)\s+(?:obligaciones|plazos|compromisos)\s+(?:de\s+desminado|"
    r"(?:en\s+virtud\s+)?del\s+art[íi]culo\s+5)"
    r"|\b(?:limpiar|despejar|desminar)\s+(?:todas\s+)?(?:las|sus)\s+(?:[\w-]+\s+)?(?:zonas|áreas)",
    re.IGNORECASE,
)


# "The EU and its Member States are committed", "L'UE et ses États membres", "La UE y sus Estados miembros".
_THE_EU_AND_ITS_MEMBERS = re.compile(
    r"\b(?:EU|European\s+Union|UE|Union\s+européenne|Unión\s+Europea)\s+(?:and|et|y)\s+(?:its|ses|sus)\s+(?:\d+\s+)?"
    r"(?:member\s+states|[ée]tats\s+membres|estados\s+miembros)\b",
    re.IGNORECASE,
)
_HONOURING = re.compile(r"\b(?:commitments?|engagements?|compromisos?)\s+(?:to|de|d['’]|a|para)\s*$", re.IGNORECASE)


def _clearing_states(owners: list[Actor], text: str, directory: ActorDirectory) -> list[Actor]:
    everyone = directory.group("states-parties")
    clearing = _CLEARING_ONLY.search(text)
    if everyone not in owners or not clearing or _HONOURING.search(text, 0, clearing.start()):
        return owners  # ("a call on nations to honour their commitments to clear all mined areas": everyone's)
    return [directory.group("affected-states-parties") if owner == everyone else owner for owner in owners]


# Advice on what a named party should do ("recommend that either Chad revise", "recommande que le Tchad",
# "recomienda que Chad"): the first State named after it acts.
_RECOMMEND_THAT = re.compile(
    r"\b(?:recommend|recommand|recomiend|recomend)\w*\s+(?:(?:therefore|also|donc|également|aussi|también)\s+)?"
    r"(?:that|que|qu['’])\s*(?:either\s+)?",
    re.IGNORECASE,
)


# Help asked for the speakers themselves: "to support our efforts", "pour qu'ils soutiennent nos efforts", "que
# apoyen nuestros esfuerzos", "to assist us", "de nous aider", "a ayudarnos".
HELP_FOR_US = re.compile(
    r"\b(?:support|assist|help|fund|financ\w*|soutien\w*|souten\w*|appu\w*|aid\w*|accompagn\w*|apoy\w*|ayud\w*)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:us\b|our\s+(?:[\w-]+\s+){0,2}?(?:efforts|country|programme|program|work)\b|"
    r"nos\s+(?:[\w-]+\s+){0,2}?efforts\b|notre\s+(?:pays|programme)\b|"
    r"nuestros?\s+(?:[\w-]+\s+){0,2}?(?:esfuerzos|país|programa)\b)"
    r"|\bnous\s+(?:aider|appuyer|soutenir|accompagner)\b|\b(?:apoyar|ayudar|acompañar|asistir)nos\b"
    # (or clearing our land: "to clear our land of mines", "déminer notre territoire", "desminar nuestro territorio")
    r"|\b(?:clear|demine|déminer|dépolluer|desminar|limpiar)\s+(?:[\w-]+\s+){0,2}?(?:our|notre|nuestro)\s+"
    r"(?:land|territory|country|soil|territoire|pays|sol|territorio|país|suelo)\b",
    re.IGNORECASE,
)


def _named_by_the_words(text: str, kind: str, named: list[Actor], directory: ActorDirectory) -> list[Actor]:
    """Owners that words around the operative ones give instead of (or beside) the subject: commitments received
    from someone, advice that a named State act, a plan that commits the States, the EU's member States."""
    from extraction.reader.clauses import A_PLAN_COMMITS
    from extraction.reader.sentences import named_actors

    funds = _COMMITMENTS_FROM.search(text) or _FUNDS_FROM.search(text)
    if kind == "commitment" and (given := funds or DECISION_WELCOMED.search(text)):
        giver = _ITS_INSTITUTION.sub("", text[given.end() : given.end() + 80], count=1)  # ("the Ministry ... of")
        givers = _named_next(giver, directory)
        # (a State that receives the funds is helped: "Cambodia formalized the receipt of two grants from Japan")
        receivers = [actor for actor in named if _a_state(actor) and actor not in givers] if funds else []
        return [*givers, *receivers] if givers else named
    if kind == "commitment" and (signed := _SIGNED_BETWEEN.search(text)):
        # "Un protocole d'accord a été signé ... entre le ministère de la Défense du Congo et l'association X"
        signers = text[signed.end() : signed.end() + 160]
        return list(dict.fromkeys([*named_actors(signers, directory), *directory.demonym_actors(signers), *named]))
    if kind == "recommendation" and (advised := _RECOMMEND_THAT.search(text)):
        # "We therefore recommend that either Chad revise its extension period": the State that is to act
        after = named_actors(text[advised.end() : advised.end() + 40], directory)
        return [actor for actor in after if _a_state(actor)][:1] or named
    counted = _COUNTED_THEN_NAMED.search(text) if kind == "commitment" else None
    if counted and all(actor.kind == Actor.Kind.GROUP for actor in named):  # "in particular Austria and Chile"
        return _named_next(text[counted.end() : counted.end() + 80], directory) or named
    if kind == "commitment" and (bound := A_PLAN_COMMITS.search(text)):
        return directory.groups_in(bound.group("who")) or [directory.group("states-parties")]  # "commits States to"
    if any(owner.code == "EU" for owner in named) and _THE_EU_AND_ITS_MEMBERS.search(text):
        return [*named, directory.group("states-parties")]  # its member States are parties with no code of their own
    return named


# States counted as the subject, named after the verb ("Several states ... pledged funding, in particular Austria and
# Chile", "Plusieurs États ont promis des fonds, notamment l'Autriche", "Varios Estados prometieron, en particular"):
# those named pledge.
_COUNTED_THEN_NAMED = re.compile(
    r"\b(?:several|many|some|numerous|plusieurs|de\s+nombreux|certains|varios|muchos|algunos|numerosos)\s+(?:states|"
    r"countries|donors|governments|[ée]tats|pays|donateurs|estados|países|donantes)\b[^.;]{0,140}?,\s+(?:in\s+particular|"
    r"notably|including|such\s+as|among\s+them|notamment|en\s+particulier|en\s+particular|dont|parmi\s+lesquels|entre\s+ellos|"
    r"incluidos)\s+",
    re.IGNORECASE,
)


def _adopted_a_bodys_text(text: str, named: list[Actor], clauses) -> bool:
    """Whether a meeting's decision names only organisations, as what it adopts or endorses ("adopted the ISU work
    plan"), not as those it tasks ("requested the ISU to prepare"): the States Parties decide."""
    if not named or any(actor.kind != Actor.Kind.ORGANISATION for actor in named):
        return False
    if not any(clause.kind == "conclusion" and clause.subject == "body" for clause in clauses):
        return False
    return not _TASKED.search(text)


# A body tasked by a decision ("requested the ISU to", "mandated the President to", "pidió a la DAA que").
_TASKED = re.compile(
    r"\b(?:request|mandat|task|invit|ask|instruct|encourag|demand|pri[ée]|pid|solicit|encarg)\w*\s+"
    r"(?:(?:the|la|le|el|l['’]|a\s+la|al)\s*)?(?:[\w’'-]+\s+){0,4}?(?:to\s+\w+|à\s+\w+|de\s+\w+|que\s+\w+)"
    # (or the body as the subject of what was decided: "decided that the ISU would", "Se decidió que la Dependencia")
    r"|\b(?:that|que|qu['’])\s*(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*)?(?-i:[A-Z])",
    re.IGNORECASE,
)


# A gift followed by its giver ("The grant is from the Japanese government", "a US$5 million donation from the
# Korean Agency for International Co-operation", "un don de la part du Japon", "una donación de parte de Japón"): the
# giver pledged it (not a possessive: "el aporte del Japón" may stand beside another State's goal).
_GIFT_FROM = re.compile(
    r"\b(?:grant|donation|contribution|funding|funds|gift|don|subvention|dotation|donación|subvención|aporte)\s+"
    r"(?:of\s+[^.;]{1,30}?\s+)?(?:(?:is|was|comes|came|provient|venait|proviene|procede)\s+)?(?:from|de\s+la\s+part\s+d[eu]|"
    r"de\s+parte\s+del?)\s+"
    r"(?:the\s+|le\s+|la\s+|l['’]\s*|el\s+)?"
    # (or the gift's agent in the passive: "Funding will be provided by the Japanese government", "financé par le
    # Japon", "financiado por el Japón")
    r"|\b(?:provided|funded|financed|donated|fourni|financée?|proporcionad[oa]|financiad[oa]|aportad[oa])s?\s+"
    # (after the sum: "Funded with €20,000 by", "Financé à hauteur de 22 583 € et suivi par", "Financiado con 20.000
    # euros por")
    r"(?:(?:with|à\s+hauteur\s+de|pour\s+un\s+montant\s+de|con)\s+(?:[^.;,]|(?<=\d)[.,](?=\d)){1,30}?\s+"
    r"(?:(?:et|and|y)\s+(?:suivie?s?|followed|supervised|seguid[oa]s?)\s+)?)?"
    r"(?:entirely\s+|entièrement\s+|íntegramente\s+)?(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l['’]\s*|el\s+)?"
    # (or the support someone was assured of: "assured him of the full support of the United Nations", "l'a assuré du
    # plein appui des Nations Unies", "le aseguró el pleno apoyo de las Naciones Unidas")
    # (or the receiver's verb: "The project will receive more than $1.79 million from the Japanese government")
    r"|(?P<received>\b(?:receive[sd]?|recibir[áa]n?|recevr(?:a|ont))\s+(?:[^.;]|(?<=\d)[.,](?=\d)|(?<=\b[A-Z])\.){1,90}?\s+"
    r"(?:from\s+(?:the\s+)?|del|de\s+la(?:\s+part\s+d[eu])?|du|de\s+l['’]\s*|de\s+parte\s+del?)\s*)"
    r"|\bassur\w*\s+(?:\w+\s+)?(?:of\s+the|du|de\s+l['’]|el)\s*(?:full\s+|plein\s+|pleno\s+|entier\s+)?"
    r"(?:support|appui|soutien|apoyo)\s+(?:of|de)\s+"
    # (or the partner of an agreement for a sum: "signed an agreement with the European Union for EUR 1.1 million")
    r"|\b(?:agreement|contract|accord|contrat|acuerdo|contrato)\s+(?:with|avec|con)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+)?"
    r"(?=[^.;]{1,60}?\s(?:for|worth|of|pour|d['’]un\s+montant\s+de|por|de)\s+(?:US\$|\$|€|£|USD|EUR|CHF)\s?\d)",
    re.IGNORECASE,
)


_THE_COMMUNITY_GIVES = re.compile(
    r"(?:the\s+|la\s+|l['’]\s*)?(?:international\s+community|communauté\s+internationale|comunidad\s+internacional|"
    r"(?:international\s+)?donors|(?:des\s+)?donateurs|(?:los\s+)?donantes)\b",
    re.IGNORECASE,
)


def _with_the_givers(owners: list[Actor], text: str, directory: ActorDirectory) -> list[Actor]:
    """``owners`` and the givers named after the gift; a body said to receive it only channels it ("The OAS will
    receive a contribution ... from the Italian Government"), a State that receives it is helped."""
    givers = _givers_after_the_gift(text, directory)
    if givers and any(match.group("received") for match in _GIFT_FROM.finditer(text)):
        owners = [owner for owner in owners if owner.kind != Actor.Kind.ORGANISATION]
    return [*owners, *givers]


def _givers_after_the_gift(text: str, directory: ActorDirectory) -> list[Actor]:
    """The givers a sum's sentence names after the gift ("funded by the Embassy of Spain"), and each State named with
    a sum of its own in a list whose verb is not repeated ("Canadá ofreció 12 millones, Suiza 7 millones, el Reino
    Unido 5,2 millones", "les États-Unis ont mis à disposition (20.535.000), les Pays-Bas (5.141.000)")."""
    from extraction.reader.sentences import named_list, named_spans

    after_the_gift = []
    for match in _GIFT_FROM.finditer(text):
        giver = _ITS_INSTITUTION.sub("", text[match.end() : match.end() + 80], count=1)
        # (or a government named by its adjective: "del Gobierno japonés", "du gouvernement japonais")
        after_the_gift += (
            named_list(giver, directory, reach=3)
            or [actor for start, _end, actor in directory.demonym_spans(giver) if start < 30]
            # ("aportes de la comunidad internacional"): those in a position to give
            or ([directory.group("states-parties-in-a-position")] if _THE_COMMUNITY_GIVES.match(giver) else [])
        )
    if not lexicon().currency.search(text):
        return after_the_gift
    each_with_a_sum = [actor for _start, end, actor in named_spans(text, directory) if _ITS_SUM.match(text, end)]
    return after_the_gift + (each_with_a_sum if len(each_with_a_sum) > 1 else [])


# A sum right after a name, in a list of givers: "Suiza 7 millones", "les Pays-Bas (5.141.000)", "México un millón".
_ITS_SUM = re.compile(
    r"\s*(?:\(\s*)?(?:US\s?\$|\$|€|£|USD|EUR|CHF)?\s*\d[\d.,  ]*(?:\)|\s*(?:millions?|millones|millón|milliards?|"
    r"billions?|dollars|dólares|euros|francs|francos)\b)|\s+(?:un|medio|one|half\s+a)\s+(?:millón|million)\b",
    re.IGNORECASE,
)


# A State's institution before its name ("the Embassy of Spain", "l'Ambassade de France", "el Gobierno de Chile"): the
# State gives.
_ITS_INSTITUTION = re.compile(
    r"^(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+)?(?:embassy|ambassade|embajada|government|gouvernement|gobierno|ministry|"
    r"ministère|ministerio)(?:\s+(?:of|de|des|del)\s+(?:foreign\s+affairs|affaires\s+étrangères|relaciones\s+exteriores|"
    r"asuntos\s+exteriores)(?:\s+and\s+\w+)?)?\s+(?:of|de|d['’]|du|del)\s*(?:the\s+|la\s+|l['’]\s*|el\s+)?",
    re.IGNORECASE,
)


def _helped(paragraph, kind: str, owners: list[Actor], directory: ActorDirectory, clauses, starts) -> list[Actor]:
    """The States a paragraph names as helped (beneficiaries, hosts, places a sum goes to), and the caller's own
    State in a call for help to "his country": added to ``owners``."""
    from extraction.reader.sentences import named_list, sentences_holding

    helped: list[Actor] = []
    carrying = [(offset, offset + len(sentence)) for offset, sentence in sentences_holding(paragraph.text, starts)]
    for match in BENEFICIARY.finditer(paragraph.text):
        outside = carrying and not any(a <= match.start() < b for a, b in carrying)
        if outside and not _sum_or_future(paragraph, match):
            continue  # (a State helped in another sentence, told as past: "Over the years we funded projects in Iraq")
        # (past a part of the State: "demining in the North of Sri Lanka", "en el norte de Colombia")
        after = _A_PART_OF.sub("", paragraph.text[match.end() : match.end() + 240], count=1)
        # (or by its adjective: "aider le gouvernement colombien", "ayudar al gobierno colombiano")
        named = named_list(after, directory, reach=5) or directory.demonym_actors(after[:40])
        helped += [actor for actor in named if actor.kind == Actor.Kind.STATE]
    if kind == "call" and starts and _HELP_WORDS.search(paragraph.text):
        helped += _callers_own_state(paragraph.text, min(starts), directory)  # "head of Yemen's programme, calling"
    if kind == "call" and (own := OWN_COUNTRY.search(paragraph.text)):
        # "called on the international community to keep supporting demining in his country": the caller's State
        from extraction.reader.sentences import named_actors

        helped += [actor for actor in named_actors(paragraph.text[: own.start()], directory) if _a_state(actor)][:1]
    if kind in ("commitment", "offer"):
        for match in ORGANISER.finditer(paragraph.text):
            hosts = named_list(paragraph.text[match.end() : match.end() + 80], directory, reach=3)
            helped += [actor for actor in hosts if actor.kind == Actor.Kind.STATE]
    if kind == "offer":
        helped += offer_beneficiaries(paragraph, directory, clauses)
    if kind == "commitment":  # "The new funding includes $1.9 million ... to clear landmines in northern Sri Lanka"
        helped += _helped_by_a_sum_pledged(paragraph.text, directory, starts)
    if kind in ("commitment", "offer", "call") and (owners or helped):
        helped += directory.states_of_victims(paragraph.text)
    if kind in ("commitment", "offer") and _TRAINING.search(paragraph.text):
        helped += directory.states_of_people(paragraph.text, _TRAINEES_AFTER, _TRAINEES_BEFORE)
    if kind in ("commitment", "offer") and (owners or helped):
        helped += _places_opening_a_sum(paragraph.text, directory)
        # (a body given a sum for a State's programme only channels it: "to the GICHD to support mine action in Chad")
        if not any(actor.kind == Actor.Kind.STATE for actor in helped):
            helped += organisations_given_a_sum(paragraph.text, directory, carrying=starts)
    return helped


# Help asked for ("support", "assistance", "funding", "soutien", "apoyo"...).
_HELP_WORDS = re.compile(
    r"\b(?:support|assist|help|fund|aid|soutien|appui|aide|financ|apoy|ayud|asistencia|recursos|ressources|resources|"
    r"provid|fourni|proporcion)\w*",
    re.IGNORECASE,
)
# A State that owns the caller's office, named with it: "Yemen's National Mine Action Program", "the Minister of Defence
# of Chad", "le ministre de la Défense du Tchad", "el director del centro de desminado de Colombia".
_ITS_OFFICE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:national|minist\w*|government|authorit\w*|cent(?:re|er)|program(?:me)?|president|"
    r"prime|army|delegation|ambassador|representative|mission|agency)\b",
    re.IGNORECASE,
)
_AN_OFFICE_BEFORE = re.compile(
    r"\b(?:minist\w*|government|authority|president|ambassador|head|director|representative|delegation|gouvernement|"
    r"autorité|ambassadeur|directeur|chef|délégation|gobierno|autoridad|embajador|presidente|jefe|delegación)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:of|for|du|de\s+la|de\s+l['’]|de|del|des|d['’])\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _callers_own_state(text: str, call_start: int, directory: ActorDirectory) -> list[Actor]:
    """The State whose office makes a call for help, named with that office before the call ("Amin Aqili, head of
    Yemen's National Mine Action Program, ..., calling for more international support"), or, when the call asks
    another State, as its subject, by its name or adjective ("Le gouvernement ukrainien a demandé au gouvernement
    cambodgien de lui fournir"): it is helped."""
    from extraction.reader.sentences import named_spans, split_sentences

    sentence_start = next((offset for offset, s in split_sentences(text) if offset <= call_start <= offset + len(s)), 0)
    zone = text[sentence_start:call_start]
    spans = named_spans(zone, directory)
    office = [
        actor
        for start, end, actor in spans
        if _a_state(actor) and (_ITS_OFFICE_AFTER.match(zone, end) or _AN_OFFICE_BEFORE.search(zone, 0, start))
    ]
    asked = _WHAT_IS_ASKED.split(text[call_start : call_start + 60], maxsplit=1)[0]  # (whom it asks, not what)
    if office or not (directory.states_in(asked) or directory.demonym_actors(asked)):
        return office[:1]  # ("Norway called on donors to support demining in Angola": Norway gives, it is not helped)
    if len(spans) == 1 and _a_state(spans[0][2]) and _OPENING_ARTICLE.fullmatch(zone[: spans[0][0]]):
        return [spans[0][2]]  # "Angola asked Norway to support"
    return [actor for actor in directory.demonym_actors(zone) if _a_state(actor)][:1]


_WHAT_IS_ASKED = re.compile(r"\s(?:to|de|d['’]|que|para)\s", re.IGNORECASE)
_OPENING_ARTICLE = re.compile(r"\s*(?:the\s+|l['’]\s*|le\s+|la\s+|el\s+)?", re.IGNORECASE)


# (stricter than the part ``_TO_OR_IN`` passes: a bare "East" may open a State's name, "East Timor")
_A_PART_OF = re.compile(
    r"^(?:the\s+|le\s+|la\s+|el\s+)?(?:(?:border\s+(?:region|area|zone)|frontière|frontera)\s+(?:between|entre)\s+|"
    r"(?:north|south|east|west)ern(?:\s+and\s+(?:north|south|east|west)ern)?\s+"
    r"(?:(?:provinces?|regions?|districts?|parts?|areas?)\s+of\s+(?:the\s+)?)?|(?:north|south|east|west|nord|sud|est|ouest|"
    r"norte|sur|este|oeste)\s+(?:(?:part|region)\s+)?(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|del\s+)|"
    # (or a national body: "the National Mine Action Authority (NMAA) of South Sudan", "l'Autorité nationale ... du")
    r"(?:national|nationale?|nacional)\s+(?:[\w'’-]+\s+){0,4}?(?:authority|centre|center|agency|commission|office|"
    r"autorité|agence|commission|autoridad|centro|agencia|comisión)(?:\s+(?:national|nationale?|nacional))?\s+"
    r"(?:\([A-Z]{2,8}\)\s+)?(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|del\s+))",
    re.IGNORECASE,
)
# Training given ("training for the Colombian troops", "capacitar a varios soldados ucranianos", "former des démineurs
# ukrainiens"): the State whose people are trained is helped.
_TRAINING = re.compile(r"\b(?:train\w*|capacit\w*|entren\w*|form(?:er|era|eront|ation|ait|é|ée|és))\b", re.IGNORECASE)
_TRAINEES = (
    r"(?:troops|soldiers|deminers|officers|engineers|army|militares|soldados|desminadores|ingenieros|oficiales|ejército|"
    r"démineurs|soldats|militaires|officiers|ingénieurs|armée)"
)
_TRAINEES_AFTER = re.compile(r"\s+(?:" + _TRAINEES + r"|personnel|military|trainees)\b", re.IGNORECASE)
_TRAINEES_BEFORE = re.compile(r"\b" + _TRAINEES + r"\s+$", re.IGNORECASE)


def _sum_or_future(paragraph, match: re.Match) -> bool:
    """Whether the sentence of ``match`` names a sum or tells what is to come ("le versement de 13,8 millions de
    dollars a été annoncé", "Demining projects will be carried out in several countries")."""
    from extraction.reader.clauses import lexicon
    from extraction.reader.grammar import COMPILED
    from extraction.reader.sentences import sentence_at

    sentence = sentence_at(paragraph.text, match.start())
    future = COMPILED[paragraph.language].future if paragraph.language in COMPILED else None
    return bool(lexicon().currency.search(sentence) or (future and future.search(sentence)))


def _helped_by_a_sum_pledged(text: str, directory: ActorDirectory, starts: list[int]) -> list[Actor]:
    """The States a sum pledged goes to, in the sentences that pledge it (``starts``: where the pledge's words are;
    not a past sum told beside it)."""
    from extraction.reader.sentences import sentences_holding

    return [
        state
        for _offset, sentence in sentences_holding(text, starts)
        for state in beneficiaries_after_sum(sentence, directory)
    ]


# A place that opens a sentence, a name next ("In Bosnia, ...", "Dans le nord du Mali": PLACE_OPENING).
_PLACE_OPENING = re.compile(PLACE_OPENING + r"(?=[A-ZÀ-Þ])")


def _places_opening_a_sum(text: str, directory: ActorDirectory) -> list[Actor]:
    """The States Parties named as the place that opens a sentence giving a sum ("In Bosnia, a war-torn country,
    Canada will spend up to $10 million"): where the money goes, so helped."""
    from extraction.reader.grammar import lexicon
    from extraction.reader.sentences import named_list, split_sentences

    helped = []
    for _offset, sentence in split_sentences(text):
        opening = _PLACE_OPENING.match(sentence)
        if opening and lexicon().currency.search(sentence):
            helped += named_list(sentence[opening.end() :], directory, reach=1)
    return [state for state in helped if state.has_joined]


def _groups_in_subject(text: str, clauses, directory: ActorDirectory) -> list[Actor]:
    """The group that is the subject of the paragraph's first verb read ("The States Parties will", "Each State
    Party with clearance obligations shall"), or []."""
    first = next((clause for clause in clauses if clause.kind is not None and clause.subject == "party"), None)
    return directory.groups_in(text[first.sentence_start : first.start])[:1] if first else []


def _an_organisation(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == Actor.Kind.ORGANISATION


def _a_state(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == Actor.Kind.STATE


def _calls(text: str, clauses, matches) -> list:
    """The calls the reader parsed, then those only a phrase rule found ("animaron hoy a los"; "llamó a acelerar
    ... y exhortó a los Estados a": the second verb's addressees), in their sentences."""
    from extraction.reader.sentences import split_sentences

    calls = [clause for clause in clauses if clause.kind == "call"]
    sentences = split_sentences(text)
    for start, end, kind in sorted(matches):
        if kind != "call" or any(call.start <= start < call.end for call in calls):
            continue  # (within a call found before: "is calling on" and "calling on governments to" are one)
        for offset, sentence in sentences:
            if offset <= start < offset + len(sentence):
                calls.append(
                    SimpleNamespace(start=start, end=end, sentence_start=offset, sentence_end=offset + len(sentence))
                )
    return calls


# Funds wanted as a condition ("unless urgent funding is received", "à moins que des fonds ne soient mobilisés", "a
# menos que se reciban fondos"): a call on those who can give.
_UNLESS_FUNDED = re.compile(
    r"\b(?:unless|à\s+moins\s+que|sauf\s+si|a\s+menos\s+que|salvo\s+que)\b[^.;]{0,40}?\b(?:funding|funds|money|"
    r"resources|fonds|financements?|ressources|fondos|recursos|financiamiento|financiación)\b",
    re.IGNORECASE,
)


def _funds_wanted(text: str, directory: ActorDirectory) -> list[Actor]:
    """Those who can give, with the State named, when funds are wanted as a condition; else nobody."""
    from extraction.reader.sentences import named_actors, sentence_at

    if (needed := _UNLESS_FUNDED.search(text)) is None:
        return []
    states = [actor for actor in named_actors(sentence_at(text, needed.start()), directory) if _a_state(actor)]
    return [directory.group("states-parties-in-a-position"), *states]


def call_owners(
    paragraph, speaker: Actor | None, directory: ActorDirectory, clauses, groups, matches=()
) -> list[Actor]:
    """Who a call is addressed to: the parties named after its verb ("called on Chad and Niger to"), or the States
    Parties when it calls on "States" or "countries"; a call on States not party to join is owned by whoever makes
    it (the party before the verb, else the speaker). Without a verb to go by: the first group the paragraph names,
    else the speaker."""
    from extraction.reader.sentences import named_actors

    text = paragraph.text
    calls = _calls(text, clauses, matches)
    if any(clause.kind == "call" and clause.subject == "reader" for clause in clauses):
        # the reader is told what to do: the States the paragraph speaks of (a group it names; "States": all)
        readers = groups + ([directory.group("states-parties")] if GENERIC_STATES.search(text) else [])
        return list(dict.fromkeys(readers)) or ([speaker] if speaker else [])
    if helped := _asking_for_help(text, calls, directory, speaker):  # "Angola asked for help"
        return helped
    if wanted := _funds_wanted(text, directory):  # "Afghanistan will not reach its goal unless funding is received"
        return wanted
    if told := _told_what_they_should_do(text, calls, directory):  # "Countries should condemn Russia's use"
        return told
    if shared := _each_their_part(text, calls, directory):  # "urged everyone to do their part: affected States ..."
        return shared
    # a paragraph is recorded once: the owners of each of its calls ("implorent les États qui ... La déclaration
    # appelle ceux qui sont en mesure de le faire")
    # (beside other calls, a party told what it must do is named before its modal: "Yemen must also act")
    modal_calls = [call for call in calls if _SUBJECT_AND_MODAL.search(text, call.start, call.end)]
    told = _told_what_they_should_do(text, modal_calls, directory) if len(modal_calls) < len(calls) else []
    others = [call for call in calls if not (told and call in modal_calls)]
    owned = [owner for clause in others for owner in _call_owners(paragraph, clause, speaker, directory)] + told
    if len(set(owned)) > 1:  # (the States not party own a call only when no one is found to make it)
        owned = [owner for owner in owned if owner.slug != "states-not-party"]
    if owned:
        return list(dict.fromkeys(owned))
    # (a group that makes the call is not whom it calls on: "Les participants ... appellent à fournir")
    groups = [g for g in groups if not any(directory.naming(g, text[c.sentence_start : c.start]) for c in calls)]
    if groups[:1] == [directory.group("states-not-party")]:
        # "We call for an end to ... and for States still outside to join", "El presidente keniano pidió que los
        # países no signatarios ...": the caller's
        callers = named_actors(text[calls[0].sentence_start : calls[0].start], directory) if calls else []
        if callers or speaker is not None:
            return callers[:1] or [speaker]
    if not groups and any(clause.kind == "call" and clause.subject == "body" for clause in clauses):
        return [directory.group("states-parties")]  # "The Conference called for sustained assistance": its parties
    if not groups and any(_MORE_HELP.search(text, call.start, min(call.end + 80, call.sentence_end)) for call in calls):
        return [directory.group("states-parties-in-a-position")]  # "called for more assistance": those who can give
    if not groups and any(
        getattr(call, "subject", "") == "party" and _UNADDRESSED.match(text, call.end) for call in calls
    ):
        return [directory.group("states-parties")]  # "hace un llamamiento para que se intensifiquen": everyone's
    if not groups and any(GENERIC_STATES.search(text, call.end, call.sentence_end) for call in calls):
        # "hizo un llamado para renovar los esfuerzos de la comunidad internacional": States in general, further on
        return [directory.group("states-parties")]
    if calls and any(ARMED_GROUPS.search(text, call.end, call.sentence_end) for call in calls):
        return _callers_of(text, calls[0], speaker, directory)  # "Il demande aux groupes armés de cesser": his
    if any(GOVERNMENT_ADDRESSED.match(text, call.end) for call in calls):
        # "Survivors called on the government to": the story's State (found later), not a group another sentence
        # names ("The meeting brought together survivors and government representatives")
        groups = [g for g in groups if any(directory.naming(g, text[c.sentence_start : c.sentence_end]) for c in calls)]
    return groups[:1] or ([speaker] if speaker else [])


# A call on each to do their part, the parts then listed after a colon ("alentó a cada quien a cumplir con su parte:
# los países afectados ...; los países donantes", "urged everyone to play their part: affected States ...").
_EACH_ONE = re.compile(
    r"\s*(?:on\s+|upon\s+|a\s+|à\s+)?(?:cada\s+(?:quien|uno|cual)|chacun|each\s+(?:one|party|actor)|everyone|"
    r"todos\s+y\s+cada\s+uno)\b[^.:;]{0,80}:",
    re.IGNORECASE,
)


def _each_their_part(text: str, calls, directory: ActorDirectory) -> list[Actor]:
    """The groups a call on each to do their part lists after its colon, or []."""
    for call in calls:
        each = _EACH_ONE.match(text, call.end)
        if each is not None:
            return directory.groups_in(text[each.end() : call.sentence_end])
    return []


# The end of a call read from its subject and modal ("Los países de todo el mundo deberían"): who should act is
# named before it, not after ("should condemn Russia's use" does not call on Russia).
_SUBJECT_AND_MODAL = re.compile(
    r"\b(?:should|must|needs?\s+to|are\s+expected\s+to|devraient|devrait|doivent|doit|sont\s+(?:appelés|invités|censés)\s+à|"
    r"deber[íi]an|deber[íi]a|deben|debe|están\s+llamados\s+a)\s*$",
    re.IGNORECASE,
)


def _told_what_they_should_do(text: str, calls, directory: ActorDirectory) -> list[Actor]:
    """The addressees of calls that are a subject and its modal ("All countries should", "Les États devraient"):
    the States and groups that subject names, or all States Parties for States in general; [] for other calls,
    and for States not party (who asks them to join owns that call)."""
    if not calls or not all(_SUBJECT_AND_MODAL.search(text, call.start, call.end) for call in calls):
        return []
    if any(_TO_JOIN.search(text, call.start, call.sentence_end) for call in calls):
        return []  # ("Governments that have still not joined ... should join": who asks them owns it)
    from extraction.reader.sentences import named_actors

    told = []
    in_a_position = directory.group("states-parties-in-a-position")
    for call in calls:
        subject = text[call.start : call.end]
        named = named_actors(subject, directory) + directory.groups_in(subject)
        if in_a_position in directory.groups_in(text[call.start : call.end + 60]):
            # "The international community must continue to support": those who can
            named = [in_a_position] + [actor for actor in named if actor.slug != "states-parties"]
        told += named
        if not told and GENERIC_STATES.search(subject):
            told.append(directory.group("states-parties"))
    if any(actor.slug == "states-not-party" for actor in told):
        return []
    return list(dict.fromkeys(told))


def _callers_of(text: str, call, speaker: Actor | None, directory: ActorDirectory) -> list[Actor]:
    """Who makes a call: the party its sentence names before the verb (by name or adjective: "le vice-président
    colombien"), the State named last before a pronoun ("Il demande"), else the speaker."""
    from extraction.reader.sentences import last_states_named, named_actors

    before = text[call.sentence_start : call.start]
    named = named_actors(before, directory) + directory.demonym_actors(before)
    if not named and CARRIED_PRONOUN.match(before.lstrip()):
        named = last_states_named(text[: call.sentence_start], directory, count=1)
    if not named:  # ("Le vice-président colombien ... Il demande": the adjective a sentence before)
        named = directory.demonym_actors(text[: call.sentence_start])[-1:]
    return named[:1] or ([speaker] if speaker else [])


# A call that names no one, what it asks put impersonally ("para que se intensifiquen", "pour que soient
# renforcés", "for efforts to be stepped up"): a call on all States Parties.
_UNADDRESSED = re.compile(
    r"\s*(?:para\s+que\s+se|a\s+fin\s+de\s+que\s+se|(?:pour|afin)\s+que\s+(?:soi|l['’]on\b|on\b)|"
    r"à\s+(?=[a-zéè]+(?:er|ir|re)\s)|"  # ("appellent à fournir une assistance")
    # (after when it was said: "a appelé à l'ouverture de la réunion à adopter des financements")
    r"à\s+l['’](?:ouverture|issue|occasion|approche)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’])[^,.;]{1,40}?\s+à\s+"
    r"(?=[a-zéè]+(?:er|ir|re)\s)|"
    r"(?:a\s+la\s+acción|à\s+l['’]action|(?:for|to)\s+action)\b|"  # ("un llamado a la acción para cumplir")
    r"for\s+(?:\w+\s+){1,3}to\s+be\s+\w+(?:ed|en)\b)",
    re.IGNORECASE,
)


# More help called for, with no one named ("called for more assistance", "davantage d'aide", "más ayuda").
_MORE_HELP = re.compile(
    r"\b(?:more|increased?|greater|additional|further|continued|sustained|davantage|plus|accroître|renforcer|augmenter|"
    r"más|mayor|aumentar|incrementar)"
    r"\s+(?:d['’]\s*|l['’]\s*|(?:[\w-]+\s+){1,3}?)?(?:assistance|support|funding|resources|help|aid|aide|"
    r"soutien|appui|financement|"
    r"ressources|ayuda|asistencia|apoyo|financiación|financiamiento|recursos|investments?|investissements?|inversi(?:ón|ones))\b"
    # (or support of a kind only those who can give it give: "a appelé à un soutien financier", "financial support")
    r"|\b(?:financial|international|urgent)\s+(?:assistance|support|funding|help|aid)\b"
    r"|\b(?:soutien|appui|aide|assistance|apoyo|ayuda|asistencia)\s+(?:financi\w+|internaciona\w*|international\w*|"
    r"urgent\w*)\b",
    re.IGNORECASE,
)


def _asking_for_help(text: str, clauses, directory: ActorDirectory, speaker: Actor | None = None) -> list[Actor]:
    """A party's call for help ("Angola asked for financial help", "el Yemen necesita apoyo"): those in a position
    to help, with the States its sentence names before the words (who asks, to be helped; a State's "we need" is
    the speaker's); [] for any other call."""
    from extraction.reader.sentences import named_actors

    # (a phrase rule's call has no subject read: "appealed for funds" after a named minister)
    asking = [c for c in clauses if getattr(c, "subject", "party") == "party" and HELP_ASKED.match(text, c.start)]
    if not asking:
        return []
    helped = [
        actor
        for clause in asking
        for actor in _named_or_pointed_back(text, clause.sentence_start, clause.start, directory)
        if actor.kind == Actor.Kind.STATE
    ]
    if _a_state(speaker) and any(_WE_ASK.search(text, clause.sentence_start, clause.end) for clause in asking):
        helped.append(speaker)
    # the help of a donor it names ("sollicité l'aide du Japon", "the support of Japan"): that donor is asked
    donors = [
        actor
        for clause in asking
        if (of := _HELP_OF.match(text, HELP_ASKED.match(text, clause.start).end()))
        for actor in named_actors(text[of.end() : of.end() + 40], directory)[:1]
    ]
    if not donors:  # the States its purpose names ("ayuda urgente para equipar al personal de desminado yemení")
        helped += [actor for clause in asking for actor in _helped_by_the_purpose(text, clause, directory)]
    return list(dict.fromkeys([*(donors or [directory.group("states-parties-in-a-position")]), *helped]))


def _helped_by_the_purpose(text: str, clause, directory: ActorDirectory) -> list[Actor]:
    """The States named, or named by their adjective, in what help is asked for ("to equip Yemeni deminers")."""
    from extraction.reader.sentences import named_actors

    asked = HELP_ASKED.match(text, clause.start)
    purpose = _FOR_A_PURPOSE.match(text, asked.end(), clause.sentence_end)
    if purpose is None:
        return []
    words = text[purpose.start() : min(clause.sentence_end, purpose.end() + 120)]
    states = [actor for actor in named_actors(words, directory) if actor.kind == Actor.Kind.STATE]
    return states + directory.demonym_actors(words)


# What help is asked for, after its words: "(internacional urgente) para", "to", "pour".
_FOR_A_PURPOSE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:to|for|in|para|en|pour|à|au|dans)\b", re.IGNORECASE)


# The speakers asking for themselves: "we need", "nous avons besoin", "necesitamos", "pedimos".
_WE_ASK = re.compile(r"\b(?:we|nous|nosotros)\b|\b\w+mos\b", re.IGNORECASE)


def _named_or_pointed_back(text: str, start: int, end: int, directory: ActorDirectory) -> list[Actor]:
    """The actors named in ``text[start:end]`` (a sentence up to its verb); when a pronoun opens it and it names
    none ("She called for global assistance"), the State named last before the sentence."""
    from extraction.reader.sentences import last_states_named, named_actors

    named = named_actors(text[start:end], directory)
    if not named and CARRIED_PRONOUN.match(text[start:end].lstrip()):
        return last_states_named(text[:start], directory, count=1)
    return named


_HELP_OF = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:of|from|de|du|des|de\s+la|de\s+l['’]|del|al|a\s+la|à\s+la|à\s+l['’]|au|"
    r"auprès\s+d(?:e\s+la|e\s+l['’]|e|u))\s*(?=[A-ZÀ-Þ]|l['’]|la\s|le\s|el\s)"
)


_THESE_STATES = re.compile(
    r"\s*(?:on\s+|upon\s+)?(?:these|those|each|ces|chaque|estos|esos|aquellos|cada|a\s+estos|a\s+esos|a\s+cada)\s+"
    r"(?:states?|countr(?:y|ies)|[ée]tats?|pays|estados?|pa[íi]s(?:es)?)\b(?!\s+part)",
    re.IGNORECASE,
)


def _addressees_named_before(zone: str, text: str, clause, speaker: Actor | None, directory: ActorDirectory):
    """Addressees a call points back to: "these States" or "each State" (the States named together before:
    "Lithuania, Poland and Finland are withdrawing ... we urge these States to reconsider"), "les" (the States its
    sentence names), "this country" (the State named last before: "We hope that this country will start"), the
    subject of a call in the passive ("The government is called upon to"); else []."""
    from extraction.reader.sentences import named_actors

    called = text[clause.sentence_start : clause.end]
    if _CALLED_UPON.search(called) and (subjects := _named_next(called, directory)):
        return subjects  # "The Yemeni government is called to ... from the ICBL": the subject, not who asks
    if _THESE_STATES.match(zone):
        return _states_named_together_before(text[: clause.sentence_start], speaker, directory)
    if _THEM_BEFORE.search(text[clause.sentence_start : clause.start]):
        # "alarmado por las medidas anunciadas por Estonia y Letonia ... y les ha instado a": the States named
        named = named_actors(text[clause.sentence_start : clause.start], directory)
        return [actor for actor in dict.fromkeys(named) if _a_state(actor) and actor != speaker]
    if _THIS_COUNTRY.match(zone):
        return [actor for actor in named_actors(text[: clause.start], directory) if _a_state(actor)][-1:]
    return []


def _states_named_together_before(text: str, speaker: Actor | None, directory: ActorDirectory) -> list[Actor]:
    """The States "these States" points back to: those of the last sentence of ``text`` that names two or more,
    the speaker aside ("New Zealand acknowledges Russia's ..." names one besides the speaker)."""
    from extraction.reader.sentences import named_actors, split_sentences

    for _offset, sentence in reversed(split_sentences(text)):
        states = list(dict.fromkeys(a for a in named_actors(sentence, directory) if _a_state(a) and a != speaker))
        if len(states) >= 2:
            return states
    return []


_OUR_COUNTRY = re.compile(
    r"\b(?:our|my|notre|mon|nuestro|mi)\s+(?:country|pays|país|government|gouvernement|gobierno)\b", re.IGNORECASE
)
# A quotation that opens on the speaker's own State ("“My government will", "« Mon pays va"): it points back.
_QUOTED_OWN_STATE = re.compile(r"\s*[“\"«‘]\s*" + _OUR_COUNTRY.pattern + r"\s*", re.IGNORECASE)
_THIS_COUNTRY = re.compile(
    r"\s*(?:(?:this|that|the|ce|cet|le|este|ese|el|al)\s+(?:country|pays|país)\b|(?:a\s+)?la\s+vecina\s+nación\b|"
    r"(?:al\s+|el\s+)?país\s+vecino\b|the\s+neighbou?ring\s+(?:country|nation)\b|(?:le\s+|au\s+)?pays\s+voisin\b)",
    re.IGNORECASE,
)


# A government addressed right after a verb of calling ("al gobierno", "the authorities", "le gouvernement"), or its
# heads ("au Président, au Premier Ministre", "the Prime Minister"), not a meeting's ("the President of the Meeting").
GOVERNMENT_ADDRESSED = re.compile(
    r"\s*(?:a\s+|al\s+|à\s+|au\s+|aux\s+|on\s+|upon\s+)?(?:the\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+|l['’])?"
    r"(?:(?:national\s+|nacional\s+)?(?:government|authorities|gouvernement|autorités|gobierno|autoridades)\b|"
    r"(?-i:[ÉE]tat|Estado|State)\b(?!\s+(?:[Pp]art|of\b|de\b|du\b|del\b))|"  # ("appelle l'État à": the story's State)
    r"(?:President|Président|Presidente|Prime\s+Minister|Premier\s+Ministre|Primer\s+Ministro)\b"
    r"(?!\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]\s*)?(?:Meeting|Conference|Réunion|Conférence|Reuni[oó]n|Conferencia)))",
    re.IGNORECASE,
)


# A meeting of the Convention addressed by a call ("on an upcoming conference on the ban", "la prochaine réunion").
_A_MEETING_ADDRESSED = re.compile(
    r"\s*(?:on\s+|upon\s+|à\s+|a\s+)?(?:the\s+|an?\s+|la\s+|le\s+|l['’]|el\s+)?(?:upcoming\s+|next\s+|forthcoming\s+|"
    r"prochaine\s+|próxima\s+)?(?:review\s+)?(?:conference|meeting|summit|conférence|réunion|sommet|conferencia|reunión|"
    r"cumbre)\b",
    re.IGNORECASE,
)


def _call_owners(paragraph, clause, speaker: Actor | None, directory: ActorDirectory) -> list[Actor]:
    """Who one call in the paragraph is addressed to (or, for a call on States not party, who makes it)."""
    from extraction.reader.clauses import skip_insertion
    from extraction.reader.sentences import last_states_named, named_actors

    text = paragraph.text
    after = skip_insertion(text[clause.end : clause.sentence_end])  # (", par une résolution de l'ONU,")
    after = re.sub(r"^\s*(?:para|pour)\s+qu(?:e\b|['’])", " ", after, flags=re.IGNORECASE)  # "para que los Estados"
    zone = _addressed_zone(after, paragraph.language, directory)
    if pointed := _addressees_named_before(zone, text, clause, speaker, directory):
        return pointed
    addressees = _named_addressees(zone, directory)
    # a second addressee after what the first is asked ("on affected States to ... and on those in a position to")
    if (second := _SECOND_ADDRESSEE.search(after, len(zone))) is not None:
        also = _addressed_zone(after[second.end() :], paragraph.language, directory)
        addressees += _named_addressees(also, directory)
    addressees += directory.demonym_actors(zone)  # "the Libyan government"
    # "s'est entretenu avec des responsables sri-lankais ... a demandé au Président de": their State's government
    heads = not addressees and GOVERNMENT_ADDRESSED.match(zone)
    if heads and (named := last_states_named(text[: clause.start], directory, 1)):
        return named
    # States not party named by a phrase that runs past the zone ("les pays qui ne l'ont pas encore fait |
    # d'adhérer")
    not_party = directory.group("states-not-party")
    patterns = directory.groups.get("states-not-party", [])
    if not_party is not None and any(m.start() < len(zone) for p in patterns for m in p.finditer(after)):
        addressees.append(not_party)
    if not_party is not None and not addressees and UNIVERSAL_ADHERENCE.match(after):
        addressees.append(not_party)  # "calls for universal adherence": only those outside can answer it
    outside = _OUTSIDE_THE_BAN.search(after)  # (its relative may run past the zone: "ceux qui continuent | à employer")
    if not_party is not None and not addressees and outside and outside.start() < len(zone):
        addressees.append(not_party)  # "those who still use mines", "armed non-State actors": answered by the caller
    # States in general, or all of them beside those named ("Instamos a Ucrania y a todos los Estados")
    generic = GENERIC_STATES.search(zone) and (not directory.states_in(zone) or _ALL_STATES.search(zone))
    if generic and not directory.groups_in(zone) and not (outside and not_party in addressees):  # ("countries using")
        addressees += _generic_addressees(zone, after, text[clause.sentence_start : clause.start], directory)
    if addressees == [directory.group("states-parties-in-a-position")] and not directory.states_in(after):
        # "Cambodia called on the international community to keep supporting demining": Cambodia is helped
        addressees += [
            actor for actor in named_actors(text[clause.sentence_start : clause.start], directory) if _a_state(actor)
        ]
    clitic = _AUDIENCE_BEFORE.search(text[clause.sentence_start : clause.start])  # "Je vous exhorte", "Les insto"
    yours = _YOUR.match(text[clause.start : clause.end])  # "Your responsibility is to": the audience's
    if not addressees and (_AUDIENCE.match(after) or clitic or yours):  # "I urge you to": the audience
        addressees.append(directory.group("states-parties"))
    subject = text[clause.sentence_start : clause.end]  # (a phrase rule's words may hold the subject)
    if not addressees and (STATES_PARTIES_WORDS.search(subject) or GENERIC_STATES.search(subject)):
        # an exhortation in the third person ("States Parties must ensure", "la communauté des États ... doivent");
        # States in general asked to join are those outside ("pidió a todos los países que adopten esta Convención")
        joining = not_party is not None and _TO_JOIN.search(" ".join(_words(after)[:6]))
        addressees += directory.groups_in(subject) or [not_party if joining else directory.group("states-parties")]
    elif addressees and all(_a_state(actor) for actor in addressees) and _DONORS.search(subject):
        addressees.insert(0, directory.group("states-parties-in-a-position"))  # "Les donateurs ont été invités à"
    outsiders = [actor for actor in addressees if actor and actor.kind == Actor.Kind.STATE and not actor.has_joined]
    if outsiders and not_party is not None:  # "appealed to the United States to join": a State not party, answered
        addressees = [actor for actor in addressees if actor not in outsiders] + [not_party]  # by the caller
    if any(actor.slug == "states-not-party" for actor in addressees if actor):  # (some of them named or not)
        return _callers(text, clause, directory) or ([speaker] if speaker else addressees)
    return list(dict.fromkeys(addressees))


# A call in the passive, its addressee the subject ("The government is called upon to", "le gouvernement est invité à",
# "el Gobierno es instado a").
_CALLED_UPON = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:called(?:\s+(?:up)?on)?|urged|invited|encouraged)\s+to\b|"
    r"\b(?:est|sont)\s+(?:également\s+)?(?:invitée?s?|appelée?s?|exhortée?s?|encouragée?s?)\s+à\b|"
    r"\b(?:es|son)\s+(?:también\s+)?(?:instad|invitad|exhortad|llamad|alentad)[oa]s?\s+a\b",
    re.IGNORECASE,
)


def _named_addressees(zone: str, directory: ActorDirectory) -> list[Actor]:
    """The parties and groups a call's zone names; a name inside a group's phrase is the group's ("EU member states"
    are States Parties, not the Union); a meeting of the Convention addressed stands for its States Parties."""
    from extraction.reader.sentences import named_list

    bare = zone
    for start, end in directory.group_spans(zone):
        bare = bare[:start] + " " * (end - start) + bare[end:]
    named = named_list(bare, directory) + directory.groups_in(zone)
    if not named and _A_MEETING_ADDRESSED.match(zone):
        return [directory.group("states-parties")]  # "called on an upcoming conference ... to boost": its States
    return named


_SECOND_ADDRESSEE = re.compile(
    r"\s(?:and|et|y)\s+(?:(?:also|aussi|también)\s+)?(?:on|upon|to|à|aux?|a|al)\s+(?=(?:the\s+|les\s+|los\s+|las\s+)?"
    r"(?:those|ceux|celles|aquell[oa]s|quienes|donors|donateurs|donantes|States|[ÉE]tats|Estados|countries|pays|países|"
    r"all|tous|todos)\b)",
    re.IGNORECASE,
)


def _callers(text: str, clause, directory: ActorDirectory) -> list[Actor]:
    """Who makes a call on States not party: named before its verb, a titled official's organisation, the States
    Parties or a meeting's participants as its subject, those a pronoun carries, or who is said to have spoken
    after the quotation that holds it ("“Hago un llamamiento a ...”, afirmó el Presidente de Kenia")."""
    from extraction.reader.sentences import named_actors

    # (the States Parties in a meeting's name do not call: "The Meeting of the States Parties urged ...", its
    # President's call, are owned by the States not party they address)
    before = MEETING_OF_PARTIES.sub("meeting", text[clause.sentence_start : clause.start])
    callers = named_actors(before, directory) + directory.groups_in(before)
    callers = callers or titled_organisation(before, directory)  # "le secrétaire général de l'ONU"
    if not callers and STATES_PARTIES_WORDS.search(before):  # "the representatives of the States Parties"
        callers = [directory.group("states-parties")]
    if not callers and _ADOPTED_TEXT.search(before):  # "The Declaration ... called upon": those who adopted it
        callers = [directory.group("conference-participants")]
    if not callers and CARRIED_PRONOUN.match(before):  # "Ils déplorent ... et appellent": named before
        callers = _named_before(text[: clause.sentence_start], directory)
    return callers or quoted_sayer(text, clause.start, clause.end, directory)


def quoted_sayer(text: str, start: int, end: int, directory: ActorDirectory) -> list[Actor]:
    """Who is said to have spoken right after the quotation that holds ``text[start:end]`` ("“Let me call on ...,”
    the EU ambassador said", "“Hago un llamamiento a ...”, afirmó el Presidente de Kenia"), else nobody."""
    from extraction.reader.sentences import named_spans

    if not _quote_open(text[:start]) or (closed := _QUOTE_CLOSED.search(text, end)) is None:
        return []
    return [actor for _start, _end, actor in named_spans(text[closed.end() : closed.end() + 160], directory)][:1]


# The end of a quotation and what follows it ("...”, afirmó", "... », a déclaré").
_QUOTE_CLOSED = re.compile(r"[”»\"]\s*,?\s*")


def _generic_addressees(zone: str, after: str, before: str, directory: ActorDirectory) -> list[Actor]:
    """Whom a call on "States", "all countries" or "the international community" addresses: the States Parties;
    those in a position to do so when asked to help, with the State to be helped (named next: "to help Iraq", else
    the State that calls: "Colombia asked the international community to keep helping"); the States not party
    when asked to join."""
    from extraction.reader.sentences import named_actors

    asked = " ".join(_words(after))[len(zone) :]  # (the zone is the first of those words)
    # (help asked of them: "to help Iraq", or named in the zone, "a la comunidad internacional ayuda para")
    helping = _TO_HELP_A_STATE.match(asked) or _HELP_NAMED.search(zone, GENERIC_STATES.search(zone).end())
    if helping and (directory.states_in(asked[:60]) or _DONORS.search(zone)):
        helped = directory.states_in(asked[:60]) or [
            actor for actor in named_actors(before, directory) if _a_state(actor)
        ]
        return [directory.group("states-parties-in-a-position"), *helped]
    not_party = directory.group("states-not-party")
    if _THE_CONVENTIONS_STATES.search(zone):  # "los Estados de la Convención de Ottawa a ratificar" another treaty
        return [directory.group("states-parties")]
    # "todos los Estados a ... unirse", "a todos los países que adopten esta Convención": those outside
    if not_party is not None and (_TO_JOIN.search(asked) or _TO_JOIN.search(zone)):
        return [not_party]
    return [directory.group("states-parties")]


# The Convention's own States named as such ("the States of the Ottawa Convention", "los Estados de la Convención"):
# a call on them to ratify or join is about another treaty.
_THE_CONVENTIONS_STATES = re.compile(
    r"\b(?:States|Estados|[ÉE]tats)\s+(?:of|de)\s+(?:the\s+|la\s+)?(?:Ottawa\s+|Mine\s+Ban\s+)?(?:Convention|Convención|Treaty|Tratado)"
    r"(?!\s+(?:on|sobre|relative|sur)\b)",
    re.IGNORECASE,
)


# Commitments received from someone ("received firm commitments from the Congolese government", "a reçu des
# engagements fermes de la part du gouvernement congolais"): those who gave them commit.
_COMMITMENTS_FROM = re.compile(
    r"\b(?:received|reçu|recibió|recibieron)\s+(?:des\s+|el\s+|los\s+)?(?:firm\s+|strong\s+)?(?:commitments?|engagements?|"
    r"compromisos?)\s+(?:fermes\s+|firmes?\s+)?(?:from|de\s+la\s+part\s+d(?:e|u|es)|de\s+parte\s+del?|del?|d['’]|du)\s+",
    re.IGNORECASE,
)

# Money received from someone ("has received a donation of US$2 million from Denmark", "a reçu un don de 2 millions
# de dollars du Danemark", "recibió una donación de 2 millones de dólares de Dinamarca"): the givers commit.
_FUNDS_FROM = re.compile(
    r"\b(?:received|reçu|recibió|recibieron|recibido)\s+(?:an?\s+|un\s+|une\s+|una\s+)?(?:generous\s+|generosa\s+|"
    r"new\s+|additional\s+|nouveau\s+|nueva\s+)?(?:donation|contribution|grant|funding|don|financement|subvention|"
    r"donación|contribución|aporte|donativo)\s+(?:of\s+|de\s+)?(?:US\$|\$|€|£|CHF|USD|EUR)?\s?\d[\d.,\s]*\s*"
    r"(?:million|billion|millones|millions?|milliards?)?\s*(?:(?:de\s+)?(?:US\s+)?(?:dollars?|dólares|euros?|francs?|"
    r"francos|pounds?|yen)(?:\s+(?:suisses|suizos|estadounidenses|américains))?\s+)?"
    r"(?:from|de\s+la\s+part\s+d(?:e|u|es)|de\s+parte\s+del?|por\s+parte\s+del?|du|des|del|de|d['’])\s*"
    # ("has received a pledge of 282,000 euros (about $355,000) from", "the receipt of a contribution ... from")
    r"|\b(?:received|receipt\s+of|welcom(?:ed|es))\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:pledge|donation|contribution|grant)s?\b"
    r"(?:[^.;]|\.(?=\d)){0,80}?\bfrom\s+"
    # ("welcomes the generous US$7.5 million contribution of the Netherlands")
    r"|\bwelcom(?:ed|es)\s+(?:an?\s+|the\s+)?(?:(?:[^\s.;]|\.(?=\d))+\s+){1,4}?(?:pledge|donation|contribution|grant)\s+"
    r"(?:from|by|of)\s+(?!(?:US\$|\$|€|£|USD|EUR|CHF)?\s?\d)"
    r"|\b(?:salué|salue|félicite\s+de|agradeció|agradece|celebró|celebra|saludó|saluda)\s+(?:le|la|l['’]|el)\s*"
    r"(?:généreuse?\s+|generosa?\s+)?(?:don|contribution|subvention|donación|contribución|aporte)\b(?:[^.;]|\.(?=\d)){0,80}?"
    r"(?:\b(?:de\s+la\s+part\s+d(?:u|e|es)|del\s+gobierno\s+de|de\s+parte\s+del?|por\s+parte\s+del?)|"
    # (after the sum: "la contribution de 7,5 millions de dollars des Pays-Bas")
    r"\b(?:dollars|euros|francs|dólares)\s+(?:de\s+los|de\s+las|del?|des|du|d['’]))\s*",
    re.IGNORECASE,
)


# An agreement signed between or by parties named after it ("was signed on Thursday between", "a été signé jeudi à
# Brazzaville entre", "a été conclue par le ministre congolais", "fue firmado ayer entre"): those named sign it.
_SIGNED_BETWEEN = re.compile(
    r"\b(?:was|has\s+been|a\s+été|fue|ha\s+sido)\s+(?:signed|signée?|conclue?|paraphée?|firmad[oa]|suscrit[oa])\b"
    r"[^.;]{0,60}?\b(?:between|entre|by|par|por)\s+",
    re.IGNORECASE,
)
# A decision welcomed ("welcomed the decision taken by the Chilean government to", "recibió con agrado la decisión
# adoptada por el gobierno chileno de"): who decided commits, not who welcomes (nor the welcomer's State).
DECISION_WELCOMED = re.compile(
    r"\b(?:welcom(?:ed|es|ing)\s+the|(?:salué|salue|félicité\s+de|accueilli\s+avec\s+satisfaction)\s+la|"
    r"(?:recibió\s+con\s+agrado|acogió\s+con\s+beneplácito|celebró|saludó|valoró)\s+la)\s+"
    r"(?:decision|décision|decisión)\s+(?:taken\s+|made\s+|adopted\s+|prise\s+|adoptée\s+|adoptada\s+|tomada\s+)?"
    r"(?:by|of|par|du|de\s+la|del|por|de)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _named_next(text: str, directory: ActorDirectory) -> list[Actor]:
    """The actors that open ``text``: named ("Chad and Niger") or by their adjective ("le gouvernement congolais")."""
    from extraction.reader.sentences import named_list

    adjectives = [state for start, _end, state in directory.demonym_spans(text) if start < 40]
    return named_list(text, directory) or adjectives[:1]


# All States, beside some named ("Ukraine and all States", "a Ucrania y a todos los Estados", "l'Ukraine et tous les
# États").
_ALL_STATES = re.compile(
    r"\b(?:all|todos\s+los|tous\s+les)\s+(?:(?:other|demás|autres)\s+)?(?:states|estados|[ée]tats|countries|países|pays)\b",
    re.IGNORECASE,
)


# Those who give, as a call names them ("the international community", "donors", "los cooperantes").
_DONORS = re.compile(
    r"\b(?:(?:international|world|global)\s+community|donors?|comunidad\s+(?:internacional|mundial)|donantes|"
    r"cooperantes|communauté\s+(?:internationale|mondiale)|donateurs|bailleurs)\b",
    re.IGNORECASE,
)


# Those outside the ban whom no code names: who still use or make mines, armed non-State actors ("appellent tous ceux
# qui continuent à employer des mines", "urge armed non-State actors", "los grupos armados"): a call on them is owned
# by whoever makes it, as one on States not party.
_OUTSIDE_THE_BAN = re.compile(
    r"\b(?:those|all those|ceux|tous ceux|quienes|los que|todos los que)\s+(?:who|qui|que)\s+(?:\w+\s+){0,3}?"
    r"(?:use|produce|employ|utilis|produis|emple|utiliz|produc)\w*|\bnon-state\s+(?:armed\s+)?actors\b|"
    # (or by a participle: "countries using them", "los países que los utilizan" is read above)
    r"\b(?:countries|states|governments|pays|[ée]tats|países|estados)\s+(?:still\s+|encore\s+)?(?:using|producing|"
    r"utilisant|produisant|utilizando|produciendo)\b|"
    r"\barmed,?\s+non-state\s+actors\b|\bacteurs\s+(?:armés\s+)?non[- ]étatiques\b|"
    r"\bactores\s+(?:armados\s+)?no\s+estatales\b|\bgrupos\s+armados\b|\bgroupes\s+armés\b",
    re.IGNORECASE,
)
# A text a meeting adopted, as the subject of a call ("The Declaration called upon", "La déclaration exhorte", "La
# declaración exhorta"): its call is made by those who adopted it, the meeting's participants.
_ADOPTED_TEXT = re.compile(
    r"\b(?:the\s+|la\s+|el\s+)?(?:(?:political\s+|final\s+)?declaration|déclaration|declaración|final\s+document|"
    r"document\s+final|documento\s+final)\b[^.;:]*$",
    re.IGNORECASE,
)
# A call's addressee in the second person ("I urge you to", "je vous exhorte", "les exhorto a ustedes"), or everyone
# ("I urge all to do more", "j'exhorte tous à", "insto a todos a"): those the speech or message is addressed to.
_AUDIENCE = re.compile(
    r"\s*(?:(?:on|upon)\s+)?(?:you|all of you|each of you|à vous|a ustedes|ustedes|"
    r"(?:all|everyone|everybody)(?=\s+to\b)|(?:à\s+)?tous(?=\s+à\b)|(?:a\s+)?todos(?=\s+a\b))\b",
    re.IGNORECASE,
)
# A pronoun for those just named, before a verb of calling with its auxiliary ("y les ha instado a").
_THEM_BEFORE = re.compile(r"(?:^|\s)(?:les|los|las)\s+(?:ha|han|había|habían)\s+$", re.IGNORECASE)
_YOUR = re.compile(r"\s*(?:your|votre|vos)\b", re.IGNORECASE)
_AUDIENCE_BEFORE = re.compile(r"(?:^|\s)(?:vous|les|los|las|os)\s*$", re.IGNORECASE)


def _named_before(text: str, directory: ActorDirectory) -> list[Actor]:
    """The party a pronoun points back to: the States Parties if the sentence before speaks of them ("Les États
    parties ont adopté une déclaration. Ils ..."), else the actor named last."""
    from extraction.reader.sentences import last_actor_named, split_sentences, without_some_states

    sentences = [sentence for _offset, sentence in split_sentences(text)]
    if sentences and STATES_PARTIES_WORDS.search(MEETING_OF_PARTIES.sub("meeting", without_some_states(sentences[-1]))):
        return [directory.group("states-parties")]
    return [actor for actor in [last_actor_named(text, directory)] if actor is not None]


def _titles_of() -> re.Pattern:
    """A person's title followed by "of" ("the Secretary-General of", "le secrétaire général de l'", "el director de
    la"): the grammar files' ``titles``, in any language."""
    from extraction.reader.grammar import GRAMMARS

    titles = sorted({title for grammar in GRAMMARS.values() for title in grammar.titles}, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, titles)) + r")(?:[\s-]+g[ée]n[ée]ral)?\s+(?:of|de|del|du|des)\s+",
        re.IGNORECASE,
    )


TITLES_OF = _titles_of()


def titled_organisation(text: str, directory: ActorDirectory) -> list[Actor]:
    """The organisation whose officer ``text`` names ("the Secretary-General of the United Nations", "le secrétaire
    général de l'ONU", "la directora de la Campaña"): the officer speaks for it when calling on States not party."""
    from extraction.reader.sentences import named_actors

    for match in TITLES_OF.finditer(text):
        found = [
            actor
            for actor in named_actors(text[match.end() : match.end() + 80], directory)
            if actor.kind != Actor.Kind.STATE
        ]
        if found:
            return found[:1]
    return []


def offer_beneficiaries(paragraph, directory: ActorDirectory, clauses) -> list[Actor]:
    """The States an offer names right after its verb ("has invited Ecuador to take part", "will contribute USD 2
    million to Angola"): beneficiaries, added to whoever offers."""
    from extraction.reader.sentences import named_list

    found = []
    offers = [clause for clause in clauses if clause.kind == "offer"]
    for clause in offers:
        found += named_list(" ".join(paragraph.text[clause.end : clause.sentence_end].split()[:12]), directory)
        found += beneficiaries_after_sum(paragraph.text[clause.end : clause.sentence_end], directory)
    if not offers:  # an offer a phrase found ("the announcement by X of a £5 million package ... in Chad")
        found += beneficiaries_after_sum(paragraph.text, directory)
    # (hosting the ISU is no benefit to it; a State that never joined owns no commitment under the Convention)
    return [actor for actor in found if actor.has_joined]


# The words before a State that receives a sum ("... over three years to Colombia", "... des zones minées en Angola",
# "... durante tres años a Colombia"): a preposition of giving or of place, with its article.
_TO_OR_IN = re.compile(
    r"\b(?:to|in|for|à|au|aux|en|a|al|para|pour)\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|los\s+|las\s+)?"
    # (a part of the State: "in northern Sri Lanka", "en el norte de Sri Lanka", "dans le nord du Sri Lanka")
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+(?:(?:part|region)\s+)?(?:of\s+(?:the\s+)?)?|"
    r"(?:norte|sur|este|oeste|nord|sud|est|ouest)\s+(?:de|du|del)\s+(?:la\s+|l['’]\s*|el\s+)?)?$"
    # (the land to clear: "pour déminer les zones agricoles d'Ukraine", "to clear farmland in Ukraine")
    r"|\b(?:to|pour|para)\s+(?:demine|clear|déminer|dépolluer|desminar|limpiar)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:in|of|from|en|de|du|del|d['’])\s*(?:la\s+|el\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


def beneficiaries_after_sum(text: str, directory: ActorDirectory) -> list[Actor]:
    """The States named after "to" or "in" beyond the sum a funding pledge names, to the sentence's end ("2 million
    euros over the next three years to Colombia", "2 millones de euros para las labores de limpieza en Colombia"):
    beneficiaries, however far the sum's complements put them."""
    from extraction.reader.grammar import lexicon

    sum_named = lexicon().currency.search(text)
    if sum_named is None:
        return []
    from extraction.reader.sentences import named_list

    rest = text[sum_named.end() :]
    helped = [  # (with those listed with it: "in Chad, Niger and Peru")
        state
        for match in directory.state_names.finditer(rest)
        if _TO_OR_IN.search(rest[: match.start()])
        for state in named_list(rest[match.start() :], directory, reach=1)
    ]
    # (a State outside the Convention helped, "demining in Syria", has no commitment to record with the donor's)
    return [state for state in helped if state.has_joined]


# The words before an organisation that receives a sum ("... €40,000 to the Convention's Implementation Support
# Unit", "... 50 000 euros aux travaux de l'ISU", "... 40.000 euros a la labor de la ISU").
_TO_AN_ORGANISATION = re.compile(
    r"\b(?:to|à|au|aux|a|al|para)\s+(?:(?:the\s+)?work\s+of\s+|(?:les\s+)?travaux\s+d[eu]\s+|"
    r"(?:la\s+)?labor\s+de(?:l)?\s+|(?:el\s+)?trabajo\s+de(?:l)?\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?(?:Convention['’]s\s+)?$",
    re.IGNORECASE,
)


def organisations_given_a_sum(text: str, directory: ActorDirectory, carrying: list[int] | None = None) -> list[Actor]:
    """The organisations a sentence gives a sum to ("the Netherlands has pledged €50,000 to the work of the ISU"):
    what the pledge is for, added to whoever gives; with ``carrying`` (where the pledge's words are), only in the
    sentences that carry it (not a past sum told beside it)."""
    from extraction.reader.grammar import lexicon
    from extraction.reader.sentences import named_spans, split_sentences

    given = []
    for offset, sentence in split_sentences(text):
        if (sum_named := lexicon().currency.search(sentence)) is None:
            continue
        if carrying is not None and not any(offset <= start < offset + len(sentence) for start in carrying):
            continue
        rest = sentence[sum_named.end() :]
        given += [
            actor
            for start, _end, actor in named_spans(rest, directory)
            if actor.kind == Actor.Kind.ORGANISATION and _TO_AN_ORGANISATION.search(rest[:start])
        ]
    return given


# Those who speak as a meeting's "we" after a quotation ("the delegates said in their Nairobi Declaration", "ont
# déclaré les participants", "afirmaron los delegados en su declaración").
_COLLECTIVE_SPEAKERS = re.compile(
    r"\b(?:delegates|participants|délégués|delegados|participantes)\s+(?:said|stated|declared|wrote|ont\s+"
    r"(?:déclaré|affirmé|dit|écrit)|déclarent|declararon|afirmaron|dijeron|escribieron)\b|\b(?:said|stated|déclaré|"
    r"affirmé|declararon|afirmaron)\s+(?:the\s+|les\s+|los\s+)?(?:delegates|participants|délégués|delegados|"
    r"participantes)\b|\b(?:in\s+their|dans\s+leur|en\s+su)\s+(?:[\w-]+\s+){0,2}?(?:declaration|déclaration|"
    r"declaración)\b",
    re.IGNORECASE,
)
# What addressees are asked to do when it is helping a State ("to help Iraq", "d'aider le Tchad", "a que ayuden a").
_HELP_NAMED = re.compile(r"\b(?:help|aid|assistance|ayuda|asistencia|apoyo|aide|soutien)\b", re.IGNORECASE)
_TO_HELP_A_STATE = re.compile(
    r"\s*(?:to|à|d['’]|de|a|que|para\s+que|pour\s+qu(?:e\b|['’]))\s*(?:\w+\s+){0,2}?"
    # (the helped as a pronoun: "pour que cette dernière l'aide à", "para que la ayude")
    r"(?:l['’]\s*|les\s+|lui\s+|leur\s+|nous\s+|lo\s+|la\s+|le\s+|los\s+|nos\s+|us\s+|it\s+|them\s+)?"
    r"(?:help|assist|support|aider|aide\b|assister|soutenir|soutienne|appuyer|appuie|ayud|asist|apoy)\w*\b",
    re.IGNORECASE,
)
# Joining the Convention among what a call on all States asks ("to ban ... and join the relevant conventions",
# "d'adhérer", "a ... unirse"): only those outside can do it, so the call is its caller's.
_TO_JOIN = re.compile(
    r"\b(?:join|accede|ratify|adhere|become\s+part(?:y|ies)|adhérer|rejoindre|ratifier|se\s+joindre|devenir\s+parties?|"
    r"unirse|adherirse|ratificar|sumarse|hacerse\s+partes?|"
    # (their subjunctives, "que adopten esta Convención", "qu'ils ratifient", "que se adhieran")
    r"adhèrent|ratifient|rejoignent|se\s+adhieran|ratifiquen|se\s+unan|se\s+sumen|"
    r"adopt(?:en|ent|er)?\s+(?:esta|este|la|el|cette|ce|la|le|the|this)\s+(?:convención|convenio|tratado|convention|"
    r"traité|treaty))\b"
    # (not joining those who act: "to join us in this work", "se joindre à l'initiative", "unirse a la coalición")
    r"(?!\s+(?:us|them|hands|forces|efforts?|in\s|the\s+(?:[\w-]+\s+)?(?:coalition|initiative|efforts?|campaign)|"
    r"à\s+(?:nous|l['’]\s*initiative|la\s+coalition|nos\s+efforts|ces\s+efforts)|"
    r"a\s+(?:nosotros|la\s+(?:coalición|iniciativa)|(?:los|nuestros|estos)\s+esfuerzos)))",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[“”\"«»]")


def _words(text: str) -> list[str]:
    """The words after a verb of calling, quotation marks aside ('"those who can offer assistance" to "intensify')."""
    return _QUOTE_MARKS.sub(" ", text).split()


# The word before "que" that makes it "as well as" ("l'Ukraine, ainsi que tous les États, à"): more addressees follow.
_AS_WELL_AS = re.compile(r"(?:ainsi|même)$", re.IGNORECASE)


def _addressed_zone(after_verb: str, language: str, directory: ActorDirectory, limit: int = 25) -> str:
    """The words after a verb of calling up to what the addressees are to do ("on Chad and Niger | to submit"),
    never inside a group's or an organisation's name ("States Parties in a position to do so", "l'Unité d'appui à
    l'application")."""
    from extraction.reader.grammar import COMPILED

    compiled = COMPILED.get(language) or COMPILED["en"]
    words = _words(after_verb)
    joined = " ".join(words)
    inside = directory.group_spans(joined) + [
        match.span() for pattern in directory.organisations.values() for match in pattern.finditer(joined)
    ]
    starts = [len(" ".join(words[:index])) + 1 for index in range(len(words))]
    rests = [
        (index, " ".join(words[index:]))
        for index in range(1, len(words))
        if not any(start <= starts[index] < end for start, end in inside)
    ]
    infinitive = next((index for index, rest in rests if compiled.to_infinitive.match(rest)), None)
    # "that" may open a relative clause about the addressees ("States that have not joined"): the last one
    # says what they are to do
    that = [
        index for index, rest in rests if compiled.that_clause.match(rest) and not _AS_WELL_AS.match(words[index - 1])
    ]
    # (a "que" before the infinitive says what they are to do: "a la comunidad internacional que continúe ayudando a")
    end = min(infinitive, that[-1]) if infinitive is not None and that else infinitive
    end = end if end is not None else (that[-1] if that else limit)
    return " ".join(words[:end])


def owner_evidence(
    paragraph, owners: list[Actor], speaker: Actor | None, directory: ActorDirectory, before: str = ""
) -> list[dict]:
    """Why each owner was proposed, for the review queue: the words of the paragraph (or of its heading, of the
    text just before it such as a list's chapeau, or of the title) that name it, or, for the document's speaker
    named nowhere in the paragraph, that it is who speaks."""
    evidence = []
    document = getattr(paragraph, "document", None)
    places = [
        ("paragraph", paragraph.text),
        ("heading", paragraph.heading or ""),
        ("before", before),
        ("title", document.title if document else ""),
    ]
    for owner in owners:
        for where, text in places:  # (the title: the State an act is for, "... in support of mine action in Colombia")
            if match := directory.naming(owner, text):
                evidence.append({"owner": owner.code, "where": where, "words": match.group(), "start": match.start()})
                break
        else:
            where = "speaker" if speaker is not None and owner.pk == speaker.pk else "document"
            evidence.append({"owner": owner.code, "where": where, "words": "", "start": None})
    return evidence

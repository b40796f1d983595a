"""Sentence analysis for owners: who does what a sentence says, from its subject or, for requests, decisions and
offers reported by a meeting, from the party named after the verb.

"Chile will continue to ...", "The Union shall support ...": the subject owns it. "The Meeting requested Chile to
provide ...", "agreed to grant the request submitted by Chile ...", "welcomed the offer made by Chile to ...": the
party after the verb owns it, not the meeting that reports it. A paragraph whose sentences name no one keeps the
owners the paragraph-level rules give (the speaker, "We, the States Parties", the group a call addresses)."""

from __future__ import annotations

import re

from extraction.reader.grammar import lexicon

# A passive's agent, then a relative clause on it ("signed by the States Parties, which", "firmada por los Estados
# Partes, que se", "signée par les États parties, qui se sont").
AGENT_THEN_RELATIVE = re.compile(
    r"\b(?:by|par|por)\s+(?P<agent>[^,;:]{3,80}),\s+(?:which|who|qui|que|quienes)\b[^,;:]{0,20}$", re.IGNORECASE
)
# The Convention's parties named as such, in any language.
STATES_PARTIES_WORDS = re.compile(r"\b(?:states parties|[ée]tats parties|estados partes?)\b", re.IGNORECASE)

# Sentence ends: after . ; ! ? when a capital (or an opening mark) follows; not after common abbreviations.
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?;])|(?<=[.!?;][”\"’»]))\s+(?=[A-ZÀ-ÖØ-Þ¿¡“\"«(])"
    # (or no space, where a stored web copy glued two paragraphs: "sus arsenales.Al inaugurar", "hacer\".Durante")
    r"|(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])|(?<=[a-zà-ÿ][.!?][”\"»])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    # (French spacing before "?" and "!": "n'avons-nous rien appris ?Le CICR appelle")
    r"|(?<=[a-zà-ÿ]\s[!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    # (a second quotation opened after the sayer of the first: "...,” he continued “Moreover, it calls")
    r"|(?<=[a-zà-ÿ])\s+(?=[“«]\s?[A-ZÀ-ÖØ-Þ])"
)
# The words after a closed quotation that say who spoke ("”, he continued", "», a-t-il poursuivi", "”, añadió"):
# a quotation opened right after them starts a new sentence.
_SAYER_AFTER_QUOTE = re.compile(
    r"[”»],?\s+[^“”«»\n]{0,40}?\b(?:said|says|added|continued|stated|noted|explained|stressed|went\s+on|dit|ajout\w*|"
    r"poursuivi\w*|poursuit|déclar\w*|expliqu\w*|dijo|añadi\w*|agreg\w*|continu\w*|señal\w*|explic\w*)\b[^“”«»\n]{0,20}$",
    re.IGNORECASE,
)
# (and dotted initials: "U.S.", "EE. UU.")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|No|Nos|n\.º|art|para|Mr|Ms|Mrs|Dr|Sr|Sra|Mme|M)\.|\b[A-Z]\.|(?:\b[A-Z]{1,2}\.\s?){2,})$"
)

_INITIALS_GO_ON = re.compile(r"[A-Z]{1,2}\.(?=[\s,;:)]|$)")

# A reporting verb whose object is the party that is to act (the first actor named after it owns the sentence).
# The reporting verbs whose object is the party that is to act are the grammar files' ``reporting_verbs``.
_OBJECT_REACH = 120  # characters after the verb in which the party is named
# Actors come as data, from the caller's directory (``extraction.owners.ActorDirectory``): ``states_by_name``,
# ``state_names`` (a pattern of every State's names), ``state_named`` (the State a match names), ``organisations``
# (slug -> the pattern of its names and acronyms, from the actors' reference data) and ``by_slug``. An actor is
# whatever object the directory holds.
Actor = object


def _quotation_inside(text: str, match: re.Match) -> bool:
    """Whether a break read before an opening quotation mark is inside a sentence: no sentence's end before it, and
    no sayer of a quotation just closed ("...,” he continued “Moreover")."""
    before = text[max(0, match.start() - 100) : match.start()]  # (the sayer stands within the last words)
    return (
        text[match.end() : match.end() + 1] in "“«"
        and not _SAYER_AFTER_QUOTE.search(before)
        and not re.search(r"[.!?;][”\"’»]?$", before)
    )


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence of ``text``."""
    sentences, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        if _ABBREVIATION.search(text[: match.start()]):
            continue
        if _INITIALS_GO_ON.match(text, match.end()) and re.search(r"\b[A-Z]{1,2}\.$", text[: match.start()]):
            continue  # "EE. | UU., John Kerry": the second half of dotted initials
        if _quotation_inside(text, match):
            continue  # (a quotation mark inside a sentence: "known as “Ottawa Treaty”")
        sentences.append((start, text[start : match.start()]))
        start = match.end()
    sentences.append((start, text[start:]))
    return [(offset, sentence) for offset, sentence in sentences if sentence.strip()]


# A State's name that names a plan or a meeting ("the Mozambique Action Plan", "el Plan de Acción de Mozambique",
# "le Sommet de Nairobi"): the text it names, no actor.
_NAMES_A_PLAN_AFTER = re.compile(r"\s+(?:Action\s+Plan|Plan\s+of\s+Action|Review\s+Conference|Summit)\b")
_NAMES_A_PLAN_BEFORE = re.compile(
    r"(?:Plan\s+d['’]action|Plan\s+de\s+Acci[oó]n|Sommet|Cumbre)\s+(?:de|du|del|d['’])\s*(?:la\s+|l['’]|el\s+)?$",
    re.IGNORECASE,
)


def named_spans(text: str, directory) -> list[tuple[int, int, Actor]]:
    found = [
        (match.start(), match.end(), directory.state_named(match.group(1)))
        for match in directory.state_names.finditer(text)
        if not _NAMES_A_PLAN_AFTER.match(text, match.end()) and not _NAMES_A_PLAN_BEFORE.search(text, 0, match.start())
    ]
    found += directory.demonym_spans(text) if hasattr(directory, "demonym_spans") else []  # "le ministre suisse"
    found += directory.capital_spans(text) if hasattr(directory, "capital_spans") else []  # "Ottawa will spend"
    for slug, pattern in directory.organisations.items():
        actor = directory.by_slug.get(slug)
        if actor is not None:
            found += [(match.start(), match.end(), actor) for match in pattern.finditer(text)]
    return sorted(found, key=lambda item: item[0])


# Some States spoken of ("la intención de ciertos Estados Parte de retirarse", "certain States Parties"): a subset the
# text talks about, never who acts or speaks in the next sentence.
_SOME_STATES = re.compile(
    r"\b(?:certain|some|several|other|ciertos|algunos|varios|otros|certains|quelques|plusieurs|autres)\s+"
    r"(?:States|Estados|[ÉE]tats|countries|países|pays)(?:\s+(?:Parties|Partes?|parties))?\b",
    re.IGNORECASE,
)


def without_some_states(text: str) -> str:
    """``text`` with each subset of States it speaks of blanked (its length kept, so that places stay)."""
    return _SOME_STATES.sub(lambda match: " " * len(match.group()), text)


def last_actor_named(text: str, directory, other_than: frozenset = frozenset()) -> Actor | None:
    """The State or organisation ``text`` names last, as an actor rather than a place ("à Londres, au Royaume-Uni"
    is where, not who), other than ``other_than`` (those a call is on are not its caller) and a subset of States
    spoken of."""
    text = without_some_states(text)
    spans = [
        span
        for span in named_spans(text, directory)
        if not named_as_place(text, span[0])
        and not _PARTNER_BEFORE.search(text[: span[0]])
        and span[2] not in other_than
    ]
    return max(spans, key=lambda span: span[0])[2] if spans else None


def last_states_named(text: str, directory, count: int) -> list[Actor]:
    """The ``count`` different States ``text`` names last, as actors rather than places, in the order named."""
    found: list = []
    states = set(directory.states_by_name.values())
    for start, _end, actor in reversed(named_spans(text, directory)):
        if actor in states and not named_as_place(text, start):
            found += [] if actor in found else [actor]
        if len(found) == count:
            break
    return found[::-1]


def acting_mentions(text: str, directory) -> list[Actor]:
    """Every mention of a State or an organisation in ``text`` as one who acts, not as a place ("held in Oslo,
    Norway"), in order, repeated as often as it is named."""
    return [actor for start, _end, actor in named_spans(text, directory) if not named_as_place(text, start)]


def actor_mentions(text: str, directory) -> list[Actor]:
    """Every mention of a State or an organisation in ``text``, in order, repeated as often as it is named."""
    return [actor for _start, _end, actor in named_spans(text, directory)]


def named_actors(text: str, directory) -> list[Actor]:
    """States and organisations ``text`` names, in order of appearance."""
    return list(dict.fromkeys(actor_mentions(text, directory)))


def named_as_place(text: str, start: int) -> bool:
    """Whether the name at ``start`` says where something happens ("in Ukraine", "Geneva (Switzerland)"), or where
    a story was filed ("ISLAMABAD, PAKISTAN – The United Nations ...")."""
    dateline = DATELINE.match(text)
    return bool(_PLACE_BEFORE.search(text[:start]) or (dateline and 0 < start < dateline.end()))


# A news dateline before a story's first subject ("Quito, 3 décembre 2026 – ", "GENEVA, 4 June (EFE) - ",
# "ISLAMABAD, PAKISTAN – "), or its place alone before a long dash ("Maputo — The States Parties").
DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][\w .'’-]{1,40}(?:,\s+[^–—.;:]{1,40}?\s+[–—-]|\s+[–—])\s+")


# What joins the names of a list ("Cyprus, Ethiopia and Niger", "Níger y Perú", "le Tchad et le Niger").
_LIST_JOIN = re.compile(
    r"\s*[,;]?\s*(?:(?:and|y|e|et|as well as|así como|ainsi que)\s+)?(?:(?:al|a|à|au|aux|en|in|du|des|de|del|of)\s+)?"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’]|les\s+|los\s+)?",
    re.IGNORECASE,
)


# A State named as where something happens ("met in Geneva (Switzerland)", "réunis au Cap, en Afrique du Sud"),
# not as who acts: never a subject's owner.
# A verb of saying and its "that" ("announced that", "a indiqué aujourd'hui que", "afirmó que"): what follows is what
# was said, with a subject of its own.
SAYING_THAT = re.compile(
    r"\b(?:(?:announc|declar|confirm|inform|pledg|promis|annon[cç]|indiqu|anunci|indic|manifest|promet|"
    r"explain|expliqu|explic|agreg|añad|précis|precis|asegur|assur|affirm|afirm|señal|subray|destac|soulign|adelant|emphasi|stress|underlin|highlight|insist|reiterat|réitér|reiter)"
    r"(?!\w*(?:ción|ciones|tion|tions|ment|ments|miento|mientos)\b)\w*"  # (a verb: "una declaración en la que")
    r"|stated|said|added|ajouté|ajoute|dijo|dit)"
    r"(?:\s*,\s*(?:[^\W\d_]+\s+)?[^\W\d_]+\s*,\s*|\s+)"  # (or an adverb set off: "said, however, that")
    # (a few words may stand between, or where it was said: "said Friday that", "said at the meeting on Monday that")
    r"(?:[\w'’]+\s+){0,2}?(?:(?:in|at|during|dans|lors\s+de|durante)\s+(?:[\w'’]+\s+){1,6}?)?"
    r"(?:that\s+|que\s+|qu['’]\s*)",
    re.IGNORECASE,
)
# (or a clause of the speakers' own after it: "We thank Canada and we commit to": Canada is thanked, not who commits)
CONTRAST = re.compile(
    r",?\s\b(?:whereas|while|mientras\s+que|tandis\s+que|alors\s+que)\s|\s(?:and|et|y)\s+(?=(?:we|nous|nosotros)\s)",
    re.IGNORECASE,
)
# Who helps the subject ("the government, with the help of the GICHD, has prepared", "avec l'appui du PNUD", "con el
# apoyo de Japón"): up to the next comma or a few words, not the one who acts.
_HELPED_BY = re.compile(
    r"\b(?:with|avec|con)\s+(?:the\s+|l['’]\s*|la\s+|el\s+)?(?:help|support|assistance|aide|appui|soutien|ayuda|apoyo|"
    r"asistencia)\s+(?:of|from|de|d['’]|du|des|del)\s*[^,;]{0,60}?(?=,|\s+(?:has|have|had|will|is|are|a|ont|va|ha|han|"
    r"va|van)\s)",
    re.IGNORECASE,
)
_NOT_AN_ORGANISATIONS_NAME = "".join(
    f"(?<!{noun})"
    for noun in (
        "Fund",
        "Programme",
        "Program",
        "Service",
        "Agency",
        "Office",
        "Centre",
        "Center",
        "Organization",
        "Organisation",
        "Committee",
        "Campaign",
        "Authority",
        "Unit",
        "Mission",
        "Trust",
        "Group",
    )
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|en|à|au|aux|dans)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:(?:[A-ZÀ-Þ][\w-]+\s+){0,2}[A-ZÀ-Þ][\w-]+,\s*)?"
    r"|(?<!States )(?<!Estados )[A-ZÀ-Þ][\w-]+(?<!Parte)(?<!Partes)" + _NOT_AN_ORGANISATIONS_NAME + r"\s*\(\s*"
    # (and "in Oslo, Norway", "Geneva (Switzerland)"; not the States a list of "States Parties (Angola, ...)" names,
    # nor an organisation's acronym after its name: "the United Nations Children's Fund (UNICEF)")
    # a post, not an actor: "embajador ante las Naciones Unidas", "ambassadeur auprès de l'ONU", "Ambassador to the UN"
    r"|\b(?:ante|auprès\s+d(?:e|es|u))\s+(?:las?\s+|los\s+|l['’]\s*)?"
    r"|\b(?i:ambassador|representative|envoy)\s+to\s+(?:the\s+)?)$"
)
# The place a sentence opens with ("In Laos, Australia will provide", "En Angola, ...", "Au Cambodge, ..."): where,
# not who (not the subject when another party is named).
PLACE_OPENING = r"^\s*['‘“\"«]?\s*(?:In|At|En|À|A|Au|Aux|Dans)\s+(?:the\s+|le\s+|la\s+|l['’]\s*|el\s+|los\s+)?"
_PLACE_OPENS = re.compile(PLACE_OPENING + "$")


_LEADING_STOP = re.compile(r"[\s.;:!?]*")
# A partner named after "with" ("Le Centre coopérera avec les Nations Unies"): whom one works with, not who acts.
_PARTNER_BEFORE = re.compile(
    r"\b(?:with|avec|con)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]\s*|los\s+|las\s+|el\s+)?$", re.IGNORECASE
)
_GLOSSED_PLACE = re.compile(r"(?<!States )(?<!Estados )[A-ZÀ-Þ][\w-]+(?<!Parte)(?<!Partes)\s*\(\s*$")  # ("12 States
# Parties (Angola, ...)" lists the States, it glosses no place)


def named_list(text: str, directory, reach: int | None = None) -> list[Actor]:
    """The first party ``text`` names (within ``reach`` characters), with those listed with it ("the requests of
    Chad and Niger": both), however long the list."""
    # (not a country in parentheses after a place: "el acuerdo de Ottawa (Canadá)")
    spans = [span for span in named_spans(text, directory) if not _GLOSSED_PLACE.search(text[: span[0]])]
    chosen = [span for span in spans[:1] if reach is None or span[0] < reach]
    for span in spans[1:] if chosen else []:
        if not _LIST_JOIN.fullmatch(text[chosen[-1][1] : span[0]]):
            break
        chosen.append(span)
    return list(dict.fromkeys(actor for _start, _end, actor in chosen))


def reported_parties(text: str, directory) -> list[Actor]:
    """The parties named after a reporting verb anywhere in ``text`` ("the requests submitted by Niger and Peru"),
    and each State given a date ("Niger until 31 December 2024; Senegal until 1 March 2026")."""
    reported = [
        actor
        for match in lexicon().reporting.finditer(text)
        for actor in named_list(text[match.end() :], directory, reach=_OBJECT_REACH)
    ]
    after_colons = [text[colon.end() :] for colon in _LIST_AFTER_COLON.finditer(text)]
    # (right after the colon, or after an article: ": la Colombie, le Tchad")
    listed = [
        actor for rest in after_colons for actor in named_list(_ARTICLE.sub("", rest, count=1), directory, reach=3)
    ]
    dated = [actor for _start, end, actor in named_spans(text, directory) if _UNTIL.match(text, end)]
    return reported + listed + dated


_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|l['’])\s*", re.IGNORECASE)
# A colon that opens a list of parties ("approved at the Twelfth Meeting: Afghanistan, Angola, Cyprus and Zimbabwe").
_LIST_AFTER_COLON = re.compile(r":\s*")


# A remark in parentheses beside a subject ("Chile (which chaired it with Norway)") says more about it; the States it
# names do not act. An acronym's gloss ("(ISU)", "(UE, por sus siglas)") opens with a capital and is kept.
_PARENTHESIS = re.compile(r"\((?=[a-zà-ÿ])[^()]*\)|\([^()]*\d{4}\)")  # (and an agency's dated line)


# A State followed by its new date, in a decision on requests: "Colombia until 31 December 2025", or the date in
# parentheses: "Chad (1 January 2030)", "Tchad (1er janvier 2030)", "Chad (1 de enero de 2030)".
_UNTIL = re.compile(
    r"\s*(?:,\s*)?(?:until|till|jusqu['’](?:au|à|en)|hasta(?:\s+el)?)\s+(?:the\s+|le\s+)?\d"
    r"|\s*\(\s*(?:(?:until|jusqu['’]au|hasta\s+el)\s+)?(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?)?(?:19|20)\d\d\s*\)",
    re.IGNORECASE,
)


def _participants(subject: str, directory) -> list[Actor]:
    """A meeting's participants when they are the subject, whatever they do ("Participants also agreed to support")."""
    found = _deciding_parties(subject, directory)
    return found if [actor.slug for actor in found] == ["conference-participants"] else []


def _deciding_parties(subject: str, directory) -> list[Actor]:
    """The States Parties (or a meeting's participants) when they are the subject that decides or undertakes, also
    after an opening phrase ("At the meeting, the States Parties agreed to establish ...", "Participants also
    undertook to": the participants'): what names nobody else is theirs (not "the Meeting of the States Parties",
    a meeting)."""
    clause = re.split(r"[,;:]\s+", subject.strip())[-1]
    clause = re.split(r"\b(?:that|que|qu['’])\s*", clause)[-1]  # "He said that the States Parties agreed"
    subject_words = _STATES_PARTIES_SUBJECT.fullmatch(clause)
    if subject_words is None:
        return []
    slug = "conference-participants" if subject_words.group("participants") else "states-parties"
    return [group for group in [directory.group(slug)] if group is not None]


_STATES_PARTIES_SUBJECT = re.compile(
    # (and all of them counted: "the Convention's 158 States Parties", "los 156 Estados Parte")
    r"(?:the\s+|les\s+|los\s+)?(?:(?:Convention['’]s|all|tous\s+les|todos\s+los)\s+)?(?:\d{2,3}\s+)?"
    r"(?:(?<=\d\s)(?:countries|pays|países)|states parties|[ée]tats parties|estados partes?|"
    r"(?P<participants>participant(?:e)?s))"
    r"(?:\s+\w+){0,4}",  # ("les 144 pays participant à cette réunion")
    re.IGNORECASE,
)


# Those who help a State, named after it ("Ukraine's allies", "the partners of Ukraine", "les alliés de l'Ukraine",
# "los aliados de Ucrania"): the States in a position to help, the State they help a beneficiary.
_HELPERS_OF = re.compile(
    r"\b(?:allies|partners|donors|friends)\s+of\b|['’]s\s+(?:allies|partners|donors)\b|"
    r"\b(?:alliés|partenaires|donateurs|amis)\s+(?:de|du|des)\b|\b(?:aliados|socios|donantes|amigos)\s+(?:de|del)\b",
    re.IGNORECASE,
)


def _narrowed_subject(sentence: str, operative: tuple[int, int], subject: list[Actor], directory) -> list[Actor]:
    """The subject's actors, narrowed to a State whose objective the operative words name ("the objective of Peru to
    be mine-free", "objetivo del Perú de": that State, not another named before it), or widened to those who help a
    State named as helped ("Ukraine's allies pledged": the States in a position to help; the State stays, helped)."""
    start, end = operative
    if counted := _states_counted_in_a_relative(sentence[:start], directory):
        return counted
    if _OBJECTIVE.search(sentence, start, end):
        named_inside = {actor for _start, _end, actor in named_spans(sentence[start:end], directory)}
        subject = [actor for actor in subject if actor in named_inside] or subject
    if subject and _HELPERS_OF.search(sentence[:start]):
        subject = [*subject, directory.group("states-parties-in-a-position")]
    return subject


# "a declaration in which 95 States committed themselves", "une déclaration dans laquelle 95 États", "una declaración en
# la que 95 Estados": the States counted in a relative clause, the operative words theirs.
_COUNTED_IN_A_RELATIVE = re.compile(
    r"\b(?:in\s+which|whereby|dans\s+la(?:quelle)?|dans\s+lequel|par\s+laquelle|en\s+(?:la|el)\s+que|por\s+(?:la|el)\s+que)\s+"
    r"(?:some\s+|quelque\s+|unos\s+|más\s+de\s+|plus\s+de\s+|more\s+than\s+)?\d+\s+(?:states|countries|[ée]tats|pays|"
    r"estados|países)\s*$",
    re.IGNORECASE,
)
_A_MEETINGS_TEXT = re.compile(
    r"\b(?:conference|declaration|conférence|déclaration|conferencia|declaración)\b", re.IGNORECASE
)


def _states_counted_in_a_relative(before: str, directory) -> list[Actor]:
    """Those a relative clause counts as its subject: a conference's participants where its declaration is named."""
    if not (counted := _COUNTED_IN_A_RELATIVE.search(before)):
        return []
    slug = "conference-participants" if _A_MEETINGS_TEXT.search(before, 0, counted.start()) else "states-parties"
    return [group for group in [directory.group(slug)] if group is not None]


def sentence_owners(text: str, matches: list[tuple[int, int, str]], directory, clauses=()) -> list[Actor]:
    """Owners named by the sentences in which the operative words were found: the party after a reporting verb
    (or after any verb of a deciding body, as ``clauses.py`` read it), else the subject (what stands before the
    operative words)."""
    owners: list[Actor] = []
    # a phrase may open on the stop before its sentence (". Il contribuera"): it belongs to the sentence it opens
    matches = [(start + len(_LEADING_STOP.match(text, start).group()), end, kind) for start, end, kind in matches]
    body_verbs = [(c.start, c.end) for c in clauses if c.subject == "body" and c.kind is not None]
    articles = [c.start for c in clauses if c.subject == "article"]
    for offset, sentence in split_sentences(text):
        within = offset + len(sentence)
        decided = [(start - offset, end - offset) for start, end in body_verbs if offset <= end <= within]
        if decided:  # "The Meeting granted Tajikistan ...": the party the body acted on, if it names one
            start, end = decided[0]  # (from the first verb: "examined the request of Senegal and decided to grant")
            acted_on = named_list(sentence[start:], directory, reach=end - start + _OBJECT_REACH)
            owners += acted_on or _deciding_parties(sentence[:start], directory)
            continue
        if any(offset <= start < within for start in articles) and (bound := _article_body(sentence, directory)):
            owners += bound
            continue
        inside = [
            (start - offset, end - offset) for start, end, _kind in matches if offset <= start < offset + len(sentence)
        ]
        if not inside:
            continue
        # up to the end of the first operative words ("The Union shall support"), with the phrases that overlap them
        # ("2 millions d'euros sera consacrée" and "sera consacrée par la France": one span, its agent in it)
        subject_end = max(end for start, end in inside if start < min(inside)[1])
        deciding = any(kind == "conclusion" for start, _end, kind in matches if offset <= start < within)
        named = [
            actor
            for match in lexicon().reporting.finditer(sentence)
            for actor in named_list(sentence[match.end() : match.end() + _OBJECT_REACH], directory)
        ]
        pledging = any(kind == "commitment" for start, _end, kind in matches if offset <= start < within)
        if pledging and (meeting := _a_meeting_pledges(sentence, directory)):
            owners += meeting
            continue
        subject = _named_in_subject(sentence, subject_end, min(inside)[0], directory)
        subject = _narrowed_subject(sentence, min(inside), subject, directory)
        # an invitation offered ("Peru has invited Ecuador to attend"): the host and its guest
        offered = any(kind == "offer" for start, _end, kind in matches if offset <= start < within) or any(
            clause.kind == "offer" for clause in clauses if offset <= clause.start < within
        )
        subject = (
            subject
            or _agent_of_relative(sentence[: min(inside)[0]], directory)
            or _participants(sentence[: min(inside)[0]], directory)  # "Participants at Ottawa also agreed to"
            or (_deciding_parties(sentence[:subject_end], directory) if deciding else [])
            or (_deciding_parties(sentence[: min(inside)[0]], directory) if deciding else [])  # "..., the States
        )  # Parties agreed to establish": their decision
        owners += (
            subject + named
            if offered
            else named or subject or _implementer(sentence, directory) or said_after(sentence, directory)
        )
        owners += _quoted_speakers(sentence, inside, directory)
        owners += _subjects_after_a_contrast(sentence, inside, directory)
    return list(dict.fromkeys(owners))


def _subjects_after_a_contrast(sentence: str, inside: list[tuple[int, int]], directory) -> list[Actor]:
    """The subject of each clause of its own after "while" whose operative words were found too ("Japan will fund
    ..., while Norway will provide", "tandis que la Norvège fournira"): a second party acts."""
    found = []
    for contrast in CONTRAST.finditer(sentence, min(inside)[1]):
        later = [(start, end) for start, end in inside if start >= contrast.end()]
        if later:
            start, end = min(later)
            found += _named_in_subject(sentence, end, start, directory)
    return found


# A sentence whose subject is a meeting, its name in lower case ("The third global conference on ... concluded",
# "La conferencia regional concluyó", "La conférence s'est achevée"; not "the Meeting of the States Parties").
_A_MEETING_OPENS = re.compile(
    r"^\s*(?:the|la|el|le|l['’])\s*(?:(?-i:[a-zà-ÿ0-9][\w-]*)\s+){0,3}?(?:conference|meeting|summit|seminar|workshop|"
    r"forum|conferencia|reunión|cumbre|seminario|taller|foro|conférence|réunion|sommet|séminaire|atelier)\b"
    r"(?![^,.;]{0,40}\b(?:States\s+Parties|[ÉE]tats\s+parties|Estados\s+Partes))",
    re.IGNORECASE,
)


def _a_meeting_pledges(sentence: str, directory) -> list[Actor]:
    """The participants, when a sentence tells what a meeting pledges ("The conference concluded on Thursday,
    vowing to ...")."""
    if not (_A_MEETING_OPENS.match(sentence) and _PLEDGE_WORD.search(sentence)):
        return []
    return [group for group in [directory.group("conference-participants")] if group is not None]


_PLEDGE_WORD = re.compile(
    r"\b(?:vow\w*|pledg\w*|promis\w*|commit\w*|compromis\w*|comprometi\w*|engagement|promesse|promesa)\b", re.IGNORECASE
)


_OBJECTIVE = re.compile(r"\b(?:goal|objective|target|aim|objectif|objetivo|meta)\b", re.IGNORECASE)


def _named_in_subject(sentence: str, subject_end: int, words_start: int, directory) -> list[Actor]:
    """The parties named before a sentence's operative words end, but those in an aside or named as a place."""
    aside = [(m.start(), m.end()) for m in _PARENTHESIS.finditer(sentence[:subject_end])]  # "(like Norway)"
    # a clause of its own before "whereas" ("X and Y joined, whereas the Finnish delegation announced"): aside
    aside += [(0, m.end()) for m in CONTRAST.finditer(sentence) if m.end() <= words_start]
    aside += [(m.start(), m.end()) for m in _HELPED_BY.finditer(sentence[:subject_end])]  # "with the help of GICHD"
    # (a demonym names a person's State, never a place: "held in Tokyo, Japanese Foreign Minister X pledged")
    demonyms = {start for start, _end, _actor in directory.demonym_spans(sentence[:subject_end])}
    named = [
        (start, actor)
        for start, _end, actor in named_spans(sentence[:subject_end], directory)
        if (start in demonyms or not named_as_place(sentence, start)) and not any(a <= start < b for a, b in aside)
    ]
    subject = [actor for start, actor in named if not _PLACE_OPENS.match(sentence[:start])] or [
        actor for _start, actor in named
    ]
    return _named_after_saying(sentence[:subject_end], subject, directory) or subject


def _named_after_saying(subject_zone: str, subject: list[Actor], directory) -> list[Actor]:
    """Those of ``subject`` named after the last "announced that" of the subject zone ("thanked Bolivia and
    Argentina and announced that the EU will": the EU), or []. (A phrase may span the whole zone: read from its
    start.)"""
    said = list(SAYING_THAT.finditer(subject_zone))
    if not said:
        return []
    return [
        actor
        for start, _end, actor in named_spans(subject_zone, directory)
        if start >= said[-1].end() and actor in subject
    ]


# The determiner before the name an article opens with ("The", "La", "L'", "El").
_OPENING_DETERMINER = re.compile(r"^\s*(?:(?:the|la|le|les|el|los|las)\s+|l['’]\s*)?$", re.IGNORECASE)


def _agent_of_relative(subject_zone: str, directory) -> list[Actor]:
    """Who a relative clause with no subject of its own speaks of, when it follows a passive's agent ("signed by
    the States Parties, which committed to", "firmada por Chile, que se comprometió a")."""
    agent = AGENT_THEN_RELATIVE.search(subject_zone)
    if agent is None:
        return []
    if STATES_PARTIES_WORDS.search(agent.group("agent")):
        return [directory.group("states-parties")]
    return named_actors(agent.group("agent"), directory)


def _implementer(sentence: str, directory) -> list[Actor]:
    """The organisation named as carrying out what a sentence with no one in its subject undertakes ("The project
    shall be implemented by the Geneva International Centre ...", "La mise en œuvre est confiée au Centre ...")."""
    for match in lexicon().implementer.finditer(sentence):
        named = named_list(sentence[match.end() : match.end() + _OBJECT_REACH], directory, reach=12)
        if named and named[0].kind == "organisation":  # (a State is where, not who: "carried out in Ukraine")
            return named[:1]
    return []


# The clause that tells who said a sentence, after it ("..., a assuré mercredi un responsable de l'UNMAS", "..., a
# UNMAS official said", "..., aseguró el ministro"): its last comma (or the one before an occasion), then a verb of
# saying.
_SAID_AFTER = re.compile(
    r",\s*(?P<clause>[^,;]*?\b(?:(?:a|ont)\s+(?:\w+\s+)?(?:assuré|affirmé|déclaré|indiqué|annoncé|précisé|souligné|"
    r"expliqué|promis|ajouté|dit|conclu|estimé)|said|says|told|announced|stated|added|promised|assured|declared|"
    r"concluded|urged|aseguró|afirmó|declaró|indicó|anunció|precisó|señaló|explicó|prometió|agregó|añadió|dijo|"
    r"concluyó|concluyeron|estimó|subrayó)\b[^,;]*)"
    r"(?:,\s*(?-i:[A-ZÀ-Þ])[^,;]{0,60})?"  # (the speaker's name after the title: "..., said the minister, Ana Ruiz")
    # (and an occasion after it: "..., said the ICBL today, as the Mine Ban Treaty turned twelve")
    r"(?:,\s*(?:as|when|while|on|at|comme|lors|alors|cuando|mientras|durante|en\s+ocasión)\b[^,;]*)?"
    # (or what the speaker added: "..., the minister said, adding that others should follow")
    r"(?:,\s*(?:adding|ajoutant|añadiendo|agregando)\s+(?:that|que|qu['’])[^;]*?)?[.!]?\s*$",
    re.IGNORECASE,
)


def sentences_holding(text: str, positions) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence of ``text`` that holds one of ``positions`` (where operative words are)."""
    return [
        (offset, sentence)
        for offset, sentence in split_sentences(text)
        if any(offset <= position < offset + len(sentence) for position in positions)
    ]


def sentence_at(text: str, position: int) -> str:
    """The sentence of ``text`` that holds ``position``."""
    return next(
        (sentence for offset, sentence in split_sentences(text) if offset <= position < offset + len(sentence)), ""
    )


def ends_on_a_saying_clause(sentence: str) -> bool:
    """Whether who says or concludes a sentence is told after it ("..., concluyó una reunión de expertos")."""
    return _SAID_AFTER.search(sentence) is not None


def said_after(sentence: str, directory) -> list[Actor]:
    """Who says a sentence that names no one before its operative words, in a clause of saying after it (“All
    minefields will be cleared within five years, a UNMAS official said”): the first party that clause names."""
    said = _SAID_AFTER.search(sentence)
    return [actor for _start, _end, actor in named_spans(said.group("clause"), directory)][:1] if said else []


def _article_body(sentence: str, directory) -> list[Actor]:
    """The body an article of a legal act opens with ("L'Unité d'appui à l'application est chargée de ..."), as
    the present tense of an article gives no verb to find its subject by; none when it opens on no one."""
    spans = named_spans(sentence, directory)
    if spans and _OPENING_DETERMINER.match(sentence[: spans[0][0]]):
        return [spans[0][2]]
    return []


# A quotation followed by who said it: “We will ...,” said X; « Nous ... », a déclaré X; “...”, afirmó X.
_QUOTED = re.compile(r"[“«\"]([^”»\"]{10,})[”»\"]\s*,?\s*(?P<after>[^“«\"]{3,200})")


def _quoted_speakers(sentence: str, inside: list[tuple[int, int]], directory) -> list[Actor]:
    """Who speaks the operative words found inside a quotation that names no one before them (“We will keep
    watching,” said the director of the ICBL): the first actor named after the quotation."""
    speakers = []
    for quoted in _QUOTED.finditer(sentence):
        words = [start for start, _end in inside if quoted.start(1) <= start < quoted.end(1)]
        if words and not named_spans(sentence[quoted.start(1) : min(words)], directory):
            speakers += [actor for _start, _end, actor in named_spans(quoted.group("after"), directory)][:1]
    return speakers

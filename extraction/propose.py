"""Proposing commitments from a document's paragraphs: candidates for ISU staff to review (``review.py``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from types import SimpleNamespace

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.choices import ActorTreatyStatus
from actors.membership import CONVENTION_IN_FORCE
from actors.models import Actor
from commitments.models import Action, Commitment, Theme
from documents.models import Document, Paragraph
from extraction.models import Candidate
from extraction.obligations import find_obligation_decision
from extraction.owners import (
    CARRIED_REQUEST,
    CARRY_OVER_CHARS,
    DECISION_WELCOMED,
    FIRST_PERSON,
    GENERIC_STATES,
    GOVERNMENT_ADDRESSED,
    HELP_FOR_US,
    ActorDirectory,
    act_beneficiary,
    call_owners,
    carried_owners,
    document_speaker,
    envoys_state,
    offer_beneficiaries,
    organisations_given_a_sum,
    owner_evidence,
    paragraph_owners,
    quoted_sayer,
    title_helped,
)
from extraction.reader.classifier import (
    GENRE_THRESHOLDS,
    SUM_TO_ITEM,
    THRESHOLD,
    classify_paragraphs,
    only_reaffirms,
    states_told_they_should,
)
from extraction.reader.clauses import (
    MINE_FREE_WORDS,
    PERSON_NAME,
    PRESS_GENRES,
    blank_reporter_aside,
    lexicon,
    main_subject,
)
from extraction.reader.deadlines import find_deadline
from extraction.reader.grammar import COMPILED, GRAMMARS
from extraction.reader.sentences import (
    last_actor_named,
    named_actors,
    named_as_place,
    reported_parties,
    said_after,
    sentence_at,
    sentence_owners,
    split_sentences,
)
from extraction.references import ReferenceFinder
from extraction.suggestions import Suggester
from extraction.tables import load_tables

# Themes suggested with at least this score are preselected; staff confirm or change them.
THEME_PRESELECT_SCORE = 0.2


class ExtractionError(Exception):
    """A document the extractor cannot read, with a message that says why."""


@dataclass
class Proposal:
    """A candidate before it is stored."""

    paragraph: Paragraph
    text: str  # the paragraph's text, or the sentence's when the paragraph is split by owner
    kind: str
    confidence: float
    matches: list
    owners: list[Actor]
    speaker: Actor | None
    actions: list[Action]
    references: list[dict]
    suggestions: dict
    themes: list[Theme] = field(default_factory=list)
    part: int = 0  # 0: the whole paragraph; 1, 2...: one of its sentences, when they commit different owners
    evidence: list[dict] = field(default_factory=list)  # why each owner: the words that name it (owner_evidence)

    def as_json(self) -> dict:
        return {
            "paragraph": self.paragraph.label or self.paragraph.position,
            "part": self.part,
            "kind": self.kind,
            "owners": [owner.code for owner in self.owners],
            "actions": [action.ref for action in self.actions],
            "confidence": self.confidence,
            "text": self.text,
            "matched": [self.paragraph.text[start:end] for start, end, _kind in self.matches],
            "references": self.references,
            "suggestions": self.suggestions,
        }


def document_proposals(document: Document) -> tuple[list[Proposal], list[str]]:
    """Candidates for every paragraph with operative language, in paragraph order, and warnings."""
    tables = load_tables()
    paragraphs = list(Paragraph.objects.current().filter(document=document).order_by("position"))
    warnings = _language_warnings(document, paragraphs, tables)
    context = _Context.load(document, paragraphs)
    proposals = [
        proposal
        for paragraph, table, found in classify_paragraphs(paragraphs, tables, document.language, document.kind)
        if table is not None
        for proposal in _paragraph_proposals(paragraph, table, found, context)
    ]
    for proposal in proposals:
        before = context.text_just_above(proposal.paragraph, _EVIDENCE_BEFORE)  # (a list's chapeau)
        proposal.evidence = owner_evidence(
            proposal.paragraph, proposal.owners, context.speaker, context.directory, before
        )
        proposal.kind = _recorded_kind(document, proposal)
    return proposals, warnings


# How much of the text before a paragraph may show where its owner was named (about two paragraphs).
_EVIDENCE_BEFORE = 600


def _recorded_kind(document: Document, proposal: Proposal) -> str:
    """A sum or funding a State is reported to give, in news, a press release or a web page, is recorded as its
    commitment (as the ISU records a "pledge" of money it reads about), once its owners, beneficiaries included, are
    read as an offer's; in the State's own statement it stays an offer. An offer to host or train stays an offer
    everywhere."""
    money = lexicon().currency.search(proposal.text) or _MONEY.search(proposal.text)
    reported_money = document.kind in PRESS_GENRES and money
    return Commitment.Kind.COMMITMENT if proposal.kind == Commitment.Kind.OFFER and reported_money else proposal.kind


# Money named without a sum ("announced new funding for MAG", "un nouveau financement", "una donación").
_MONEY = re.compile(
    r"\b(?:funding|funds|financing|grants?|donations?|financements?|fonds|subventions?|dons?|"
    r"financiaci[oó]n|financiamiento|fondos|donaci[oó]n(?:es)?|subvenci[oó]n(?:es)?)\b",
    re.IGNORECASE,
)


def _language_warnings(document: Document, paragraphs: list[Paragraph], tables: dict) -> list[str]:
    """Refuse a document none of whose languages has a pattern table; warn of paragraphs in others."""
    languages = {paragraph.language for paragraph in paragraphs} | {document.language}
    if not languages & set(tables):
        raise ExtractionError(
            _("There is no pattern table for %(languages)s: add extraction rules for it before proposing.")
            % {"languages": ", ".join(sorted(languages))}
        )
    return [
        _("Paragraphs in “%(language)s” were skipped: there is no pattern table for that language.")
        % {"language": language}
        for language in sorted(languages - set(tables) - {document.language, "und"})
    ]


@dataclass
class _Context:
    """What every paragraph of one document is read against."""

    document: Document
    directory: ActorDirectory
    finder: ReferenceFinder
    suggester: Suggester
    themes: dict
    speaker: Actor | None
    beneficiary: Actor | None
    default_plan: object
    threshold: float
    paragraphs: list

    def with_beneficiary(self, owners: list[Actor]) -> list[Actor]:
        """An act's undertakings by its author help the State its title names: that State owns them too."""
        if self.beneficiary is None or self.speaker not in owners:
            return owners
        return list(dict.fromkeys([*owners, self.beneficiary]))

    @cached_property
    def title_state(self) -> Actor | None:
        """The State a story's title names as acting ("Austria will allocate 1 million euros"), if any."""
        if self.document.kind not in PRESS_GENRES:
            return None
        return _most_named_state([self.document.title or ""], self.directory, set(), venues=False)

    def paragraphs_above(self, paragraph: Paragraph) -> list[str]:
        return [p.text for p in self.paragraphs if p.position < paragraph.position]

    def text_just_above(self, paragraph: Paragraph, chars: int) -> str:
        """The last ``chars`` characters of the paragraphs above ``paragraph``, joined from only as many of the
        nearest ones as that takes (not the whole document, once per proposal)."""
        kept: list[str] = []
        for text in reversed(self.paragraphs_above(paragraph)):
            kept.append(text)
            if sum(len(piece) + 1 for piece in kept) > chars:
                break
        return " ".join(reversed(kept))[-chars:]

    def text_before(self, paragraph: Paragraph) -> str:
        """What a reader has read before the paragraph: the title ("Ecuador y Perú evalúan ...", which may be the
        only place a story names its parties), then the paragraphs above it."""
        before = self.paragraphs_above(paragraph)
        title = self.document.title.strip()
        title += "" if not title or title[-1] in ".!?:;" else "."  # (a title is a sentence of its own)
        return " ".join([title, *before] if title else before)

    @classmethod
    def load(cls, document: Document, paragraphs: list[Paragraph]) -> _Context:
        directory, finder = ActorDirectory.load(), ReferenceFinder.load()
        return cls(
            document=document,
            directory=directory,
            finder=finder,
            suggester=Suggester.load(),
            themes={theme.slug: theme for theme in Theme.objects.all()},
            speaker=document_speaker(document, paragraphs, directory),
            beneficiary=act_beneficiary(document, directory),
            default_plan=_plan_of(document) or finder.current_plan(document.date),
            threshold=GENRE_THRESHOLDS.get(document.kind, THRESHOLD),
            paragraphs=paragraphs,
        )


def _paragraph_proposals(paragraph: Paragraph, table, found, context: _Context) -> list[Proposal]:
    """The paragraph's candidate, or one per statement when its sentences commit different owners."""
    directory, document = context.directory, context.document
    decision = _obligation_decision(paragraph, found, context)
    if found.kind is None and decision is None:
        return []
    actions, references = context.finder.find(paragraph.text, default_plan=context.default_plan)
    suggestions = _with_deadline(context.suggester.suggest(paragraph.text), paragraph.text)
    kind, confidence, owners = found.kind, found.confidence, _owners_given_by_context(found, context)
    if decision is not None:  # a decision on a State's obligation: that State owns it
        suggestions["obligation"] = decision.as_json()
        kind, confidence = kind or Commitment.Kind.CONCLUSION, max(confidence, 0.9)
        owners = [directory.state(decision.state_code)]
    preselected = [
        context.themes[item["slug"]]
        for item in suggestions["themes"]
        if item["score"] >= THEME_PRESELECT_SCORE and item["slug"] in context.themes
    ]
    whole = Proposal(
        paragraph=paragraph,
        text=paragraph.text,
        kind=kind,
        confidence=confidence,
        matches=found.matches,
        owners=_proposal_owners(paragraph, kind, owners, found, context),
        speaker=context.speaker,
        actions=actions,
        references=references,
        suggestions=suggestions,
        themes=preselected[:2],
    )
    if document.kind in PRESS_GENRES and not _with_carried_owners(whole, found, context):
        return []
    if not whole.owners and document.kind == Document.Kind.STATEMENT:
        whole.owners = _statements_own_owners(paragraph, found, context)
    statements = (
        []
        if decision
        else _statements_of_different_owners(
            paragraph.text, table, found, context.threshold, directory, paragraph.language
        )
    )
    return [
        replace(
            whole,
            part=part,
            text=text,
            kind=own.kind,
            confidence=own.confidence,
            matches=own.matches,
            owners=named,
            suggestions=_with_deadline(dict(suggestions), text),
        )
        for part, (text, own, named) in enumerate(statements, start=1)
    ] or [whole]


def _obligation_decision(paragraph: Paragraph, found, context: _Context):
    """The extension or completion a paragraph records; not a completion a story tells ("Jordan had declared
    completion in 2012, but"), which is background unless the paragraph says more."""
    document = context.document
    decision = find_obligation_decision(paragraph.text, context.directory, document.date)
    if decision is not None and decision.action == "complete" and found.kind is None and document.kind in PRESS_GENRES:
        return None
    return decision


def _owners_given_by_context(found, context: _Context) -> list[Actor] | None:
    """Owners a paragraph takes from what stands above it, or None: the party whose objectives an introduction
    lists, the addressees of a chapeau."""
    directory = context.directory
    if found.chapeau is not None:  # an instruction under "X calls on Y to:": a call on Y
        addressees = _chapeau_addressees(found.chapeau, context)
        if not addressees and not any(clause.kind for clause in found.clauses):
            # what is called for, with no one named ("hacen un llamamiento a: | una implementación global de los
            # tratados"): the States Parties, who can answer it
            return [directory.group("states-parties")]
        return addressees or None
    if found.introduction:  # an item under "Au nombre des priorités de la Norvège figurent :": that party's
        return named_actors(found.introduction, directory) or None
    return None


def _proposal_owners(paragraph, kind: str, given: list[Actor] | None, found, context: _Context) -> list[Actor]:
    """Who owns a paragraph's proposal: those its context gives, else those its sentences name, else the donor of
    the project a funded heading announces; with the States helped; else the document's default."""
    directory = context.directory
    owners = (
        given
        or paragraph_owners(
            paragraph, kind, context.speaker, directory, found.matches, found.clauses, context.title_state
        )
        or _funded_owners(found, context)
    )
    owners = _with_helped_in_heading(context.with_beneficiary(owners), found, context)
    if owners and kind in ("commitment", "offer") and _THE_COUNTRY_HELPED.search(paragraph.text):
        owners += [state for state in [_document_state(context, set(owners), title_first=False)] if state]
    if not owners and kind == Commitment.Kind.RECOMMENDATION and context.document.kind == Document.Kind.WEB_PAGE:
        # a page's advice with no one named ("Greater priority should be accorded to survey"): to the page's State
        owners = [state for state in [_document_state(context, set())] if state]
    return owners or _default_owners(context.document, kind, directory)


# A sum given for work "in the country" ("para los trabajos de desminado en la zona austral del país", "dans le
# pays"): the State the story is about is helped, when the paragraph names a sum.
_THE_COUNTRY_HELPED = re.compile(
    r"(?:[$€£¥]\s?\d|\d\s*(?:million|millones|millions)|\bUSD\b|\bdólares\b|\bdollars\b|\beuros\b)[^.;]*?"
    r"(?:\b(?:in|of)\s+the\s+country\b|\b(?:en|del)\s+(?:el\s+)?país\b|\b(?:dans|du)\s+(?:le\s+)?pays\b"
    # (or a part of it named by its point of the compass: "to demining in the northwest")
    r"|\bin\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+(?:region|part|provinces?))?\b(?!\s+of\b))",
    re.IGNORECASE,
)


def _funded_owners(found, context: _Context) -> list[Actor]:
    """A project under a heading that names its sum, whose sentences name no one: the State announcing it (the
    release's), with the States the heading names as helped."""
    if not found.funded_heading:
        return []
    named = named_actors(found.funded_heading, context.directory)
    helped = [actor for actor in named if actor.kind == Actor.Kind.STATE]
    donor = _document_state(context, set(helped))
    return [donor, *helped] if donor else []


def _with_helped_in_heading(owners: list[Actor], found, context: _Context) -> list[Actor]:
    """``owners`` and the States a funded project's heading names as the place helped ("... para desminado en
    Colombia"), when the owners name someone."""
    heading, directory = found.funded_heading, context.directory
    helped = [
        directory.state_named(match.group(1))
        for match in directory.state_names.finditer(heading)
        if named_as_place(heading, match.start())
    ]
    return list(dict.fromkeys([*owners, *helped])) if owners else owners


def _chapeau_addressees(chapeau: tuple, context: _Context) -> list[Actor]:
    """Whom a chapeau ("The ICBL calls on States requesting extensions to:") calls on: its items' owners."""
    paragraph, called = chapeau
    groups = context.directory.groups_in(paragraph.text)
    owners = call_owners(paragraph, context.speaker, context.directory, called.clauses, groups, called.matches)
    if not owners and GENERIC_STATES.search(paragraph.text):  # ("on States to:", its verb cut off): all of them
        owners = [actor for actor in [context.directory.group("states-parties")] if actor]
    return owners


def _with_carried_owners(whole: Proposal, found, context: _Context) -> bool:
    """A clipped text names who acts, in the sentence or just before it ("Il a aussi appelé", "granted its
    request", "Ambos países"): add them to ``whole``'s owners. False when nobody is named: a pledge or call that
    names nobody is narrative."""
    paragraph = whole.paragraph
    if not whole.owners and _only_told_to_the_reader(whole, found):
        return False  # ("Sensibiliser les populations du département": a page's list of tasks, no one's call)
    carried = carried_owners(
        paragraph.text,
        found.matches,
        context.text_before(paragraph),
        context.directory,
        found.clauses,
        decision=whole.kind == Commitment.Kind.CONCLUSION,
    )
    if given := _sum_given(whole, found, context):
        whole.owners = given
        return True
    if not whole.owners and not carried:
        # "The Minister, Jane Doe, announced": the document's State; so is "the government" a call addresses
        state = (
            _ministers_state(whole, found, context)
            or _government_called(whole, found, context)
            or _meeting_decided(whole, found, context)
            or _state_made_mine_free(whole, found, context)
        )
        whole.owners = [state] if state else []
        if _called_outside(whole, context):  # ("I now urge the government to build on this success by joining")
            whole.owners = [_caller(whole, found, context) or state]
        _with_the_title_helped(whole, context)
        return state is not None
    if DECISION_WELCOMED.search(paragraph.text):
        carried = []  # who decided owns it, not the welcomer: "El canciller peruano recibió con agrado la decisión del"
    if carried and whole.kind != Commitment.Kind.CALL:
        # the subject points back ("These funds will also support ... in Ukraine", "Ambos países acordaron ... una
        # mesa de donantes"): the donor, with the States and bodies helped; a group named after the verb is no subject
        helped = [owner for owner in whole.owners if owner.kind != Actor.Kind.GROUP]
        whole.owners = list(dict.fromkeys([*carried, *helped]))
    elif carried and not whole.owners and _CALLED_FOR_A_THING.match(paragraph.text, _call_start(found)):
        # "He also called for the widest possible application of the Treaty": no one addressed, what all the
        # States Parties are to do (the caller, carried, is no addressee)
        whole.owners = [context.directory.group("states-parties")]
    elif carried and not whole.owners:
        whole.owners = carried
    elif _called_outside(whole, context) and not _called_by_a_meeting(paragraph.text, found):
        # a call on States not party to join is owned by whoever makes it: else the actor named last before it
        # ("We also call on the States still outside ...", after a paragraph of the ICBL's); a meeting or its
        # President calling is no actor named before (the page's publisher): the States not party own it
        # (or named in the paragraph before the call: "Le Pape François a abondé. Le souverain pontife exhorte")
        # (a State Party named among those the call gave is its maker: "Cambodian authorities called for all")
        # (so is an organisation named before the verb: "The ICBL calls on all states to join")
        inside = [owner for owner in whole.owners if _a_caller_inside(owner, whole, found, context)]
        caller = None if inside else _caller(whole, found, context)
        whole.owners = carried or inside or ([caller] if caller else whole.owners)  # (else the story's State)
    if not carried and (state := _ministers_state(whole, found, context)):  # ("the country will": named already)
        whole.owners = list(dict.fromkeys([state, *whole.owners]))
    _with_the_government_called(whole, found, context)
    _with_the_story_state_helped(whole, context)
    _with_the_title_helped(whole, context)
    return True


def _only_told_to_the_reader(whole: Proposal, found) -> bool:
    """Whether a page's call is only its bare orders to whoever reads it ("Consult with partners", "Sensibiliser les
    populations"): no State is told, whatever the paragraphs before name."""
    own = [clause for clause in found.clauses if clause.kind == whole.kind]
    return whole.kind == Commitment.Kind.CALL and bool(own) and all(clause.subject == "reader" for clause in own)


def _with_the_government_called(whole: Proposal, found, context: _Context) -> None:
    """Add the story's State to a call on "the government and international partners" that names no State: its
    government is asked beside its partners (a State not party's government called on leaves the call to its
    maker)."""
    if any(owner.kind == Actor.Kind.STATE for owner in whole.owners):
        return
    state = _government_called(whole, found, context)
    if state is not None and state.has_joined:
        whole.owners = [state, *whole.owners]


# A call for a thing, with no one addressed ("called for the widest possible application", "a appelé à la plus large
# application", "pidió la aplicación"), not for help nor for States to join.
_CALLED_FOR_A_THING = re.compile(
    r"[\w\s]*?\b(?:called|calls|appealed|appeals|appelé|appelle|appellent|pidió|pide|piden|pidieron)\s+"
    r"(?:for|à|a)\s+(?:the|la|le|l['’]|une?)\s*(?!(?:[\w-]+\s+){0,3}?(?:help|support|assistance|aid|funding|"
    r"aide|soutien|appui|ayuda|apoyo|asistencia|financ\w*)\b)(?:[\w-]+\s+){0,3}?(?:application|implementation|"
    r"universali[sz]ation|respect|compliance|mise\s+en\s+œuvre|universalisation|aplicación|implementación|"
    r"universalización|cumplimiento)\b",
    re.IGNORECASE,
)


def _call_start(found) -> int:
    """Where the sentence of a paragraph's call starts (its first call clause's, else the paragraph's)."""
    return next((clause.sentence_start for clause in found.clauses if clause.kind == "call"), 0)


# A call on every country to join ("for all countries to join", "tous les pays à adhérer", "todos los países a
# adherirse"): on those still outside.
_ALL_TO_JOIN = re.compile(
    r"\b(?:all|every|other)\s+(?:other\s+)?(?:countries|states|nations)\s+to\s+(?:join|accede|ratify)|"
    r"\b(?:tous\s+les|les\s+autres)\s+(?:pays|[ée]tats)\s+à\s+(?:adhérer|ratifier|rejoindre)|"
    r"\b(?:todos\s+los|los\s+demás)\s+(?:países|Estados)\s+(?:a|para\s+que)\s+(?:adherirse|ratifi|se\s+adhieran|se\s+sumen|unirse)",
    re.IGNORECASE,
)


def _called_outside(whole: Proposal, context: _Context) -> bool:
    """Whether a call is on the States not party, as a group or by name ("I now urge the government [of Nepal] to
    build on this success by joining the Ottawa Convention", "la Syrie avertie de cesser"): whoever makes it owns it
    (real-dev's rule for calls to join, which the blind sets' labels keep for any call on a State outside)."""
    owners = whole.owners
    if [owner.slug for owner in owners] == ["states-not-party"]:
        return True
    if whole.kind == Commitment.Kind.CALL and _ALL_TO_JOIN.search(whole.paragraph.text):
        return True  # ("called for all countries to join the Mine Ban Treaty": those outside it)
    # (or only on States named that have not joined, to join or to stop using mines: "urged Syria to cease")
    outside = [owner for owner in owners if owner.kind == Actor.Kind.STATE and _outside(owner, context)]
    return whole.kind == Commitment.Kind.CALL and bool(owners) and outside == owners


def _a_caller_inside(owner: Actor, whole: Proposal, found, context: _Context) -> bool:
    """Whether an owner a call was given makes it: a State Party, or an organisation its sentence names before the
    verb of calling."""
    if owner.kind == Actor.Kind.STATE:
        return not _outside(owner, context)
    starts = [clause.start for clause in found.clauses if clause.kind == "call"]
    called_at = min(starts + [start for start, _end, kind in found.matches if kind == "call"], default=0)
    before = whole.paragraph.text[:called_at].rsplit(".", 1)[-1]
    return owner.kind == Actor.Kind.ORGANISATION and context.directory.naming(owner, before) is not None


def _outside(state: Actor, context: _Context) -> bool:
    """Whether a State was outside the Convention when the document was written (an undated one: today): it had
    not joined yet, or its withdrawal had taken effect ("The ICBL calls on Finland to rejoin", in 2026)."""
    day = context.document.date or timezone.localdate()
    if day < CONVENTION_IN_FORCE:
        return not state.has_joined  # (before it bound anyone, a State that went on to join, most of them signatories
        # of December 1997, is read as inside: "España exige que EE UU retire sus minas", in 1998, is Spain's call)
    return state.status_on(day) != ActorTreatyStatus.STATE_PARTY


def _caller(whole: Proposal, found, context: _Context) -> Actor | None:
    """Who makes a call: the actor named last before it, in the paragraph or above, other than those it calls on;
    else the State the story is about."""
    paragraph = whole.paragraph
    called_at = min((start for start, _end, kind in found.matches if kind == "call"), default=0)
    before = f"{context.text_before(paragraph)} {paragraph.text[:called_at]}"[-CARRY_OVER_CHARS:]
    called = frozenset(whole.owners)
    # (a call in a quotation is its sayer's: "“Let me call on the government ...,” the EU ambassador said")
    sayers = quoted_sayer(paragraph.text, called_at, called_at, context.directory)
    if sayers and sayers[0] not in called:
        return sayers[0]
    # (or reported by whoever says it after: "Groups worldwide are calling on the United States to ..., said the ICBL")
    sayers = said_after(sentence_at(paragraph.text, called_at), context.directory)
    if sayers and sayers[0] not in called:
        return sayers[0]
    return last_actor_named(before, context.directory, called) or _document_state(context, set(called))


def _with_the_story_state_helped(whole: Proposal, context: _Context) -> None:
    """A call for help with "our programme" in a story ("“I call upon those in a position to support our programme,”
    said the President"): the State the story is about is helped, beside those called on."""
    asked_by_its_plan = _A_PLAN_ASKS.search(whole.paragraph.text)  # ("The plan requests international support")
    if whole.kind == Commitment.Kind.CALL and (HELP_FOR_US.search(whole.paragraph.text) or asked_by_its_plan):
        state = _document_state(context, set(whole.owners))
        whole.owners = [*whole.owners, state] if state else whole.owners


_A_PLAN_ASKS = re.compile(
    r"\b(?:the|its|le|son|el|su)\s+(?:national\s+|nacional\s+)?(?:plan|strategy|stratégie|estrategia)\s+"
    r"(?:\w+\s+)?(?:requests|seeks|sollicite|demande|solicita|pide)\b",
    re.IGNORECASE,
)


def _with_the_title_helped(whole: Proposal, context: _Context) -> None:
    """A donor's support in a story whose title names the State helped ("La Belgique aide l'Irak à déminer son
    territoire": "la Belgique a décidé de soutenir les opérations de déminage"): that State is helped too, when the
    paragraph names no State but the donor."""
    states = [owner for owner in whole.owners if owner.kind == Actor.Kind.STATE]
    # (the donor may be a body: "la UE acaba de liberar 2,5 millones de euros para quitar minas", on Cyprus)
    donor_body = not states and any(owner.kind == Actor.Kind.ORGANISATION for owner in whole.owners)
    if whole.kind not in (Commitment.Kind.COMMITMENT, Commitment.Kind.OFFER) or not (len(states) == 1 or donor_body):
        return
    text = whole.paragraph.text
    if not (_MONEY.search(text) or _SUPPORT.search(text) or (donor_body and lexicon().currency.search(text))):
        return
    helped = [state for state in title_helped(context.document.title or "", context.directory) if state not in states]
    if not helped and _FIELD_WORK.search(text) and lexicon().currency.search(text):
        # a donor's sum in a story about another State that the paragraph does not name ("The Japanese government
        # has provided $1.8 million to promote ... clearance", in a story on Cambodia): the story's State is helped
        # (the story's State may be named too, not as a donor: "UNMAS in Iraq welcomes a contribution from Germany")
        story = _document_state(context, set(states), title_first=False)
        named = [actor for actor in named_actors(text, context.directory) if actor.kind == Actor.Kind.STATE]
        if story and story.has_joined and set(named) <= {*states, story} and not donor_body:
            helped = [story]
    owners = whole.owners
    if helped and donor_body:  # (a body given the sum for the State's work only channels it: "to the UNDP")
        owners = [owner for owner in owners if owner not in organisations_given_a_sum(text, context.directory)]
    whole.owners = list(dict.fromkeys([*owners, *helped]))


# Work done on the ground somewhere (clearance, a province or district), not for the treaty or its ISU (in lower case:
# not the "Demining" of the GICHD's name).
_FIELD_WORK = re.compile(
    r"\b(?:clear\w*|demin\w*|déminage|désamorç\w*|dépollu\w*|desminad\w*|limpieza|quitar|remov\w*|provinces?|districts?|"
    r"municipalit\w*|villages?|communes?|provincias?|municipios?|distritos?|veredas?)\b"
)


# Support given ("soutenir les opérations", "support demining", "apoyar el desminado", "contribuera à ce travail"),
# or people sent to help ("se comprometió a enviar entrenadores", "will send deminers", "enverra des démineurs").
_SUPPORT = re.compile(
    r"\b(?:soutien|soutenir|support|apoy|contribu|aide[rz]?\b|help|ayud|financ|fund|deploy|déploi|déploy|despleg|"
    r"colabor|collabor)\w*"
    r"|\b(?:send|sends|sending|sent|envoy\w*|enverr\w*|enviar|enviará|enviarán|enviaría|enviarían|envió|enviaron|envía|envían)\b",
    re.IGNORECASE,
)


_TITLE_FIRST = re.compile(
    r"^\s*(?:the|la|le|el|l['’])?\s*(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?:"  # ("Foreign Affairs Minister")
    + "|".join(sorted({t for g in GRAMMARS.values() for t in g.titles}, key=len, reverse=True))
    + r"|ministra|ministro|présidente|presidenta|canciller)\b",
    re.IGNORECASE,
)


# A State's own institution ("the National Mine Action Authority", "la Policía Nacional", "the army", "the Interior
# Ministry"; "National" capitalised), its authorities or its clearance teams ("las autoridades a cargo del desminado",
# "Expert teams will clear"): it acts for the State of the story.
_NATIONAL_BODY = re.compile(
    r"\b(?:National|Nationale?|Nacional|Brigade|Brigada|Ministry|Ministère|Ministerio|Secretaría|"
    r"(?i:police|policía|army|armée|ejército|navy|armada|military|militaires|militares|authorities|autorités|"
    r"autoridades|deminers|démineurs|desminadores|(?:expert|demining|clearance)\s+teams|équipes\s+de\s+déminage|"
    r"equipos\s+de\s+desminado))\b"
)


# A person's name as a subject (two to four capitalised words, "de"/"van" between), with an apposition between
# commas: "Heng Ratana, director general of ..., ", "Hun Sen ", "María Ángela Holguín ".
_PERSON_FIRST = re.compile(r"\s*(?:" + PERSON_NAME.pattern + r")\s*(?:,[^,;]{3,120},)?\s*")


# Money as a subject ("The funding announced today", "Cette contribution", "La nueva financiación"): the donor's.
_FUNDS_FIRST = re.compile(
    r"^\s*(?:the|this|these|that|ce|cet|cette|ces|le|la|les|el|esta|este|estos|estas|l['’])?\s*"
    r"(?:new\s+|additional\s+|nouve\w*\s+|nuev[oa]s?\s+)?(?:"
    + "|".join(sorted({f for g in GRAMMARS.values() for f in g.funds}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# The State a story is about, named as "the country" ("El país estará libre de minas en 2020", "Le pays sera"): the
# document's State.
# (so is the State as a whole, in French and Spanish news: "L'État a décidé d'allouer", "el Estado destinará")
_THE_COUNTRY = re.compile(
    r"\s*[«“\"]?\s*(?:(?:the|this|le|ce|el|este|l['’])\s*(?:country|nation|pays|país)|l['’]\s*(?-i:État)|el\s+(?-i:Estado)|"
    r"the\s+state)(?:\s+\w+(?:ly|ment|mente))?\s*",  # (and an adverb: "The state recently pledged")
    re.IGNORECASE,
)
# A quotation that opens on "we" ("“Nos propusimos limpiar ...”, aseguró", "« Nous allons ... »"): who the story quotes
# speaks for its State.
_QUOTED_WE = re.compile(
    r"\s*(?:[«“\"]|``)\s*(?:(?:that|this)\s+is\s+why\s+|c['’]est\s+(?:pour\s+cela\s+que|pourquoi)\s+|por\s+(?:eso|ello),?\s+)?"
    r"(?:we|nous|nos|nosotros|nosotras)?\s*",  # (after "That is why", "C'est pour cela que", "Por eso"; ``, an old
    # news wire's opening quotes)
    re.IGNORECASE,
)
# What is "ours" inside a quotation still open ("« Il en coûtera 37 milliards, mais notre objectif est d'y parvenir",
# "“... but our goal is to”"): who the story quotes speaks for its State.
_OURS = re.compile(r"\s*(?:our|we|notre|nos|nous|nuestr[oa]s?|nosotr[oa]s)\b", re.IGNORECASE)
_WE_ENDS = re.compile(r"\b(?:we|nous|nosotr[oa]s)(?:\s+[\w'’]+){0,2}\s*$", re.IGNORECASE)


def _ours_in_a_quotation(subject: str, rest: str) -> bool:
    opened = subject.count("«") + subject.count("“") > subject.count("»") + subject.count("”")
    # ("... our goal is to", or "we" ending the subject: "“Sri Lanka has finished the war and we are now committed")
    return (opened or subject.count('"') % 2 == 1) and bool(_OURS.match(rest) or _WE_ENDS.search(subject))


# An undertaking told with no one as its subject, nobody named before it: mines, land or places to be cleared or
# destroyed, in the passive future ("La Casamance sera intégralement déminée d'ici à 2026"), or a plan told
# impersonally ("it is planned to reduce the suspected area"), or a goal no one is said to own ("L'objectif est
# d'achever le déminage de 20 localités"). The document's State does it.
_NO_ONES_UNDERTAKINGS = [
    re.compile(pattern, re.IGNORECASE)
    for grammar in GRAMMARS.values()
    for pattern in (grammar.obligation_passive, grammar.planned)
] + [
    re.compile(
        r"(?:the|l['’]|le|el|la)\s*(?:goal|aim|objective|target|plan|objectif|but|cible|objetivo|meta)\b", re.IGNORECASE
    ),
    # (a body to be set up, in English: "A training centre is to be established at the school")
    re.compile(r"\b(?:is|are)\s+to\s+be\s+(?:established|set\s+up|created|opened|launched|built)\b", re.IGNORECASE),
    # (where the work will go: "la labor del IND será dirigida a la región central", "work will now be focused on")
    re.compile(
        r"(?:work|efforts?|operations|labor|labores|trabajos?|esfuerzos?|operaciones|travail|travaux|opérations)\b"
        r"[^.;]{0,40}?\b(?:will\s+(?:now\s+)?be|será|serán|sera|seront)\s",
        re.IGNORECASE,
    ),
]
# Spanish's impersonal future ("se van a entregar 18 zonas", "se entregarán"): no one is its subject.
_SE = re.compile(r"\bse\s+$", re.IGNORECASE)
# (not after a subject of its own: "Estos se sumarán a los ocho municipios" says what the places will be)
_OWN_SUBJECT_BEFORE_SE = re.compile(
    r"^\s*(?:estos|estas|este|esta|esos|esas|ellos|ellas|los|las|el|la|todos|todas)\b", re.IGNORECASE
)


def _impersonal_se(subject: str) -> bool:
    """Whether a subject zone ends on an impersonal "se" with no subject of its own before it."""
    return bool(_SE.search(subject)) and not _OWN_SUBJECT_BEFORE_SE.match(_REPORTED_OPENING.sub("", subject))


# The government, the army or the State as a subject, after what reports it ("Enfatizó que el Gobierno, a través del
# programa AICMA, seguirá", "He said the army will"): the document's State, when the story names it nowhere else near.
_REPORTED_OPENING = re.compile(r"^[^“”«»\"]*?\b(?:que|that|qu['’])\s*", re.IGNORECASE)
_A_GOVERNMENT = re.compile(
    r"\s*(?:the|el|la|le|les|los|las|l['’]|its|their|his|her|son|sa|leur|su)\s*(?:"
    + "|".join(sorted({word for g in GRAMMARS.values() for word in g.governments}, key=len, reverse=True))
    + r"|estado|état|state)(?:\s+[a-záéíóúñ]+)?\s*",
    re.IGNORECASE,
)


# A national body by its name ("the National Demining Institute (IND)", "el Centro Nacional contra Minas", "la
# Commission nationale de lutte contre les mines"), after an opening phrase at most: the State's own.
_A_NATIONAL_BODY = re.compile(
    r"(?:[^,]{1,60},\s*)?(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Ll]['’])\s*(?:[A-Z][\w'’-]*\s+){0,4}?(?:National|Nacional|[Nn]ationale?)\b"
    r"[^,;:]{0,80}?(?:\s*\([A-Z]{2,10}\))?\s*"
)


def _a_government_said(subject: str) -> bool:
    """Whether a subject, its reporting opening and asides aside, is the government, the army, the State or one of
    its national bodies."""
    bare = _REPORTED_OPENING.sub("", blank_reporter_aside(subject)).lstrip(' «“"')
    bare = _AND_A_NON_STATE.sub("", bare)  # ("Le gouvernement et les FARC travailleront": the government)
    return bool(_A_GOVERNMENT.fullmatch(bare) or _A_NATIONAL_BODY.fullmatch(bare))


# The government as the second of a subject's pair ("The United Nations and the government", "l'UNICEF et le
# gouvernement", "el PNUD y el Gobierno").
_AND_THE_GOVERNMENT = re.compile(r"\s(?:and|et|y)\s+(?:the|le|el)\s+(?:government|gouvernement|gobierno)\s*$", re.I)


# A non-State party beside the government in a subject: "et les FARC", "and the rebels", "y el ELN".
_AND_A_NON_STATE = re.compile(
    r"\s+(?:and|et|y)\s+(?:the\s+|les\s+|la\s+|le\s+|el\s+|los\s+|las\s+)?(?:(?-i:FARC|ELN|M23)|rebels|rebelles|"
    r"rebeldes|guerrill?as?|guérillas?)\s*$",
    re.IGNORECASE,
)


# A Spanish future with its subject dropped, after at most a linking phrase ("Para ello hará", "Además, destinará"):
# the one the story was speaking of, its State when nobody is named.
_DROPPED_SUBJECT = re.compile(
    r"\s*(?:(?:para|por|con)\s+(?:ello|eso|esto)|además|también|asimismo|luego)?\s*,?\s*", re.I
)
# (a future, simple or periphrastic: "hará", "se entregarán", "se van a entregar")
_SPANISH_FUTURE = re.compile(r"(?:va|van)\s+a\s+[a-záéíóúñ]+(?:ar|er|ir)\b|[a-záéíóúñ]+rán?\b", re.IGNORECASE)
# A subject that ends on "and": a predicate coordinated before the operative verb ("X underlined ... and pledged").
_COORDINATED = re.compile(r"\s(?:and|et|y|e)\s*$")
# A short phrase before a sentence's subject ("À cette fin, ", "In addition, ", "Hoy, "): passed over.
_OPENING_PHRASE = re.compile(r"^\s*[^,]{1,30},\s*")


def _ministers_state(whole: Proposal, found, context: _Context) -> Actor | None:
    """The State a Minister speaks for, when a press release's or news item's offer or commitment has a person's
    title as subject and names no State in it ("The Minister of Foreign Affairs, Jane Doe, today announced $5
    million for demining in Angola"): the State the document's title names, else the one the document names most,
    other than those who already own it (the beneficiary)."""
    if whole.kind not in (Commitment.Kind.OFFER, Commitment.Kind.COMMITMENT):
        return None
    subject, rest = _operative_sentence(whole, found)
    directory = context.directory
    if _COORDINATED.search(subject):  # "H.E. Ly Thuch underlined ... and pledged": the first verb's subject
        subject = main_subject(COMPILED.get(whole.paragraph.language) or COMPILED["en"], subject) or subject
    if _PERSON_FIRST.fullmatch(subject) and not named_actors(subject, directory):
        # "Heng Ratana, director general of the Cambodian Mine Action Centre, pledged", "Hun Sen s'est engagé": a
        # person named, who speaks for the State the apposition names by its adjective, else the document's
        # ("Mr Tanaka expressed the commitment", "the Japanese Ambassador Mr Satoshi Tanaka" named before)
        named = directory.demonym_spans(subject)
        known = named[0][2] if named else _state_of_a_surname(subject, whole, context)
        return known or _document_state(context, set(whole.owners))
    if (known := _state_of_a_surname(subject, whole, context)) is not None:  # "Trudeau pledged", named in full before
        return known
    if envoys := envoys_state(subject, context.text_before(whole.paragraph), directory):  # "le diplomate"
        return envoys[0]
    if _AN_EMBASSY.fullmatch(subject) and (embassys := _state_of_the_embassy(whole, context)) is not None:
        return embassys  # "The embassy will provide over $1 million", the Embassy of Japan named before
    if _THE_COUNTRY.fullmatch(subject) or _QUOTED_WE.fullmatch(subject) or _ours_in_a_quotation(subject, rest):
        return _document_state(context, set(whole.owners))
    # (States named in the subject tell it themselves: "En el caso de Chile, ..., anunció que el país estará")
    named_here = [match for match in directory.state_names.finditer(subject) if match.group(1)[:1].isupper()]
    # (not the adjective "suisse", a name's lower case; the government may stand beside another: "The United
    # Nations and the government will continue to assist")
    if (_a_government_said(subject) or _AND_THE_GOVERNMENT.search(subject)) and not named_here:
        # (or the State its speaker's adjective names: "Lars Buechler (coopération suisse) a confirmé que son
        # gouvernement apportera")
        named = directory.demonym_spans(subject)
        return named[0][2] if named else _document_state(context, set(whole.owners))
    if _DROPPED_SUBJECT.fullmatch(subject) and _SPANISH_FUTURE.match(rest):  # "Para ello hará un seguimiento"
        return _document_state(context, set(whole.owners))
    no_ones = any(undertaking.match(rest) for undertaking in _NO_ONES_UNDERTAKINGS) or (
        _impersonal_se(subject) and _SPANISH_FUTURE.match(rest)  # "se van a entregar 18 zonas", "se entregarán"
    )
    # (the subject's own clause only: "... declaró el ministro, quien anunció que 18 zapadores serán enviados")
    if no_ones and not named_actors(re.split(r",|\bque\b|\bthat\b|\bqu['’]", subject)[-1], directory):
        # ("the last minefields will be cleared by 2027"; "The objective is for Ukraine to be free": its State)
        told = [
            actor for actor in named_actors(re.split(r"[,;.]", rest)[0], directory) if actor.kind == Actor.Kind.STATE
        ]
        return told[0] if told else _document_state(context, set(whole.owners))
    subject = _OPENING_PHRASE.sub("", subject) if not _TITLE_FIRST.match(subject) else subject  # "À cette fin, la"
    titled = _TITLE_FIRST.match(subject) or _FUNDS_FIRST.match(subject)  # (or "The funding announced today")
    titled = titled or _NATIONAL_BODY.search(subject)  # (or "la División ... de la Policía Nacional tendrá a su cargo")
    if not titled or named_actors(subject, directory) or directory.demonym_spans(subject):
        return None
    if directory.demonym_spans(rest):
        return None  # "announced a Canadian contribution": the donor is named by its adjective
    return _document_state(context, set(whole.owners))


# A subject that is one capitalised word, a surname ("Trudeau", "Kibaki"), and the United Nations' head by title.
# (after a courtesy title: "Mr Tanaka", "M. Diallo", "la Sra. Pérez")
_SURNAME_ALONE = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra|Don|Doña|H\.\s?E)\.?\s+)?(?-i:([A-ZÀ-Þ][\w’'-]{2,}))\s*"
)
_UN_HEAD = re.compile(r"\b(?:secretary[- ]general|secrétaire\s+général|secretario\s+general)\b", re.IGNORECASE)


def _state_of_a_surname(subject: str, whole: Proposal, context: _Context) -> Actor | None:
    """The State (or the UN) of a person the story named in full before and now calls by the surname alone
    ("Canadian Prime Minister Justin Trudeau ... Trudeau pledged"): the adjective or State just before the full name,
    or the title in the apposition after it ("Ban Ki-moon, the secretary-general of the U.N., ...")."""
    surname = _SURNAME_ALONE.fullmatch(subject)
    if surname is None or context.directory.state_names.fullmatch(surname.group(1)):
        return None
    text, directory = context.text_before(whole.paragraph), context.directory
    for full in re.finditer(r"(?<![\w-])[A-ZÀ-Þ][\w’'.-]+\s+" + re.escape(surname.group(1)) + r"\b", text):
        before = text[max(0, full.start() - 60) : full.start()].split(".")[-1]
        after = text[full.end() : full.end() + 80].split(".")[0]
        found = (
            directory.demonym_actors(before)[-1:]
            or [actor for actor in named_actors(before, directory) if actor.kind == Actor.Kind.STATE][-1:]
        )
        if not found and _UN_HEAD.search(before + " " + after):
            found = [directory.by_slug.get("un")]
        if found and found[0] is not None:
            return found[0]
    return None


# "The embassy", "L'ambassade", "La embajada" as a subject, and the State whose embassy a text names ("the Embassy of
# Japan", "l'ambassade du Japon", "la Embajada de Japón").
_AN_EMBASSY = re.compile(r"\s*(?:the|l['’]|la)?\s*(?:embassy|ambassade|embajada)\s*", re.IGNORECASE)
_EMBASSY_OF = re.compile(
    r"\b(?:embassy|ambassade|embajada)\s+(?:of|du|de\s+la|de\s+l['’]|des|de|del|d['’])\s*(?:the\s+)?", re.IGNORECASE
)


def _state_of_the_embassy(whole: Proposal, context: _Context) -> Actor | None:
    """The State whose embassy the text named last before "the embassy" acts."""
    text = context.text_before(whole.paragraph)
    named = [
        state
        for match in _EMBASSY_OF.finditer(text)
        for state in named_actors(text[match.end() : match.end() + 40], context.directory)[:1]
        if state.kind == Actor.Kind.STATE
    ]
    return named[-1] if named else None


def _operative_sentence(whole: Proposal, found) -> tuple[str, str]:
    """The sentence that carries a proposal's kind, cut where its operative words start: (subject, the rest)."""
    clause = next((c for c in found.clauses if c.kind == whole.kind and c.subject == "party"), None)
    text = whole.paragraph.text
    if clause:  # (from its last colon: "Mais le pouvoir n'est pas au bout de ses peines : le gouvernement")
        return re.split(r"\s*[:;]\s+", text[clause.sentence_start : clause.start])[-1], text[
            clause.start : clause.sentence_end
        ]
    # a phrase rule found it ("today announced funding"): its sentence up to the words matched
    start = min((begin for begin, _end, kind in found.matches if kind == whole.kind), default=0)
    return re.split(r"(?<=[.!?])\s+", text[:start])[-1], re.split(r"(?<=[.!?])\s+", text[start:])[0]


def _sum_given(whole: Proposal, found, context: _Context) -> list[Actor]:
    """A sum as the subject of what will be done ("Otros 4,6 millones de euros se emplearán en operaciones en Sri
    Lanka"): the donor the document's lead names, with the States the sentence names (helped); [] otherwise."""
    if whole.kind not in (Commitment.Kind.OFFER, Commitment.Kind.COMMITMENT):
        return []
    subject, rest = _operative_sentence(whole, found)
    # (an item of a list of grants names who receives the sum, not who gives it: "$199,897 to the Demining Agency for
    # Afghanistan")
    to_whom = bool(SUM_TO_ITEM.match(subject + rest))
    sum_first = to_whom or _SUM_FIRST.match(_OPENING_PHRASE.sub("", subject + rest))
    if not sum_first or (named_actors(subject, context.directory) and not to_whom):
        return []
    # (a State that never joined the Convention owns no commitment under it, even as the place helped)
    named = named_actors(subject + rest if to_whom else rest, context.directory)
    helped = [actor for actor in named if actor.has_joined]
    donor = _lead_donor(context, set(helped))
    return [donor, *helped] if donor else []


def _lead_donor(context: _Context, owned: set) -> Actor | None:
    """Who gives, when a sum is a sentence's subject: the first State or organisation the title or the lead names
    ("La Comisión Europea anunció hoy su programa"), else the document's State."""
    lead = [context.document.title or "", *(p.text for p in context.paragraphs[:1])]
    for text in lead:
        named = [actor for actor in named_actors(text, context.directory) if actor.kind != Actor.Kind.GROUP]
        named = [actor for actor in named if actor not in owned]
        if named:
            return named[0]
    return _document_state(context, owned)


# A sum opening a sentence ("13,05 millones de euros serán", "Another $2 million will"): money as the subject.
_SUM_FIRST = re.compile(
    r"[«“\"]?\s*"  # (opening a quotation too: "Ainsi, « 2 milliards de francs CFA ont été mis à la disposition")
    r"(?:other|another|a\s+further|the\s+remaining|otros|los\s+restantes|d['’]autres|un\s+autre|les\s+autres)?\s*"
    r"(?:US\$|\$|€|£|USD|EUR)?\s?\d[\d.,]*\s*(?:million|billion|millones|mil\b|millions?|milliards?|m\b|bn\b)",
    re.IGNORECASE,
)


def _meeting_decided(whole: Proposal, found, context: _Context) -> Actor | None:
    """The States Parties, when a meeting's decision in a story names no one ("la Conferencia acordó que la nueva
    contaminación debe reportarse", after an opening phrase)."""
    text = whole.paragraph.text
    if whole.kind != Commitment.Kind.CONCLUSION or CARRIED_REQUEST.search(text):
        return None  # ("granted its request": a decision on a State, whose name the story must give)
    decided = [c for c in found.clauses if c.kind == "conclusion" and c.subject == "body"]
    opening = [re.split(r"[,;:]\s+", text[c.sentence_start : c.start].strip())[-1] for c in decided]
    if not any(_MEETING_SUBJECT.fullmatch(subject) for subject in opening):
        return None
    return context.directory.group("states-parties")


# A meeting as the subject of a decision ("la Conferencia", "the Meeting", "la Conférence a", "the 2MSP", "la 14RSP").
_MEETING_SUBJECT = re.compile(
    r"(?:the|la|le|el|l['’])\s*(?:(?:[\w-]+\s+){0,2}?(?:conference|meeting|summit|conferencia|reunión|cumbre|conférence|"
    r"réunion|sommet)(?:\s+(?:of|de|du|del)\s+[A-ZÀ-Þ][\w-]*)?|\d{1,2}(?-i:MSP|RSP|REP|RC))"
    r"(?:\s+(?:a|ont|has|have|ha|han|s['’]est|se))?\s*",
    re.IGNORECASE,
)


def _state_made_mine_free(whole: Proposal, found, context: _Context) -> Actor | None:
    """The State a goal that names no one else declares free of mines ("el compromiso gubernamental de que en 2021 se
    podrá declarar a Colombia libre de minas"): its goal."""
    if whole.kind != Commitment.Kind.COMMITMENT or not found.matches:
        return None
    sentence = sentence_at(whole.paragraph.text, min(start for start, _end, _kind in found.matches))
    if not (free := _MINE_FREE_GOAL.search(sentence)):
        return None
    named = named_actors(sentence[: free.start()][-50:], context.directory)
    states = [actor for actor in named if actor.kind == Actor.Kind.STATE]
    return states[0] if len(states) == 1 else None


# Free of mines, as a goal's end ("libre de minas", "mine-free").
_MINE_FREE_GOAL = re.compile(r"\b" + MINE_FREE_WORDS + r"\b", re.IGNORECASE)


def _government_called(whole: Proposal, found, context: _Context) -> Actor | None:
    """The State of the story, when a call that names no one else addresses its government ("La CCCM llama al
    gobierno a", "urged the authorities to", "appelle le gouvernement à")."""
    if whole.kind != Commitment.Kind.CALL:
        return None
    calls = [clause for clause in found.clauses if clause.kind == "call"]
    text = whole.paragraph.text
    # (or inside a phrase rule's call: "se pide al Gobierno que", "Il est demandé au gouvernement de")
    # (or right after it: "lance un appel pressant au gouvernement")
    ruled = [(start, end) for start, end, kind in found.matches if kind == "call"]
    if not any(GOVERNMENT_ADDRESSED.match(text, call.end) for call in calls) and not any(
        _GOVERNMENT_NAMED.search(text, start, end) or GOVERNMENT_ADDRESSED.match(text, end) for start, end in ruled
    ):
        return None
    return _document_state(context, set(), title_first=False)


_GOVERNMENT_NAMED = re.compile(r"\b(?:government|gouvernement|gobierno)\b", re.IGNORECASE)


def _document_state(context: _Context, owned: set, title_first: bool = True) -> Actor | None:
    """The State a press release speaks for: the one its title names, else the one it names most (not one of
    ``owned``, those already owning the proposal as helped); with ``title_first`` off, the State a story's paragraphs
    name most, the first named on a tie ("Perú espera culminar el desminado de la frontera con Ecuador"), else its
    title's."""
    directory = context.directory
    # (a line each: a place's name that ends one is not taken for a given name before the next's first word)
    texts = [context.document.title or "", "\n".join(p.text for p in context.paragraphs)]
    ordered = texts if title_first else texts[::-1]
    # States named as who acts first; then the State whose provinces the story names ("en Antioquia y Meta"); then a
    # State named only as where ("las negociaciones de paz en La Habana, Cuba" is the venue, not the story's State)
    if acting := _most_named_state(ordered, directory, owned, venues=False):
        return acting
    by_places = directory.state_of_places("\n".join(texts))  # (only then: the places' pattern is long)
    if by_places is not None and by_places not in owned:
        return by_places
    return _most_named_state(ordered, directory, owned, venues=True)


def _statements_own_owners(paragraph: Paragraph, found, context: _Context) -> list[Actor]:
    """A statement's paragraph that names no owner ("These commitments include ..."), by a speaker with no code:
    the party named just before, as in a clipped text; else the State its paragraphs name most ("This Government
    remain committed", in a Parliament's debate); never the State its title is about."""
    spoken = FIRST_PERSON.search(paragraph.text) or any(c.subject == "first_person" for c in found.clauses)
    carried = (
        []
        if spoken
        else carried_owners(
            paragraph.text, found.matches, context.text_before(paragraph), context.directory, found.clauses
        )
    )
    text = "\n".join(paragraph.text for paragraph in context.paragraphs)
    named = _most_named_state([text], context.directory, set(), venues=False)
    return carried or ([named] if named else [])


def _most_named_state(texts: list[str], directory, owned: set, venues: bool) -> Actor | None:
    """The State the first of ``texts`` to name one names most (the first met on a tie), not one of ``owned``;
    names that only say where something happens count with ``venues``."""
    for text in texts:
        counts = Counter(
            directory.state_named(match.group(1))
            for match in directory.state_names.finditer(text)
            if venues or not named_as_place(text, match.start())
        )
        ranked = [state for state, _count in counts.most_common() if state not in owned]
        if ranked:
            return ranked[0]
    return None


def _called_by_a_meeting(text: str, found) -> bool:
    """Whether a call's subject is a meeting, its President or the participants ("The Meeting urged", "El
    Presidente de la Reunión instó"): a deciding body of the grammar files, not a "we" nor a pronoun."""
    calls = [clause for clause in found.clauses if clause.kind == "call"]
    if not calls:
        return False
    subject = text[calls[0].sentence_start : calls[0].start].strip()
    return any(re.match(grammar.body + r"(?!\w)", subject) for grammar in GRAMMARS.values())


def _with_deadline(suggestions: dict, text: str) -> dict:
    """The suggestions, with the target date the text gives (none if it gives none)."""
    suggestions.pop("target_date", None)
    if deadline := find_deadline(text):
        suggestions["target_date"] = deadline.isoformat()
    return suggestions


def _statements_of_different_owners(
    text: str, table, found, threshold: float, directory, language: str = "en"
) -> list[tuple]:
    """(sentence, classification, owners) of each operative sentence, when every one names its owner and they
    name different owners ("Norway will fund ... Japan will train ..."); [] when the paragraph is one statement.
    Matched words stay positioned in the paragraph, so the review shows each sentence in its paragraph."""
    statements = []
    for offset, sentence in split_sentences(text):
        clauses = [
            replace(
                clause,
                start=clause.start - offset,
                end=clause.end - offset,
                sentence_start=clause.sentence_start - offset,
                sentence_end=clause.sentence_end - offset,
            )
            for clause in found.clauses
            if offset <= clause.start < offset + len(sentence)
        ]
        own = table.classify(sentence, threshold, clauses)
        if own.kind == Commitment.Kind.RECOMMENDATION and states_told_they_should(sentence):
            own.kind = Commitment.Kind.CALL  # ("All governments should protest ..., said the ICBL"), as for a paragraph
        if own.kind is None or only_reaffirms(sentence, own):
            continue  # ("The ICRC remains firmly committed to ... The ICRC urges all States Parties to": the call)
        owners = sentence_owners(sentence, own.matches, directory, own.clauses)
        if not owners:
            return []  # a sentence that names no owner belongs with the rest of the paragraph
        if own.kind == Commitment.Kind.CALL:  # "The ICBL encouraged all States Parties to": those it calls on
            sentence_paragraph = SimpleNamespace(text=sentence, language=language, heading="")
            groups = directory.groups_in(sentence)
            owners = call_owners(sentence_paragraph, None, directory, own.clauses, groups, own.matches) or owners
        elif own.kind == Commitment.Kind.CONCLUSION:  # "granted extensions to: Chad (1 January 2030), Peru (...)"
            owners = list(dict.fromkeys([*owners, *reported_parties(sentence, directory)]))
        if (
            own.kind == Commitment.Kind.OFFER
        ):  # "Australia will give Colombia ...": the State helped, as for a paragraph
            owners = list(
                dict.fromkeys([*owners, *offer_beneficiaries(SimpleNamespace(text=sentence), directory, clauses)])
            )
        own.matches = [(start + offset, end + offset, kind) for start, end, kind in own.matches]
        statements.append((sentence, own, owners))
    if len(statements) < 2 or len({frozenset(owners) for _s, _o, owners in statements}) < 2:
        return []
    return statements


def _default_owners(document: Document, kind: str, directory) -> list[Actor]:
    """When neither the paragraph nor its section names an owner: a plan's action binds the States Parties, and so
    does a conclusion or recommendation of a Convention document (a clipped text's is left to ``carried_owners``);
    a web page's advice is left to ``_proposal_owners``."""
    advice = kind in (Commitment.Kind.CONCLUSION, Commitment.Kind.RECOMMENDATION) and document.kind not in PRESS_GENRES
    return [directory.group("states-parties")] if document.kind == Document.Kind.ACTION_PLAN or advice else []


def _plan_of(document: Document):
    return document.action_plans.first()


@transaction.atomic
def document_propose(document: Document) -> tuple[list[Candidate], list[str]]:
    """Store the proposals. Proposing again updates pending candidates and never touches reviewed ones."""
    proposals, warnings = document_proposals(document)
    existing = Candidate.objects.filter(document=document)
    # A paragraph with a decision is left as it is, its other candidates too; the others are proposed afresh.
    decided = set(existing.exclude(status=Candidate.Review.PENDING).values_list("paragraph_id", flat=True))
    proposed_ids = set(existing.filter(paragraph_id__in=decided).values_list("pk", flat=True))
    candidates = []
    for proposal in proposals:
        if proposal.paragraph.pk in decided:
            continue
        candidate = existing.filter(paragraph=proposal.paragraph, part=proposal.part).first()
        candidate = candidate or Candidate(paragraph=proposal.paragraph, part=proposal.part, document=document)
        candidate.kind, candidate.text = proposal.kind, proposal.text
        candidate.confidence, candidate.matches = proposal.confidence, [list(m) for m in proposal.matches]
        candidate.speaker, candidate.references = proposal.speaker, proposal.references
        candidate.suggestions, candidate.owner_evidence = proposal.suggestions, proposal.evidence
        candidate.save()
        candidate.owners.set(proposal.owners)
        candidate.actions.set(proposal.actions)
        candidate.themes.set(proposal.themes)
        proposed_ids.add(candidate.pk)
        candidates.append(candidate)
    # A pending candidate whose paragraph no longer reads as operative is withdrawn; decisions stay.
    Candidate.objects.filter(document=document, status=Candidate.Review.PENDING).exclude(pk__in=proposed_ids).delete()
    return candidates, warnings

"""Who owns a proposed commitment: who speaks, who is called upon, who benefits."""

from __future__ import annotations

import re
from collections import Counter

from actors.models import Actor

# "We, the States Parties": the States Parties speak in the first person.
WE_STATES_PARTIES = re.compile(
    r"\bwe,? the [\w\s,-]*?states parties\b|\bwe as states parties\b|\bnosotros,? los [\w\s,-]*?estados partes?\b|"
    r"\bnous,? (?:les )?[\w\s,-]*?états parties\b",
    re.IGNORECASE,
)
GROUP_PHRASES = {
    "states-parties": [
        WE_STATES_PARTIES.pattern,
        r"\b(?:each|every) states? party\b",
        r"\b(?:cada|todo) estado parte\b",
        r"\bchaque état partie\b",
        r"\ball states parties\b",
        r"\btodos los estados partes?\b",
        r"\btous les états parties\b",
    ],
    "states-parties-in-a-position": [
        r"\bin a position to do so\b",
        r"\ben (?:condiciones|posibilidad) de hacerlo\b",
        r"\ben mesure de le faire\b",
    ],
    "affected-states-parties": [
        r"\baffected states(?: parties)?\b",
        r"\bestados (?:partes )?afectados\b",
        r"\bétats (?:parties )?touchés\b",
    ],
    "states-not-party": [
        r"\bstates not (?:yet )?part(?:y|ies)\b",
        r"\bestados (?:que )?no (?:son )?partes?\b",
        r"\bétats non parties\b",
    ],
    "conference-participants": [r"^the participants\b", r"^los participantes\b", r"^les participants\b"],
}
BENEFICIARY = re.compile(
    r"\b(?:assistance|support|aid|asistencia|apoyo|ayuda|assistance|soutien|aide)\s+(?:to|for|a|al|à|au|aux)\s+"
    r"(?P<name>[A-ZÁÉÍÓÚ][\w’'-]+(?:\s+(?:de|del|la|of|the|du)?\s*[A-ZÁÉÍÓÚ][\w’'-]+){0,3})"
)
FIRST_PERSON = re.compile(
    r"\b(?:we|our|nous|notre|nos|nosotros|nuestr[oa]s?|queremos|quisiéramos|alentamos|podemos)\b", re.IGNORECASE
)
CONFERENCE_WORDS = re.compile(r"\b(?:participants|participantes)\b", re.IGNORECASE)


# Country names that are ordinary words of Convention texts: never taken for the country ("la Réunion" is the
# Meeting in French texts).
AMBIGUOUS_NAMES = {"réunion", "réunion, la"}


class ActorDirectory:
    """Actors found by name in any of their languages."""

    def __init__(self, actors: list[Actor]):
        self.by_slug = {actor.slug: actor for actor in actors}
        self.states_by_name: dict[str, Actor] = {}
        for actor in actors:
            if actor.kind == Actor.Kind.STATE:
                for name in (actor.name_en, actor.name_fr, actor.name_es):
                    if name and len(name) > 3 and name.lower() not in AMBIGUOUS_NAMES:
                        self.states_by_name[name.lower()] = actor
        names = sorted(self.states_by_name, key=len, reverse=True)
        self.state_names = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
        self.groups = {
            slug: [re.compile(p, re.IGNORECASE) for p in patterns] for slug, patterns in GROUP_PHRASES.items()
        }

    @classmethod
    def load(cls) -> ActorDirectory:
        return cls(list(Actor.objects.all()))

    def state(self, iso3: str) -> Actor | None:
        return self.by_slug.get(iso3.lower())

    def group(self, slug: str) -> Actor | None:
        return self.by_slug.get(slug)

    def naming(self, actor: Actor, text: str) -> re.Match | None:
        """The first words of ``text`` that name ``actor``: its name in a language, an alias, a group's phrase, or
        the first person for the participants of a conference."""
        from commitments.extraction.sentences import organisation_pattern

        patterns = [
            re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
            for name, state in self.states_by_name.items()
            if state.pk == actor.pk
        ]
        patterns += self.groups.get(actor.slug, [])
        patterns += [pattern for pattern in [organisation_pattern(actor.slug)] if pattern is not None]
        if actor.slug == "conference-participants":
            patterns.append(FIRST_PERSON)
        found = [match for pattern in patterns if (match := pattern.search(text))]
        return min(found, key=lambda match: match.start()) if found else None

    def states_in(self, text: str) -> list[Actor]:
        return [self.states_by_name[match.group(1).lower()] for match in self.state_names.finditer(text)]

    def groups_in(self, text: str) -> list[Actor]:
        """Groups named in the text, in the order they first appear."""
        first_seen = {}
        for slug, patterns in self.groups.items():
            positions = [match.start() for pattern in patterns if (match := pattern.search(text))]
            if positions and slug in self.by_slug:
                first_seen[slug] = min(positions)
        return [self.by_slug[slug] for slug in sorted(first_seen, key=first_seen.get)]


def document_speaker(document, paragraphs, directory: ActorDirectory) -> Actor | None:
    """Who speaks in the document: its author; 'We, the States Parties'; the participants of a conference; a State
    that speaks in the first person and names itself (a statement); else, for conclusions, the participants."""
    if document.author_id:
        return document.author
    opening = " ".join(paragraph.text for paragraph in paragraphs[:3])
    if WE_STATES_PARTIES.search(opening):
        return directory.group("states-parties")
    headings = " ".join({paragraph.heading for paragraph in paragraphs})
    if CONFERENCE_WORDS.search(headings):
        return directory.group("conference-participants")
    text = " ".join(paragraph.text for paragraph in paragraphs)
    counts = Counter(directory.states_in(f"{document.title} {text}"))
    if counts:
        state, mentions = counts.most_common(1)[0]
        if mentions >= 2 and (document.kind in ("statement", "note_verbale") or FIRST_PERSON.search(text)):
            return state
    if document.kind == "conclusions":
        return directory.group("conference-participants")
    return None


def paragraph_owners(
    paragraph, kind: str, speaker: Actor | None, directory: ActorDirectory, matches=(), clauses=()
) -> list[Actor]:
    """Who the sentences name (their subject, or the party a meeting requested or whose offer it welcomed); else
    the speaker (or the group a call is addressed to); and a State that a text names as beneficiary."""
    from commitments.extraction.sentences import sentence_owners

    owners: list[Actor] = []
    named = sentence_owners(paragraph.text, list(matches), directory, clauses) if kind != "call" else []
    groups = directory.groups_in(paragraph.text)
    heading_groups = directory.groups_in(paragraph.heading)
    if named:
        owners += named
    elif kind == "call":
        # Called upon: the first group the call names ('States in a position to do so'), else the speaker.
        owners += groups[:1] or ([speaker] if speaker else [])
    elif heading_groups:
        owners += heading_groups
    elif WE_STATES_PARTIES.search(paragraph.text):
        owners.append(directory.group("states-parties"))
    elif speaker is not None:
        owners.append(speaker)
    else:  # nobody speaks (a treaty): the group the text binds, 'Each State Party undertakes...'
        owners += groups[:1]
    for match in BENEFICIARY.finditer(paragraph.text):
        owners += directory.states_in(match.group("name"))
    return list(dict.fromkeys(owner for owner in owners if owner is not None))


def owner_evidence(paragraph, owners: list[Actor], speaker: Actor | None, directory: ActorDirectory) -> list[dict]:
    """Why each owner was proposed, for the review queue: the words of the paragraph (or of its heading) that name
    it, or, for the document's speaker named nowhere in the paragraph, that it is who speaks."""
    evidence = []
    for owner in owners:
        for where, text in (("paragraph", paragraph.text), ("heading", paragraph.heading or "")):
            if match := directory.naming(owner, text):
                evidence.append({"owner": owner.code, "where": where, "words": match.group(), "start": match.start()})
                break
        else:
            where = "speaker" if speaker is not None and owner.pk == speaker.pk else "document"
            evidence.append({"owner": owner.code, "where": where, "words": "", "start": None})
    return evidence

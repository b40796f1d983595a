"""factory_boy factories for the tracker's models."""

import datetime

import factory
from django.utils import timezone

from actors.models import Actor
from commitments.models import Commitment, Status
from documents.models import Document, Meeting, Paragraph


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    slug = factory.Sequence(lambda n: f"meeting-{n}")
    kind = Meeting.Kind.MEETING_OF_STATES_PARTIES
    title = factory.Sequence(lambda n: f"Meeting of the States Parties {n}")
    city = "Geneva"
    country = "CH"
    start_date = datetime.date(2022, 11, 21)
    end_date = datetime.date(2022, 11, 25)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Declaration {n}")
    kind = Document.Kind.DECLARATION
    meeting = factory.SubFactory(MeetingFactory)
    date = datetime.date(2022, 11, 25)
    language = "en"


class ParagraphFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Paragraph

    document = factory.SubFactory(DocumentFactory)
    position = factory.Sequence(lambda n: n + 1)
    label = factory.LazyAttribute(lambda paragraph: f"{paragraph.position}.")
    anchor = factory.LazyAttribute(lambda paragraph: Paragraph.make_anchor(paragraph.label, paragraph.position))
    text = factory.Faker("sentence", nb_words=14)
    language = "en"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    kind = Actor.Kind.ORGANISATION
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    acronym = factory.Sequence(lambda n: f"ORG{n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")


class CommitmentFactory(factory.django.DjangoModelFactory):
    """A commitment without owners; give it owners with ``with_owners``."""

    class Meta:
        model = Commitment

    kind = Commitment.Kind.COMMITMENT
    paragraph = factory.SubFactory(ParagraphFactory)
    text = factory.LazyAttribute(lambda commitment: commitment.paragraph.text)


def with_owners(
    commitment: Commitment,
    *actors: Actor,
    status_key: str = Status.NOT_STARTED,
    user=None,
    at: datetime.datetime | None = None,
) -> Commitment:
    status = Status.by_key(status_key)
    at = at or timezone.now() - datetime.timedelta(days=400)
    for actor in actors:
        commitment.add_owners([actor], status=status, recorded_by=user, effective_at=at)
    return commitment

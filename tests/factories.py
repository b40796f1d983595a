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


def many_commitments(count: int, *actors: Actor, status_key: str = Status.NOT_STARTED) -> list[Commitment]:
    """``count`` commitments of one document, each owned by ``actors`` with a first status, written in bulk: what
    ``CommitmentFactory`` and ``with_owners`` give, for tests that need hundreds (one save each took 80 ms)."""
    from commitments.models import CommitmentOwner, StatusUpdate

    status = Status.by_key(status_key)
    at = timezone.now() - datetime.timedelta(days=400)
    document = DocumentFactory()
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(document=document, position=n, label=f"{n}.", anchor=f"p{n}", text=f"We will act on matter {n}.")
        for n in range(1, count + 1)
    )
    commitments = Commitment.objects.bulk_create(
        Commitment(
            kind=Commitment.Kind.COMMITMENT, paragraph=paragraph, text=paragraph.text, overall_status=status, progress=0
        )
        for paragraph in paragraphs
    )
    pairs = [(commitment, actor) for commitment in commitments for actor in actors]
    CommitmentOwner.objects.bulk_create(
        CommitmentOwner(commitment=commitment, actor=actor, status=status, status_effective_at=at)
        for commitment, actor in pairs
    )
    StatusUpdate.objects.bulk_create(
        StatusUpdate(commitment=commitment, actor=actor, to_status=status, effective_at=at)
        for commitment, actor in pairs
    )
    return commitments

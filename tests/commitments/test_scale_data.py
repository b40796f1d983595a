"""Synthetic data at scale: consistent rows, reproducible from the seed."""

import io

from django.core.management import call_command

from commitments.models import Commitment, CommitmentOwner, StatusUpdate
from documents.models import Document, Paragraph


def test_a_small_scale_is_consistent_and_reproducible(db):
    call_command("generate_scale_data", "--scale", "0.002", "--seed", "7", stdout=io.StringIO())
    assert Document.objects.filter(checksum__startswith="synthetic-").count() == 6
    assert Paragraph.objects.filter(document__checksum__startswith="synthetic-").exists()
    commitments = Commitment.objects.filter(text__startswith="Synthetic")
    assert commitments.count() == 200
    owners = CommitmentOwner.objects.filter(commitment__in=commitments)
    # every owner has its first status in the history, and its current status is its latest report
    assert StatusUpdate.objects.filter(commitment__in=commitments, from_status__isnull=True).count() == owners.count()


def test_the_same_seed_gives_the_same_data(db):
    call_command("generate_scale_data", "--scale", "0.001", "--seed", "3", stdout=io.StringIO())
    once = list(Commitment.objects.order_by("pk").values_list("kind", "text", "paragraph__position"))
    StatusUpdate.objects.all()._raw_delete(StatusUpdate.objects.db)
    CommitmentOwner.objects.all().delete()
    Commitment.objects.all().delete()
    Paragraph.objects.filter(document__checksum__startswith="synthetic-").delete()
    Document.objects.filter(checksum__startswith="synthetic-").delete()
    from documents.models import Meeting

    Meeting.objects.filter(slug__startswith="synthetic-").delete()
    call_command("generate_scale_data", "--scale", "0.001", "--seed", "3", stdout=io.StringIO())
    again = list(Commitment.objects.order_by("pk").values_list("kind", "text", "paragraph__position"))
    assert again == once

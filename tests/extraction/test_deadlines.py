"""What a candidate carries beyond its kind: a deadline its sentence gives becomes the commitment's target date on
acceptance; an extension granted in any wording updates the State's clearance deadline; and a paragraph whose
sentences commit different owners gives one candidate per sentence."""

import datetime

import pytest

from extraction.models import Candidate
from extraction.obligations import find_obligation_decision
from extraction.owners import ActorDirectory
from extraction.propose import document_propose
from extraction.reader.deadlines import find_deadline
from extraction.review import candidate_accept
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Meeting requested Peru to provide an updated work plan by 30 April 2030.", "2030-04-30"),
        ("La Réunion a prié le Pérou de fournir un plan de travail actualisé d'ici au 30 avril 2030.", "2030-04-30"),
        ("La Reunión pidió al Perú que presentara un plan actualizado antes del 30 de abril de 2030.", "2030-04-30"),
        ("We will clear all known mined areas by 2030.", "2030-12-31"),
        ("Nous dépolluerons toutes les zones minées connues d'ici à 2030.", "2030-12-31"),
        ("Despejaremos todas las zonas minadas conocidas para finales de 2030.", "2030-12-31"),
        ("We will report by 30 April each year.", None),  # a recurring date is no target date
        ("The Meeting was held in 2030.", None),
    ],
)
def test_a_deadline_is_the_date_after_a_word_of_deadline(text, due):
    found = find_deadline(text)
    assert (found.isoformat() if found else None) == due


@pytest.mark.parametrize(
    "text",
    [
        "The Meeting granted Tajikistan an extension of its deadline until 31 December 2030.",
        "The Meeting granted the request of Tajikistan for an extension of its deadline until 31 December 2030.",
        "L'Assemblée a accordé au Tadjikistan la prolongation de son délai jusqu'au 31 décembre 2030.",
        "La Reunión concedió a Tayikistán la prórroga de su plazo hasta el 31 de diciembre de 2030.",
    ],
)
def test_an_extension_granted_in_any_wording_is_a_decision_on_the_deadline(text):
    decision = find_obligation_decision(text, ActorDirectory.load(), None)
    assert (decision.action, decision.state_code, decision.date) == ("extend", "TJK", datetime.date(2030, 12, 31))


def test_a_request_for_an_extension_is_not_a_decision():
    text = "Tajikistan submitted a request for an extension of its deadline until 31 December 2030."
    assert find_obligation_decision(text, ActorDirectory.load(), None) is None


def test_accepting_a_decision_with_a_deadline_sets_the_target_date(staff_user):
    document = DocumentFactory(kind="report", title="Final report of the Meeting")
    paragraph = ParagraphFactory(
        document=document, text="The Meeting requested Peru to provide an updated work plan by 30 April 2030."
    )
    document_propose(document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    assert (candidate.kind, candidate.suggestions["target_date"]) == ("conclusion", "2030-04-30")
    assert [owner.iso3 for owner in candidate.owners.all()] == ["PER"]
    commitment = candidate_accept(candidate, user=staff_user)
    assert commitment.target_date == datetime.date(2030, 4, 30)


def test_a_paragraph_whose_sentences_commit_different_owners_gives_a_candidate_for_each(staff_user):
    document = DocumentFactory(kind="report", title="Final report of the Meeting")
    paragraph = ParagraphFactory(
        document=document,
        text="The Meeting requested Peru to provide an updated work plan by 30 April 2030. "
        "The Meeting requested Chile to report on its clearance by 31 December 2029.",
    )
    whole = ParagraphFactory(document=document, text="We will clear all mined areas. We will assist survivors.")
    document_propose(document)
    split = list(Candidate.objects.filter(paragraph=paragraph).order_by("part"))
    assert [(c.part, c.kind, [o.iso3 for o in c.owners.all()]) for c in split] == [
        (1, "conclusion", ["PER"]),
        (2, "conclusion", ["CHL"]),
    ]
    assert split[1].text == "The Meeting requested Chile to report on its clearance by 31 December 2029."
    assert [c.suggestions["target_date"] for c in split] == ["2030-04-30", "2029-12-31"]
    assert Candidate.objects.filter(paragraph=whole).values_list("part", flat=True).get() == 0
    accepted = candidate_accept(split[0], user=staff_user)
    document_propose(document)  # proposing again keeps the decision and its sibling
    assert Candidate.objects.filter(paragraph=paragraph).count() == 2
    assert accepted.text.startswith("The Meeting requested Peru")


def test_the_review_queue_shows_each_statement_of_a_split_paragraph_in_order(staff_client):
    from django.urls import reverse

    document = DocumentFactory(kind="report", title="Final report of the Meeting")
    ParagraphFactory(
        document=document,
        label="41.",
        text="The Meeting requested Peru to provide a work plan. The Meeting requested Chile to report on clearance.",
    )
    document_propose(document)
    html = staff_client.get(
        reverse("admin:extraction_candidate_changelist"), {"document__id__exact": document.pk}
    ).content.decode()
    assert html.index("41. · 1") < html.index("41. · 2")
    assert "The Meeting <mark>requested Chile to report</mark> on clearance." in html

"""Commitment extraction: the system proposes, ISU staff decide."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from actors.models import Actor
from commitments.models import Action, Commitment, Theme
from documents.models import Document
from extraction.models import Candidate, ExtractionRule
from extraction.propose import document_propose
from extraction.reference_data import RETIRED_RULES, RULES_DIR
from extraction.review import candidate_accept, candidate_reject
from extraction.tables import load_tables
from tests.factories import DocumentFactory, ParagraphFactory

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "corpus"


def ingest(name: str, *args: str) -> int:
    """Ingest and propose (in production the proposal task runs when the ingestion commits)."""
    out = io.StringIO()
    call_command("ingest", str(CORPUS / name), *args, "--json", stdout=out)
    document_id = json.loads(out.getvalue())[0]["document"]
    document_propose(Document.objects.get(pk=document_id))
    return document_id


def propose_json(document_id: int) -> list[dict]:
    out = io.StringIO()
    call_command("propose", str(document_id), "--json", stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


# Classification, per language


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "We will ensure the full participation of mine victims.", "commitment"),
        ("en", "It was recommended to establish technical working groups.", "recommendation"),
        ("en", "We call on all States not yet party to join the Convention.", "call"),
        ("en", "Our Government stands ready to provide technical assistance.", "offer"),
        ("en", "The participants acknowledge that partnerships are essential.", "conclusion"),
        ("en", "The Participants expressed their sincere gratitude to the host.", None),
        ("es", "Nos comprometemos a destruir todas las existencias.", "commitment"),
        ("es", "Se recomienda crear un fondo regional.", "recommendation"),
        ("es", "Alentamos a los Estados en condiciones de hacerlo a contribuir.", "call"),
        ("es", "Reiteramos nuestra disponibilidad para proporcionar asistencia técnica.", "offer"),
        ("es", "Es evidente que los recursos son insuficientes.", "conclusion"),
        ("es", "Muchas gracias.", None),
        ("fr", "Nous nous engageons à achever le déminage.", "commitment"),
        ("fr", "Il est recommandé de renforcer la coordination.", "recommendation"),
        ("fr", "Nous invitons les États en mesure de le faire à soutenir les survivants.", "call"),
        ("fr", "Notre pays est prêt à partager son expertise.", "offer"),
        ("fr", "Nous constatons que la contamination demeure un obstacle.", "conclusion"),
        ("fr", "Merci, Madame la Présidente.", None),
    ],
)
def test_operative_language_is_classified_in_three_languages(language, text, kind):
    assert load_tables()[language].classify(text).kind == kind


def test_matched_words_are_reported_for_highlighting():
    text = "Por último, alentamos a los Estados a contribuir."
    found = load_tables()["es"].classify(text)
    assert [text[start:end] for start, end, _kind in found.matches] == ["alentamos"]
    assert 0 < found.confidence <= 1


def test_rules_are_data_that_staff_can_extend():
    text = "Nous sommes convenus de créer un fonds régional."
    assert load_tables()["fr"].classify(text).kind is None
    ExtractionRule.objects.create(language="fr", kind="commitment", pattern=r"\bsommes convenus de\b", weight=1.0)
    assert load_tables()["fr"].classify(text).kind == "commitment"


def test_an_invalid_pattern_is_refused_with_a_message():
    rule = ExtractionRule(language="en", kind="call", pattern="we (call", weight=1.0)
    with pytest.raises(ValidationError) as error:
        rule.full_clean()
    assert "Not a valid regular expression" in error.value.message_dict["pattern"][0]


# Proposals on the demo corpus


def test_cartagena_we_will_paragraphs_are_commitments_and_its_appeals_calls():
    candidates = propose_json(ingest("2009-cartagena-declaration.txt"))
    by_paragraph = {c["paragraph"]: c for c in candidates}
    assert [c["paragraph"] for c in candidates] == ["1.", "2.", "14.", "15.", "16.", "17.", "18.", "19.", "20.", "21."]
    assert {by_paragraph[p]["kind"] for p in ("14.", "15.", "18.", "19.", "20.")} == {"commitment"}
    assert (by_paragraph["17."]["kind"], by_paragraph["21."]["kind"]) == ("call", "call")
    assert by_paragraph["14."]["owners"] == ["states-parties"]
    assert by_paragraph["17."]["owners"] == ["states-parties"]  # a call on States not party to join: its makers own it
    assert set(by_paragraph["14."]) >= {"paragraph", "kind", "owners", "actions", "confidence", "text"}
    assert "3." not in by_paragraph  # "The number of persons killed ... has fallen": no operative language


def test_baku_recommendations_with_assistance_to_azerbaijan_and_an_sdg():
    candidates = {c["paragraph"]: c for c in propose_json(ingest("2022-baku-conference-conclusions.txt"))}
    assert candidates["5."]["kind"] == "recommendation"
    assert candidates["(iv)"]["kind"] == "recommendation"
    assert "AZE" in candidates["(v)"]["owners"] and "conference-participants" in candidates["(v)"]["owners"]
    assert {"kind": "instrument", "code": "SDG", "label": "Sustainable Development Goals"} in candidates["(iv)"][
        "references"
    ]
    assert "1." not in candidates  # thanks to the hosts


def test_mexico_offer_is_owned_by_mexico_and_its_call_refers_to_the_oslo_action_plan():
    candidates = propose_json(ingest("2020-mexico-statement-cooperation-es.txt"))
    offer = next(c for c in candidates if c["kind"] == "offer")
    call = next(c for c in candidates if c["kind"] == "call")
    assert offer["owners"] == ["MEX"] and "disponibilidad para proporcionar" in offer["matched"][0]
    assert call["owners"] == ["states-parties-in-a-position"]
    assert {"kind": "action_plan", "code": "OAP", "label": "Oslo Action Plan"} in call["references"]
    assert not any(c["text"].startswith("Gracias") or c["text"] == "Muchas gracias." for c in candidates)


def test_nothing_is_proposed_from_the_note_on_elections():
    assert propose_json(ingest("2020-azerbaijan-note-verbale-elections.txt")) == []


def test_an_explicit_action_reference_links_the_action():
    paragraph = ParagraphFactory(text="In line with Action #23 of the Oslo Action Plan, we will report annually.")
    document_propose(paragraph.document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    assert [action.ref for action in candidate.actions.all()] == ["OAP-23"]


def test_themes_are_suggested_with_scores_and_the_best_are_preselected():
    paragraph = ParagraphFactory(
        text="We will ensure that survivors and other persons with disabilities receive "
        "rehabilitation and that victims are included in their communities."
    )
    document_propose(paragraph.document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    themes = candidate.suggestions["themes"]
    assert themes[0]["slug"] == "victim-assistance" and 0 < themes[0]["score"] <= 1
    assert len(themes) <= 3
    assert "victim-assistance" in candidate.themes.values_list("slug", flat=True)


def test_proposing_twice_does_not_duplicate_and_keeps_decisions(staff_user):
    document_id = ingest("2009-cartagena-declaration.txt")
    document = Candidate.objects.filter(document_id=document_id).first().document
    rejected = Candidate.objects.get(document=document, paragraph__label="2.")
    candidate_reject(rejected, user=staff_user, reason="Too general to track.")
    document_propose(document)
    document_propose(document)
    assert Candidate.objects.filter(document=document).count() == 10
    rejected.refresh_from_db()
    assert rejected.status == Candidate.Review.REJECTED


def test_rejected_candidates_stay_rejected_when_the_document_is_re_ingested(tmp_path, staff_user):
    text = (CORPUS / "2009-cartagena-declaration.txt").read_text()
    document_id = ingest("2009-cartagena-declaration.txt")
    rejected = Candidate.objects.get(document_id=document_id, paragraph__label="2.")
    candidate_reject(rejected, user=staff_user, reason="Too general to track.")
    corrected = tmp_path / "cartagena-corrected.txt"
    corrected.write_text(text.replace("Countless lives", "Many lives"))
    call_command("ingest", str(corrected), "--replace", str(document_id), stdout=io.StringIO())
    document_propose(rejected.document)
    rejected.refresh_from_db()
    assert rejected.status == Candidate.Review.REJECTED
    assert Candidate.objects.filter(document_id=document_id).count() == 10


def test_a_document_in_a_language_without_a_pattern_table_says_so():
    paragraph = ParagraphFactory(
        language="ar", text="نحن نلتزم بتدمير جميع الألغام", document=DocumentFactory(language="ar")
    )
    with pytest.raises(CommandError, match="no pattern table for ar"):
        call_command("propose", str(paragraph.document_id), stdout=io.StringIO())


def test_propose_for_an_unknown_document_is_refused():
    with pytest.raises(CommandError, match="There is no document 999999"):
        call_command("propose", "999999", stdout=io.StringIO())


# Review decisions


def test_accepting_creates_the_commitment_of_each_state_party(staff_user):
    document_id = ingest("2009-cartagena-declaration.txt")
    candidate = Candidate.objects.get(document_id=document_id, paragraph__label="14.")
    commitment = candidate_accept(candidate, user=staff_user)
    assert commitment.paragraph == candidate.paragraph and commitment.kind == "commitment"
    assert commitment.owner_links.count() == 156  # States Parties at the date of the declaration
    assert commitment.speaker.slug == "states-parties"
    still_parties = commitment.owner_links.filter(actor__withdrawal_effective__isnull=True)
    assert set(still_parties.values_list("status__key", flat=True)) == {"not_started"}
    withdrawn = commitment.owner_links.exclude(actor__withdrawal_effective__isnull=True)
    assert set(withdrawn.values_list("status__key", flat=True)) == {"no_longer_applicable"}  # EST, LVA, LTU
    candidate.refresh_from_db()
    assert (candidate.status, candidate.commitment, candidate.reviewed_by) == ("accepted", commitment, staff_user)


def test_a_standing_commitment_starts_as_ongoing(staff_user):
    document_id = ingest("2009-cartagena-declaration.txt")
    commitment = candidate_accept(
        Candidate.objects.get(document_id=document_id, paragraph__label="19."), user=staff_user
    )
    still_parties = commitment.owner_links.filter(actor__withdrawal_effective__isnull=True)
    assert set(still_parties.values_list("status__key", flat=True)) == {"ongoing"}


def test_edit_then_accept(staff_user, mexico):
    paragraph = ParagraphFactory(text="We will support the regional fund for survivors and their families.")
    document_propose(paragraph.document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    commitment = candidate_accept(
        candidate,
        user=staff_user,
        kind="offer",
        text="support the regional fund",
        owners=[mexico],
        themes=[Theme.objects.get(slug="victim-assistance")],
        actions=[Action.objects.get(plan__code="OAP", number=38)],
    )
    assert (commitment.kind, commitment.text) == ("offer", "support the regional fund")
    assert list(commitment.owners.all()) == [mexico]
    assert [a.ref for a in commitment.actions.all()] == ["OAP-38"]


def test_accepting_needs_an_owner_and_happens_once(staff_user):
    paragraph = ParagraphFactory(text="It is recommended to publish a compendium.")
    document_propose(paragraph.document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    candidate.owners.clear()
    with pytest.raises(ValidationError, match="at least one owner"):
        candidate_accept(candidate, user=staff_user)
    candidate_accept(candidate, user=staff_user, owners=[Actor.objects.get(slug="states-parties")])
    with pytest.raises(ValidationError, match="already Accepted"):
        candidate_accept(candidate, user=staff_user)
    assert Commitment.objects.count() == 1


def test_rejecting_needs_a_reason(staff_user):
    paragraph = ParagraphFactory(text="We will act.")
    document_propose(paragraph.document)
    candidate = Candidate.objects.get(paragraph=paragraph)
    with pytest.raises(ValidationError):
        candidate_reject(candidate, user=staff_user, reason=" ")
    candidate_reject(candidate, user=staff_user, reason="Duplicate of the 2019 pledge.")
    assert Candidate.objects.get(pk=candidate.pk).reject_reason == "Duplicate of the 2019 pledge."


# The review queue in the admin


def test_the_queue_lists_candidates_in_paragraph_order_with_matched_words_highlighted(staff_client):
    document_id = ingest("2009-cartagena-declaration.txt")
    page = staff_client.get(reverse("admin:extraction_candidate_changelist"), {"document__id__exact": document_id})
    html = page.content.decode()
    assert html.index("We, the high representatives") < html.index("We appeal to the world")
    assert "We <mark>call on</mark> all States not yet party" in html


def test_accept_and_reject_buttons_on_a_candidate(staff_client, staff_user):
    document_id = ingest("2020-mexico-statement-cooperation-es.txt")
    offer = Candidate.objects.get(document_id=document_id, kind="offer")
    url = reverse("admin:extraction_candidate_change", args=[offer.pk])
    from tests.forms import form_fields

    data = form_fields(staff_client.get(url).content.decode(), "candidate_form")
    response = staff_client.post(url, {**data, "_accept": "1"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == "accepted" and list(offer.commitment.owners.values_list("iso3", flat=True)) == ["MEX"]

    call = Candidate.objects.get(document_id=document_id, kind="call")
    url = reverse("admin:extraction_candidate_change", args=[call.pk])
    data = form_fields(staff_client.get(url).content.decode(), "candidate_form")
    response = staff_client.post(url, {**data, "_reject": "1", "reject_reason": ""})
    assert response.status_code == 200 and "Say why the candidate is rejected." in response.content.decode()
    response = staff_client.post(url, {**data, "_reject": "1", "reject_reason": "Addressed to others."})
    call.refresh_from_db()
    assert (call.status, call.reject_reason) == ("rejected", "Addressed to others.")


def test_bulk_accept_from_the_queue(staff_client):
    document_id = ingest("2009-cartagena-declaration.txt")
    pending = list(Candidate.objects.filter(document_id=document_id).values_list("pk", flat=True))
    staff_client.post(
        reverse("admin:extraction_candidate_changelist"), {"action": "accept_selected", "_selected_action": pending}
    )
    assert Commitment.objects.count() == 10
    assert not Candidate.objects.filter(status="pending").exists()


def test_queue_queries_do_not_grow_with_candidates(staff_client, django_assert_max_num_queries):
    ingest("2020-mexico-statement-cooperation-es.txt")
    url = reverse("admin:extraction_candidate_changelist")
    with django_assert_max_num_queries(40) as few:
        staff_client.get(url)
    ingest("2009-cartagena-declaration.txt")
    with django_assert_max_num_queries(len(few.captured_queries)):
        staff_client.get(url)


# Quality is measured (the demo corpus ships reviewed: tests/test_demo.py)


def test_extraction_meets_its_targets_in_each_language():
    out = io.StringIO()
    call_command("evaluate_extraction", "--check", "--json", stdout=out)
    figures = json.loads(out.getvalue())
    for language in ("en", "es", "fr"):
        assert figures[language]["detection"]["recall"] >= 0.9
        assert figures[language]["detection"]["precision"] >= 0.8


def test_actions_are_suggested_once_their_text_is_known():
    plan_action = Action.objects.get(plan__code="OAP", number=27)
    plan_action.text = "Clear all known mined areas and release land through survey and clearance methods."
    plan_action.save()
    paragraph = ParagraphFactory(text="We will clear all known mined areas and release land through survey.")
    document_propose(paragraph.document)
    suggested = Candidate.objects.get(paragraph=paragraph).suggestions["actions"]
    assert suggested[0]["ref"] == "OAP-27" and 0 < suggested[0]["score"] <= 1
    assert len(suggested) <= 3


def test_a_revised_shipped_rule_is_switched_off_by_the_next_load_and_staff_rules_stay():
    """A database loaded before a shipped pattern was revised keeps the old row: the next load switches it off."""
    old = ExtractionRule.objects.create(
        language="fr", kind="commitment", pattern=r"\bnous (?:ne )?\w+(?:erons|irons|rons)\b", weight=1.0
    )
    staff = ExtractionRule.objects.create(language="fr", kind="commitment", pattern=r"\bnous veillons\b", weight=1.0)
    assert load_tables()["fr"].classify("Nous honorons la mémoire des victimes.").kind == "commitment"
    call_command("load_reference_data", stdout=io.StringIO())
    old.refresh_from_db()
    staff.refresh_from_db()
    assert (old.is_active, staff.is_active) == (False, True)
    assert load_tables()["fr"].classify("Nous honorons la mémoire des victimes.").kind is None


def test_every_shipped_rule_fits_its_column_on_postgresql():
    """SQLite does not enforce a column's length; PostgreSQL refuses a longer pattern or note and the whole load
    fails."""
    limits = {column: ExtractionRule._meta.get_field(column).max_length for column in ("pattern", "note")}
    paths = [*sorted(RULES_DIR.glob("*.csv")), RETIRED_RULES]
    too_long = [
        (path.name, column, row[column][:60])
        for path in paths
        for row in csv.DictReader(path.open(encoding="utf-8"))
        for column, limit in limits.items()
        if column in row and len(row[column]) > limit
    ]
    assert too_long == []

"""The public pages: what a delegation sees, in three languages, with bounded queries and escaped text."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.models import Actor
from commitments.models import Theme
from dashboards import summary
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners


@pytest.fixture
def published(data):
    """The API's small data set, with its summaries computed (tests run inside a transaction that never commits,
    so the refresh that follows a commit is run here by hand)."""
    summary.refresh()
    return data


def text_of(response) -> str:
    return response.content.decode()


PAGE_TYPES = [
    "/",
    "/states/",
    "/states/MEX/",
    "/documents/",
    "/action-plans/",
    "/action-plans/oslo-2019/",
    "/commitments/",
    "/search/?q=pledge",
    "/states/?q=co&sort=progress",
]


@pytest.mark.parametrize("path", PAGE_TYPES)
@pytest.mark.parametrize("prefix", ["", "/fr", "/es"])
def test_every_page_type_answers_in_every_language(client, published, path, prefix):
    response = client.get(prefix + path)
    assert response.status_code == 200
    language = prefix.strip("/") or "en"
    assert f'<html lang="{language}">' in text_of(response)


@pytest.mark.parametrize(
    ("prefix", "words"),
    [
        ("", ["Overview", "Commitments by status", "Latest status changes"]),
        ("/fr", ["Vue d’ensemble", "Engagements par statut", "Derniers changements de statut"]),
        ("/es", ["Panorama", "Compromisos por situación", "Últimos cambios de situación"]),  # status, not State
    ],
)
def test_the_overview_speaks_the_visitors_language(client, published, prefix, words):
    page = text_of(client.get(prefix + "/"))
    for word in words:
        assert word in page


def test_state_names_and_statuses_follow_the_language(client, published):
    page = text_of(client.get("/fr/states/MEX/"))
    assert "Mexique" in page and "En cours" in page
    page = text_of(client.get("/es/states/MEX/"))
    assert "México" in page and "En curso" in page


def test_overview_counts_and_links(client, published):
    page = text_of(client.get("/"))
    assert "3 commitments tracked" in page
    assert 'href="/states/MEX/"' in page  # in the rankings
    most = page.split('id="most"')[1].split('id="least"')[0]
    assert most.index("Mexico") < most.index("Colombia")  # Mexico has moved, Colombia has not
    assert "Every State that owns commitments is in the list above." in page  # two States: no second list
    assert "/map.svg" in page


def test_the_map_links_each_state_to_its_page(client, published):
    response = client.get("/fr/map.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = text_of(response)
    assert 'href="/fr/states/MEX/"' in svg and 'target="_top"' in svg
    assert "<script" not in svg


def test_state_page_shows_standing_progress_and_commitments(client, published):
    page = text_of(client.get("/states/MEX/"))
    assert "State Party since" in page
    assert "We offer technical assistance in demining." in page
    assert "International cooperation and assistance" in page  # grouped by theme
    assert 'href="/commitments/?owner=MEX"' in page
    assert "Timeline of status changes" in page


def test_a_withdrawn_state_says_so(client, published):
    withdrawn = Actor.objects.states().filter(withdrawal_effective__lte=datetime.date(2026, 12, 1)).first()
    page = text_of(client.get(f"/states/{withdrawn.iso3}/"))
    assert "Withdrew from the Convention" in page


def test_a_state_without_commitments_gets_an_empty_state(client, published):
    page = text_of(client.get("/states/NOR/"))
    assert "No commitment of this State is tracked yet." in page


def test_unknown_state_plan_document_and_commitment_are_404(client, published):
    for path in ["/states/XXX/", "/action-plans/nowhere/", "/documents/999999/", "/commitments/999999/"]:
        assert client.get(path).status_code == 404


def test_document_page_keeps_its_anchors_and_shows_commitments(client, published):
    offer = published["offer"]
    document = offer.paragraph.document
    sub = ParagraphFactory(document=document, label="a.", parent=offer.paragraph, anchor="p1-a")
    unnumbered = ParagraphFactory(document=document, label="", anchor="n5")
    page = text_of(client.get(f"/documents/{document.pk}/"))
    assert f'id="{offer.paragraph.anchor}"' in page
    assert f'id="{sub.anchor}"' in page and f'id="{unnumbered.anchor}"' in page
    assert "We offer technical assistance in demining." in page
    assert "In progress" in page


def test_document_without_commitments_says_so(client, published):
    document = DocumentFactory(title="An information note")
    ParagraphFactory(document=document)
    page = text_of(client.get(f"/documents/{document.pk}/"))
    assert "No commitment is tracked from this document." in page


def test_document_links_its_other_language_versions(client, published):
    english = DocumentFactory(title="Declaration", language="en")
    french = DocumentFactory(title="Déclaration", language="fr", translation_of=english)
    page = text_of(client.get(f"/documents/{english.pk}/"))
    assert f'href="/documents/{french.pk}/"' in page
    assert f'href="/documents/{english.pk}/"' in text_of(client.get(f"/documents/{french.pk}/"))


def test_plan_page_lists_actions_with_their_commitments(client, published):
    page = text_of(client.get("/action-plans/oslo-2019/"))
    assert "Oslo Action Plan" in page
    assert 'id="action-42"' in page
    assert "We offer technical assistance in demining." in page
    assert 'href="/commitments/?action=OAP-42"' in page


def test_commitment_page_shows_owners_history_and_only_public_evidence(client, published):
    offer = published["offer"]
    page = text_of(client.get(f"/commitments/{offer.pk}/"))
    assert "We offer technical assistance in demining." in page
    assert "Mexico" in page and "Status history" in page
    assert "https://example.org/public.pdf" in page
    assert "internal.pdf" not in page


def test_commitment_list_filters_with_the_api_parameters_and_offers_csv(client, published):
    page = text_of(client.get("/commitments/?owner=COL&status=not_started"))
    assert "We will ensure survivors are included." in page
    assert "We offer technical assistance" not in page
    assert 'href="/api/v1/commitments/?owner=COL&amp;status=not_started&amp;format=csv"' in page


def test_a_filter_with_no_result_and_a_bad_filter(client, published):
    assert "No commitment matches these filters." in text_of(client.get("/commitments/?search=zzzzqqq"))
    response = client.get("/commitments/?document=abc")
    assert response.status_code == 200
    assert "Some filters are not valid" in text_of(response)


def test_text_from_documents_names_and_narratives_is_escaped(client, data, statuses, staff_user, mexico):
    planted = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    theme = Theme.objects.create(slug="planted", name_en=f"Theme {planted}", position=99)
    mexico.name_fr = f"Mexique {planted}"
    mexico.save()
    document = DocumentFactory(title=f"Title {planted}")
    commitment = with_owners(
        CommitmentFactory(text=f"We pledge {planted}", paragraph=ParagraphFactory(document=document, text=planted)),
        mexico,
    )
    commitment.themes.add(theme)
    commitment.record_status(
        actor=mexico, status=statuses["in_progress"], recorded_by=staff_user, narrative=f"Done {planted}"
    )
    summary.refresh()
    pages = [
        "/",
        "/fr/",
        "/fr/map.svg",
        "/fr/states/",
        "/fr/states/MEX/",
        "/states/MEX/",
        f"/documents/{document.pk}/",
        "/documents/",
        f"/commitments/{commitment.pk}/",
        "/commitments/",
    ]
    for path in pages:
        page = text_of(client.get(path))
        assert "<script>alert" not in page, path
        assert "<img src=x" not in page, path
    assert "&lt;script&gt;alert" in text_of(client.get(f"/commitments/{commitment.pk}/"))


def test_a_status_change_reaches_the_dashboards(
    client, published, statuses, staff_user, colombia, django_capture_on_commit_callbacks
):
    assert "50%" not in text_of(client.get("/states/COL/"))
    pledge = published["pledge"]
    with django_capture_on_commit_callbacks(execute=True):
        pledge.record_status(
            actor=colombia, status=statuses["completed"], recorded_by=staff_user, narrative="Survivors included."
        )
    # The refresh ran after the commit (eagerly in tests): the counts, the charts and the lists moved.
    overview = text_of(client.get("/"))
    assert "Survivors included." in overview.split("Latest status changes")[1]
    assert "Status changes per year" in overview
    state = text_of(client.get("/states/COL/"))
    assert "50%" in state  # one of its two commitments completed
    assert "Status changes per year" in state  # its own trend
    assert summary.Summary("completed_year").scope_keys() == [datetime.date.today().year]
    assert summary.Summary("moves_year").scope_keys() == [datetime.date.today().year]
    assert summary.Summary("state_year", keys=[colombia.pk]).subkeys(colombia.pk) == [datetime.date.today().year]


def queries_for(client, path) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


def grow(mexico, colombia, times: int):
    document = DocumentFactory(title="More")
    theme = Theme.objects.get(slug="cooperation-and-assistance")
    for index in range(times):
        commitment = with_owners(
            CommitmentFactory(text=f"Pledge {index}", paragraph=ParagraphFactory(document=document)), mexico, colombia
        )
        commitment.themes.add(theme)
    summary.refresh()
    return document


def test_queries_per_page_do_not_grow_with_the_data(client, published, mexico, colombia):
    paths = [
        *PAGE_TYPES,
        "/map.svg",
        "/commitments/?owner=MEX&status=not_started&theme=cooperation-and-assistance",  # as benchmarks/dashboards.py
        f"/commitments/{published['call'].pk}/",
        f"/documents/{published['offer'].paragraph.document_id}/",
    ]
    document = grow(mexico, colombia, 2)
    paths.append(f"/documents/{document.pk}/")
    for path in paths:
        queries_for(client, path)  # warm the caches of charts and templates
    before = {path: queries_for(client, path) for path in paths}
    grow(mexico, colombia, 30)
    for path in paths:
        queries_for(client, path)  # the summaries moved on: charts and kept lists are drawn again, once
    after = {path: queries_for(client, path) for path in paths}
    assert after == before
    assert max(before.values()) <= 15


def test_empty_fields_of_the_filter_form_are_dropped_from_the_address(client, published):
    response = client.get("/fr/commitments/?owner=COL&theme=&status=not_started&search=")
    assert response.status_code == 302
    assert response["Location"] == "/fr/commitments/?owner=COL&status=not_started"
    assert client.get("/documents/?language=&year=")["Location"] == "/documents/"


def test_atom_feeds_of_status_changes(client, published, statuses, staff_user, colombia):
    from xml.etree import ElementTree

    atom = "{http://www.w3.org/2005/Atom}"
    pledge = published["pledge"]
    pledge.record_status(
        actor=colombia, status=statuses["in_progress"], recorded_by=staff_user, narrative="Plan <b>adopted</b>."
    )
    for path, expected in [
        ("/feeds/changes/", 2),  # Mexico's move and Colombia's
        ("/feeds/states/COL/", 1),
        ("/fr/feeds/states/MEX/", 1),
        ("/feeds/themes/cooperation-and-assistance/", 1),
        ("/feeds/actions/OAP-42/", 1),
        ("/feeds/actions/OAP-1/", 0),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ElementTree.fromstring(response.content)  # well-formed: the narrative's markup is escaped
        assert len(feed.findall(f"{atom}entry")) == expected, path
    entries = ElementTree.fromstring(client.get("/feeds/states/COL/").content).findall(f"{atom}entry")
    assert entries[0].find(f"{atom}title").text == "Colombia: Not started → In progress"
    assert "Plan <b>adopted</b>." in entries[0].find(f"{atom}summary").text
    assert entries[0].find(f"{atom}link").get("href").endswith(f"/commitments/{pledge.pk}/")
    french = ElementTree.fromstring(client.get("/fr/feeds/states/MEX/").content)
    assert french.find(f"{atom}title").text == "Changements de statut : Mexique"
    for path in ["/feeds/states/XXX/", "/feeds/themes/nothing/", "/feeds/actions/OAP-999/", "/feeds/actions/xyz/"]:
        assert client.get(path).status_code == 404, path


def test_a_long_document_page_shows_its_paragraphs_in_pages(client, published, monkeypatch):
    monkeypatch.setattr("documents.selectors.PARAGRAPHS_PER_PAGE", 2)
    document = DocumentFactory(title="A long report")
    for position in range(1, 6):
        ParagraphFactory(document=document, position=position, text=f"Paragraph number {position} of five.")
    first = text_of(client.get(f"/documents/{document.pk}/"))
    assert "Paragraph number 2 of five." in first and "Paragraph number 3 of five." not in first
    assert "Page 1 of 3" in first
    last = text_of(client.get(f"/documents/{document.pk}/?page=3"))
    assert "Paragraph number 5 of five." in last and "Paragraph number 1 of five." not in last


@pytest.mark.parametrize(
    ("prefix", "heading"), [("", "Action plans"), ("/fr", "Plans d'action"), ("/es", "Planes de acción")]
)
def test_the_plans_index_links_each_plan_with_its_number_of_actions(client, published, prefix, heading):
    page = text_of(client.get(prefix + "/action-plans/"))
    assert f"<h1>{heading}</h1>" in page.replace("&#x27;", "'")
    assert f'href="{prefix}/action-plans/oslo-2019/"' in page
    assert '<td class="num">50</td>' in page  # the Oslo Action Plan's 50 actions

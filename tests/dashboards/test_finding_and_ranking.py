"""Search, the list of States, exports, the document picker, ties in rankings and the map's classes."""

import csv
import io
import itertools
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.utils import translation

from dashboards import charts, selectors, summary
from dashboards.summary import Breakdown
from dashboards.templatetags.dashboards import standing_label
from tests.factories import CommitmentFactory, DocumentFactory, ParagraphFactory, with_owners


@pytest.fixture
def published(data):
    summary.refresh()
    return data


def row(iso3: str, label: str, progress, share=None):
    return selectors.Row(label, Breakdown({1: 1}), SimpleNamespace(iso3=iso3, pk=iso3), share, progress)


# Rankings: ties are ties, the order never depends on the language.


def test_states_at_the_same_point_share_a_place_and_the_next_place_counts_them():
    rows = [row("MEX", "Mexico", 0.5, 0.5), row("COL", "Colombia", 0.5, 0.5), row("PER", "Peru", 0.1, 0.0)]
    groups = selectors.standings(rows)
    assert [(group.rank, group.joint, [r.obj.iso3 for r in group.rows]) for group in groups] == [
        (1, True, ["COL", "MEX"]),
        (3, False, ["PER"]),
    ]
    assert all(group.of == 3 for group in groups)


def test_no_ranking_when_every_state_stands_at_the_same_point():
    assert selectors.standings([row("MEX", "Mexico", 0.0, 0.0), row("COL", "Colombia", 0.0, 0.0)]) == []
    assert selectors.ranked([row("MEX", "Mexico", 0.0, 0.0), row("COL", "Colombia", 0.0, 0.0)]) == ([], [])


def test_the_order_within_a_tie_is_the_same_in_every_language():
    english = [row("DEU", "Germany", 0.2, 0.0), row("DZA", "Algeria", 0.2, 0.0), row("AFG", "Afghanistan", 0.0)]
    french = [row("DEU", "Allemagne", 0.2, 0.0), row("DZA", "Algérie", 0.2, 0.0), row("AFG", "Afghanistan", 0.0)]
    order = [[r.obj.iso3 for r in group.rows] for group in selectors.standings(english)]
    assert order == [[r.obj.iso3 for r in group.rows] for group in selectors.standings(french)]


@pytest.mark.parametrize(
    ("language", "joint", "alone"),
    [
        ("en", "joint 1st of 42", "3rd of 42"),
        ("fr", "1er ex æquo sur 42", "3e sur 42"),
        ("es", "empatado en el 1º puesto de 42", "3º de 42"),
    ],
)
def test_a_place_reads_as_a_tie_in_each_language(language, joint, alone):
    with translation.override(language):
        assert standing_label(selectors.Standing(1, True, 42, [])) == joint
        assert standing_label(selectors.Standing(3, False, 42, [])) == alone


def test_a_state_page_says_joint_and_the_overview_groups_ties(client, published, mexico, colombia):
    page = client.get("/states/MEX/").content.decode()
    assert re.search(r"joint \d+(st|nd|rd|th) of \d+|\d+(st|nd|rd|th) of \d+", page)
    overview = client.get("/").content.decode()
    assert "States at this point" in overview or "of " in overview


# The map: classes from the data, grey for States without tracked commitments, legend = fills.


def test_map_classes_follow_the_data():
    rows = [row("MEX", "Mexico", 0.3, 0.03), row("COL", "Colombia", 0.3, 0.03), row("PER", "Peru", None, None)]
    classes = charts.map_classes(rows)
    assert [(item.low, item.high, len(item.rows)) for item in classes] == [(3, 3, 2), (None, None, 1)]
    assert classes[-1].colour == charts.UNTRACKED
    many = [row(f"S{i:02}", f"S{i}", 0.5, i / 100) for i in range(40)]
    classes = charts.map_classes(many)
    assert len(classes) == charts.MAX_CLASSES
    assert sum(len(item.rows) for item in classes) == 40
    assert [item.colour for item in classes] == charts.RAMP  # light to dark, each class its own shade
    for before, after in itertools.pairwise(classes):
        assert before.high < after.low  # equal shares never straddle two classes


def test_the_map_names_each_state_on_hover_and_keeps_its_links_out_of_the_tab_order(client, published):
    svg = client.get("/map.svg").content.decode()
    assert "<title>Mexico: " in svg and "<title>Peru: no commitment tracked</title>" in svg
    assert 'tabindex="-1"' in svg
    assert "fill-opacity:.7" not in svg.replace(" ", "")  # swatches and countries are opaque: colours equal
    overview = client.get("/").content.decode()
    legend = overview.split('class="map-legend"')[1].split("</ul>")[0]
    for colour in re.findall(r'fill="(#[0-9a-fA-F]{6})"', legend):
        assert f"fill:{colour}" in svg.replace(" ", "")


# Search.


def test_search_finds_states_in_any_language_without_accents(client, published):
    page = client.get("/fr/search/?q=mexique").content.decode()
    assert 'href="/fr/states/MEX/"' in page
    page = client.get("/es/search/?q=mexico").content.decode()  # México
    assert 'href="/es/states/MEX/"' in page


@pytest.mark.parametrize(
    ("query", "names", "found"),
    [
        ("mex", ["Mexico"], True),
        ("MEXIQUE", ["Mexique"], True),
        ("rep centr", ["Central African Republic", "République centrafricaine"], True),
        ("ma", ["Guatemala"], False),
        ("mine", ["Mexico"], False),
        ("", ["Mexico"], False),
    ],
)
def test_state_names_match_word_by_word_from_the_start(query, names, found):
    from dashboards.search import names_match

    assert names_match(query, names) is found


def test_search_finds_commitments_and_paragraphs(client, published):
    offer = published["offer"]
    offer.paragraph.text = "We offer technical assistance in demining to the region."
    offer.paragraph.save()
    page = client.get("/search/", {"q": "demining"}).content.decode()
    assert f'href="/commitments/{offer.pk}/"' in page
    assert offer.paragraph.get_absolute_url() in page


def test_an_empty_search_explains_itself(client, published):
    page = client.get("/search/?q=").content.decode()
    assert "Search the names of States" in page
    assert "Nothing matches these words." in client.get("/search/?q=zzzyx").content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL")
def test_search_is_stemmed_and_accent_insensitive_in_each_language(client, published):
    document = DocumentFactory(title="Déclaration")
    ParagraphFactory(document=document, language="fr", text="Les opérations de déminage humanitaire avancent.")
    ParagraphFactory(document=document, language="es", text="Las víctimas de las minas reciben asistencia.")
    assert "déminage humanitaire" in client.get("/fr/search/?q=deminage").content.decode()
    assert "víctimas" in client.get("/es/search/?q=victima").content.decode()
    assert "Déclaration" in client.get("/search/?q=declaration").content.decode()


# The list of States: search, sort, download.


def test_the_list_of_states_finds_by_name_and_sorts(client, published):
    page = client.get("/fr/states/?q=mexi").content.decode()
    assert "Mexique" in page and "Colombie" not in page
    page = client.get("/states/?sort=progress").content.decode()
    assert page.index("Mexico") < page.index("Colombia")  # Mexico's offer is in progress


def test_the_list_of_states_downloads_as_csv_and_xlsx(client, published, statuses):
    response = client.get("/states/?format=csv&q=MEX")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["iso3"] for r in rows] == ["MEX"]
    assert rows[0]["commitments"] == "2" and rows[0]["in_progress"] == "1"
    assert client.get("/states/?format=xlsx").content[:2] == b"PK"


def test_an_export_filtered_by_one_owner_has_that_owners_status(client, published):
    response = client.get("/api/v1/commitments/export/?format=csv&owner=MEX")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    statuses = {int(r["id"]): r["owner_status"] for r in rows}
    assert statuses == {published["offer"].pk: "in_progress", published["call"].pk: "not_started"}
    both = client.get("/api/v1/commitments/export/?format=csv&owner=MEX,COL")
    assert "owner_status" not in b"".join(both.streaming_content).decode().splitlines()[0]


# The document picker and long owner lists.


def test_the_document_picker_finds_documents_by_title(client, published):
    response = client.get("/commitments/?document_title=cartag")
    document = published["pledge"].paragraph.document_id
    assert response.status_code == 302 and response["Location"] == f"/commitments/?document={document}"
    page = client.get(response["Location"]).content.decode()
    assert "Document: Cartagena" in page
    assert (
        "No document has these words in its title." in client.get("/commitments/?document_title=zzz").content.decode()
    )


def test_a_long_owner_list_collapses_into_counts_by_status(client, published, statuses):
    from actors.models import Actor

    many = with_owners(CommitmentFactory(text="All of us.", paragraph=ParagraphFactory()), *Actor.objects.states()[:20])
    summary.refresh()
    page = client.get(f"/commitments/{many.pk}/").content.decode()
    assert "?owners=not_started" in page and 'class="owners' not in page
    assert page.count('class="owners') == 0
    listed = client.get(f"/commitments/{many.pk}/?owners=not_started").content.decode()
    assert listed.count("since ") == 20
    assert client.get(f"/commitments/{many.pk}/?owners=all").content.decode().count("since ") == 20

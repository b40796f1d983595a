"""A document is titled in the reader's language where a source gives its official title, in its own otherwise."""

import pytest

from documents.models import Document
from documents.titles import document_titles_apply, titles_for, titles_read
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

CONVENTION = (
    "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on "
    "their Destruction"
)


@pytest.fixture
def convention():
    document = DocumentFactory(title=CONVENTION, language="en")
    assert document_titles_apply() >= 1
    document.refresh_from_db()
    return document


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [
        ("/fr/", '<h1 lang="fr">Convention sur l&#x27;interdiction de l&#x27;emploi, du stockage, de la production'),
        ("/es/", '<h1 lang="es">Convención sobre la prohibición del empleo, almacenamiento, producción'),
        ("/", '<h1 lang="en">Convention on the Prohibition of the Use'),
    ],
)
def test_the_document_page_is_headed_by_the_official_title_in_its_language(client, convention, prefix, heading):
    assert heading in client.get(f"{prefix}documents/{convention.pk}/").content.decode()


def test_a_document_with_no_sourced_title_keeps_its_own(client):
    document = DocumentFactory(title="Concluding remarks of a conference", language="en")
    document_titles_apply()
    page = client.get(f"/fr/documents/{document.pk}/").content.decode()
    assert '<h1 lang="en">Concluding remarks of a conference</h1>' in page


def test_the_titles_match_whatever_the_case_and_spacing_and_leave_a_missing_language_blank():
    titles = titles_for("A shared commitment for a mine-free world:  the 2009 Cartagena Declaration")
    assert titles == {
        "title_fr": "",  # not found: French pages show the English title
        "title_es": "Un compromiso compartido hacia un mundo libre de minas: Declaración de Cartagena 2009",
    }


def test_applying_again_changes_nothing(convention):
    assert document_titles_apply() == 0
    assert Document.objects.get(pk=convention.pk).title_es.startswith("Convención sobre la prohibición")


def test_a_title_without_a_source_is_refused(tmp_path):
    path = tmp_path / "document-titles.csv"
    path.write_text("title,title_fr,source_fr,title_es,source_es\nA text,Un texte,,,\n", "utf-8")
    with pytest.raises(ValueError, match="without a source address"):
        titles_read(path)

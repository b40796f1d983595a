"""Meetings are named in the reader's language where a source gives that name, in English otherwise."""

import pytest
from django.utils import translation

from commitments.reference_data import meeting_titles_read
from documents.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("slug", "language", "title"),
    [
        ("2revcon-cartagena-2009", "fr", "Deuxième Conférence d'examen"),
        ("2revcon-cartagena-2009", "es", "Segunda Conferencia de Examen"),
        ("4revcon-oslo-2019", "fr", "Conférence d'examen d'Oslo"),
        ("4revcon-oslo-2019", "es", "Cuarta Conferencia de Examen"),
        ("4revcon-oslo-2019", "en", "Fourth Review Conference (Oslo Review Conference)"),
        # no source found in French or Spanish: the English title, never a translation of our own
        ("5revcon-siem-reap-2024", "fr", "Fifth Review Conference (Siem Reap-Angkor Summit)"),
        ("5revcon-siem-reap-2024", "es", "Fifth Review Conference (Siem Reap-Angkor Summit)"),
    ],
)
def test_a_meeting_reads_in_the_reader_s_language_where_a_source_names_it(slug, language, title):
    with translation.override(language):
        assert str(Meeting.objects.get(slug=slug)) == title


@pytest.mark.parametrize(
    ("path", "shown", "not_shown"),
    [
        ("/fr/action-plans/oslo-2019/", "Conférence d&#x27;examen d&#x27;Oslo", "Oslo Review Conference"),
        ("/es/action-plans/oslo-2019/", "Cuarta Conferencia de Examen", "Oslo Review Conference"),
        ("/action-plans/oslo-2019/", "Fourth Review Conference (Oslo Review Conference)", "Cuarta"),
    ],
)
def test_the_plan_page_names_the_meeting_that_adopted_it_in_the_page_s_language(client, path, shown, not_shown):
    page = client.get(path).content.decode()
    assert shown in page
    assert not_shown not in page


def test_every_translated_title_has_its_source_address():
    for slug, titles in meeting_titles_read().items():
        assert Meeting.objects.filter(slug=slug, **titles).exists(), slug


def test_a_title_without_a_source_is_refused(tmp_path):
    path = tmp_path / "meeting-titles.csv"
    path.write_text("slug,title_fr,source_fr,title_es,source_es\n5revcon-siem-reap-2024,Cinquième,,,\n", "utf-8")
    with pytest.raises(ValueError, match="without a source address"):
        meeting_titles_read(path)

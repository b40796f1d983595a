"""The admin, forms, validation messages, emails, the audit log and ingestion speak French and Spanish too: every
message of the project's catalogues is translated, and each translation keeps its message's placeholders and tags.
(The dashboards' own catalogue has its tests in tests/dashboards/test_translations.py.)"""

import re
import shutil
import subprocess

import pytest

from tests.translations import CATALOGUES, catalogue, entries, untranslated


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("where", ["locale", "notifications/locale"])
def test_every_project_message_is_translated(where, language):
    assert untranslated(catalogue(where, language)) == []


# What a translation must carry over unchanged: %(name)s, %s, {} and {name}, HTML tags.
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[-+ #0-9.]*[a-z]|%[sd]|\{[a-z_0-9]*\}|</?[a-z]+[^>]*>")


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("where", CATALOGUES)
def test_translations_keep_placeholders_and_tags(where, language):
    changed = [
        (msgid, msgstr)
        for msgid, msgstr in entries(catalogue(where, language))
        if msgstr and sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr))
    ]
    assert changed == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("where", CATALOGUES)
def test_catalogues_pass_msgfmt_check(where, language):
    """Formats, plural forms against the header's nplurals, and the header itself (as `msgfmt --check`)."""
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(catalogue(where, language))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


# The admin has no /fr/ or /es/ prefix: it speaks the signed-in account's language, else the browser's.


def test_the_admin_speaks_the_staff_member_s_language(staff_user, staff_client):
    assert "ISU administration" in staff_client.get("/admin/").text  # English unless the account says otherwise
    for language, heading in [("fr", "Administration de l&#x27;ISU"), ("es", "Administración de la DAA")]:
        staff_user.language = language
        staff_user.save(update_fields=["language"])
        page = staff_client.get("/admin/commitments/commitment/")
        assert page.headers["Content-Language"] == language
        assert heading in staff_client.get("/admin/").text


def test_the_admin_sign_in_page_speaks_the_browser_s_language(client, db):
    assert "Connexion" in client.get("/admin/login/", headers={"accept-language": "fr"}).text
    assert "Iniciar sesión" in client.get("/admin/login/", headers={"accept-language": "es"}).text
    assert "Log in" in client.get("/admin/login/").text


def test_the_audit_log_page_is_translated_and_its_export_keeps_its_header(staff_user, staff_client):
    staff_user.language = "es"
    staff_user.save(update_fields=["language"])
    page = staff_client.get("/admin/audit/").text
    assert "Registro de auditoría" in page and "fecha y hora" in page and "modificación" in page
    export = b"".join(staff_client.get("/admin/audit/?format=csv").streaming_content).decode()
    assert export.startswith("when,who,model,object_id,object,change,field,from,to")

"""Read the fields of a rendered HTML form, to post back what a browser would."""

import re
from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id: str | None):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.data: list[tuple[str, str]] = []
        self._select: str | None = None
        self._select_value: str | None = None
        self._first_option: str | None = None
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (self.form_id is None or attrs.get("id") == self.form_id):
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "file", "image"):
                self.data.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self._select, self._select_value, self._first_option = name, None, None
        elif tag == "option" and self._select:
            if self._first_option is None:
                self._first_option = attrs.get("value", "")
            if "selected" in attrs:
                self.data.append((self._select, attrs.get("value", "")))
                self._select_value = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "select" and self._select:
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.data.append((self._textarea, self._text.lstrip("\n")))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text += data


def form_fields(html: str, form_id: str | None = None) -> dict:
    """The form's fields as a dict (multi-valued fields as lists), ready for ``client.post``."""
    parser = _FormParser(form_id)
    parser.feed(html)
    fields: dict = {}
    for name, value in parser.data:
        if name in fields:
            existing = fields[name]
            fields[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            fields[name] = value
    return fields


def format_choices(html: str) -> list[str]:
    """The values of an import page's file format menu."""
    select = re.search(r'<select name="format".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"', select)


def post_new_owner_row(client, commitment, actor, status):
    """Add one row to a commitment's owners inline in the admin and save the page, as staff would."""
    from django.urls import reverse

    url = reverse("admin:commitments_commitment_change", args=[commitment.pk])
    data = form_fields(client.get(url).content.decode(), "commitment_form")
    prefix = f"owner_links-{data['owner_links-INITIAL_FORMS']}"
    data["owner_links-TOTAL_FORMS"] = str(int(data["owner_links-TOTAL_FORMS"]) + 1)
    data.update({f"{prefix}-actor": actor.pk, f"{prefix}-status": status.pk, f"{prefix}-commitment": commitment.pk})
    return client.post(url, data)

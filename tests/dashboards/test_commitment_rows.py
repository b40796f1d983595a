"""The rows of the list of commitments, written in Python (``commitment_rows``), read as the template loop wrote them.

The loop below is the one ``commitment_list.html`` had: the tag must give the same HTML, byte for byte (texts cut or
not, with and without themes and target date, titles in the reader's language), in the three languages, with text
that needs escaping.
"""

import datetime

import pytest
from django.core.paginator import Paginator
from django.template import Context, Template
from django.utils import translation

from commitments.models import Commitment
from dashboards import selectors
from documents.models import Document, Paragraph

THE_LOOP_AS_IT_WAS = """{% load i18n humanize dashboards %}\
  {% for commitment in page %}
  <li>
    {% status_badge commitment.overall_status %}
    <a href="{{ commitment.get_absolute_url }}">{{ commitment.text|truncatechars:200 }}</a>
    <span class="meta">{{ commitment.get_kind_display }}
      {% for name in commitment.theme_names %} · {{ name }}{% endfor %}
      {% if commitment.target_date %} · {% blocktranslate trimmed with day=commitment.target_date|date:"DATE_FORMAT" %}target {{ day }}{% endblocktranslate %}{% endif %}
      · <a href="{{ commitment.paragraph.get_absolute_url }}">{% blocktranslate trimmed with label=commitment.paragraph.display_label document=commitment.paragraph.document.localized_title|truncatechars:60 %}¶ {{ label }} of {{ document }}{% endblocktranslate %}</a>
    </span>
  </li>
  {% endfor %}"""  # noqa: E501

THE_TAG = "{% load dashboards %}  {% commitment_rows page.object_list %}"

PLANTED = '<script>alert("x")</script> & "quotes"'
DECOMPOSED = "Re\u0301sume\u0301 de\u0301taille\u0301"  # accents as combining marks: the filter composes them (NFC)


def commitments(vocabulary) -> list[Commitment]:
    english = Document(pk=3, title=f"Final report {PLANTED} " + "long " * 20, title_fr="Rapport final", language="en")
    french = Document(pk=4, title=f"Rapport {DECOMPOSED}", title_es="Informe", language="fr")

    def at(document, label, position, anchor):
        return Paragraph(document=document, label=label, position=position, anchor=anchor)

    first, second = vocabulary[0], vocabulary[1]
    rows = [
        # (id, text, kind, target date, status, paragraph, theme names)
        (1, f"We will {PLANTED}.", "commitment", None, first, at(english, "13.", 13, "p13"), []),
        (2, "x" * 250, "call", datetime.date(2025, 12, 31), second, at(french, "", 4, "n4"), ["Survivors", PLANTED]),
        (3, DECOMPOSED, "offer", datetime.date(2019, 1, 5), None, at(english, "(iv)", 9, "p6-iv"), ["Cooperation"]),
        (4, "y" * 200, "recommendation", None, first, at(french, "a.", 2, "p6-a"), []),
    ]
    made = []
    for pk, text, kind, target, status, paragraph, themes in rows:
        commitment = Commitment(pk=pk, text=text, kind=kind, target_date=target, overall_status=status)
        commitment.paragraph = paragraph
        commitment.theme_names = themes
        made.append(commitment)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_tag_writes_what_the_template_loop_wrote(language):
    page = Paginator(commitments(selectors.statuses()), 25).get_page(1)
    with translation.override(language):
        expected = Template(THE_LOOP_AS_IT_WAS).render(Context({"page": page}))
        written = Template(THE_TAG).render(Context({"page": page}))
    assert "<script>" not in written
    assert written == expected

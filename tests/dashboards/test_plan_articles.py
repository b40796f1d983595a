"""The articles of a plan's actions, written in Python (``action_articles``), read as the template loop wrote them.

The loop below is the one ``plan_detail.html`` had: the tag must give the same HTML, byte for byte, for every kind
of action (with or without its text, its source paragraph, linked commitments; one or thousands of them), in the
three languages, with text that needs escaping.
"""

import pytest
from django.template import Context, Template
from django.utils import translation

from commitments.models import Action, ActionPlan
from dashboards import selectors
from dashboards.summary import Breakdown
from documents.models import Paragraph

THE_LOOP_AS_IT_WAS = """{% load i18n humanize dashboards %}\
  {% for action in actions %}
  <article class="action" id="action-{{ action.number }}">
    <h3><a href="#action-{{ action.number }}">{% blocktranslate trimmed with number=action.number %}Action #{{ number }}{% endblocktranslate %}</a></h3>
    {% if action.text %}
      <blockquote{% if action.paragraph %} lang="{{ action.paragraph.language }}" cite="{{ action.paragraph.get_absolute_url }}"{% endif %}>{{ action.text|linebreaksbr }}</blockquote>
      {% if action.paragraph %}<p class="meta"><a href="{{ action.paragraph.get_absolute_url }}">{% translate "Source paragraph" %}</a></p>{% endif %}
    {% endif %}
    <div class="action-progress">
      {% breakdown_bar action.breakdown statuses %}
      {% if action.breakdown.total %}
      <ul class="commitments">
        {% commitment_items action.shown 120 %}
      </ul>
      <p><a href="{% url 'dashboards:action-feed' action.ref %}" class="feed">{% translate "Atom feed" %}</a> ·
      <a href="{% url 'dashboards:commitments' %}?action={{ action.ref }}">{% blocktranslate count counter=action.breakdown.total trimmed with formatted=action.breakdown.total|intcomma %}{{ formatted }} linked commitment{% plural %}All {{ formatted }} linked commitments{% endblocktranslate %}</a></p>
      {% endif %}
    </div>
  </article>
  {% endfor %}"""  # noqa: E501

DECOMPOSED = "Re\u0301sume\u0301 de\u0301taille\u0301"  # accents as combining marks: the filter composes them (NFC)

THE_TAG = "{% load dashboards %}  {% action_articles actions statuses %}"


def actions(vocabulary) -> list[Action]:
    plan = ActionPlan(code="OAP")
    first, second = vocabulary[0], vocabulary[1]
    planted = '<script>alert("x")</script> & "quotes"'
    rows = [
        # (number, text, paragraph, counts by status, lines shown)
        (1, "", None, {}, []),
        (2, f"One {planted}\ntwo\r\nthree", Paragraph(document_id=7, anchor="p2", language="fr"), {}, []),
        (3, "Text without a source paragraph.", None, {first.pk: 1}, [(11, "One commitment.", first)]),
        (
            12,
            "Ensure survivors <b>are</b> included.",
            Paragraph(document_id=7, anchor="p6-a", language="en"),
            {first.pk: 1200, second.pk: 34},
            [
                (21, f"Short {planted}", first),
                (22, "x" * 150, second),
                (23, "No status.", None),
                (24, DECOMPOSED, first),
            ],
        ),
        (1000, "", None, {second.pk: 2}, [(31, "y" * 120, second), (32, "z" * 121, second)]),
    ]
    made = []
    for number, text, paragraph, counts, shown in rows:
        action = Action(plan=plan, number=number, text=text, paragraph=paragraph)
        action.breakdown = Breakdown(counts)
        action.shown = [selectors.Line(pk, line, status) for pk, line, status in shown]
        made.append(action)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_tag_writes_what_the_template_loop_wrote(language):
    vocabulary = selectors.statuses()
    context = {"actions": actions(vocabulary), "statuses": vocabulary}
    with translation.override(language):
        expected = Template(THE_LOOP_AS_IT_WAS).render(Context(context))
        written = Template(THE_TAG).render(Context(context))
    assert "<script>" not in written
    assert written == expected


THE_LINES_AS_THEY_WERE = """{% load dashboards %}{% for line in lines %}<li>{% status_badge line.overall_status %} \
<a href="{% url 'dashboards:commitment' line.pk %}">{{ line.text|truncatechars:120 }}</a></li>{% endfor %}"""


@pytest.mark.django_db
def test_commitment_lines_cut_their_texts_as_the_filter_did():
    """``commitment_items`` calls ``truncatechars`` only on a text longer than the length, and gives a shorter one
    as the filter gave it: in composed form (NFC)."""
    first, second = selectors.statuses()[:2]
    texts = ["", "x" * 119, "x" * 120, "x" * 121, "word " * 40, f'<b>"{DECOMPOSED}"</b> & co', DECOMPOSED * 10]
    statuses = [first, second, None]
    lines = [selectors.Line(index + 1, text, statuses[index % 3]) for index, text in enumerate(texts)]
    expected = Template(THE_LINES_AS_THEY_WERE).render(Context({"lines": lines}))
    assert (
        Template("{% load dashboards %}{% commitment_items lines 120 %}").render(Context({"lines": lines})) == expected
    )

"""The public pages: read-only, for anyone, in English, French and Spanish. Thin: selectors gather, templates show."""

from __future__ import annotations

from csp.decorators import csp_replace
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from commitments.filtersets import CommitmentFilterSet
from commitments.models import Commitment, Theme
from dashboards import charts, exports, selectors, summary
from dashboards import search as site_search
from documents.filtersets import DocumentFilterSet
from documents.models import Document
from notifications.models import Watch
from tracker.db import parse_id

PAGE_SIZE = 25  # a screenful or two; the CSV gives the whole list


def _without_blanks(request):
    """A filter form sends its empty fields too: answer with the address without them, which is shorter to share
    and means the same (an empty filter is no filter). None when there is nothing to drop."""
    query = request.GET.copy()
    blanks = [name for name, values in query.lists() if not any(value.strip() for value in values)]
    if not blanks:
        return None
    for name in blanks:
        del query[name]
    return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)


def _follows(user, **target) -> bool:
    return user.is_authenticated and Watch.objects.filter(user=user, **target).exists()


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


@require_safe
def overview(request):
    vocabulary = selectors.statuses()
    context = selectors.overview(vocabulary)
    version = summary.version()
    title = _("Commitments by status")
    context["status_chart"] = charts.cached(
        "status",
        lambda: charts.responsive(lambda narrow: charts.status_bar(context["everything"], vocabulary, title, narrow)),
        version,
    )
    themes_title = _("Commitments by theme and status")
    context["theme_chart"] = charts.cached(
        "themes",
        lambda: charts.responsive(
            lambda narrow: charts.stacked(context["theme_rows"], vocabulary, themes_title, narrow)
        ),
        version,
    )
    trend_title = _("Status changes per year")
    trend = [(year, breakdown) for year, *_counts, breakdown in context["trend"]]
    context["trend_chart"] = charts.cached(
        "trend", lambda: charts.responsive(lambda narrow: charts.trend(trend, vocabulary, trend_title, narrow)), version
    )
    states = context.pop("states")
    # The legend and the list of the map's States (some 250 links), drawn once per version of the summaries.
    context["map_legend"] = charts.cached(
        "map-legend",
        lambda: render_to_string("dashboards/includes/map_legend.html", {"map_classes": charts.map_classes(states)}),
        version,
    )
    return render(request, "dashboards/overview.html", {**context, "statuses": vocabulary})


@require_safe
@gzip_page  # a large picture with nothing secret in it
@xframe_options_sameorigin  # shown inside the overview page
@csp_replace({"frame-ancestors": ["'self'"]})
def world_map(request):
    vocabulary = selectors.statuses()
    title = _("Share of commitments completed, by State")
    svg = charts.cached(
        "map", lambda: charts.world_map(charts.map_classes(selectors.state_rows(vocabulary)), title), summary.version()
    )
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_safe
def state_list(request):
    """Every State with its figures; ``q`` finds by name, ``sort`` orders, ``format=csv|xlsx`` downloads."""
    vocabulary = selectors.statuses()
    rows = selectors.state_rows(vocabulary)
    if request.GET.get("show") != "all":
        rows = [row for row in rows if row.breakdown.total or row.obj.is_state_party]
    sort = request.GET.get("sort") if request.GET.get("sort") in selectors.STATE_SORTS else "name"
    rows = selectors.states_found(rows, request.GET.get("q", ""), sort)
    file_format = request.GET.get("format")
    if file_format in exports.FORMATS:
        return exports.download(exports.states_dataset(rows, vocabulary), file_format, "states")
    query = request.GET.copy()
    query.pop("format", None)
    return render(
        request,
        "dashboards/state_list.html",
        {"rows": rows, "statuses": vocabulary, "sort": sort, "sorts": _state_sorts(), "query": query},
    )


def _state_sorts() -> list[tuple[str, str]]:
    return [
        ("name", _("name")),
        ("progress", _("progress")),
        ("completed", _("share completed")),
        ("commitments", _("number of commitments")),
    ]


@require_safe
def state_detail(request, iso3: str):
    vocabulary = selectors.statuses()
    context = selectors.state_page(iso3, vocabulary)
    context["following"] = _follows(request.user, actor=context["actor"])
    actor = context["actor"]
    trend = [(year, breakdown) for year, *_counts, breakdown in context["trend"]]
    title = _("Status changes of %(state)s per year") % {"state": actor.name}
    context["trend_chart"] = charts.cached(
        f"trend-{actor.pk}",
        lambda: charts.responsive(lambda narrow: charts.trend(trend, vocabulary, title, narrow)),
        summary.version(),
    )
    return render(request, "dashboards/state_detail.html", {**context, "statuses": vocabulary})


@require_safe
def document_list(request):
    if cleaned := _without_blanks(request):
        return cleaned
    filterset = DocumentFilterSet(request.GET, queryset=Document.objects.published().select_related("meeting"))
    documents = Document.objects.none()
    if filterset.is_valid():
        documents = filterset.qs.order_by("-date", "-id")
    page = _page(request, documents)
    vocabulary = selectors.statuses()
    return render(
        request,
        "dashboards/document_list.html",
        {"page": page, "rows": selectors.document_rows(list(page)), "filterset": filterset, "statuses": vocabulary},
    )


@require_safe
def document_detail(request, pk: int):
    context = selectors.document_page(pk, request.GET.get("page"))
    return render(request, "dashboards/document_detail.html", {**context, "statuses": selectors.statuses()})


@require_safe
def plan_list(request):
    return render(request, "dashboards/plan_list.html", {"plans": selectors.plans()})


@require_safe
def plan_detail(request, slug: str):
    vocabulary = selectors.statuses()
    context = selectors.plan_page(slug, vocabulary)
    return render(request, "dashboards/plan_detail.html", {**context, "statuses": vocabulary})


def _pick_document(request):
    """The document picker: ``document_title`` words name a document. One match becomes ``document=<id>`` (a
    redirect, so that the address says which); several are offered to choose from; the chosen one is shown."""
    words = request.GET.get("document_title", "").strip()
    if request.GET.get("document"):
        chosen = Document.objects.published().filter(pk=parse_id(request.GET["document"]) or 0).first()
        return None, chosen, []
    if not words:
        return None, None, []
    matches = list(Document.objects.published().filter(title__icontains=words).order_by("-date", "-id")[:20])
    if len(matches) == 1:
        query = request.GET.copy()
        del query["document_title"]
        query["document"] = matches[0].pk
        return redirect(f"{request.path}?{query.urlencode()}"), None, []
    return None, None, matches


@require_safe
def commitment_list(request):
    if cleaned := _without_blanks(request):
        return cleaned
    picked, document, document_matches = _pick_document(request)
    if picked:
        return picked
    filterset = CommitmentFilterSet(request.GET, queryset=Commitment.objects.published())
    ids = filterset.qs.order_by("-updated_at", "-id") if filterset.is_valid() else Commitment.objects.none()
    # Paginate ids alone, then load the page's rows with what they show: the sort never drags the joins along.
    page = _page(request, ids.values_list("pk", flat=True))
    rows = Commitment.objects.select_related("overall_status", "paragraph__document").prefetch_related("themes")
    rows = rows.in_bulk(list(page.object_list))
    page.object_list = [rows[pk] for pk in page.object_list if pk in rows]
    for commitment in page.object_list:  # read once here rather than through a manager in the template
        commitment.theme_names = [theme.name for theme in commitment.themes.all()]
    query = request.GET.copy()
    query.pop("page", None)
    csv_query = query.copy()
    csv_query["format"] = "csv"
    xlsx_query = query.copy()
    xlsx_query["format"] = "xlsx"
    vocabulary = selectors.statuses()
    return render(
        request,
        "dashboards/commitment_list.html",
        {
            "page": page,
            "filterset": filterset,
            "query": query.urlencode(),
            "csv_url": f"{reverse('api:commitment-list')}?{csv_query.urlencode()}",
            "xlsx_url": f"{reverse('api:commitment-export')}?{xlsx_query.urlencode()}",
            "statuses": vocabulary,
            "status_choices": [(status.key, status.name) for status in vocabulary],
            "states": selectors.state_choices(),
            "themes": [(theme.slug, theme.name) for theme in Theme.objects.order_by("position")],
            "kinds": Commitment.Kind.choices,
            "selected": {name: request.GET.getlist(name) for name in ("owner", "theme", "status", "kind")},
            "document": document,
            "document_matches": document_matches,
        },
    )


@require_safe
def commitment_detail(request, pk: int):
    context = selectors.commitment_page(pk)
    choice = request.GET.get("owners", "")
    context["owners_collapsed"], context["owners_listed"] = selectors.owners_shown(context["owners"], choice)
    context["owners_choice"] = choice
    if context["owners_collapsed"]:  # a collective commitment: its history is as long, show its latest moves
        context["history"] = context["history"][: selectors.OWNERS_LISTED]
    context["following"] = _follows(request.user, commitment=context["commitment"])
    return render(request, "dashboards/commitment_detail.html", {**context, "statuses": selectors.statuses()})


@require_safe
def search(request):
    """One box on every page: States, documents, commitments and paragraphs that match the words."""
    results = site_search.search(request.GET.get("q", ""), get_language() or "en")
    return render(request, "dashboards/search.html", {"results": results, "statuses": selectors.statuses()})

"""The extractor's admin: its pattern tables, and the review queue of the candidates it proposes (accepted,
edited then accepted, or rejected)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from commitments.admin.helpers import run_intermediate_action
from extraction.models import Candidate, ExtractionRule
from extraction.review import candidate_accept, candidate_reject, candidates_accept, candidates_reject


def highlighted(candidate: Candidate, whole: bool = False) -> str:
    """The candidate's text with the words that triggered the proposal marked: the paragraph's text, or the
    sentence of a paragraph split by owner (``whole``: always the paragraph, the sentence's words marked in it)."""
    text, shift = candidate.paragraph.text, 0
    if candidate.part and not whole and (found := text.find(candidate.text)) >= 0:
        text, shift = candidate.text, found
    pieces, cursor = [], 0
    for start, end, _kind in sorted(candidate.matches):
        start, end = start - shift, end - shift
        if start < cursor or end > len(text):
            continue
        pieces += [escape(text[cursor:start]), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # every piece of text was escaped above


EVIDENCE_PLACES = {
    "paragraph": _("named in the paragraph"),
    "heading": _("named in the heading"),
    "before": _("named just before the paragraph"),
    "title": _("named in the document's title"),
    "speaker": _("who speaks in the document"),
    "document": _("from the document (its section or plan)"),
}


def _evidence_text(item: dict) -> str:
    place = str(EVIDENCE_PLACES.get(item.get("where"), item.get("where", "")))
    return f"“{item['words']}” ({place})" if item.get("words") else place


def _evidence_suffix(item: dict | None) -> str:
    if not item:
        return ""
    return f" ← “{item['words']}”" if item.get("words") else f" ← {EVIDENCE_PLACES.get(item['where'], '')}"


class CandidateForm(forms.ModelForm):
    class Meta:
        model = Candidate
        fields = ["kind", "text", "owners", "themes", "actions", "reject_reason"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "cols": 90})}

    def clean(self):
        cleaned = super().clean()
        if "_accept" in self.data and not cleaned.get("owners"):
            raise ValidationError({"owners": _("Name at least one owner before accepting.")})
        if "_reject" in self.data and not (cleaned.get("reject_reason") or "").strip():
            raise ValidationError({"reject_reason": _("Say why the candidate is rejected.")})
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("reason"), max_length=300)


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    form = CandidateForm
    list_display = (
        "paragraph_label",
        "highlighted_text",
        "kind",
        "owner_list",
        "action_list",
        "theme_list",
        "confidence",
        "status",
    )
    list_filter = ("status", "kind", ("document", admin.RelatedOnlyFieldListFilter), "paragraph__language")
    list_display_links = ("highlighted_text",)
    search_fields = ("text", "document__title")
    ordering = ("document", "paragraph__position", "part")
    list_select_related = ("paragraph__document", "document")
    autocomplete_fields = ("owners", "themes", "actions")
    readonly_fields = (
        "document",
        "source",
        "confidence",
        "owner_reasons",
        "suggested",
        "reference_list",
        "status",
        "reviewed_by",
        "reviewed_at",
        "commitment_link",
    )
    fieldsets = (
        (None, {"fields": ("document", "source", "kind", "text", "confidence")}),
        (
            _("Owners and links"),
            {"fields": ("owners", "owner_reasons", "themes", "actions", "suggested", "reference_list")},
        ),
        (_("Decision"), {"fields": ("status", "reject_reason", "reviewed_by", "reviewed_at", "commitment_link")}),
    )
    actions = ["accept_selected", "reject_selected"]
    list_per_page = 100

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("owners", "themes", "actions__plan")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.status == Candidate.Review.PENDING)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        candidate = form.instance
        try:
            if "_accept" in request.POST:
                commitment = candidate_accept(candidate, user=request.user)
                self.message_user(
                    request,
                    format_html(
                        _('Accepted: <a href="{}">commitment {}</a>.'),
                        reverse("admin:commitments_commitment_change", args=[commitment.pk]),
                        commitment.pk,
                    ),
                    messages.SUCCESS,
                )
            elif "_reject" in request.POST:
                candidate_reject(candidate, user=request.user, reason=form.cleaned_data["reject_reason"])
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)

    @admin.display(description=_("¶"), ordering="paragraph__position")
    def paragraph_label(self, candidate):
        # "14. · 2": the second statement of paragraph 14, when its sentences commit different owners
        label = candidate.paragraph.display_label + (f" · {candidate.part}" if candidate.part else "")
        return format_html('<a href="{}">{}</a>', candidate.paragraph.get_absolute_url(), label)

    @admin.display(description=_("text (matched words highlighted)"))
    def highlighted_text(self, candidate):
        return highlighted(candidate)

    @admin.display(description=_("source paragraph"))
    def source(self, candidate):
        return format_html(
            '<blockquote style="margin:0;max-width:60em">{}</blockquote><a href="{}">{} ¶ {}</a>',
            highlighted(candidate, whole=True),
            candidate.paragraph.get_absolute_url(),
            candidate.document,
            candidate.paragraph.display_label,
        )

    @admin.display(description=_("owners"))
    def owner_list(self, candidate):
        """Each owner's code, with the words that gave it when the extractor proposed it ("CHE ← la Suisse")."""
        why = {item["owner"]: item for item in candidate.owner_evidence}
        return (
            format_html_join(
                ", ", "{}{}", ((owner.code, _evidence_suffix(why.get(owner.code))) for owner in candidate.owners.all())
            )
            or "—"
        )

    @admin.display(description=_("why these owners"))
    def owner_reasons(self, candidate):
        rows = [(item["owner"], _evidence_text(item)) for item in candidate.owner_evidence]
        return format_html_join("", "<div><strong>{}</strong> — {}</div>", rows) or "—"

    @admin.display(description=_("actions (found · suggested)"))
    def action_list(self, candidate):
        found = ", ".join(action.ref for action in candidate.actions.all())
        suggested = ", ".join(
            f"{item['ref']} ({item['score']:.2f})" for item in candidate.suggestions.get("actions", [])
        )
        return " · ".join(part for part in (found, suggested) if part) or "—"

    @admin.display(description=_("themes (suggested)"))
    def theme_list(self, candidate):
        return (
            ", ".join(f"{item['slug']} ({item['score']:.2f})" for item in candidate.suggestions.get("themes", []))
            or "—"
        )

    @admin.display(description=_("suggestions"))
    def suggested(self, candidate):
        rows = [(_("action"), item["ref"], item["score"]) for item in candidate.suggestions.get("actions", [])]
        rows += [(_("theme"), item["slug"], item["score"]) for item in candidate.suggestions.get("themes", [])]
        html = format_html_join("", "<div>{} {} — {}</div>", rows)
        if candidate.suggestions.get("target_date"):  # becomes the commitment's target date on acceptance
            html += format_html("<div>{} {}</div>", _("target date"), candidate.suggestions["target_date"])
        return html or "—"

    @admin.display(description=_("references"))
    def reference_list(self, candidate):
        return ", ".join(item.get("code") or item.get("label", "") for item in candidate.references) or "—"

    @admin.display(description=_("commitment"))
    def commitment_link(self, candidate):
        if candidate.commitment_id is None:
            return "—"
        url = reverse("admin:commitments_commitment_change", args=[candidate.commitment_id])
        return format_html('<a href="{}">{}</a>', url, candidate.commitment)

    @admin.action(description=_("Accept the selected candidates as they are"), permissions=["change"])
    def accept_selected(self, request, queryset):
        accepted, problems = candidates_accept(queryset, user=request.user)
        self.message_user(
            request,
            ngettext("Accepted %(n)d candidate.", "Accepted %(n)d candidates.", accepted) % {"n": accepted},
            messages.SUCCESS,
        )
        if problems:
            self.message_user(request, " ".join(problems), messages.WARNING)

    @admin.action(description=_("Reject the selected candidates…"), permissions=["change"])
    def reject_selected(self, request, queryset):
        def apply(form, rows):
            count = candidates_reject(rows, user=request.user, reason=form.cleaned_data["reason"])
            return ngettext("Rejected %(n)d candidate.", "Rejected %(n)d candidates.", count) % {"n": count}

        return run_intermediate_action(
            self, request, queryset, form_class=RejectForm, title=_("Reject candidates"), apply=apply
        )


@admin.register(ExtractionRule)
class ExtractionRuleAdmin(SimpleHistoryAdmin):
    """The extractor's pattern tables, one per language: staff read, add and switch off rules here."""

    list_display = ("pattern", "language", "kind", "weight", "is_active", "note")
    list_filter = ("language", "kind", "is_active")
    list_editable = ("weight", "is_active")
    search_fields = ("pattern", "note")

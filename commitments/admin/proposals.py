"""Reviewing the status updates that delegations propose (and drafts staff write): approve or return."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from commitments.admin.helpers import excerpt, run_intermediate_action
from commitments.models import StatusProposal
from commitments.services import proposal_approve, proposal_return


class ReviewCommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment to the delegation"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class ReturnCommentForm(ReviewCommentForm):
    comment = forms.CharField(label=_("Why it is returned"), widget=forms.Textarea(attrs={"rows": 4}))


@admin.register(StatusProposal)
class StatusProposalAdmin(SimpleHistoryAdmin):
    """Pending proposals first. Approving records the status update (with the narrative and evidence) as if staff
    had entered it; returning sends the comment back to the State. Nothing here edits a proposal's content."""

    list_display = ("commitment_excerpt", "actor", "status", "state", "proposed_by", "proposed_at", "reviewed_by")
    list_filter = ("state", ("actor", admin.RelatedOnlyFieldListFilter), "status")
    search_fields = ("commitment__text", "narrative", "=actor__iso3", "proposed_by__username")
    list_select_related = ("commitment", "actor", "status", "proposed_by", "reviewed_by")
    readonly_fields = (
        "commitment",
        "actor",
        "status",
        "narrative",
        "evidence_url",
        "evidence_file",
        "evidence_description",
        "proposed_by",
        "proposed_at",
        "state",
        "reviewed_by",
        "reviewed_at",
        "review_comment",
        "status_update",
    )
    actions = ["approve", "return_to_state"]
    ordering = ("-state", "-proposed_at")

    @admin.display(description=_("commitment"))
    def commitment_excerpt(self, proposal):
        return excerpt(proposal.commitment.text, 90)

    def has_add_permission(self, request):
        return False  # proposals come from delegations' form and API

    def has_delete_permission(self, request, obj=None):
        return False

    def _review(self, request, queryset, review, form):
        """Each proposal reviewed is named in a message (its State, its commitment, what became of it)."""
        done = 0
        for proposal in queryset.select_related("actor", "status", "commitment"):
            try:
                reviewed = review(proposal=proposal, by=request.user, comment=form.cleaned_data["comment"])
            except (ValidationError, PermissionDenied) as error:
                reason = " ".join(getattr(error, "messages", [str(error)]))
                self.message_user(request, f"{proposal}: {reason}", messages.ERROR)
                continue
            done += 1
            self.message_user(request, _reviewed_message(reviewed), messages.SUCCESS)
        return ngettext("Reviewed %(n)d proposal.", "Reviewed %(n)d proposals.", done) % {"n": done}

    @admin.action(description=_("Approve: record the proposed status updates"), permissions=["change"])
    def approve(self, request, queryset):
        return run_intermediate_action(
            self,
            request,
            queryset,
            form_class=ReviewCommentForm,
            title=_("Approve the selected proposals"),
            apply=lambda form, rows: self._review(request, rows, proposal_approve, form),
        )

    @admin.action(description=_("Return to the delegation with a comment"), permissions=["change"])
    def return_to_state(self, request, queryset):
        return run_intermediate_action(
            self,
            request,
            queryset,
            form_class=ReturnCommentForm,
            title=_("Return the selected proposals"),
            apply=lambda form, rows: self._review(request, rows, proposal_return, form),
        )


def _reviewed_message(proposal) -> str:
    values = {
        "owner": proposal.actor,
        "commitment": excerpt(proposal.commitment.text, 80),
        "status": proposal.status,
    }
    if proposal.state == proposal.State.APPROVED:
        return _("Approved: %(owner)s, “%(commitment)s” is now “%(status)s”.") % values
    return _("Returned to %(owner)s: “%(commitment)s” (proposed “%(status)s”).") % values

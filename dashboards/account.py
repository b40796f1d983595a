"""Pages for signed-in people: a focal point's delegation page and proposal form, and anyone's watch list.

Thin like the public views: the services decide who may propose what, and the querysets what each person sees."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from actors.models import Actor, FocalPoint
from commitments.models import Commitment, CommitmentOwner, StatusProposal, Theme
from commitments.services import proposal_submit
from notifications.models import Watch


class ProposalForm(forms.ModelForm):
    class Meta:
        model = StatusProposal
        fields = ["status", "narrative", "evidence_url", "evidence_file", "evidence_description"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"narrative": gettext_lazy("What was done, when, by whom; ISU staff read it before approving.")}


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language of emails"), choices=settings.LANGUAGES)


@login_required
def account(request):
    """What I follow, my language, and, for a focal point, my State's commitments and proposals."""
    state = FocalPoint.state_of(request.user)
    language = LanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and language.is_valid():
        request.user.language = language.cleaned_data["language"]
        request.user.save(update_fields=["language"])
        messages.success(request, _("Saved."))
        return redirect("dashboards:account")
    context = {
        "state": state,
        "language_form": language,
        "watches": Watch.objects.of(request.user).select_related("commitment", "theme", "actor"),
        "proposals": StatusProposal.objects.visible_to(request.user)
        .filter(actor=state)
        .select_related("commitment", "status", "proposed_by")[:50]
        if state
        else [],
        "pairs": CommitmentOwner.objects.published()
        .filter(actor=state)
        .select_related("commitment", "status")
        .order_by("commitment__target_date", "-status_effective_at")[:200]
        if state
        else [],
    }
    return render(request, "dashboards/account.html", context)


@login_required
def propose(request, pk: int):
    """The focal point's form: a new status for its State on one commitment, with narrative and evidence."""
    state = FocalPoint.state_of(request.user)
    if state is None:
        raise PermissionDenied(_("Only a State's focal point proposes status updates here."))
    commitment = get_object_or_404(Commitment.objects.published().filter(owner_links__actor=state), pk=pk)
    current = commitment.owner_links.select_related("status").get(actor=state)
    form = ProposalForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            proposal_submit(user=request.user, commitment=commitment, **form.cleaned_data)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Your proposal was sent to the ISU for review."))
            return redirect("dashboards:account")
    return render(
        request, "dashboards/propose.html", {"form": form, "commitment": commitment, "state": state, "current": current}
    )


class WatchForm(forms.Form):
    """What to add to (or take off) a watch list: a commitment's number, a theme's slug or a State's ISO3 code.
    Anything else (``abc``, ``²``, a NUL) is a 400, never a lookup."""

    commitment = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    theme = forms.SlugField(required=False, max_length=60)
    state = forms.RegexField(required=False, regex=r"^[A-Za-z]{3}$")
    remove = forms.CharField(required=False)
    next = forms.CharField(required=False, max_length=2000)

    def target(self) -> dict:
        """The one object named, as Watch's field; 404 when it does not exist; empty when none was named."""
        data = self.cleaned_data
        if data["commitment"]:
            return {"commitment": get_object_or_404(Commitment.objects.published(), pk=data["commitment"])}
        if data["theme"]:
            return {"theme": get_object_or_404(Theme, slug=data["theme"])}
        if data["state"]:
            return {"actor": get_object_or_404(Actor.objects.states(), iso3=data["state"].upper())}
        return {}


@login_required
@require_POST
def watch(request):
    """Add (or, with ``remove``, take off) a commitment, theme or State on my watch list; back where I was."""
    form = WatchForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("Nothing to watch: %(errors)s") % {"errors": form.errors.as_text()},
            content_type="text/plain; charset=utf-8",
        )
    target = form.target()
    if not target:
        return redirect("dashboards:account")
    if form.cleaned_data["remove"]:
        Watch.objects.filter(user=request.user, **target).delete()
        messages.info(request, _("Removed from your watch list."))
    else:
        Watch.objects.get_or_create(user=request.user, **target)
        messages.success(request, _("Added to your watch list: you will be emailed when its status changes."))
    back = form.cleaned_data["next"]
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = ""
    return redirect(back or "dashboards:account")

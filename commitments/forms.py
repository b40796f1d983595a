"""Forms used by the staff admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actors.models import Actor
from commitments.models import Action, Commitment, CommitmentOwner, Evidence, Status, StatusUpdate, Theme


class CommitmentAdminForm(forms.ModelForm):
    """The commitment's change form, with the version the editor read: a save over someone else's newer change is
    refused with a message, and nothing of either edit is lost."""

    version = forms.CharField(label=_("version"), widget=forms.HiddenInput, required=False)

    class Meta:
        model = Commitment
        fields = ["kind", "paragraph", "text", "speaker", "themes", "actions", "target_date"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.etag

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        # Locked until the admin's transaction ends, after the save: of two editors, exactly one passes here.
        current = Commitment.objects.select_for_update().get(pk=self.instance.pk)
        if cleaned.get("version") != current.etag:
            last = current.history.select_related("history_user").first()
            raise ValidationError(
                _(
                    "This commitment was changed by %(who)s at %(when)s, after you opened it. Your changes were not "
                    "saved: open the commitment again to see the current version, then make your changes again."
                ),
                code="conflict",
                params={
                    "who": (last.history_user if last and last.history_user else _("someone else")),
                    "when": timezone.localtime(current.updated_at).strftime("%Y-%m-%d %H:%M:%S"),
                },
            )
        return cleaned


class CommitmentOwnerInlineForm(forms.ModelForm):
    """An owner row: the first status is chosen when the owner is added; later it changes through updates."""

    class Meta:
        model = CommitmentOwner
        fields = ["actor", "status", "response"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["actor"].disabled = True
            self.fields["status"].disabled = True
            self.fields["status"].help_text = _("Add a status update below to change it.")
        else:
            self.fields["status"].initial = Status.objects.filter(key=Status.NOT_STARTED).first()


class StatusUpdateInlineForm(forms.ModelForm):
    """A new status update for one owner, with an optional piece of evidence."""

    evidence_url = forms.URLField(label=_("evidence link"), required=False, assume_scheme="https")
    evidence_file = forms.FileField(label=_("evidence file"), required=False)
    evidence_is_public = forms.BooleanField(label=_("evidence is public"), required=False, initial=True)

    class Meta:
        model = StatusUpdate
        fields = ["actor", "to_status", "effective_at", "narrative"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 2, "cols": 40})}
        # The inline's column headings: its rows are never edited, so the admin titles each column from these, not
        # from the fields' own labels (it would print "Evidence url").
        labels = {
            "evidence_url": _("evidence link"),
            "evidence_file": _("evidence file"),
            "evidence_is_public": _("evidence is public"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        commitment = getattr(self.instance, "commitment", None) if self.instance.commitment_id else None
        if commitment is not None and "actor" in self.fields:
            self.fields["actor"].queryset = commitment.owners.all()

    def evidence(self) -> list[Evidence]:
        url, file = self.cleaned_data.get("evidence_url"), self.cleaned_data.get("evidence_file")
        if not (url or file):
            return []
        return [Evidence(url=url or "", file=file, is_public=self.cleaned_data.get("evidence_is_public", True))]

    def clean(self):
        cleaned = super().clean()
        actor, status = cleaned.get("actor"), cleaned.get("to_status")
        if not (actor and status and self.instance.commitment_id):
            return cleaned
        owner = CommitmentOwner.objects.filter(commitment_id=self.instance.commitment_id, actor=actor).first()
        if owner is None:
            raise ValidationError({"actor": _("Save this owner first, then record its status.")})
        self.instance.to_status = status
        self.instance.effective_at = cleaned.get("effective_at") or timezone.now()
        self.instance.narrative = cleaned.get("narrative", "")
        self.instance.validate_transition(owner, has_evidence=bool(self.evidence()))
        return cleaned


class SetStatusForm(forms.Form):
    """The 'set status' admin action: one status change applied to many (commitment, owner) pairs."""

    status = forms.ModelChoiceField(label=_("new status"), queryset=Status.objects.all())
    effective_at = forms.SplitDateTimeField(
        label=_("effective"), initial=timezone.now, widget=forms.SplitDateTimeWidget
    )
    narrative = forms.CharField(label=_("narrative"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    evidence_url = forms.URLField(label=_("evidence link"), required=False, assume_scheme="https")
    evidence_is_public = forms.BooleanField(label=_("evidence is public"), required=False, initial=True)


class EditLinksForm(forms.Form):
    """The batch edit of themes and actions, and the batch addition of owners, on selected commitments."""

    add_themes = forms.ModelMultipleChoiceField(label=_("add themes"), queryset=Theme.objects.all(), required=False)
    remove_themes = forms.ModelMultipleChoiceField(
        label=_("remove themes"), queryset=Theme.objects.all(), required=False
    )
    add_actions = forms.ModelMultipleChoiceField(
        label=_("add actions"), queryset=Action.objects.select_related("plan"), required=False
    )
    remove_actions = forms.ModelMultipleChoiceField(
        label=_("remove actions"), queryset=Action.objects.select_related("plan"), required=False
    )
    add_owners = forms.ModelMultipleChoiceField(
        label=_("add owners"),
        queryset=Actor.objects.all(),
        required=False,
        help_text=_("A group that stands for the States Parties adds each State that was a party at the time."),
    )

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in self.fields):
            raise ValidationError(_("Choose at least one theme, action or owner to add or remove."))
        return cleaned


class ExtendToNewPartiesForm(forms.Form):
    """The ISU's decision that States which joined later take on the selected collective commitments."""

    states = forms.ModelMultipleChoiceField(
        label=_("States that joined later"),
        queryset=Actor.objects.none(),
        help_text=_("Only commitments of all States Parties are extended; States already owners are left as they are."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["states"].queryset = Actor.objects.states_parties().order_by("name_en")

"""The admin's upload form for ingestion."""

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.choices import Language
from documents.ingestion.pipeline import Overrides
from documents.ingestion.sources import IngestionError, Source, check_source
from documents.models import Document, IngestionJob, Meeting


class IngestionUploadForm(forms.ModelForm):
    """A file to ingest, with what the uploader already knows about it (each value wins over the parser)."""

    upload = forms.FileField(label=_("file"), help_text=_("PDF with a text layer, Word (.docx), text or Markdown."))
    kind = forms.ChoiceField(label=_("kind"), choices=[("", _("(detect)")), *Document.Kind.choices], required=False)
    meeting = forms.ModelChoiceField(label=_("meeting"), queryset=Meeting.objects.all(), required=False)
    symbol = forms.CharField(label=_("symbol"), required=False, max_length=120)
    date = forms.DateField(label=_("date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.ChoiceField(label=_("language"), choices=[("", _("(detect)")), *Language.choices], required=False)
    title = forms.CharField(label=_("title"), required=False, max_length=500)

    class Meta:
        model = IngestionJob
        fields = ["replaces"]

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        data = upload.read()
        try:
            check_source(Source(name=upload.name, data=data))
        except IngestionError as error:
            raise forms.ValidationError(str(error)) from error
        self.data_bytes = data
        return upload

    def overrides(self) -> Overrides:
        data = self.cleaned_data
        return Overrides(
            kind=data.get("kind") or None,
            meeting=data["meeting"].slug if data.get("meeting") else None,
            symbol=data.get("symbol") or None,
            date=data.get("date"),
            language=data.get("language") or None,
            title=data.get("title") or None,
        )

"""Pieces shared by the commitments app's admin pages."""

from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse


def excerpt(text: str, length: int = 110) -> str:
    return text if len(text) <= length else f"{text[: length - 1]}…"


def run_intermediate_action(modeladmin, request, queryset, *, form_class, title, apply):
    """Show ``form_class`` for the selected rows; on submit call ``apply(form, queryset)``."""
    form = form_class(request.POST if "apply" in request.POST else None)
    if "apply" in request.POST and form.is_valid():
        try:
            message = apply(form, queryset)
        except ValidationError as error:
            modeladmin.message_user(request, " ".join(error.messages), messages.ERROR)
            return None
        modeladmin.message_user(request, message, messages.SUCCESS)
        return None
    count = queryset.count()
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "queryset": queryset,
        "count": count,
        # The model's name in the singular or the plural by the count, in the reader's language (as Django's
        # delete confirmation does): both forms of the message then take the same {{ name }}.
        "objects_name": model_ngettext(modeladmin.model._meta, count),
        "opts": modeladmin.model._meta,
        "action": request.POST.get("action"),
        "select_across": request.POST.get("select_across", "0"),
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "query_string": request.GET.urlencode(),
    }
    return TemplateResponse(request, "admin/commitments/intermediate_action.html", context)


def new_inline_rows(formset):
    """The filled-in new rows of an inline whose rows are created through a service, one by one: the formset
    itself saves nothing (past rows are read-only)."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for row in formset.forms:
        if not row.instance.pk and row.has_changed() and row.cleaned_data:
            yield row

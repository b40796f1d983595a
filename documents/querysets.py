from django.db import models


class MeetingQuerySet(models.QuerySet):
    def with_document_count(self) -> "MeetingQuerySet":
        return self.annotate(document_count=models.Count("documents"))


def sees_draft_documents(user) -> bool:
    """ISU staff (and their tokens) see draft documents; everyone else sees published ones."""
    return bool(user and user.is_authenticated and user.has_perm("documents.view_document"))


class DocumentQuerySet(models.QuerySet):
    def published(self) -> "DocumentQuerySet":
        return self.filter(is_published=True)

    def visible_to(self, user) -> "DocumentQuerySet":
        return self if sees_draft_documents(user) else self.published()

    def with_paragraph_count(self) -> "DocumentQuerySet":
        return self.annotate(paragraph_count=models.Count("paragraphs", distinct=True))


class ParagraphQuerySet(models.QuerySet):
    def current(self) -> "ParagraphQuerySet":
        """Paragraphs of the latest version of their document."""
        return self.filter(withdrawn_at__isnull=True)

    def published(self) -> "ParagraphQuerySet":
        return self.filter(document__is_published=True)

    def visible_to(self, user) -> "ParagraphQuerySet":
        return self if sees_draft_documents(user) else self.published()

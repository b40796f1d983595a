from django.db import models


class MeetingQuerySet(models.QuerySet):
    def with_document_count(self) -> "MeetingQuerySet":
        return self.annotate(document_count=models.Count("documents"))


class DocumentQuerySet(models.QuerySet):
    def with_paragraph_count(self) -> "DocumentQuerySet":
        return self.annotate(paragraph_count=models.Count("paragraphs", distinct=True))


class ParagraphQuerySet(models.QuerySet):
    def current(self) -> "ParagraphQuerySet":
        """Paragraphs of the latest version of their document."""
        return self.filter(withdrawn_at__isnull=True)

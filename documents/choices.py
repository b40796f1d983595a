"""The enumerations of the documents app: the one place their values are spelled out."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    """Languages a text can be in: the UN's six, and 'undetermined'."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    ARABIC = "ar", _("Arabic")
    CHINESE = "zh", _("Chinese")
    RUSSIAN = "ru", _("Russian")
    UNDETERMINED = "und", _("Undetermined")


class MeetingKind(models.TextChoices):
    """Kinds of meeting."""

    REVIEW_CONFERENCE = "review_conference", _("Review Conference")
    MEETING_OF_STATES_PARTIES = "msp", _("Meeting of the States Parties")
    INTERSESSIONAL = "intersessional", _("Intersessional meetings")
    THEMATIC_CONFERENCE = "thematic_conference", _("Thematic conference")
    OTHER = "other", _("Other")


class DocumentKind(models.TextChoices):
    """Kinds of document."""

    DECLARATION = "declaration", _("Declaration")
    ACTION_PLAN = "action_plan", _("Action plan")
    CONCLUSIONS = "conclusions", _("Conclusions and recommendations")
    STATEMENT = "statement", _("Statement")
    NOTE_VERBALE = "note_verbale", _("Note verbale")
    CONCEPT_NOTE = "concept_note", _("Concept note")
    INFORMATION_NOTE = "information_note", _("Information note")
    REPORT = "report", _("Report")
    TREATY = "treaty", _("Treaty text")
    LEGAL_ACT = "legal_act", _("Legal act (decision, regulation)")
    # Texts clipped from the web: their logistics, background and history are no commitments.
    PRESS_RELEASE = "press_release", _("Press release")
    NEWS = "news", _("News article")
    WEB_PAGE = "web_page", _("Web page")
    OTHER = "other", _("Other")


class JobState(models.TextChoices):
    """Where an ingestion job stands."""

    PENDING = "pending", _("Pending")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")

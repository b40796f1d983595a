"""What a file attached as evidence may be: its size, and its type as read from its first bytes (the name and the
browser's content type are the sender's word, the bytes are not)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024  # a report or a photo; larger files are linked (evidence link) instead
# The first bytes of each accepted type, with the extensions a file of that type may carry.
SIGNATURES = (
    (b"%PDF-", {"pdf"}),
    (b"\x89PNG\r\n\x1a\n", {"png"}),
    (b"\xff\xd8\xff", {"jpg", "jpeg"}),
    (b"PK\x03\x04", {"docx", "xlsx", "odt", "ods"}),  # office documents are zip files
)


def validate_evidence_file(upload) -> None:
    """Refuse a file over ``MAX_BYTES``, or whose bytes are not those of a PDF, PNG, JPEG or office document with
    the matching extension."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB: link to it instead.") % {"limit": MAX_BYTES // (1024 * 1024)}
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8)
    upload.seek(position)
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    for magic, extensions in SIGNATURES:
        if head.startswith(magic):
            if extension in extensions:
                return
            break
    raise ValidationError(_("Attach a PDF, PNG, JPEG, DOCX, XLSX, ODT or ODS file whose content matches its name."))

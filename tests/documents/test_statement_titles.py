"""A statement's title among the lines above its first paragraph (issue 22)."""

from documents.ingestion.metadata import choose_title


def test_a_statements_title_beats_the_longer_name_of_the_meeting_where_it_was_given():
    lines = [
        "ICBL Statement on Universalization of the Mine Ban Treaty",
        "Standing Committee on the General Status and Operation of the Convention",
        "Delivered by Jane Doe, ICBL Advocacy and Campaigning Officer",
    ]
    assert choose_title(lines, "en") == "ICBL Statement on Universalization of the Mine Ban Treaty"


def test_a_meetings_name_is_the_title_when_nothing_else_names_a_document():
    lines = ["Standing Committee on the General Status and Operation of the Convention", "Geneva"]
    assert choose_title(lines, "en") == "Standing Committee on the General Status and Operation of the Convention"


def test_a_byline_is_never_the_title():
    assert choose_title(["Intervención de Chile", "Pronunciada por el Embajador ante la Conferencia"], "es") == (
        "Intervención de Chile"
    )

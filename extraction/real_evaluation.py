"""Scoring the extractor with owners: on a folder of real texts labelled by others (``evaluate_extraction --set``)
and on what ISU staff decided in the review queue (``evaluate_extraction --from-reviews``).

A real set is a folder like ``../shared/evaluation/real-dev/``: ``docs/<stem>.txt``, ``truth/<stem>.json`` (its
paragraphs), ``truth/commitments.json`` (what an ISU officer records: kind and owners) and ``truth/borderline.json``
(either answer is acceptable: left out of precision and recall). Each document goes through the project's own
ingestion and ``document_proposals`` inside a transaction that is rolled back: the database is left as it was.

Scores are per paragraph of the labels: a paragraph is detected when a candidate is proposed on it; its kind is
the first candidate's; its owners are the codes of all its candidates' owners (a paragraph recorded once has its
owners merged, as the labels do). Kind and owner accuracy are counted over the correctly detected paragraphs.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from extraction.evaluation import EVALUATION_DIR

# The owner codes of the labels (left) as the project's actor codes (right): the one place they meet. ISO3 codes and
# organisation acronyms are the same on both sides.
TRUTH_OWNER_CODES = {
    "ALL_STATES_PARTIES": "states-parties",
    "AFFECTED_STATES_PARTIES": "affected-states-parties",
    "STATES_IN_A_POSITION_TO_DO_SO": "states-parties-in-a-position",
    "STATES_NOT_PARTY": "states-not-party",
    "CONFERENCE_PARTICIPANTS": "conference-participants",
}
# The document kind given on upload, from the words of the labels' genre (first match wins): what the ISU says a
# clipped text is. A genre with none of these words is left to the ingestion's own guess.
GENRE_WORDS = [
    ("press release", "press_release"),
    ("communiqué", "press_release"),
    ("news", "news"),
    ("web page", "web_page"),
    ("blog", "web_page"),
    ("summary", "web_page"),
    ("statement", "statement"),
    ("message", "statement"),
    ("declaration", "declaration"),
]
REAL_SPLIT_FILE = EVALUATION_DIR / "real-split.json"
NONE = "none"


def project_owner_code(code: str) -> str:
    return TRUTH_OWNER_CODES.get(code, code)


def genre_kind(genre: str) -> str | None:
    """The kind from the genre's own words before those that describe its source ("statement (UN High Commissioner,
    via Mirage News)" is a statement), else from any of its words."""
    lowered = genre.lower().replace("_", " ")  # (a genre may be written as the kind's code: "press_release")
    head = lowered.split("(")[0]
    return next((kind for words, kind in GENRE_WORDS if words in head), None) or next(
        (kind for words, kind in GENRE_WORDS if words in lowered), None
    )


@dataclass
class OwnerScores:
    """Counts for one scope: detection, and of the correctly detected paragraphs, the right kind and owners."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right_kind: int = 0
    right_owners: int = 0
    paragraphs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, expected: tuple[str, set[str]], predicted: tuple[str, set[str]], where: str) -> None:
        (expected_kind, expected_owners), (predicted_kind, predicted_owners) = expected, predicted
        self.paragraphs += 1
        found, wanted = predicted_kind != NONE, expected_kind != NONE
        self.tp += found and wanted
        self.fp += found and not wanted
        self.fn += wanted and not found
        if found and wanted:
            self.right_kind += predicted_kind == expected_kind
            self.right_owners += predicted_owners == expected_owners
        if (found, predicted_kind, predicted_owners) != (wanted, expected_kind, expected_owners if found else set()):
            self.errors.append(
                f"{where}: expected {expected_kind} {sorted(expected_owners)}, "
                f"proposed {predicted_kind} {sorted(predicted_owners)}"
            )

    def summary(self) -> dict:
        def ratio(part: int, whole: int, empty: float | None = 1.0) -> float | None:
            return round(part / whole, 3) if whole else empty

        return {
            "paragraphs": self.paragraphs,
            "commitments": self.tp + self.fn,
            "precision": ratio(self.tp, self.tp + self.fp),
            "recall": ratio(self.tp, self.tp + self.fn),
            # of the commitments correctly found: none found, nothing to say (null)
            "kind_accuracy": ratio(self.right_kind, self.tp, None),
            "owner_accuracy": ratio(self.right_owners, self.tp, None),
        }


@dataclass
class RealDocument:
    """One labelled real text: its truth paragraphs and, by 1-based position, what is recorded or borderline."""

    stem: str
    path: Path
    language: str
    genre: str
    split: str
    paragraphs: list[str]
    date: datetime.date | None
    recorded: dict[int, tuple[str, set[str]]]
    borderline: set[int]


def real_split(stem: str) -> str:
    """The part of the real development set a document belongs to (the rule is written in ``real-split.json``);
    a document of another set is "all"."""
    splits = json.loads(REAL_SPLIT_FILE.read_text(encoding="utf-8"))["splits"]
    return splits.get(stem, "all")


def split_by_rule(stems: list[str], test_size: int = 12) -> dict[str, str]:
    """The rule ``real-split.json`` was made with: the ``test_size`` stems whose SHA-256 digest sorts first."""
    ordered = sorted(stems, key=lambda stem: hashlib.sha256(stem.encode()).hexdigest())
    return {stem: "test" if stem in ordered[:test_size] else "dev" for stem in stems}


def read_set(folder: Path) -> list[RealDocument]:
    """The documents of a real set, with their labels; a clear error when the folder is not one."""
    truth = folder / "truth"
    for needed in (folder / "docs", truth / "commitments.json", truth / "borderline.json"):
        if not needed.exists():
            raise ValueError(f"{folder} is not a labelled set: {needed.relative_to(folder)} is missing.")
    recorded, borderline = defaultdict(dict), defaultdict(set)
    for entry in json.loads((truth / "commitments.json").read_text(encoding="utf-8")):
        owners = {project_owner_code(code) for code in entry["owners"]}
        recorded[Path(entry["file"]).stem][entry["position"]] = (entry["kind"], owners)
    for entry in json.loads((truth / "borderline.json").read_text(encoding="utf-8")):
        borderline[Path(entry["file"]).stem].add(entry["position"])
    documents = []
    for path in sorted((folder / "docs").glob("*.txt")):
        labels = json.loads((truth / f"{path.stem}.json").read_text(encoding="utf-8"))
        documents.append(
            RealDocument(
                stem=path.stem,
                path=path,
                language=labels["language"],
                genre=labels["genre"],
                split=real_split(path.stem),
                paragraphs=[paragraph["text"] for paragraph in labels["paragraphs"]],
                date=_full_date(labels.get("date")),
                recorded=recorded[path.stem],
                borderline=borderline[path.stem],
            )
        )
    return documents


def _full_date(value) -> datetime.date | None:
    """A truth file's date when it gives the day ("2025-06-23"); "2009-04" or "2022" give none."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


_LEADING_MARK = re.compile(r"^(?:[•\-–·*]\s*|\(?[0-9ivxlcdm]{1,4}[.)]\s+|\(?[a-z][.)]+\s+)", re.IGNORECASE)


def normalise(text: str) -> str:
    return _LEADING_MARK.sub("", " ".join(text.split())).lower()


def match_paragraph(text: str, truth: list[str]) -> int | None:
    """The 1-based position of the truth paragraph a parsed paragraph is (or is part of, or holds): the one they
    share most text with; None for a heading or front matter the labels do not count as a paragraph."""
    mine, best, best_overlap = normalise(text), None, 0
    for position, other in enumerate(truth, start=1):
        theirs = normalise(other)
        shorter, longer = sorted((mine, theirs), key=len)
        if len(shorter) >= min(20, len(longer)) and shorter and shorter in longer and len(shorter) > best_overlap:
            best, best_overlap = position, len(shorter)
    return best


def _merge(proposals, code=lambda owner: owner.code) -> tuple[str, set[str]]:
    if not proposals:
        return NONE, set()
    return proposals[0].kind, {code(owner) for proposal in proposals for owner in proposal.owners}


# The labelling rules of the real sets code a State by its ISO3 code only when it is in the list of States Parties
# (withdrawn ones included) or is the United States; any other State ("China", "Myanmar") can only be labelled
# STATES_NOT_PARTY. (The written sets' labels name every State by its code.)
LABELLED_STATES_NOT_PARTY_EXCEPT = {"USA"}


@cache
def _codes_of_states_parties() -> frozenset[str]:
    from actors.reference_data import STATES_PARTIES_CSV

    with STATES_PARTIES_CSV.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["iso3"] for row in csv.DictReader(handle))


def labelled_code(owner) -> str:
    """An owner's code as the labels can write it: a State that never was a party (but the United States) is one of
    the States not party; the extractor's own output keeps the State."""
    code = owner.code
    if (
        owner.kind == "state"
        and code not in _codes_of_states_parties()
        and code not in LABELLED_STATES_NOT_PARTY_EXCEPT
    ):
        return "states-not-party"
    return code


def proposals_of(name: str, data: bytes, overrides=None) -> list[tuple]:
    """(paragraph, its proposals) of every paragraph the project's ingestion finds in a file; nothing is kept."""
    from django.db import transaction

    from documents.ingestion.pipeline import IngestionRequest, Overrides, ingest
    from documents.ingestion.sources import Source
    from extraction.propose import document_proposals

    with transaction.atomic():
        request = IngestionRequest(source=Source(name=name, data=data), overrides=overrides or Overrides())
        stored = ingest(request).document
        proposals, _warnings = document_proposals(stored)
        by_paragraph = defaultdict(list)
        for proposal in proposals:
            by_paragraph[proposal.paragraph.pk].append(proposal)
        paragraphs = [(p, by_paragraph[p.pk]) for p in stored.paragraphs.current().order_by("position")]
        transaction.set_rollback(True)
    return paragraphs


def _proposals_of(document: RealDocument) -> list[tuple[str, list]]:
    from documents.ingestion.pipeline import Overrides

    # (the date, as staff give it when they ingest a clipping: who was a State Party then decides some owners)
    overrides = Overrides(kind=genre_kind(document.genre), date=document.date)
    return [(p.text, found) for p, found in proposals_of(document.path.name, document.path.read_bytes(), overrides)]


def evaluate_set(folder: Path, split: str | None = None) -> dict[str, OwnerScores]:
    """Scores per language, per "split:language" and per "split:genre" kind, and "all"."""
    scores: dict[str, OwnerScores] = defaultdict(OwnerScores)
    for document in read_set(folder):
        if split and document.split != split:
            continue
        predicted: dict[int | str, list] = defaultdict(list)
        for text, proposals in _proposals_of(document):
            position = match_paragraph(text, document.paragraphs)
            predicted[position or f"unlabelled: {text[:40]}"] += proposals
        keys = list(range(1, len(document.paragraphs) + 1)) + [k for k in predicted if isinstance(k, str)]
        genre = genre_kind(document.genre) or "other"
        for key in keys:
            if key in document.borderline or (isinstance(key, str) and not predicted[key]):
                continue
            expected = document.recorded.get(key, (NONE, set())) if isinstance(key, int) else (NONE, set())
            scopes = ("all", document.language, f"{document.split}:{document.language}", f"{document.split}:{genre}")
            for scope in scopes:
                found = _merge(predicted.get(key, []), labelled_code)
                scores[scope].add(expected, found, f"{document.stem} ¶ {key}")
    return dict(scores)


def evaluate_reviews() -> dict[str, OwnerScores]:
    """The extractor as it is now, against what staff decided: an accepted candidate's paragraph expects the
    commitment's kind and owners, a paragraph whose candidates were all rejected expects none. Paragraphs nobody
    reviewed are not counted. Scores per language and "all"."""
    from documents.models import Document
    from extraction.models import Candidate
    from extraction.propose import ExtractionError, document_proposals

    reviewed = Candidate.objects.exclude(status=Candidate.Review.PENDING).select_related("commitment", "paragraph")
    expected: dict[int, dict[int, tuple[str, set[str]]]] = defaultdict(dict)
    for candidate in reviewed.prefetch_related("owners"):  # an accepted candidate holds the owners as accepted
        decided = expected[candidate.document_id]
        if candidate.status == Candidate.Review.ACCEPTED and candidate.commitment is not None:
            kind, owners = decided.get(candidate.paragraph_id, (candidate.commitment.kind, set()))
            decided[candidate.paragraph_id] = (kind, owners | {owner.code for owner in candidate.owners.all()})
        else:
            decided.setdefault(candidate.paragraph_id, (NONE, set()))
    scores: dict[str, OwnerScores] = defaultdict(OwnerScores)
    for document in Document.objects.filter(pk__in=expected):
        try:
            proposals, _warnings = document_proposals(document)
        except ExtractionError:
            proposals = []
        by_paragraph = defaultdict(list)
        for proposal in proposals:
            by_paragraph[proposal.paragraph.pk].append(proposal)
        languages = dict(document.paragraphs.filter(pk__in=expected[document.pk]).values_list("pk", "language"))
        for paragraph_id, wanted in expected[document.pk].items():
            for scope in ("all", languages.get(paragraph_id, document.language)):
                scores[scope].add(wanted, _merge(by_paragraph[paragraph_id]), f"{document} ¶ {paragraph_id}")
    return dict(scores)


def evaluate_demo_owners() -> dict[str, OwnerScores]:
    """The written set that carries owners: the demo corpus and its ISU review (``extraction/demo/reviewed.json``),
    ingested as ``load_demo`` ingests it. Paragraphs the review does not list expect none."""
    from extraction.demo.review import CORPUS, reviewed_decisions
    from extraction.management.commands.load_demo import DEMO_DOCUMENTS

    overrides = dict(DEMO_DOCUMENTS)
    scores: dict[str, OwnerScores] = defaultdict(OwnerScores)
    for entry in reviewed_decisions():
        decided = {
            d["paragraph"]: (d["kind"], {project_owner_code(code) for code in d.get("owners", [])})
            for d in entry["decisions"]
            if "kind" in d
        }
        path = CORPUS / entry["file"]
        for paragraph, found in proposals_of(path.name, path.read_bytes(), overrides.get(entry["file"])):
            key = paragraph.label or f"[{paragraph.position}]"
            for scope in ("all", paragraph.language):
                scores[scope].add(decided.get(key, (NONE, set())), _merge(found), f"{entry['file']} ¶ {key}")
    return dict(scores)


def evaluate_written_owners() -> dict[str, OwnerScores]:
    """The written documents of ``evaluation/set`` whose blocks carry owners (labelled by someone who had not seen
    the extractor's answers), ingested as uploaded with their genre. A block with no kind expects none. Scores per
    language, per genre ("all:<genre>") and "all"."""
    from documents.ingestion.evaluation import documents
    from documents.ingestion.pipeline import Overrides
    from extraction.evaluation import GENRE_KINDS

    scores: dict[str, OwnerScores] = defaultdict(OwnerScores)
    for document in documents():
        kinded = [block for block in document.paragraphs if block.get("kind")]
        if not kinded or not all("owners" in block for block in kinded):
            continue
        expected = {
            normalise(block["text"]): (block["kind"], {project_owner_code(code) for code in block["owners"]})
            for block in kinded
        }
        file_name, data = document.file()
        overrides = Overrides(kind=GENRE_KINDS.get(document.genre))
        for paragraph, found in proposals_of(file_name, data, overrides):
            wanted = expected.get(normalise(paragraph.text), (NONE, set()))
            where = f"{document.name} ¶ {paragraph.label or paragraph.position}"
            for scope in ("all", paragraph.language, f"all:{document.genre}"):
                scores[scope].add(wanted, _merge(found), where)
    return dict(scores)


_SCORE_ROW = re.compile(r"^(en|fr|es)\s+\d+\s+(\d+)\s")
_ERROR_LINE = re.compile(r"^\s+(\S+) ¶ .*?: expected (\w+) (\[.*?\]), proposed (\w+) (\[.*?\])")


def pool_score_files(texts: list[str]) -> dict[str, OwnerScores]:
    """Several sets' score files (``evaluate_extraction --set ... --errors`` output) pooled per language and "all":
    the recorded paragraphs from each table's language rows, the misses, false alarms and wrong owners from the
    error lines (a document's language is its stem's suffix, -fr or -es, else English)."""
    pooled: dict[str, OwnerScores] = defaultdict(OwnerScores)
    for text in texts:
        for line in text.splitlines():
            if row := _SCORE_ROW.match(line):
                for scope in (row.group(1), "all"):
                    pooled[scope].tp += int(row.group(2))  # (recorded, until the misses are taken off)
            elif error := _ERROR_LINE.match(line):
                stem, expected, expected_owners, found, found_owners = error.groups()
                language = stem.rsplit("-", 1)[-1] if stem.endswith(("-fr", "-es")) else "en"
                for scope in (language, "all"):
                    score = pooled[scope]
                    score.fp += expected == NONE and found != NONE
                    score.fn += expected != NONE and found == NONE
                    score.right_owners -= expected != NONE and found != NONE and expected_owners != found_owners
    for score in pooled.values():
        score.tp -= score.fn
        score.right_owners += score.tp  # (of those found, all but the wrong ones)
    return dict(pooled)

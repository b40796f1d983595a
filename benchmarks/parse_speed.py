"""Parsing speed and memory on a generated multi-page document.

    .venv/bin/python benchmarks/parse_speed.py [--pages 300] [--pdf]

Generates a document of N pages (hard-wrapped numbered paragraphs in English, French and Spanish, headings,
lettered sub-items, running headers, page numbers and job-number footers), then measures, in the same run:

- the baseline: reading the same pages and splitting them on blank lines (what any parser must at least do);
- the tracker's parser (segmentation, structure, language detection, anchors), consuming paragraphs as a stream.

Reports paragraphs per second, the ratio to the baseline, and the peak memory (tracemalloc) for N pages and for
N/3 pages: with pages streamed, peak memory should not grow with the page count. With --pdf the document is a
real PDF (fpdf2) read by pypdf page by page, and PDF text extraction is included in the time.
No database is involved: this measures the parser alone, on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django

django.setup()

from documents.ingestion.pipeline import parse_stream  # noqa: E402
from documents.ingestion.sources import Source, read_pages  # noqa: E402
from documents.ingestion.structure import Outline  # noqa: E402

SENTENCES = {
    "en": "The States Parties will continue to strengthen their cooperation with international organisations "
    "and civil society in order to improve the implementation of the Convention in every affected region.",
    "fr": "Les États parties continueront de renforcer leur coopération avec les organisations internationales "
    "et la société civile afin d'améliorer la mise en œuvre de la Convention dans chaque région touchée.",
    "es": "Los Estados partes seguirán fortaleciendo su cooperación con las organizaciones internacionales y la "
    "sociedad civil a fin de mejorar la aplicación de la Convención en cada una de las regiones afectadas.",
}
WIDTH = 90


def wrap(text: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def generated_pages(count: int) -> list[str]:
    pages, number = [], 0
    languages = list(SENTENCES)
    for page in range(1, count + 1):
        language = languages[(page // 10) % 3]
        lines = ["APLC/MSP.99/2030/BENCH", ""]
        if page % 5 == 1:
            lines += [f"Section {page // 5 + 1} of the generated report", ""]
        for item in range(8):
            number += 1
            lines += [*wrap(f"{number % 99 + 1}. {SENTENCES[language]} {SENTENCES[language]}"), ""]
            if item == 3:
                for letter in "abc":
                    lines += [*wrap(f"{letter}) {SENTENCES[language]}"), ""]
        lines += [f"GE.30-{10000 + page}", str(page)]
        pages.append("\n".join(lines))
    return pages


def pdf_source(pages: list[str]) -> Source:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    for page in pages:
        pdf.add_page()
        for line in page.split("\n"):
            pdf.cell(0, 4, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return Source(name="bench.pdf", data=bytes(pdf.output()))


def text_source(pages: list[str]) -> Source:
    return Source(name="bench.txt", data="\f".join(pages).encode("utf-8"))


def baseline(source: Source) -> tuple[int, float]:
    start = time.perf_counter()
    count = sum(len([block for block in page.split("\n\n") if block.strip()]) for page in read_pages(source))
    return count, time.perf_counter() - start


def measure(source: Source) -> tuple[int, float, int]:
    """Paragraphs parsed, seconds, peak bytes allocated while parsing (the input itself excluded).

    Time and memory come from two runs: tracing allocations slows Python down."""
    start = time.perf_counter()
    count = sum(1 for _paragraph in parse_stream(source, Outline()))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    sum(1 for _paragraph in parse_stream(source, Outline()))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--pdf", action="store_true", help="generate a PDF and include text extraction")
    arguments = parser.parse_args()
    make = pdf_source if arguments.pdf else text_source
    parse_stream(text_source(generated_pages(1)), Outline())  # warm up: language models load once
    list(parse_stream(text_source(generated_pages(3)), Outline()))

    small, large = make(generated_pages(max(arguments.pages // 3, 1))), make(generated_pages(arguments.pages))
    base_count, base_time = baseline(large)
    count, elapsed, peak_large = measure(large)
    _small_count, _small_elapsed, peak_small = measure(small)
    kind = "PDF (pypdf extraction included)" if arguments.pdf else "text"
    print(f"document: {arguments.pages} pages, {kind}, {len(large.data) / 1e6:.1f} MB")
    print(
        f"baseline (read pages, split on blank lines): {base_count} blocks in {base_time:.3f} s "
        f"= {base_count / base_time:,.0f} blocks/s"
    )
    print(
        f"parser: {count} paragraphs in {elapsed:.3f} s = {count / elapsed:,.0f} paragraphs/s "
        f"({elapsed / base_time:.1f}x the baseline's time)"
    )
    print(
        f"peak memory while parsing: {peak_small / 1e6:.2f} MB for {arguments.pages // 3} pages, "
        f"{peak_large / 1e6:.2f} MB for {arguments.pages} pages (ratio {peak_large / peak_small:.2f})"
    )
    target = 2000
    print(f"target >= {target} paragraphs/s: {'met' if count / elapsed >= target else 'NOT met'}")


if __name__ == "__main__":
    main()

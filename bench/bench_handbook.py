"""Handbook: reader render time and queries, search, and the PDF edition build time (demo and 200 sections)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time


def _generated_book(home, *, chapters: int, sections_per_chapter: int):
    """A big book built from the demo sections' text (pages written directly: only the PDF is measured)."""
    from handbook.demo import load_handbook, raw_body
    from handbook.models import HandbookChapterPage, HandbookPage, HandbookSectionPage

    handbook = load_handbook()
    samples = [section for chapter in handbook["chapters"] for section in chapter["sections"]]
    book = HandbookPage(
        title="Sổ tay thử tải 200 mục", slug="so-tay-thu-tai", introduction=handbook["introduction"]
    )
    home.add_child(instance=book)
    count = 0
    for chapter_index in range(1, chapters + 1):
        chapter = HandbookChapterPage(title=f"Chương thử tải {chapter_index}", slug=f"chuong-{chapter_index}")
        book.add_child(instance=chapter)
        for section_index in range(1, sections_per_chapter + 1):
            sample = samples[count % len(samples)]
            count += 1
            section = HandbookSectionPage(
                title=f"{sample['title']} ({chapter_index}.{section_index})",
                slug=f"muc-{chapter_index}-{section_index}",
                summary=sample["summary"],
                body=raw_body(sample["body"], section_ids={}),
            )
            chapter.add_child(instance=section)
    return book


class _QueryLog(list):
    """A database execute wrapper that records each statement."""

    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


def run(report) -> None:
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connection, transaction
    from django.test import Client, override_settings

    from bench.run import timed
    from cms_site.models import HomePage
    from handbook.demo import seed_handbook
    from handbook.models import HandbookChapterPage, HandbookSectionPage
    from handbook.services import build_handbook_edition

    media = tempfile.mkdtemp(prefix="bench-handbook-")
    try:
        with override_settings(MEDIA_ROOT=media):
            start = time.perf_counter()
            with transaction.atomic():
                book = seed_handbook()
            report(
                "seed the demo handbook (8 chapters, 28 sections, with its PDF)",
                (time.perf_counter() - start) * 1000,
                "ms",
            )

            # As under the test runner: keep the one connection between requests, or the query log is lost.
            request_started.disconnect(close_old_connections)
            request_finished.disconnect(close_old_connections)
            client = Client(HTTP_ACCEPT_LANGUAGE="vi")
            section = HandbookSectionPage.objects.live().descendant_of(book).order_by("path")[5]
            chapter = HandbookChapterPage.objects.live().child_of(book).order_by("path")[1]
            for label, url in [
                ("section page", section.url),
                ("chapter page", chapter.url),
                ("book page (full table of contents)", book.url),
                ("search 'nguoi phat ngon'", book.url + "tim-kiem/?q=nguoi+phat+ngon"),
            ]:
                assert client.get(url).status_code == 200
                queries = _QueryLog()
                with connection.execute_wrapper(queries):
                    client.get(url)
                median, _worst = timed(lambda url=url: client.get(url), repeat=30)
                report(f"handbook {label}: median render", median, "ms")
                report(f"handbook {label}: queries", len(queries), "queries")
                if os.environ.get("BENCH_SHOW_QUERIES"):
                    print("\n".join(f"    {sql[:160]}" for sql in queries))

            median, _worst = timed(lambda: build_handbook_edition(book, force=True), repeat=3)
            edition = build_handbook_edition(book)
            report("PDF build, demo handbook (gather + render + save; median of 3)", median, "ms")
            report("PDF size, demo handbook", (edition.size or 0) / 1024, "KB")
            report("PDF pages, demo handbook", edition.page_count or 0, "pages")

            home = HomePage.objects.get()
            big = _generated_book(home, chapters=10, sections_per_chapter=20)
            start = time.perf_counter()
            edition = build_handbook_edition(big)
            report(
                "PDF build, generated handbook of 200 sections", (time.perf_counter() - start) * 1000, "ms"
            )
            report("PDF size, 200 sections", (edition.size or 0) / 1024, "KB")
            report("PDF pages, 200 sections", edition.page_count or 0, "pages")
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        shutil.rmtree(media, ignore_errors=True)

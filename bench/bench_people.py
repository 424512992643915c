"""People: the official Vietnamese sort and the organisation import."""

from __future__ import annotations

import csv
import io
import random
import time


def run(report) -> None:
    from bench.run import timed
    from lms.people.services import import_organisations
    from lms.text import person_sort_key

    rng = random.Random(7)
    given = ["An", "Ánh", "Ăn", "Ân", "Bình", "Dương", "Đặng", "Uyên", "Ư", "Nhung", "Hồng", "Việt", "Yến"]
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    people = [
        {
            "given_name": rng.choice(given),
            "family_name": rng.choice(family),
            "middle_name": rng.choice(["Thị", "Văn", "Hồng", ""]),
        }
        for _ in range(10_000)
    ]
    median, _worst = timed(lambda: sorted(people, key=lambda p: person_sort_key(**p)), repeat=5)
    report("sort 10,000 names the official Vietnamese way (median)", median, "ms")

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["code", "name", "level", "parent"])
    # Codes of their own: the reports bench, run after this one on the same database, generates "BENCH-…".
    writer.writerow(["IMPORT-P", "Tỉnh Thử Nghiệm", "province", ""])
    for index in range(2_000):
        writer.writerow([f"IMPORT-X{index}", f"Xã Thử Nghiệm {index}", "commune", "IMPORT-P"])
    data = buffer.getvalue().encode()
    start = time.perf_counter()
    import_organisations(io.BytesIO(data), "bench.csv")
    report("import 2,001 organisations from CSV (first run)", (time.perf_counter() - start) * 1000, "ms")
    start = time.perf_counter()
    import_organisations(io.BytesIO(data), "bench.csv")
    report("re-import of the same file (no change)", (time.perf_counter() - start) * 1000, "ms")

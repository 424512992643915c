"""The administrative levels in force, including the district level dissolved on 1 July 2025 (data)."""

import datetime

from django.db import migrations

LEVELS = [
    # code, name, rank, valid_from, valid_until
    ("central", "Bộ, ngành Trung ương", 0, None, None),
    ("province", "Tỉnh, thành phố trực thuộc Trung ương", 1, None, None),
    ("department", "Sở, ban, ngành cấp tỉnh", 2, None, None),
    ("district", "Quận, huyện, thị xã, thành phố thuộc tỉnh", 3, None, datetime.date(2025, 6, 30)),
    ("commune", "Xã, phường, đặc khu", 4, None, None),
    ("press", "Cơ quan báo chí", 5, None, None),
]


def create_levels(apps, schema_editor):
    AdministrativeLevel = apps.get_model("people", "AdministrativeLevel")
    for code, name, rank, valid_from, valid_until in LEVELS:
        AdministrativeLevel.objects.update_or_create(
            code=code, defaults={"name": name, "rank": rank, "valid_from": valid_from, "valid_until": valid_until}
        )


def remove_levels(apps, schema_editor):
    AdministrativeLevel = apps.get_model("people", "AdministrativeLevel")
    AdministrativeLevel.objects.filter(code__in=[level[0] for level in LEVELS], organisations__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("people", "0002_roles")]

    operations = [migrations.RunPython(create_levels, remove_levels)]

"""Programme managers edit the yearly plan (data, reversible)."""

from django.db import migrations

MANAGERS = "Programme managers"
ACTIONS = ["add", "change", "view"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=MANAGERS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="reports", codename__in=[f"{action}_programmeyear" for action in ACTIONS]
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=MANAGERS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="reports"))


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_programme_year"), ("people", "0002_roles")]
    operations = [migrations.RunPython(grant, revoke)]

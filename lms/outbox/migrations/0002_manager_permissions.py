"""Let the Programme managers group see the outbox and resend e-mails (view, change); reversible.

Trainers, editors and trainees get nothing here: the outbox holds people's addresses and one-time links.
"""

from django.db import migrations

MANAGERS = "Programme managers"
CODENAMES = ["view_outboxmessage", "change_outboxmessage"]


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("outbox")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    managers, _created = Group.objects.get_or_create(name=MANAGERS)
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label="outbox", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=MANAGERS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="outbox"))


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_outbox_messages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

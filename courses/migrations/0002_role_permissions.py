"""Give the Trainers and Programme managers groups their rights on sessions and enrolments (reversible).

Trainers may view and change sessions and enrolments; the admin views narrow that to their own sessions.
Programme managers have every right on the courses models.
"""

from django.db import migrations

TRAINERS = "Trainers"
MANAGERS = "Programme managers"
MODELS = ["trainingsession", "sessionday", "enrolment", "enrolmentevent", "bulkenrolmentjob", "lessonprogress"]
TRAINER_PERMISSIONS = [
    ("trainingsession", ["view", "change"]),
    ("sessionday", ["view", "add", "change", "delete"]),
    ("enrolment", ["view", "add", "change"]),
    ("enrolmentevent", ["view"]),
    ("bulkenrolmentjob", ["view", "add"]),
]


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permissions(apps, entries):
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model, actions in entries for action in actions]
    return list(Permission.objects.filter(content_type__app_label="courses", codename__in=codenames))


def grant(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    trainers, _created = Group.objects.get_or_create(name=TRAINERS)
    managers, _created = Group.objects.get_or_create(name=MANAGERS)
    trainers.permissions.add(*_permissions(apps, TRAINER_PERMISSIONS))
    managers.permissions.add(*_permissions(apps, [(model, ["add", "change", "delete", "view"]) for model in MODELS]))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="courses")
    for group in Group.objects.filter(name__in=[TRAINERS, MANAGERS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Give Trainers, Editors and Programme managers their rights on quizzes (reversible).

Trainers and Editors author the question bank and quizzes; Trainers and managers also read attempts
(the results screens narrow trainers to their own sessions). Programme managers have every right.
"""

from django.db import migrations

TRAINERS = "Trainers"
EDITORS = "Editors"
MANAGERS = "Programme managers"
AUTHORING = [
    ("question", ["add", "change", "delete", "view"]),
    ("choice", ["add", "change", "delete", "view"]),
    ("quiz", ["add", "change", "delete", "view"]),
    ("quizcategoryrule", ["add", "change", "delete", "view"]),
]
RESULTS = [("quizattempt", ["view"]), ("attemptanswer", ["view"])]
ALL = [
    (model, ["add", "change", "delete", "view"])
    for model in ["question", "choice", "quiz", "quizcategoryrule", "quizattempt", "attemptanswer"]
]
GRANTS = {TRAINERS: AUTHORING + RESULTS, EDITORS: AUTHORING, MANAGERS: ALL}


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permissions(apps, entries):
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model, actions in entries for action in actions]
    return list(Permission.objects.filter(content_type__app_label="quizzes", codename__in=codenames))


def grant(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, entries in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, entries))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="quizzes")
    for group in Group.objects.filter(name__in=list(GRANTS)):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_question_bank_quizzes_attempts"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

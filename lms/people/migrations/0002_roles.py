"""Create the four role groups with their admin and page permissions (data, reversible)."""

from django.db import migrations

TRAINEES = "Trainees"
TRAINERS = "Trainers"
EDITORS = "Editors"
MANAGERS = "Programme managers"

MODEL_PERMISSIONS = {
    TRAINERS: [("wagtailadmin", "admin", ["access"])],
    EDITORS: [("wagtailadmin", "admin", ["access"])],
    MANAGERS: [
        ("wagtailadmin", "admin", ["access"]),
        ("people", "organisation", ["add", "change", "view"]),
        ("people", "administrativelevel", ["view"]),
        ("people", "spokesperson", ["add", "change", "delete", "view"]),
    ],
}
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page", "unlock_page"],
    MANAGERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    EDITORS: [("wagtailimages", "image", ["add", "change", "choose"]), ("wagtaildocs", "document", ["add", "change", "choose"])],
    MANAGERS: [("wagtailimages", "image", ["add", "change", "choose"]), ("wagtaildocs", "document", ["add", "change", "choose"])],
}


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permission(apps, app_label, model, action):
    Permission = apps.get_model("auth", "Permission")
    codename = f"{action}_{model}" if action != "access" else "access_admin"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (TRAINEES, TRAINERS, EDITORS, MANAGERS)}
    for name, entries in MODEL_PERMISSIONS.items():
        for app_label, model, actions in entries:
            for action in actions:
                groups[name].permissions.add(_permission(apps, app_label, model, action))
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for name, codenames in PAGE_PERMISSIONS.items():
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=groups[name], page=root_page, permission=permission)
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for name, entries in COLLECTION_PERMISSIONS.items():
            for app_label, model, actions in entries:
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name], collection=root_collection, permission=_permission(apps, app_label, model, action)
                    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[TRAINEES, TRAINERS, EDITORS, MANAGERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

"""The editorial workflow "Duyệt nội dung": editors submit, programme managers approve (data, reversible).

It is assigned to the site's home page, so it covers the handbook and the course pages below it; the
nearer assignment wins over Wagtail's default "Moderators approval" on the root page. Editors and
programme managers may also see the handbook's PDF editions in the admin.
"""

from django.db import migrations

WORKFLOW_NAME = "Duyệt nội dung"
TASK_NAME = "Ban quản lý chương trình phê duyệt"
REVIEWERS = "Programme managers"
EDITORS = "Editors"


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("handbook")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")

    reviewers = Group.objects.filter(name=REVIEWERS).first()
    if reviewers is None:
        return
    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.set([reviewers])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    home = Page.objects.filter(depth=2).order_by("path").first()
    if home is not None and not WorkflowPage.objects.filter(page=home).exists():
        WorkflowPage.objects.create(page=home, workflow=workflow)

    _ensure_permissions(apps)
    view_editions = Permission.objects.get(content_type__app_label="handbook", codename="view_handbookedition")
    for group in Group.objects.filter(name__in=[REVIEWERS, EDITORS]):
        group.permissions.add(view_editions)


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    workflows = Workflow.objects.filter(name=WORKFLOW_NAME)
    WorkflowPage.objects.filter(workflow__in=workflows).delete()
    WorkflowState.objects.filter(workflow__in=workflows).delete()
    workflows.delete()
    GroupApprovalTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("handbook", "0001_handbook_pages_and_pdf_editions"),
        ("people", "0002_roles"),
        ("cms_site", "0002_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]

"""Editorial workflow: editors submit, programme managers approve; editors cannot publish or manage users."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from handbook.models import HandbookChapterPage, HandbookSectionPage
from tests.conftest import login
from tests.handbook.factories import make_book

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    make_book(home, [1])
    return HandbookSectionPage.objects.get()


def submit(page, user):
    """What the editor's "Submit for moderation" button does."""
    page.save_revision(user=user)
    workflow = page.get_workflow()
    return workflow.start(page, user)


def test_handbook_pages_are_under_the_review_workflow(section):
    workflow = section.get_workflow()
    assert workflow.name == "Duyệt nội dung"
    assert [task.specific.groups.get().name for task in workflow.tasks.all()] == ["Programme managers"]


def test_editor_submits_manager_approves_and_the_page_goes_live(client, section, editor, manager):
    section.title = "Tiêu đề đã sửa"
    state = submit(section, editor)
    section.refresh_from_db()
    assert section.title == "Mục 1-1 của sổ tay"  # still the published title while in review
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    login(client, manager)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[section.pk, "approve", state.current_task_state.pk]
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    section.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert section.live and section.title == "Tiêu đề đã sửa"
    assert client.get(section.url).content.decode().count("Tiêu đề đã sửa") >= 1


def test_editor_cannot_approve_or_publish(client, section, editor):
    state = submit(section, editor)
    assert not section.permissions_for_user(editor).can_publish()
    login(client, editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[section.pk, "approve", state.current_task_state.pk]
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code in (302, 403)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_editor_can_edit_handbook_pages_but_not_see_users(client, section, editor):
    login(client, editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[section.pk])).status_code == 200
    response = client.get(reverse("wagtailusers_users:index"))
    assert response.status_code in (302, 403)


def test_manager_can_request_changes(client, section, editor, manager):
    state = submit(section, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, manager, "reject")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_scheduled_publishing_after_approval(section, editor, manager):
    chapter = HandbookChapterPage.objects.get()
    go_live = timezone.now() + timedelta(days=1)
    section.go_live_at = go_live
    state = submit(section, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, manager, "approve")
    section.refresh_from_db()
    revision = section.latest_revision
    assert abs(revision.approved_go_live_at - go_live) < timedelta(
        seconds=1
    )  # approved, waiting for its time
    assert section.live  # the earlier published version stays online meanwhile

    later = timezone.now() + timedelta(days=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    section.refresh_from_db()
    assert section.latest_revision.approved_go_live_at is None
    assert section.live_revision_id == revision.pk
    assert chapter.pk  # the chapter is untouched

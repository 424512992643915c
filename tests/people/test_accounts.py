"""Sign-up, e-mail verification, login by e-mail, the profile, and who may open the admin."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse

from lms.outbox.models import OutboxMessage
from lms.people.models import TraineeCategory, User
from tests.conftest import login
from tests.factories import PASSWORD, OrganisationFactory

pytestmark = pytest.mark.django_db


def signup_data(**overrides):
    data = {
        "email": "Nhung.Nguyen@Example.vn",
        "family_name": "Nguyễn",
        "middle_name": "Thị Hồng",
        "given_name": "Nhung",
        "date_of_birth": "1990-05-14",
        "phone": "0912 345 678",
        "position": "Chuyên viên",
        "trainee_category": TraineeCategory.COMMUNICATION_OFFICER,
        "password1": "Truyen-thong-2026!",
        "password2": "Truyen-thong-2026!",
    }
    data.update(overrides)
    return data


def test_signup_with_every_field_then_verify_email_then_login(client, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory(name="Sở Văn hóa và Thể thao Thành phố Hà Nội")
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Họ", "Tên đệm", "Tên", "Đơn vị công tác", "Chức vụ"):
        assert label in html
    assert organisation.name in html

    # allauth's e-mails go through the outbox: sent after the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), signup_data(organisation=organisation.pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email="nhung.nguyen@example.vn")
    assert (user.family_name, user.middle_name, user.given_name) == ("Nguyễn", "Thị Hồng", "Nhung")
    assert user.full_name == "Nguyễn Thị Hồng Nhung"
    assert user.organisation == organisation
    assert user.position == "Chuyên viên"
    assert str(user.date_of_birth) == "1990-05-14"
    assert user.trainee_category == TraineeCategory.COMMUNICATION_OFFICER
    assert user.groups.filter(name=settings.ROLE_TRAINEES).exists()

    # Verification is mandatory: no session until the link in the e-mail is followed.
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert OutboxMessage.objects.get().kind == "account/email/email_confirmation_signup"
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_login"), {"login": "nhung.nguyen@example.vn", "password": "Truyen-thong-2026!"}
        )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]

    link = re.search(r"https?://[^\s]+/confirm-email/[^\s]+", mail.outbox[-1].body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "NHUNG.NGUYEN@example.vn", "password": "Truyen-thong-2026!"}
    )
    assert response.status_code == 302
    assert client.get(reverse("people:profile")).status_code == 200


def test_signup_with_an_unlisted_work_unit(client):
    response = client.post(
        reverse("account_signup"),
        signup_data(organisation="", organisation_unlisted="Ủy ban nhân dân xã Mới Lập"),
    )
    assert response.status_code == 302
    user = User.objects.get(email="nhung.nguyen@example.vn")
    assert user.organisation is None
    assert user.organisation_unlisted == "Ủy ban nhân dân xã Mới Lập"
    assert user.work_unit == "Ủy ban nhân dân xã Mới Lập"


def test_signup_errors_are_in_vietnamese_and_nothing_is_saved(client):
    response = client.post(
        reverse("account_signup"),
        signup_data(given_name="", organisation="", organisation_unlisted="", password2="khac-nhau-2026!"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Trường này là bắt buộc." in html
    assert "Chọn đơn vị công tác" in html
    assert not User.objects.exists()


def test_login_is_by_email(client, trainee):
    response = client.get(reverse("account_login"))
    assert 'type="email"' in response.content.decode()
    response = client.post(reverse("account_login"), {"login": trainee.email.upper(), "password": PASSWORD})
    assert response.status_code == 302
    assert response.wsgi_request.user == trainee


def test_profile_shows_and_saves_the_persons_details(client, trainee):
    login(client, trainee)
    response = client.get(reverse("people:profile"))
    assert response.status_code == 200
    assert "Nhung" in response.content.decode()
    new_unit = OrganisationFactory(name="Đặc khu Vân Đồn")
    response = client.post(
        reverse("people:profile"),
        {
            "family_name": "Nguyễn",
            "middle_name": "Thị",
            "given_name": "Hồng Nhung",
            "date_of_birth": "1991-02-05",
            "phone": "0987 000 111",
            "organisation": new_unit.pk,
            "position": "Công chức văn hóa - xã hội",
            "trainee_category": TraineeCategory.GRASSROOTS,
        },
    )
    assert response.status_code == 302
    trainee.refresh_from_db()
    assert trainee.full_name == "Nguyễn Thị Hồng Nhung"
    assert trainee.organisation == new_unit
    assert trainee.trainee_category == TraineeCategory.GRASSROOTS


def test_profile_requires_login(client):
    response = client.get(reverse("people:profile"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_trainee_cannot_open_the_admin(client, trainee):
    login(client, trainee)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_editor_can_edit_a_page_but_not_see_users(client, editor):
    from cms_site.models import HomePage

    login(client, editor)
    home = HomePage.objects.get()
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    assert client.get("/admin/users/").status_code in {302, 403}
    assert client.get("/admin/groups/").status_code in {302, 403}
    assert client.get("/admin/people/organisations/").status_code in {302, 403}


def test_manager_manages_the_directory_but_not_users(client, manager):
    login(client, manager)
    assert client.get("/admin/people/organisations/").status_code == 200
    assert client.get("/admin/people/spokespersons/").status_code == 200
    assert client.get("/admin/users/").status_code in {302, 403}


def test_trainer_reaches_the_admin_but_not_users_or_pages_editing(client, trainer):
    from cms_site.models import HomePage

    login(client, trainer)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/users/").status_code in {302, 403}
    assert client.get(f"/admin/pages/{HomePage.objects.get().pk}/edit/").status_code in {302, 403}


def test_superuser_edits_users_with_name_parts(client, superuser, trainee):
    login(client, superuser)
    response = client.get(f"/admin/users/edit/{trainee.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="family_name"' in html and 'name="given_name"' in html


def test_role_groups_exist_with_admin_access_only_for_staff_roles():
    from django.contrib.auth.models import Group

    groups = {group.name: group for group in Group.objects.prefetch_related("permissions")}
    assert set(groups) >= {"Trainees", "Trainers", "Editors", "Programme managers"}
    assert not groups["Trainees"].permissions.exists()
    for name in ("Trainers", "Editors", "Programme managers"):
        assert groups[name].permissions.filter(codename="access_admin").exists()
    assert not groups["Editors"].permissions.filter(content_type__app_label="people").exists()


def test_password_reset_sends_a_link_that_sets_a_new_password(
    client, trainee, django_capture_on_commit_callbacks
):
    page = client.get(reverse("account_reset_password")).content.decode()
    assert "Đặt lại mật khẩu" in page or "đặt lại mật khẩu" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": trainee.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert OutboxMessage.objects.get(to=trainee.email).status == "sent"
    link = re.search(r"https?://\S+/password/reset/key/\S+", mail.outbox[0].body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    response = client.get(path)
    assert response.status_code == 302  # allauth moves the key into the session
    response = client.post(
        response["Location"], {"password1": "Mat-khau-moi-2026!", "password2": "Mat-khau-moi-2026!"}
    )
    assert response.status_code == 302
    trainee.refresh_from_db()
    assert trainee.check_password("Mat-khau-moi-2026!")


def test_change_of_email_page_is_styled_and_translated(client, trainee):
    login(client, trainee)
    response = client.get(reverse("account_email"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html  # the site's layout, not allauth's bare page
    assert "Email" in html and trainee.email in html


def test_failed_logins_are_rate_limited(client, trainee, settings):
    from django.core.cache import cache

    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    cache.clear()
    pages = [
        client.post(
            reverse("account_login"), {"login": trainee.email, "password": "sai-mat-khau"}
        ).content.decode()
        for _ in range(4)
    ]
    # Even the right password is refused until the limit expires.
    blocked = client.post(reverse("account_login"), {"login": trainee.email, "password": PASSWORD})
    cache.clear()
    message = "Bạn đã đăng nhập không thành công quá nhiều lần"
    assert not any(message in html for html in pages[:3])
    assert message in pages[3]
    assert message in blocked.content.decode()
    assert blocked.wsgi_request.user.is_anonymous


def test_malformed_token_id_is_not_a_server_error(client, trainee):
    login(client, trainee)
    response = client.post("/tai-khoan/ma-api/", {"action": "revoke", "token": "abc"})
    assert response.status_code == 302


@pytest.mark.parametrize("value", ["²", "-1", "1.5", "", None, "99999999999", True])
def test_id_parser_refuses_what_is_not_a_database_id(value):
    from lms.http import id_or_none

    assert id_or_none(value) is None

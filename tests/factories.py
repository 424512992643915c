"""factory_boy factories shared by every test module."""

from __future__ import annotations

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from lms.outbox.models import OutboxMessage
from lms.people.models import AdministrativeLevel, Organisation, Spokesperson, TraineeCategory, User

# Every factory-made person's password (tests sign in with it through the forms).
PASSWORD = "Mat-khau-2026!"


class AdministrativeLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdministrativeLevel
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"level-{n}")
    name = factory.Sequence(lambda n: f"Cấp {n}")
    rank = 1


def level(code: str) -> AdministrativeLevel:
    """One of the levels the data migration created."""
    return AdministrativeLevel.objects.get(code=code)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Sở Văn hóa số {n}")
    type = "Sở"
    level = factory.LazyFunction(lambda: level("department"))
    code = factory.Sequence(lambda n: f"ORG-{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"nguoi{n}@example.vn")
    family_name = "Nguyễn"
    middle_name = "Văn"
    given_name = factory.Iterator(["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nhung"])
    organisation = factory.SubFactory(OrganisationFactory)
    trainee_category = TraineeCategory.COMMUNICATION_OFFICER
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def email_verified(self, create, extracted, **kwargs):
        """The account's e-mail is verified (mandatory in the tests) unless `email_verified=False`."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        for role in extracted or []:
            self.groups.add(Group.objects.get(name=role))
        self.save()


class SpokespersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spokesperson

    organisation = factory.SubFactory(OrganisationFactory)
    family_name = "Trần"
    middle_name = "Thị"
    given_name = "Mai"
    position = "Chánh Văn phòng"


class OutboxMessageFactory(factory.django.DjangoModelFactory):
    """An e-mail row of the outbox, written directly (queueing one would send it at once in tests)."""

    class Meta:
        model = OutboxMessage

    key = factory.Sequence(lambda n: f"test:{n}")
    kind = "test"
    to = factory.Sequence(lambda n: f"nguoi-nhan-{n}@example.vn")
    subject = "Thư"
    body_text = "x"

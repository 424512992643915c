from allauth.account.adapter import DefaultAccountAdapter

from lms.text import nfc


class AccountAdapter(DefaultAccountAdapter):
    """Saves the person's details from the sign-up form together with the account."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        person_data = getattr(form, "person_data", None)
        if person_data:
            for name, value in person_data().items():
                if value is not None:
                    setattr(user, name, nfc(value))
        if commit:
            user.save()
        return user

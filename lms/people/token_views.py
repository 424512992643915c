"""The personal API tokens page: a person creates and revokes their own tokens for the JSON API."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from lms.http import id_or_none

from .tokens import TokenError, active_tokens, create_api_token, revoke_api_token


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Token name"),
        max_length=80,
        help_text=gettext_lazy("What the token is for, e.g. “Zalo bot”."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request):
    form = ApiTokenForm(request.POST if request.POST.get("action") == "create" else None)
    new_key = None
    if request.method == "POST" and request.POST.get("action") == "revoke":
        token_id = id_or_none(request.POST.get("token"))
        if token_id and revoke_api_token(token_id, user=request.user):
            messages.success(request, _("The token has been revoked."))
        return redirect("people:api_tokens")
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_key = create_api_token(request.user, name=form.cleaned_data["name"])
        except TokenError as exc:
            messages.error(request, exc.message)
        else:
            form = ApiTokenForm()
    return render(
        request,
        "people/api_tokens.html",
        {
            "form": form,
            "tokens": list(active_tokens(request.user)),
            "new_key": new_key,
            "page_title": _("API tokens"),
        },
    )

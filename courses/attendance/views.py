"""Public views of attendance: the trainee's side of the QR self check-in."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from courses.models import SessionDay

from . import services
from .errors import CheckInError

# A trainee who scans before signing in keeps their scan for this long while they sign in.
PENDING_KEY = "attendance_check_in"
PENDING_MAX = timedelta(minutes=10)


def _pending_moment(request, day: SessionDay, code: str) -> datetime | None:
    pending = request.session.pop(PENDING_KEY, None)
    if not isinstance(pending, dict) or pending.get("day") != day.pk or pending.get("code") != code:
        return None
    try:
        scanned = datetime.fromisoformat(pending["at"])
    except (KeyError, TypeError, ValueError):
        return None
    if timezone.now() - scanned > PENDING_MAX:
        return None
    return scanned


@never_cache
@require_GET
def check_in(request, day_id: int, code: str):
    """Opened from the QR code: a signed-in confirmed trainee is marked present (or late)."""
    day = get_object_or_404(SessionDay.objects.select_related("session__course"), pk=day_id)
    context = {"day": day, "session": day.session}
    now = timezone.now()
    if not request.user.is_authenticated:
        try:
            services.validate_code(day, code, now=now)
        except CheckInError as exc:
            return render(request, "attendance/check_in.html", {**context, "error": exc}, status=400)
        # The code lives a minute; signing in may take longer. Remember when it was scanned, server side.
        request.session[PENDING_KEY] = {"day": day.pk, "code": code, "at": now.isoformat()}
        return redirect_to_login(request.get_full_path())
    moment = _pending_moment(request, day, code) or now
    try:
        result = services.check_in_with_code(day, code, user=request.user, now=moment)
    except CheckInError as exc:
        status = 403 if exc.code == "not_enrolled" else 400
        return render(request, "attendance/check_in.html", {**context, "error": exc}, status=status)
    return render(request, "attendance/check_in.html", {**context, "result": result})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def check_in_short(request):
    """For a phone that cannot scan: type the six digits shown under the QR code on the trainer's screen."""
    if request.method == "GET":
        return render(request, "attendance/check_in_short.html", {})
    code = request.POST.get("code", "")
    try:
        day, result = services.check_in_with_short_code(code, user=request.user)
    except CheckInError as exc:
        status = 429 if exc.code == "too_many_tries" else 400
        return render(
            request, "attendance/check_in_short.html", {"error": exc, "code": code[:12]}, status=status
        )
    return render(request, "attendance/check_in.html", {"day": day, "session": day.session, "result": result})

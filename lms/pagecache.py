"""The full-page cache: the CMS's pages (handbook, courses, lessons, home) served to anonymous visitors from
the shared cache, and cleared by the events that change them.

Why our own, on the Django cache framework, and not wagtail-cache or Django's per-site cache middleware:
- Django's `UpdateCacheMiddleware`/`FetchFromCacheMiddleware` cache by URL and `Vary` headers and can only be
  cleared by waiting for the timeout; a circular published at 9:00 must show at 9:00.
- wagtail-cache (the maintained package for this) clears a page by URL on publish, but a page here is listed
  on others (the book's table of contents on every section, the catalogue, the home page, the menus) and
  shows seats that change with every enrolment, which are not pages at all. Clearing by URL would leave
  those stale or make us enumerate every listing URL by hand.

So each cached page carries *tags* ("pages" for every page, "course:<id>" for a course's seats, "seats" for
pages listing sessions) and the cache keeps one counter per tag. `touch(tag)` after a commit bumps it; an
entry rendered before the bump no longer matches and is rendered again on the next request. A hit costs two
cache round trips (the entry, then its tags' counters) and no database query.

What is cached, and what never is:
- only Wagtail's page view (`wagtail_serve`), GET, status 200, not streamed;
- only for a visitor with no session cookie and no messages cookie (signed-in users, anyone with a flash
  message or with something in their session always get a fresh page);
- never a response that sets a cookie or used a CSRF token (a page with a form), nor one that says
  `Cache-Control: private` or `no-store`;
- keyed by host, the full path with its query string, and the active language.
Nothing is cached when `PAGE_CACHE_SECONDS` is 0 (the test settings); entries expire after that many seconds
anyway, which bounds how long a time-dependent page (an enrolment deadline passing) can lag.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.url_routing import RouteResult

ALL_PAGES = "pages"
SEATS = "seats"
ROLES = "roles"  # what each role (group) may do
_SEQUENCE = "pagecache:sequence"
_TAG_PREFIX = "pagecache:tag:"
_ENTRY_PREFIX = "pagecache:page:"
_MEMO_PREFIX = "pagecache:memo:"
_EPOCH = "pagecache:epoch"
T = TypeVar("T")


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _seconds() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def course_tag(course_id: int) -> str:
    return f"course:{course_id}"


def _current_sequence(cache) -> int:
    value = cache.get(_SEQUENCE)
    if value is None:
        cache.add(_SEQUENCE, 0, None)
        value = cache.get(_SEQUENCE, 0)
    return int(value)


def touch_now(*tags: str) -> None:
    """Mark every cached page carrying one of `tags` as stale, at once (the data is already committed)."""
    if not tags:
        return
    cache = _cache()
    cache.add(_SEQUENCE, 0, None)
    try:
        sequence = cache.incr(_SEQUENCE)
    except ValueError:  # evicted between add and incr
        cache.set(_SEQUENCE, 1, None)
        sequence = 1
    cache.set_many({_TAG_PREFIX + tag: sequence for tag in set(tags)}, None)
    if getattr(_local, "stamp", None) is not None:  # this request reads the new stamp from now on
        _local.stamp = _IN_REQUEST


def touch(*tags: str) -> None:
    """Mark pages carrying `tags` stale once the current transaction commits (or at once outside one)."""
    if tags and _seconds() > 0:
        transaction.on_commit(lambda: touch_now(*tags))


_MISSING = object()


# Values remembered under a publish stamp never change (a publish starts a new stamp), so each process also
# keeps the ones it read, pickled (every use gets its own copy, as from the shared cache), until they expire;
# and during a request the stamp is read once. Outside requests (tasks, commands) the stamp is always read.
_local = threading.local()
_LOCAL_MAX = 256


def _read_stamp(cache) -> str:
    """The publish stamp: the ALL_PAGES counter and the cache's epoch, in one round trip.

    The epoch changes whenever the counter is missing (a new or flushed cache, an evicted key), so that a
    value a process kept under an old counter is never taken for a current one."""
    found = cache.get_many([_TAG_PREFIX + ALL_PAGES, _EPOCH])
    if _TAG_PREFIX + ALL_PAGES not in found or _EPOCH not in found:
        cache.add(_TAG_PREFIX + ALL_PAGES, 0, None)
        cache.set(_EPOCH, uuid.uuid4().hex, None)
        found = cache.get_many([_TAG_PREFIX + ALL_PAGES, _EPOCH])
    return f"{found.get(_EPOCH, '')}.{found.get(_TAG_PREFIX + ALL_PAGES, 0)}"


def _stamp(cache) -> str:
    memo = getattr(_local, "stamp", None)
    if memo is _IN_REQUEST:
        memo = _local.stamp = _read_stamp(cache)
    elif memo is None:
        return _read_stamp(cache)
    return memo


_IN_REQUEST = object()


def _request_started(**kwargs) -> None:
    _local.stamp = _IN_REQUEST


def _request_finished(**kwargs) -> None:
    _local.stamp = None


def _local_get(key: str):
    found = _local_values.get(key)
    if found is None or found[0] < time.monotonic():
        return _MISSING
    return pickle.loads(found[1])  # noqa: S301 - bytes this process pickled itself


def _local_set(key: str, value, seconds: int) -> None:
    if len(_local_values) >= _LOCAL_MAX:
        _local_values.clear()
    _local_values[key] = (time.monotonic() + seconds, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


_local_values: dict[str, tuple[float, bytes]] = {}


def remember(name: str, build: Callable[[], T]) -> T:
    """A value derived from published pages (a book's outline, the menus), built once and kept until the
    next publish, move or settings change (the ALL_PAGES tag) or for PAGE_CACHE_SECONDS at most.

    Signed-in pages, which are never cached whole, are served from these pieces. `name` must hold all the
    value depends on besides the published pages (a page id, the language). Built directly when the page
    cache is off."""
    seconds = _seconds()
    if seconds <= 0:
        return build()
    cache = _cache()
    # The stamp is read before building: a publish during the build stores the old value under the old
    # stamp, which the next reader (with the new stamp) does not see.
    key = f"{_MEMO_PREFIX}{name}:{_stamp(cache)}"
    value = _remembered(cache, key, seconds)
    if value is _MISSING:
        value = build()
        _keep(cache, key, value, seconds)
    return value


def _remembered(cache, key: str, seconds: int):
    """The value kept under `key`: this process's copy, else the shared cache's (then kept here too)."""
    value = _local_get(key)
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            _local_set(key, value, seconds)
    return value


def _keep(cache, key: str, value, seconds: int) -> None:
    cache.set(key, value, seconds)
    _local_set(key, value, seconds)


def remember_site(request: HttpRequest) -> None:
    """Find the request's Wagtail site from what is remembered (no query) instead of Wagtail's per-request
    lookup: every page, and the menus of every other screen, ask for it. Sites change as rarely as a
    publish, and saving one clears what is remembered. Not for the API, which never asks."""
    if hasattr(request, "_wagtail_site") or _seconds() <= 0 or request.path_info.startswith("/api/"):
        return
    try:
        host = request.get_host()  # an allowed host only: a made-up Host header must not add a cache entry
    except DisallowedHost:
        return
    request._wagtail_site = remember(f"site:{host}", lambda: Site._find_for_request(request))


def remember_route(request: HttpRequest, path: str) -> None:
    """Give Wagtail the page a URL path leads to, from what is remembered: no query, instead of the walk from
    the site's root (three). The page as published is kept until the next publish, unpublish, move or
    deletion of any page (the publish stamp), like the menus and the anonymous page cache: a draft saved
    meanwhile does not change what readers see. Each request gets its own copy (unpickled).

    Only plain page routes are remembered (not a routable page's own URLs, nor a 404: random paths must not
    fill the cache)."""
    seconds = _seconds()
    if seconds <= 0 or hasattr(request, "_wagtail_route_for_request") or len(path) > 2000:
        return
    site = Site.find_for_request(request)
    if site is None:
        return
    cache = _cache()
    digest = hashlib.sha256(f"{site.pk}|{get_language()}|{path}".encode()).hexdigest()
    key = f"{_MEMO_PREFIX}route:{digest}:{_stamp(cache)}"  # the stamp before the walk, as in `remember`
    page = _remembered(cache, key, seconds)
    if isinstance(page, Page) and page.live:
        request._wagtail_route_for_request = RouteResult(page)
        return
    route = Page.route_for_request(request, path)  # Wagtail's walk; it keeps the result on the request
    if route is not None and not route.args and not route.kwargs:
        _keep(cache, key, route.page, seconds)


def fragment_key() -> dict:
    """For `{% cache %}` around a fragment that shows only published pages: its lifetime (0, so never kept,
    when the page cache is off) and the publish stamp to vary on, so the next publish starts a new fragment."""
    seconds = _seconds()
    stamp = _stamp(_cache()) if seconds > 0 else 0
    return {"seconds": seconds, "stamp": stamp}


def session_tag(session_id: int) -> str:
    """A training session's dates, status and seats, as the pages of those enrolled in it show them."""
    return f"session:{session_id}"


def enrolment_tag(enrolment_id: int) -> str:
    """An enrolment's attendance marks and certificate."""
    return f"enrolment:{enrolment_id}"


def learner_tag(user_id: int) -> str:
    """What a person's own pages show of them (their enrolments, progress, attempts, roles): touched when it
    changes, so their dashboard and their menu are built again."""
    return f"learner:{user_id}"


def touch_when_changed(model, tags_of: Callable[..., Iterable[str]], *, name: str) -> None:
    """After any save or delete of a `model` row (a service, the admin, an import, the shell), touch the tags
    `tags_of(row)` names. Bulk writes send no signal: their services touch the tags themselves."""

    def changed(sender, instance, **kwargs) -> None:
        touch(*tags_of(instance))

    for event, signal in (("saved", post_save), ("deleted", post_delete)):
        # Held strongly: `changed` is a closure, which a weak reference would drop at once.
        signal.connect(changed, sender=model, dispatch_uid=f"pagecache-{name}-{event}", weak=False)


def remember_for(
    name: str, build: Callable[[], T], *, tags: Iterable[str] | Callable[[T], Iterable[str]]
) -> T:
    """A value that depends on data the `tags` stand for (a person's dashboard, whether they may use the
    admin), kept until one of the tags is touched, for PAGE_CACHE_SECONDS at most.

    Unlike `remember`, the tags can be known only once the value is built (`tags` may be a function of it:
    a dashboard depends on the sessions it lists); then a hit costs two cache round trips (the entry, then
    its tags' counters), as a cached page does, and one when the tags are given. `name` must hold all the
    value depends on besides the tags (the user, the language, the day). Built directly when the page cache
    is off."""
    seconds = _seconds()
    if seconds <= 0:
        return build()
    cache = _cache()
    key = f"{_MEMO_PREFIX}for:{name}"
    known = () if callable(tags) else tuple(set(tags))
    found = cache.get_many([key, *(_TAG_PREFIX + tag for tag in known)])
    entry = found.get(key)
    if isinstance(entry, _Entry) and set(entry.tags) >= set(known):
        counters = found if known else _counters(cache, entry.tags)
        if _unchanged_since(entry, counters):
            return pickle.loads(entry.content)  # noqa: S301 - bytes this site pickled itself
    # Read before building: a change committed during the build touches a tag past `started`, so the entry
    # stored below is stale at once and the next reader builds again.
    started = _current_sequence(cache)
    value = build()
    stored = tuple(set(tags(value))) if callable(tags) else known
    cache.set(key, _Entry(started, pickle.dumps(value, pickle.HIGHEST_PROTOCOL), {}, stored), seconds)
    return value


def depend(request: HttpRequest, *tags: str) -> None:
    """Declare that the page being served shows data that `tags` stand for (no-op for uncached requests)."""
    pending = getattr(request, "_page_cache_tags", None)
    if pending is not None:
        pending.update(tags)


def mark_cacheable(request: HttpRequest, tags: Iterable[str]) -> None:
    """Called when Wagtail serves a page: this response may be cached, under these tags and ALL_PAGES."""
    if getattr(request, "_page_cache_candidate", False):
        request._page_cache_tags = {ALL_PAGES, *tags}


@dataclass
class _Entry:
    started: int
    content: bytes
    headers: dict[str, str]
    tags: tuple[str, ...] = field(default_factory=tuple)


def _key(request: HttpRequest) -> str:
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    raw = f"{request.get_host()}|{language}|{request.get_full_path()}"
    return _ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _candidate(request: HttpRequest) -> bool:
    if request.method != "GET" or _seconds() <= 0:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _counters(cache, tags) -> dict:
    return cache.get_many([_TAG_PREFIX + tag for tag in tags])


def _unchanged_since(entry: _Entry, counters: dict) -> bool:
    """No tag of the entry was touched after it was built (`counters`: the tags' counters as read)."""
    return all(int(counters.get(_TAG_PREFIX + tag, 0)) <= entry.started for tag in entry.tags)


def _fresh(cache, entry: _Entry) -> bool:
    return _unchanged_since(entry, _counters(cache, entry.tags))


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if getattr(request, "_page_cache_tags", None) is None:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def _page_changed(sender, instance=None, **kwargs) -> None:
    if instance is None or isinstance(instance, Page):
        touch(ALL_PAGES)


def _settings_changed(sender, **kwargs) -> None:
    # Site settings (the footer's contacts, the organisation's name) show on every page; view restrictions
    # decide who sees which.
    touch(ALL_PAGES)


def connect_signals() -> None:
    """Publishing, unpublishing, moving or deleting any page, or saving site settings, clears every page:
    each one lists others (menus, tables of contents, the catalogue, the home page), and publishing is rare
    beside reading."""
    request_started.connect(_request_started, dispatch_uid="pagecache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="pagecache-request-finished")
    page_published.connect(_page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="pagecache-moved")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid="pagecache-deleted")
    # A site's hostname, port or root page decides which pages a host serves (`remember_site`).
    post_save.connect(_settings_changed, sender=Site, dispatch_uid="pagecache-site-saved")
    post_delete.connect(_settings_changed, sender=Site, dispatch_uid="pagecache-site-deleted")
    # Making a page private or public again changes who may see it and its descendants.
    post_save.connect(_settings_changed, sender=PageViewRestriction, dispatch_uid="pagecache-private")
    post_delete.connect(_settings_changed, sender=PageViewRestriction, dispatch_uid="pagecache-public")
    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting):
            post_save.connect(_settings_changed, sender=model, dispatch_uid=f"pagecache-{model._meta.label}")


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous page views; see the module's docstring for the rules.

    Placed after LocaleMiddleware (the key needs the language) and before CommonMiddleware, so a hit skips
    the session, authentication and Wagtail's routing entirely.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _candidate(request):
            if request.method in ("GET", "HEAD"):
                remember_site(request)
            return self.get_response(request)
        cache = _cache()
        key = _key(request)
        entry = cache.get(key)
        if isinstance(entry, _Entry) and _fresh(cache, entry):
            response = HttpResponse(entry.content)
            for name, value in entry.headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        started = _current_sequence(cache)
        request._page_cache_candidate = True
        response = self.get_response(request)
        if _storable(request, response):
            # The headers as the inner middleware left them (cookies are apart and never stored); the outer
            # middleware (security, CSP) adds its own to every response, hit or miss.
            headers = dict(response.headers.items())
            tags = tuple(sorted(request._page_cache_tags))
            cache.set(key, _Entry(started, response.content, headers, tags), _seconds())
            response["X-Page-Cache"] = "miss"
        return response

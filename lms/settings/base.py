"""Settings shared by every environment. Every secret and switch comes from the environment (12-factor)."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = "Lớp học Truyền thông chính sách"

INSTALLED_APPS = [
    # Project apps first so their templates override the libraries' ones.
    "lms.people",
    "lms.outbox",
    "lms.demo",
    "cms_site",
    "handbook",
    "courses",
    "courses.attendance",
    "courses.quizzes",
    "courses.nominations",
    "certificates",
    "lms.reports",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.people.apps.PeopleWagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # The JSON API's docs page (Swagger UI) from the package's own static files, not a CDN.
    "ninja",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # GET /healthz/ for load balancers, before sessions, redirects, CSRF and the page cache (lms/health.py).
    "lms.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "lms.middleware.RejectNulBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "lms.pagecache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.people.verification.VerifiedEmailMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.AdminPreviewFrameMiddleware",
    "lms.protected.ProtectedDeleteMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
X_FRAME_OPTIONS = "DENY"
WAGTAIL_ADMIN_PREFIX = "/admin/"

# Content Security Policy (django-csp): everything from this site, no inline script, style or event handler.
# Lesson videos are the one third party, in frames, from the providers editors may embed.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# The Wagtail admin (WAGTAIL_ADMIN_PREFIX) gets its own policy: Wagtail 8's templates still write inline
# <script> blocks (InlinePanel, date and time pickers, MultipleChooserPanel, workflow) and style
# attributes, without nonces, so the admin needs 'unsafe-inline' for both (a nonce in the policy would make
# browsers ignore 'unsafe-inline'). blob: lets the image uploader preview files. Still nothing from elsewhere.
CONTENT_SECURITY_POLICY_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms_site.context_processors.site_shell",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
# Reports (lms/reports) may read from a replica: DATABASE_REPLICA_URL adds the "replica" alias and
# lms.dbrouter sends the report screens' reads there; everything else reads and writes "default".
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
REPORTS_DATABASE_ALIAS = "replica" if "replica" in DATABASES else None
DATABASE_ROUTERS = ["lms.dbrouter.ReportReplicaRouter"]
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite: wait for a lock instead of failing at once when the dev server and a task write together.
        _database.setdefault("OPTIONS", {})["timeout"] = 20
        _database["CONN_MAX_AGE"] = 0
    elif _database["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL"):
        # psycopg's connection pool (psycopg-pool) inside each process, through Django's `pool` option;
        # Django requires persistent connections off with it. Size it so that (web workers + Celery
        # processes) x DATABASE_POOL_MAX_SIZE stays under PostgreSQL's max_connections, or use PgBouncer.
        _database.setdefault("OPTIONS", {})["pool"] = {
            "min_size": int(os.environ.get("DATABASE_POOL_MIN_SIZE", "2")),
            "max_size": int(os.environ.get("DATABASE_POOL_MAX_SIZE", "10")),
            "timeout": int(os.environ.get("DATABASE_POOL_TIMEOUT", "10")),
        }
        _database["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "people.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
# dd/mm/yyyy in lists and forms (lms/formats/vi); Wagtail's date pickers write and read the same.
FORMAT_MODULE_PATH = ["lms.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project catalogue first; locale/allauth holds the Vietnamese catalogue django-allauth does not ship;
# locale/wagtail and locale/django complete (and take precedence over) Wagtail's and Django's own Vietnamese.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "allauth",
    BASE_DIR / "locale" / "wagtail",
    BASE_DIR / "locale" / "django",
]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# The shared building blocks' own static files (lms is not an app: its templates are a DIRS entry too).
STATICFILES_DIRS = [BASE_DIR / "lms" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Uploaded spreadsheets (people's e-mails and phones) are kept here, never under the public MEDIA_ROOT.
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Object storage (S3-compatible: SeaweedFS, MinIO, AWS, ...) for several web nodes: media in the public
# bucket AWS_STORAGE_BUCKET_NAME (its URLs stay under MEDIA_URL, served by the web server's proxy to the
# bucket or by Django with SERVE_MEDIA=1), private files in AWS_PRIVATE_BUCKET_NAME (never public: streamed
# by permission-checked views, or a signed URL valid AWS_PRIVATE_URL_SECONDS). See lms/storage.py.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    from lms.storage import object_storages

    STORAGES.update(object_storages(os.environ))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Spreadsheet imports (lms/imports): larger uploads are refused before they are read, longer files at the limit.
IMPORT_MAX_UPLOAD_BYTES = int(os.environ.get("IMPORT_MAX_UPLOAD_BYTES", str(10 * 1024 * 1024)))
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "50000"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20000

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "lms.rediscache.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
    }
    # Signed-in pages read the session from the shared cache (written through to the database). Only with a
    # shared cache: with each process's own memory, a sign-out in one would not reach the others.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous visitors get the CMS's pages from the cache above (lms/pagecache.py) for at most this long;
# publishing, seat changes and site settings clear them sooner. 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# E-mail
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Lớp học Truyền thông chính sách <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20

# Wagtail
# An API token's "last used" is written at most every 5 minutes, not on every call (Wagtail's default: 60 s).
WAGTAILAPI_TOKEN_LAST_USED_INTERVAL = 300
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents always pass through Wagtail's view (privacy and permission checks), also from a bucket.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USAGE_COUNT_ENABLED = False
# One login path, allauth's (verified e-mail, rate limits): the admin sends people there, and its own
# password reset, password change and e-mail change (which skip allauth's checks) are off.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# No request leaves the site: Wagtail would fetch avatars from gravatar.com with a hash of the e-mail.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_USER_LOGIN_FORM = "lms.people.forms.AdminLoginForm"

# Accounts (django-allauth 65)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "people:profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION") or (
    "optional" if DEBUG else "mandatory"
)
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_SESSION_REMEMBER = None
# The admin sends signed-in people without admin access to the login page: show it, do not bounce back.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
ACCOUNT_FORMS = {"signup": "lms.people.forms.SignupForm"}
ACCOUNT_ADAPTER = "lms.people.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Lớp học TTCS] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
# Proxies in front of the web nodes (a load balancer: 1) that append the client's address to X-Forwarded-For;
# the rate limits (allauth's and the certificate verification's) count per client, not per proxy.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
    "change_email": "2/m/user",
}

# Celery: with no broker configured (CELERY_BROKER_URL empty) tasks run eagerly in-process, the embedded
# default. An eager task still passes through a producer, so the broker is then kombu's in-process memory
# transport: a connection is never built from an empty URL (kombu's "No hostname was supplied").
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or os.environ.get("CELERY_BROKER_URL") or None
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 360
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Task modules outside the installed apps' tasks.py (shared blocks of lms/ are not apps).
CELERY_IMPORTS = ["lms.imports.tasks"]
CELERY_BEAT_SCHEDULE: dict = {
    "imports-purge-stale-uploads": {"task": "lms.imports.tasks.purge_stale_uploads", "schedule": 6 * 3600},
}

# --- outbox: every e-mail is a row sent by a task with bounded retries (lms/outbox) ---
# Attempts per e-mail in all (the task's own retries, then the periodic job); then it shows as failed.
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
# Wait after a failed attempt: doubles from the base (60 s, 2 min, 4 min ...) up to the cap.
OUTBOX_RETRY_BACKOFF_SECONDS = int(os.environ.get("OUTBOX_RETRY_BACKOFF_SECONDS", "60"))
OUTBOX_RETRY_BACKOFF_MAX_SECONDS = int(os.environ.get("OUTBOX_RETRY_BACKOFF_MAX_SECONDS", "3600"))
# The periodic job runs this often and sends rows left unsent this long past their due time.
OUTBOX_RESEND_AFTER_SECONDS = int(os.environ.get("OUTBOX_RESEND_AFTER_SECONDS", "300"))
OUTBOX_RESEND_BATCH = int(os.environ.get("OUTBOX_RESEND_BATCH", "500"))
# One e-mail's send task (EMAIL_TIMEOUT is 20 s per SMTP operation).
OUTBOX_SEND_SOFT_TIME_LIMIT = int(os.environ.get("OUTBOX_SEND_SOFT_TIME_LIMIT", "60"))
OUTBOX_SEND_TIME_LIMIT = int(os.environ.get("OUTBOX_SEND_TIME_LIMIT", "90"))
CELERY_BEAT_SCHEDULE["outbox-send-unsent"] = {
    "task": "lms.outbox.tasks.send_unsent_messages",
    "schedule": OUTBOX_RESEND_AFTER_SECONDS,
}
# --- end outbox ---

# --- courses: enrolment reminders (Celery beat; each reminder is sent once, see courses.tasks) ---
COURSES_REMINDER_DAYS_BEFORE = int(os.environ.get("COURSES_REMINDER_DAYS_BEFORE", "2"))
CELERY_BEAT_SCHEDULE["courses-session-reminders"] = {
    "task": "courses.tasks.queue_session_reminders",
    "schedule": 60 * 60,  # hourly: a reminder goes out within an hour of entering the window
}
# Enrolment e-mails a bulk import left unqueued (a lost chunk task) are queued by a sweep, within this age.
COURSES_EMAIL_SWEEP_MAX_AGE_HOURS = int(os.environ.get("COURSES_EMAIL_SWEEP_MAX_AGE_HOURS", "72"))
CELERY_BEAT_SCHEDULE["courses-owed-emails"] = {
    "task": "courses.tasks.queue_owed_enrolment_emails",
    "schedule": OUTBOX_RESEND_AFTER_SECONDS,
}
# --- end courses ---
# --- attendance: QR self check-in codes change this often (seconds, at least 5) ---
ATTENDANCE_QR_ROTATE_SECONDS = int(os.environ.get("ATTENDANCE_QR_ROTATE_SECONDS", "30"))
# Wrong six-digit check-in codes a trainee may type in ten minutes before waiting (guessing is not attending).
ATTENDANCE_SHORT_CODE_TRIES = int(os.environ.get("ATTENDANCE_SHORT_CODE_TRIES", "10"))
# Focal points of units that have nominated no one are reminded this many days before the deadline.
NOMINATIONS_REMINDER_DAYS_BEFORE = int(os.environ.get("NOMINATIONS_REMINDER_DAYS_BEFORE", "2"))
CELERY_BEAT_SCHEDULE["nominations-reminders"] = {
    "task": "courses.nominations.tasks.queue_nomination_reminders",
    "schedule": 60 * 60,  # hourly; each focal point is reminded once per invitation (the outbox key)
}
# Focal points' copies of confirmations made outside nominations (a nominee promoted from the waitlist);
# each copy is one outbox row per confirmation and focal point, so a second run sends nothing.
CELERY_BEAT_SCHEDULE["nominations-confirmation-copies"] = {
    "task": "courses.nominations.tasks.queue_confirmation_copies",
    "schedule": OUTBOX_RESEND_AFTER_SECONDS,
}

CELERY_BEAT_SCHEDULE["quizzes-close-expired-attempts"] = {
    "task": "courses.quizzes.tasks.close_expired_attempts",
    "schedule": 60,  # every minute; closing an attempt twice is a no-op
}

# One console handler, on the root logger. Django's default configuration also gives the "django" logger a
# console handler (with DEBUG on), and that logger propagates to the root: every line printed twice. So
# "django" is redefined with only Django's error e-mail to ADMINS (none by default) and propagates; which
# resets its children, so runserver's request log ("django.server") is declared again as Django has it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO", "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "celery.app.trace": {"level": "WARNING"},
    },
}

# Names shown for roles; the groups themselves are created by a data migration (lms/people).
ROLE_TRAINEES = "Trainees"
ROLE_TRAINERS = "Trainers"
ROLE_EDITORS = "Editors"
ROLE_MANAGERS = "Programme managers"
ROLE_LABELS = {
    ROLE_TRAINEES: _("Trainees"),
    ROLE_TRAINERS: _("Trainers"),
    ROLE_EDITORS: _("Editors"),
    ROLE_MANAGERS: _("Programme managers"),
}

# --- certificates: the issuing authority's signing key (PAdES); key + certificate files, or a PKCS#12 ---
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
CERTIFICATE_SIGNING_CERT = os.environ.get("CERTIFICATE_SIGNING_CERT", "")
CERTIFICATE_SIGNING_PKCS12 = os.environ.get("CERTIFICATE_SIGNING_PKCS12", "")
CERTIFICATE_SIGNING_PASSPHRASE = os.environ.get("CERTIFICATE_SIGNING_PASSPHRASE", "")
# Where `seed_demo` writes its clearly labelled demo key and certificate when none is configured.
CERTIFICATE_DEMO_KEY_DIR = Path(os.environ.get("CERTIFICATE_DEMO_KEY_DIR", PRIVATE_ROOT / "demo-signing"))
# Public verification: requests per minute per client address (counted in the shared cache).
CERTIFICATE_VERIFY_RATE = int(os.environ.get("CERTIFICATE_VERIFY_RATE", "30"))

# --- reports: a spokesperson counts as trained by a spokesperson-training certificate this recent (years) ---
SPOKESPERSON_TRAINING_VALID_YEARS = int(os.environ.get("SPOKESPERSON_TRAINING_VALID_YEARS", "3"))
# Sessions planned in a year when no programme year says otherwise (the programme plans two or three).
PROGRAMME_PLANNED_SESSIONS = int(os.environ.get("PROGRAMME_PLANNED_SESSIONS", "3"))

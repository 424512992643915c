"""Quizzes: a question bank per course, quizzes drawn from it, attempts with their fixed layout and answers."""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from courses.models import CoursePage, session_field
from handbook.models import HandbookSectionPage
from lms.fields import NormalisedText, person_field
from lms.text import fold

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
MAX_CHOICES = 6


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True / false")


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit")


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    LAST = "last", _("Last attempt")


class ReviewOption(models.TextChoices):
    SCORE_ONLY = "score_only", _("Score only")
    CORRECT_ANSWERS = "correct_answers", _("Score and correct answers")
    EXPLANATIONS = "explanations", _("Score, correct answers and explanations")


def _stored(instance: models.Model, field: str):
    """The value of a field as saved in the database (None for a new row)."""
    return type(instance).objects.filter(pk=instance.pk).values_list(field, flat=True).first()


def question_text_key(text: str) -> str:
    """A stable key of a question's wording (tags, case, accents and spacing ignored), for re-imports."""
    plain = " ".join(fold(strip_tags(text or "")).split())
    return hashlib.sha1(plain.encode(), usedforsecurity=False).hexdigest()


def check_choices(kind: str, choices: list[tuple[str, bool]]) -> list[str]:
    """The problems of a question's choices, given as (text, is_correct) pairs; empty when valid."""
    errors: list[str] = []
    texts = [text for text, _correct in choices]
    correct = sum(1 for _text, is_correct in choices if is_correct)
    if any(not (text or "").strip() for text in texts):
        errors.append(str(_("Every choice needs a text.")))
    if kind == QuestionKind.TRUE_FALSE and len(choices) != 2:
        errors.append(str(_("A true/false question has exactly two choices.")))
    elif len(choices) < 2:
        errors.append(str(_("A question needs at least two choices.")))
    if len(choices) > MAX_CHOICES:
        errors.append(str(_("A question has at most %(max)d choices.") % {"max": MAX_CHOICES}))
    if kind in {QuestionKind.SINGLE, QuestionKind.TRUE_FALSE} and correct != 1:
        errors.append(str(_("A single-choice or true/false question has exactly one correct choice.")))
    if kind == QuestionKind.MULTIPLE and correct < 1:
        errors.append(str(_("A multiple-choice question needs at least one correct choice.")))
    if len({fold(text).strip() for text in texts}) != len(texts):
        errors.append(str(_("Two choices have the same text.")))
    return errors


class Question(NormalisedText, index.Indexed, ClusterableModel):
    """A question of a course's bank; its choices, the explanation shown in review, the section that teaches it."""

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="quiz_questions"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    text = RichTextField(_("question"), features=TEXT_FEATURES)
    text_key = models.CharField(max_length=40, editable=False, db_index=True, default="")
    scoring = models.CharField(
        _("scoring"),
        max_length=20,
        choices=Scoring.choices,
        default=Scoring.ALL_OR_NOTHING,
        help_text=_(
            "For multiple choice. Partial credit: share of correct choices ticked minus share of wrong "
            "choices ticked, never below zero."
        ),
    )
    explanation = RichTextField(_("explanation"), features=TEXT_FEATURES, blank=True)
    handbook_section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("handbook section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The section of the handbook that teaches this; linked from the review."),
    )
    category = models.CharField(
        _("category"), max_length=100, blank=True, help_text=_("Used to draw a set number per category.")
    )
    active = models.BooleanField(
        pgettext_lazy("question", "active"), default=True, help_text=_("Only active questions are drawn.")
    )
    practice = models.BooleanField(
        _("practice question"),
        default=False,
        help_text=_(
            "Drawn only by practice quizzes, which draw only these: a practice review may show the answers at "
            "once, so a practice question never appears in a graded quiz."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    nfc_fields = ("category",)
    nfc_multiline_fields = ("text", "explanation")  # rich text
    search_fields = [
        index.SearchField("text"),
        index.SearchField("category"),
        index.FilterField("course"),
        index.FilterField("kind"),
        index.FilterField("active"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("course"), FieldPanel("kind")]),
        FieldPanel("text"),
        InlinePanel("choices", heading=_("Choices"), label=_("Choice"), min_num=2, max_num=MAX_CHOICES),
        FieldPanel("scoring"),
        FieldPanel("explanation"),
        PageChooserPanel("handbook_section", page_type="handbook.HandbookSectionPage"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("active"), FieldPanel("practice")]),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["course", "category", "pk"]

    def __str__(self) -> str:
        plain = strip_tags(self.text or "")
        return plain if len(plain) <= 90 else f"{plain[:87]}…"

    def normalise_text(self) -> None:
        super().normalise_text()
        self.text_key = question_text_key(self.text)

    def clean(self) -> None:
        super().clean()
        if self.pk and self.practice != _stored(self, "practice") and self.answers.exists():
            # Its answers may already be known from a practice review, or it was drawn into graded attempts.
            raise ValidationError(
                {
                    "practice": _(
                        "This question has already been answered in attempts: copy it to use it in the other "
                        "kind of quiz."
                    )
                }
            )
        if self.handbook_section_id:
            if not HandbookSectionPage.objects.filter(pk=self.handbook_section_id).exists():
                raise ValidationError({"handbook_section": _("Choose a section of the handbook.")})
        # The admin form puts the submitted choices here before the model is validated (see forms.py).
        pending = getattr(self, "_pending_choices", None)
        choices = pending if pending is not None else [(c.text, c.is_correct) for c in self.choices.all()]
        errors = check_choices(self.kind, choices)
        if errors:
            raise ValidationError(errors)

    @property
    def plain_text(self) -> str:
        return strip_tags(self.text or "")


class Choice(NormalisedText, Orderable):
    question = ParentalKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="choices"
    )
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)

    nfc_fields = ("text",)
    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("is_correct")])]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self) -> str:
        return self.text


class Quiz(NormalisedText, ClusterableModel):
    """A quiz of a course: how many questions are drawn, time, attempts, grading, pass mark and review."""

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="quizzes"
    )
    title = models.CharField(_("title"), max_length=255)
    instructions = RichTextField(_("instructions"), features=TEXT_FEATURES, blank=True)
    question_count = models.PositiveSmallIntegerField(
        _("number of questions"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("Drawn at random from the course's active questions for each attempt."),
    )
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Leave empty for no time limit.")
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=1, help_text=_("0 means unlimited.")
    )
    grading_method = models.CharField(
        _("grading method"), max_length=20, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    available_from = models.DateTimeField(_("available from"), null=True, blank=True)
    available_until = models.DateTimeField(_("available until"), null=True, blank=True)
    review_option = models.CharField(
        _("after submission show"),
        max_length=20,
        choices=ReviewOption.choices,
        default=ReviewOption.EXPLANATIONS,
    )
    required_for_certificate = models.BooleanField(
        _("required for the certificate"),
        default=False,
        help_text=_("When a session requires a quiz, trainees must pass this one to receive a certificate."),
    )
    is_practice = models.BooleanField(
        _("practice quiz"),
        default=False,
        help_text=_(
            "Open to every signed-in trainee and never counted for completion or certificates; draws only "
            "practice questions. A graded quiz (not practice) is open only to trainees with a confirmed "
            "enrolment in a session of the course."
        ),
    )
    opens_before_session = models.BooleanField(
        _("open before the session starts"),
        default=False,
        help_text=_(
            "Graded quiz: trainees with a confirmed enrolment may take it before the first day of their "
            "session (an entry test, for example). Otherwise it opens on the session's first day."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    nfc_fields = ("title",)
    nfc_multiline_fields = ("instructions",)  # rich text
    panels = [
        FieldRowPanel([FieldPanel("course"), FieldPanel("title")]),
        FieldPanel("instructions"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("question_count"), FieldPanel("shuffle_choices")]),
                InlinePanel(
                    "category_rules",
                    heading=_("Per category"),
                    label=_("Category rule"),
                    help_text=_(
                        "Optional: how many questions to draw from a category; the rest are drawn from any."
                    ),
                ),
            ],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("attempts_allowed")]),
                FieldRowPanel([FieldPanel("grading_method"), FieldPanel("pass_mark")]),
                FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
            ],
            heading=_("Taking the quiz"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_practice"),
                FieldPanel("opens_before_session"),
                FieldPanel("required_for_certificate"),
            ],
            heading=_("Who may take it and what it counts for"),
        ),
        FieldPanel("review_option"),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["course", "title"]
        constraints = [
            models.CheckConstraint(condition=Q(pass_mark__lte=100), name="quiz_pass_mark_pct"),
            models.CheckConstraint(condition=Q(question_count__gte=1), name="quiz_draws_a_question"),
            models.CheckConstraint(
                condition=~Q(is_practice=True, required_for_certificate=True),
                name="quiz_practice_never_counts",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.available_from and self.available_until and self.available_until <= self.available_from:
            raise ValidationError({"available_until": _("The quiz must close after it opens.")})
        if self.is_practice and self.required_for_certificate:
            raise ValidationError(
                {"required_for_certificate": _("A practice quiz never counts for the certificate.")}
            )
        if self.pk and self.is_practice != _stored(self, "is_practice") and self.attempts.exists():
            # Attempts were counted, and their reviews shown, under the other kind's rules.
            raise ValidationError(
                {"is_practice": _("Trainees have attempted this quiz: create a new quiz of the other kind.")}
            )
        pending = getattr(self, "_pending_rule_counts", None)
        counts = pending if pending is not None else [rule.count for rule in self.category_rules.all()]
        if sum(counts) > (self.question_count or 0):
            raise ValidationError(
                {"question_count": _("The per-category counts add up to more than the number of questions.")}
            )

    def is_available(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.available_from and now < self.available_from:
            return False
        return not (self.available_until and now >= self.available_until)

    @property
    def unlimited_attempts(self) -> bool:
        return self.attempts_allowed == 0

    @property
    def is_graded(self) -> bool:
        """Graded quizzes are the ones a session's completion (and so a certificate) may require."""
        return not self.is_practice


class QuizCategoryRule(NormalisedText, Orderable):
    quiz = ParentalKey(Quiz, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="category_rules")
    category = models.CharField(_("category"), max_length=100)
    count = models.PositiveSmallIntegerField(_("questions"), validators=[MinValueValidator(1)])

    nfc_fields = ("category",)
    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("category rule")
        verbose_name_plural = _("category rules")

    def __str__(self) -> str:
        return f"{self.category}: {self.count}"


class QuizAttempt(models.Model):
    """One attempt of a trainee; its drawn questions and choice order (`layout`) never change after start."""

    quiz = models.ForeignKey(Quiz, verbose_name=_("quiz"), on_delete=models.PROTECT, related_name="attempts")
    user = person_field(_("trainee"), on_delete=models.PROTECT, related_name="quiz_attempts")
    session = session_field(on_delete=models.SET_NULL, related_name="quiz_attempts", null=True, blank=True)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    auto_submitted = models.BooleanField(
        _("closed at the deadline"),
        default=False,
        help_text=_("Graded with the answers saved when time ran out."),
    )
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    # [{"q": question id, "c": [choice ids in the order shown]}, ...] in the order shown.
    layout = models.JSONField(_("drawn questions"), default=list, editable=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["quiz", "user", "number"]
        constraints = [
            # One open attempt per person and quiz: two concurrent starts cannot both create one.
            models.UniqueConstraint(
                fields=["quiz", "user"], condition=Q(submitted_at__isnull=True), name="quiz_attempt_one_open"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=100) | Q(score__isnull=True),
                name="quiz_attempt_score_pct",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "session", "user"], name="quiz_attempt_session"),
            models.Index(
                fields=["deadline"], condition=Q(submitted_at__isnull=True), name="quiz_attempt_open_deadline"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} — {self.user} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None

    def is_expired(self, now: datetime | None = None) -> bool:
        return self.is_open and self.deadline is not None and (now or timezone.now()) >= self.deadline

    @property
    def question_ids(self) -> list[int]:
        return [item["q"] for item in self.layout]

    def seconds_left(self, now: datetime | None = None) -> int | None:
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))


class AttemptAnswer(models.Model):
    attempt = models.ForeignKey(
        QuizAttempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )
    selected = models.JSONField(_("selected choices"), default=list)
    saved_at = models.DateTimeField(_("saved at"), default=timezone.now)
    # Set when the attempt is graded: 0..1 for this question (partial credit may give a fraction).
    score = models.FloatField(_("score"), null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question"], name="attempt_answer_once")]

    def __str__(self) -> str:
        return f"{self.attempt_id}/{self.question_id}: {self.selected}"

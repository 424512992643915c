"""Admin forms: a question with its inline choices validated together."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminModelForm


def _live_forms(formset) -> list:
    """The inline forms that will be kept (filled in and not marked for deletion)."""
    kept = []
    for form in formset.forms:
        if not hasattr(form, "cleaned_data") or not form.cleaned_data:
            continue
        if form.cleaned_data.get("DELETE"):
            continue
        kept.append(form)
    return kept


class QuestionForm(WagtailAdminModelForm):
    """Hands the submitted choices to Question.clean(), which checks them with the question's kind."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("choices")
        if formset is not None and formset.is_valid():
            self.instance._pending_choices = [
                (form.cleaned_data.get("text", ""), bool(form.cleaned_data.get("is_correct")))
                for form in _live_forms(formset)
            ]
        return cleaned


class QuizForm(WagtailAdminModelForm):
    """Hands the submitted category counts to Quiz.clean()."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("category_rules")
        if formset is not None and formset.is_valid():
            self.instance._pending_rule_counts = [
                form.cleaned_data.get("count") or 0 for form in _live_forms(formset)
            ]
        return cleaned

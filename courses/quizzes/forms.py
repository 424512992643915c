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


class _InlinesToClean(WagtailAdminModelForm):
    """Hands the kept inline forms of `formset_name` to the model's clean() as `instance.<pending_attribute>`,
    one `pending_value(form)` each, since the model cannot see unsaved inline rows itself."""

    formset_name = ""
    pending_attribute = ""

    def pending_value(self, form):
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get(self.formset_name)
        if formset is not None and formset.is_valid():
            pending = [self.pending_value(form) for form in _live_forms(formset)]
            setattr(self.instance, self.pending_attribute, pending)
        return cleaned


class QuestionForm(_InlinesToClean):
    """Hands the submitted choices to Question.clean(), which checks them with the question's kind."""

    formset_name = "choices"
    pending_attribute = "_pending_choices"

    def pending_value(self, form):
        return (form.cleaned_data.get("text", ""), bool(form.cleaned_data.get("is_correct")))


class QuizForm(_InlinesToClean):
    """Hands the submitted category counts to Quiz.clean()."""

    formset_name = "category_rules"
    pending_attribute = "_pending_rule_counts"

    def pending_value(self, form):
        return form.cleaned_data.get("count") or 0

"""Pure grading and item statistics: data in, numbers out, no database.

Scoring of one question (0..1):
- single choice and true/false: 1 when the one correct choice is the one selected, else 0;
- multiple choice, all or nothing: 1 when the selected set is exactly the correct set, else 0;
- multiple choice, partial credit: (correct choices ticked / correct choices) - (wrong choices ticked /
  wrong choices), never below 0. Ticking every box therefore scores 0, not a free share of the points.
An attempt's score is the mean question score in percent (unanswered questions count 0).

Item statistics (over submitted attempts):
- facility: the share of attempts that answered the question fully correctly (score 1);
- discrimination: the point-biserial correlation (Pearson's r with a 0/1 variable) between answering the
  question fully correctly and the attempt's score on the *other* questions (the corrected item-total
  correlation, so an item does not correlate with itself). None when it cannot be computed (fewer than
  two attempts, or no variation);
- flags: too easy (facility > 0.9), too hard (facility < 0.2), negative discrimination (r < 0).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

TOO_EASY = 0.9
TOO_HARD = 0.2


@dataclass(frozen=True)
class AnswerKey:
    kind: str
    scoring: str
    correct: frozenset[int]
    choices: frozenset[int]


def score_question(key: AnswerKey, selected: Iterable[int]) -> float:
    chosen = set(selected) & key.choices
    if key.kind == "multiple" and key.scoring == "partial":
        wrong = key.choices - key.correct
        right_share = len(chosen & key.correct) / len(key.correct) if key.correct else 0.0
        wrong_share = len(chosen - key.correct) / len(wrong) if wrong else 0.0
        return max(0.0, right_share - wrong_share)
    return 1.0 if chosen == key.correct else 0.0


def grade(
    question_ids: Sequence[int], keys: Mapping[int, AnswerKey], answers: Mapping[int, Iterable[int]]
) -> tuple[float, dict[int, float]]:
    """The attempt's score in percent (2 decimals) and each question's score; a removed question counts 0."""
    scores = {
        question_id: score_question(keys[question_id], answers.get(question_id, ()))
        if question_id in keys
        else 0.0
        for question_id in question_ids
    }
    percent = round(100 * sum(scores.values()) / len(question_ids), 2) if question_ids else 0.0
    return percent, scores


@dataclass
class ItemStatistic:
    question_id: int
    attempts: int = 0
    facility: float | None = None
    discrimination: float | None = None
    mean_score: float | None = None
    choice_counts: dict[int, int] = field(default_factory=dict)
    blank: int = 0

    @property
    def too_easy(self) -> bool:
        return self.facility is not None and self.facility > TOO_EASY

    @property
    def too_hard(self) -> bool:
        return self.facility is not None and self.facility < TOO_HARD

    @property
    def negative_discrimination(self) -> bool:
        return self.discrimination is not None and self.discrimination < 0

    @property
    def flagged(self) -> bool:
        return self.too_easy or self.too_hard or self.negative_discrimination


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def item_statistics(
    attempts: Iterable[Mapping[int, tuple[float, Sequence[int]]]],
) -> dict[int, ItemStatistic]:
    """Statistics per question from attempts given as {question id: (score 0..1, selected choice ids)}."""
    correct: dict[int, list[float]] = {}
    rest: dict[int, list[float]] = {}
    scores: dict[int, list[float]] = {}
    stats: dict[int, ItemStatistic] = {}
    for attempt in attempts:
        total = sum(score for score, _selected in attempt.values())
        count = len(attempt)
        for question_id, (score, selected) in attempt.items():
            stat = stats.get(question_id)
            if stat is None:
                stat = stats[question_id] = ItemStatistic(question_id)
                correct[question_id], rest[question_id], scores[question_id] = [], [], []
            stat.attempts += 1
            if selected:
                for choice_id in selected:
                    stat.choice_counts[choice_id] = stat.choice_counts.get(choice_id, 0) + 1
            else:
                stat.blank += 1
            scores[question_id].append(score)
            if count > 1:
                correct[question_id].append(1.0 if score >= 1 - 1e-9 else 0.0)
                rest[question_id].append((total - score) / (count - 1))
    for question_id, stat in stats.items():
        fully = [1.0 if score >= 1 - 1e-9 else 0.0 for score in scores[question_id]]
        stat.facility = sum(fully) / len(fully)
        stat.mean_score = sum(scores[question_id]) / len(scores[question_id])
        stat.discrimination = pearson(correct[question_id], rest[question_id])
    return stats

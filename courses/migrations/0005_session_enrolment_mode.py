"""A session's enrolment mode (open / approval required / by nomination only) replaces the approval flag."""

from django.db import migrations, models


def flag_to_mode(apps, schema_editor):
    TrainingSession = apps.get_model("courses", "TrainingSession")
    TrainingSession.objects.filter(requires_approval=True).update(enrolment_mode="approval")


def mode_to_flag(apps, schema_editor):
    # Going back, a nomination-only session becomes an approval one: nobody gets in on their own word.
    TrainingSession = apps.get_model("courses", "TrainingSession")
    TrainingSession.objects.exclude(enrolment_mode="open").update(requires_approval=True)


class Migration(migrations.Migration):
    dependencies = [("courses", "0004_enrolment_records_are_protected")]

    operations = [
        migrations.AddField(
            model_name="trainingsession",
            name="enrolment_mode",
            field=models.CharField(
                choices=[
                    ("open", "Open enrolment"),
                    ("approval", "Approval required"),
                    ("nomination", "By nomination only"),
                ],
                default="open",
                help_text=(
                    "Open: people enrol themselves. Approval required: requests stay pending until a trainer or "
                    "manager confirms them. By nomination only: invited organisations nominate their staff."
                ),
                max_length=20,
                verbose_name="enrolment mode",
            ),
        ),
        migrations.RunPython(flag_to_mode, mode_to_flag),
        migrations.RemoveField(model_name="trainingsession", name="requires_approval"),
    ]

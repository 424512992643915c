"""The blocks an editor picks from, in every StreamField of the site (lessons, handbook, general pages), read
in Vietnamese: a block without a label is named after its field in English ("Heading", "Call to action")."""

from django.apps import apps
from django.utils import translation
from wagtail.fields import StreamField


def _blocks(block, path):
    """The block and every block inside it, each with its path from the model's field."""
    yield path, block
    children = getattr(block, "child_blocks", None)
    if children:
        for name, child in children.items():
            yield from _blocks(child, f"{path}.{name}")
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from _blocks(child, f"{path}[]")


def test_every_block_of_every_stream_field_has_a_vietnamese_label():
    same_in_both = {"Video"}
    untranslated = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for path, block in _blocks(field.stream_block, f"{model.__name__}.{field.name}"):
                    if block is field.stream_block:
                        continue
                    with translation.override("vi"):
                        vi = str(block.label)
                    with translation.override("en"):
                        en = str(block.label)
                    if vi == en and en not in same_in_both:
                        untranslated.append(f"{path}: {en}")
    assert untranslated == [], "\n".join(untranslated)

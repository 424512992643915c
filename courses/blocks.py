"""StreamField blocks of lesson material."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from cms_site.blocks import HeadingBlock, ImageBlock


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video"), help_text=_("A link to a video (YouTube, Vimeo...)."))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "courses/blocks/documents.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default=_("Key points"))
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point")), label=_("Points"))

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "courses/blocks/key_points.html"


class HandbookLinkBlock(blocks.StructBlock):
    section = blocks.PageChooserBlock(label=_("Handbook section"), page_type="handbook.HandbookSectionPage")
    note = blocks.CharBlock(label=_("Why read it"), required=False)

    class Meta:
        icon = "link"
        label = _("Handbook section")
        template = "courses/blocks/handbook_link.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(label=_("Text"), icon="pilcrow")
    image = ImageBlock()
    video = VideoBlock()
    documents = DocumentsBlock()
    key_points = KeyPointsBlock()
    handbook_link = HandbookLinkBlock()

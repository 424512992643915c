"""StreamField blocks of handbook sections. Each block renders on the web and in the PDF edition."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms_site import blocks as site_blocks
from lms.text import vietnamese_date

from .text import anchor_for

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingValue(blocks.StructValue):
    def anchor_id(self) -> str:
        return self.get("anchor") or anchor_for(self.get("text") or "")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=80,
        help_text=_("The id used in links to this heading; made from the text when left empty."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "handbook/blocks/heading.html"
        value_class = HeadingValue


class ItemsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))


class KeyPointsBlock(ItemsBlock):
    class Meta:
        icon = "pick"
        label = _("Key points")
        template = "handbook/blocks/key_points.html"


class ChecklistBlock(ItemsBlock):
    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "handbook/blocks/checklist.html"


class ExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Worked example or case study")
        template = "handbook/blocks/example.html"


class LegalQuoteValue(blocks.StructValue):
    def citation(self) -> str:
        """ "Nghị định số 09/2017/NĐ-CP, Điều 4, ngày 09 tháng 02 năm 2017"."""
        parts = [self.get("document"), self.get("article"), vietnamese_date(self.get("date"))]
        return ", ".join(part for part in parts if part)


class LegalQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quoted text"))
    document = blocks.CharBlock(label=_("Document number"), help_text=_("E.g. Nghị định số 09/2017/NĐ-CP"))
    article = blocks.CharBlock(label=_("Article"), required=False)
    date = blocks.DateBlock(label=_("Date of the document"), required=False)
    url = blocks.URLBlock(label=_("Link to the official text"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Legal quotation")
        template = "handbook/blocks/legal_quote.html"
        value_class = LegalQuoteValue


class ImageBlock(site_blocks.ImageBlock):
    """The site's image block (image, caption, credit), labelled and rendered for the handbook."""

    class Meta:
        icon = "image"
        label = _("Image")
        template = "handbook/blocks/image.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    header = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), label=_("Column headings"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")), label=_("Rows")
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "handbook/blocks/table.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("The document's title if empty.")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document download")
        template = "handbook/blocks/document.html"


class HandbookStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), icon="pilcrow", features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    key_points = KeyPointsBlock()
    checklist = ChecklistBlock()
    example = ExampleBlock()
    legal_quote = LegalQuoteBlock()
    image = ImageBlock()
    table = TableBlock()
    document = DocumentBlock()
    related = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type="handbook.HandbookSectionPage", label=pgettext_lazy("handbook", "Section")
        ),
        label=_("Related sections"),
        icon="link",
        template="handbook/blocks/related.html",
    )

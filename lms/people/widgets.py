from django import forms


class SearchableSelect(forms.Select):
    """A plain <select> that the site's script enhances with a type-to-filter box (diacritics optional)."""

    def __init__(self, attrs=None, choices=()):
        attrs = {"data-searchable": "true", **(attrs or {})}
        super().__init__(attrs, choices)

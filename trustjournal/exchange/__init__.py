"""Export and import: open formats out, other journals in. Headless (only the PDF writer
uses QtGui), shared by the CLI and the GUI.

- `model`: records, filters, previews, errors, the Exporter/Importer protocols.
- `registry`: formats by name; each `*_format` module registers itself.
- `runner`: export to a temp file and move it into place; check, preview and import
  all-or-nothing; progress and cancel.
"""

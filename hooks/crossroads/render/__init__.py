"""Stage 3: how things are written: Markdown escaping and links, numbers, tables, charts, figures, templates."""

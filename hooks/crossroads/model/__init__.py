"""Stage 2: the typed model, enriched once with every derived value (renderers only word them)."""

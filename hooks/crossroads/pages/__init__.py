"""Stage 5: one module per generated page, and the registry of pages, files and markers."""

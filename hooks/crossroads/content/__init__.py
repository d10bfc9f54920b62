"""Stage 1: find, load and check content/ (safe YAML with positions, JSON Schema, cross-file rules)."""

"""Stage 4: what machines read: the static API (JSON, CSV, schemas), JSON-LD, head meta and the share card."""

"""Crossroads: a data-driven career guide built from YAML. One folder per stage of the pipeline:

content/  load the YAML safely, check it against the JSON Schemas and the cross-file rules
model/    typed entities, and every derived value computed once (annual values, headlines, summaries)
render/   how things are written: Markdown, tables, charts, figures, templates
publish/  what machines read: the API (JSON, CSV, schemas), JSON-LD, head meta, share card
pages/    one module per generated page, and the registry of pages, files and markers
site/     the page tree for any generator, HTML finishing (CSP, banner, edit link), search, preview, Zensical
tools/    contributor tools: `make new`, the link check

Beside them: routes.py (every address), vocabulary.py (every enum label), config.py (folders, site
and repository addresses, build stamp) and cli.py (`python -m crossroads`). A stage imports only
from the stages before it (tests/test_architecture.py).
"""

# Crossroads: `make build` and `make test` are all a new contributor needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: build test lint serve validate bench pages lock clean new links zensical lighthouse preview screenshots

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .   # the crossroads package (hooks/crossroads)
	touch $(STAMP)

build: $(STAMP)  ## Build the site into site/ (strict)
	$(BIN)/mkdocs build --strict

test: $(STAMP) lint  ## Lint, then run the whole test suite (browser tests need Chromium; see DEVELOPERS.md)
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff on the Python code (zero findings)
	$(BIN)/ruff check hooks tests

serve: $(STAMP)  ## Live preview at http://127.0.0.1:8000/crossroads/ (reloads on content/ edits)
	$(BIN)/mkdocs serve

validate: $(STAMP)  ## Check content/ only (fast, no MkDocs)
	$(BIN)/python -m crossroads validate

new: $(STAMP)  ## Start a new file: make new KIND=role|path|skill|source ID=my-id [IN=path-id]
	$(BIN)/python -m crossroads new "$(KIND)" "$(ID)" $(if $(IN),--path "$(IN)")

links: $(STAMP)  ## Check that every source address still answers (reports, never fails)
	$(BIN)/python -m crossroads links

pages: $(STAMP)  ## Write the complete page tree (pages, assets, data) to build/pages (no MkDocs)
	$(BIN)/python -m crossroads pages --out build/pages

zensical: $(STAMP)  ## The same site built by Zensical into site-zensical/ (from the CLI's complete page tree)
	$(BIN)/python -m crossroads zensical --out site-zensical

preview: build  ## Serve the built site/ at http://127.0.0.1:8001/crossroads/ (a Material site is not opened from disk)
	$(BIN)/python -m tests.sitepreview site 8001

screenshots: build  ## Home, a role, income, skills, compare and quiz at 390 and 1280 px, light and dark, into screenshots/
	$(BIN)/python -m tests.screenshots site screenshots

bench: $(STAMP)  ## Measure build time and sizes
	$(BIN)/python -m tests.bench

LIGHTHOUSE := build/lighthouse/node_modules/.bin/lighthouse
lighthouse: build  ## Optional: Lighthouse's four scores per page type (needs npm and Chromium; see CONTRIBUTING.md)
	test -x $(LIGHTHOUSE) || npm install --prefix build/lighthouse --no-audit --no-fund --loglevel=error lighthouse@13.5.0
	$(BIN)/python -m tests.lighthouse site $(LIGHTHOUSE)

lock:  ## Re-pin requirements.lock from requirements-dev.txt (needs network to PyPI)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements-dev.txt
	(echo "# Full pinned set (make lock regenerates it from requirements-dev.txt)."; .lock-venv/bin/pip freeze) > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf site site-zensical build .pytest_cache screenshots

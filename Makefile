# Crossroads: `make build` and `make test` are all a new contributor needs.
# Building (build, serve, validate, new, links, view) installs only the site's packages (requirements.lock);
# testing and tools (test, lint, bench, zensical, screenshots, lighthouse) add requirements-dev.lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
export NO_MKDOCS_2_WARNING := 1

.PHONY: build test lint lint-js serve validate bench pages lock clean new links zensical lighthouse preview view screenshots

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.lock
	$(PIP) --no-deps -e .   # the crossroads package (hooks/crossroads)
	touch $(STAMP)

$(DEV): $(STAMP) requirements-dev.lock
	$(PIP) -r requirements-dev.lock
	touch $(DEV)

build: $(STAMP)  ## Build the site into site/ (strict)
	$(BIN)/mkdocs build --strict

test: $(DEV) lint  ## Lint (Python; JavaScript too where Node is present), then run the whole test suite (browser tests need Chromium)
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory lint-js; \
	else echo "lint-js skipped: no node/npm on this machine (CI lints the JavaScript)"; fi
	$(BIN)/python -m pytest

lint: $(DEV)  ## ruff on the Python code (zero findings)
	$(BIN)/ruff check hooks tests

# ESLint, pinned by package-lock.json, installed into node_modules/ (only the linter: the site needs no Node).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

lint-js: $(NODE_STAMP)  ## ESLint's recommended rules on the site's scripts (docs/assets, overrides); needs Node >= 18.18 and npm
	node_modules/.bin/eslint --max-warnings 0 .

serve: $(STAMP)  ## Live preview at http://127.0.0.1:8000/crossroads/ (reloads on content/ edits)
	$(BIN)/mkdocs serve

validate: $(STAMP)  ## Check content/ only (fast, no MkDocs)
	$(BIN)/python -m crossroads validate

new: $(STAMP)  ## Start a new file: make new KIND=role|path|skill|source ID=my-id [IN=path-id] [DRAFT=1: a first draft]
	$(BIN)/python -m crossroads new "$(KIND)" "$(ID)" $(if $(IN),--path "$(IN)") $(if $(DRAFT),--draft)

links: $(STAMP)  ## Check that every source address still answers (reports, never fails)
	$(BIN)/python -m crossroads links

pages: $(STAMP)  ## Write the complete page tree (pages, assets, data) to build/pages (no MkDocs)
	$(BIN)/python -m crossroads pages --out build/pages

zensical: $(DEV)  ## The same site built by Zensical into site-zensical/ (from the CLI's complete page tree)
	$(BIN)/python -m crossroads zensical --out site-zensical

preview: build  ## Serve the built site/ at http://127.0.0.1:8001/crossroads/ (a Material site is not opened from disk)
	$(BIN)/python -m tests.sitepreview site 8001

view: $(STAMP)  ## Serve any built site under /crossroads/, e.g. the CI artifact: make view DIR=~/Downloads/site
	$(BIN)/python -m tests.sitepreview "$(or $(DIR),site)" 8001

screenshots: build $(DEV)  ## Home, a role, income, skills, compare and quiz at 390 and 1280 px, light and dark, into screenshots/
	$(BIN)/python -m tests.screenshots site screenshots

bench: $(DEV)  ## Measure build time, sizes and page budgets; exits 1 when a budget is missed
	$(BIN)/python -m tests.bench

LIGHTHOUSE := build/lighthouse/node_modules/.bin/lighthouse
lighthouse: build $(DEV)  ## Optional: Lighthouse's four scores per page type (needs npm and Chromium; see CONTRIBUTING.md)
	test -x $(LIGHTHOUSE) || npm install --prefix build/lighthouse --no-audit --no-fund --loglevel=error lighthouse@13.5.0
	$(BIN)/python -m tests.lighthouse site $(LIGHTHOUSE)

lock:  ## Re-pin requirements.lock (site) and requirements-dev.lock (tests, tools) (needs network to PyPI)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.txt
	.lock-venv/bin/pip freeze > .lock-site
	.lock-venv/bin/pip install --quiet -r requirements-dev.txt
	(echo "# Pinned set for building the site (make build, make serve, make validate); make lock regenerates it."; cat .lock-site) > requirements.lock
	(echo "# Pinned set added for tests and tools (make test, make bench, make zensical…), on top of requirements.lock."; \
	 .lock-venv/bin/pip freeze | grep -vxFf .lock-site) > requirements-dev.lock
	rm -rf .lock-venv .lock-site

clean:
	rm -rf site site-zensical build .pytest_cache screenshots

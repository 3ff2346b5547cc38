# The two commands: `make site` and `make test`. Both set up .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint serve preview check eval golden clean vendor

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,zensical]'
	touch $(STAMP)

# ENGINE=zensical builds the site with Zensical instead of MkDocs (docs/engines.md)
ENGINE ?= mkdocs

site: $(STAMP)
	$(BIN)/timeline build --strict --engine $(ENGINE)

test: $(STAMP)
	$(BIN)/python -m pytest

# ruff's checks (pyproject.toml [tool.ruff.lint]); .ci/run runs this before the tests
lint: $(STAMP)
	$(BIN)/ruff check .

# Live preview at http://127.0.0.1:8000: builds again (search included) and reloads the open
# pages when a source, curation.yaml, a doc, a template or mkdocs.yml changes.
serve: $(STAMP)
	$(BIN)/timeline serve

# The built site as readers get it (search included), at http://127.0.0.1:8000
preview: site
	$(BIN)/python -m http.server --directory site --bind 127.0.0.1 8000

check: $(STAMP)
	$(BIN)/timeline check sources

# Score the temporal tagger on the TimeML corpora in ../shared (TempEval-3 style).
eval: $(STAMP)
	$(BIN)/python -m generator.timex.evaluate ../shared/corpora/timebank/TimeBank ../shared/corpora/timebank/AQUAINT

# Regenerate the golden page tree under tests/golden/ (review the diff before committing).
golden: $(STAMP)
	$(BIN)/python -m tests.regenerate_golden

clean:
	rm -rf site .timeline-build .timeline-pages $(addprefix docs/,index.md timeline.md visual.md \
		people-and-places.md timeline.json events.csv events.atom events.ics timelinejs.json events \
		sources entities)

# Refresh the front-end files shipped in the site and used by the browser tests from the npm
# registry, at the exact versions of package.json / package-lock.json. The copies are committed,
# so `make site` and `make test` need no npm.
vendor:
	npm ci --no-audit --no-fund --ignore-scripts
	mkdir -p docs/vendor/vis-timeline tests/browser/vendor
	sed '/sourceMappingURL/d' node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js > docs/vendor/vis-timeline/vis-timeline-graph2d.min.js
	cp node_modules/vis-timeline/LICENSE.Apache-2.0.txt node_modules/vis-timeline/LICENSE.MIT.txt node_modules/vis-timeline/LICENSE.md docs/vendor/vis-timeline/
	cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE tests/browser/vendor/

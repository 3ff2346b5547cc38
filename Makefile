# The two commands: `make site` and `make test`. Both set up .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve check eval golden clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/timeline build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

serve: site
	$(BIN)/mkdocs serve

check: $(STAMP)
	$(BIN)/timeline check sources

# Score the temporal tagger on the TimeML corpora in ../shared (TempEval-3 style).
eval: $(STAMP)
	$(BIN)/python -m generator.timex.evaluate ../shared/corpora/timebank/TimeBank ../shared/corpora/timebank/AQUAINT

# Regenerate the golden page tree under tests/golden/ (review the diff before committing).
golden: $(STAMP)
	$(BIN)/python -m tests.regenerate_golden

clean:
	rm -rf site docs/events docs/sources docs/entities docs/index.md docs/timeline.md docs/people-and-places.md docs/timeline.json

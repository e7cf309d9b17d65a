# Fallakte: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-data/store
export FALLAKTE_PASSWORD ?= demo-passwort

.PHONY: demo test lint bench clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The main job: a demo store with synthetic data, walked through with the real commands.
demo: $(STAMP)
	@if [ ! -f $(DEMO_DIR)/keys.json ]; then \
		$(BIN)/fallakte --data-dir $(DEMO_DIR) init --user demo --site ATR --kdf-time-cost 2 --kdf-memory-mib 32 && \
		$(BIN)/fallakte --data-dir $(DEMO_DIR) demo-data --persons 2000 --seed 7; \
	fi
	$(BIN)/fallakte --data-dir $(DEMO_DIR) status
	$(BIN)/fallakte --data-dir $(DEMO_DIR) agenda --assignee demo
	$(BIN)/fallakte --data-dir $(DEMO_DIR) search "kilic"
	$(BIN)/fallakte --data-dir $(DEMO_DIR) search "Botschaft"
	$(BIN)/fallakte --data-dir $(DEMO_DIR) export -o demo-data/export.xlsx
	@echo "Demo store in $(DEMO_DIR) (password: $$FALLAKTE_PASSWORD); export in demo-data/export.xlsx"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/store.py

clean:
	rm -rf $(VENV) demo-data build dist *.egg-info

# Fallakte: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-data/store
# e.g. DEMO_ARGS=--quit-after-ms=5000 for a smoke run without anyone at the screen
DEMO_ARGS ?=
export FALLAKTE_PASSWORD ?= demo-passwort

.PHONY: demo demo-cli test lint bench clean install translations update-translations screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[desktop,server,dev]'
	touch $(STAMP)

install: $(STAMP)

# The main job: a local sync server with demo data and a busy colleague, and the desktop app
# on an enrolled demo device (password: demo-passwort). Without a display it says how to run it.
demo: $(STAMP) translations
	$(BIN)/python -m ui.demo --base-dir demo-data $(DEMO_ARGS)

# The command-line walk-through of the same demo device.
demo-cli: $(STAMP)
	$(BIN)/python -m sync.demo_env --base-dir demo-data prepare
	$(BIN)/fallakte --data-dir $(DEMO_DIR) status
	$(BIN)/fallakte --data-dir $(DEMO_DIR) agenda --assignee demo
	$(BIN)/fallakte --data-dir $(DEMO_DIR) search "kilic"
	$(BIN)/fallakte --data-dir $(DEMO_DIR) export -o demo-data/export.xlsx

# Qt translations: .ts sources in ui/i18n are committed, .qm files are built.
translations: $(STAMP)
	$(BIN)/python -c "from ui.i18n import build; build()"

# Developers: collect new or changed strings from the code into the .ts sources.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find ui -name '*.py' | sort) -ts ui/i18n/fallakte_de.ts ui/i18n/fallakte_en.ts

# Every main screen as PNG in screenshots/ (German and English, 100 % and 150 %), under Xvfb.
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python bench/screenshots.py screenshots/100 --language de
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python bench/screenshots.py screenshots/100 --language en
	QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 2049x1152x24" $(BIN)/python bench/screenshots.py screenshots/150 --language de

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP) translations
	$(BIN)/python bench/store.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/security_load.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui.py

clean:
	rm -rf $(VENV) demo-data build dist *.egg-info screenshots resources/i18n

# The desktop bundle (installer/README.md): dist/fallakte/ by PyInstaller, plus on Linux a tarball
# of it with install.sh. Takes about a minute; not part of `make test`.
BUNDLE_VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
.PHONY: bundle bundle-check
bundle: $(STAMP) translations
	$(BIN)/pip install --quiet -e '.[bundle]'
	rm -rf build/fallakte dist/fallakte
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build installer/fallakte.spec
	tar -C dist -czf dist/fallakte-$(BUNDLE_VERSION)-linux-$$(uname -m).tar.gz fallakte

# Smoke test of the built bundle: CLI, import/export, GUI offscreen, sync; prints size and times.
bundle-check:
	$(BIN)/python installer/bundle_check.py dist/fallakte

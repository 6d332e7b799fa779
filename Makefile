# Two commands do all set-up: `make run` and `make test`. CPU torch is installed first so
# pip never pulls the multi-GB CUDA build; everything runs offline afterwards.
PY      := .venv/bin/python
PIP     := .venv/bin/pip
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMIUM := /usr/bin/chromium
# llama.cpp's native build crashes on this CPU family: build for a portable AVX2 baseline.
LLM_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test ingest eval eval-variants bench screenshots llm serve clean

# requirements.lock constrains every install: a fresh clone gets the versions that were tested,
# not whatever the registry released since.
.venv/.installed: pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv .venv
	$(PIP) install -q -c requirements.lock torch==2.13.0
	$(PIP) install -q -c requirements.lock -e ".[test]"
	touch $@

# Optional generative layer (issue 7): `make llm`, then ASSISTANT_GENERATOR=local.
.venv/.llm: .venv/.installed
	CMAKE_ARGS="$(LLM_CMAKE_ARGS)" FORCE_CMAKE=1 $(PIP) install -q -c requirements.lock -e ".[test,llm]"
	touch $@

llm: .venv/.llm

# Browser tests drive Debian's Chromium through Playwright (Playwright's own download cannot work offline).
$(CHROMIUM):
	$(SUDO) apt-get install -y -q chromium || ($(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium)

index/CURRENT: .venv/.installed
	$(PY) -m assistant ingest

run: .venv/.installed index/CURRENT
	$(PY) -m assistant ingest
	$(PY) -m assistant serve

test: .venv/.llm $(CHROMIUM)
	$(PY) -m pytest -q

ingest: .venv/.installed
	$(PY) -m assistant ingest

# Dev and held-out side by side (the number that matters); `make eval-variants` compares retrieval variants.
eval: .venv/.installed index/CURRENT
	$(PY) -m assistant eval --splits

eval-variants: .venv/.installed index/CURRENT
	$(PY) -m assistant eval

bench: .venv/.installed index/CURRENT
	$(PY) -m assistant bench

screenshots: .venv/.installed index/CURRENT $(CHROMIUM)
	$(PY) eval/screenshots.py

clean:
	rm -rf index .venv

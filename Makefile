# Two commands do all set-up: `make run` and `make test`. CPU torch is installed first so
# pip never pulls the multi-GB CUDA build; everything runs offline afterwards.
PY      := .venv/bin/python
PIP     := .venv/bin/pip
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: run test ingest eval serve clean

.venv/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e ".[test]"
	touch $@

index/CURRENT: .venv/.installed
	$(PY) -m assistant ingest

run: .venv/.installed index/CURRENT
	$(PY) -m assistant ingest
	$(PY) -m assistant serve

test: .venv/.installed
	$(PY) -m pytest -q

ingest: .venv/.installed
	$(PY) -m assistant ingest

eval: .venv/.installed index/CURRENT
	$(PY) -m assistant eval

clean:
	rm -rf index .venv

# Flint: `make run` installs what is missing, builds and starts the REPL; `make test` runs every test.
SWIFT ?= swift
APT_PACKAGES := libedit-dev libopenblas-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run build debug test unit sessions bench deps clean

run: deps build
	./.build/release/flint

build: deps
	$(SWIFT) build -c release --product flint

debug: deps
	$(SWIFT) build --product flint

# Unit tests (Swift Testing, including the pseudo-terminal REPL test), then every golden session.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	./.build/debug/flint test sessions/ docs/
	./.build/debug/flint tools/api_coverage.py | diff -u docs/api-coverage.md - || { echo "docs/api-coverage.md is stale: ./.build/debug/flint tools/api_coverage.py > docs/api-coverage.md"; exit 1; }

sessions: debug
	./.build/debug/flint test sessions/ docs/

bench: build
	bench/compare.sh

# Installs Debian's libedit-dev and libopenblas-dev only when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libedit openblas 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $(APT_PACKAGES); \
	fi

clean:
	rm -rf .build

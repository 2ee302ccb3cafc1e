# telcograph: the two commands are `make run` (serve the bundled graph on
# http://127.0.0.1:8080/) and `make test` (everything CI checks).
GO ?= go
GOFLAGS ?=
export GOFLAGS

.PHONY: run test check generate unit build postgres test-ha web web-check

# PostgreSQL 15's programs; the store suite starts throwaway servers with them.
PG_BIN ?= /usr/lib/postgresql/15/bin

run:
	$(GO) run ./cmd/telcograph serve

build:
	$(GO) build -o telcograph ./cmd/telcograph

# test is what .ci/run calls: static checks, generated code up to date, the
# race-enabled Go suite (with the PostgreSQL store suite, which must not skip
# here), and the high-availability test.
test: export TELCOGRAPH_REQUIRE_POSTGRES = 1
test: check generate postgres unit test-ha

check:
	@echo "== gofmt and go vet"
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^server/generated/') $$(git ls-files --others --exclude-standard '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

generate:
	@echo "== go generate leaves the tree unchanged"
	$(GO) generate ./...
	@git diff --exit-code -- server/generated gqlgen.yml || { echo "generated code is stale: run go generate ./... and commit"; exit 1; }
	@test -z "$$(git ls-files --others --exclude-standard server/generated)" || { echo "untracked generated files"; exit 1; }

unit:
	@echo "== go test -race"
	$(GO) test -race -count=1 ./...

# postgres installs PostgreSQL 15 and pg_auto_failover from Debian when they
# are missing (as root); tests start their own servers on loopback ports.
postgres:
	@if [ ! -x $(PG_BIN)/initdb ] || ! command -v pg_autoctl >/dev/null || \
	    [ ! -f /usr/share/postgresql/15/extension/pgautofailover.control ]; then \
	  echo "== installing PostgreSQL 15 and pg_auto_failover"; \
	  apt-get update -qq && \
	  apt-get install -y --no-install-recommends postgresql-15 postgresql-15-auto-failover pg-auto-failover-cli; \
	fi

# test-ha: a pg_auto_failover monitor and three data nodes, two API instances;
# the primary is stopped under traffic (see server/failover_test.go and
# docs/postgres.md). Prints the counts of requests, errors and lost facts.
test-ha: postgres
	@echo "== high availability (pg_auto_failover)"
	TELCOGRAPH_TEST_HA=1 TELCOGRAPH_REQUIRE_POSTGRES=1 $(GO) test -race -count=1 -v -run '^TestFailover$$' ./server/

# web rebuilds the explorer's bundle (web/dist, embedded by server) from
# web/package-lock.json; the result is byte for byte the same on every run.
# web-check fails when the committed bundle differs from what the sources
# build. The browser tests (server/browser_test.go) need Debian's chromium:
# apt-get install -y chromium
web:
	cd web && npm ci --no-audit --no-fund && npm run build

web-check:
	@echo "== the committed explorer bundle matches web/"
	sh web/check.sh

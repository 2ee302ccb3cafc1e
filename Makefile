# telcograph: the two commands are `make run` (serve the bundled graph on
# http://127.0.0.1:8080/) and `make test` (everything CI checks).
GO ?= go
GOFLAGS ?=
export GOFLAGS

.PHONY: run test check generate unit build

run:
	$(GO) run ./cmd/telcograph serve

build:
	$(GO) build -o telcograph ./cmd/telcograph

# test is what .ci/run calls: static checks, generated code up to date, the
# race-enabled Go suite.
test: check generate unit

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

#!/usr/bin/env bash
# `make notebook`: tests the notebook client and regenerates the notebooks'
# outputs against a telcograph server it starts, as CI does.
#  1. installs the Debian packages the notebooks use when they are missing;
#  2. builds telcograph and serves the bundled data from a memory store on a
#     free loopback port;
#  3. runs the client's tests (notebooks/test_telcograph.py, unittest; none
#     run is a failure);
#  4. executes notebooks/explore.ipynb and notebooks/memberships-over-time.ipynb
#     in place (jupyter nbconvert --execute --inplace) with Debian's Python
#     as the kernel, and drops the per-cell execution timestamps, so that the
#     same data and code give the same bytes (plots are SVG with a fixed hash
#     salt and no date, see the notebooks' first cell);
#  5. fails when a notebook now differs from its committed version: the
#     outputs are committed so that a forge shows them, and a change of data
#     or code that changes them is committed with them.
# The binary and the server's log go to $TELCOGRAPH_NOTEBOOK_OUT (or a fresh
# temporary directory). The server is stopped on every exit.
set -euo pipefail
cd "$(dirname "$0")/.."

notebooks=(notebooks/explore.ipynb notebooks/memberships-over-time.ipynb)
packages=(python3-networkx python3-requests python3-matplotlib python3-pandas jupyter-nbconvert python3-ipykernel)
export PYDEVD_DISABLE_FILE_VALIDATION=1  # no debugger warnings from the kernels
PY=/usr/bin/python3          # the kernel and the tests: Debian's Python, not a pyenv or venv one
JUPYTER=/usr/bin/jupyter

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

out=${TELCOGRAPH_NOTEBOOK_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/telcograph-notebook.XXXXXX")}
mkdir -p "$out"
out=$(cd "$out" && pwd)

echo "== building telcograph"
go build -o "$out/telcograph" ./cmd/telcograph

# Port 0: the kernel picks a free port, and serve prints the address it got.
echo "== starting telcograph serve --store memory://"
"$out/telcograph" serve --store memory:// --addr 127.0.0.1:0 >"$out/serve.out" 2>"$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

url=
for _ in $(seq 1 200); do
  url=$(sed -n 's#^telcograph: serving \(http://[0-9.:]*\)/.*#\1#p' "$out/serve.out")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { echo "telcograph serve exited:"; cat "$out/serve.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "telcograph serve did not start:"; cat "$out/serve.log"; exit 1; }

"$PY" - "$url" <<'EOF'
import sys, time, urllib.request
url = sys.argv[1] + "/healthz"
for _ in range(100):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            if r.status == 200:
                print("healthy:", r.read().decode())
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
sys.exit("no answer from " + url)
EOF
export TELCOGRAPH_URL=$url

echo "== the client's tests (notebooks/test_telcograph.py) against $url"
(cd notebooks && "$PY" - <<'EOF'
import sys, unittest
suite = unittest.defaultTestLoader.loadTestsFromName("test_telcograph")
if suite.countTestCases() == 0:
    sys.exit("notebooks/test_telcograph.py: no tests found")
result = unittest.TextTestRunner(verbosity=2).run(suite)
if result.skipped:
    sys.exit(f"{len(result.skipped)} test(s) skipped; every test must run here")
sys.exit(0 if result.wasSuccessful() else 1)
EOF
)

echo "== executing ${notebooks[*]} against $url"
# A kernel spec of our own, so that the kernel is $PY whatever else is
# installed; a fixed hash seed, so that nothing depends on set order.
export JUPYTER_DATA_DIR="$out/jupyter"
PYDEVD_DISABLE_FILE_VALIDATION=1 "$PY" -m ipykernel install --user --name python3 --display-name "Python 3 (Debian)" \
  --env PYDEVD_DISABLE_FILE_VALIDATION 1 --env PYTHONHASHSEED 0 >/dev/null
"$JUPYTER" nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=python3 \
  --ExecutePreprocessor.timeout=300 --ExecutePreprocessor.record_timing=False "${notebooks[@]}"

# Execution counts run 1, 2, ... already; drop any timing metadata left, and
# refuse an output that shows the server's address (its port changes).
"$PY" - "$url" "${notebooks[@]}" <<'EOF'
import json, sys
url, paths = sys.argv[1], sys.argv[2:]
for path in paths:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    nb = json.loads(text)
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("execution", None)
    for key in ("papermill", "widgets"):
        nb["metadata"].pop(key, None)
    clean = json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if url.split("//")[1] in clean:
        sys.exit(f"{path}: an output shows the server's address {url}, which changes from run to run")
    if clean != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(clean)
EOF

echo "== the committed notebooks are what the data and the code give"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: notebooks regenerated, not compared"
  exit 0
fi
for nb in "${notebooks[@]}"; do
  git ls-files --error-unmatch "$nb" >/dev/null 2>&1 || { echo "$nb is not committed: run make notebook and commit it" >&2; exit 1; }
done
if ! git diff --quiet -- "${notebooks[@]}"; then
  git diff --stat -- "${notebooks[@]}" >&2
  echo "the notebooks' outputs differ from the committed ones: run make notebook and commit ${notebooks[*]}" >&2
  exit 1
fi
echo "== ok: client tests pass, ${notebooks[*]} up to date"

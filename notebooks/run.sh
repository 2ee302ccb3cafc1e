#!/usr/bin/env bash
# Executes notebooks/explore.ipynb against a telcograph server it starts, as CI
# does: installs the Debian packages the notebook uses when they are missing,
# builds telcograph, serves the bundled data from a memory store on a free
# loopback port, checks that networkx reads the GraphML export, then runs
# `jupyter nbconvert --to notebook --execute` with TELCOGRAPH_URL set. The
# executed notebook, the PNG it draws and the exports are left in the output
# directory ($TELCOGRAPH_NOTEBOOK_OUT, or a fresh temporary one). Exits non-zero
# when any step or any cell fails; the server is stopped on every exit.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3-networkx python3-requests python3-matplotlib python3-pandas jupyter-nbconvert python3-ipykernel)
PY=/usr/bin/python3          # the notebook's kernel: Debian's Python, not a pyenv or venv one
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

echo "== networkx reads the GraphML export"
"$PY" -c 'import sys, urllib.request; open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1] + "/export?format=graphml", timeout=60).read())' \
  "$url" "$out/export.graphml"
"$PY" -c 'import sys, networkx; g = networkx.read_graphml(sys.argv[1]); assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, "empty graph"; print(type(g).__name__, g.number_of_nodes(), "nodes,", g.number_of_edges(), "edges")' \
  "$out/export.graphml"

echo "== executing notebooks/explore.ipynb against $url"
# A kernel spec of our own, so that the kernel is $PY whatever else is installed.
export JUPYTER_DATA_DIR="$out/jupyter"
PYDEVD_DISABLE_FILE_VALIDATION=1 "$PY" -m ipykernel install --user --name python3 --display-name "Python 3 (Debian)" \
  --env PYDEVD_DISABLE_FILE_VALIDATION 1 >/dev/null
TELCOGRAPH_URL=$url TELCOGRAPH_OUT=$out \
  "$JUPYTER" nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=python3 \
  --ExecutePreprocessor.timeout=300 --output-dir "$out" --output explore.ipynb notebooks/explore.ipynb

test -s "$out/alliance-network.png" || { echo "the notebook drew no $out/alliance-network.png"; exit 1; }
echo "== ok: $out/explore.ipynb, $out/alliance-network.png"

#!/usr/bin/env bash
# Runs each bench/*.py (or the files given) under flint and under python3 + torch, and prints the
# median wall time, the peak resident memory and flint's ratio to torch for both.
# Torch is looked for in $TORCH_PYTHON, then ~/.torchref/bin/python, then python3; when none
# imports torch, only flint's numbers are shown.
set -euo pipefail
cd "$(dirname "$0")/.."
flint=${FLINT:-./.build/release/flint}
runs=${RUNS:-5}
[ -x "$flint" ] || { echo "build flint first: make build" >&2; exit 2; }

python=""
for candidate in "${TORCH_PYTHON:-}" "$HOME/.torchref/bin/python" python3; do
  if [ -n "$candidate" ] && "$candidate" -c "import torch" 2>/dev/null; then python=$candidate; break; fi
done

# measure CMD...: prints "median_seconds peak_kib" over $runs runs (peak = largest seen).
# python3's resource module reads each child's peak RSS, so no GNU time is needed.
measure() {
  python3 - "$runs" "$@" <<'PY'
import resource, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
times, peak = [], 0
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
    peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
times.sort()
print(f"{times[len(times) // 2]:.4f} {peak}")
PY
}

files=("$@"); [ ${#files[@]} -gt 0 ] || files=(bench/*.py)
printf '%-24s %10s %10s %10s %10s %8s %8s\n' bench flint_s torch_s flint_MiB torch_MiB time_x mem_x
for f in "${files[@]}"; do
  read -r ft fm < <(measure "$flint" "$f")
  if [ -n "$python" ]; then
    read -r pt pm < <(measure "$python" "$f")
    awk -v n="$(basename "$f" .py)" -v ft="$ft" -v fm="$fm" -v pt="$pt" -v pm="$pm" 'BEGIN {
      printf "%-24s %10.3f %10.3f %10.1f %10.1f %8.3f %8.3f\n", n, ft, pt, fm/1024, pm/1024,
             (pt > 0 ? ft/pt : 0), (pm > 0 ? fm/pm : 0) }'
  else
    awk -v n="$(basename "$f" .py)" -v ft="$ft" -v fm="$fm" 'BEGIN {
      printf "%-24s %10.3f %10s %10.1f %10s %8s %8s\n", n, ft, "-", fm/1024, "-", "-", "-" }'
  fi
done

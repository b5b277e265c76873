#!/usr/bin/env bash
# How long `npm start` takes until GET /readyz answers 200, measured in throwaway clones of this repository's
# HEAD, so nothing of this checkout is touched (not dist/, not neo4j-local/target/, not .neo4j/data, not ~/.m2):
#
#   cold      a fresh clone and an empty Maven repository: every jar is downloaded
#   first     a fresh clone (no dist/, no neo4j-local/target/) with the local Maven repository as it is
#   restart   everything built and cached, the database already seeded (after one start that is not counted)
#   cli       `npm run -s jisr -- help` with the build current
#
# Each figure is the median of RUNS runs (default 3), in seconds; every run's own figure is printed too, with
# what the log says the classpath step and Neo4j's start took. node_modules is this checkout's (linked).
#
#   scripts/measure-start.sh [RUNS] [CASE ...]       e.g. scripts/measure-start.sh 3 first restart cli
#   REV=<commit> scripts/measure-start.sh            measures another commit (before/after comparisons)
#   KEEP=1 ...                                       keeps the clones and logs (the path is printed)
#
# Needs git, node, npm, curl, and Java 17 and Maven, as npm start does.
set -euo pipefail

runs=${1:-3}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(cold first restart cli)

repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$repo" rev-parse "${REV:-HEAD}")
work=$(mktemp -d "${TMPDIR:-/tmp}/jisr-measure-XXXXXX")
running=""
elapsed=""

cleanup() {
  if [ -n "$running" ]; then kill -KILL -- "-$running" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

now() { date +%s%N; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", (end - start) / 1e9 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A clone of $rev with this checkout's node_modules, as `npm ci` would leave it.
fresh_clone() {
  local dir="$work/$1"
  git clone -q --no-checkout "$repo" "$dir"
  git -C "$dir" checkout -q "$rev"
  ln -s "$repo/node_modules" "$dir/node_modules"
  echo "$dir"
}

# Runs `npm start` in clone $1 with data dir $2, logging to $3 (further arguments: extra environment, such as
# MAVEN_OPTS=...), waits for /readyz to answer 200, sets `elapsed` to the seconds that took, then stops it with
# SIGINT as Ctrl-C would.
start_once() {
  local dir=$1 data=$2 log=$3 http bolt started pid
  shift 3
  http=$(free_port)
  bolt=$(free_port)
  started=$(now)
  # setsid: its own process group, so SIGINT reaches npm and node as a terminal's Ctrl-C would, and not us.
  (cd "$dir" && exec env PORT="$http" NEO4J_LOCAL_PORT="$bolt" NEO4J_LOCAL_DATA_DIR="$data" "$@" setsid npm start >"$log" 2>&1) &
  pid=$!
  running=$pid
  until curl -fs -o /dev/null "http://127.0.0.1:$http/readyz"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "npm start exited before /readyz answered; the end of $log:" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  elapsed=$(seconds_since "$started")
  kill -INT -- "-$pid" 2>/dev/null || true
  wait "$pid" || true
  running=""
}

# What the start's own log says about its phases.
phases() {
  local classpath neo4j
  classpath=$(grep -o 'classpath prepared in [0-9.]* s' "$1" | grep -o '[0-9.]* s' || true)
  neo4j=$(grep -o 'local Neo4j ready on [^ ]* in [0-9.]* s' "$1" | grep -o '[0-9.]* s$' || true)
  echo "classpath ${classpath:-cached}, Neo4j ${neo4j:-?}"
}

report() {
  local name=$1
  shift
  printf '%-8s median %5s s   runs: %s\n' "$name" "$(median "$@")" "$*"
}

echo "measuring $(git -C "$repo" log -1 --format='%h %s' "$rev" | cut -c1-80)"
echo "$runs run(s) per case; seconds from \`npm start\` until /readyz answers 200"

for case in "${cases[@]}"; do
  figures=()
  case $case in
    cold | first)
      for i in $(seq "$runs"); do
        dir=$(fresh_clone "$case-$i")
        extra=()
        # An empty Maven repository of its own: the user's ~/.m2 is neither used nor filled.
        if [ "$case" = cold ]; then extra=("MAVEN_OPTS=-Dmaven.repo.local=$work/m2-$i ${MAVEN_OPTS:-}"); fi
        log="$work/$case-$i.log"
        start_once "$dir" "$work/$case-$i-data" "$log" "${extra[@]}"
        figures+=("$elapsed")
        echo "  $case run $i: ${figures[-1]} s ($(phases "$log"))"
        rm -rf "$work/m2-$i"
      done
      ;;
    restart)
      dir=$(fresh_clone restart)
      start_once "$dir" "$work/restart-data" "$work/restart-0.log"
      for i in $(seq "$runs"); do
        log="$work/restart-$i.log"
        start_once "$dir" "$work/restart-data" "$log"
        figures+=("$elapsed")
        echo "  restart run $i: ${figures[-1]} s ($(phases "$log"))"
      done
      ;;
    cli)
      dir=$(fresh_clone cli)
      (cd "$dir" && npm run -s build >/dev/null)
      for i in $(seq "$runs"); do
        started=$(now)
        (cd "$dir" && npm run -s jisr -- help >/dev/null)
        figures+=("$(seconds_since "$started")")
      done
      ;;
    *)
      echo "unknown case \"$case\": expected cold, first, restart or cli" >&2
      exit 2
      ;;
  esac
  report "$case" "${figures[@]}"
done

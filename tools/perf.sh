#!/bin/sh
# Reproduces the README's Performance figures:
#
#	tools/perf.sh            # 1k and 10k articles
#	PERF_50K=1 tools/perf.sh # and 50k (about 170 MB of disk, for a while)
#	PERF_SIZES=10000 tools/perf.sh # only the sizes named
#
# It generates corpora with tools/gencorpus (seed 1) into a temporary folder,
# times `standpoint --json DIR > /dev/null` three times on each (the median
# wall time and CPU, the highest peak RSS, from GNU time), then runs the
# loader and UI benchmarks. The temporary folder is removed on exit.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/standpoint-perf.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
command -v /usr/bin/time >/dev/null || { echo "perf.sh: needs GNU time at /usr/bin/time" >&2; exit 1; }

go build -o "$tmp/standpoint" .
go build -o "$tmp/gencorpus" ./tools/gencorpus
sizes="${PERF_SIZES:-1000 10000}"
[ -n "${PERF_50K:-}" ] && sizes="$sizes 50000"

echo "| articles | MB | wall s, median (range) of 3 | MB/s | peak RSS MB | RSS / corpus | CPU s (user+sys) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
	dir="$tmp/corpus$n"
	"$tmp/gencorpus" -n "$n" -out "$dir" -seed 1 2>/dev/null
	sync # the kernel writing the new files back would be timed too
	bytes=$(du -sb "$dir" | cut -f1)
	: >"$tmp/times"
	for run in 1 2 3; do
		/usr/bin/time -f '%e %M %U %S' -o "$tmp/time" "$tmp/standpoint" --json "$dir" >/dev/null
		cat "$tmp/time" >>"$tmp/times"
	done
	sort -n "$tmp/times" | awk -v n="$n" -v b="$bytes" '
		{ wall[NR] = $1; cpu[NR] = $3 + $4; if ($2 > rsskb) rsskb = $2 }
		END {
			w = wall[2]; mb = b / 1e6; rss = rsskb * 1024 / 1e6
			printf "| %d | %.1f | %.2f (%.2f-%.2f) | %.2f | %.0f | %.1fx | %.1f |\n", n, mb, w, wall[1], wall[3], mb / w, rss, rss / mb, cpu[2] }'
	rm -rf "$dir"
done
best=
for i in 1 2 3; do
	/usr/bin/time -f '%e' -o "$tmp/time" "$tmp/standpoint" --json >/dev/null
	read -r wall <"$tmp/time"
	best=$(awk -v a="$best" -v b="$wall" 'BEGIN { print (a == "" || b < a) ? b : a }')
done
echo
echo "embedded seeds, whole process (start, lexicons, load, JSON), best of 3: ${best} s"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo

go test -run XXX -bench 'LoadFS1k$|LoadFS1kSequential|LoadDir1k' -benchtime 3x -benchmem ./loader
go test -run XXX -bench 'LoadFS10k' -benchtime 1x -benchmem ./loader
[ -n "${PERF_50K:-}" ] && STANDPOINT_BENCH_50K=1 go test -run XXX -bench 'LoadFS50k' -benchtime 1x -benchmem -timeout 2h ./loader
go test -run XXX -bench . -benchmem ./ui

#!/usr/bin/python3
# Export benchmark: `passerelle --export` of the large demo workspace against
# bench-export-plain, a plain C program writing the same cells with libxlsxwriter.
#   bench-export.py PASSERELLE BENCH_EXPORT_PLAIN [LARGE_WORKSPACE]
# Runs both RUNS times, alternately, after one warm-up run each, and prints the
# medians of wall time and of CPU time (user + system), and the peak resident set
# size of each process, as the kernel counts it for the process and its threads
# (os.wait4's ru_maxrss: the figure `/usr/bin/time -v` prints as
# "Maximum resident set size"). DESIGN.md's targets: ≤ 1.3 × the plain
# program's time, ≤ 100 MiB. Exits 1 when a target is missed.
import os, statistics, subprocess, sys, tempfile, time

RUNS = int(os.environ.get("RUNS", "5"))
TIME_RATIO = 1.3
MEMORY_MIB = 100

passerelle, plain = sys.argv[1:3]


def run(argv):
    """Wall seconds, CPU seconds and peak RSS in MiB of one run."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    error = child.stderr.read().decode()
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({child.returncode}): {error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


with tempfile.TemporaryDirectory() as tmp:
    large = sys.argv[3] if len(sys.argv) > 3 else os.path.join(tmp, "large.passerelle")
    if not os.path.exists(large):
        start = time.perf_counter()
        subprocess.run([passerelle, "--demo", "large", "--workspace", large], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"large demo workspace created in {time.perf_counter() - start:.1f} s")
    app_out = os.path.join(tmp, "app.xlsx")
    plain_out = os.path.join(tmp, "plain.xlsx")
    app_argv = [passerelle, "--export", app_out, "--force", "--workspace", large]
    plain_argv = [plain, large, plain_out]

    results = {"app": [], "plain": []}
    for i in range(RUNS + 1):
        for name, argv, out in (("app", app_argv, app_out), ("plain", plain_argv, plain_out)):
            if os.path.exists(out):
                os.unlink(out)
            measure = run(argv)
            if i > 0:  # the first run of each warms the caches
                results[name].append(measure)
    sizes = {name: os.path.getsize(out) / 2**20 for name, out in (("app", app_out), ("plain", plain_out))}

failed = False
for name, label in (("app", "passerelle --export"), ("plain", "bench-export-plain")):
    walls, cpus, rss = zip(*results[name])
    print(f"{label}: wall {statistics.median(walls):.2f} s, cpu {statistics.median(cpus):.2f} s"
          f" (medians of {RUNS}), peak RSS {max(rss):.1f} MiB, file {sizes[name]:.1f} MiB")
wall_ratio = statistics.median(r[0] for r in results["app"]) / statistics.median(r[0] for r in results["plain"])
cpu_ratio = statistics.median(r[1] for r in results["app"]) / statistics.median(r[1] for r in results["plain"])
peak = max(r[2] for r in results["app"])
print(f"time ratio: wall {wall_ratio:.2f}, cpu {cpu_ratio:.2f} (target ≤ {TIME_RATIO}):",
      "ok" if wall_ratio <= TIME_RATIO else "OVER TARGET")
print(f"peak memory of the export: {peak:.1f} MiB (target ≤ {MEMORY_MIB} MiB):",
      "ok" if peak <= MEMORY_MIB else "OVER TARGET")
sys.exit(0 if wall_ratio <= TIME_RATIO and peak <= MEMORY_MIB else 1)

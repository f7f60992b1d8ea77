#!/usr/bin/python3
# Start-up benchmark: time from exec to the first painted frame of the main window
# (each program quits there), median of several runs, under the current display.
#   startup.py PASSERELLE MINIMAL_WINDOW LARGE_WORKSPACE
import os, statistics, subprocess, sys, tempfile, time

RUNS = int(os.environ.get("RUNS", "9"))
passerelle, minimal, large = sys.argv[1:4]
if not os.path.exists(large):
    subprocess.run([passerelle, "--demo", "large", "--workspace", large], check=True, stdout=subprocess.DEVNULL)

def measure(argv):
    times = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])  # the first run warms the caches

with tempfile.TemporaryDirectory() as tmp:
    # The first (discarded) run creates the empty workspace.
    empty = os.path.join(tmp, "empty.passerelle")
    base = measure([minimal])
    app_empty = measure([passerelle, "--exit-after-first-frame", "--workspace", empty])
    app_large = measure([passerelle, "--exit-after-first-frame", "--workspace", large])
print(f"minimal libadwaita window: {base:.0f} ms (median of {RUNS})")
print(f"passerelle, empty workspace: {app_empty:.0f} ms ({app_empty / base:.2f} x minimal)")
print(f"passerelle, large workspace: {app_large:.0f} ms ({app_large / base:.2f} x minimal, {app_large / app_empty:.2f} x empty)")

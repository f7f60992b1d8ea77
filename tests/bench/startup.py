#!/usr/bin/python3
# Start-up benchmark: time from exec to the first painted frame of the main window
# (each program quits there), under the current display. The three programs run
# in turn, round after round, so that a change in the machine's load touches all
# three alike; the first round warms the caches and is left out.
#   startup.py PASSERELLE MINIMAL_WINDOW LARGE_WORKSPACE
import os, statistics, subprocess, sys, tempfile, time

ROUNDS = int(os.environ.get("RUNS", "15"))
passerelle, minimal, large = sys.argv[1:4]
if not os.path.exists(large):
    subprocess.run([passerelle, "--demo", "large", "--workspace", large], check=True, stdout=subprocess.DEVNULL)


# Each start as on a first day: no remembered window size or section.
ENV = dict(os.environ, GSETTINGS_BACKEND="memory")


def run(argv):
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60, env=ENV)
    return (time.perf_counter() - start) * 1000


with tempfile.TemporaryDirectory() as tmp:
    # The first round creates the empty workspace.
    programs = {
        "minimal": [minimal],
        "empty": [passerelle, "--exit-after-first-frame", "--workspace", os.path.join(tmp, "empty.passerelle")],
        "large": [passerelle, "--exit-after-first-frame", "--workspace", large],
    }
    times = {name: [] for name in programs}
    for round in range(ROUNDS + 1):
        for name, argv in programs.items():
            elapsed = run(argv)
            if round > 0:
                times[name].append(elapsed)

base, empty, big = (statistics.median(times[n]) for n in ("minimal", "empty", "large"))
print(f"minimal libadwaita window: {base:.0f} ms (median of {ROUNDS})")
print(f"passerelle, empty workspace: {empty:.0f} ms ({empty / base:.2f} x minimal)")
print(f"passerelle, large workspace: {big:.0f} ms ({big / base:.2f} x minimal, {big / empty:.2f} x empty)")

#!/usr/bin/python3
# Memory benchmark: Passerelle with the large workspace open and every section
# visited, against the smallest libadwaita window (minimal-window --stay-open).
#   bench-memory.py PASSERELLE MINIMAL_WINDOW LARGE_WORKSPACE
# Needs an X display and xdotool (make bench runs it under Xvfb). Each round
# starts the minimal window, waits for its first frame and for it to go idle,
# reads its memory and kills it; then starts Passerelle on the large workspace
# with fresh settings, visits each section with its keyboard shortcut (and the
# tabs of People), waits after each step until the process goes idle, reads its
# memory, and kills it. Memory is the resident set (VmRSS) and the proportional
# set (Pss of /proc/PID/smaps_rollup: shared pages divided among the processes
# mapping them). Prints the medians over RUNS rounds, step by step, and the
# difference against DESIGN.md's target: ≤ 80 MiB above the minimal window.
# Exits 1 when the RSS figure misses it. PSS is shown too but not judged: it
# moves with whatever else on the machine maps the same libraries (libLLVM alone
# is some 55 MiB), so it varies by tens of MiB when other GTK programs run.
import os, select, shutil, statistics, subprocess, sys, tempfile, time

RUNS = int(os.environ.get("RUNS", "3"))
TARGET_MIB = 80
TICK = os.sysconf("SC_CLK_TCK")

# What a person does, in order: (what is then shown, keys). Fresh settings
# start on the Overview. Ctrl+F on People shows its first tab with the
# search focused; Shift+Tab from there reaches the last tab button, then
# each one before it.
STEPS = [
    ("Overview (start)", []),
    ("Workshops", ["alt+2"]),
    ("Pilots & Feedback", ["alt+3"]),
    ("Training", ["alt+4"]),
    ("People", ["alt+5"]),
    ("People, Coverage tab", ["ctrl+f", "shift+Tab", "space"]),
    ("People, Referents tab", ["shift+Tab", "space"]),
    ("People, Departments tab", ["shift+Tab", "space"]),
    ("Culture", ["alt+6"]),
    ("Overview again", ["alt+1"]),
]

passerelle, minimal, large = sys.argv[1:4]
if not os.environ.get("DISPLAY"):
    print("No X display: run under Xvfb (make bench).")
    sys.exit(77)
if shutil.which("xdotool") is None:
    print("xdotool is missing (make test-deps installs it).")
    sys.exit(77)
if not os.path.exists(large):
    subprocess.run([passerelle, "--demo", "large", "--workspace", large], check=True, stdout=subprocess.DEVNULL)


def memory(pid):
    """RSS and PSS of a process, in MiB."""
    def field(path, name):
        with open(path) as f:
            for line in f:
                if line.startswith(name + ":"):
                    return int(line.split()[1]) / 1024
        raise LookupError(f"{name} not in {path}")
    return field(f"/proc/{pid}/status", "VmRSS"), field(f"/proc/{pid}/smaps_rollup", "Pss")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def settle(child, timeout=30.0):
    """Waits until the process (all its threads) used under 5 % of a CPU
    over the last second: its pages built, its queries answered."""
    deadline = time.monotonic() + timeout
    samples = [cpu_seconds(child.pid)]
    while time.monotonic() < deadline:
        time.sleep(0.25)
        if child.poll() is not None:
            raise RuntimeError(f"{child.args[0]} exited ({child.returncode}) while measured")
        samples.append(cpu_seconds(child.pid))
        if len(samples) > 4 and samples[-1] - samples[-5] < 0.05:
            return
    print(f"warning: {os.path.basename(child.args[0])} still busy after {timeout:.0f} s", file=sys.stderr)


def stop(child):
    child.kill()
    child.wait()


def xdotool(*args, timeout=60):
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True,
                          timeout=timeout).stdout.split()


def measure_minimal(env):
    child = subprocess.Popen([minimal, "--stay-open"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env, text=True)
    try:
        if not select.select([child.stdout], [], [], 60)[0] or child.stdout.readline().strip() != "drawn":
            raise RuntimeError("minimal-window did not draw its window")
        settle(child)
        return memory(child.pid)
    finally:
        stop(child)


def measure_passerelle(env, log):
    child = subprocess.Popen([passerelle, "--workspace", large], stdout=subprocess.DEVNULL, stderr=log, env=env)
    try:
        window = xdotool("search", "--sync", "--onlyvisible", "--pid", str(child.pid))[0]
        xdotool("windowfocus", "--sync", window)
        xdotool("mousemove", "1279", "799")  # to the screen corner, off the window: no tooltip
        figures = []
        for _, keys in STEPS:
            for key in keys:
                xdotool("key", key)
                time.sleep(0.1)
            settle(child)
            figures.append(memory(child.pid))
        return figures
    finally:
        stop(child)


def mib(value):
    return f"{value:6.1f} MiB"


with tempfile.TemporaryDirectory() as tmp:
    # Settings in memory, and XDG directories of its own: nothing read from
    # nor written to the user's. GDK_BACKEND: xdotool drives X11 only.
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GDK_BACKEND="x11")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = os.path.join(tmp, name.lower())
        os.mkdir(env[name])
    log_path = os.path.join(tmp, "passerelle.log")
    base, app = [], []
    with open(log_path, "w") as log:
        try:
            # The first round warms the caches and is left out.
            for i in range(RUNS + 1):
                minimal_figures = measure_minimal(env)
                app_figures = measure_passerelle(env, log)
                if i > 0:
                    base.append(minimal_figures)
                    app.append(app_figures)
        except (subprocess.SubprocessError, OSError, RuntimeError) as error:
            log.flush()
            with open(log_path) as f:
                sys.exit(f"{error}\n{f.read()}")


median = statistics.median
base_rss, base_pss = median(r for r, _ in base), median(p for _, p in base)
print(f"minimal libadwaita window: RSS {mib(base_rss)}, PSS {mib(base_pss)} (median of {RUNS})")
print(f"passerelle, large workspace, after each step (median of {RUNS}; in brackets, above the minimal window):")
for i, (label, _) in enumerate(STEPS):
    rss, pss = median(a[i][0] for a in app), median(a[i][1] for a in app)
    print(f"  {label:<24} RSS {mib(rss)} ({rss - base_rss:+6.1f})   PSS {mib(pss)} ({pss - base_pss:+6.1f})")


def verdict(name, index):
    rounds = [a[-1][index] - b[index] for a, b in zip(app, base)]
    above = median(rounds)
    print(f"every section visited, {name}: {above:.1f} MiB above the minimal window "
          f"(rounds {min(rounds):.1f}–{max(rounds):.1f}; target ≤ {TARGET_MIB} MiB): "
          + ("met" if above <= TARGET_MIB else f"missed by {above - TARGET_MIB:.1f} MiB"))
    return above <= TARGET_MIB


met = verdict("RSS", 0)
verdict("PSS (not judged)", 1)
sys.exit(0 if met else 1)

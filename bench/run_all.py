#!/usr/bin/env python3
"""Runs every benchmark of bench/ and prints one table: each figure of Webhook
Studio beside its reference, measured in the same run, and the aim it is held
to. Prints figures; never fails on them (machines are shared and noisy).

    bench/run-all.sh            (builds first; this script expects a build)
    bench/run_all.py BUILD_DIR [--quick]
"""
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def metrics(output):
    """The "= key value" lines a benchmark prints, as numbers."""
    return {key: float(value) for key, value in re.findall(r"^= (\S+) (\S+)$", output, re.M)}


def quiet_env(home):
    """A throwaway home, data folder and no keychain: nothing of the user's is read."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local/share"),
               WEBHOOKSTUDIO_DATA_DIR=os.path.join(home, "data"),
               DBUS_SESSION_BUS_ADDRESS="disabled:", LC_ALL="C.UTF-8")
    return env


def run(command, env=None, timeout=900):
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def first_paint(command, runs):
    """Median wall time from exec to the first paint, and the peak RSS then, of
    starts after a first one in the same home (settings and history exist, as
    on every start but the very first)."""
    times, rss = [], []
    with tempfile.TemporaryDirectory() as home:
        env = quiet_env(home)
        env["WEBHOOKSTUDIO_REPORT_STARTUP"] = "quit"
        for attempt in range(runs + 1):
            start = time.perf_counter()
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True)
            for line in process.stderr:
                if attempt == 0:
                    continue
                if line.startswith("first-paint-ms"):
                    times.append((time.perf_counter() - start) * 1000)
                elif line.startswith("rss-kb"):
                    rss.append(int(line.split()[1]))
            process.wait(timeout=60)
    if not times:
        sys.exit(f"{command[0]} never reported its first paint")
    return statistics.median(times), statistics.median(rss)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port):
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    sys.exit(f"nothing listens on port {port}")


def wrk(command, port, seconds, cwd=None):
    """Requests per second wrk gets from a server started by `command`."""
    server = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        output = run(["wrk", "-t2", "-c16", f"-d{seconds}s", f"http://127.0.0.1:{port}/hooks"])
        return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    finally:
        server.terminate()
        server.wait()


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = re.search(r"model name\s*:\s*(.*)", info.read()).group(1)
    except (OSError, AttributeError):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    system = platform.freedesktop_os_release().get("PRETTY_NAME", platform.system()) \
        if hasattr(platform, "freedesktop_os_release") else platform.platform()
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {system}"


def at_most(value, limit):
    """An aim "value ≤ limit": whether it holds, and how far the figure could
    still grow (+) or must shrink (−) to meet it."""
    return value <= limit, f"{(limit - value) / limit:+.0%}"


def at_least(value, limit):
    """An aim "value ≥ limit", with its margin likewise."""
    return value >= limit, f"{(value - limit) / limit:+.0%}"


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build")
    quick = "--quick" in sys.argv
    binary = lambda name: os.path.join(build, "bin", name)
    rows = []

    def row(figure, ours, reference, aim, check=None):
        """check: (met, margin) from at_most/at_least, or None for a figure
        without an aim."""
        met, margin = check if check else (None, "")
        rows.append((figure, ours, reference, aim,
                     "" if met is None else "yes" if met else "NO", margin))

    print("Measuring… (about two minutes)", file=sys.stderr, flush=True)
    # 1, 2. Cold start and memory at start, beside a minimal Qt Widgets window.
    runs = 3 if quick else 9
    sample = os.path.join(ROOT, "resources", "samples", "winter-renewal.webhooks.json")
    app_ms, app_rss = first_paint([binary("webhook-studio"), sample], runs)
    floor_ms, floor_rss = first_paint([binary("minimal-window-benchmark")], runs)
    row("cold start → first paint, sample open", f"{app_ms:.0f} ms",
        f"{floor_ms:.0f} ms minimal Qt window", "≤ 2× the floor", at_most(app_ms, 2 * floor_ms))
    row("peak RSS at first paint", f"{app_rss / 1024:.0f} MB",
        f"{floor_rss / 1024:.0f} MB minimal Qt window", "≤ 2.5× the floor",
        at_most(app_rss, 2.5 * floor_rss))

    # 2. Memory after 1,000 deliveries in the history.
    with tempfile.TemporaryDirectory() as home:
        memory = metrics(run([binary("history-memory-benchmark"), "200" if quick else "1000"],
                             env=quiet_env(home)))
    growth, row_bytes = memory["growth_per_delivery_bytes"], memory["history_bytes_per_delivery"]
    row("memory growth per delivery in the history", f"{growth:.0f} B",
        f"{row_bytes:.0f} B history row on disk", "≤ its history row", at_most(growth, row_bytes))

    # 3. CLI throughput beside curl and newman.
    count = "400" if quick else "2000"
    throughput = metrics(run([os.path.join(ROOT, "bench", "throughput.sh"), count],
                             env=dict(os.environ, WEBHOOKSTUDIO_BUILD_DIR=build)))
    n = throughput["count"]
    rate = lambda key: n * 1000 / throughput[f"{key}_ms"]
    row(f"CLI deliveries, sequential ({n:.0f})", f"{rate('cli_sequential'):.0f} /s",
        f"{rate('curl'):.0f} /s one curl, keep-alive", "time ≤ 1.1× curl",
        at_most(throughput["cli_sequential_ms"], 1.1 * throughput["curl_ms"]))
    if "newman_ms" in throughput:
        row(f"CLI deliveries, concurrency 16 ({n:.0f})", f"{rate('cli_concurrent'):.0f} /s",
            f"{rate('newman'):.0f} /s newman", "≥ 10× newman",
            at_least(rate("cli_concurrent"), 10 * rate("newman")))

    # 4. Rendering.
    render = metrics(run([binary("render-benchmark")]))
    renders, scratch = render["renders_per_second"], render["renders_per_second_from_scratch"]
    row("renders of call.ended (CRM sync), one core", f"{renders:.0f} /s", "", "≥ 250,000 /s",
        at_least(renders, 250000))
    row("  the same, beside parsing each time", f"{renders / scratch:.1f}×",
        f"{scratch:.0f} /s parsing each time", "≥ 5×", at_least(renders, 5 * scratch))

    # 5. A 50 MB response in the inspector.
    with tempfile.TemporaryDirectory() as home:
        large = metrics(run([binary("large-response-benchmark"), "10" if quick else "50"],
                            env=quiet_env(home)))
    body_mb = large["body_bytes"] / 1e6
    row(f"{body_mb:.0f} MB response → first view", f"{large['first_view_ms']:.0f} ms",
        f"{large['indented_ms']:.0f} ms indented", "")
    row("  longest UI stall (receive, show, search, page)", f"{large['longest_stall_ms']:.0f} ms",
        "", "≤ 100 ms", at_most(large["longest_stall_ms"], 100))
    extra = (large["peak_rss_kb"] - large["rss_before_kb"]) * 1024 / large["body_bytes"]
    row("  peak memory for the response", f"{extra:.1f}× the body",
        f"{large['peak_rss_kb'] / 1024:.0f} MB peak RSS", "≤ 4× the body", at_most(extra, 4))

    # 6. The local receiver under wrk, beside Python's threading HTTP server.
    if shutil.which("wrk"):
        seconds = 3 if quick else 8
        port = free_port()
        ours = wrk([binary("webhook-studio-cli"), "receive", "--port", str(port), "--quiet",
                    "--history", "100"], port, seconds)
        port = free_port()
        with tempfile.TemporaryDirectory() as empty:
            reference = wrk([sys.executable, "-m", "http.server", str(port), "--bind",
                             "127.0.0.1"], port, seconds, cwd=empty)
        row("local receiver under wrk, 16 connections", f"{ours:.0f} req/s",
            f"{reference:.0f} req/s python3 -m http.server", "")
    else:
        row("local receiver under wrk", "wrk missing", "", "")

    print(f"Webhook Studio benchmarks — {machine()}")
    widths = [max(len(r[i]) for r in rows + [HEADER]) for i in range(len(HEADER))]
    for index, line in enumerate([HEADER] + rows):
        print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


HEADER = ("figure", "Webhook Studio", "reference, same run", "aim", "met", "margin")

if __name__ == "__main__":
    main()

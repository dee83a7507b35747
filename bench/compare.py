#!/usr/bin/python3
"""nn against its peers on the same work, interleaved, in one run: `./nn bench compare [options]`.

Every round measures each row once on nn (a warm `nn bench serve` process, one engine thread) and
once on each peer (numpy, PyTorch float64 and float32; one thread each), one after another, so all
of them see the same load. The table gives each one's median over the rounds, its spread (lowest to
highest) and the ratio of nn's median to the peer's (above 1: nn is faster). It is the source of the
README's Speed table; nothing in it is copied from elsewhere.

Rows: GEMM n = 64…2048 against numpy; the MLP 784-128-64-10 at batch 1, 8, 64, 512 and networks 32 to
2048 wide against PyTorch; XOR 10,000 epochs; samples/mnist.nn as a whole process against the same
network in PyTorch float64 (`bench/peers.py mnist`); start-up. Each row also gives each side's peak
resident memory during it (for the warm processes: the high-water mark reset before the row).

Options: --rounds N (default 3), --seconds S per measurement (default 0.5), --quick (fewer rows, no
mnist), --only REGEX (just the warm rows whose label matches, e.g. 'GEMM n = (256|512)'; no mnist, no start-up),
--before LAUNCHER (another build's `nn`, say a worktree of an earlier commit, measured as one more peer
in the same rounds: a change's effect under the same load), --wall (time by the wall clock; the default is each measuring thread's CPU time, which on a
shared machine leaves out the time other processes held the core; everything runs on one thread, so
the two agree on a quiet machine; the whole-process rows give both). Without PyTorch or numpy it
prints how to install them and nn's figures alone.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

# One thread everywhere, set before numpy and torch load their BLAS.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import peers  # noqa: E402

INSTALL = ("PyTorch/numpy not found: install them with\n"
           "  apt-get install python3-torch libopenblas0-pthread\n"
           "and run this with /usr/bin/python3 (Debian's Python). Printing nn's figures alone.")


def available():
    have = {}
    try:
        import numpy  # noqa: F401
        have["numpy"] = numpy.__version__
    except ImportError:
        pass
    try:
        import torch
        torch.set_num_threads(1)
        have["torch"] = torch.__version__
    except ImportError:
        pass
    return have


def rows(args):
    """(label, unit, higher-is-better, nn request, {peer name: thunk})."""
    s = args.seconds
    out = []
    gemm_sizes = [64, 256, 512] if args.quick else [64, 128, 256, 512, 1024, 2048]
    for n in gemm_sizes:
        out.append((f"GEMM n = {n}", "GFLOPS", True, f"gemm {n}", {
            "numpy f64": lambda n=n: peers.numpy_gemm(n, "float64", s),
            "numpy f32": lambda n=n: peers.numpy_gemm(n, "float32", s)}))
    batches = [1, 64, 512] if args.quick else [1, 8, 64, 512]
    nets = [("784-128-64-10", b) for b in batches]
    if not args.quick:
        nets.append(("784-32-32-10", 64))
        nets.append(("784-512-512-10", 64))
        nets.append(("784-2048-2048-10", 64))
    for widths, b in nets:
        out.append((f"MLP {widths}, batch {b}", "samples/s", True, f"mlp {b} {widths}", {
            "torch f64": lambda b=b, w=widths: peers.torch_mlp(b, w, "f64", s),
            "torch f32": lambda b=b, w=widths: peers.torch_mlp(b, w, "f32", s)}))
    # float32 rows: nn in float32 mode (dtype float32) against the float32 peers only.
    for n in ([256, 512] if args.quick else [256, 512, 1024]):
        out.append((f"GEMM n = {n}, float32", "GFLOPS", True, f"gemm32 {n}", {
            "numpy f32": lambda n=n: peers.numpy_gemm(n, "float32", s)}))
    for widths, b in [("784-128-64-10", 64), ("784-128-64-10", 512)] + ([] if args.quick else [("784-512-512-10", 64)]):
        out.append((f"MLP {widths}, batch {b}, float32", "samples/s", True, f"mlp32 {b} {widths}", {
            "torch f32": lambda b=b, w=widths: peers.torch_mlp(b, w, "f32", s)}))
    out.append(("XOR 2-2-1, 10,000 epochs (warm)", "ms", False, "xor 10000", {
        "torch f64": lambda: peers.torch_xor(10000)}))
    return out


class NnServer:
    def __init__(self, seconds, wall, launcher=os.path.join(ROOT, "nn")):
        cmd = [launcher, "--threads", "1", "bench", "serve", str(seconds), "wall" if wall else "cpu"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(self, request):
        """(figure, peak resident KiB during the measurement)."""
        self.proc.stdin.write(request + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer or answer.startswith("error"):
            raise RuntimeError(f"nn bench serve answered {answer!r} to {request!r}")
        figure, kib = answer.split()
        return float(figure), int(kib)

    def close(self):
        self.proc.stdin.write("quit\n")
        self.proc.stdin.close()
        self.proc.wait()


def run_process(cmd):
    """(wall seconds, CPU seconds of the process and its children)."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def peak_of(cmd):
    """Peak resident KiB of one run of cmd, by GNU time when present (else 0)."""
    gnu_time = "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return 0
    out = subprocess.run([gnu_time, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, cwd=ROOT)
    lines = out.stderr.strip().splitlines()
    try:
        return int(lines[-1])
    except (IndexError, ValueError):
        return 0


def whole_processes(rounds, commands):
    """Interleaved runs of each command: {name: ([wall s], [CPU s], peak KiB)}."""
    for cmd in commands.values():
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)  # builds, archives
    got = {name: ([], []) for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            wall, cpu = run_process(cmd)
            got[name][0].append(wall)
            got[name][1].append(cpu)
    return {name: (w, c, peak_of(commands[name])) for name, (w, c) in got.items()}

def fmt(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"


def mib(kib):
    return f"{kib / 1024:,.0f} MiB" if kib else "?"


def spread(xs, f=fmt):
    return f"{f(statistics.median(xs))} ({f(min(xs))}–{f(max(xs))})"


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main():
    p = argparse.ArgumentParser(description="nn against PyTorch and numpy, interleaved")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=float, default=0.5)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--full", action="store_true", help="(accepted for old command lines; every row is on by default)")
    p.add_argument("--wall", action="store_true")
    p.add_argument("--before", metavar="LAUNCHER",
                   help="another build's nn launcher (e.g. a worktree of an earlier commit): measured as one more "
                        "peer, 'nn before', in the same rounds")
    p.add_argument("--only", metavar="REGEX",
                   help="only the warm rows whose label matches (e.g. 'GEMM'); skips mnist and start-up")
    args = p.parse_args()
    if args.wall:
        peers.clock = time.perf_counter
    have = available()
    if "torch" not in have or "numpy" not in have:
        print(INSTALL, file=sys.stderr)
    load_start = load_average()
    print(f"# nn bench compare: {args.rounds} rounds, 1 thread each, {'wall-clock' if args.wall else 'thread CPU'} time, "
          f"load average {load_start:.2f} at the start on {os.cpu_count()} CPUs; "
          + ", ".join(f"{k} {v}" for k, v in have.items()))
    table = rows(args)
    before = NnServer(args.seconds, args.wall, args.before) if args.before else None
    if before:
        have["nn before"] = args.before
        before.ask("gemm 64")
        table = [(label, unit, hib, req, {"nn before": (lambda req=req: before.ask(req)), **fns})
                 for label, unit, hib, req, fns in table]
    if args.only:
        table = [row for row in table if re.search(args.only, row[0])]
    results = {}  # (row index, who) -> [figures]
    peaks = {}  # (row index, who) -> largest peak resident KiB
    nn = NnServer(args.seconds, args.wall)
    try:
        nn.ask("gemm 64")  # first contact: JIT warm-up of the shared code
        for r in range(args.rounds):
            for i, (label, unit, _, request, peer_fns) in enumerate(table):
                figure, kib = nn.ask(request)
                results.setdefault((i, "nn f64"), []).append(figure)
                peaks[(i, "nn f64")] = max(peaks.get((i, "nn f64"), 0), kib)
                for name, fn in peer_fns.items():
                    lib = "numpy" if name.startswith("numpy") else "nn before" if name == "nn before" else "torch"
                    if lib == "nn before":
                        figure, kib = fn()  # its own process's peak, as for nn
                        results.setdefault((i, name), []).append(figure)
                        peaks[(i, name)] = max(peaks.get((i, name), 0), kib)
                    elif lib in have:
                        peers.reset_peak()
                        results.setdefault((i, name), []).append(fn())
                        peaks[(i, name)] = max(peaks.get((i, name), 0), peers.peak_kib())
            print(f"# round {r + 1} done", file=sys.stderr)
    finally:
        nn.close()
        if before:
            before.close()
    print()
    print("| work | unit | nn median (spread) | nn peak RSS | peer | peer median (spread) | peer peak RSS | nn / peer |")
    print("|---|---|---|---|---|---|---|---|")
    for i, (label, unit, higher, _, peer_fns) in enumerate(table):
        mine = results[(i, "nn f64")]
        m = statistics.median(mine)
        first = True
        for name in peer_fns:
            theirs = results.get((i, name))
            nn_cells = f"{spread(mine)} | {mib(peaks[(i, 'nn f64')])}" if first else " | "
            head = f"| {label} | {unit}" if first else "|  | "
            if theirs:
                t = statistics.median(theirs)
                ratio = m / t if higher else t / m
                print(f"{head} | {nn_cells} | {name} | {spread(theirs)} | {mib(peaks[(i, name)])} | {ratio:.2f}× |")
            else:
                print(f"{head} | {nn_cells} | {name} | not installed | | |")
            first = False
    nn_cmd = [os.path.join(ROOT, "nn"), "--threads", "1"]
    commands = {"nn": nn_cmd + ["samples/mnist.nn"]}
    if not args.quick and "torch" in have:
        commands["torch f64"] = [sys.executable, os.path.join(HERE, "peers.py"), "mnist", "samples/data/mnist"]
    if args.only:
        print()
        print(f"Load average {load_start:.2f} at the start, {load_average():.2f} at the end, on {os.cpu_count()} CPUs.")
        return
    if not args.quick:
        got = whole_processes(args.rounds, commands)
        w, c, kib = got["nn"]
        for clock, idx in (("wall s", 0), ("CPU s", 1)):
            mine = got["nn"][idx]
            label = "`samples/mnist.nn`, whole process" if idx == 0 else ""
            nn_cells = f"{spread(mine, lambda v: f'{v:.2f}')} | {mib(kib) if idx == 0 else ''}"
            if "torch f64" in got:
                theirs = got["torch f64"][idx]
                ratio = statistics.median(theirs) / statistics.median(mine)
                peer_kib = mib(got["torch f64"][2]) if idx == 0 else ""
                print(f"| {label} | {clock} | {nn_cells} | torch f64 (`bench/peers.py mnist`) | "
                      f"{spread(theirs, lambda v: f'{v:.2f}')} | {peer_kib} | {ratio:.2f}× |")
            else:
                print(f"| {label} | {clock} | {nn_cells} | torch f64 | not installed | | |")
    st = whole_processes(max(5, args.rounds), {"hello": [os.path.join(ROOT, "nn"), os.path.join(HERE, "hello.nn")]})["hello"]
    print(f"| start-up, `./nn bench/hello.nn` | wall s | {spread(st[0], lambda v: f'{v:.3f}')} | {mib(st[2])} | | | | |")
    print(f"|  | CPU s | {spread(st[1], lambda v: f'{v:.3f}')} | | | | | |")
    print()
    print(f"Load average {load_start:.2f} at the start, {load_average():.2f} at the end, on {os.cpu_count()} CPUs. "
          "nn / peer above 1 means nn is faster (for ms and s rows, the peer's time over nn's). "
          "nn runs float64 except in the rows marked float32 (its dtype float32 mode); f64 rows also show the float32 peers, for scale. "
          "Peak RSS: the process's resident high-water mark during the row, reset before it; the warm "
          "processes keep the heap they grew for earlier rows, so a small row can show the size a larger one left.")


if __name__ == "__main__":
    main()

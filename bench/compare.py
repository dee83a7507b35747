#!/usr/bin/python3
"""nn against its peers on the same work, interleaved, in one run: `./nn bench compare [options]`.

Every round measures each row once on nn (a warm `nn bench serve` process, one engine thread) and
once on each peer (numpy, PyTorch float64 and float32; one thread each), one after another, so all
of them see the same load. The table gives each one's median over the rounds, its spread (lowest to
highest) and the ratio of nn's median to the peer's (above 1: nn is faster). It is the source of the
README's Speed table; nothing in it is copied from elsewhere.

Options: --rounds N (default 3), --seconds S per measurement (default 0.5), --quick (fewer rows),
--full (adds n = 2048 and the 2048-wide network), --wall (time by the wall clock; the default is
each measuring thread's CPU time, which on a shared machine leaves out the time other processes held
the core; everything runs on one thread, so the two agree on a quiet machine). Without PyTorch or numpy it prints how to
install them and nn's figures alone.
"""
import argparse
import os
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
    gemm_sizes = [64, 256, 512] if args.quick else [64, 128, 256, 512, 1024] + ([2048] if args.full else [])
    for n in gemm_sizes:
        out.append((f"GEMM n = {n}", "GFLOPS", True, f"gemm {n}", {
            "numpy f64": lambda n=n: peers.numpy_gemm(n, "float64", s),
            "numpy f32": lambda n=n: peers.numpy_gemm(n, "float32", s)}))
    batches = [1, 64, 512] if args.quick else [1, 8, 64, 512]
    nets = [("784-128-64-10", b) for b in batches]
    if not args.quick:
        nets.append(("784-32-32-10", 64))
        nets.append(("784-512-512-10", 64))
    if args.full:
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
    def __init__(self, seconds, wall):
        cmd = [os.path.join(ROOT, "nn"), "--threads", "1", "bench", "serve", str(seconds), "wall" if wall else "cpu"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(self, request):
        self.proc.stdin.write(request + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer or answer.startswith("error"):
            raise RuntimeError(f"nn bench serve answered {answer!r} to {request!r}")
        return float(answer)

    def close(self):
        self.proc.stdin.write("quit\n")
        self.proc.stdin.close()
        self.proc.wait()


def startup_seconds(rounds, wall):
    """Seconds to run bench/hello.nn in a fresh process: wall-clock, or the CPU time (user + system,
    all threads) the process and its children used."""
    import resource
    hello = os.path.join(HERE, "hello.nn")
    subprocess.run([os.path.join(ROOT, "nn"), hello], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)  # builds, archives
    times = []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([os.path.join(ROOT, "nn"), hello], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        times.append(time.perf_counter() - start if wall else cpu)
    return times


def fmt(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"


def main():
    p = argparse.ArgumentParser(description="nn against PyTorch and numpy, interleaved")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=float, default=0.5)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--full", action="store_true")
    p.add_argument("--wall", action="store_true")
    args = p.parse_args()
    if args.wall:
        peers.clock = time.perf_counter
    have = available()
    if "torch" not in have or "numpy" not in have:
        print(INSTALL, file=sys.stderr)
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print(f"# nn bench compare: {args.rounds} rounds, 1 thread each, {'wall-clock' if args.wall else 'thread CPU'} time, "
          f"load average {load:.2f} on {os.cpu_count()} CPUs; "
          + ", ".join(f"{k} {v}" for k, v in have.items()))
    table = rows(args)
    results = {}  # (row index, who) -> [figures]
    nn = NnServer(args.seconds, args.wall)
    try:
        nn.ask("gemm 64")  # first contact: JIT warm-up of the shared code
        for r in range(args.rounds):
            for i, (label, unit, _, request, peer_fns) in enumerate(table):
                results.setdefault((i, "nn f64"), []).append(nn.ask(request))
                for name, fn in peer_fns.items():
                    lib = "numpy" if name.startswith("numpy") else "torch"
                    if lib in have:
                        results.setdefault((i, name), []).append(fn())
            print(f"# round {r + 1} done", file=sys.stderr)
    finally:
        nn.close()
    print()
    print("| work | unit | nn median (spread) | peer | peer median (spread) | nn / peer |")
    print("|---|---|---|---|---|---|")
    for i, (label, unit, higher, _, peer_fns) in enumerate(table):
        mine = results[(i, "nn f64")]
        m = statistics.median(mine)
        first = True
        for name in peer_fns:
            theirs = results.get((i, name))
            nn_cell = f"{fmt(m)} ({fmt(min(mine))}–{fmt(max(mine))})" if first else ""
            if theirs:
                t = statistics.median(theirs)
                ratio = m / t if higher else t / m
                print(f"| {label if first else ''} | {unit if first else ''} | {nn_cell} | {name} | "
                      f"{fmt(t)} ({fmt(min(theirs))}–{fmt(max(theirs))}) | {ratio:.2f}× |")
            else:
                print(f"| {label if first else ''} | {unit if first else ''} | {nn_cell} | {name} | not installed | |")
            first = False
    st = startup_seconds(max(5, args.rounds), args.wall)
    unit = "s" if args.wall else "CPU s"
    print(f"| start-up, `./nn bench/hello.nn` | {unit} | {statistics.median(st):.3f} ({min(st):.3f}–{max(st):.3f}) | | | |")
    print()
    print("nn / peer above 1 means nn is faster (for ms rows, the peer's time over nn's). "
          "nn runs float64 except in the rows marked float32 (its dtype float32 mode); f64 rows also show the "
          "float32 peers, for scale.")


if __name__ == "__main__":
    main()

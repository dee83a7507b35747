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
mnist), --only REGEX (just the rows whose label matches, e.g. 'GEMM n = (256|512)' or 'start-up'),
--before LAUNCHER (another build's `nn`, say a worktree of an earlier commit, measured as one more peer
in the same rounds: a change's effect under the same load), --wall (time by the wall clock; the default is each measuring thread's CPU time, which on a
shared machine leaves out the time other processes held the core; everything runs on one thread, so
the two agree on a quiet machine; the whole-process rows give both), --lang es|en. Without PyTorch or numpy it
prints how to install them and nn's figures alone.

Everything it prints is in the run's language (--lang, else NN_LANG, which ./nn sets, else the locale), read
from nn's catalogue nn/i18n/bench.properties through bench/messages.py. --only matches a row's label in
either language.
"""
import errno
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
import messages  # noqa: E402
import peers  # noqa: E402


class Usage(Exception):
    """A wrong command line: its message is already in the run's language."""


class ServeError(Exception):
    """nn bench serve answered something other than a figure."""

    def __init__(self, request, answer):
        super().__init__(request, answer)
        self.request, self.answer = request, answer


class Options:
    rounds = 3
    seconds = 0.5
    quick = False
    wall = False
    before = None
    only = None


def parse_args(argv):
    """The options (see the module's comment); --lang is taken off before. Raises Usage."""
    o = Options()
    values = {"--rounds": "N", "--seconds": "S", "--before": "LAUNCHER", "--only": "REGEX"}
    i = 0
    while i < len(argv):
        a = argv[i]
        name, _, inline = a.partition("=")
        if a in ("-h", "--help"):
            print(messages.t("bench.compare.help"))
            print()
            print(messages.t("bench.compare.usage"))
            sys.exit(0)
        elif a in ("--quick", "--wall", "--full"):  # --full: accepted for old command lines (every row is on)
            setattr(o, a[2:], True)
        elif name in values:
            if inline or "=" in a:
                value = inline
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                raise Usage(messages.t("bench.compare.needs-value", name, values[name]))
            if name == "--rounds":
                if not value.strip().isdigit() or int(value) < 1:
                    raise Usage(messages.t("bench.not-a-count", "compare --rounds", value))
                o.rounds = int(value)
            elif name == "--seconds":
                try:
                    o.seconds = float(value)
                except ValueError:
                    o.seconds = -1.0
                if not o.seconds > 0 or o.seconds == float("inf"):
                    raise Usage(messages.t("bench.not-a-number", "compare --seconds", value))
            elif name == "--only":
                try:
                    re.compile(value)
                except re.error as e:
                    raise Usage(messages.t("bench.compare.bad-regex", value, (e.pos or 0) + 1))
                o.only = value
            else:
                o.before = value
        else:
            raise Usage(messages.t("bench.compare.unknown-option", a))
        i += 1
    return o


def available(failures=None):
    """The peers that import, by name, with their versions. A peer that fails to import for any reason
    (missing, or present but broken: a shared library it cannot load raises OSError) is left out, so its
    rows show nn's figures alone; it is not nn failing to start. Where a peer is there but broken, why is
    put in `failures` (name -> "OSError: ..."), so the run can say it."""
    have = {}
    try:
        import numpy  # noqa: F401
        have["numpy"] = numpy.__version__
    except Exception as e:  # noqa: BLE001 (any failure to import means: no numpy rows)
        _failed(failures, "numpy", e)
    try:
        import torch
        torch.set_num_threads(1)
        have["torch"] = torch.__version__
    except Exception as e:  # noqa: BLE001
        _failed(failures, "PyTorch", e)
    return have


def _failed(failures, name, e):
    """Notes why `name` did not import, unless it simply is not installed (the install note says that)."""
    if failures is not None and not (isinstance(e, ModuleNotFoundError) and e.name in ("numpy", "torch")):
        failures[name] = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}".rstrip(": ")


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
        out.append((messages.t("bench.compare.row-mlp", widths, b), messages.t("bench.compare.unit-samples"), True, f"mlp {b} {widths}", {
            "torch f64": lambda b=b, w=widths: peers.torch_mlp(b, w, "f64", s),
            "torch f32": lambda b=b, w=widths: peers.torch_mlp(b, w, "f32", s)}))
    # float32 rows: nn in float32 mode (dtype float32) against the float32 peers only.
    for n in ([256, 512] if args.quick else [256, 512, 1024]):
        out.append((f"GEMM n = {n}, float32", "GFLOPS", True, f"gemm32 {n}", {
            "numpy f32": lambda n=n: peers.numpy_gemm(n, "float32", s)}))
    for widths, b in [("784-128-64-10", 64), ("784-128-64-10", 512)] + ([] if args.quick else [("784-512-512-10", 64)]):
        out.append((messages.t("bench.compare.row-mlp32", widths, b), messages.t("bench.compare.unit-samples"), True, f"mlp32 {b} {widths}", {
            "torch f32": lambda b=b, w=widths: peers.torch_mlp(b, w, "f32", s)}))
    out.append((messages.t("bench.compare.row-xor"), "ms", False, "xor 10000", {
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
            raise ServeError(request, answer)
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

def grouped(v):
    """A whole figure: with thousands separators in English; in Spanish without (a comma there is a decimal
    comma, and nn's numbers keep the code's notation in both languages)."""
    return f"{v:,.0f}" if messages.lang == "en" else f"{v:.0f}"


def fmt(v):
    return grouped(v) if v >= 100 else f"{v:.3g}"


def mib(kib):
    return f"{grouped(kib / 1024)} MiB" if kib else "?"


def spread(xs, f=fmt):
    return f"{f(statistics.median(xs))} ({f(min(xs))}–{f(max(xs))})"


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main(argv=None):
    """Runs the comparison; returns the exit status (0, 64 a wrong command line, 69 a program that cannot
    start, 70 a run that failed, 130 interrupted)."""
    rest, bad = messages.take_lang_option(sys.argv[1:] if argv is None else argv)
    if rest is None:
        print("nn: " + messages.t("cli.lang.unknown", bad), file=sys.stderr)
        return 64
    try:
        args = parse_args(rest)
    except Usage as e:
        print(f"nn: {e}", file=sys.stderr)
        print(messages.t("bench.compare.usage"), file=sys.stderr)
        return 64
    try:
        compare(args)
    except ServeError as e:
        print("nn: " + messages.t("bench.compare.serve-answered", e.answer, e.request), file=sys.stderr)
        return 70
    except subprocess.CalledProcessError as e:
        command = " ".join(e.cmd) if isinstance(e.cmd, (list, tuple)) else str(e.cmd)
        print("nn: " + messages.t("bench.compare.failed", command, e.returncode), file=sys.stderr)
        return 70
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except OSError as e:
        print("nn: " + messages.t("bench.compare.cannot-start", e.filename or "nn", reason(e)), file=sys.stderr)
        return 69
    return 0


def reason(e):
    """Why a program could not start, in nn's words (as nn.io.IoReasons says it); one nn does not know is
    quoted as the system gave it."""
    if e.errno == errno.ENOENT:
        return messages.t("io.no-such-file")
    if e.errno in (errno.EACCES, errno.EPERM):
        return messages.t("io.permission-denied")
    if e.errno == errno.ENOTDIR:
        return messages.t("io.not-a-folder")
    if e.errno == errno.EISDIR:
        return messages.t("io.is-a-folder")
    if e.errno == errno.ENOEXEC:
        return messages.t("bench.compare.not-a-program")
    if e.errno in (errno.EMFILE, errno.ENFILE):
        return messages.t("io.too-many-open")
    return messages.t("io.system-said", e.strerror or str(e))


# OpenBLAS picks its kernels by the CPU's model number, and releases older than the CPU do not know it: Debian
# 12's 0.3.21 takes an Emerald Rapids Xeon for a Prescott and runs its SSE3 kernels there, 15 GFLOPS in float64
# where its SkylakeX kernels give 55 and its Cooperlake ones 65 (n = 1024, one thread). A peer crippled so would
# flatter nn, so where OpenBLAS chose one of its generic kernels on a CPU with AVX2 or AVX-512, the peers run
# with the newest of its kernels the CPU's features allow, and the report says so. OPENBLAS_CORETYPE set by the
# caller is left alone.
GENERIC_OPENBLAS_CORES = {"Prescott", "Katmai", "Coppermine", "Northwood", "Core2", "Penryn", "Dunnington",
                          "Nehalem", "Atom", "Banias"}
AVX512 = {"avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd"}


def cpu_flags():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def openblas_kernel_for(detected, flags):
    """The OpenBLAS kernels to ask for instead of the generic `detected` ones, or None to keep them."""
    if detected not in GENERIC_OPENBLAS_CORES:
        return None
    if AVX512 <= flags:
        return "Cooperlake" if "avx512_bf16" in flags else "SkylakeX"
    if {"avx2", "fma"} <= flags:
        return "Haswell"
    return None


def choose_openblas_kernel():
    """Sets OPENBLAS_CORETYPE where OpenBLAS would run generic kernels on a newer CPU; returns a note, or None."""
    if "OPENBLAS_CORETYPE" in os.environ:
        return None
    detected = openblas_core()
    kernel = openblas_kernel_for(detected, cpu_flags()) if detected else None
    if kernel is None:
        return None
    os.environ["OPENBLAS_CORETYPE"] = kernel
    # OpenBLAS falls back to its own detection, silently, where it cannot use the kernels asked for (a name its
    # build does not know says "Core not found" and loads the generic ones again): say what it really loaded.
    loaded = openblas_core()
    if loaded is None or loaded in GENERIC_OPENBLAS_CORES:
        del os.environ["OPENBLAS_CORETYPE"]
        return None
    return messages.t("bench.compare.openblas-kernel", detected, loaded)


def openblas_core():
    """The kernels OpenBLAS chooses on this CPU (its OPENBLAS_VERBOSE=2 line as numpy loads it), or None."""
    try:
        probe = subprocess.run([sys.executable, "-c", "import numpy"], capture_output=True, text=True, timeout=120,
                               env=dict(os.environ, OPENBLAS_VERBOSE="2"))
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"Core: (\w+)", probe.stdout + probe.stderr)
    return found.group(1) if found else None


# The warm rows run nn's server and the peers (in this process) on one CPU, the same one. On a virtual
# machine each virtual CPU shares its physical core with other guests, and which of them is busy changes
# from minute to minute: on this project's 2-CPU machines the same product ran at 33 or at 55 GFLOPS by
# the CPU it happened to run on (taskset, ninth round). Unpinned, nn's server and Python sat on different
# CPUs for a whole run and the ratio measured the neighbours. The whole-process rows (mnist, start-up) run
# unpinned: there a JVM's compiler and collector threads are part of the figure.
def pin_warm_rows():
    """Pins this process (and so the nn servers it starts) to one CPU; returns it, or None where it cannot."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
        if len(cpus) < 2:
            return None
        os.sched_setaffinity(0, {cpus[-1]})
        return cpus[-1]
    except (AttributeError, OSError):
        return None


def unpin(cpus):
    try:
        os.sched_setaffinity(0, cpus)
    except (AttributeError, OSError):
        pass


def compare(args):
    if args.wall:
        peers.clock = time.perf_counter
    kernel_note = choose_openblas_kernel()  # before numpy and torch load OpenBLAS
    failures = {}
    have = available(failures)
    missing = [name for key, name in (("torch", "PyTorch"), ("numpy", "numpy")) if key not in have]
    if missing:
        print(messages.t("bench.compare.install", messages.t("bench.compare.and-list", *missing) if len(missing) == 2 else missing[0],
                         len(missing)), file=sys.stderr)
    for name, why in failures.items():
        print(messages.t("bench.compare.import-failed", name, why), file=sys.stderr)
    load_start = load_average()
    versions = ", ".join(f"{k} {v}" for k, v in have.items()) or messages.t("bench.compare.no-peers")
    if args.wall:
        print(messages.t("bench.compare.header-wall", args.rounds, f"{load_start:.2f}", os.cpu_count(), versions))
    else:
        print(messages.t("bench.compare.header-cpu", args.rounds, f"{load_start:.2f}", os.cpu_count(), versions))
    if kernel_note:
        print(kernel_note)
    table = rows(args)
    with messages.speaking("en"):
        english_labels = [row[0] for row in rows(args)]  # --only matches a label in either language
    if args.only:
        table = [row for row, english in zip(table, english_labels)
                 if re.search(args.only, row[0]) or re.search(args.only, english)]
    try:
        all_cpus = os.sched_getaffinity(0)
    except (AttributeError, OSError):
        all_cpus = None
    pinned = pin_warm_rows() if table else None
    if pinned is not None:
        print(messages.t("bench.compare.pinned", pinned))
    before_name = messages.t("bench.compare.peer-before")
    before = NnServer(args.seconds, args.wall, args.before) if args.before and table else None
    if before:
        have[before_name] = args.before
        before.ask("gemm 64")
        table = [(label, unit, hib, req, {before_name: (lambda req=req: before.ask(req)), **fns})
                 for label, unit, hib, req, fns in table]
    results = {}  # (row index, who) -> [figures]
    peaks = {}  # (row index, who) -> largest peak resident KiB
    nn = NnServer(args.seconds, args.wall) if table else None  # none for the whole-process rows alone
    try:
        if nn:
            nn.ask("gemm 64")  # first contact: JIT warm-up of the shared code
        for r in range(args.rounds if table else 0):
            for i, (label, unit, _, request, peer_fns) in enumerate(table):
                figure, kib = nn.ask(request)
                results.setdefault((i, "nn f64"), []).append(figure)
                peaks[(i, "nn f64")] = max(peaks.get((i, "nn f64"), 0), kib)
                for name, fn in peer_fns.items():
                    lib = "numpy" if name.startswith("numpy") else "nn before" if name == before_name else "torch"
                    if lib == "nn before":
                        figure, kib = fn()  # its own process's peak, as for nn
                        results.setdefault((i, name), []).append(figure)
                        peaks[(i, name)] = max(peaks.get((i, name), 0), kib)
                    elif lib in have:
                        peers.reset_peak()
                        results.setdefault((i, name), []).append(fn())
                        peaks[(i, name)] = max(peaks.get((i, name), 0), peers.peak_kib())
            print(messages.t("bench.compare.round-done", r + 1), file=sys.stderr)
    finally:
        if nn:
            nn.close()
        if before:
            before.close()
        if pinned is not None and all_cpus:
            unpin(all_cpus)
    not_installed = messages.t("bench.compare.not-installed")
    failed_import = messages.t("bench.compare.failed-import")
    broken = {"torch" if name == "PyTorch" else "numpy" for name in failures}
    print()
    print(messages.t("bench.compare.table-head"))
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
                absent = failed_import if ("numpy" if name.startswith("numpy") else "torch") in broken else not_installed
                print(f"{head} | {nn_cells} | {name} | {absent} | | |")
            first = False
    nn_cmd = [os.path.join(ROOT, "nn"), "--threads", "1"]
    commands = {"nn": nn_cmd + ["samples/mnist.nn"]}
    if not args.quick and "torch" in have:
        commands["torch f64"] = [sys.executable, os.path.join(HERE, "peers.py"), "mnist", "samples/data/mnist"]
    # With --only, the whole-process rows run when the expression matches their label (in either language).
    def whole_row(key):
        if not args.only:
            return True
        with messages.speaking("en"):
            english = messages.t(key)
        return bool(re.search(args.only, messages.t(key)) or re.search(args.only, english))
    if not whole_row("bench.compare.row-mnist") and not whole_row("bench.compare.row-startup"):
        print()
        print(messages.t("bench.compare.load", f"{load_start:.2f}", f"{load_average():.2f}", os.cpu_count()))
        return
    wall_s, cpu_s = messages.t("bench.compare.unit-wall"), messages.t("bench.compare.unit-cpu")
    if not args.quick and whole_row("bench.compare.row-mnist"):
        got = whole_processes(args.rounds, commands)
        w, c, kib = got["nn"]
        for clock, idx in ((wall_s, 0), (cpu_s, 1)):
            mine = got["nn"][idx]
            label = messages.t("bench.compare.row-mnist") if idx == 0 else ""
            nn_cells = f"{spread(mine, lambda v: f'{v:.2f}')} | {mib(kib) if idx == 0 else ''}"
            if "torch f64" in got:
                theirs = got["torch f64"][idx]
                ratio = statistics.median(theirs) / statistics.median(mine)
                peer_kib = mib(got["torch f64"][2]) if idx == 0 else ""
                print(f"| {label} | {clock} | {nn_cells} | torch f64 (`bench/peers.py mnist`) | "
                      f"{spread(theirs, lambda v: f'{v:.2f}')} | {peer_kib} | {ratio:.2f}× |")
            else:
                print(f"| {label} | {clock} | {nn_cells} | torch f64 | {not_installed} | | |")
    if not whole_row("bench.compare.row-startup"):
        print()
        print(messages.t("bench.compare.notes", f"{load_start:.2f}", f"{load_average():.2f}", os.cpu_count()))
        return
    startup_label = messages.t("bench.compare.row-startup")
    st = whole_processes(max(5, args.rounds), {"hello": [os.path.join(ROOT, "nn"), os.path.join(HERE, "hello.nn")]})["hello"]
    print(f"| {startup_label} | {wall_s} | {spread(st[0], lambda v: f'{v:.3f}')} | {mib(st[2])} | | | | |")
    print(f"|  | {cpu_s} | {spread(st[1], lambda v: f'{v:.3f}')} | | | | | |")
    print()
    print(messages.t("bench.compare.notes", f"{load_start:.2f}", f"{load_average():.2f}", os.cpu_count()))


if __name__ == "__main__":
    sys.exit(main())

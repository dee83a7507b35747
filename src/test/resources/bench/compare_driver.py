"""Runs bench/compare.py's main() with its measurements replaced by fixed figures, so every line it prints
can be compared with what it printed before (English) and read in Spanish (nn.bench.BenchScriptsTest).

Usage: python3 compare_driver.py ROOT SCENARIO [compare.py arguments...]; standard error goes to standard
output, so the lines keep their order. SCENARIO: all (numpy and PyTorch present), none (neither), numpy,
serve-error (nn bench serve answers an error), process-error (a whole-process run fails).
"""
import os
import subprocess
import sys

root, scenario, args = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.stderr = sys.stdout
sys.path.insert(0, os.path.join(root, "bench"))
import compare  # noqa: E402

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


class FakeServer:
    def __init__(self, seconds, wall, launcher=None):
        self.launcher = launcher

    def ask(self, request):
        if scenario == "serve-error" and request.startswith("mlp"):
            raise compare.ServeError(request, "error: out of memory") if hasattr(compare, "ServeError") \
                else RuntimeError(f"nn bench serve answered 'error: out of memory' to {request!r}")
        n = tick()
        return 37.5 * (1 + len(request) % 7) + n * 0.25 + (1000 if "mlp" in request else 0), 200_000 + 1024 * len(request)

    def close(self):
        pass


def peer(base):
    return lambda *a: base + tick() * 0.125


def whole(rounds, commands):
    if scenario == "process-error":
        raise subprocess.CalledProcessError(3, commands[next(iter(commands))])
    return {name: ([1.5 + i * 0.01 + k for k in range(rounds)], [1.25 + i * 0.01 + k for k in range(rounds)], 150_000 + 1000 * i)
            for i, name in enumerate(commands)}


have = {"all": {"numpy": "1.26.4", "torch": "2.1.0"}, "numpy": {"numpy": "1.26.4"}}.get(scenario, {"numpy": "1.26.4", "torch": "2.1.0"})
if scenario == "none":
    have = {}
# "torch-broken": PyTorch installed but its import raising OSError (a shared library it cannot load).
if scenario == "torch-broken":
    have = {"numpy": "1.26.4"}


def fake_available(failures=None):
    if scenario == "torch-broken":
        compare._failed(failures, "PyTorch", OSError("libopenblas.so.0: cannot open shared object file: No such file or directory"))
        compare._failed(failures, "numpy", ModuleNotFoundError("No module named 'numpy'", name="numpy"))  # not installed: no line
    return dict(have)


compare.available = fake_available
compare.NnServer = FakeServer
compare.whole_processes = whole
compare.load_average = lambda: 1.5
# OpenBLAS taking the CPU for an old one (an AVX-512 CPU newer than the library) in the full run (not --quick, not --only);
# elsewhere its own kernels, so the other scenarios print no note.
os.environ.pop("OPENBLAS_CORETYPE", None)
compare.openblas_core = lambda: ("Cooperlake" if os.environ.get("OPENBLAS_CORETYPE") else "Prescott") \
    if scenario == "all" and not {"--quick", "--only"} & set(args) else "Haswell"
compare.pin_warm_rows = lambda: 1
compare.cpu_flags = lambda: {"fma", "avx2", "avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd", "avx512_bf16"}
compare.os.cpu_count = lambda: 2
compare.peers.numpy_gemm = peer(20.0)
compare.peers.torch_mlp = peer(5000.0)
compare.peers.torch_xor = peer(800.0)
compare.peers.reset_peak = lambda: None
compare.peers.peak_kib = lambda: 300_000
sys.argv = ["compare.py"] + args
try:
    status = compare.main()
except SystemExit as e:
    status = e.code
if status:
    print(f"[exit {status}]")

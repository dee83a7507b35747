"""The peers nn is measured against, written once: numpy (GEMM) and PyTorch (training).

Each function does the same work as the matching request of nn's `bench serve` (nn/bench/Serve.java)
and returns the same unit: GFLOPS, samples per second, or milliseconds. Work is warmed up first,
then timed for about `seconds` on `clock`. One thread: compare.py sets the thread counts before importing.
"""
import time

# The clock: this thread's CPU time (the default, as nn's side uses; on a shared machine it leaves out
# the time other processes held the core) or wall-clock time. compare.py sets it.
clock = time.thread_time


def _rate(work, seconds):
    start = clock()
    calls = 0
    while True:
        work()
        calls += 1
        now = clock()
        if now - start >= seconds and calls >= 2:
            return calls / (now - start)


def numpy_gemm(n, dtype, seconds):
    import numpy as np
    rng = np.random.default_rng(1)
    a = rng.uniform(-1, 1, (n, n)).astype(dtype)
    b = rng.uniform(-1, 1, (n, n)).astype(dtype)
    work = lambda: a @ b
    _rate(work, seconds / 3)
    return _rate(work, seconds) * 2.0 * n ** 3 / 1e9


def torch_mlp(batch, widths, dtype, seconds):
    """Samples/s training a ReLU MLP (widths like '784-128-64-10'), softmax cross-entropy, SGD(0.01),
    shuffled mini-batches: the loop of nn's train block."""
    import torch
    torch.manual_seed(42)
    ws = [int(w) for w in widths.split("-")]
    rows = max(batch, min(8192, batch * 32))
    dt = {"f64": torch.float64, "f32": torch.float32}[dtype]
    x = torch.rand(rows, ws[0], dtype=dt)
    y = torch.randint(0, ws[-1], (rows,))
    layers = []
    for i in range(1, len(ws)):
        layers.append(torch.nn.Linear(ws[i - 1], ws[i]).to(dt))
        if i < len(ws) - 1:
            layers.append(torch.nn.ReLU())
    net = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()

    def epoch():
        perm = torch.randperm(rows)
        for s in range(0, rows, batch):
            idx = perm[s:s + batch]
            opt.zero_grad()
            loss = loss_fn(net(x[idx]), y[idx])
            loss.backward()
            opt.step()

    _rate(epoch, seconds / 3)
    return _rate(epoch, seconds) * rows


def torch_xor(epochs):
    """Milliseconds for `epochs` full-batch epochs of the 2-2-1 sigmoid XOR network, MSE, SGD(0.5)."""
    import torch
    torch.manual_seed(42)
    x = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]], dtype=torch.float64)
    t = torch.tensor([[0.], [1.], [1.], [0.]], dtype=torch.float64)
    best = float("inf")
    for _ in range(2):
        net = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(), torch.nn.Linear(2, 1), torch.nn.Sigmoid()).double()
        opt = torch.optim.SGD(net.parameters(), lr=0.5)
        start = clock()
        for _ in range(epochs):
            opt.zero_grad()
            loss = torch.nn.functional.mse_loss(net(x), t)
            loss.backward()
            opt.step()
        best = min(best, (clock() - start) * 1e3)
    return best

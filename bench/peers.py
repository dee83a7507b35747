"""The peers nn is measured against, written once: numpy (GEMM) and PyTorch (training).

Each function does the same work as the matching request of nn's `bench serve` (nn/bench/Serve.java)
and returns the same unit: GFLOPS, samples per second, or milliseconds. Work is warmed up first,
then timed for about `seconds` on `clock`. One thread: compare.py sets the thread counts before importing.
`peak_kib()` after `reset_peak()` gives the process's peak resident memory in between, as nn's side does.

Run as a script, `python3 bench/peers.py mnist DIR` is samples/mnist.nn in PyTorch float64: the same
784-128-10 ReLU network, cross-entropy, Adam(lr 0.001), 8 epochs of batch 64, shuffled, trained on
80% of DIR's 10,000 digits and tested on the other 20% (a split of its own: the same sizes, not the
same rows), printing a report per epoch, the test accuracy and the confusion matrix.
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


def reset_peak():
    """Starts a new peak resident size (Linux; elsewhere nothing)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def peak_kib():
    """Peak resident memory since the last reset_peak() in KiB (VmHWM); 0 where unknown."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def epoch_rows(batch, widths):
    """Examples per epoch, the rule of nn's Serve.epochRows: 32 batches up to 8,192 rows, 4 batches
    for networks 1,024 or more wide."""
    if max(int(w) for w in widths.split("-")) >= 1024:
        return batch * 4
    return max(batch, min(8192, batch * 32))


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
    rows = epoch_rows(batch, widths)
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


def _idx(path):
    import gzip
    import numpy as np
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def torch_mnist(folder):
    """samples/mnist.nn in PyTorch float64 (see the module's comment)."""
    import os
    import torch
    torch.manual_seed(1)
    images = _idx(os.path.join(folder, "mnist10k-images-idx3-ubyte.gz"))
    labels = _idx(os.path.join(folder, "mnist10k-labels-idx1-ubyte.gz"))
    x = torch.from_numpy(images.reshape(len(images), -1).astype("float64") / 255.0)
    y = torch.from_numpy(labels.astype("int64"))
    perm = torch.randperm(len(x))
    cut = int(0.8 * len(x))
    xtr, ytr, xte, yte = x[perm[:cut]], y[perm[:cut]], x[perm[cut:]], y[perm[cut:]]
    net = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)).double()
    opt = torch.optim.Adam(net.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(1, 9):
        order = torch.randperm(cut)
        total, right = 0.0, 0
        for s in range(0, cut, 64):
            idx = order[s:s + 64]
            opt.zero_grad()
            out = net(xtr[idx])
            loss = loss_fn(out, ytr[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
            right += int((out.argmax(1) == ytr[idx]).sum())
        print(f"epoch {epoch}: loss {total / cut:.4f}, accuracy {right / cut:.4f}")
    with torch.no_grad():
        pred = net(xte).argmax(1)
    print("test accuracy:", round(float((pred == yte).double().mean()), 4))
    confusion = torch.zeros(10, 10, dtype=torch.int64)
    for t, p in zip(yte.tolist(), pred.tolist()):
        confusion[t, p] += 1
    print(confusion)


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 3 and sys.argv[1] == "mnist":
        torch_mnist(sys.argv[2])
    else:
        sys.exit("usage: python3 bench/peers.py mnist DIR")

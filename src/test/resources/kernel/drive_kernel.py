"""Drives the nn Jupyter kernel through Debian's jupyter_client, as a notebook front end would.

Run by nn.kernel.JupyterKernelTest with JUPYTER_PATH pointing at a temporary kernel spec. Every check
asserts; the first failure exits non-zero with its message. The kernel is shut down in a finally.
"""
import base64
import queue
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 60


def run(kc, code, timeout=TIMEOUT):
    """Executes code and returns (reply content, iopub messages of this request until idle)."""
    msg_id = kc.execute(code)
    return collect(kc, msg_id, timeout)


def collect(kc, msg_id, timeout=TIMEOUT):
    msgs = []
    deadline = time.time() + timeout
    while True:
        m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    return shell_reply(kc, msg_id, timeout), msgs


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The reply to msg_id (replies to earlier requests, such as wait_for_ready's kernel_info, are skipped)."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def text(msgs, name="stdout"):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == name)


def of_type(msgs, t):
    return [m for m in msgs if m["msg_type"] == t]


def main():
    km = KernelManager(kernel_name="nn")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=TIMEOUT)

        # kernel_info
        info = shell_reply(kc, kc.kernel_info())
        assert info["status"] == "ok", info
        assert info["language_info"]["name"] == "nn", info
        assert info["protocol_version"].startswith("5."), info
        print("ok kernel_info", info["implementation"], info["protocol_version"])

        # stream, and names that persist across cells
        reply, msgs = run(kc, 'x = 20\nprint "x is", x + 1')
        assert reply["status"] == "ok", reply
        assert text(msgs) == "x is 21\n", msgs
        reply, msgs = run(kc, "x * 2")
        results = of_type(msgs, "execute_result")
        assert len(results) == 1 and results[0]["content"]["data"]["text/plain"] == "40", msgs
        assert results[0]["content"]["execution_count"] == reply["execution_count"], (results, reply)
        print("ok stream and result")

        # a plot is an in-memory PNG
        reply, msgs = run(kc, "\n".join([
            "seed 1",
            "dataset xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }",
            "network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)",
            "plot boundary net on xor",
        ]))
        assert reply["status"] == "ok", (reply, text(msgs, "stderr"))
        images = of_type(msgs, "display_data")
        assert len(images) == 1, msgs
        png = base64.b64decode(images[0]["content"]["data"]["image/png"])
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000, png[:16]
        print("ok png", len(png), "bytes")

        # an error names the cell, shows a caret, and the kernel goes on; the diagnostic is the error's
        # traceback (shown once by the notebook), not also a stderr stream
        reply, msgs = run(kc, "y = 1\nprint y +* 2")
        assert reply["status"] == "error" and reply["ename"] == "SyntaxError", reply
        count = reply["execution_count"]
        tb = reply["traceback"]
        assert tb[0].startswith("cell %d:2:" % count) and any(l.strip().startswith("^") for l in tb), tb
        assert reply["evalue"] == tb[0], reply
        errors = of_type(msgs, "error")
        assert len(errors) == 1 and errors[0]["content"]["traceback"] == tb, msgs
        assert text(msgs, "stderr") == "", msgs
        reply, msgs = run(kc, "print x")
        assert reply["status"] == "ok" and text(msgs) == "20\n", (reply, msgs)
        reply, msgs = run(kc, "print undefined_name")
        assert reply["status"] == "error" and reply["ename"] == "CheckError", reply
        assert "undefined_name" in reply["traceback"][0] and text(msgs, "stderr") == "", (reply, msgs)
        reply, msgs = run(kc, "1 / 0")
        assert reply["status"] == "error" and reply["ename"] == "RuntimeError", reply
        # a warning is not an error: it streams to stderr and the cell goes on
        reply, msgs = run(kc, "log(0)")
        assert reply["status"] == "ok" and "warning: log of 0" in text(msgs, "stderr"), (reply, msgs)
        print("ok error then a good cell")

        # stop_on_error (the default): requests queued behind a failing cell are aborted, not run
        ids = [kc.execute('print "one"'), kc.execute("print nope"), kc.execute('print "three"'), kc.execute('x = 99')]
        statuses = [shell_reply(kc, i)["status"] for i in ids]
        assert statuses == ["ok", "error", "aborted", "aborted"], statuses
        reply, msgs = run(kc, "print x")
        assert reply["status"] == "ok" and text(msgs) == "20\n", (reply, msgs, "an aborted cell does not run")
        ids = [kc.execute("print nope", stop_on_error=False), kc.execute('print "runs"')]
        statuses = [shell_reply(kc, i)["status"] for i in ids]
        assert statuses == ["error", "ok"], statuses
        print("ok stop_on_error")

        # user_expressions: evaluated after the cell, each a value or an error; a statement is refused
        mid = kc.execute("z = 4", user_expressions={"a": "z * 2", "b": "nope + 1", "c": "z = 5"})
        ue = shell_reply(kc, mid)["user_expressions"]
        assert ue["a"] == {"status": "ok", "data": {"text/plain": "8"}, "metadata": {}}, ue
        assert ue["b"]["status"] == "error" and ue["b"]["ename"] == "CheckError" and "nope" in ue["b"]["evalue"], ue
        assert ue["c"]["status"] == "error" and "not a statement" in ue["c"]["evalue"], ue
        reply, msgs = run(kc, "z")
        assert of_type(msgs, "execute_result")[0]["content"]["data"]["text/plain"] == "4", msgs
        print("ok user_expressions")

        # completion (the REPL's words: keywords, builtins, the session's names) and is_complete
        c = shell_reply(kc, kc.complete("pri", 3))
        assert "print" in c["matches"] and c["cursor_start"] == 0 and c["cursor_end"] == 3, c
        c = shell_reply(kc, kc.complete("y = sigm", 8))
        assert c["matches"] == ["sigmoid"] and c["cursor_start"] == 4, c
        c = shell_reply(kc, kc.complete("print xo", 8))
        assert "xor" in c["matches"], c
        c = shell_reply(kc, kc.is_complete("for i in 1..3 {"))
        assert c["status"] == "incomplete" and c["indent"] == "  ", c
        c = shell_reply(kc, kc.is_complete("print 1"))
        assert c["status"] == "complete", c
        print("ok complete and is_complete")

        # inspect (Shift-Tab): the REPL's :help text for the name at the cursor or the call it is in
        for code, pos, start in [("sigmoid", 3, "sigmoid(x)"), ("spiral(", 7, "spiral(points"), ("train", 2, "train NET on DATA")]:
            c = shell_reply(kc, kc.inspect(code, pos))
            assert c["status"] == "ok" and c["found"] and c["data"]["text/plain"].startswith(start), (code, c)
        c = shell_reply(kc, kc.inspect("1 + ", 4))
        assert c["status"] == "ok" and not c["found"], c

        # the REPL's commands that make sense in a notebook
        reply, msgs = run(kc, ":help spiral")
        assert reply["status"] == "ok" and text(msgs).startswith("spiral(points"), (reply, msgs)
        reply, msgs = run(kc, ":vars")
        assert reply["status"] == "ok" and "  x = 20   (a number)" in text(msgs), (reply, msgs)
        reply, msgs = run(kc, ":save s.nn")
        assert reply["status"] == "error" and "command of the terminal REPL" in reply["evalue"], reply
        print("ok inspect and commands")

        # interrupt a long training: the cell stops, the weights it reached stay, the kernel goes on
        run(kc, "before = net([1, 0])")
        msg_id = kc.execute("h = train net on xor { loss sse; optimizer sgd(lr = 0.1); epochs 1000000; report every 1000 }")
        deadline = time.time() + TIMEOUT
        seen = ""
        while "epoch" not in seen:
            m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream":
                seen += m["content"]["text"]
        km.interrupt_kernel()
        reply, msgs = collect(kc, msg_id)
        # nn's training stops after the batch in progress, says so, and the cell goes on (as in the REPL)
        said = text(msgs) + text(msgs, "stderr")
        assert reply["status"] == "ok", (reply, said)
        assert "training interrupted at epoch" in said and "weights learned so far are kept" in said, said
        reply, msgs = run(kc, "print net([1, 0]) != before")
        assert reply["status"] == "ok" and text(msgs) == "true\n", (reply, msgs, text(msgs, "stderr"))
        print("ok interrupt keeps the weights")

        # an interrupted loop (not training) stops the cell with an error; the kernel stays usable
        msg_id = kc.execute("i = 0\nwhile true { i = i + 1 }")
        time.sleep(1.0)
        km.interrupt_kernel()
        reply, msgs = collect(kc, msg_id)
        assert reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt", reply
        assert "interrupted" in reply["evalue"] and text(msgs, "stderr") == "", (reply, msgs)
        reply, msgs = run(kc, "print i > 0")
        assert reply["status"] == "ok" and text(msgs) == "true\n", (reply, msgs)
        print("ok interrupt of a loop")

        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=False)
    assert not km.is_alive(), "the kernel did not shut down"
    print("ok shutdown")


if __name__ == "__main__":
    main()

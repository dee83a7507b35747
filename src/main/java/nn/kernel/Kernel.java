package nn.kernel;

import nn.i18n.Messages;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nn.interp.Limits;
import nn.run.Completeness;
import nn.run.Completion;
import nn.run.Session;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * nn as a Jupyter kernel, speaking the messaging protocol directly on JeroMQ. Threads: shell (runs cells,
 * completes, answers kernel_info), control (interrupt and shutdown, answered even while a cell runs),
 * heartbeat (echo), IOPub (sends what the others queue: a ZeroMQ socket belongs to one thread, and the
 * interpreter thread may carry an interrupt that would abort a send).
 * Interrupts arrive as messages (interrupt_mode "message"): the running cell stops at its next step, a
 * training loop keeps the weights it reached, and the kernel goes on.
 */
public final class Kernel {
    /** nn's version, from the pom (through nn.run.Version). */
    public static final String VERSION = nn.run.Version.get();

    private final ConnectionInfo connection;
    private final Wire wire;
    private final ZContext context = new ZContext();
    private final BlockingQueue<Message> outbox = new LinkedBlockingQueue<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private volatile Message currentRequest;
    private final Cells cells;
    private int executionCount = 0;

    public Kernel(ConnectionInfo connection, Limits limits, List<Path> allowedDirs) {
        this.connection = connection;
        this.wire = new Wire(connection.key());
        this.cells = new Cells(limits, allowedDirs, new Cells.Front() {
            @Override public void stream(String name, String text) { publishStream(name, text); }
            @Override public void image(String title, byte[] png) { publishImage(title, png); }
            @Override public void result(String text) { publishResult(text); }
        });
    }

    /** How long a socket's thread waits for a message before it looks whether the kernel is stopping. */
    private static final int POLL_MILLIS = 100;
    /** How long the shutdown waits for the threads to finish their work and close their sockets. */
    private static final long STOP_MILLIS = 3000;

    private volatile boolean stopping;

    /**
     * Binds the sockets and serves until a shutdown request; returns the exit status. Each socket belongs to
     * its thread, which closes it: at shutdown the threads see {@link #stopping} within {@link #POLL_MILLIS},
     * finish what they are doing and close their sockets; only then is the context closed, which waits for
     * the last messages (the shutdown reply, the idle status) to leave. Closing a socket another thread is
     * blocked in is what JeroMQ does not survive.
     */
    public int serve() {
        ZMQ.Socket shell, control, hb, iopub, stdin;
        try {
            shell = bind(SocketType.ROUTER, connection.shell());
            control = bind(SocketType.ROUTER, connection.control());
            stdin = bind(SocketType.ROUTER, connection.stdin());  // nn never asks for input, but the socket must exist
            iopub = bind(SocketType.PUB, connection.iopub());
            hb = bind(SocketType.REP, connection.hb());
        } catch (ZMQException e) {
            context.close();
            throw new KernelException(Messages.t("kernel.cannot-listen", connection.ip(), listenReason(e, binding)));
        }
        Thread iopubThread = thread("nn-kernel-iopub", iopub, () -> serveIopub(iopub));
        Thread hbThread = thread("nn-kernel-heartbeat", hb, () -> heartbeat(hb));
        Thread controlThread = thread("nn-kernel-control", control, () -> serveControl(control));
        Thread shellThread = thread("nn-kernel-shell", shell, () -> serveShell(shell));
        publishStatus(null, "starting");
        try {
            shutdown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        cells.interrupt();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_MILLIS);
        // The shell's last replies and statuses go through IOPub, so IOPub stops last, once its queue is sent.
        boolean finished = join(shellThread, deadline) & join(controlThread, deadline) & join(hbThread, deadline);
        iopubDone = true;
        finished &= join(iopubThread, deadline);
        stdin.close();
        // A thread still running (a cell that does not stop) owns its socket: the process exits without closing it.
        if (!finished) return 0;
        // Closing the context waits for queued messages up to the sockets' linger; bounded in case of trouble.
        Thread closer = new Thread(this::closeQuietly, "nn-kernel-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private volatile boolean iopubDone;

    private void closeQuietly() {
        try {
            context.close();
        } catch (RuntimeException ignored) {
            // the process is ending; what ZeroMQ could not tidy up goes with it
        }
    }

    private static boolean join(Thread t, long deadline) {
        try {
            long left = deadline - System.nanoTime();
            if (left > 0) t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }

    /**
     * Why {@code port} could not be bound, in nn's words: ZeroMQ says "address in use" both for a port another
     * program holds and for an address this machine does not have, so the address is looked at first.
     */
    private String listenReason(ZMQException e, int port) {
        if (connection.transport().equals("tcp")) {
            String ip = connection.ip();
            if (!ip.equals("*")) {
                try {
                    java.net.InetAddress address = java.net.InetAddress.getByName(ip);
                    if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                            && java.net.NetworkInterface.getByInetAddress(address) == null)
                        return Messages.t("kernel.address-not-here");
                } catch (java.net.UnknownHostException unknown) {
                    return Messages.t("kernel.address-unknown");
                } catch (java.net.SocketException | SecurityException ignored) {
                    // cannot tell: ZeroMQ's error code says what it can
                }
            }
        }
        return switch (e.getErrorCode()) {
            case zmq.ZError.EADDRINUSE -> Messages.t("kernel.address-in-use", String.valueOf(port));
            case zmq.ZError.EADDRNOTAVAIL -> Messages.t("kernel.address-not-here");
            case zmq.ZError.EACCESS -> Messages.t("io.permission-denied");
            default -> Messages.t("kernel.zmq-error", e.getErrorCode());
        };
    }

    /** The port being bound, for the message when it cannot be. */
    private int binding;

    private ZMQ.Socket bind(SocketType type, int port) {
        binding = port;
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(1000);
        s.setReceiveTimeOut(POLL_MILLIS);
        s.bind(connection.address(port));
        return s;
    }

    /**
     * Starts the thread that owns {@code socket}: it closes the socket when its work ends, and whatever goes
     * wrong in it (JeroMQ failing as the kernel stops, a bug) is one line on the kernel's log, never a trace.
     */
    private Thread thread(String name, ZMQ.Socket socket, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                if (!stopping) log(Messages.t("kernel.log.thread-failed", name, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            } finally {
                try {
                    socket.close();
                } catch (RuntimeException ignored) {
                    // already closed with the context
                }
            }
        }, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> { });
        t.start();
        return t;
    }

    private static void log(String line) { System.err.println("nn kernel: " + line); }

    private void serveIopub(ZMQ.Socket iopub) {
        try {
            while (true) {
                Message m = outbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (m != null) wire.send(iopub, m);
                else if (iopubDone) return;
            }
        } catch (InterruptedException | ZMQException | IllegalStateException closed) {
            // shutdown
        }
    }

    private void heartbeat(ZMQ.Socket hb) {
        try {
            while (!stopping) {
                byte[] ping = hb.recv(0);
                if (ping != null) hb.send(ping, 0);
            }
        } catch (ZMQException | IllegalStateException closed) {
            // the context closed at shutdown
        }
    }

    private void serveShell(ZMQ.Socket shell) {
        while (!stopping) {
            Message m;
            try {
                m = wire.receive(shell);
            } catch (ZMQException | IllegalStateException closed) {
                return;
            }
            if (m == null) continue;
            handle(shell, m);
        }
    }

    /** Answers one shell request between a busy and an idle status. */
    private void handle(ZMQ.Socket shell, Message m) {
        List<Message> toAbort = List.of();
        publishStatus(m, "busy");
        try {
            switch (m.type()) {
                case "kernel_info_request" -> send(shell, m, "kernel_info_reply", kernelInfo());
                case "execute_request" -> toAbort = execute(shell, m);
                case "complete_request" -> send(shell, m, "complete_reply", complete(m));
                case "is_complete_request" -> send(shell, m, "is_complete_reply", isComplete(m));
                case "inspect_request" -> send(shell, m, "inspect_reply", inspect(m));
                case "history_request" -> send(shell, m, "history_reply", ok(o -> o.add("history", new JsonArray())));
                case "comm_info_request" -> send(shell, m, "comm_info_reply", ok(o -> o.add("comms", new JsonObject())));
                case "shutdown_request" -> shutdown(shell, m);
                default -> log(Messages.t("kernel.log.unknown-request", m.type()));
            }
        } finally {
            publishStatus(m, "idle");
        }
        abort(shell, toAbort);
    }

    /**
     * A cell failed and its request had stop_on_error (the default): the requests already received, taken
     * before the failing cell's reply goes out (so a client that waits for that reply before sending its next
     * request never has it aborted), are {@code waiting}. Its execute requests are answered "aborted" without
     * running, as ipykernel does (a notebook's "run all" stops at the first error); the others as usual.
     */
    private List<Message> waitingRequests(ZMQ.Socket shell) {
        List<Message> waiting = new java.util.ArrayList<>();
        for (Message q = wire.receiveWaiting(shell); q != null; q = wire.receiveWaiting(shell)) waiting.add(q);
        return waiting;
    }

    private void abort(ZMQ.Socket shell, List<Message> waiting) {
        for (Message q : waiting) {
            if (!q.type().equals("execute_request")) {
                handle(shell, q);
                continue;
            }
            publishStatus(q, "busy");
            send(shell, q, "execute_reply", aborted());
            publishStatus(q, "idle");
        }
    }

    private static JsonObject aborted() {
        JsonObject o = new JsonObject();
        o.addProperty("status", "aborted");
        return o;
    }

    private void serveControl(ZMQ.Socket control) {
        while (!stopping) {
            Message m;
            try {
                m = wire.receive(control);
            } catch (ZMQException | IllegalStateException closed) {
                return;
            }
            if (m == null) continue;
            switch (m.type()) {
                case "interrupt_request" -> {
                    cells.interrupt();
                    send(control, m, "interrupt_reply", ok(o -> { }));
                }
                case "shutdown_request" -> shutdown(control, m);
                case "kernel_info_request" -> send(control, m, "kernel_info_reply", kernelInfo());
                default -> log(Messages.t("kernel.log.unknown-control-request", m.type()));
            }
        }
    }

    private void shutdown(ZMQ.Socket socket, Message m) {
        cells.interrupt();
        boolean restart = m.flag("restart", false);
        send(socket, m, "shutdown_reply", ok(o -> o.addProperty("restart", restart)));
        shutdown.countDown();
    }

    /** Runs a cell and replies; the requests to abort (those received before a failing cell's reply, with stop_on_error). */
    private List<Message> execute(ZMQ.Socket shell, Message m) {
        String code = m.text("code", "");
        boolean silent = m.flag("silent", false);
        boolean store = m.flag("store_history", !silent);
        if (store && !silent) executionCount++;
        int count = executionCount;
        JsonObject input = new JsonObject();
        input.addProperty("code", code);
        input.addProperty("execution_count", count);
        publish(m, "execute_input", input);
        Cells.Ran ran = new Cells.Ran(Session.Outcome.OK, "");
        if (!code.isBlank()) {
            currentRequest = m;
            try {
                ran = cells.isCommands(code) ? cells.commands(count, code) : cells.run(count, code);
            } finally {
                currentRequest = null;
            }
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("execution_count", count);
        if (ran.outcome() == Session.Outcome.OK) {
            reply.addProperty("status", "ok");
            reply.add("payload", new JsonArray());
            reply.add("user_expressions", userExpressions(m));
        } else {
            JsonObject error = error(ran);
            reply.addProperty("status", "error");
            error.entrySet().forEach(e -> reply.add(e.getKey(), e.getValue()));
            publish(m, "error", error);
        }
        List<Message> toAbort = ran.outcome() != Session.Outcome.OK && m.flag("stop_on_error", true) ? waitingRequests(shell) : List.of();
        send(shell, m, "execute_reply", reply);
        return toAbort;
    }

    /**
     * The request's user_expressions, each evaluated after the cell: {status ok, data {text/plain}, metadata}
     * or {status error, ename, evalue, traceback} (the protocol's form; a front end asks for values this way).
     */
    private JsonObject userExpressions(Message m) {
        JsonObject out = new JsonObject();
        if (!m.content().has("user_expressions") || !m.content().get("user_expressions").isJsonObject()) return out;
        currentRequest = m;
        try {
            for (var e : m.content().getAsJsonObject("user_expressions").entrySet()) {
                JsonObject r;
                if (!e.getValue().isJsonPrimitive() || !e.getValue().getAsJsonPrimitive().isString()) {
                    r = error(new Cells.Ran(Session.Outcome.SYNTAX_ERROR,
                            Messages.t("kernel.user-expression-not-text", nn.lang.source.Visible.text(e.getKey())) + "\n", "SyntaxError"));
                    r.addProperty("status", "error");
                } else {
                    Cells.Evaluated v = cells.evaluate(e.getValue().getAsString());
                    if (v.error() == null) {
                        JsonObject data = new JsonObject();
                        data.addProperty("text/plain", v.text());
                        r = ok(o -> {
                            o.add("data", data);
                            o.add("metadata", new JsonObject());
                        });
                    } else {
                        r = error(v.error());
                        r.addProperty("status", "error");
                    }
                }
                out.add(e.getKey(), r);
            }
        } finally {
            currentRequest = null;
        }
        return out;
    }

    /**
     * A failed cell as Jupyter shows it: the diagnostic's lines (message, source line, caret, hint) are the
     * traceback, which the notebook prints once (the diagnostic is not also streamed to stderr).
     */
    static JsonObject error(Cells.Ran ran) {
        JsonArray traceback = new JsonArray();
        ran.errorText().lines().forEach(traceback::add);
        JsonObject o = new JsonObject();
        o.addProperty("ename", ran.errorKind());
        o.addProperty("evalue", ran.errorText().lines().filter(l -> !l.isBlank()).findFirst().orElse(ran.errorKind()));
        o.add("traceback", traceback);
        return o;
    }

    private JsonObject complete(Message m) {
        String code = m.text("code", "");
        int cursor = charIndex(code, (int) Math.min(Integer.MAX_VALUE, m.content().has("cursor_pos")
                ? m.content().get("cursor_pos").getAsLong() : code.codePointCount(0, code.length())));
        Completion.Result r = Completion.at(cells.session(), code, cursor);
        JsonArray matches = new JsonArray();
        r.matches().forEach(matches::add);
        return ok(o -> {
            o.add("matches", matches);
            o.addProperty("cursor_start", code.codePointCount(0, r.start()));
            o.addProperty("cursor_end", code.codePointCount(0, r.end()));
            o.add("metadata", new JsonObject());
        });
    }

    /** Jupyter counts the cursor in code points; Java strings index UTF-16 units. */
    private static int charIndex(String s, int codePoints) {
        int total = s.codePointCount(0, s.length());
        return codePoints >= total ? s.length() : s.offsetByCodePoints(0, Math.max(0, codePoints));
    }

    private JsonObject isComplete(Message m) {
        String code = m.text("code", "");
        JsonObject o = new JsonObject();
        switch (Completeness.of(code)) {
            case COMPLETE -> o.addProperty("status", "complete");
            case INCOMPLETE -> {
                o.addProperty("status", "incomplete");
                o.addProperty("indent", Completeness.indent(code));
            }
            case INVALID -> o.addProperty("status", "invalid");
        }
        return o;
    }

    /**
     * Shift-Tab: the REPL's {@code :help NAME} text for the name at the cursor, or for the call the cursor is
     * in ({@code spiral(|} asks about spiral); found false where there is no name or no help for it.
     */
    private JsonObject inspect(Message m) {
        String code = m.text("code", "");
        int cursor = charIndex(code, (int) Math.min(Integer.MAX_VALUE, m.content().has("cursor_pos")
                ? m.content().get("cursor_pos").getAsLong() : code.codePointCount(0, code.length())));
        String word = nameAt(code, cursor);
        boolean found = word != null && nn.repl.Help.knows(word);
        JsonObject data = new JsonObject();
        if (found) data.addProperty("text/plain", nn.repl.Help.about(word));
        return ok(o -> {
            o.addProperty("found", found);
            o.add("data", data);
            o.add("metadata", new JsonObject());
        });
    }

    /** The name the cursor is on or just after; else the name of the innermost call whose parentheses hold it. */
    static String nameAt(String code, int cursor) {
        int end = Math.max(0, Math.min(cursor, code.length()));
        int start = end;
        while (start > 0 && namePart(code.charAt(start - 1))) start--;
        while (end < code.length() && namePart(code.charAt(end))) end++;
        if (start < end && !Character.isDigit(code.charAt(start))) return code.substring(start, end);
        int depth = 0;
        for (int i = Math.min(cursor, code.length()) - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth > 0) depth--;
            else if (c == '(') {
                int e = i;
                while (e > 0 && code.charAt(e - 1) == ' ') e--;
                int s = e;
                while (s > 0 && namePart(code.charAt(s - 1))) s--;
                return s < e && !Character.isDigit(code.charAt(s)) ? code.substring(s, e) : null;
            }
        }
        return null;
    }

    private static boolean namePart(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private static JsonObject kernelInfo() {
        JsonObject language = new JsonObject();
        language.addProperty("name", "nn");
        language.addProperty("version", VERSION);
        language.addProperty("mimetype", "text/x-nn");
        language.addProperty("file_extension", ".nn");
        language.addProperty("codemirror_mode", "python");
        JsonObject o = ok(x -> { });
        o.addProperty("protocol_version", Wire.PROTOCOL_VERSION);
        o.addProperty("implementation", "nn");
        o.addProperty("implementation_version", VERSION);
        o.add("language_info", language);
        o.addProperty("banner", Messages.t("kernel.banner", VERSION));
        o.add("help_links", new JsonArray());
        return o;
    }

    private static JsonObject ok(java.util.function.Consumer<JsonObject> fill) {
        JsonObject o = new JsonObject();
        o.addProperty("status", "ok");
        fill.accept(o);
        return o;
    }

    private void send(ZMQ.Socket socket, Message parent, String type, JsonObject content) {
        wire.send(socket, wire.reply(parent, type, content));
    }

    private void publish(Message parent, String type, JsonObject content) {
        Message m = wire.reply(parent, type, content);
        // IOPub subscribers filter on the first frame: the message type is the conventional topic.
        outbox.add(new Message(List.of(("kernel." + type).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                m.header(), m.parent(), m.metadata(), m.content()));
    }

    private void publishStatus(Message parent, String state) {
        JsonObject o = new JsonObject();
        o.addProperty("execution_state", state);
        publish(parent, "status", o);
    }

    private void publishStream(String name, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("text", text);
        publish(currentRequest, "stream", o);
    }

    private void publishImage(String title, byte[] png) {
        JsonObject data = new JsonObject();
        data.addProperty("image/png", Base64.getEncoder().encodeToString(png));
        data.addProperty("text/plain", Messages.t("kernel.plot-text", title));
        JsonObject o = new JsonObject();
        o.add("data", data);
        o.add("metadata", new JsonObject());
        o.add("transient", new JsonObject());
        publish(currentRequest, "display_data", o);
    }

    private void publishResult(String text) {
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", text);
        JsonObject o = new JsonObject();
        o.addProperty("execution_count", executionCount);
        o.add("data", data);
        o.add("metadata", new JsonObject());
        publish(currentRequest, "execute_result", o);
    }
}

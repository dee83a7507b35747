package nn.graph;

import nn.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nn.io.ChildProcess;
import nn.io.LinkFreeFiles;
import nn.platform.Browser;

/**
 * Draws a computational graph: Graphviz DOT text with, for each node, its name or formula, its value
 * (the numbers when small, else the shape) and its gradient; SVG by piping that text through
 * Graphviz's {@code dot} when it is installed.
 *
 * <p>Running {@code dot} is the only external process the project ever starts, and only here.
 */
public final class GraphExport {
    private GraphExport() {}

    private static final int MAX_PRINTED_ELEMENTS = 6;
    private static final java.time.Duration DOT_TIMEOUT = java.time.Duration.ofSeconds(30);
    private static final long MAX_SVG_BYTES = 256L << 20;

    /** The DOT text of everything root depends on, inputs on the left, root on the right. */
    public static String toDot(Node root) { return toDot(root, MatrixText.DEFAULT_DECIMALS); }

    public static String toDot(Node root, int decimals) {
        List<Node> nodes = Graph.topologicalOrder(root);
        Map<Node, Integer> ids = new IdentityHashMap<>();
        StringBuilder sb = new StringBuilder("digraph nn {\n  rankdir=LR;\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
        for (Node n : nodes) {
            int id = ids.size();
            ids.put(n, id);
            String fill = n.isParam() ? "#d9ead3" : n.isRecorded() ? "#ffffff" : "#eeeeee";
            sb.append("  n").append(id).append(" [label=\"").append(escape(describe(n, decimals)))
              .append("\", fillcolor=\"").append(fill).append("\"");
            if (n == root) sb.append(", penwidth=2");
            sb.append("];\n");
        }
        for (Node n : nodes)
            for (Node in : n.inputs()) sb.append("  n").append(ids.get(in)).append(" -> n").append(ids.get(n)).append(";\n");
        return sb.append("}\n").toString();
    }

    /** Three lines: what the node is, its value, its gradient (when backward has reached it). */
    private static String describe(Node n, int decimals) {
        String title;
        if (n.isParam()) title = n.label() == null ? Messages.t("graph.export.parameter") : Messages.t("graph.export.named-parameter", n.label());
        else if (!n.isRecorded()) title = n.label() == null ? Messages.t("graph.export.constant") : n.label();
        else title = (n.label() == null ? "" : n.label() + " = ")
                + Labels.formulaOf(n, m -> MatrixText.format(m, decimals));
        StringBuilder sb = new StringBuilder(title).append('\n').append(Messages.t("graph.export.value", show(n.value(), decimals)));
        if (n.grad() != null) sb.append('\n').append(Messages.t("graph.export.grad", show(n.grad(), decimals)));
        return sb.toString();
    }

    private static String show(nn.tensor.Matrix m, int decimals) {
        return m.size() <= MAX_PRINTED_ELEMENTS ? MatrixText.format(m, decimals) : m.shape();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Writes the graph to a file ending in .dot (DOT text) or .svg (through Graphviz). */
    public static void export(Node root, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dot")) writeDot(root, file);
        else if (name.endsWith(".svg")) writeSvg(root, file);
        else throw new GraphException(Messages.t("graph.export-not-dot-or-svg", file));
    }

    public static void writeDot(Node root, Path file) {
        byte[] text = toDot(root).getBytes(StandardCharsets.UTF_8);
        try {
            LinkFreeFiles.write(file, out -> out.write(text));
        } catch (IOException e) {
            throw new GraphException(Messages.t("graph.cannot-write", shown(file), LinkFreeFiles.reason(e)));
        }
    }

    /** True when an executable {@code dot} is on the PATH. */
    public static boolean isDotInstalled() { return findDot().isPresent(); }

    /**
     * Renders the graph to SVG with Graphviz. Writes the file only when {@code dot} succeeds. {@code dot}
     * reads the DOT text on its input and writes the SVG on its output: it never sees a path, and the
     * file is written like every other output ({@link LinkFreeFiles#write}). The child ends with the
     * statement: at Ctrl-C, at the run's deadline, or after 30 seconds ({@link ChildProcess}).
     *
     * @throws GraphException when dot is missing, fails, or takes longer than 30 seconds
     */
    public static void writeSvg(Node root, Path file) {
        if (Browser.isBrowser()) throw new GraphException(Messages.t("graph.browser-no-graphviz"));
        Path dot = findDot().orElseThrow(() -> new GraphException(Messages.t("graph.dot-missing")));
        ChildProcess.Result drawn;
        try {
            drawn = ChildProcess.run(List.of(dot.toString(), "-Tsvg"), toDot(root).getBytes(StandardCharsets.UTF_8),
                    MAX_SVG_BYTES, DOT_TIMEOUT);
        } catch (ChildProcess.TooSlow e) {
            throw new GraphException(Messages.t("graph.dot-too-slow", DOT_TIMEOUT.toSeconds()));
        } catch (ChildProcess.TooMuchOutput e) {
            throw new GraphException(Messages.t("graph.dot-too-much", MAX_SVG_BYTES >> 20));
        } catch (IOException e) {
            throw new GraphException(Messages.t("graph.dot-cannot-run", LinkFreeFiles.reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(Messages.t("graph.dot-interrupted"));
        }
        if (drawn.exitCode() != 0)
            throw new GraphException(Messages.t("graph.dot-failed", drawn.exitCode()));
        try {
            LinkFreeFiles.write(file, out -> out.write(drawn.output()));
        } catch (IOException e) {
            throw new GraphException(Messages.t("graph.cannot-write", shown(file), LinkFreeFiles.reason(e)));
        }
    }

    private static String shown(Path file) {
        return "\"" + (file.getFileName() == null ? file : file.getFileName()) + "\"";
    }

    private static Optional<Path> findDot() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}

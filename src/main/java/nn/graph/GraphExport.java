package nn.graph;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
    private static final long DOT_TIMEOUT_SECONDS = 30;

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
        if (n.isParam()) title = (n.label() == null ? "parameter" : n.label() + " (parameter)");
        else if (!n.isRecorded()) title = n.label() == null ? "constant" : n.label();
        else title = (n.label() == null ? "" : n.label() + " = ")
                + Labels.formulaOf(n, m -> MatrixText.format(m, decimals));
        StringBuilder sb = new StringBuilder(title).append("\nvalue ").append(show(n.value(), decimals));
        if (n.grad() != null) sb.append("\ngrad ").append(show(n.grad(), decimals));
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
        else throw new GraphException("a graph file must end in .dot or .svg, got \"" + file + "\"");
    }

    public static void writeDot(Node root, Path file) {
        try {
            Files.writeString(file, toDot(root), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new GraphException("cannot write \"" + file + "\": " + e.getMessage());
        }
    }

    /** True when an executable {@code dot} is on the PATH. */
    public static boolean isDotInstalled() { return findDot().isPresent(); }

    /**
     * Renders the graph to SVG with Graphviz. Writes the file only when {@code dot} succeeds.
     *
     * @throws GraphException when dot is missing, fails, or takes longer than 30 seconds
     */
    public static void writeSvg(Node root, Path file) {
        Path dot = findDot().orElseThrow(() -> new GraphException(
                "Graphviz 'dot' is not installed; wrote nothing. Install it with: apt-get install graphviz (or write .dot)"));
        Path target = file.toAbsolutePath();
        Path partial = null;
        Process process = null;
        try {
            partial = Files.createTempFile(target.getParent(), ".nn-graph-", ".svg.part");
            // Temporary files are private (0600); the SVG gets the mode every other output gets.
            try {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: no modes to align
            }
            Process p = process = new ProcessBuilder(dot.toString(), "-Tsvg")
                    .redirectOutput(partial.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(toDot(root).getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(DOT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GraphException("Graphviz 'dot' did not finish within " + DOT_TIMEOUT_SECONDS + " s; wrote nothing");
            }
            if (p.exitValue() != 0)
                throw new GraphException("Graphviz 'dot' failed (exit code " + p.exitValue() + "); wrote nothing");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            partial = null;
        } catch (IOException e) {
            throw new GraphException("cannot write \"" + file + "\": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException("interrupted while Graphviz 'dot' was drawing; wrote nothing");
        } finally {
            // Ctrl-C or the run's deadline interrupts the wait: the child ends with the run.
            if (process != null && process.isAlive()) process.destroyForcibly();
            if (partial != null) deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package nn.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The only way scripts reach files: reading data and writing outputs inside allowed folders (the
 * script's folder, or those named with --allow-dir). Paths are resolved against the first folder,
 * normalised, and checked after resolving symbolic links, so "../x" and links out are refused.
 */
public final class Sandbox {
    private final List<Path> roots;

    public Sandbox(List<Path> roots) {
        this.roots = roots.stream().map(p -> {
            try { return p.toRealPath(); } catch (IOException e) { return p.toAbsolutePath().normalize(); }
        }).toList();
    }

    public Path base() { return roots.get(0); }

    public Path forReading(String name) {
        Path p = resolve(name);
        if (!Files.exists(p)) throw new RuntimeError("file not found: " + name, "paths are relative to " + base());
        // A pipe or device would block the run on open, past every budget: only files and folders are read.
        if (!Files.isRegularFile(p) && !Files.isDirectory(p))
            throw new RuntimeError("cannot read " + name + ": it is not a regular file", "datasets are read from ordinary files");
        return p;
    }

    public Path forWriting(String name) {
        Path p = resolve(name);
        Path parent = p.getParent();
        if (parent != null && !Files.isDirectory(parent))
            throw new RuntimeError("cannot write " + name + ": the folder " + parent + " does not exist");
        if (Files.exists(p) && !Files.isRegularFile(p))
            throw new RuntimeError("cannot write " + name + ": it is not a regular file");
        return p;
    }

    private Path resolve(String name) {
        Path p = base().resolve(name).normalize();
        if (Files.isSymbolicLink(p) && !Files.exists(p))
            throw new RuntimeError("access refused: " + name + " is a symbolic link to a file that does not exist",
                    "writing through it could create a file outside the folders this script may use");
        Path real = p;
        try {
            if (Files.exists(p)) real = p.toRealPath();
            else if (p.getParent() != null && Files.exists(p.getParent())) real = p.getParent().toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            throw new RuntimeError("cannot access " + name + ": " + e.getMessage());
        }
        for (Path root : roots) if (real.startsWith(root)) return real;
        throw new RuntimeError("access refused: " + name + " is outside the folders this script may use",
                "scripts read and write files inside " + base() + "; allow another folder with --allow-dir DIR");
    }
}

package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files are reached only inside the allowed folders, only as ordinary files, never through links that lead out. */
class SandboxTest {
    @TempDir Path root;
    @TempDir Path outside;

    @Test void parentPathsAreRefused() {
        Sandbox box = new Sandbox(List.of(root));
        RuntimeError e = assertThrows(RuntimeError.class, () -> box.forReading("../x.csv"));
        assertTrue(e.getMessage().startsWith("access refused: ../x.csv is outside the folders"), e.getMessage());
    }

    @Test void aDanglingLinkCannotBeWrittenThrough() throws IOException {
        Files.createSymbolicLink(root.resolve("out.json"), outside.resolve("new.json"));
        Sandbox box = new Sandbox(List.of(root));
        RuntimeError e = assertThrows(RuntimeError.class, () -> box.forWriting("out.json"));
        assertTrue(e.getMessage().startsWith("access refused: out.json is a symbolic link"), e.getMessage());
        assertFalse(Files.exists(outside.resolve("new.json")));
    }

    @Test void aLinkToAFileOutsideIsRefused() throws IOException {
        Files.writeString(outside.resolve("secret.csv"), "a\n1\n");
        Path link = Files.createSymbolicLink(root.resolve("data.csv"), outside.resolve("secret.csv"));
        try {
            Sandbox box = new Sandbox(List.of(root));
            assertThrows(RuntimeError.class, () -> box.forReading("data.csv"));
        } finally {
            Files.delete(link); // JUnit would warn about deleting a link that leads out of its temporary folder
        }
    }

    @Timeout(30) // waits for the mkfifo process
    @Test void aFolderIsReadableButNotAPipe() throws Exception {
        Files.createDirectory(root.resolve("mnist"));
        Sandbox box = new Sandbox(List.of(root));
        assertEquals(root.resolve("mnist").toRealPath(), box.forReading("mnist"));
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.csv").toString()).start();
        if (mkfifo.waitFor() != 0) return; // no mkfifo on this machine: nothing to check
        RuntimeError e = assertThrows(RuntimeError.class, () -> box.forReading("pipe.csv"));
        assertEquals("cannot read pipe.csv: it is not a regular file", e.getMessage());
    }
}

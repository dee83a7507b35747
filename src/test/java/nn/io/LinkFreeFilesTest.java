package nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nn.interp.RuntimeError;
import nn.interp.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path checked by the sandbox, then changed before it is opened: a link put in place of any
 * folder on the way (not only the file) must not redirect the open or the write.
 */
class LinkFreeFilesTest {
    @TempDir Path dir;
    @TempDir Path outside;

    private Sandbox sandbox() { return new Sandbox(List.of(dir)); }

    /** Replaces the folder {@code name} (inside dir) by a link to {@code outside}, as an attacker racing the run would. */
    private void swapForLink(String name) throws IOException {
        Files.move(dir.resolve(name), dir.resolve(name + ".moved"));
        Files.createSymbolicLink(dir.resolve(name), outside);
    }

    @Test void aReadCheckedThenRedirectedByALinkInAMiddleFolderIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/x.csv"), "inside");
        Files.createDirectories(outside.resolve("b"));
        Files.writeString(outside.resolve("b/x.csv"), "secret");
        Path checked = sandbox().forReading("a/b/x.csv");
        swapForLink("a");
        assertThrows(LinkFreeFiles.LinkFound.class, () -> LinkFreeFiles.newInputStream(checked).close());
    }

    @Test void aReadOfAnUnchangedPathGivesTheFile() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/x.csv"), "inside");
        try (InputStream in = LinkFreeFiles.newInputStream(sandbox().forReading("a/x.csv"))) {
            assertEquals("inside", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test void aWriteCheckedThenRedirectedByALinkInAMiddleFolderIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Path checked = sandbox().forWriting("out/net.json");
        swapForLink("out");
        assertThrows(LinkFreeFiles.LinkFound.class, () -> LinkFreeFiles.write(checked, o -> o.write(1)));
        try (var files = Files.list(outside)) {
            assertEquals(List.of(), files.toList(), "nothing was written outside");
        }
    }

    @Test void aFileLinkedInAfterTheCheckIsReplacedNotWrittenThrough() throws IOException {
        Path script = Files.writeString(dir.resolve("hw.nn"), "print 1\n");
        Path checked = sandbox().forWriting("plot.png");
        Files.createSymbolicLink(dir.resolve("plot.png"), script);
        LinkFreeFiles.write(checked, o -> o.write(new byte[] {1, 2}));
        assertEquals("print 1\n", Files.readString(script));
        assertTrue(!Files.isSymbolicLink(dir.resolve("plot.png")));
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(dir.resolve("plot.png")));
    }

    @Test void aHardLinkToAScriptIsReplacedNotWrittenThrough() throws IOException {
        Path script = Files.writeString(dir.resolve("hw.nn"), "print 1\n");
        Files.createLink(dir.resolve("net.json"), script);
        LinkFreeFiles.write(sandbox().forWriting("net.json"), o -> o.write('{'));
        assertEquals("print 1\n", Files.readString(script));
        assertEquals("{", Files.readString(dir.resolve("net.json")));
    }

    @Test void aFailedWriteLeavesTheOldFileAndNoPartialFile() throws IOException {
        Files.writeString(dir.resolve("net.json"), "old");
        assertThrows(IOException.class, () -> LinkFreeFiles.write(sandbox().forWriting("net.json"), o -> {
            o.write('n');
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(dir.resolve("net.json")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("net.json")), files.toList());
        }
    }

    @Test void aPipeIsNotOpened() throws Exception {
        Path fifo = dir.resolve("data.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) return;  // no mkfifo here: nothing to try
        RuntimeError e = assertThrows(RuntimeError.class, () -> sandbox().forReading("data.csv"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertThrows(IOException.class, () -> LinkFreeFiles.newInputStream(fifo.toRealPath()).close());
    }
}

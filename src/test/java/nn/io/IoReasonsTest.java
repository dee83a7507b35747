package nn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operating system's failures become nn's reasons in the language it speaks, never the JDK's English. */
class IoReasonsTest {
    @AfterEach void english() { Messages.use(Lang.EN); }

    /** What {@code reason} says of {@code e} in English and in Spanish: "English | Spanish". */
    private static String inBothLanguages(java.util.function.Function<IOException, String> reason, IOException e) {
        Messages.use(Lang.EN);
        String en = reason.apply(e);
        Messages.use(Lang.ES);
        String es = reason.apply(e);
        Messages.use(Lang.EN);
        return en + " | " + es;
    }

    /** The reason alone. */
    private static String both(IOException e) { return inBothLanguages(IoReasons::of, e); }

    /** The message nn prints: the path (when the exception names one) and the reason. */
    private static String said(IOException e) { return inBothLanguages(IoReasons::said, e); }

    @Test void exceptionKindsHaveTheirReasons() {
        assertEquals("there is no such file | no existe ese archivo", both(new NoSuchFileException("/home/ana/hw.nn")));
        assertEquals("permission denied | permiso denegado", both(new AccessDeniedException("/etc/shadow")));
        assertEquals("it already exists | ya existe", both(new FileAlreadyExistsException("out.nn")));
        assertEquals("a part of the path is not a folder | una parte de la ruta no es una carpeta",
                both(new java.nio.file.NotDirectoryException("a/b")));
    }

    @Test void theSystemsSentencesAreTranslated() {
        assertEquals("the disk is full | el disco está lleno", both(new FileSystemException("out.png", null, "No space left on device")));
        assertEquals("the disk is full | el disco está lleno", both(new IOException("No space left on device")));
        assertEquals("it is a folder | es una carpeta", both(new FileNotFoundException("/tmp/out.png (Is a directory)")));
        assertEquals("permission denied | permiso denegado", both(new FileNotFoundException("/tmp/x (Permission denied)")));
        assertEquals("the file system is read-only | el sistema de archivos es de solo lectura",
                both(new FileSystemException("x", null, "Read-only file system")));
        assertEquals("the disk quota is used up | se agotó la cuota de disco", both(new IOException("Disk quota exceeded")));
        assertEquals("the name is too long | el nombre es demasiado largo", both(new FileSystemException("x", null, "File name too long")));
    }

    @Test void anUnknownSentenceIsQuotedAsTheSystemSaidIt() {
        assertEquals("Exec format error | el sistema operativo dice: «Exec format error»", both(new IOException("Exec format error")));
        assertEquals("the operation failed | la operación falló", both(new IOException()));
    }

    @Test void aRealFailureNamesNoPathAndReadsInSpanish(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.writeString(file.resolve("out.png"), "y"));
        assertEquals("a part of the path is not a folder | una parte de la ruta no es una carpeta", both(e));
        IOException folder = assertThrows(IOException.class, () -> Files.readAllBytes(dir));
        assertEquals("it is a folder | es una carpeta", both(folder));
    }

    @Test void aMessageNnUsedToPrintAsTheJdkGaveItStaysSoInEnglishAndIsNnsInSpanish() {
        assertEquals("/data/x.csv | /data/x.csv: no existe ese archivo", said(new NoSuchFileException("/data/x.csv")));
        assertEquals("/srv/r: Read-only file system | /srv/r: el sistema de archivos es de solo lectura",
                said(new FileSystemException("/srv/r", null, "Read-only file system")));
        assertEquals("No space left on device | el disco está lleno", said(new IOException("No space left on device")));
        // nn's own words in an IOException of its own are already in the run's language.
        Messages.use(Lang.ES);
        String own = Messages.t("grade.package.needs-jar");
        assertEquals(own, IoReasons.said(new IOException(own)));
        // Another library's sentence is not quoted in English to a Spanish reader.
        assertEquals("Connection reset | la operación falló", said(new java.net.SocketException("Connection reset")));
        assertEquals("Unexpected end of ZLIB input stream | el archivo termina antes que sus datos",
                said(new java.io.EOFException("Unexpected end of ZLIB input stream")));
        assertEquals("/x: not an absolute path | /x: no es una ruta absoluta", said(new FileSystemException("/x", null, "not an absolute path")));
    }
}

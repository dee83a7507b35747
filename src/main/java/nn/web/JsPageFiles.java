package nn.web;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import nn.platform.PageFiles;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;

/**
 * The page's files for one run: nnRun's option {@code files}, an object from a file's name to its content (a
 * Uint8Array, an ArrayBuffer or a string) or to a function that returns the content when a script first reads the
 * file (the shipped sample data, fetched only then). A write puts a Uint8Array under the name and tells the page
 * with {@code emit("file", name)}: the object is the page's file system, from run to run.
 */
final class JsPageFiles implements PageFiles {
    private final JSObject files;
    private final Emit emit;

    JsPageFiles(JSObject files, Emit emit) {
        this.files = files;
        this.emit = emit;
    }

    @Override public boolean isFile(String name) { return has(files, name); }

    @Override public boolean isFolder(String name) { return name.isEmpty() || hasUnder(files, name + "/"); }

    @Override public byte[] read(String name) throws IOException {
        byte[] bytes = bytes(files, name);
        if (bytes == null) throw new NoSuchFileException(name);
        return bytes;
    }

    @Override public void write(String name, byte[] bytes) {
        put(files, name, bytes);
        emit.emit("file", name, null);
    }

    @JSBody(params = {"files", "name"}, script = "return files != null && Object.prototype.hasOwnProperty.call(files, name)"
            + " && files[name] != null;")
    private static native boolean has(JSObject files, String name);

    @JSBody(params = {"files", "prefix"}, script = "if (files == null) return false;"
            + " for (var k in files) if (Object.prototype.hasOwnProperty.call(files, k) && k.indexOf(prefix) === 0) return true;"
            + " return false;")
    private static native boolean hasUnder(JSObject files, String prefix);

    /**
     * The content as bytes (a function is called once, and its result kept); null when there is none. A copy, in
     * a buffer of its own: TeaVM's byte[] is the whole buffer of the array it is given, and a view (a Node Buffer
     * from its pool, a part of a larger buffer) would show bytes that are not the file's.
     */
    @JSBody(params = {"files", "name"}, script = "if (files == null || !Object.prototype.hasOwnProperty.call(files, name))"
            + " return null; var v = files[name];"
            + " if (typeof v === 'function') { try { v = v(name); } catch (e) { v = null; } if (v == null) return null; files[name] = v; }"
            + " if (typeof v === 'string') v = new TextEncoder().encode(v);"
            + " if (v instanceof ArrayBuffer) return new Int8Array(v);"
            + " if (v == null || !ArrayBuffer.isView(v)) return null;"
            + " return new Int8Array(v.buffer, v.byteOffset, v.byteLength).slice();")
    @JSByRef
    private static native byte[] bytes(JSObject files, String name);

    @JSBody(params = {"files", "name", "bytes"}, script = "Object.defineProperty(files, name, {value:"
            + " new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length).slice(), enumerable: true, writable: true,"
            + " configurable: true});")
    private static native void put(JSObject files, String name, @JSByRef byte[] bytes);
}

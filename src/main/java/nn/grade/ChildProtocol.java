package nn.grade;

import nn.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The wire format between the parent and a grading child, written by hand so the child loads no JSON
 * library and no reflection (a cold JVM pays for every class it touches; this is most of its start-up).
 * A request is five length-prefixed UTF-8 fields ({@code <chars>\n<text>}), and a child may read several
 * in turn ({@link ChildPool}); each event back is one line of JSON, which the parent reads with Gson as a
 * {@link ChildEvent}, the last of a submission being "done".
 */
final class ChildProtocol {
    private ChildProtocol() {}

    static byte[] request(ChildRequest r) {
        StringBuilder sb = new StringBuilder();
        for (String field : List.of(r.assignmentName(), r.folder(), r.file(), r.assignmentSource(), r.assignmentFolder()))
            sb.append(field.length()).append('\n').append(field);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The next request on {@code in}, or null at the end of the stream before one began. A child that
     * grades several submissions in turn reads one request after another from the same stream, so a field
     * is read by its length and never up to the end of the stream.
     */
    static ChildRequest readRequest(Reader in) throws IOException {
        String[] fields = new String[5];
        for (int i = 0; i < fields.length; i++) {
            int length = 0;
            int digits = 0;
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0 && i == 0 && digits == 0) return null;
                if (c < '0' || c > '9' || ++digits > 9) throw new IOException(Messages.t("grade.protocol.malformed"));
                length = length * 10 + (c - '0');
            }
            char[] text = new char[length];
            for (int at = 0; at < length; ) {
                int got = in.read(text, at, length - at);
                if (got < 0) throw new IOException(Messages.t("grade.protocol.cut-short"));
                at += got;
            }
            fields[i] = new String(text);
        }
        return new ChildRequest(fields[0], fields[3], fields[1], fields[2], fields[4]);
    }

    /** The reader a child reads its requests from: standard input as UTF-8. */
    static Reader requests(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** One event as a line of JSON (no line breaks inside: they are escaped). */
    static String json(ChildEvent e) {
        StringBuilder sb = new StringBuilder(256).append('{');
        field(sb, "kind", e.kind());
        if (e.status() != null) field(sb.append(','), "status", e.status());
        if (e.message() != null) field(sb.append(','), "message", e.message());
        if (e.output() != null) field(sb.append(','), "output", e.output());
        if (e.test() != null) test(sb.append(",\"test\":"), e.test());
        sb.append(",\"notes\":[");
        List<String> notes = e.notes() == null ? List.of() : e.notes();
        for (int i = 0; i < notes.size(); i++) string(i == 0 ? sb : sb.append(','), notes.get(i));
        return sb.append("]}").toString();
    }

    private static void test(StringBuilder sb, TestResult t) {
        sb.append('{');
        field(sb, "name", t.name());
        sb.append(",\"number\":").append(t.number());
        sb.append(",\"maxPoints\":").append(number(t.maxPoints()));
        sb.append(",\"points\":").append(number(t.points()));
        field(sb.append(','), "status", t.status().name());
        field(sb.append(','), "message", t.message());
        field(sb.append(','), "studentMessage", t.studentMessage());
        field(sb.append(','), "output", t.output());
        sb.append(",\"hidden\":").append(t.hidden());
        field(sb.append(','), "visibility", t.visibility());
        sb.append(",\"line\":").append(t.line());
        sb.append(",\"millis\":").append(t.millis()).append('}');
    }

    /** Points are finite by construction; a non-finite one would not be JSON, so it is sent as 0. */
    private static String number(double d) { return Double.isFinite(d) ? Double.toString(d) : "0"; }

    private static void field(StringBuilder sb, String name, String value) {
        string(sb, name);
        sb.append(':');
        if (value == null) sb.append("null");
        else string(sb, value);
    }

    /** A JSON string, written as saved networks write theirs (Gson's form, which the parent reads back with Gson). */
    private static void string(StringBuilder sb, String s) {
        sb.append(nn.model.NetworkJson.quote(s));
    }
}

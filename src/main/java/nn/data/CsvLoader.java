package nn.data;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nn.io.LinkFreeFiles;
import nn.tensor.Matrix;
import nn.tensor.parallel.ComputationInterruptedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV table with a header line into a {@link Dataset}, using Apache Commons CSV (quoted
 * fields, embedded commas and line breaks, blank lines skipped, cells trimmed).
 *
 * <p>Every column but the target is an input feature and must hold plain decimal numbers. The
 * target column is read as {@link TargetKind} says. Errors are {@link DataException}s naming the
 * file, the row (data rows counted from 1, after the header) and the column. The caller has
 * already checked that the path is one the script may read; this class opens nothing else.
 */
public final class CsvLoader {
    private CsvLoader() {}

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    /** The target is the last column, read by {@link TargetKind#AUTO}. */
    public static Dataset load(Path file, boolean oneHot) {
        return load(file, TargetColumn.last(), TargetKind.AUTO, oneHot);
    }

    public static Dataset load(Path file, TargetColumn target, boolean oneHot) {
        return load(file, target, TargetKind.AUTO, oneHot);
    }

    public static Dataset load(Path file, TargetColumn target, TargetKind kind, boolean oneHot) {
        return load(file, target, kind, oneHot, LoadBudget.NONE);
    }

    /**
     * Loads {@code file}; with {@code oneHot} a class target becomes one-hot rows (m×classes). The row
     * count is not known before the end, so rows are charged to {@code budget} as they arrive, before
     * they are held, and each row's cells become numbers at once (text is never held for the table).
     */
    public static Dataset load(Path file, TargetColumn target, TargetKind kind, boolean oneHot, LoadBudget budget) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Table table = read(file, name, target, budget);
        int t = table.target;
        String targetName = table.header.get(t);
        int rows = table.rows, f = table.header.size() - 1;
        double[] inputs = table.inputs.length == rows * f ? table.inputs : java.util.Arrays.copyOf(table.inputs, rows * f);
        TargetEncoding enc = TargetEncoding.encode(table.targets, kind, name, targetName);
        if (oneHot && enc.classes() == 0)
            throw new DataException(Messages.t("data.csv-fractional-onehot", name, Quoted.text(targetName)));
        List<String> features = new ArrayList<>(table.header);
        features.remove(t);
        Dataset ds = new Dataset(name, new Matrix(rows, f, inputs), enc.targets(), features, enc.classLabels(),
                enc.classes());
        return oneHot ? ds.oneHot() : ds;
    }

    /** The header, the input cells as numbers (row-major, {@code rows} of them) and the target cells. */
    private record Table(List<String> header, int target, double[] inputs, int rows, List<String> targets) {}

    /** Rows are charged in steps of this many: the budget's cost stays small beside the parsing. */
    private static final int CHARGE_EVERY = 1024;
    /** One record is held whole while it is parsed: a file with no line breaks must not fill the memory. */
    static final long MAX_RECORD_CHARS = 16L << 20;

    private static Table read(Path file, String name, TargetColumn target, LoadBudget budget) {
        try (RecordLimitReader limited = new RecordLimitReader(characters(file), MAX_RECORD_CHARS);
             // The CSV parser buffers by itself; the browser's build goes without TeaVM's BufferedReader, whose end of
             // input the parser does not read as the JDK's (a stray record, or an IOException).
             Reader reader = nn.platform.Browser.isBrowser() ? limited : new java.io.BufferedReader(limited, 1 << 16);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) throw new DataException(Messages.t("data.csv-empty", name));
            List<String> header = header(it.next(), name);
            limited.recordDone();
            int t = target.resolve(header, name);
            if (header.size() < 2)
                throw new DataException(Messages.t("data.csv-one-column", name, Quoted.text(header.get(t))));
            int f = header.size() - 1;
            double[] inputs = new double[0];
            List<String> targets = new ArrayList<>();
            int rows = 0;
            while (it.hasNext()) {
                CSVRecord record = it.next();
                limited.recordDone();
                int row = rows + 1;
                if (record.size() != header.size())
                    throw new DataException(Messages.t("data.csv-row-width", name, row, record.getParser().getCurrentLineNumber(),
                            record.size(), header.size()));
                if (rows % CHARGE_EVERY == 0) {
                    if (Thread.currentThread().isInterrupted()) throw new ComputationInterruptedException();
                    budget.charge(CHARGE_EVERY, f + 1L);
                    long need = (long) (rows + CHARGE_EVERY) * f;
                    if (need > Integer.MAX_VALUE - 8)
                        throw new DataException(Messages.t("data.csv-too-many-rows", name, rows, f));
                    if (need > inputs.length) inputs = java.util.Arrays.copyOf(inputs, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, inputs.length * 3L / 2)));
                }
                for (int c = 0, k = 0; c < record.size(); c++) {
                    if (c == t) { targets.add(record.get(c)); continue; }
                    inputs[rows * f + k++] = Numbers.parse(name, row, header.get(c), record.get(c));
                }
                rows++;
            }
            if (rows == 0) throw new DataException(Messages.t("data.csv-no-rows", name));
            return new Table(header, t, inputs, rows, targets);
        } catch (RecordLimitReader.TooLong e) {
            throw new DataException(Messages.t("data.csv-row-too-long", name, MAX_RECORD_CHARS >> 20), e);
        } catch (NoSuchFileException e) {
            throw new DataException(Messages.t("data.no-such-file", name), e);
        } catch (AccessDeniedException e) {
            throw new DataException(Messages.t("data.permission-denied", name), e);
        } catch (CharacterCodingException e) {
            throw new DataException(Messages.t("data.not-utf8", name), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof RecordLimitReader.TooLong tooLong)
                throw new DataException(Messages.t("data.csv-row-too-long", name, MAX_RECORD_CHARS >> 20), tooLong);
            if (e.getCause() instanceof java.nio.channels.ClosedByInterruptException) throw new ComputationInterruptedException();
            throw new DataException(malformed(name, e.getCause()), e);
        } catch (IOException e) {
            // A test, not a catch clause of its own: TeaVM 0.16 leaves a catch of a class the browser's build never
            // makes (reads there are not interrupted) naming a class it did not write (a ReferenceError).
            if (e instanceof java.nio.channels.ClosedByInterruptException) throw new ComputationInterruptedException();
            throw new DataException(Messages.t("data.cannot-read", name, LinkFreeFiles.reason(e)), e);
        }
    }

    /**
     * The file's characters, strictly UTF-8 (a malformed byte is a {@link CharacterCodingException}). The browser's
     * file is in memory already, and is decoded whole.
     */
    private static Reader characters(Path file) throws IOException {
        if (!nn.platform.Browser.isBrowser())
            return new java.io.InputStreamReader(LinkFreeFiles.newInputStream(file), StandardCharsets.UTF_8.newDecoder());
        try (var in = LinkFreeFiles.newInputStream(file)) {
            return new java.io.StringReader(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString());
        }
    }

    private static List<String> header(CSVRecord record, String name) {
        List<String> header = new ArrayList<>(record.toList());
        // A byte-order mark written by spreadsheet programs is not part of the first column's name.
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1).trim());
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (h.isEmpty()) throw new DataException(Messages.t("data.csv-unnamed-column", name, c + 1));
            if (!seen.add(h)) throw new DataException(Messages.t("data.csv-column-twice", name, Quoted.text(h)));
        }
        return header;
    }

    // Commons CSV's two complaints about quotes, which a hand-edited file meets, said in nn's words.
    private static final java.util.regex.Pattern AFTER_QUOTE =
            java.util.regex.Pattern.compile("Invalid char(?:acter)? between encapsulated token and delimiter at line: (\\d+)");
    private static final java.util.regex.Pattern UNCLOSED_QUOTE =
            java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    /**
     * The parser's complaint: a misplaced or unclosed quote in nn's words; anything else in Commons CSV's own
     * words (English), in parentheses, as the parser wrote them.
     */
    private static String malformed(String name, Throwable cause) {
        if (cause instanceof CharacterCodingException) return Messages.t("data.csv-file-not-utf8", name);
        if (cause == null || cause.getMessage() == null) return Messages.t("data.csv-malformed", name);
        java.util.regex.Matcher m = AFTER_QUOTE.matcher(cause.getMessage());
        if (m.find()) return Messages.t("data.csv-after-closing-quote", name, m.group(1));
        m = UNCLOSED_QUOTE.matcher(cause.getMessage());
        if (m.find()) return Messages.t("data.csv-unclosed-quote", name, m.group(1));
        return Messages.t("data.csv-malformed-because", name, nn.i18n.Foreign.orSaid(cause.getMessage(), Messages.t("data.csv-parser-failed")));
    }
}

package nn.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nn.tensor.Matrix;
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

    /** Loads {@code file}; with {@code oneHot} a class target becomes one-hot rows (m×classes). */
    public static Dataset load(Path file, TargetColumn target, TargetKind kind, boolean oneHot) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Table table = read(file, name);
        int t = target.resolve(table.header, name);
        String targetName = table.header.get(t);
        if (table.header.size() < 2)
            throw new DataException(name + " has only the column '" + targetName
                    + "'; a dataset needs at least one input column besides the target");

        int rows = table.rows.size(), f = table.header.size() - 1;
        double[] inputs = new double[rows * f];
        List<String> targetCells = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<String> cells = table.rows.get(r);
            for (int c = 0, k = 0; c < cells.size(); c++) {
                if (c == t) { targetCells.add(cells.get(c)); continue; }
                inputs[r * f + k++] = Numbers.parse(name, r + 1, table.header.get(c), cells.get(c));
            }
        }
        TargetEncoding enc = TargetEncoding.encode(targetCells, kind, name, targetName);
        if (oneHot && enc.classes() == 0)
            throw new DataException(name + ": column '" + targetName
                    + "' holds fractional numbers, so it cannot be one-hot encoded as classes");
        List<String> features = new ArrayList<>(table.header);
        features.remove(t);
        Dataset ds = new Dataset(name, new Matrix(rows, f, inputs), enc.targets(), features, enc.classLabels(),
                enc.classes());
        return oneHot ? ds.oneHot() : ds;
    }

    /** The header and data rows as trimmed strings, checked for shape. */
    private record Table(List<String> header, List<List<String>> rows) {}

    private static Table read(Path file, String name) {
        try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                     Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8.newDecoder()));
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) throw new DataException(name + " is empty: expected a header line, then rows of numbers");
            List<String> header = header(it.next(), name);
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                int row = rows.size() + 1;
                if (record.size() != header.size())
                    throw new DataException(name + ": row " + row + " (line " + record.getParser().getCurrentLineNumber()
                            + ") has " + cells(record.size()) + " but the header has " + header.size());
                rows.add(record.toList());
            }
            if (rows.isEmpty()) throw new DataException(name + " has a header but no data rows");
            return new Table(header, rows);
        } catch (NoSuchFileException e) {
            throw new DataException("cannot read " + name + ": there is no such file", e);
        } catch (AccessDeniedException e) {
            throw new DataException("cannot read " + name + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw new DataException(name + " is not UTF-8 text", e);
        } catch (UncheckedIOException e) {
            throw new DataException(name + ": " + malformed(e.getCause()), e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) throw new DataException("cannot read " + name + ": it is a folder, not a CSV file", e);
            throw new DataException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<String> header(CSVRecord record, String name) {
        List<String> header = new ArrayList<>(record.toList());
        // A byte-order mark written by spreadsheet programs is not part of the first column's name.
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1).trim());
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (h.isEmpty()) throw new DataException(name + ": the header's column " + (c + 1) + " has no name");
            if (!seen.add(h)) throw new DataException(name + ": the header names column '" + h + "' twice");
        }
        return header;
    }

    private static String cells(int n) { return n == 1 ? "1 column" : n + " columns"; }

    private static String malformed(Throwable cause) {
        String msg = cause == null || cause.getMessage() == null ? "malformed CSV" : cause.getMessage();
        if (cause instanceof CharacterCodingException) return "the file is not UTF-8 text";
        return "malformed CSV (" + msg + ")";
    }
}

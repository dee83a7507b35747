package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String message(Path p, TargetColumn t) {
        return assertThrows(DataException.class, () -> CsvLoader.load(p, t, false)).getMessage();
    }

    @Test void goodCsvGivesInputsTargetsAndFeatureNames() throws IOException {
        Path p = write("points.csv", "x1,x2,label\n0.5,1,0\n-2,3e1,1\n\n4,.25,2\n");
        Dataset ds = CsvLoader.load(p, TargetColumn.named("label"), false);
        assertEquals(3, ds.size());
        assertEquals(2, ds.features());
        assertEquals(3, ds.classes());
        assertEquals(List.of("x1", "x2"), ds.featureNames());
        assertEquals(Matrix.of(new double[] {0.5, 1}, new double[] {-2, 30}, new double[] {4, 0.25}), ds.inputs());
        assertArrayEquals(new int[] {0, 1, 2}, ds.classIndices());
        assertEquals("points.csv", ds.name());
    }

    @Test void targetDefaultsToLastColumnAndCanBeAnIndexFromEitherEnd() throws IOException {
        Path p = write("t.csv", "y,a,b\n1,2,3\n0,5,6\n");
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {0, 5}), CsvLoader.load(p, false).inputs());
        Dataset first = CsvLoader.load(p, TargetColumn.at(0), false);
        assertEquals(List.of("a", "b"), first.featureNames());
        assertArrayEquals(new int[] {1, 0}, first.classIndices());
        assertEquals(List.of("y", "a"), CsvLoader.load(p, TargetColumn.at(-1), false).featureNames());
    }

    @Test void quotedFieldsMayHoldCommasSpacesAndLineBreaks() throws IOException {
        Path p = write("q.csv", "\"width, cm\",\"height\",kind\n\" 1.5 \",2,\"big, red\"\n3,\"4\",\"small\nthing\"\n");
        Dataset ds = CsvLoader.load(p, true);
        assertEquals(List.of("width, cm", "height"), ds.featureNames());
        assertEquals(Matrix.of(new double[] {1.5, 2}, new double[] {3, 4}), ds.inputs());
        assertEquals(List.of("big, red", "small\nthing"), ds.classLabels());
        assertEquals(Matrix.of(new double[] {1, 0}, new double[] {0, 1}), ds.targets());
    }

    @Test void windowsLineEndingsAndAByteOrderMarkAreAccepted() throws IOException {
        Path p = write("win.csv", "\uFEFFa,y\r\n1,0\r\n2,1\r\n");
        Dataset ds = CsvLoader.load(p, false);
        assertEquals(List.of("a"), ds.featureNames());
        assertEquals(Matrix.of(new double[] {1}, new double[] {2}), ds.inputs());
    }

    @Test void wordLabelsAreSortedIntoClassesAndOneHotOnRequest() throws IOException {
        Path p = write("iris.csv", "a,species\n1,setosa\n2,virginica\n3,setosa\n4,versicolor\n");
        Dataset ds = CsvLoader.load(p, TargetColumn.named("species"), true);
        assertEquals(List.of("setosa", "versicolor", "virginica"), ds.classLabels());
        assertTrue(ds.isOneHot());
        assertEquals(3, ds.targets().cols());
        assertArrayEquals(new int[] {0, 2, 0, 1}, ds.classIndices());
    }

    @Test void fractionalTargetIsRegressionAndCannotBeOneHot() throws IOException {
        Path p = write("r.csv", "x,y\n1,0.5\n2,1.25\n");
        Dataset ds = CsvLoader.load(p, false);
        assertEquals(0, ds.classes());
        assertEquals(Matrix.of(new double[] {0.5}, new double[] {1.25}), ds.targets());
        assertEquals("r.csv: column 'y' holds fractional numbers, so it cannot be one-hot encoded as classes",
                assertThrows(DataException.class, () -> CsvLoader.load(p, true)).getMessage());
    }

    @Test void wholeNumberTargetCanBeForcedNumeric() throws IOException {
        Path p = write("r.csv", "x,age\n1,23\n2,41\n");
        Dataset ds = CsvLoader.load(p, TargetColumn.last(), TargetKind.NUMBERS, false);
        assertEquals(0, ds.classes());
        assertEquals(41.0, ds.targets().get(1, 0));
    }

    @Test void nonNumericCellNamesFileRowAndColumn() throws IOException {
        Path p = write("points.csv", "x1,x2,label\n" + "1,2,0\n".repeat(6) + "1,abc,1\n");
        assertEquals("points.csv: row 7, column 'x2': 'abc' is not a number", message(p, TargetColumn.last()));
    }

    @Test void emptyCellIsReportedAsEmpty() throws IOException {
        Path p = write("e.csv", "x1,x2,label\n1,,0\n");
        assertEquals("e.csv: row 1, column 'x2' is empty", message(p, TargetColumn.last()));
    }

    @Test void raggedRowNamesRowLineAndColumnCounts() throws IOException {
        Path p = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
        assertEquals("ragged.csv: row 2 (line 3) has 2 columns but the header has 3", message(p, TargetColumn.last()));
    }

    @Test void missingFileIsNamed() {
        assertEquals("cannot read nowhere.csv: there is no such file", message(dir.resolve("nowhere.csv"), TargetColumn.last()));
    }

    @Test void unknownTargetColumnListsTheColumns() throws IOException {
        Path p = write("points.csv", "x1,x2,Label\n1,2,0\n");
        assertEquals("points.csv has no column 'label' (did you mean 'Label'?); its columns are x1, x2, Label",
                message(p, TargetColumn.named("label")));
        assertEquals("points.csv has 3 columns (x1, x2, Label); column index 3 is outside 0…2",
                message(p, TargetColumn.at(3)));
    }

    @Test void emptyFileAndHeaderOnlyFileAreErrors() throws IOException {
        assertEquals("empty.csv is empty: expected a header line, then rows of numbers",
                message(write("empty.csv", "\n\n"), TargetColumn.last()));
        assertEquals("head.csv has a header but no data rows", message(write("head.csv", "a,b\n"), TargetColumn.last()));
    }

    @Test void duplicateHeaderNameIsAnError() throws IOException {
        assertEquals("d.csv: the header names column 'a' twice", message(write("d.csv", "a,a,y\n1,2,3\n"), TargetColumn.last()));
    }

    @Test void malformedQuotingIsReportedNotThrownRaw() throws IOException {
        String msg = message(write("m.csv", "a,y\n\"1\"x,2\n"), TargetColumn.last());
        assertTrue(msg.startsWith("m.csv: malformed CSV"), msg);
    }

    @Test void singleColumnHasNoInputs() throws IOException {
        assertEquals("one.csv has only the column 'y'; a dataset needs at least one input column besides the target",
                message(write("one.csv", "y\n1\n"), TargetColumn.last()));
    }

    @Test void nanAndHexAreNotNumbers() throws IOException {
        assertEquals("n.csv: row 1, column 'a': 'NaN' is not a number", message(write("n.csv", "a,y\nNaN,1\n"), TargetColumn.last()));
        assertEquals("h.csv: row 1, column 'a': '0x10' is not a number", message(write("h.csv", "a,y\n0x10,1\n"), TargetColumn.last()));
    }

    @Test void aLongCellAndAWideHeaderAreQuotedShort() throws IOException {
        String cell = "x".repeat(100_000);
        assertEquals("c.csv: row 1, column 'a': '" + "x".repeat(32) + "… (100000 characters)' is not a number",
                message(write("c.csv", "a,y\n" + cell + ",1\n"), TargetColumn.last()));
        StringBuilder header = new StringBuilder("c0");
        for (int i = 1; i < 3000; i++) header.append(",c").append(i);
        String m = message(write("w.csv", header + "\n"), TargetColumn.named("zz"));
        assertEquals("w.csv has no column 'zz'; its columns are c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, … (3000 columns)", m);
    }

    @Test void aRowWithoutLineBreaksIsRefusedBeforeItFillsTheMemory() throws IOException {
        Path p = write("one.csv", "a,y\n\"" + "z".repeat((int) CsvLoader.MAX_RECORD_CHARS + (1 << 20)));
        assertEquals("one.csv: a row is longer than 16 MB of text; is it a CSV file with line breaks?", message(p, TargetColumn.last()));
    }

    @Test void rowsAreChargedBeforeTheyAreHeld() throws IOException {
        StringBuilder text = new StringBuilder("a,b,y\n");
        for (int r = 0; r < 3000; r++) text.append("1,2,0\n");
        Path p = write("rows.csv", text.toString());
        long[] charged = new long[1];
        CsvLoader.load(p, TargetColumn.last(), TargetKind.AUTO, false, (rows, cols) -> charged[0] += rows * cols);
        assertEquals(3 * 1024 * 3, charged[0], "three steps of 1024 rows of 2 inputs and a target");
        DataException e = assertThrows(DataException.class, () -> CsvLoader.load(p, TargetColumn.last(), TargetKind.AUTO, false,
                (rows, cols) -> { throw new DataException("over budget"); }));
        assertEquals("over budget", e.getMessage());
    }

    @Test void aSummaryListsTwentyClassesAtMost() throws IOException {
        StringBuilder text = new StringBuilder("a,y\n");
        for (int c = 0; c < 25; c++) text.append("1,label").append(c).append('\n');
        String summary = CsvLoader.load(write("many.csv", text.toString()), false).summary();
        assertEquals(1 + 19 + 1, summary.lines().count(), summary);
        assertTrue(summary.endsWith("\n  … and 6 more classes"), summary);
    }
}

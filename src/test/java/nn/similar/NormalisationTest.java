package nn.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/** What normalisation treats as the same program, and what it keeps apart. */
class NormalisationTest {
    static int[] codes(String text) {
        return Tokenize.file(new SourceFile("t.nn", text), 0).tokens().stream().mapToInt(Token::code).toArray();
    }

    @Test void swappingIndependentStatementsChangesNothing() {
        assertArrayEquals(codes("a = 1\nb = rows(X)\nprint a + b\n"), codes("b = rows(X)\na = 1\nprint a + b\n"));
    }

    @Test void swappingDependentStatementsIsADifferentProgram() {
        assertFalse(Arrays.equals(codes("a = 1\na = a * 2\nprint a\n"), codes("a = a * 2\na = 1\nprint a\n")));
    }

    @Test void printsKeepTheirOrder() {
        assertFalse(Arrays.equals(codes("print 1 + 2\nprint rows(X)\n"), codes("print rows(X)\nprint 1 + 2\n")));
    }

    @Test void randomDrawsStayAfterTheirSeed() {
        assertFalse(Arrays.equals(codes("seed 1\nnetwork n = 2 -> dense(1, sigmoid)\n"),
                codes("network n = 2 -> dense(1, sigmoid)\nseed 1\n")));
    }

    @Test void functionsInAnyOrderAndBodiesReorderedToo() {
        assertArrayEquals(codes("fn f(x) {\n  a = x * 2\n  b = x + 1\n  return a - b\n}\nfn g(y) {\n  return y\n}\nprint f(g(1))\n"),
                codes("fn g(q) {\n  return q\n}\nfn f(z) {\n  b = z + 1\n  a = z * 2\n  return a - b\n}\nprint f(g(1))\n"));
    }

    @Test void deadStatementsDisappear() {
        String clean = "x = 2\nfor i in 1..3 {\n  x = x * i\n}\nprint x\n";
        String padded = "unused = 5\nx = 0\nx = 2\nfor i in 1..3 {\n  junk = i\n  x = x * i\n}\nprint x\nn = 0\nn = n + 1\n"
                + "for j in 1..2 {\n  waste = j\n}\n";
        assertArrayEquals(codes(clean), codes(padded));
    }

    @Test void aFileOfValuesOnlyKeepsThemToCompare() {
        // Every statement an unread top-level assignment (the values a grader reads): not an empty file.
        String values = "x = [2, 3]\nW1 = [[0.11, 0.12], [0.21, 0.08]]\nlr = 0.05\nlr = 0.1\n";
        assertTrue(codes(values).length > 10, Arrays.toString(codes(values)));
        assertArrayEquals(codes(values), codes("x = [2, 3]\nW1 = [[0.11, 0.12], [0.21, 0.08]]\nlr = 0.1\n"), "the dead store still goes");
    }

    @Test void anAssignmentWithAnEffectIsNotDead() {
        assertFalse(Arrays.equals(codes("fn f() {\n  print 1\n  return 2\n}\n"),
                codes("fn f() {\n  print 1\n  return 2\n}\nunused = f()\n")));
    }

    @Test void namesNumbersStringsAndCommentsDoNotMatterButBuiltinsDo() {
        assertArrayEquals(codes("w = sigmoid(3) # hi\nprint \"w is\", w\n"), codes("weight = sigmoid(0.5)\n\nprint \"value\", weight\n"));
        assertFalse(Arrays.equals(codes("w = sigmoid(3)\nprint w\n"), codes("w = tanh(3)\nprint w\n")));
    }

    @Test void aFileThatDoesNotParseIsComparedByItsTokens() {
        Tokenize.Result r = Tokenize.file(new SourceFile("bad.nn", "x = [1, 2\nprint x\n"), 0);
        assertTrue(r.note().startsWith("bad.nn:2:1: does not parse"), r.note());
        assertEquals(8, r.tokens().size(), "x = [ 1 , 2 print x");
    }

    @Test void winnowingFindsEveryMatchOfWindowPlusKMinusOneTokens() {
        Random random = new Random(1);
        int k = 12, w = 8;
        for (int trial = 0; trial < 200; trial++) {
            int[] shared = random.ints(w + k - 1, 0, 20).toArray();
            int[] a = concat(random.ints(random.nextInt(50), 0, 20).toArray(), shared, random.ints(30, 0, 20).toArray());
            int[] b = concat(random.ints(random.nextInt(50), 0, 20).toArray(), shared, random.ints(30, 0, 20).toArray());
            long[] fa = Winnowing.winnow(Winnowing.kgrams(a, k), w), fb = Winnowing.winnow(Winnowing.kgrams(b, k), w);
            assertTrue(Arrays.stream(fa).anyMatch(h -> Arrays.binarySearch(fb, h) >= 0), "trial " + trial);
        }
    }

    @Test void tilingFindsTheLongestRunsFirstAndNeverUsesMarkedTokens() {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        int[] b = {9, 10, 11, 12, 13, 14, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] none = new boolean[a.length], noneB = new boolean[b.length];
        assertEquals(List.of(new Tiling.Tile(0, 7, 8), new Tiling.Tile(8, 0, 6)), Tiling.tiles(a, b, none, noneB, 4));
        boolean[] marked = new boolean[a.length];
        Arrays.fill(marked, 0, 8, true);
        assertEquals(List.of(new Tiling.Tile(8, 0, 6)), Tiling.tiles(a, b, marked, noneB, 4));
    }

    private static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }
}

package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nn.lang.ast.Stmt;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assignment statements: what they read, and each mistake as (input, exact message, line:col). */
class AssignmentErrorTest {
    private static Assignment parse(String text) {
        return Assignment.parse(new SourceFile("hw.nn", text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            test "a" { expect 1 == 1 }                          | the test "a" has no points                                         | 1:6
            test "a" points 0 { }                               | a test's points must be more than 0, got 0                         | 1:17
            test "a" points -1 { }                              | a test's points must be more than 0, got -1                        | 1:17
            test "a" points 2 partail { }                       | unknown test option 'partail'; a test takes points, partial, timeout, visible after due, visible after published | 1:19
            test "a" points 2 timeout 5 { }                     | a time needs its unit                                              | 1:27
            test "a" points 2 timeout 5 hours { }               | unknown unit of time 'hours'                                       | 1:29
            test "a" points 2 visible after due { }             | only a hidden test has a visibility; this test is always visible   | 1:19
            hidden test "a" points 2 visible after lunch { }    | expected 'due' or 'published' after 'visible after', got 'lunch'   | 1:40
            test "a" points 1 { }\\ntest "a" points 2 { }       | two tests are called "a"; the other is at hw.nn:1:1                | 2:6
            assignment "x" { timeout 5s; colour blue }\\ntest "a" points 1 { } | unknown setting 'colour'; an assignment's settings are submission, timeout, seed, late penalty, memory, steps, syntax errors graded, language | 1:30
            assignment "x" { late penalty 10 per day }\\ntest "a" points 1 { } | expected '%', got 'per'                                | 1:34
            assignment "x" { seed 1.5 }\\ntest "a" points 1 { } | expected a whole number, got 1.5                                    | 1:23
            assignment "x"\\nassignment "y"\\ntest "a" points 1 { } | an assignment file has one 'assignment' line; the first is at hw.nn:1:1 | 2:1
            score 1\\ntest "a" points 1 { }                      | 'score' sets a test's score; it belongs inside a test's body       | 1:1
            fn f() { test "a" points 1 { } }\\ntest "b" points 1 { } | a test belongs at the top level of an assignment file, not inside a block | 1:10
            x = 1                                               | the assignment has no tests                                        | 1:1
            test "a" points 2 { expect x = 1 }                  | '=' assigns; a condition compares                                  | 1:30
            assignment "x" { memory 1k }\\ntest "a" points 1 { } | memory 1k is too little: a grading JVM needs at least 64m        | 1:25
            assignment "x" { memory 100000g }\\ntest "a" points 1 { } | memory 100000g is more than any machine grades with (the most is 1024g) | 1:25
            assignment "x" { timeout 99999999999m }\\ntest "a" points 1 { } | a time of 99999999999m is longer than a day, the most a script or a test may be given | 1:26
            test "a" points 1 timeout 25 h { }                  | unknown unit of time 'h'                                           | 1:30
            test "a" points 1 timeout 1441m { }                 | a time of 1441m is longer than a day, the most a script or a test may be given | 1:27
            test "a" points 1 timeout 0.1ms { }                 | a time must be more than 0                                         | 1:27
            assignment "x" { steps 0 }\\ntest "a" points 1 { }  | steps 0 is out of range: it must be from 1 to 1000000000000000     | 1:24
            assignment "x" { steps 1e30 }\\ntest "a" points 1 { } | steps 1e30 is out of range: it must be from 1 to 1000000000000000 | 1:24
            assignment "x" { seed 1e20 }\\ntest "a" points 1 { } | seed 1e20 is out of range: it must be from 0 to 9007199254740992   | 1:23
            test "a" points 10000000000000 { }                  | a test is worth at most 1000000 points, got 10000000000000         | 1:17
            assignment "x" { submission "../secret.nn" }\\ntest "a" points 1 { } | the submission file must be a plain file name, not ../secret.nn | 1:29
            assignment "x" { submission "sub/hw.nn" }\\ntest "a" points 1 { } | the submission file must be a plain file name, not sub/hw.nn | 1:29
            assignment "x" { submission "a\\\\b.nn" }\\ntest "a" points 1 { } | the submission file must be a plain file name, not a\\b.nn | 1:29
            assignment "x" { submission ".." }\\ntest "a" points 1 { } | the submission file must be a plain file name, not ..          | 1:29
            assignment "x" { submission ".hw.nn" }\\ntest "a" points 1 { } | the submission file .hw.nn is hidden (its name starts with "."): nn grade does not copy hidden files for the submission's run | 1:29
            """)
    void reportsMistakesWithPosition(String source, String message, String where) {
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> parse(source));
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(message, d.message());
        assertEquals(where, d.span().line() + ":" + d.span().column());
    }

    @Test
    void memoryBeyondTheMachineIsAnAssignmentErrorAtTheNumber() {
        Assignment a = parse("assignment \"x\" { memory 8g }\ntest \"a\" points 1 { }");
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> Assignment.checkMemory(a.settings(), 4L << 30));
        Diagnostic d = f.diagnostics().get(0);
        assertEquals("memory 8g is more than this machine has (4g)", d.message());
        assertEquals("1:25", d.span().line() + ":" + d.span().column());
        Assignment.checkMemory(a.settings(), 16L << 30);  // within the machine: no error
    }

    @Test
    void readsSettingsAndHeaders() {
        Assignment a = parse("""
                assignment "Homework 2" { submission "hw2.nn"; timeout 60s; seed 7; late penalty 10% per day; memory 256m; steps 5000; syntax errors graded }
                dataset shared = { [0] -> 1 }
                test "AND gate" points 2 { expect truthtable(AND2) == [0, 0, 0, 1] }
                test "forward" points 3 partial timeout 500ms {
                  expect p ~= 0.191 within 0.001, "the forward pass"
                }
                hidden test "XOR" points 3 timeout 2m visible after due { assert accuracy(xornet, xor) == 1 }
                hidden test "secret" points 1.5 { score 0.5 }
                """);
        assertEquals("Homework 2", a.title());
        assertEquals("hw2.nn", a.settings().submission());
        assertEquals(Duration.ofSeconds(60), a.settings().timeout());
        assertEquals(7, a.seed());
        assertEquals(10.0, a.settings().latePenaltyPerDay());
        assertEquals(256L << 20, a.memory());
        assertEquals(5000, a.steps());
        assertTrue(a.settings().syntaxErrorsGraded());
        assertEquals(4, a.tests().size());
        assertEquals(1, a.helpers().size());
        Stmt.Test forward = a.tests().get(1);
        assertTrue(forward.partial());
        assertEquals(Duration.ofMillis(500), a.timeoutOf(forward));
        assertEquals(Duration.ofSeconds(60), a.timeoutOf(a.tests().get(0)));
        assertEquals(Stmt.Visibility.AFTER_DUE_DATE, a.tests().get(2).visibility());
        assertEquals(Stmt.Visibility.HIDDEN, a.tests().get(3).visibility());
        assertEquals(9.5, a.maxScore());
        assertFalse(a.tests().get(0).hidden());
        assertEquals(64, a.hash().length());
    }

    @Test
    void wordsOfTheGradingStatementsStayOrdinaryNamesElsewhere() {
        Assignment a = parse("""
                test = 1
                score = test + 1
                hidden = [score, test]
                assignment = hidden
                test "uses them" points 1 { expect score == 2 }
                """);
        assertNull(a.settings().submission());
        assertEquals(4, a.helpers().size());
    }

    @Test
    void aPlainRunSkipsTestsWithANote() {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var session = new nn.run.Session(nn.interp.Limits.defaults(), java.util.List.of(java.nio.file.Path.of(".")),
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true), false);
        var outcome = session.run(new SourceFile("hw.nn", "assignment \"x\"\ntest \"a\" points 1 { print 1 }\nprint 2\n"));
        assertEquals(nn.run.Session.Outcome.OK, outcome);
        assertEquals("2\n", out.toString());
        assertTrue(err.toString().contains("hw.nn:2:1: warning: test \"a\" runs under nn grade"), err.toString());
    }
}

package nn.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors as a table of (input, exact message, line:col), in the style of Trino's parser tests. */
class ParseErrorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1 +\\n            | expected an expression after '+', found the end of the line | 1:7
            x = (1 +               | expected an expression after '+', found the end of input    | 1:8
            x = [1, 2\\nprint x     | expected ']' to close the matrix opened at 1:5               | 2:1
            W[0 = 1                | expected ']' to close the index opened at 1:2                | 1:5
            if x { print 1         | expected '}' to close the block opened at 1:6                | 1:15
            print 1 2              | unexpected '2' after the end of a statement                  | 1:9
            x = "abc               | this string has no closing quote                             | 1:5
            x = $                  | unexpected character '$'                                     | 1:5
            print [1, 2,, 3]       | expected an expression after ',', found ','                  | 1:13
            print 1 +* 2           | expected an expression after '+', found '*'                  | 1:10
            x = = 2                | expected an expression after '=', found '='                  | 1:5
            f(x) = 3               | cannot assign to a function call                             | 1:1
            gate g(a) = a & 2      | a formula's constants are 0 and 1, not 2                     | 1:17
            print "a\\q"           | unknown escape '\\q' in a string                             | 1:9
            pritn 1                | 'pritn' does not start a statement                          | 1:1
            def f(x):              | 'def' is not a keyword in nn                                  | 1:1
            print("a", 2)          | print takes its values without parentheses                  | 1:10
            if x { } elif y { }    | 'elif' is not a keyword in nn                                 | 1:10
            elif y { }             | 'elif' is not a keyword in nn                                 | 1:1
            import numpy           | nn has no imports                                             | 1:1
            a = x && y             | `'&&' is not an operator in nn`                               | 1:7
            `a = x || y`           | `'||' is not an operator in nn`                               | 1:7
            gate g(a) = a and 1    | `a gate's formula uses & | ! and ^, not 'and'`               | 1:15
            perceptron p = 1       | a perceptron statement takes its arguments in parentheses   | 1:14
            x = [1 2]              | expected ',' between the elements, or ']' to close the matrix opened at 1:5 | 1:8
            f(1 2)                 | expected ',' between the arguments, or ')' to close the '(' opened at 1:2 | 1:5
            if x = 1 { }           | '=' assigns; a condition compares                           | 1:6
            for i in 1..3:         | a block is written in braces, not after ':'                 | 1:14
            y = 2 ** 3             | '**' is not an operator in nn                                 | 1:7
            i += 1                 | '+=' is not an operator in nn                                 | 1:3
            x = 7 % 2              | unexpected character '%'                                      | 1:7
            for i, j in 0..3 { }   | a range gives one number per step, so it binds one name      | 1:8
            """)
    void reportsFirstErrorInTheLanguagesWords(String source, String message, String where) {
        String text = source.replace("\\n", "\n");
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> Parsers.parse(new SourceFile("t.nn", text)));
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(message, d.message());
        assertEquals(where, d.span().line() + ":" + d.span().column());
    }

    // <U+XXXX> stands for the character, so that the source holds no invisible ones.
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 1 <U+0007>         | unexpected character U+0007 (a bell)             | delete it: it cannot be seen, and often comes with text copied from elsewhere
            x<U+00A0>= 1           | unexpected character U+00A0 (a no-break space)   | replace it with an ordinary space; such spaces often come with text copied from a web page or document
            x = <U+200B>1          | unexpected character U+200B (a zero width space) | delete it: it cannot be seen, and often comes with text copied from elsewhere
            x = <U+FEFF>1          | unexpected character U+FEFF (a byte order mark)  | delete it: it cannot be seen, and often comes with text copied from elsewhere
            x = <U+201C>a<U+201D>  | unexpected character '<U+201C>'                  | strings use straight double quotes: "like this"
            x = 3 <U+20AC>         | unexpected character '<U+20AC>'                  |
            """)
    void invisibleCharactersAreNamedByCodePoint(String source, String message, String hint) {
        String text = unescape(source);
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> Parsers.parse(new SourceFile("t.nn", text)));
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(unescape(message), d.message());
        assertEquals(hint, d.hint());
    }

    private static String unescape(String s) {
        return java.util.regex.Pattern.compile("<U\\+([0-9A-F]{4})>").matcher(s)
                .replaceAll(r -> Character.toString(Integer.parseInt(r.group(1), 16)));
    }

    /** Long operator chains parse with the fast SLL prediction (full LL took seconds on 5,000 terms, minutes on more). */
    @org.junit.jupiter.api.Test
    void longPowerChainParses() {
        String chain = "x = " + String.join(" ^ ", java.util.Collections.nCopies(5_000, "1")) + "\n";
        assertEquals(1, Parsers.parse(new SourceFile("chain.nn", chain)).size());
    }

    @org.junit.jupiter.api.Test
    void programsBeyondTheTokenLimitAreRefusedWithAPosition() {
        String big = "x = [" + "1,".repeat(NewlineFilter.MAX_TOKENS / 2 + 1) + "1]\n";
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> Parsers.parse(new SourceFile("big.nn", big)));
        assertEquals("this program is too long: more than " + NewlineFilter.MAX_TOKENS + " tokens", f.diagnostics().get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            x = [1,   | true
            fn f() {  | true
            f(1,      | true
            x = [1]   | false
            print 1   | false
            """)
    void unfinishedInputContinuesOnTheNextLine(String text, boolean incomplete) {
        assertEquals(incomplete, Parsers.isIncomplete(text));
    }
}

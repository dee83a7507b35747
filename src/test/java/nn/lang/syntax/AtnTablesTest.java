package nn.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nn.lang.syntax.gen.NNLexer;
import nn.lang.syntax.gen.NNParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNDeserializer;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * The state machines AtnTables builds for the generated lexer and parser are ANTLR's own: every state, every
 * transition with its target and its label set (the identifier rule's Unicode sets above all), every rule,
 * mode, decision and lexer action, compared with what ANTLR's deserialiser builds from the same tables.
 * And the generated recognizers use it (the build rewrites their one line: pom.xml, atn-tables).
 */
class AtnTablesTest {
    @Test
    void theLexersMachineIsAntlrsOwn() {
        assertEquals(describe(stock(NNLexer._serializedATN)), describe(AtnTables.deserialize(NNLexer._serializedATN)));
        assertEquals(describe(stock(NNLexer._serializedATN)), describe(NNLexer._ATN));
    }

    @Test
    void theParsersMachineIsAntlrsOwn() {
        assertEquals(describe(stock(NNParser._serializedATN)), describe(AtnTables.deserialize(NNParser._serializedATN)));
        assertEquals(describe(stock(NNParser._serializedATN)), describe(NNParser._ATN));
    }

    @Test
    void theIdentifierSetsAreWhole() {
        // The identifier rule's two sets: its first character ([\p{L}_]) and the rest ([\p{L}\p{N}_], superscripts too).
        List<IntervalSet> sets = new ArrayList<>();
        for (ATNState s : NNLexer._ATN.states)
            if (s != null)
                for (Transition t : s.getTransitions())
                    if (t.label() != null && t.label().contains('\u00e9')) sets.add(t.label());
        assertTrue(sets.stream().anyMatch(set -> !set.contains('\u00b2')), "a first character: " + sets.size());
        IntervalSet rest = sets.stream().filter(set -> set.contains('\u00b2')).findFirst().orElseThrow();
        for (int c : new int[] {'_', 'a', 'Z', '\u00e9', '\u00df', '\u03bb', '\u0416', '\u4e2d', 0x1D400, '0', '9', '\u00b9', '\u0663'})
            assertTrue(rest.contains(c), Character.toString(c));
        for (int c : new int[] {' ', '-', '+', '\u00d7', '\u2212'})
            assertFalse(rest.contains(c), Character.toString(c));
    }

    @Test
    void tablesOfAnotherVersionOrShapeAreLeftAsTheyAre() {
        int[] other = {3, 0, 10, 0, 0, 0, 0, 0, 1, 2, 0, 5, 6, 7, 8};
        int[] copy = other.clone();
        AtnTables.setsFalling(copy);
        assertArrayEquals(other, copy, "another version");
        int[] cut = ATNDeserializer.decodeIntsEncodedAs16BitWords(NNLexer._serializedATN.toCharArray());
        cut = java.util.Arrays.copyOf(cut, cut.length / 3);
        int[] cutCopy = cut.clone();
        AtnTables.setsFalling(cutCopy);
        assertArrayEquals(cut, cutCopy, "tables cut short are not touched");
    }

    @Test
    void theGeneratedRecognizersUseIt() throws java.io.IOException {
        for (Class<?> c : List.of(NNLexer.class, NNParser.class))
            try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                String bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(bytes.contains("nn/lang/syntax/AtnTables"), c + " builds its ATN without AtnTables");
            }
    }

    private static ATN stock(String serialized) {
        return new ATNDeserializer().deserialize(serialized.toCharArray());
    }

    /** Everything a recognizer reads from its ATN, as text. */
    private static String describe(ATN atn) {
        StringBuilder out = new StringBuilder();
        out.append(atn.grammarType).append(' ').append(atn.maxTokenType).append('\n');
        for (ATNState s : atn.states) {
            if (s == null) {
                out.append("-\n");
                continue;
            }
            out.append(s.stateNumber).append(' ').append(s.getStateType()).append(" rule ").append(s.ruleIndex)
                    .append(s.epsilonOnlyTransitions ? " eps" : "").append('\n');
            for (Transition t : s.getTransitions())
                out.append("  ").append(t.getSerializationType()).append(" -> ").append(t.target.stateNumber)
                        .append(' ').append(t.label() == null ? "" : t.label().toString()).append(t.isEpsilon() ? " eps" : "")
                        .append('\n');
        }
        for (ATNState s : atn.ruleToStartState) out.append("rule start ").append(s.stateNumber).append('\n');
        for (ATNState s : atn.ruleToStopState) out.append("rule stop ").append(s.stateNumber).append('\n');
        if (atn.ruleToTokenType != null)
            for (int t : atn.ruleToTokenType) out.append("token ").append(t).append('\n');
        for (ATNState s : atn.modeToStartState) out.append("mode ").append(s.stateNumber).append('\n');
        for (ATNState s : atn.decisionToState) out.append("decision ").append(s.stateNumber).append('\n');
        if (atn.lexerActions != null)
            for (LexerAction a : atn.lexerActions) out.append("action ").append(a).append('\n');
        return out.toString();
    }
}

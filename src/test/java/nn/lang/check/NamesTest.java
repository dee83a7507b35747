package nn.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test void aCloseNameIsSuggested() {
        assertEquals("did you mean 'sigmoid'?", Names.suggest("sigmiod", List.of("tanh", "sigmoid", "relu")));
        assertEquals("did you mean 'W1'?", Names.suggestAmong("w1", List.of(Set.of("print"), Set.of("W1"))));
    }

    @Test void aFarNameIsNot() { assertNull(Names.suggest("zebra", List.of("sigmoid"))); }

    @Test void tiesGoToTheFirstInAlphabeticalOrderWhateverTheCollectionsOrder() {
        assertEquals("did you mean 'ab'?", Names.suggest("aa", List.of("ba", "ab")));
        assertEquals("did you mean 'ab'?", Names.suggest("aa", List.of("ab", "ba")));
    }

    @Test void swapsCountAsOneEdit() { assertEquals(1, Names.distance("sigmiod", "sigmoid")); }

    @Test void distanceMatchesTheFullTable() {
        assertEquals(3, Names.distance("kitten", "sitting"));
        assertEquals(0, Names.distance("", ""));
        assertEquals(4, Names.distance("", "abcd"));
    }

    @Test void longNamesAreNotComparedAndAreQuotedShort() {
        String longName = "a".repeat(8000);
        assertNull(Names.suggest(longName, List.of(longName + "b")));
        assertEquals("a".repeat(32) + "… (8000 characters)", Names.quoted(longName));
        assertEquals("short", Names.quoted("short"));
    }
}

package nn.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A class of 30 submissions of the XOR homework: 17 honest students, 5 pairs where one copied the other
 * with one disguise each, and a group of three. Every planted pair must rank above every honest pair.
 */
class PlantedClassTest {
    record Planted(String a, String b, String disguise) {}

    static final List<Planted> PLANTED = new ArrayList<>();
    static final List<Submission> CLASS = build();

    static Submission submission(String id, String text) {
        SourceFile file = new SourceFile(id + ".nn", text);
        Tokenize.Result r = Tokenize.file(file, 0);
        if (r.note() != null) throw new AssertionError(id + " should parse: " + r.note() + "\n" + text);
        return new Submission(id, List.of(file), r.tokens());
    }

    private static List<Submission> build() {
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < 17; i++) out.add(submission("honest" + i, SyntheticClass.student(i).text()));
        List<UnaryOperator<String>> disguises = java.util.Arrays.asList(Disguises::rename, Disguises::numbersAndStrings,
                Disguises::commentsAndBlankLines, null, Disguises::deadStatements);
        String[] names = {"renamed", "numbers-and-strings", "comments-and-blank-lines", "reordered", "dead-statements"};
        for (int d = 0; d < 5; d++) {
            SyntheticClass.Student original = SyntheticClass.student(100 + d);
            String copy = disguises.get(d) == null ? Disguises.reorder(original) : disguises.get(d).apply(original.text());
            out.add(submission("orig-" + names[d], original.text()));
            out.add(submission("copy-" + names[d], copy));
            PLANTED.add(new Planted("orig-" + names[d], "copy-" + names[d], names[d]));
        }
        SyntheticClass.Student leader = SyntheticClass.student(200);
        out.add(submission("group-a", leader.text()));
        out.add(submission("group-b", Disguises.commentsAndBlankLines(Disguises.rename(leader.text()))));
        out.add(submission("group-c", Disguises.deadStatements(Disguises.numbersAndStrings(Disguises.reorder(leader)))));
        PLANTED.add(new Planted("group-a", "group-b", "group"));
        PLANTED.add(new Planted("group-a", "group-c", "group"));
        PLANTED.add(new Planted("group-b", "group-c", "group"));
        return out;
    }

    private static Submission starter() {
        return submission("starter", SyntheticClass.STARTER);
    }

    private static boolean planted(String a, String b) {
        for (Planted p : PLANTED) if (p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a)) return true;
        return false;
    }

    @Test void theClassHasThirtySubmissionsThatAllParse() {
        assertEquals(30, CLASS.size());
        assertEquals(30, new HashSet<>(CLASS.stream().map(s -> s.files().get(0).text()).toList()).size());
    }

    @Test void everyPlantedPairRanksAboveEveryHonestPair() {
        Result r = Comparison.run(CLASS, starter(), Settings.defaults().withThreshold(0));
        double lowestPlanted = 1, highestHonest = 0;
        String honestMax = "";
        for (Result.Pair p : r.pairs()) {
            if (planted(p.a().id(), p.b().id())) lowestPlanted = Math.min(lowestPlanted, p.similarity());
            else if (p.similarity() > highestHonest) {
                highestHonest = p.similarity();
                honestMax = p.a().id() + " ~ " + p.b().id();
            }
        }
        System.out.printf("planted pairs: lowest similarity %.3f; honest pairs: highest %.3f (%s); margin %.3f%n",
                lowestPlanted, highestHonest, honestMax, lowestPlanted - highestHonest);
        assertTrue(lowestPlanted > highestHonest, "margin " + (lowestPlanted - highestHonest));
        for (int i = 0; i < PLANTED.size(); i++) {
            Result.Pair p = r.pairs().get(i);
            assertTrue(planted(p.a().id(), p.b().id()), "rank " + (i + 1) + " is " + p.a().id() + " ~ " + p.b().id());
        }
    }

    @Test void eachDisguiseIsSeenThroughCompletely() {
        float[] sim = Comparison.allPairs(CLASS, starter(), Settings.defaults());
        for (Planted p : PLANTED) {
            if (p.disguise().equals("group")) continue;
            assertEquals(1.0, similarity(sim, p.a(), p.b()), 1e-6, p.disguise() + ": the normalised programs should be the same");
        }
    }

    /** At a threshold between the honest pairs (at most 0.79 here) and the copies, the only group is the planted one. */
    @Test void theGroupOfThreeIsClusteredAndNoHonestStudentJoinsIt() {
        Result r = Comparison.run(CLASS, starter(), Settings.defaults().withThreshold(0.9));
        List<Set<String>> groups = r.groups().stream()
                .map(g -> Set.copyOf(g.members().stream().map(Submission::id).toList())).toList();
        assertEquals(List.of(Set.of("group-a", "group-b", "group-c")), groups);
    }

    static double similarity(float[] sim, String a, String b) {
        int i = index(a), j = index(b);
        return sim[Comparison.pairIndex(Math.min(i, j), Math.max(i, j), CLASS.size())];
    }

    static int index(String id) {
        for (int i = 0; i < CLASS.size(); i++) if (CLASS.get(i).id().equals(id)) return i;
        throw new AssertionError(id);
    }
}

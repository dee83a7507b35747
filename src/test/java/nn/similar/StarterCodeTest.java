package nn.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Code handed out with the assignment does not make two submissions alike. */
class StarterCodeTest {
    private static final String FIRST = SyntheticClass.STARTER + """
            network net = 2 -> dense(4, sigmoid) -> dense(1, sigmoid)
            opt = sgd(lr = 2)
            for i in 1..2000 {
              E = mse(net(X), T)
              backward E
              step net opt
            }
            check(net)
            """;
    private static final String SECOND = SyntheticClass.STARTER + """
            network model {
              input 2
              dense 3 tanh
              dense 1 sigmoid
            }
            history = train model on truthtable(2, a ^ b) {
              loss mse
              optimizer adam(lr = 0.05)
              epochs 500
            }
            print history.loss[-1]
            truthtable model
            """;

    /** A class of three: too small for the common-code rule, so only --starter can discount the starter. */
    private static List<Submission> trio() {
        return List.of(PlantedClassTest.submission("first", FIRST), PlantedClassTest.submission("second", SECOND),
                PlantedClassTest.submission("third", SyntheticClass.STARTER + "print \"I did not finish\"\n"));
    }

    @Test void withoutTheStarterTwoHonestSubmissionsLookAlike() {
        float[] sim = Comparison.allPairs(trio(), null, Settings.defaults());
        assertTrue(sim[0] > 0.3, "the shared starter code alone gives " + sim[0]);
    }

    @Test void withTheStarterTheyDoNot() {
        Submission starter = PlantedClassTest.submission("starter", SyntheticClass.STARTER);
        float[] sim = Comparison.allPairs(trio(), starter, Settings.defaults());
        assertEquals(0.0, sim[0], 0.05, "first ~ second");
        assertEquals(0.0, sim[1], 1e-9, "first ~ a submission that is only the starter");
        assertEquals(0.0, sim[2], 1e-9, "second ~ a submission that is only the starter");
    }

    @Test void theStarterRenamedIsStillTheStarter() {
        Submission starter = PlantedClassTest.submission("starter", SyntheticClass.STARTER);
        Submission renamed = PlantedClassTest.submission("renamed", Disguises.rename(FIRST));
        float[] sim = Comparison.allPairs(List.of(PlantedClassTest.submission("other", SECOND), renamed), starter, Settings.defaults());
        assertEquals(0.0, sim[0], 0.05);
    }
}

package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RngTest {
    @Test void seed1234567GivesTheSplitMix64ReferenceSequence() {
        // The first outputs of Vigna's splitmix64.c seeded with 1234567, as unsigned 64-bit numbers.
        String[] expected = {"6457827717110365317", "3203168211198807973", "9817491932198370423",
                "4593380528125082431", "16408922859458223821"};
        Rng rng = new Rng(1234567);
        for (String e : expected) assertEquals(e, Long.toUnsignedString(rng.nextLong()));
    }

    @Test void fixedSeedGivesFixedFirstValues() {
        Rng rng = new Rng(42);
        assertEquals(-4767286540954276203L, rng.nextLong());
        assertEquals(2949826092126892291L, rng.nextLong());
        assertEquals(5139283748462763858L, rng.nextLong());
        rng = new Rng(42);
        assertEquals(0x1.7bae644c5fd6dp-1, rng.nextDouble());
        assertEquals(0.1599103928769201, rng.nextDouble());
        rng = new Rng(42);
        assertEquals(0.4147197504315306, rng.nextGaussian());
        assertEquals(0.6526812221519429, rng.nextGaussian());
        assertEquals(-0.8918862136277563, rng.nextGaussian());
        rng = new Rng(42);
        assertArrayEquals(new int[] {6, 5, 9, 2}, new int[] {rng.nextInt(10), rng.nextInt(10), rng.nextInt(10), rng.nextInt(10)});
        int[] deck = {0, 1, 2, 3, 4, 5, 6, 7};
        new Rng(42).shuffle(deck);
        assertArrayEquals(new int[] {5, 4, 0, 1, 6, 3, 7, 2}, deck);
    }

    @Test void agreesWithTheJdkSplitMixForAnySeed() {
        for (long seed : new long[] {0, 1, -1, 99, Long.MIN_VALUE}) {
            Rng rng = new Rng(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) assertEquals(jdk.nextLong(), rng.nextLong());
        }
    }

    @Test void sameSeedGivesSameMatrices() {
        assertEquals(new Rng(5).normal(20, 30, 0, 1), new Rng(5).normal(20, 30, 0, 1));
        assertEquals(new Rng(5).uniform(20, 30, -1, 1), new Rng(5).uniform(20, 30, -1, 1));
        assertNotEquals(new Rng(5).normal(20, 30, 0, 1), new Rng(6).normal(20, 30, 0, 1));
    }

    @Test void uniformStaysInItsRange() {
        for (double v : new Rng(3).uniform(100, 100, -0.5, 2).data()) assertTrue(v >= -0.5 && v < 2, "value " + v);
    }
}

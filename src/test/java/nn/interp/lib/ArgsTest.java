package nn.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nn.interp.RuntimeError;
import nn.interp.Value;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static final List<Param> MOMENTUM = List.of(Param.of("lr", Type.NUMBER), Param.optional("beta", Type.NUMBER, 0.9),
            Param.optional("seed", Type.WHOLE));

    private static Args.Given positional(double v) { return new Args.Given(null, new Value.Num(v), null); }
    private static Args.Given named(String name, double v) { return new Args.Given(name, new Value.Num(v), null); }

    @Test void aLeftOutParameterTakesItsFallbackAndOneWithoutStaysAbsent() {
        Args a = Args.bind("momentum", MOMENTUM, "momentum(lr, beta = 0.9, seed?)", List.of(positional(0.1)), null);
        assertEquals(0.1, a.number("lr"));
        assertEquals(0.9, a.number("beta"));
        assertFalse(a.has("seed"));
    }

    @Test void namedArgumentsMatchTheirParameterInAnyOrder() {
        Args a = Args.bind("momentum", MOMENTUM, "", List.of(named("seed", 3), named("lr", 0.5)), null);
        assertEquals(0.5, a.number("lr"));
        assertEquals(3, a.integer("seed"));
    }

    @Test void mistakesTheCheckerCannotSeeAreStillRefused() {
        RuntimeError unknown = assertThrows(RuntimeError.class, () -> Args.bind("momentum", MOMENTUM, "u", List.of(named("rate", 1)), null));
        assertEquals("momentum has no parameter named 'rate'", unknown.getMessage());
        RuntimeError missing = assertThrows(RuntimeError.class, () -> Args.bind("momentum", MOMENTUM, "u", List.of(named("beta", 1)), null));
        assertEquals("momentum needs the argument 'lr'", missing.getMessage());
    }

    @Test void aRestParameterTakesTheFurtherPositionalArguments() {
        Args a = Args.bind("union", List.of(Param.rest("regions", Type.REGION)), "", List.of(positional(1), positional(2)), null);
        assertEquals(List.of(new Value.Num(1), new Value.Num(2)), a.rest());
    }

    @Test void usageShowsDefaultsAndOptionalParameters() {
        Builtin momentum = Registry.standard().get("momentum");
        assertEquals("momentum(lr, beta = 0.9, weight_decay = 0, schedule?)", Registry.usage(momentum));
        assertEquals("spiral(points = 200, classes = 2, noise = 0.2, seed?)", Registry.usage(Registry.standard().get("spiral")));
        assertTrue(Registry.usage(Registry.standard().get("union")).endsWith("(regions...)"));
    }
}

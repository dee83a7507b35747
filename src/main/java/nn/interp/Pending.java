package nn.interp;

import nn.lang.source.Span;

/** Temporary: features whose wiring is in progress on another branch. Removed when they land. */
final class Pending {
    private Pending() {}

    static RuntimeError at(Span at, String what) {
        return new RuntimeError(at, "'" + what + "' is not available in this build");
    }
}

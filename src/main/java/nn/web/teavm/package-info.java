/**
 * What the TeaVM build of nn adds to TeaVM's Java library: {@link nn.web.teavm.ExactFma}, the fused
 * multiply-add that JavaScript lacks, computed to the same bits as {@code Math.fma}; {@link nn.web.teavm.ExactRounding},
 * {@code Math.rint} and {@code Math.round} as the JDK defines them (TeaVM's round some halves the other way); and
 * the build plugin ({@link nn.web.teavm.MathPlugin}) that points every call of those at them. The sources stay as
 * they are; the JVM build never loads this package. (The transcendental functions need no plugin: nn calls its
 * own, {@code nn.tensor.Fdlibm}, in both builds.)
 */
package nn.web.teavm;

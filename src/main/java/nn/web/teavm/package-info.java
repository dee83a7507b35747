/**
 * What the TeaVM build of nn adds to TeaVM's Java library: {@link nn.web.teavm.ExactFma}, the fused
 * multiply-add that JavaScript lacks, computed to the same bits as {@code Math.fma}, and the build plugin
 * ({@link nn.web.teavm.FmaPlugin}) that points nn's calls of {@code Math.fma} at it. The kernels' sources stay
 * as they are; the JVM build never loads this package.
 */
package nn.web.teavm;

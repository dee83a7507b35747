/**
 * The interpreter compiled to JavaScript by TeaVM, for the playground page: {@link nn.web.WebMain} defines
 * {@code globalThis.nnRun(source, fileName, emit, options)} (the contract in {@code web/CONTRACT.md}), runs a
 * script with the same session as {@code ./nn FILE}, and passes its stdout, stderr and plots to {@code emit}.
 * Only this package imports TeaVM's JavaScript interop (org.teavm.jso).
 */
package nn.web;

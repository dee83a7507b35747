/**
 * Plots for nn, independent of networks: a {@link nn.viz.Classifier} is any function from a batch
 * of 2-D points to class indices. {@link nn.viz.BoundaryPlot} draws decision regions with the data
 * points as a PNG (several panels side by side), {@link nn.viz.LossPlot} draws loss curves as a
 * PNG, and {@link nn.viz.TerminalCanvas} draws both as text, in colour (Unicode half-blocks and
 * Braille with ANSI colours) or plain ASCII.
 *
 * <p>Images use a built-in pixel font and fixed colours, so the same input gives the same PNG
 * bytes on every machine; Java2D runs headless. Errors are {@link nn.viz.PlotException}s.
 */
package nn.viz;

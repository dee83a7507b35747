/** The {@code plot} statement: which picture each kind of value gets ({@link nn.interp.lib.plot.PlotFeatures}). */
package nn.interp.lib.plot;

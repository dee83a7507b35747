/**
 * The {@code train} block: running a training loop over a network or a loss
 * ({@link nn.interp.lib.train.TrainFeatures}) and reporting its progress and history
 * ({@link nn.interp.lib.train.TrainReporter}).
 */
package nn.interp.lib.train;

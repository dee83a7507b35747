/**
 * The worker pool that kernels split their work over ({@link nn.tensor.parallel.Parallel}): fixed
 * chunks so results are the same bits for any thread count, small work run inline, and an interrupt
 * of the caller stopping the computation ({@link nn.tensor.parallel.ComputationInterruptedException}).
 */
package nn.tensor.parallel;

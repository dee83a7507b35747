/**
 * Neural-network models on the autodiff graph: dense layers and their activations
 * ({@link nn.model.Dense}, {@link nn.model.Activation}), {@link nn.model.Network}s, losses, optimizers
 * (SGD, momentum, Adam), the training loop ({@link nn.model.Trainer}) with its {@link nn.model.History},
 * metrics, and the JSON file format for saved networks. A user's mistake is a {@link nn.model.ModelException}.
 */
package nn.model;

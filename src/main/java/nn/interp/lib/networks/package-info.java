/**
 * Lecture area "networks": layers of networks. The builtins ({@link nn.interp.lib.networks.NetworkLib}),
 * the {@code network} block and chain statements, calling a network and setting its layers' fields
 * ({@link nn.interp.lib.networks.NetworkFeatures}).
 */
package nn.interp.lib.networks;

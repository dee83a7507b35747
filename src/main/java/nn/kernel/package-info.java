/**
 * {@code nn kernel}: a Jupyter kernel speaking the messaging protocol over ZeroMQ, running each cell in
 * one nn session, with plots shown as images and values as results; also installs its kernel spec.
 */
package nn.kernel;

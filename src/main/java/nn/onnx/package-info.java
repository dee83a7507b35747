/**
 * Export of feed-forward networks as ONNX models (a small protobuf writer, no ONNX library), so a
 * network trained in nn runs in other tools; the tests check the files against ONNX Runtime.
 */
package nn.onnx;

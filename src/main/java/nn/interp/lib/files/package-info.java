/**
 * Lecture area "files": saved networks. The builtins ({@link nn.interp.lib.files.FileLib}), the
 * {@code save} statement ({@link nn.interp.lib.files.SaveLoad}) and {@code export … to} ONNX
 * ({@link nn.interp.lib.files.OnnxFeatures}).
 */
package nn.interp.lib.files;

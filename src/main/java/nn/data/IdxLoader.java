package nn.data;

import nn.i18n.Messages;
import java.nio.file.Path;
import nn.platform.PageFiles;
import java.util.List;
import java.util.function.UnaryOperator;
import nn.io.LinkFreeFiles;
import nn.tensor.Matrix;
import nn.tensor.parallel.ComputationInterruptedException;

/**
 * Reads MNIST-style digits: an IDX image file (magic 0x00000803: count, rows, columns, then one
 * unsigned byte per pixel) and its IDX label file (magic 0x00000801: count, then one byte per
 * label), each gzipped or not.
 *
 * <p>Given a folder, it looks for the standard names, in this order: {@code train-images-idx3-ubyte},
 * {@code mnist10k-images-idx3-ubyte}, {@code t10k-images-idx3-ubyte} (also with '.' before
 * "idx", and with or without ".gz"), and the matching {@code -labels-idx1-ubyte} file. Given an
 * image file, the label file is the one whose name has "labels-idx1" for "images-idx3". These
 * names inside the given folder are the only paths it opens besides the given one.
 *
 * <p>The dataset has one row per image, pixels scaled to [0, 1] in row-major order
 * (rows × columns features), and the digit as a class-index column (10 classes), or one-hot rows on
 * request. With a {@code limit} only the first {@code limit} images are read (a shorter file is read
 * whole); truncation past the images read is not detected.
 */
public final class IdxLoader {
    private IdxLoader() {}

    /** Read every image. */
    public static final int ALL = Integer.MAX_VALUE;

    private static final List<String> PREFIXES = List.of("train", "mnist10k", "t10k");
    private static final String[] SEPARATORS = {"-", "."};
    private static final String[] SUFFIXES = {".gz", ""};

    public static Dataset mnist(Path dirOrImagesFile, int limit) { return mnist(dirOrImagesFile, limit, false); }

    public static Dataset mnist(Path dirOrImagesFile, int limit, boolean oneHot) {
        return mnist(dirOrImagesFile, limit, oneHot, UnaryOperator.identity(), LoadBudget.NONE);
    }

    /**
     * Reads at most {@code limit} (≥ 1, or {@link #ALL}) digits; see the class comment for the files.
     * Every file it finds by itself (the images in a folder, the labels beside them) passes through
     * {@code guard} (the sandbox's check: it refuses links that lead out and returns the real path)
     * before it is opened, and is opened without following links ({@link LinkFreeFiles}). The images
     * and labels the headers declare (up to {@code limit}) are charged to {@code budget} before a byte
     * of them is decoded: a small gzipped file that declares 200,000 images is refused at once.
     */
    public static Dataset mnist(Path dirOrImagesFile, int limit, boolean oneHot, UnaryOperator<Path> guard, LoadBudget budget) {
        if (limit < 1) throw new DataException(Messages.t("data.idx-limit", limit));
        Path images = guard.apply(PageFiles.isFolder(dirOrImagesFile) ? findImages(dirOrImagesFile) : dirOrImagesFile);
        Path labels = guard.apply(labelsFor(images));
        try (IdxFile img = IdxFile.open(images, IdxFile.IMAGES_MAGIC);
             IdxFile lab = IdxFile.open(labels, IdxFile.LABELS_MAGIC)) {
            if (img.dims[0] != lab.dims[0])
                throw new DataException(Messages.t("data.idx-count-mismatch", lab.name, lab.dims[0], img.name, img.dims[0]));
            int n = Math.min(limit, img.dims[0]);
            budget.charge(n, (long) img.dims[1] * img.dims[2] + (oneHot ? 10 : 1));
            nn.tensor.kernel.MatMul.prepareKernels();  // digits are for training: the products' kernels warm up during the load
            int[] digits = readLabels(lab, n);
            Matrix pixels = readImages(img, n);
            int classes = 10;
            for (int d : digits) classes = Math.max(classes, d + 1);
            Dataset ds = Dataset.classification("mnist", pixels, digits, classes);
            return oneHot ? ds.oneHot() : ds;
        }
    }

    private static int[] readLabels(IdxFile lab, int n) {
        byte[] bytes = new byte[n];
        lab.readFully(bytes, () -> Messages.t("data.idx-its-labels", lab.dims[0]));
        int[] digits = new int[n];
        for (int i = 0; i < n; i++) digits[i] = bytes[i] & 0xFF;
        return digits;
    }

    private static Matrix readImages(IdxFile img, int n) {
        int rows = img.dims[1], cols = img.dims[2];
        long pixels = (long) rows * cols, total = pixels * n;
        if (pixels == 0) throw new DataException(Messages.t("data.idx-empty-images", img.name, rows + "×" + cols));
        if (total > Integer.MAX_VALUE - 8)
            throw new DataException(Messages.t("data.idx-too-many", img.name, n, rows + "×" + cols));
        double[] data = new double[(int) total];
        byte[] image = new byte[(int) pixels];
        for (int i = 0; i < n; i++) {
            // Ctrl-C and the run's deadline stop a long load between images.
            if ((i & 255) == 0 && Thread.currentThread().isInterrupted()) throw new ComputationInterruptedException();
            int number = i + 1;
            img.readFully(image, () -> Messages.t("data.idx-image", number, img.dims[0]));
            int base = (int) (i * pixels);
            for (int p = 0; p < image.length; p++) data[base + p] = (image[p] & 0xFF) / 255.0;
        }
        return new Matrix(n, (int) pixels, data);
    }

    private static Path findImages(Path dir) {
        for (String prefix : PREFIXES) {
            Path found = firstExisting(dir, prefix + "-images", "idx3-ubyte");
            if (found != null) return found;
        }
        throw new DataException(Messages.t("data.mnist-no-images", dir.getFileName()));
    }

    private static Path labelsFor(Path images) {
        if (!PageFiles.exists(images))
            throw new DataException(Messages.t("data.no-such-file-or-folder", images.getFileName()));
        String name = images.getFileName().toString();
        int at = name.indexOf("images");
        int idx = at < 0 ? -1 : name.indexOf("idx3", at);
        if (at < 0 && name.contains("labels"))
            throw new DataException(Messages.t("data.mnist-label-file-given", name));
        if (at < 0 || idx < 0)
            throw new DataException(Messages.t("data.mnist-which-labels", name));
        String stem = name.substring(0, at) + "labels";
        Path dir = images.toAbsolutePath().getParent();
        Path found = firstExisting(dir, stem, "idx1-ubyte");
        if (found == null)
            throw new DataException(Messages.t("data.mnist-no-labels", name, stem + "-idx1-ubyte"));
        return found;
    }

    private static Path firstExisting(Path dir, String stem, String kind) {
        for (String sep : SEPARATORS)
            for (String suffix : SUFFIXES) {
                Path p = dir.resolve(stem + sep + kind + suffix);
                if (PageFiles.isFile(p)) return p;
            }
        return null;
    }
}

package nn.viz;

import java.util.List;

/** Test access to {@link PictureGrid}'s layout from other packages' tests. */
public final class PictureGridAccess {
    private PictureGridAccess() {}

    public static int[] centreOf(String title, List<Picture> pictures, int i, int row, int col) {
        return PictureGrid.centreOf(title, pictures, i, row, col);
    }
}

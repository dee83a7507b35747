package nn.interp.lib.files;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nn.io.LinkFreeFiles;
import nn.lang.ast.Stmt;
import nn.model.HistoryCsv;
import nn.lang.source.Visible;
import nn.model.Network;
import nn.model.NetworkJson;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * {@code save net to "f.json"} and {@code net = load("f.json")}: networks as the plain JSON text
 * {@link NetworkJson} documents, with weights that load back bit for bit; {@code save h to "history.csv"}:
 * a training history as {@link HistoryCsv}. Files only through the sandbox.
 */
public final class SaveLoad {
    private SaveLoad() {}

    public static void save(Interpreter in, Stmt.Save s) {
        Value v = in.eval(s.value());
        if (!(v instanceof Value.NetworkV) && !(v instanceof Value.HistoryV))
            throw new RuntimeError(s.value().span(), Messages.t("files.save-what", v.describe()));
        Value f = in.eval(s.file());
        if (!(f instanceof Value.Str name)) throw new RuntimeError(s.file().span(), Messages.t("files.file-name-not-string", f.describe()));
        String lower = name.value().toLowerCase(java.util.Locale.ROOT);
        String text, saved;
        if (v instanceof Value.HistoryV hv) {
            if (!lower.endsWith(".csv"))
                throw new RuntimeError(s.file().span(), Messages.t("files.history-not-csv", name.value()), Messages.t("files.history-not-csv-hint"));
            text = HistoryCsv.write(hv.history());
            saved = Messages.t("files.saved-history", hv.history().network(), hv.history().epochs(), name.value());
        } else {
            Value.NetworkV nv = (Value.NetworkV) v;
            if (!lower.endsWith(".json"))
                throw new RuntimeError(s.file().span(), Messages.t("files.network-not-json", name.value()));
            text = NetworkJson.write(nv.network());
            saved = Messages.t("files.saved-network", nv.network().name(), name.value());
        }
        Path path;
        try {
            path = in.sandbox.forWriting(name.value());
        } catch (RuntimeError e) {
            throw e.at(s.file().span());  // the refused name, not the whole statement
        }
        try {
            LinkFreeFiles.write(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new RuntimeError(s.file().span(), Messages.t("files.cannot-write", Visible.name(name.value()), LinkFreeFiles.reason(e)));
        }
        in.output.line(saved, s.span());
    }
}

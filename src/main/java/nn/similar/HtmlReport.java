package nn.similar;

import nn.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nn.io.XmlText;

/**
 * The HTML report: one self-contained file (inline CSS, no scripts, fonts or images) with the groups,
 * the table of pairs, and for each pair the two submissions side by side, every matching region
 * highlighted in the same colour on both sides and labelled with its number.
 */
final class HtmlReport {
    private HtmlReport() {}

    /** Distinct light backgrounds; region n uses colour n mod 12. */
    static final String[] COLOURS = {"#ffd6d6", "#d6f0ff", "#dcf7d0", "#fff1b8", "#ead9ff", "#ffe0c2",
            "#c8f2ec", "#f9d2ee", "#e4e9c4", "#d9def9", "#f2dcc9", "#d0e8d8"};

    static String render(Result r) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Messages.lang().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<title>").append(XmlText.escape(Messages.t("similar.html.title", r.submissions().size()))).append("</title>\n");
        h.append("<style>\n").append(style()).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(XmlText.escape(Messages.t("similar.html.heading"))).append("</h1>\n");
        h.append("<p class=\"summary\">").append(XmlText.escape(Messages.t("similar.html.summary", r.submissions().size(),
                TableWriter.pairCount(r.submissions().size()), r.pairs().size(), Describe.number(r.settings().threshold()))))
                .append("</p>\n");
        h.append("<p class=\"measure\">").append(XmlText.escape(Describe.measure(r.settings()))).append(".</p>\n");
        groups(h, r);
        table(h, r);
        for (int i = 0; i < r.pairs().size(); i++) pair(h, r.pairs().get(i), i + 1);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void groups(StringBuilder h, Result r) {
        h.append("<section id=\"groups\">\n<h2>").append(XmlText.escape(Messages.t("similar.html.groups"))).append("</h2>\n");
        if (r.groups().isEmpty()) h.append("<p>").append(XmlText.escape(Messages.t("similar.html.no-groups"))).append("</p>\n");
        else {
            h.append("<ol class=\"groups\">\n");
            for (Result.Group g : r.groups()) {
                h.append("<li class=\"group\">");
                for (int m = 0; m < g.members().size(); m++) {
                    if (m > 0) h.append(", ");
                    h.append("<span class=\"member\">").append(XmlText.escape(g.members().get(m).id())).append("</span>");
                }
                h.append(" — ").append(XmlText.escape(Messages.t("similar.html.group", g.pairs(), Describe.number(g.lowest()),
                        Describe.number(g.mean())))).append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, Result r) {
        h.append("<section id=\"pairs\">\n<h2>").append(XmlText.escape(Messages.t("similar.html.pairs")))
                .append("</h2>\n<table class=\"pairs\">\n<thead><tr><th>#</th><th>a</th><th>b</th><th>")
                .append(XmlText.escape(Messages.t("similar.table.similarity"))).append("</th><th>")
                .append(XmlText.escape(Messages.t("similar.html.matched", "a"))).append("</th><th>")
                .append(XmlText.escape(Messages.t("similar.html.matched", "b"))).append("</th><th>")
                .append(XmlText.escape(Messages.t("similar.html.regions"))).append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < r.pairs().size(); i++) {
            Result.Pair p = r.pairs().get(i);
            h.append("<tr><td>").append(i + 1).append("</td><td><a href=\"#pair-").append(i + 1).append("\">")
                    .append(XmlText.escape(p.a().id())).append("</a></td><td><a href=\"#pair-").append(i + 1).append("\">")
                    .append(XmlText.escape(p.b().id())).append("</a></td><td class=\"similarity\">").append(Describe.number(p.similarity()))
                    .append("</td><td>").append(Describe.percent(p.coveredA())).append("</td><td>")
                    .append(Describe.percent(p.coveredB())).append("</td><td>").append(p.regions().size()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void pair(StringBuilder h, Result.Pair p, int rank) {
        h.append("<section class=\"pair\" id=\"pair-").append(rank).append("\">\n<h2>").append(rank).append(". ")
                .append(XmlText.escape(Messages.t("similar.html.pair", p.a().id(), p.b().id(), Describe.number(p.similarity()))))
                .append("</h2>\n<ol class=\"regions\">\n");
        for (int i = 0; i < p.regions().size(); i++) {
            Result.Region region = p.regions().get(i);
            h.append("<li class=\"r").append(i % COLOURS.length).append("\">").append(XmlText.escape(Messages.t("similar.html.region",
                    region.tokens(), Describe.lines(p.a(), region.a()), Describe.lines(p.b(), region.b())))).append("</li>\n");
        }
        h.append("</ol>\n<div class=\"sides\">\n");
        side(h, p.a(), p.regions(), true);
        side(h, p.b(), p.regions(), false);
        h.append("</div>\n</section>\n");
    }

    private static void side(StringBuilder h, Submission s, List<Result.Region> regions, boolean first) {
        Map<Long, Integer> regionOfLine = new HashMap<>();
        for (int i = 0; i < regions.size(); i++)
            for (Result.Lines l : first ? regions.get(i).a() : regions.get(i).b())
                for (int line = l.from(); line <= l.to(); line++) regionOfLine.putIfAbsent(((long) l.file() << 32) | line, i);
        h.append("<div class=\"side\">\n<h3>").append(XmlText.escape(s.id())).append("</h3>\n");
        for (int f = 0; f < s.files().size(); f++) {
            var file = s.files().get(f);
            h.append("<h4>").append(XmlText.escape(file.name())).append("</h4>\n<pre><code>");
            for (int line = 1; line <= file.lineCount(); line++) {
                Integer region = regionOfLine.get(((long) f << 32) | line);
                h.append("<span class=\"line");
                if (region != null) h.append(" r").append(region % COLOURS.length);
                h.append("\"");
                if (region != null) h.append(" data-region=\"").append(region + 1).append("\"");
                h.append("><span class=\"n\">").append(line).append("</span>").append(XmlText.escape(file.lineText(line))).append("</span>");
            }
            // the lines are blocks: a newline between them would show as an empty line inside <pre>
            h.append("</code></pre>\n");
        }
        h.append("</div>\n");
    }

    private static String style() {
        StringBuilder css = new StringBuilder("""
                body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1d1d1d; }
                table.pairs { border-collapse: collapse; }
                table.pairs th, table.pairs td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }
                .sides { display: flex; gap: 1em; align-items: flex-start; }
                .side { flex: 1 1 0; min-width: 0; overflow-x: auto; }
                pre { margin: 0; font-family: ui-monospace, monospace; font-size: 0.85em; line-height: 1.35; }
                .line { display: block; white-space: pre; }
                .n { display: inline-block; width: 3.5em; color: #888; user-select: none; }
                section.pair { border-top: 2px solid #ddd; margin-top: 2em; }
                .line[data-region]::after { content: " [" attr(data-region) "]"; color: #777; font-size: 0.8em; }
                """);
        for (int i = 0; i < COLOURS.length; i++) css.append(".r").append(i).append(" { background: ").append(COLOURS[i]).append("; }\n");
        return css.toString();
    }
}

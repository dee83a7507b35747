package nn.grade;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table for one submission: test, points, status, message. The instructor's view shows
 * everything; the student's view (feedback files) shows hidden tests as their status and own message only.
 */
public final class TextReport {
    private TextReport() {}

    public static String write(Assignment a, SubmissionResult r, boolean forStudent) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.title()).append(" — ").append(nn.lang.source.Visible.name(r.id()));
        if (r.file() != null && !r.id().equals(r.file())) sb.append(" (").append(nn.lang.source.Visible.name(r.file())).append(')');
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        for (TestResult t : r.tests()) {
            String name = t.hidden() ? Messages.t("grade.report.hidden-name", t.name()) : t.name();
            boolean conceal = forStudent && t.hidden() && !t.visibility().equals("visible");
            rows.add(new String[] {Integer.toString(t.number()), name,
                    conceal ? "? / " + Points.of(t.maxPoints()) : Points.of(t.points()) + " / " + Points.of(t.maxPoints()),
                    conceal ? Messages.t("grade.report.hidden") : StatusWords.of(t.status())});
        }
        String[] heading = {"#", Messages.t("grade.report.test"), Messages.t("grade.report.points"), Messages.t("grade.report.status")};
        int[] width = {1, heading[1].length(), heading[2].length(), 6};
        for (String[] row : rows) for (int i = 0; i < 4; i++) width[i] = Math.max(width[i], row[i].length());
        sb.append(pad(heading[0], width[0])).append("  ").append(pad(heading[1], width[1])).append("  ")
                .append(pad(heading[2], width[2])).append("  ").append(heading[3]).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            TestResult t = r.tests().get(i);
            sb.append(pad(row[0], width[0])).append("  ").append(pad(row[1], width[1])).append("  ")
                    .append(pad(row[2], width[2])).append("  ").append(row[3]).append('\n');
            boolean conceal = forStudent && t.hidden() && !t.visibility().equals("visible");
            String message = forStudent ? t.studentMessage() : t.message();
            if (!conceal && !t.passed() && message != null && !message.isEmpty()) sb.append(indent(message, width[0] + 2));
            if (!forStudent && !t.passed() && t.output() != null && !t.output().isEmpty())
                sb.append(indent(Messages.t("grade.report.printed") + "\n" + t.output(), width[0] + 2));
        }
        if (forStudent && Visible.hiddenCount(r) > 0) {
            sb.append(Messages.t("grade.report.visible-total", Points.of(Visible.visibleScore(r)), Points.of(Visible.visibleMax(r)),
                    Visible.hiddenLine(r))).append('\n');
        } else {
            sb.append(Messages.t("grade.report.total", Points.of(r.score()), Points.of(r.maxScore()), Points.percent(r.percent()),
                    StatusWords.of(r.status()), Points.seconds(r.millis()))).append('\n');
        }
        if (r.message() != null) sb.append(indent(r.message(), 0));
        if (!forStudent) for (String n : r.instructorNotes()) sb.append(Messages.t("diagnostic.note")).append(": ").append(n).append('\n');
        return sb.toString();
    }

    static String pad(String s, int w) { return s.length() >= w ? s : s + " ".repeat(w - s.length()); }

    static String indent(String text, int by) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.strip().split("\n", -1)) sb.append(" ".repeat(by)).append(line).append('\n');
        return sb.toString();
    }
}

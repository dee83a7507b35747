package nn.grade;

import java.util.List;
import nn.io.XmlText;

/**
 * JUnit XML for any CI: one testsuite per submission, one testcase per test with failure, error or
 * skipped, the points in properties. Control characters that XML 1.0 cannot hold are replaced, so a
 * submission's output never makes the file invalid. An instructor's report: hidden tests in full.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String write(Assignment a, List<SubmissionResult> results) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0, failures = 0, errors = 0;
        for (SubmissionResult r : results) for (TestResult t : r.tests()) {
            tests++;
            if (t.status() == TestStatus.FAILED) failures++;
            if (t.status() == TestStatus.ERROR || t.status() == TestStatus.TIMEOUT) errors++;
        }
        sb.append("<testsuites name=\"").append(XmlText.escape(a.title())).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors).append("\">\n");
        for (SubmissionResult r : results) suite(sb, a, r);
        return sb.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder sb, Assignment a, SubmissionResult r) {
        long failures = r.tests().stream().filter(t -> t.status() == TestStatus.FAILED).count();
        long errors = r.tests().stream().filter(t -> t.status() == TestStatus.ERROR || t.status() == TestStatus.TIMEOUT).count();
        sb.append("  <testsuite name=\"").append(XmlText.escape(r.id())).append("\" tests=\"").append(r.tests().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"0\" time=\"").append(seconds(r.millis())).append("\">\n");
        sb.append("    <properties>\n");
        property(sb, "status", r.status().word);
        property(sb, "score", Points.of(r.score()));
        property(sb, "max_score", Points.of(r.maxScore()));
        property(sb, "assignment_hash", a.hash());
        property(sb, "seed", Long.toString(a.seed()));
        sb.append("    </properties>\n");
        for (TestResult t : r.tests()) {
            sb.append("    <testcase name=\"").append(XmlText.escape(t.name())).append("\" classname=\"").append(XmlText.escape(r.id()))
                    .append("\" time=\"").append(seconds(t.millis())).append("\">\n");
            sb.append("      <properties>\n");
            sb.append("  ");
            property(sb, "points", Points.of(t.points()));
            sb.append("  ");
            property(sb, "max_points", Points.of(t.maxPoints()));
            sb.append("      </properties>\n");
            String message = t.message() == null ? "" : t.message();
            String first = message.lines().findFirst().orElse(t.status().word);
            boolean notRun = r.status() != SubmissionStatus.GRADED && r.status() != SubmissionStatus.CRASHED
                    && r.status() != SubmissionStatus.TIMEOUT;
            switch (t.status()) {
                case PASSED -> { }
                case FAILED -> element(sb, "failure", first, message);
                case ERROR, TIMEOUT -> element(sb, notRun ? "skipped" : "error", first, message);
            }
            if (t.output() != null && !t.output().isEmpty())
                sb.append("      <system-out>").append(XmlText.escape(t.output())).append("</system-out>\n");
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n");
    }

    private static void element(StringBuilder sb, String tag, String message, String body) {
        sb.append("      <").append(tag).append(" message=\"").append(XmlText.escape(message)).append("\">")
                .append(XmlText.escape(body)).append("</").append(tag).append(">\n");
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("      <property name=\"").append(XmlText.escape(name)).append("\" value=\"").append(XmlText.escape(value)).append("\"/>\n");
    }

    private static String seconds(long ms) { return String.format(java.util.Locale.ROOT, "%.3f", ms / 1000.0); }
}

package nn.grade;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What each platform needs to run nn grade on its own machines. The scripts read their root folder from
 * an environment variable (AUTOGRADER_ROOT, GRADE_ROOT) and the nn command from NN_CMD, so a test can run
 * them against a fake root laid out as the platform lays it.
 */
public final class Packaging {
    private Packaging() {}

    /** nn's own jar: the class path of this JVM when it was started with -jar (as the nn launcher does). */
    public static Path jar() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (System.getenv("NN_JAR") != null) cp = System.getenv("NN_JAR");
        if (cp == null || cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar"))
            throw new IOException(Messages.t("grade.package.needs-jar"));
        return Path.of(cp);
    }

    static String setupSh() {
        return """
                #!/usr/bin/env bash
                # Gradescope runs this once when it builds the autograder image: a Java runtime from the
                # distribution's own packages, nothing fetched from elsewhere.
                set -euo pipefail
                apt-get update
                DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-21-jre-headless
                # The grading child's start-up archive, made once here in the image (next to nn.jar) instead of
                # on each submission's run: nn grade makes it before it grades anything, even an empty folder.
                here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
                warm="$(mktemp -d)"
                java -jar "$here/nn.jar" grade "$here/assignment.nn" "$warm" --single >/dev/null 2>&1 || true
                rm -rf "$warm"
                """;
    }

    static String runAutograder() {
        return """
                #!/usr/bin/env bash
                # Gradescope runs this for each submission: the student's files are in $ROOT/submission,
                # the results go to $ROOT/results/results.json. ROOT and NN_CMD may be overridden for testing.
                set -uo pipefail
                ROOT="${AUTOGRADER_ROOT:-/autograder}"
                NN_CMD="${NN_CMD:-java -jar $ROOT/source/nn.jar}"
                mkdir -p "$ROOT/results"
                meta=()
                [ -f "$ROOT/submission_metadata.json" ] && meta=(--metadata "$ROOT/submission_metadata.json")
                $NN_CMD grade "$ROOT/source/assignment.nn" "$ROOT/submission" --single --format gradescope \\
                  --out "$ROOT/results/results.json" "${meta[@]}"
                """;
    }

    public static Path gradescope(Assignment a, Path assignmentFile, Path jar, Path zip) throws IOException {
        if (zip.getParent() != null) Files.createDirectories(zip.getParent());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            entry(z, "setup.sh", setupSh().getBytes(StandardCharsets.UTF_8));
            entry(z, "run_autograder", runAutograder().getBytes(StandardCharsets.UTF_8));
            entry(z, "assignment.nn", Files.readAllBytes(assignmentFile));
            entry(z, "nn.jar", Files.readAllBytes(jar));
        }
        Files.write(zip, ZipModes.executable(bytes.toByteArray(), java.util.Set.of("setup.sh", "run_autograder")));
        return zip;
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);  // the same assignment packs to the same bytes
        z.putNextEntry(e);
        z.write(bytes);
        z.closeEntry();
    }

    static String prairieLearnRun() {
        return """
                #!/usr/bin/env bash
                # PrairieLearn's external grader runs this: the student's files are in $ROOT/student, the
                # results go to $ROOT/results/results.json. ROOT and NN_CMD may be overridden for testing.
                set -uo pipefail
                ROOT="${GRADE_ROOT:-/grade}"
                NN_CMD="${NN_CMD:-java -jar $ROOT/tests/nn.jar}"
                mkdir -p "$ROOT/results"
                $NN_CMD grade "$ROOT/tests/assignment.nn" "$ROOT/student" --single --format prairielearn \\
                  --out "$ROOT/results/results.json"
                """;
    }

    static String prairieLearnInfo(Assignment a) {
        long seconds = Math.max(30, a.wallLimit().toSeconds() + 30);
        return """
                {
                  "externalGradingOptions": {
                    "enabled": true,
                    "image": "eclipse-temurin:21-jre",
                    "entrypoint": "/grade/tests/run.sh",
                    "timeout": %d
                  }
                }
                """.formatted(seconds);
    }

    /** A question's tests/ folder (run.sh, assignment.nn, nn.jar) and the info.json lines that enable it. */
    public static Path prairielearn(Assignment a, Path assignmentFile, Path jar, Path dir) throws IOException {
        Path tests = dir.resolve("tests");
        Files.createDirectories(tests);
        Path run = tests.resolve("run.sh");
        Files.writeString(run, prairieLearnRun());
        executable(run);
        Files.copy(assignmentFile, tests.resolve("assignment.nn"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(jar, tests.resolve("nn.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("info-externalGradingOptions.json"), prairieLearnInfo(a));
        return dir;
    }

    static String workflow(Assignment a) {
        long minutes = Math.max(5, a.wallLimit().toMinutes() + 5);
        return """
                # GitHub Classroom autograding with nn: grades the student's repository on every push and
                # reports the points through GitHub Classroom's grading reporter.
                name: Autograding
                on: [push, workflow_dispatch]
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  grade:
                    runs-on: ubuntu-latest
                    timeout-minutes: %d
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: '21'
                      - id: nn
                        name: nn grade
                        run: |
                          java -jar .github/nn/nn.jar grade .github/nn/assignment.nn . --single --format classroom --out nn-result.txt
                          grep '^Points' nn-result.txt
                          grep '^result=' nn-result.txt >> "$GITHUB_OUTPUT"
                      - uses: classroom-resources/autograding-grading-reporter@v1
                        env:
                          NN_RESULTS: ${{ steps.nn.outputs.result }}
                        with:
                          runners: nn
                """.formatted(minutes);
    }

    /** The workflow file, with nn's jar and the assignment beside it in .github/nn/ of the template repository. */
    public static Path classroom(Assignment a, Path assignmentFile, Path jar, Path workflowFile) throws IOException {
        if (workflowFile.getParent() != null) Files.createDirectories(workflowFile.getParent());
        Files.writeString(workflowFile, workflow(a));
        Path github = workflowFile.toAbsolutePath().getParent().getParent();
        Path nnDir = github.resolve("nn");
        Files.createDirectories(nnDir);
        Files.copy(assignmentFile, nnDir.resolve("assignment.nn"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(jar, nnDir.resolve("nn.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return workflowFile;
    }

    private static void executable(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the platform runs the script with bash explicitly
        }
    }
}

package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every shell, curl and Gogo example of README.md, run in order against the real jar on a fresh data dir,
 * each answer checked, so the README cannot drift from what FocusFlow does.
 *
 * <p>The convention for the README (also in docs/decisions.md), so that examples added later are run too:
 * <ul>
 * <li>A fenced block with the info string {@code sh} holds POSIX shell commands, one with {@code gogo} Gogo
 * shell commands. Both are run in the order they appear, one command at a time (a line, or lines joined by
 * a trailing backslash; {@code #} starts a comment). Blocks with any other info string ({@code json}, none)
 * are text.</li>
 * <li>{@code <!-- docs-test: skip (reason) -->} on the line right before a block leaves it out. Shell commands
 * starting with {@code mvn} are not run: the build made the jar under test.</li>
 * <li>The reader's paths and port are the test's: {@code ~/.local/share/focusflow} becomes the data dir,
 * {@code /home/you} a scratch folder (also the shell's working directory), port 8089 the test's port, a
 * leading {@code run/focusflow} the repository's script.</li>
 * <li>Answers: a {@code curl} must answer 2xx, or one of the HTTP statuses its comment names
 * ({@code # 200 with it, or 204}); any other shell command must exit 0; a Gogo command must print no
 * error line (one starting with the command's own name and a colon) and no exception, unless its comment
 * starts with {@code refused}: then it must print that error line. Text in backticks in a comment must be in
 * the answer (a curl's body, a command's output): {@code # refused: `dailyGoalMinutes: 0 is less than minimum`}.</li>
 * </ul>
 * FocusFlow runs from a terminal (the interactive shell types the Gogo examples) without a display.
 */
class ReadmeExamplesTest {

    private static final Pattern SKIP = Pattern.compile("^<!--\\s*docs-test:\\s*skip\\b.*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*(\\S*)\\s*$");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");

    record Example(String language, String command, String comment, int line) {
    }

    @Test
    void everyExampleOfTheReadmeWorksInOrder() throws Exception {
        Path readme = repository().resolve("README.md");
        List<Example> examples = examples(Files.readAllLines(readme, StandardCharsets.UTF_8));
        assertThat(examples).as("examples found in " + readme).hasSizeGreaterThan(10);
        Path dir = Settings.scratch("readme");
        Path you = Files.createDirectories(dir.resolve("you"));
        try (Terminal terminal = Terminal.start(dir.resolve("home"), HostsCheck.create(dir), Map.of()).awaitPrompt()) {
            List<String> assignments = new ArrayList<>();
            for (Example example : examples) {
                String command = localised(example.command(), terminal.app, you);
                System.out.printf("README:%d %s %s%n", example.line(), example.language(), command);
                if (example.language().equals("gogo")) {
                    String output = terminal.run(command);
                    String error = "(?m)^" + Pattern.quote(command.split("\\s+")[0]) + ": ";
                    if (example.comment().strip().startsWith("refused")) {
                        assertThat(output).as("README line %d: %s", example.line(), command).containsPattern(error);
                    } else {
                        assertThat(output).as("README line %d: %s", example.line(), command).doesNotContainPattern(error);
                    }
                    assertThat(output).as("README line %d: %s", example.line(), command).doesNotContain("Exception");
                    answers(example, command, output);
                } else {
                    shell(example, command, assignments, you, terminal.app.home);
                }
            }
            terminal.type("stop 0");
            assertThat(terminal.app.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void shell(Example example, String command, List<String> assignments, Path cwd, Path home)
            throws Exception {
        boolean curl = command.startsWith("curl ");
        String script = String.join("\n", assignments) + "\n" + (curl ? command + " -sS -w '\\n%{http_code}'" : command);
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("FOCUSFLOW_HOME", home.toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("README line %d: %s exited with %d: %s", example.line(), command, p.exitValue(), output)
                .isZero();
        answers(example, command, output);
        if (ASSIGNMENT.matcher(command).matches()) {
            assignments.add(command);
        }
        if (curl) {
            String status = output.substring(output.lastIndexOf('\n') + 1);
            List<String> expected = STATUS.matcher(QUOTED.matcher(example.comment()).replaceAll("")).results().map(m -> m.group(1)).toList();
            if (expected.isEmpty()) {
                assertThat(status).as("README line %d: %s answered %s", example.line(), command, output).startsWith("2");
            } else {
                assertThat(status).as("README line %d: %s answered %s", example.line(), command, output).isIn(expected);
            }
        }
    }

    /** The texts in backticks in the example's comment: what its answer must contain. */
    static List<String> expected(Example example) {
        return QUOTED.matcher(example.comment()).results().map(m -> m.group(1)).toList();
    }

    private static void answers(Example example, String command, String output) {
        for (String text : expected(example)) {
            assertThat(output).as("README line %d: %s answered %s", example.line(), command, output).contains(text);
        }
    }

    /** The reader's data dir, home and port become the test's. */
    private static String localised(String command, App app, Path you) {
        String c = command.replace("~/.local/share/focusflow", app.home.toString()).replace("/home/you", you.toString())
                .replace("127.0.0.1:8089", "127.0.0.1:" + app.port);
        Path script = repository().resolve("run/focusflow");
        return c.replaceAll("(^|\\$\\()run/focusflow", "$1" + Matcher.quoteReplacement(script.toString()));
    }

    static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        String language = null;
        boolean skip = false;
        boolean skipNext = false;
        StringBuilder pending = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (language == null) {
                if (fence.matches()) {
                    language = fence.group(1);
                    skip = skipNext || !(language.equals("sh") || language.equals("gogo"));
                }
                skipNext = SKIP.matcher(line.strip()).matches();
                continue;
            }
            if (fence.matches() && fence.group(1).isEmpty()) {
                language = null;
                skipNext = false;
                continue;
            }
            if (skip) {
                continue;
            }
            if (pending.length() == 0) {
                start = i + 1;
            }
            String[] parts = splitComment(line);
            if (parts[0].endsWith("\\")) {
                pending.append(parts[0], 0, parts[0].length() - 1).append(' ');
                continue;
            }
            String command = (pending + parts[0]).strip().replaceAll("\\s+", " ");
            pending.setLength(0);
            if (!command.isEmpty() && !command.startsWith("mvn ")) {
                examples.add(new Example(language, command, parts[1], start));
            }
        }
        return examples;
    }

    /** The command and its comment: {@code #} at the start or after a blank, outside quotes. */
    static String[] splitComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return new String[] {line.substring(0, i).stripTrailing(), line.substring(i + 1)};
            }
        }
        return new String[] {line.stripTrailing(), ""};
    }

    private static Path repository() {
        return Path.of(System.getProperty("focusflow.jar")).toAbsolutePath().normalize().getParent().getParent().getParent();
    }
}

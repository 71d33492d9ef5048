package dev.sequor.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's "Set up your project", read from the README itself so that the chapter cannot drift from what
 * works: its code blocks in order, the {@code pom.xml}, the shell commands and the Java files it tells the reader
 * to write. The newcomer integration test runs them as written.
 */
public final class Readme {

  private static final String CHAPTER = "## Set up your project";
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  /** The file a Java block is written to: the last {@code `src/....java`} named in the text before the block. */
  private static final Pattern JAVA_FILE = Pattern.compile("`(src/[\\w/]+\\.java)`");
  /** The one command a newcomer runs in Sequor's own clone, not in the project: installing the artifacts. */
  private static final String INSTALL = "./mvnw -q install -DskipTests";

  private final List<Step> steps;

  private Readme(List<Step> steps) {
    this.steps = steps;
  }

  /** One code block of the chapter: its language, text and, for a Java block, the file it is written to. */
  private record Step(String language, String text, String file) {}

  public static Readme setUpYourProject(File readme) throws IOException {
    String text = Files.readString(readme.toPath(), StandardCharsets.UTF_8);
    int start = text.indexOf(CHAPTER);
    if (start < 0) {
      throw new AssertionError("README.md has no chapter '" + CHAPTER + "'");
    }
    int end = text.indexOf("\n## ", start + CHAPTER.length());
    String chapter = text.substring(start, end < 0 ? text.length() : end);
    List<Step> steps = new ArrayList<>();
    Matcher block = BLOCK.matcher(chapter);
    int proseStart = 0;
    while (block.find()) {
      String file = null;
      if (block.group(1).equals("java")) {
        Matcher named = JAVA_FILE.matcher(chapter.substring(proseStart, block.start()));
        while (named.find()) {
          file = named.group(1);
        }
        if (file == null) {
          throw new AssertionError("the README shows Java code without naming its file: " + block.group(2));
        }
      }
      steps.add(new Step(block.group(1), block.group(2), file));
      proseStart = block.end();
    }
    return new Readme(steps);
  }

  /** The chapter's {@code pom.xml}: its one XML block. */
  public String pom() {
    List<String> poms = steps.stream().filter(step -> step.language().equals("xml")).map(Step::text).toList();
    if (poms.size() != 1) {
      throw new AssertionError("expected one pom.xml in the README's '" + CHAPTER + "', found " + poms.size());
    }
    return poms.get(0);
  }

  /**
   * Writes the chapter's files and runs its commands in {@code project}, in the chapter's order.
   *
   * @return the output of the last command
   */
  public String run(Maven maven, File project) throws IOException, InterruptedException {
    String output = "";
    boolean installed = false;
    for (Step step : steps) {
      switch (step.language()) {
        case "xml" -> Files.writeString(project.toPath().resolve("pom.xml"), step.text());
        case "java" -> {
          Path file = project.toPath().resolve(step.file());
          Files.createDirectories(file.getParent());
          Files.writeString(file, step.text());
        }
        case "sh" -> {
          for (String line : step.text().strip().split("\n")) {
            if (line.strip().equals(INSTALL)) {
              installed = true; // done by this build: the artifacts are in the test repository
            } else if (line.startsWith("mvn ")) {
              output = maven.run(project, line.substring("mvn ".length()).strip().split("\\s+"));
              assertQuiet(line, output);
            } else {
              throw new AssertionError("the README runs a command this test does not know: " + line);
            }
          }
        }
        default -> throw new AssertionError("a code block in an unexpected language: " + step.language());
      }
    }
    if (!installed) {
      throw new AssertionError("the README no longer tells the reader to install Sequor first: " + INSTALL);
    }
    return output;
  }

  /**
   * Every command prints only what concerns the reader: no warning from Maven's log, ours or a plugin's. (On JDK 24
   * and newer Maven itself prints a JVM warning about its own Guice; the docs say how to quiet it.)
   */
  private static void assertQuiet(String command, String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith("[WARNING]")) {
        throw new AssertionError(command + " printed a warning: " + line + "\n" + output);
      }
    }
  }

  /** Runs Maven as the reader's shell would, on the test repository that holds this build's artifacts. */
  public static final class Maven {

    private final File home;
    private final File repository;
    private final File settings;
    private final Map<String, String> environment;

    /**
     * @param itDirectory a test project's folder; the invoker's settings (the outer local repository as a remote)
     *     are next to it
     */
    public Maven(File home, File repository, File itDirectory, Map<String, String> environment) {
      this.home = home;
      this.repository = repository;
      this.settings = interpolatedSettings(itDirectory);
      this.environment = environment;
    }

    private static File interpolatedSettings(File itDirectory) {
      for (File dir = itDirectory.getParentFile(); dir != null; dir = dir.getParentFile()) {
        File candidate = new File(dir, "interpolated-settings.xml");
        if (candidate.isFile()) {
          return candidate;
        }
      }
      throw new AssertionError("no interpolated-settings.xml above " + itDirectory);
    }

    String run(File project, String... arguments) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of(new File(home, "bin/mvn").getPath(), "-B",
          "-s", settings.getPath(), "-Dmaven.repo.local=" + repository.getPath()));
      command.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(command).directory(project).redirectErrorStream(true);
      builder.environment().remove("SEQUOR_ENV");
      builder.environment().remove("MAVEN_ARGS");
      builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new AssertionError("mvn " + String.join(" ", arguments) + " failed:\n" + output);
      }
      System.out.println("mvn " + String.join(" ", arguments) + "\n" + output);
      return output;
    }
  }
}

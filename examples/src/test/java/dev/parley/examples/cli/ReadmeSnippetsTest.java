package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.messaging.server.ParleyServer;
import dev.parley.messaging.server.ServerConfig;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's code cannot drift: every Java block marked {@code <!-- compiled: name -->} is
 * compiled against the current API and run; the curl and Python examples of the service are run
 * against a real server on the loopback address (when curl and python3 are installed).
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String IMPORTS = String.join("\n",
      "import dev.parley.messaging.core.*;",
      "import dev.parley.messaging.rules.*;",
      "import dev.parley.messaging.rules.content.*;",
      "import dev.parley.messaging.rules.order.*;",
      "import dev.parley.messaging.json.*;",
      "import dev.parley.messaging.json.spapi.*;",
      "import java.time.*;",
      "import java.util.*;",
      "");

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  private static List<String[]> compiledBlocks(String readme) {
    Matcher m = Pattern.compile("<!-- compiled: ([a-z-]+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    List<String[]> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(new String[] {m.group(1), m.group(2)});
    }
    return blocks;
  }

  private static String block(String readme, String language, String mustContain) {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      if (m.group(1).contains(mustContain)) {
        return m.group(1);
      }
    }
    throw new AssertionError("README has no " + language + " block containing " + mustContain);
  }

  @Test
  void everyMarkedJavaBlockCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<String[]> blocks = compiledBlocks(readme());
    assertThat(blocks).extracting(b -> b[0]).contains("quick-start", "json");
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    for (String[] b : blocks) {
      String name = "Readme" + b[0].replace("-", "");
      Path source = dir.resolve(name + ".java");
      Files.writeString(source, IMPORTS + "public class " + name + " {\n  public static void main(String[] args) throws Exception {\n"
          + b[1] + "\n  }\n}\n", StandardCharsets.UTF_8);
      int code = compiler.run(null, null, null, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
          "-Xlint:all", "-Werror", source.toString());
      assertThat(code).as("README block %s compiles", b[0]).isZero();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
        Method main = loader.loadClass(name).getMethod("main", String[].class);
        main.invoke(null, (Object) new String[0]);
      }
    }
  }

  private static boolean installed(String command) {
    for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(p, command))) {
        return true;
      }
    }
    return false;
  }

  private static String run(Path dir, List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s: %s", command, out).isZero();
    return out;
  }

  @Test
  void theCurlAndPythonExamplesWorkAgainstARealServer(@TempDir Path dir) throws Exception {
    String readme = readme();
    String curl = block(readme, "sh", "curl -s http://127.0.0.1:8080/v1/check");
    String python = block(readme, "python", "def check(");
    try (ParleyServer server = ParleyServer.start(ServerConfig.builder().port(0).build())) {
      String base = "http://127.0.0.1:" + server.port();
      if (installed("curl")) {
        String out = run(dir, List.of("sh", "-c", curl.replace("http://127.0.0.1:8080", base)));
        assertThat(out).contains("\"id\":\"m-1\"").contains("content.phone");
      }
      if (installed("python3")) {
        Path script = dir.resolve("check.py");
        Files.writeString(script, python.replace("http://127.0.0.1:8080", base), StandardCharsets.UTF_8);
        assertThat(run(dir, List.of("python3", script.toString()))).startsWith("m-1 ");
      }
      assumeTrue(installed("curl") || installed("python3"), "neither curl nor python3 is installed");
    }
  }
}

package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.server.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void defaultsToLoopback8080() {
    ServerConfig c = ServeCommand.config(List.of(), Map.of());
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(8080);
  }

  @Test
  void optionsOverrideTheEnvironment() {
    ServerConfig env = ServeCommand.config(List.of(), Map.of("PARLEY_HOST", "0.0.0.0", "PARLEY_PORT", "9000"));
    assertThat(env.host()).isEqualTo("0.0.0.0");
    assertThat(env.port()).isEqualTo(9000);
    ServerConfig both = ServeCommand.config(List.of("--port", "9100", "--host=::1", "--max-body-bytes", "2048", "--max-batch=10",
        "--read-timeout", "PT2S", "--compute-timeout", "PT5S"), Map.of("PARLEY_HOST", "0.0.0.0", "PARLEY_PORT", "9000"));
    assertThat(both.host()).isEqualTo("::1");
    assertThat(both.port()).isEqualTo(9100);
    assertThat(both.maxBodyBytes()).isEqualTo(2048);
    assertThat(both.maxBatch()).isEqualTo(10);
    assertThat(both.readTimeout()).hasSeconds(2);
    assertThat(both.computeTimeout()).hasSeconds(5);
  }

  @Test
  void badOptionsNameTheOptionAndExitTwo() {
    assertThatThrownBy(() -> ServeCommand.config(List.of("--port", "http"), Map.of())).hasMessageContaining("--port").hasMessageContaining("http");
    assertThatThrownBy(() -> ServeCommand.config(List.of("--port"), Map.of())).hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> ServeCommand.config(List.of("--colour", "red"), Map.of())).hasMessageContaining("unknown option --colour");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Parley.run(List.of("serve", "--port", "99999"), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("port must be from 0 to 65535, got 99999");
  }

  @Test
  void helpListsTheEndpoints() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Parley.run(List.of("serve", "--help"), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("POST /v1/check", "PARLEY_PORT");
  }
}

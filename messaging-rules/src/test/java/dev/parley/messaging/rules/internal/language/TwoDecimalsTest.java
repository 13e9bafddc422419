package dev.parley.messaging.rules.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The language finding's confidence is written as {@code String.format("%.2f")} would write it. */
class TwoDecimalsTest {
  private static void same(double v) {
    assertThat(LanguageRule.twoDecimals(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
  }

  @Test
  void writesWhatTheFormatterWrites() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      same(random.nextDouble());
    }
    for (int k = 0; k <= 2000; k++) {
      double v = k / 2000.0; // every half hundredth, and its neighbours
      same(v);
      same(Math.nextUp(v));
      same(Math.nextDown(v));
    }
    same(0.0);
    same(1.0);
    same(0.615);
    same(0.125);
  }
}

package dev.parley.examples.cli;

/**
 * A progress line on standard error for long batches, only when standard error is a terminal:
 * after {@link #FIRST} items, rewritten in place every {@link #EVERY} items, erased at the end.
 */
final class Progress {
  static final int FIRST = 500;
  static final int EVERY = 250;

  private final Console console;
  private final String noun;
  private int count;
  private boolean shown;

  Progress(Console console, String noun) {
    this.console = console;
    this.noun = noun;
  }

  void step() {
    count++;
    if (console.errIsTerminal && count >= FIRST && count % EVERY == 0) {
      console.err.print("\r" + count + " " + noun + " checked…");
      console.err.flush();
      shown = true;
    }
  }

  void done() {
    if (shown) {
      console.err.print("\r\u001b[K");
      console.err.flush();
      shown = false;
    }
  }
}

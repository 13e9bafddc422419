package dev.parley.examples.cli;

/** Writes checked messages or templates in one output format, as they come, then a closing part. */
interface Reporter {
  void report(Checked item);

  void finish();

  static Reporter of(OutputFormat format, Console console, String noun) {
    switch (format) {
      case TEXT:
        return new TextReport(console.out, console.colour, noun);
      case SARIF:
        return new SarifReport(console.out);
      default:
        return new JsonReport(console.out);
    }
  }
}

package dev.parley.examples.cli;

import dev.parley.messaging.rules.RuleCatalog;
import dev.parley.messaging.rules.RuleDescriptor;
import java.io.PrintStream;
import java.util.List;

/** {@code parley rules}: prints the rule catalog. */
final class RulesCommand {
  static final String USAGE = String.join("\n",
      "usage: parley rules [-h|--help]",
      "  prints every rule: id, default severity, summary (docs/RULES.md has the sources)",
      "exit 0",
      "");

  private RulesCommand() {}

  static int run(PrintStream out) {
    return run(List.of(), out, out);
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help")) {
        out.print(USAGE);
        return 0;
      }
      err.println("parley rules: unknown argument " + a);
      err.print(USAGE);
      return 2;
    }
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      out.printf("%-28s %-5s %s%n", r.id(), r.defaultSeverity(), r.summary());
    }
    return 0;
  }
}

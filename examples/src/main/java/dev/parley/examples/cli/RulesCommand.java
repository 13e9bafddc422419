package dev.parley.examples.cli;

import dev.parley.messaging.rules.RuleDescriptor;
import dev.parley.messaging.rules.RuleCatalog;
import java.io.PrintStream;

/** {@code parley rules}: prints the rule catalog. */
final class RulesCommand {
  private RulesCommand() {}

  static int run(PrintStream out) {
    for (RuleDescriptor r : RuleCatalog.standard().all()) {
      out.printf("%-28s %-5s %s%n", r.id(), r.defaultSeverity(), r.summary());
    }
    return 0;
  }
}

package dev.parley.examples.cli;

import dev.parley.messaging.json.JsonInputException;
import dev.parley.messaging.json.LintLocator;
import dev.parley.messaging.json.ParleyJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.SendPolicy;
import dev.parley.messaging.templates.TemplateCheck;
import dev.parley.messaging.templates.TemplateReport;
import dev.parley.messaging.templates.TemplateSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code parley lint [options] PATH...}: checks template files and folders (recursively) with
 * {@link TemplateCheck} and reports each finding at its file, line and column (columns count
 * Unicode code points). Exit codes as {@code check}: 0 nothing blocked, 1 a template is blocked,
 * 2 a file could not be read or the command line is wrong.
 */
final class LintCommand {
  static final String USAGE = String.join("\n",
      "usage: parley lint [--format text|json|sarif] [--settings FILE] [--marketplace CODE] [--no-values] [--jobs N] PATH...",
      "  PATH              template files or folders (searched recursively for .txt, .md, .html,",
      "                    .htm, .json, .yaml and .yml; hidden folders are skipped)",
      "  --format FORMAT   text (the default on a terminal), json (JSON Lines, one object per",
      "                    template; the default otherwise) or sarif (SARIF 2.1.0)",
      "  --settings FILE   the policy as for check --settings (overrides and disabled rules apply",
      "                    to template.* rules too; house rules run on templates)",
      "  --marketplace M   marketplace of templates that name none (default US)",
      "  --no-values       do not try adversarial placeholder values (template.unsafe-value)",
      "  --jobs N          files checked in parallel (default: the number of processors);",
      "                    the output order never depends on it",
      "  -h, --help        this text",
      "Templates: text after optional YAML front matter (subject, type, marketplace, locale,",
      "format, replyToBuyer, id), or JSON/YAML with body and the same fields; one template, a list,",
      "or templates: (a list or a map from id to template). Placeholders: {{name}} [[name]]",
      "%NAME% ${name} <<name>>. Columns count Unicode code points.",
      "exit 0: nothing blocked, 1: a template is blocked, 2: a file could not be read",
      "");

  private static final ParleyJson JSON = ParleyJson.standard();
  /** Files per batch: enough to keep every thread busy, few enough to keep memory flat. */
  private static final int BATCH = 64;

  private LintCommand() {}

  static int run(List<String> args, Console console) {
    List<String> paths = new ArrayList<>();
    OutputFormat format = null;
    Marketplace marketplace = Marketplace.US;
    boolean values = true;
    int jobs = Runtime.getRuntime().availableProcessors();
    SendPolicy policy = SendPolicy.defaults();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      try {
        if (a.equals("-h") || a.equals("--help")) {
          console.out.print(USAGE);
          return 0;
        } else if (a.equals("--format") || a.startsWith("--format=")) {
          format = OutputFormat.parse(value(args, i, "--format"));
          i += a.contains("=") ? 0 : 1;
        } else if (a.equals("--marketplace") || a.startsWith("--marketplace=")) {
          marketplace = Marketplace.of(value(args, i, "--marketplace"));
          i += a.contains("=") ? 0 : 1;
        } else if (a.equals("--jobs") || a.startsWith("--jobs=")) {
          String v = value(args, i, "--jobs");
          i += a.contains("=") ? 0 : 1;
          try {
            jobs = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            jobs = 0;
          }
          if (jobs < 1 || jobs > 256) {
            throw new IllegalArgumentException("--jobs must be a number from 1 to 256, got \"" + v + "\"");
          }
        } else if (a.equals("--settings") || a.startsWith("--settings=")) {
          String file = value(args, i, "--settings");
          i += a.contains("=") ? 0 : 1;
          try {
            policy = SettingsFile.read(Path.of(file));
          } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such settings file: " + file);
          } catch (IOException e) {
            throw new IllegalArgumentException("cannot read settings file " + file + ": " + e.getMessage());
          } catch (JsonInputException e) {
            throw new IllegalArgumentException(e.getMessage());
          }
        } else if (a.equals("--no-values")) {
          values = false;
        } else if (a.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + a);
        } else {
          paths.add(a);
        }
      } catch (IllegalArgumentException e) {
        console.err.println("parley lint: " + e.getMessage());
        console.err.print(USAGE);
        return 2;
      }
    }
    if (paths.isEmpty()) {
      console.err.println("parley lint: no PATH given");
      console.err.print(USAGE);
      return 2;
    }
    if (format == null) {
      format = console.outIsTerminal ? OutputFormat.TEXT : OutputFormat.JSON;
    }
    Marketplace market = marketplace;
    TemplateCheck check = TemplateCheck.of(TemplateSettings.defaults().withTryValues(values).withPolicy(policy));
    Reporter reporter = Reporter.of(format, console, "template");
    Progress progress = new Progress(console, "templates");
    boolean blocked = false;
    boolean broken = false;
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "parley-lint");
      t.setDaemon(true);
      return t;
    });
    for (String p : paths) {
      List<Path> files;
      try {
        files = files(Path.of(p));
      } catch (NoSuchFileException e) {
        reporter.report(Checked.error(p, "", 1, 1, "no such file or folder", errorJson(p, "", 1, 1, "no such file or folder")));
        broken = true;
        continue;
      } catch (IOException | UncheckedIOException e) {
        reporter.report(Checked.error(p, "", 1, 1, "cannot read: " + e.getMessage(), errorJson(p, "", 1, 1, "cannot read: " + e.getMessage())));
        broken = true;
        continue;
      }
      // Files are read and checked in parallel, a batch at a time, and reported in order.
      for (int from = 0; from < files.size(); from += BATCH) {
        List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
        List<Future<List<Checked>>> results = new ArrayList<>(batch.size());
        for (Path f : batch) {
          results.add(pool.submit(() -> lintFile(f, market, check)));
        }
        for (Future<List<Checked>> r : results) {
          List<Checked> items;
          try {
            items = r.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            console.err.println("parley lint: interrupted");
            return 2;
          } catch (ExecutionException e) {
            pool.shutdownNow();
            throw new IllegalStateException("parley lint: a check failed: " + e.getCause(), e.getCause());
          }
          for (Checked item : items) {
            broken |= item.error != null;
            blocked |= item.verdict.equals("BLOCK");
            reporter.report(item);
            if (item.error == null) {
              progress.step();
            }
          }
        }
      }
    }
    pool.shutdown();
    progress.done();
    reporter.finish();
    return broken ? 2 : blocked ? 1 : 0;
  }

  private static String value(List<String> args, int i, String option) {
    String a = args.get(i);
    if (a.startsWith(option + "=")) {
      return a.substring(option.length() + 1);
    }
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i + 1);
  }

  /** The template files under a path, in a stable order; a named file is read whatever its extension. */
  static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString());
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(TemplateFiles::isTemplateFile)
          .filter(f -> !hidden(root.relativize(f)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file and checks its templates; never throws for bad input. */
  static List<Checked> lintFile(Path f, Marketplace marketplace, TemplateCheck check) {
    String shown = f.toString().replace('\\', '/');
    List<TemplateFiles.Entry> entries;
    try {
      entries = TemplateFiles.read(f, marketplace);
    } catch (TemplateFiles.Malformed e) {
      return List.of(Checked.error(shown, e.id, e.line, e.column, e.getMessage(), errorJson(shown, e.id, e.line, e.column, e.getMessage())));
    } catch (IOException e) {
      return List.of(Checked.error(shown, "", 1, 1, "cannot read: " + e.getMessage(), errorJson(shown, "", 1, 1, "cannot read: " + e.getMessage())));
    }
    List<Checked> out = new ArrayList<>(entries.size());
    for (TemplateFiles.Entry entry : entries) {
      if (entry.error != null) {
        TemplateFiles.Malformed e = entry.error;
        out.add(Checked.error(shown, e.id, e.line, e.column, e.getMessage(), errorJson(shown, e.id, e.line, e.column, e.getMessage())));
      } else {
        out.add(checked(shown, entry, check.check(entry.template, entry.context)));
      }
    }
    return out;
  }

  static Checked checked(String file, TemplateFiles.Entry entry, TemplateReport report) {
    List<Checked.Spot> spots = new ArrayList<>();
    LintLocator at = (field, offset) -> {
      Located in = field.kind() == MessageField.Kind.SUBJECT ? entry.subject : entry.body;
      int[] p = in.lineColumn(offset);
      return new LintLocator.Position(p[0], p[1]);
    };
    for (Finding f : report.findings()) {
      Located in = f.field().kind() == MessageField.Kind.SUBJECT ? entry.subject : f.field().kind() == MessageField.Kind.BODY ? entry.body : null;
      int[] s = in == null ? new int[] {entry.line, 1} : in.lineColumn(f.start());
      int[] e = in == null ? s : in.lineColumn(f.end());
      spots.add(new Checked.Spot(f, s[0], s[1], e[0], e[1], in == null ? "" : in.fieldText));
    }
    return Checked.ok(file, entry.id, entry.line, spots, JSON.writeLintResult(file, entry.id, entry.line, report, at));
  }

  private static ObjectNode errorJson(String file, String id, int line, int column, String message) {
    return JSON.writeLintError(file, id, line, column, message);
  }
}

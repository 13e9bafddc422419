package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.rules.internal.files.CfbDirectory;
import dev.parley.messaging.rules.internal.files.Extraction;
import dev.parley.messaging.rules.internal.files.InspectionBudget;
import dev.parley.messaging.rules.internal.files.OfficeText;
import dev.parley.messaging.rules.internal.files.PdfScanner;
import dev.parley.messaging.rules.internal.files.ZipDirectory;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A fuzzing target per bounded parser: the text normaliser, the HTML tokenizer and checks, the PDF
 * scanner, the OOXML reader, and the zip and compound-file directories. Each feeds mutants of real
 * fixtures and generated hostile documents (bit flips, byte runs, truncation, splices, repeated
 * slices) and checks that nothing throws, the budget ends the work, and a second run gives the
 * same result. CI runs {@link #ITERATIONS} inputs per target; CONTRIBUTING.md shows a longer run
 * ({@code -Dparley.fuzz.iterations=200000 -Dparley.fuzz.seed=N}).
 */
class ParserFuzzProperties {
  static final int ITERATIONS = Integer.getInteger("parley.fuzz.iterations", 2_000);
  static final long SEED = Long.getLong("parley.fuzz.seed", 20261204L);

  private static InspectionBudget budget() {
    return new InspectionBudget(1 << 20, 200, 64, 2_000, 4_000_000);
  }

  /** Seeds: real fixtures and generated hostile documents of the format. */
  private static List<byte[]> seeds(String format, Random rnd) {
    List<byte[]> out = new ArrayList<>();
    for (String n : List.of("fixture.pdf", "fixture-minimal.pdf", "fixture.docx", "fixture2.docx", "fixture.docm", "fixture.doc.cfb", "fixture.msi.cfb", "fixture.zip")) {
      if (n.contains(format)) {
        out.add(FileTypeConformanceTest.read(n));
      }
    }
    for (int i = 0; i < 20; i++) {
      switch (format) {
        case "pdf":
          out.add(HostilePdf.generate(rnd).bytes);
          break;
        case "docx":
        case "zip":
          out.add(HostileDocx.generate(rnd).bytes);
          break;
        default:
          break;
      }
    }
    return out;
  }

  /** A mutant of one seed, or a splice of two. */
  static byte[] mutate(List<byte[]> seeds, Random rnd) {
    byte[] b = seeds.get(rnd.nextInt(seeds.size())).clone();
    int ops = 1 + rnd.nextInt(4);
    for (int k = 0; k < ops && b.length > 0; k++) {
      int at = rnd.nextInt(b.length);
      switch (rnd.nextInt(6)) {
        case 0:
          b[at] ^= (byte) (1 << rnd.nextInt(8));
          break;
        case 1:
          Arrays.fill(b, at, Math.min(b.length, at + 1 + rnd.nextInt(64)), (byte) "\0\377(<[/%#\\".charAt(rnd.nextInt(9)));
          break;
        case 2:
          b = Arrays.copyOf(b, at);
          break;
        case 3: {
          byte[] other = seeds.get(rnd.nextInt(seeds.size()));
          int from = rnd.nextInt(Math.max(1, other.length));
          int len = Math.min(other.length - from, 1 + rnd.nextInt(512));
          byte[] n = new byte[b.length + Math.max(0, len)];
          System.arraycopy(b, 0, n, 0, at);
          System.arraycopy(other, from, n, at, Math.max(0, len));
          System.arraycopy(b, at, n, at + Math.max(0, len), b.length - at);
          b = n;
          break;
        }
        case 4: {
          int len = Math.min(b.length - at, 1 + rnd.nextInt(32));
          byte[] slice = Arrays.copyOfRange(b, at, at + len);
          int times = 1 + rnd.nextInt(50);
          byte[] n = new byte[b.length + slice.length * times];
          System.arraycopy(b, 0, n, 0, at);
          for (int t = 0; t < times; t++) {
            System.arraycopy(slice, 0, n, at + t * slice.length, slice.length);
          }
          System.arraycopy(b, at, n, at + slice.length * times, b.length - at);
          b = n;
          break;
        }
        default:
          b[at] = (byte) rnd.nextInt(256);
          break;
      }
    }
    return b;
  }

  private static void fuzz(String format, Consumer<byte[]> target) {
    Random rnd = new Random(SEED ^ format.hashCode());
    List<byte[]> seeds = seeds(format, rnd);
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] input = mutate(seeds, rnd);
      try {
        target.accept(input);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(format + " fuzz input #" + i + " (seed " + SEED + ") failed: " + e, e);
      }
    }
  }

  private static String describe(Extraction x) {
    return x.text() + "|" + x.links() + "|" + x.activeContent() + "|" + x.incompleteReason();
  }

  @Test
  void pdfScanner() {
    fuzz("pdf", b -> {
      Extraction a = new Extraction(1 << 20);
      PdfScanner.scan(b, budget(), a);
      Extraction c = new Extraction(1 << 20);
      PdfScanner.scan(b, budget(), c);
      assertThat(describe(c)).isEqualTo(describe(a));
    });
  }

  @Test
  void ooxmlReaderAndZipDirectory() {
    fuzz("docx", b -> {
      InspectionBudget budget = budget();
      ZipDirectory zip = ZipDirectory.read(b, budget);
      Extraction a = new Extraction(1 << 20);
      OfficeText.extractDocx(zip, budget, a);
      InspectionBudget again = budget();
      Extraction c = new Extraction(1 << 20);
      OfficeText.extractDocx(ZipDirectory.read(b, again), again, c);
      assertThat(describe(c)).isEqualTo(describe(a));
    });
  }

  @Test
  void compoundFileDirectory() {
    fuzz("cfb", b -> {
      CfbDirectory d = CfbDirectory.read(b, budget());
      assertThat(CfbDirectory.read(b, budget()).names()).isEqualTo(d.names());
    });
  }

  @Test
  void htmlTokenizerAndChecks() {
    Random rnd = new Random(SEED);
    List<byte[]> seeds = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      seeds.add(HostileHtml.generate(rnd).html.getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < ITERATIONS; i++) {
      String html = new String(mutate(seeds, rnd), StandardCharsets.UTF_8);
      try {
        ReportInvariants.checkAndVerify(ContentPolicy.standard(), HtmlBodyTest.html(html), Differential.CTX);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("html fuzz input #" + i + " (seed " + SEED + ") failed on " + html + ": " + e, e);
      }
    }
  }

  @Test
  void textNormaliser() {
    Random rnd = new Random(SEED);
    String alphabet = "aZ09 .@:/\\%2e\u202e\u202c\u200b\u00ad\uff0e\u0430\ud800\udc00\u0301\n\t-_()[]{}<>www.shop.com tel +49 ";
    for (int i = 0; i < ITERATIONS * 5; i++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(80);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      NormalizedText n = NormalizedText.of(t);
      int prev = 0;
      for (int k = 0; k < n.length(); k++) {
        int s = n.originalStart(k);
        assertThat(s).as("start %d of %s", k, t).isBetween(prev, t.length());
        assertThat(n.originalEnd(k + 1)).as("end %d of %s", k, t).isBetween(s, t.length());
        prev = s;
      }
      assertThat(NormalizedText.of(n.text()).text()).as("idempotent on %s", t).isEqualTo(n.text());
    }
  }
}

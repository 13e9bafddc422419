package dev.parley.benchmarks;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.templates.Template;
import dev.parley.messaging.templates.TemplateCheck;
import dev.parley.messaging.templates.TemplateReport;
import dev.parley.messaging.templates.TemplateSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the template check per template: with adversarial placeholder values (the
 * default: one send check per value tried), without them (one send check plus the placeholder
 * scan and span mapping), and, as the peer baseline in the same run, the send check alone on the
 * template filled by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TemplateCheckBenchmark {
  private static final String[][] TEMPLATES = {
    {"Your order {{order_id}}", "Hello {{buyer_name}},\n\nyour {{product_name}} from order {{order_id}} will leave our warehouse two days later than planned. The new delivery date is {{delivery_date}}.\n\nKind regards,\n{{seller_name}}", "US", "en-US"},
    {"Ihre Bestellung [[order-id]]", "Hallo [[buyer-name]],\n\nfür die Gravur Ihres Artikels aus Bestellung [[order-id]] brauchen wir noch den gewünschten Text (höchstens 20 Zeichen).\n\nViele Grüße\nHolzwerk", "DE", "de-DE"},
    {"Commande %ORDER_ID%", "Bonjour %BUYER_NAME%,\n\nvotre %PRODUCT_NAME% devrait être arrivé. Si vous avez un moment, un avis honnête sur Amazon nous aiderait : %REVIEW_LINK%\n\nCordialement", "FR", "fr-FR"},
    {"ご注文 ${orderId}", "${buyerName} 様\n\nご注文 ${orderId} の商品は大型のため、前日に ${carrierName} からお電話でお届け時間帯のご相談をいたします。", "JP", "ja-JP"},
  };

  private final TemplateCheck withValues = TemplateCheck.standard();
  private final TemplateCheck withoutValues = TemplateCheck.of(TemplateSettings.defaults().withTryValues(false));
  private final SendCheck send = SendCheck.standard();
  private final List<Template> templates = new ArrayList<>();
  private final List<CheckContext> contexts = new ArrayList<>();
  private final List<SendRequest> filled = new ArrayList<>();

  /** Builds the templates once. */
  @Setup
  public void setUp() {
    for (int i = 0; i < TEMPLATES.length; i++) {
      String[] t = TEMPLATES[i];
      Template template = Template.builder().id("t" + i).subject(t[0]).body(t[1]).build();
      CheckContext context = CheckContext.builder().marketplace(Marketplace.of(t[2])).buyerLocale(Locale.forLanguageTag(t[3])).build();
      templates.add(template);
      contexts.add(context);
      TemplateReport r = withoutValues.check(template, context);
      filled.add(SendRequest.builder().message(r.filled()).context(context).at(TemplateCheck.SENT_AT).build());
    }
  }

  /** The default template check, adversarial values included. */
  @Benchmark
  @OperationsPerInvocation(4)
  public void templateCheck(Blackhole bh) {
    for (int i = 0; i < templates.size(); i++) {
      bh.consume(withValues.check(templates.get(i), contexts.get(i)));
    }
  }

  /** The template check without adversarial values. */
  @Benchmark
  @OperationsPerInvocation(4)
  public void templateCheckWithoutValues(Blackhole bh) {
    for (int i = 0; i < templates.size(); i++) {
      bh.consume(withoutValues.check(templates.get(i), contexts.get(i)));
    }
  }

  /** Peer baseline: the send check alone on the same templates filled with stand-ins. */
  @Benchmark
  @OperationsPerInvocation(4)
  public void sendCheckOnFilled(Blackhole bh) {
    for (SendRequest r : filled) {
      bh.consume(send.check(r));
    }
  }
}

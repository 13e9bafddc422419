package dev.parley.benchmarks;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.content.ContentPolicy;
import dev.parley.messaging.rules.content.ContentSettings;
import dev.parley.messaging.rules.content.PolicyReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The content policy on typical seller messages in every language with wording lexicons, against
 * the same policy with only the wording rules disabled ({@link ContentSettings#disabledRules()}):
 * the difference of the two is what the wording rules cost.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WordingRulesBenchmark -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WordingRulesBenchmark {
  /** The wording rules (phrase lexicons, purpose, language, emoji). */
  static final List<String> WORDING_RULES = List.of(
      "content.promotion", "review.positive-only", "review.incentive", "review.change-request",
      "content.sensitive", "message.thank-you-only", "message.order-confirmation", "message.language",
      "message.order-id-missing", "style.emoji", "style.gif");

  /** One typical proactive message per language: a question, a review request, a thank-you line. */
  static final Map<String, String> MESSAGES = Map.ofEntries(
      Map.entry("en", "Hello Anna,\n\nThank you for your order 305-8273641-9182736. Before we engrave the cutting board, could you confirm the spelling 'The Millers - Est. 2019'? If you have a moment after it arrives, we'd appreciate an honest review.\n\nKind regards,\nOak & Iron"),
      Map.entry("de", "Hallo Frau Becker,\n\nvielen Dank für Ihre Bestellung 305-8273641-9182736. Bevor wir das Brett gravieren, bestätigen Sie bitte die Schreibweise „Familie Weber“. Über eine ehrliche Bewertung würden wir uns freuen.\n\nFreundliche Grüße\nHolzkiste"),
      Map.entry("fr", "Bonjour Madame Martin,\n\nMerci pour votre commande 305-8273641-9182736. Avant la gravure, pourriez-vous confirmer l'orthographe « Famille Durand » ? Un avis honnête nous aiderait beaucoup.\n\nCordialement,\nAtelier Lin"),
      Map.entry("it", "Buongiorno Giulia,\n\ngrazie per l'ordine 305-8273641-9182736. Prima dell'incisione, può confermarci la scritta « Famiglia Rossi »? Una recensione sincera ci sarebbe utile.\n\nCordiali saluti,\nBottega Rame"),
      Map.entry("es", "Hola Laura:\n\nGracias por su pedido 305-8273641-9182736. Antes del grabado, ¿puede confirmarnos el texto «Familia García»? Una opinión sincera nos ayudaría mucho.\n\nUn saludo,\nTaller Sur"),
      Map.entry("nl", "Beste mevrouw Bakker,\n\nBedankt voor uw bestelling 305-8273641-9182736. Wilt u de tekst voor de gravure bevestigen? Een eerlijke review helpt ons.\n\nMet vriendelijke groet,\nHoutwerf"),
      Map.entry("pl", "Dzień dobry,\n\nDziękujemy za zamówienie 305-8273641-9182736. Prosimy o potwierdzenie tekstu grawerunku. Będzie nam miło, jeśli podzielą się Państwo szczerą opinią.\n\nPozdrawiamy,\nDomowy Kącik"),
      Map.entry("sv", "Hej Anna,\n\nTack för din beställning 305-8273641-9182736. Kan du bekräfta texten för graveringen? Ett ärligt omdöme hjälper oss.\n\nMed vänliga hälsningar,\nNordhem"),
      Map.entry("pt", "Olá Ana,\n\nObrigado pelo pedido 305-8273641-9182736. Pode confirmar o texto da gravação? Uma avaliação sincera nos ajuda muito.\n\nAtenciosamente,\nAteliê Girassol"),
      Map.entry("tr", "Merhaba Ayşe Hanım,\n\n305-8273641-9182736 numaralı siparişiniz için teşekkürler. Gravür metnini onaylar mısınız? Dürüst bir değerlendirme bize yardımcı olur.\n\nSaygılarımızla,\nAnadolu Bakır"),
      Map.entry("ja", "佐藤様\n\nご注文（305-8273641-9182736）ありがとうございます。刻印の文字「佐藤家」をご確認いただけますでしょうか。率直なレビューをいただけますと幸いです。\n\n木の家工房"));

  static final Map<String, Marketplace> MARKETPLACE = Map.ofEntries(
      Map.entry("en", Marketplace.UK), Map.entry("de", Marketplace.DE), Map.entry("fr", Marketplace.FR),
      Map.entry("it", Marketplace.IT), Map.entry("es", Marketplace.ES), Map.entry("nl", Marketplace.NL),
      Map.entry("pl", Marketplace.PL), Map.entry("sv", Marketplace.SE), Map.entry("pt", Marketplace.BR),
      Map.entry("tr", Marketplace.TR), Map.entry("ja", Marketplace.JP));

  @Param({"en", "de", "fr", "it", "es", "nl", "pl", "sv", "pt", "tr", "ja"})
  public String language;

  private Message message;
  private CheckContext context;
  private ContentPolicy full;
  private ContentPolicy withoutWording;

  /** Builds both policies once, as an application would. */
  @Setup
  public void setUp() {
    message = Message.builder().id("m").author(Author.SELLER).sentAt(Instant.parse("2026-03-02T10:00:00Z")).body(MESSAGES.get(language)).build();
    context = CheckContext.of(MARKETPLACE.get(language));
    full = ContentPolicy.standard();
    withoutWording = ContentPolicy.of(ContentSettings.builder().addAllDisabledRules(WORDING_RULES).build());
  }

  /** The full content policy. */
  @Benchmark
  public PolicyReport fullPolicy() {
    return full.check(message, context);
  }

  /** The same policy with only the wording rules disabled: the baseline. */
  @Benchmark
  public PolicyReport withoutWordingRules() {
    return withoutWording.check(message, context);
  }
}

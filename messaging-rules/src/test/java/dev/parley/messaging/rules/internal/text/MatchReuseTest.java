package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Written for Parley. {@link PhraseMatcher#findByGroupReusing} must give exactly what {@link
 * PhraseMatcher#findByGroup} gives on the changed text, group by group and match by match, whatever
 * was masked and however good the hint of which tokens stand where: checked with the bundled
 * matcher on mixed-language text with masks of every length, at the start and the end, and with
 * hints that are wrong on purpose.
 */
class MatchReuseTest {
  private static final String[] SENTENCES = {
    "Thank you for your order! Please leave us a 5-star review on Amazon if you are happy.",
    "Call +49 30 1234567 or write to info@shop-example.com, we reply within 24 hours.",
    "Vielen Dank für Ihren Einkauf. Bitte bewerten Sie uns mit fünf Sternen, wir schenken Ihnen einen Gutschein.",
    "Merci pour votre commande, n'hésitez pas à laisser un avis positif. Nous ne proposons aucun bon d'achat.",
    "Gracias por su compra, si no está satisfecho contáctenos antes de dejar una valoración negativa.",
    "ご購入ありがとうございます。レビューの編集・削除はできません。",
    "Bedankt voor uw bestelling, we hebben uw adres en weten wie u bent.",
    "شكرا لطلبك، يرجى ترك تقييم إيجابي",
    "Visit www.shop-example.com/deal for 20% off your next order, unless you remove your review.",
  };

  @Test
  void takenOverMatchesEqualAFreshScan() {
    PhraseMatcher matcher = StandardLexicons.get().matcher();
    Random random = new Random(20261206);
    for (int round = 0; round < 60; round++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 1 + random.nextInt(round < 30 ? 8 : 60);
      for (int i = 0; i < sentences; i++) {
        sb.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
      }
      String text = sb.toString();
      char[] masked = text.toCharArray();
      int masks = random.nextInt(1 + text.length() / 40);
      for (int k = 0; k < masks; k++) {
        int s = random.nextInt(masked.length);
        int e = Math.min(masked.length, s + 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
        for (int i = s; i < e; i++) {
          if (!Character.isWhitespace(masked[i])) {
            masked[i] = '\u2588';
          }
        }
      }
      NormalizedText before = NormalizedText.of(text);
      NormalizedText after = NormalizedText.of(new String(masked));
      Tokens earlier = Tokens.of(before.text());
      Tokens tokens = Tokens.of(after.text());
      PhraseMatcher.Matches earlierMatches = matcher.findByGroup(earlier);
      String fresh = describe(matcher.findByGroup(tokens));
      assertThat(describe(matcher.findByGroupReusing(tokens, earlier, earlierMatches, aligned(before, earlier, after, tokens))))
          .as("round %d", round).isEqualTo(fresh);
      // A hint that points every token at a wrong place (one token off) must cost scans, not matches.
      int[] off = aligned(before, earlier, after, tokens);
      for (int t = 0; t < off.length; t++) {
        off[t] = off[t] < 0 ? -1 : off[t] + 1;
      }
      assertThat(describe(matcher.findByGroupReusing(tokens, earlier, earlierMatches, off))).as("round %d, shifted hint", round).isEqualTo(fresh);
      // The unchanged text reuses everything.
      int[] same = new int[earlier.size()];
      for (int t = 0; t < same.length; t++) {
        same[t] = t;
      }
      assertThat(describe(matcher.findByGroupReusing(earlier, earlier, earlierMatches, same))).isEqualTo(describe(earlierMatches));
    }
  }

  /** For each token of the changed text, the earlier token that starts at the same original offset, or -1. */
  static int[] aligned(NormalizedText before, Tokens earlier, NormalizedText after, Tokens tokens) {
    int[] out = new int[tokens.size()];
    int j = 0;
    for (int t = 0; t < tokens.size(); t++) {
      int s = after.originalStart(tokens.start(t));
      while (j < earlier.size() && before.originalStart(earlier.start(j)) < s) {
        j++;
      }
      out[t] = j < earlier.size() && before.originalStart(earlier.start(j)) == s ? j : -1;
    }
    return out;
  }

  private static String describe(PhraseMatcher.Matches matches) {
    List<String> out = new ArrayList<>();
    List<String> groups = new ArrayList<>(StandardLexicons.WORDING);
    groups.addAll(List.of(StandardLexicons.OPT_OUT, StandardLexicons.IMPORTANT_MISUSE, StandardLexicons.CLASSIFIER, StandardLexicons.CONCEPTS));
    for (String name : groups) {
      int g = StandardLexicons.get().group(name);
      PhraseMatcher.MatchArray a = matches.array(g);
      StringBuilder sb = new StringBuilder().append(g).append(':');
      for (int i = 0; i < a.size(); i++) {
        sb.append(' ').append(a.pattern(i)).append('@').append(a.firstToken(i)).append('-').append(a.lastToken(i))
            .append('[').append(a.start(i)).append(',').append(a.end(i)).append(')');
      }
      out.add(sb.toString());
    }
    return String.join("\n", out);
  }
}

package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Examples of the contact rules: disguises that must be caught, and traps that must not be flagged. */
class ContactRulesTest {
  private static Set<String> rules(String text, Marketplace m) {
    return ContactChecks.ruleIds(ContactChecks.check(text, m));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Please see https://www.plugmate.com/setup first.            | content.link  | US
      The guide is at www.shop.de/anleitung                         | content.link  | DE
      Check mystore dot com for the parts list                      | content.link  | US
      Type www . oakandpine . co . uk / video into your browser     | content.link  | UK
      See shop(.)com/parts                                          | content.link  | US
      Reset steps: hxxps://kettlecare-pro.com/reset                 | content.link  | US
      Go to w w w . s h o p . c o m                                 | content.link  | US
      Open h t t p s : / / s h o p . d e now                        | content.link  | DE
      Mehr unter meinshop punkt de                                  | content.link  | DE
      Plus d'infos sur boutique point fr                            | content.link  | FR
      La guía está en tienda punto es barra tallas                  | content.link  | ES
      Zobacz sklep kropka pl                                        | content.link  | PL
      Confira em lojaexemplo ponto com ponto br                     | content.link  | BR
      Veja lojaexemplo ponto com                                    | content.link  | BR
      Il sito è negozio punto it                                    | content.link  | IT
      See shop{dot}com                                              | content.link  | US
      See shop[.]co[.]uk                                            | content.link  | UK
      Visit ｓｈｏｐ．ｃｏｍ today                                    | content.link  | US
      Visit sh\u200Bop.com today                                    | content.link  | US
      Visit ѕһор.com today                                          | content.link  | US
      Short link: bit.ly/3abcd                                      | content.link  | US
      Short link: t.co/xyz                                          | content.link  | US
      Download from http://192.168.10.20/manual                     | content.link  | US
      Download from 91.198.12.44 please                             | content.link  | DE
      Router at [2001:db8::1] is ours                               | content.link  | US
      Our store brand-shop.it has it                                | content.link  | US
      Visit amazon.evil.com for details                             | content.link  | US
      Write to info@shop.de                                         | content.email | DE
      Write to info [at] shop [dot] de                              | content.email | DE
      Write to info (at) shop (dot) de                              | content.email | DE
      Write to info{at}shop{dot}de                                  | content.email | DE
      Écrivez à contact arobase boutique point fr                   | content.email | FR
      Scrivete a info chiocciola negozio punto it                   | content.email | IT
      Schreiben Sie an info Klammeraffe laden punkt de              | content.email | DE
      Napisz na biuro małpa sklep kropka pl                         | content.email | PL
      Skriv till info [snabel-a] butik punkt se                     | content.email | SE
      Skriv till info (snabel-a) butik.se                           | content.email | SE
      Besök butik · nr för fler modeller                            | content.link  | SE
      Mail john.smith at gmail dot com                              | content.email | US
      Mail me: service at shop d0t com                              | content.email | US
      Mail jane at sign example dot com                             | content.email | US
      Call +49 30 12345678 please                                   | content.phone | DE
      Ruf an: 0176 12345678                                         | content.phone | DE
      Ruf an: 0176-1234-5678                                        | content.phone | DE
      Appelez le 06 12 34 56 78                                     | content.phone | FR
      Call (212) 555-0123 today                                     | content.phone | US
      Call 212.555.0123 today                                       | content.phone | US
      Text me on 07700 900123                                       | content.phone | UK
      Ruf an: O176 1234 5678                                        | content.phone | DE
      Ruf an: ０１７６ １２３４５６７８                                  | content.phone | DE
      Ring 0 1 7 6 1 2 3 4 5 6 7 8                                  | content.phone | DE
      Call zero one seven six one two three four five six seven eight | content.phone | DE
      Llámenos al seis uno dos tres cuatro cinco seis siete ocho     | content.phone | ES
      Chiamaci al 02 1234 5678                                      | content.phone | IT
      Area code 212, then 555 0199                                  | content.phone | US
      Bizi 0212 123 45 67 numarasından arayın                       | content.phone | TR
      Zadzwoń pod numer 512 345 678                                 | content.phone | PL
      電話 03-1234-5678 までご連絡ください                               | content.phone | JP
      Please send the photos and your order number to claims at blendpro-uk dot co dot uk | content.email | UK
      Reklamationen bitte an reklamation at shop-beispiel punkt de senden | content.email | DE
      Register your warranty at brandname dot com within 30 days     | content.link | US
      Ring oss gärna på kontoret på 08-642 19 35                     | content.phone | SE
      Aras Kargo müşteri hizmetleri 0850 222 27 37 numarasından hizmet veriyor | content.phone | TR
      Unser Kundenservice: 030 1234567                               | content.phone | DE
      SAC 0800 123 4567                                              | content.phone | BR
      フリーダイヤル 0120-123-456                                        | content.phone | JP
      الخط الساخن لخدمة الضمان هو 19847                                | content.phone | EG
      Unsere Hotline 11880 hilft gern                                | content.phone | DE
      اتصل بنا على صفر خمسة خمسة، واحد اثنان ثلاثة، أربعة خمسة ستة سبعة | content.phone | AE
      Proszę zadzwonić: pięćset sześć, dwieście trzydzieści, czterysta jedenaście | content.phone | PL
      Ligue para a central: zero onze, três dois dois oito, quatro cinco sete nove | content.phone | BR
      Ring oss på noll åtta sex fyra två ett nio tre fem             | content.phone | SE
      担当の田中までお電話ください。０９０－４７２８－１１６３                  | content.phone | JP
      お電話は０９０ー４７２８ー１１６３までお願いします                       | content.phone | JP
      ベッド（注文番号 503-8819204-6620173）の配送のため、03-1234-5678 までお電話ください | content.phone | JP
      To stop these emails click unsubscribe                         | content.opt-out-link | US
      Reply STOP to opt out                                         | content.opt-out-link | US
      Zum Abmelden vom Newsletter hier klicken                      | content.opt-out-link | DE
      Pour vous désabonner, répondez STOP                           | content.opt-out-link | FR
      """)
  void disguisesAreCaught(String text, String rule, String marketplace) {
    assertThat(rules(text.replace("\\u200B", "\u200B"), Marketplace.of(marketplace))).contains(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The manual.pdf is attached, see also setup.exe and photo.JPG   | US
      Unzip archive.zip and play video.mov                           | US
      Please use e.g. the blue cable, i.e. the short one             | US
      Bitte z.B. das blaue Kabel nehmen                              | DE
      Dear Mr.Smith, approx. 3.5 kg, Nr. 5                           | US
      Version v2.3.1 and firmware 1.2.3.4 are current                | US
      Thanks.See you soon                                             | US
      Done.It works now                                               | US
      Your order on Amazon.de and amazon.co.uk/returns               | DE
      Order 302-1234567-1234567 ships today                          | DE
      Tracking: 1Z999AA10123456784                                    | US
      Tracking TBA123456789012 with Amazon                            | US
      USPS 9400 1000 0000 0000 0000 00                                | US
      DHL Sendungsnummer JJD000390007829201234                        | DE
      DHL 00340434161234567890                                        | DE
      Royal Mail AB123456789GB                                        | UK
      Hermes 1234567890123456                                          | DE
      ASIN B08N5WRWNW, ISBN 978-3-16-148410-0                         | US
      SKU 12345678 and EAN 4006381333931                              | DE
      Price 1.299,00 EUR or $1,299.00                                 | US
      Delivered on 12.03.2025 at 14:30, or 2025-03-12                 | DE
      Size 30x20x10 cm, 1234567 mm                                    | US
      Postcode 10115 Berlin, qty 2500000                              | DE
      Rechnung 2024-0012345 anbei                                     | DE
      IBAN DE89 3704 0044 0532 0130 00                                | DE
      See you at 6.30 or fitness at 10.15                             | US
      We meet at the shop at 10.15 tomorrow                           | US
      Invoice no. 20240312                                            | US
      Le point de retrait est ouvert, votre point de vue compte       | FR
      Este punto es importante                                        | ES
      GmbH & Co.KG, Hauptstr. 5                                       | DE
      Kontonummer 1234567890                                          | DE
      Send 2 @ 19.99 each                                             | US
      Thanks.Best regards, Tom                                        | US
      The file invoice_2024.docx and readme.md are attached           | US
      Follow the steps in chapter 3.2.1 of the guide                  | US
      Serial 5551234567 printed on the box                            | US
      Amazon order #112-4839201-5563920 placed on 03/27/2024          | US
      Visit our storefront amazon.com/shops/mystore                   | US
      Die Lieferung kommt am 24.12. gegen 10.30 Uhr, Zimmer 12-345    | DE
      Ihre Paketnummer 01761234567                                    | DE
      Leave your feedback at amazon dot com please                    | US
      Schreib uns auf Instagram: @flowyoga.berlin                      | DE
      Our hotline handled 12345 calls last week                      | US
      Die Hotline hat 24000 Anrufe im Jahr                           | DE
      Hotline: 2024 was a good year                                  | US
      وصلت ثلاثة صناديق وخمسة أكياس وسبعة أغطية                       | AE
      一二三四五六七八の順番で組み立ててください                            | JP
      発送日は2025ー12ー05です                                          | JP
      Paczka waży dwa kilo, a kosztuje sto dwadzieścia złotych        | PL
      Recebemos duas caixas e um envelope, entregues em sete dias     | BR
      Sto bene, grazie, e il pacco arriva fra tre giorni              | IT
      Vi skickar tre paket, sex kartonger och nio påsar               | SE
      Strängbolaget AB · Org.nr 559218-4471 · Momsreg.nr SE559218447101 | SE
      """)
  void innocentTextIsNotFlagged(String text, String marketplace) {
    assertThat(rules(text, Marketplace.of(marketplace))).isEmpty();
  }

  @Test
  void oneOptOutInstructionIsOneFinding() {
    // "répondez STOP" is both a French and a generic reply phrase; "ne plus recevoir" two French ones
    List<int[]> spans = ContactChecks.spans(ContactChecks.check("Pour ne plus recevoir nos offres, répondez STOP.", Marketplace.FR),
        Set.of("content.opt-out-link"));
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0)[1]).isLessThanOrEqualTo(spans.get(1)[0]);
  }

  /**
   * Issue 11 (dev10): a buyer asks how to stop the seller's messages. The reply's subject repeats
   * the buyer's words, and a reply that points to Amazon's own setting offers no opt-out of the
   * seller's; sent unasked, or with a link of the seller's, it does.
   */
  @Test
  void aReplyPointingToAmazonsOwnSettingIsNoOptOutOfTheSellers() {
    CheckContext reply = CheckContext.builder().marketplace(Marketplace.FR).replyToBuyer(true).build();
    String amazon = "Si vous ne souhaitez plus recevoir de messages non sollicités des vendeurs, Amazon propose ce réglage dans votre compte.";
    assertThat(ContactChecks.check(ContentPolicy.standard(), amazon, reply).findings("content.opt-out-link")).isEmpty();
    assertThat(ContactChecks.check(amazon, Marketplace.FR).findings("content.opt-out-link")).isNotEmpty();
    String own = "Si vous ne souhaitez plus recevoir nos messages, désinscrivez-vous sur boutique-lumiere.fr/stop, comme sur Amazon.";
    assertThat(ContactChecks.check(ContentPolicy.standard(), own, reply).findings("content.opt-out-link")).isNotEmpty();
    dev.parley.messaging.core.Message quoted = dev.parley.messaging.core.Message.builder().id("q").author(dev.parley.messaging.core.Author.SELLER)
        .sentAt(java.time.Instant.EPOCH).subject("RE: Comment ne plus recevoir vos messages ?").body("Bien sûr, nous ne vous écrirons plus.").build();
    assertThat(ContentPolicy.standard().check(quoted, reply).findings("content.opt-out-link")).isEmpty();
    assertThat(ContentPolicy.standard().check(quoted, CheckContext.of(Marketplace.FR)).findings("content.opt-out-link")).isNotEmpty();
  }

  @Test
  void serviceNumbersAreWarningsNotBlocks() {
    PolicyReport r = ContactChecks.check("Please call the DHL hotline on 0228 4333112.", Marketplace.DE);
    assertThat(r.findings("content.phone")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
    PolicyReport own = ContactChecks.check("Please call us on 0228 4333112.", Marketplace.DE);
    assertThat(own.findings("content.phone")).singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
  }

  @Test
  void aCallVerbOrChatAppSixWordsBackLabelsTheNumber() {
    // s17: a call verb or a chat app beyond the four nearest words, and a bracketed hour after the number
    assertThat(ContactChecks.ruleIds(ContactChecks.check("WhatsApp our tech team on 07700 914 382 if it still won't pair.", Marketplace.UK))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Call us on 07700 914 382 (9am-5pm, Mon-Fri).", Marketplace.UK))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Please call our friendly support desk on 0151 496 0123.", Marketplace.UK))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Rufen Sie uns an: 030 12345678 (Mo-Fr 9-17 Uhr).", Marketplace.DE))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Appelez notre service client au 01 23 45 67 89 (9h-17h).", Marketplace.FR))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("担当直通：090-4418-7723", Marketplace.JP))).contains("content.phone");
    assertThat(ContactChecks.ruleIds(ContactChecks.check("専用ダイヤル 03-1234-5678", Marketplace.JP))).contains("content.phone");
    // a nearer not-phone label still decides; a bracket after an order id or a model number is no hour
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Please call us about your order 302-1234567-1234567 (3 items).", Marketplace.UK))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Call our team about model 4006381 (2pcs).", Marketplace.UK))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Call the courier to give him code 0812 3344 567 (pin).", Marketplace.UK))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Llame a Correos con el localizador 0123456789 (2 bultos).", Marketplace.ES))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("直通便で3日以内にお届けします。", Marketplace.JP))).isEmpty();
  }

  @Test
  void anInternationalPrefixIsACueEvenFarFromTheWordPhone() {
    // regression: a WhatsApp number six words after "WhatsApp", in a range not listed as assigned
    PolicyReport r = ContactChecks.check("It's easiest if you WhatsApp me the font you like on +44 7700 900123 and I'll mock it up.", Marketplace.UK);
    assertThat(ContactChecks.ruleIds(r)).containsExactly("content.phone");
  }

  @Test
  void trackingNumbersNamedInAnotherMarketplaceLanguageAreNotPhones() {
    // regression: Polish, Turkish and Japanese tracking numbers read as German phone numbers
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Paczka została nadana przez DPD, numer przesyłki 0123456789012.", Marketplace.DE))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Paketiniz Aras Kargo'ya teslim edildi, takip numarası 3456789012.", Marketplace.DE))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("問い合わせ番号は 123456789012 です。", Marketplace.DE))).isEmpty();
  }

  @Test
  void taxAndCompanyNumbersAreNotPhones() {
    // regression: an Italian VAT number (11 digits) read as a phone number
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Fattura intestata a Conti Impianti S.r.l., P.IVA 01234567890.", Marketplace.IT))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("N° TVA FR 40 123456789, SIREN 123 456 789.", Marketplace.FR))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("NIF B12345678, BTW NL123456789B01.", Marketplace.ES))).isEmpty();
    // company registry numbers: RCS, registo comercial, ticaret sicil, MERSİS
    assertThat(ContactChecks.ruleIds(ContactChecks.check("RCS Lyon 852 447 139 – SIRET 852 447 139 00018", Marketplace.FR))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Ticaret sicil no: 514 873 226", Marketplace.TR))).isEmpty();
    assertThat(ContactChecks.ruleIds(ContactChecks.check("Appelez-nous au 04 78 12 34 56.", Marketplace.FR))).contains("content.phone");
  }

  @Test
  void theBuyersAliasIsInformationNotALeak() {
    CheckContext ctx = CheckContext.builder().marketplace(Marketplace.DE).replyToBuyer(true).buyerAlias(BuyerAlias.parse("abc123xyz@marketplace.amazon.de")).build();
    PolicyReport r = ContactChecks.check(ContentPolicy.standard(), "Ihre Adresse abc123xyz@marketplace.amazon.de ist hinterlegt.", ctx);
    assertThat(r.findings("content.email")).isEmpty();
    assertThat(r.findings("content.buyer-alias")).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    PolicyReport other = ContactChecks.check("Reply to q9w8e7r6t5y4@marketplace.amazon.co.uk", Marketplace.UK);
    assertThat(other.findings("content.buyer-alias")).hasSize(1);
  }

  @Test
  void spansPointAtTheDisguisedTextInTheOriginal() {
    String text = "Please write to info [at] shop [dot] de today.";
    Finding f = ContactChecks.check(text, Marketplace.DE).findings("content.email").get(0);
    assertThat(text.substring(f.start(), f.end())).isEqualTo("info [at] shop [dot] de");
    String wide = "Visit ｓｈｏｐ．ｃｏｍ now";
    Finding g = ContactChecks.check(wide, Marketplace.US).findings("content.link").get(0);
    assertThat(wide.substring(g.start(), g.end())).isEqualTo("ｓｈｏｐ．ｃｏｍ");
    String url = "See (https://shop.com/a_(b)).";
    Finding u = ContactChecks.check(url, Marketplace.US).findings("content.link").get(0);
    assertThat(url.substring(u.start(), u.end())).isEqualTo("https://shop.com/a_(b)");
  }

  @Test
  void theAllowListIsConfigurable() {
    ContentPolicy strict = ContentPolicy.of(ContentSettings.builder().allowedLinkDomains(List.of()).build());
    assertThat(ContactChecks.check(strict, "see amazon.de/returns", CheckContext.of(Marketplace.DE)).findings("content.link")).hasSize(1);
    ContentPolicy shop = ContentPolicy.of(ContentSettings.builder().allowedLinkDomains(List.of("myshop.de")).build());
    assertThat(ContactChecks.check(shop, "see https://help.myshop.de/x", CheckContext.of(Marketplace.DE)).findings("content.link")).isEmpty();
    assertThat(ContactChecks.check(shop, "see https://notmyshop.de/x", CheckContext.of(Marketplace.DE)).findings("content.link")).hasSize(1);
  }

  @Test
  void aTenMegabyteMessageIsCheckedQuickly() {
    StringBuilder sb = new StringBuilder(10 * 1024 * 1024 + 100);
    String[] parts = {"a.", "a@a", "1.2.", "Hello world, order 302-1234567-1234567. ", "www . x . ", "0 1 7 6 ", "\uD800"};
    int k = 0;
    while (sb.length() < 10 * 1024 * 1024) {
      sb.append(parts[k++ % parts.length]);
    }
    // Speed is measured by JMH (LargeMessageBenchmark), never asserted here; this checks that a
    // 10 MB hostile mix is bounded: past maxTextChars it is reported, not scanned, and when the
    // bound is raised every rule lists at most maxFindingsPerRule findings plus one closing count.
    PolicyReport bounded = ContentPolicy.standard().checkText(sb.toString(), CheckContext.of(Marketplace.US));
    assertThat(bounded.findings()).extracting(Finding::ruleId).containsExactly("message.too-large");
    ContentPolicy raised = ContentPolicy.of(ContentSettings.builder().maxTextChars(11 * 1024 * 1024).build());
    long t0 = System.nanoTime();
    PolicyReport r = raised.checkText(sb.toString(), CheckContext.of(Marketplace.US));
    System.out.printf("10 MB hostile mix: %d ms, %d findings%n", (System.nanoTime() - t0) / 1_000_000, r.findings().size());
    java.util.Map<String, Long> perRule = r.findings().stream().collect(java.util.stream.Collectors.groupingBy(Finding::ruleId, java.util.stream.Collectors.counting()));
    assertThat(perRule.values()).allMatch(n -> n <= 51);
    assertThat(perRule).containsKey("content.link");
    for (String hostile : List.of("a.", "a@a", "1.", "9 ")) {
      String big = hostile.repeat(1024 * 1024 / hostile.length());
      long t1 = System.nanoTime();
      ContentPolicy.standard().checkText(big, CheckContext.of(Marketplace.DE));
      System.out.printf("1 MB of \"%s\": %d ms%n", hostile, (System.nanoTime() - t1) / 1_000_000);
    }
  }
}

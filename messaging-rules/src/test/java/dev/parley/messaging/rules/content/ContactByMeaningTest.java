package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phones by meaning (issue 11): a call or message label, or a chat app, with a plausible number is
 * a phone number in any country's format on any marketplace; a carrier's, freight agency's or
 * manufacturer's number is a service number (a warning); the traps stay unflagged.
 */
class ContactByMeaningTest {
  private static List<Finding> phones(String text, Marketplace m) {
    return ContactChecks.check(text, m).findings().stream().filter(f -> f.ruleId().equals("content.phone")).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      My phone number is 0176 12345678.                           | US
      Call me on 0049 171 2345678 after six.                      | US
      Text me: 0044 07700 900123                                  | US
      0176 12345678 is my mobile.                                 | US
      0176 12345678 ist meine Handynummer.                        | FR
      Ruf mich an unter +33 6 12 34 56 78.                        | DE
      Appelez-moi au 0176 12345678.                               | FR
      Mon numéro : 0176.12.34.56.78                               | CA
      Chiamami al 0176 1234 5678.                                 | IT
      Il mio numero è 06 12 34 56 78                              | IT
      Llámame al 0176 12345678.                                   | ES
      Mi número es 030-1234-5678                                  | MX
      Bel me op 06 12345678.                                      | UK
      Mijn nummer is 0176 12345678                                | NL
      Zadzwoń do mnie: 0176 12345678.                             | US
      Mój numer to 06 12 34 56 78                                 | PL
      Ring mig på 0176 123 456 78.                                | SE
      Mitt nummer är 06-12 34 56 78                               | SE
      Me chama no WhatsApp 11 91234-5678                          | US
      Meu número é 0176 12345678                                  | BR
      Bana WhatsApp'tan yazın: 0176 123 45 678                    | DE
      Numaram 0176 12345678                                       | TR
      LINE: 090-1234-5678                                         | US
      携帯は090-1234-5678です。                                      | US
      お電話は０９０－１２３４－５６７８までお願いします。                        | DE
      اتصل بي على ٠١٧٦١٢٣٤٥٦٧٨                                    | US
      رقمي ٠١٠ ١٢٣ ٤٥٦٧٨                                          | SA
      واتساب: ۰۵۰۱۲۳۴۵۶۷                                          | EG
      Telegram +7 912 345 67 89                                   | DE
      Viber: 0501234567                                           | FR
      Add me on Signal 0176 12345678                              | US
      Add me on LINE 090 1234 5678                                | UK
      Call me on \u200F0176\u200E 12345678                         | US
      We ship with DHL. Call me on 0176 12345678.                 | US
      """)
  void aLabelledNumberIsAPhoneInAnyCountrysFormat(String text, Marketplace m) {
    String t = ContactChecks.unescape(text);
    assertThat(phones(t, m)).as(t).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      0049 30 1234567                                             | US
      0044 7700 900123                                            | FR
      """)
  void anInternationalPrefixOfTwoZerosIsAnInternationalNumber(String text, Marketplace m) {
    assertThat(phones(text, m)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      DHL erreichen Sie unter 0228 4333112.                       | DE
      Please call UPS on 0800 123 4567.                           | UK
      Hermes ist unter 040 53755 0 erreichbar.                    | DE
      La agencia de transporte SEUR: 963 123 456                  | ES
      Il corriere BRT risponde al 011 397 5333.                   | IT
      Le transporteur Chronopost au 09 69 39 13 91.               | FR
      De vervoerder PostNL is bereikbaar op 088 225 5651.         | NL
      Przewoźnik InPost: 722 444 000                              | PL
      Transportören PostNord nås på 0771-33 33 10.                | SE
      A transportadora atende no 11 3003 0000.                    | BR
      Aras çağrı merkezi 0850 222 27 27                           | TR
      ヤマト運輸 0120-01-9625                                         | JP
      أرامكس على ٦٠٠٥٤٤٠٠٠                                         | AE
      شركة الشحن سمسا ٩٢٠٠٠٩٩٩٩                                    | SA
      The manufacturer's warranty hotline is 0800 7234 567.       | DE
      Samsung warranty service: 0800 7267864                      | DE
      0228 4333112 (DHL hotline)                                  | DE
      """)
  void aCarriersOrManufacturersNumberIsAServiceNumber(String text, Marketplace m) {
    assertThat(phones(text, m)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Please call me about order 123-1234567-1234567.             | US
      Call me about order 123-1234567-1234567 tomorrow.           | DE
      Your tracking number is 1Z999AA10123456784.                 | US
      DHL parcel number 00340434161234567890 is on its way.       | DE
      Text me the total, 1.234.567 EUR seems wrong.               | DE
      WhatsApp is not supported; delivery on 12.03.2025.          | DE
      Call us between 08:00-17:00 on weekdays.                    | US
      Call me about manual_2024_0176123456.pdf please.            | US
      Numaram değişti, sipariş 405-1234567-1234567.               | TR
      Ring size 52, order 303-1234567-1234567.                    | UK
      Model number 12345678 is sold out; call us if unsure.       | US
      注文番号は123-1234567-1234567です。                              | JP
      〒100-0001 東京都千代田区                                         | JP
      رقم الطلب ٤٠٥-١٢٣٤٥٦٧-١٢٣٤٥٦٧                                 | SA
      رقم التتبع ١٢٣٤٥٦٧٨٩٠                                          | AE
      Quantity 1234567 pieces, call me if that is wrong.          | US
      Tracking 1234567890, call me if it does not arrive.         | US
      """)
  void theTrapsStayUnflagged(String text, Marketplace m) {
    assertThat(phones(text, m)).as(text).isEmpty();
  }
}

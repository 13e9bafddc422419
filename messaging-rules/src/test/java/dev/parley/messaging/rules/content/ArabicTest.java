package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.internal.text.Languages;
import dev.parley.messaging.rules.internal.text.NormalizedText;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic end to end (the AE, SA and EG marketplaces): the language list, identification against
 * Persian and Urdu, folding with offsets, contact disguises in Arabic (and Japanese), bidi marks.
 */
class ArabicTest {
  private static final LanguageIdentifier ID = LanguageIdentifier.standard();

  @Test
  void arabicIsOneOfTheLanguages() {
    assertThat(Languages.ALL).contains("ar");
    assertThat(Languages.LATIN).doesNotContain("ar");
    assertThat(ID.languages()).contains("ar", "fa", "ur");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      مرحباً، شكراً لطلبك. سيتم شحن الطلب غداً وسيصلك خلال ثلاثة أيام عمل.     | ar
      أهلاً بك، هل يمكنك إرسال صورة للقطعة المكسورة حتى نرسل لك بديلاً؟        | ar
      ازيك يا أستاذ، الشحنة هتوصلك بكرة إن شاء الله.                          | ar
      سلام، از خرید شما متشکریم. بسته شما فردا ارسال می‌شود و تا سه روز کاری می‌رسد. | fa
      لطفاً یک عکس از قطعه شکسته برای ما بفرستید تا جایگزین آن را ارسال کنیم.     | fa
      السلام علیکم، آپ کے آرڈر کا شکریہ۔ آپ کا پارسل کل روانہ کیا جائے گا۔       | ur
      براہ کرم ٹوٹے ہوئے حصے کی تصویر بھیجیں تاکہ ہم متبادل بھیج سکیں۔           | ur
      """)
  void arabicIsToldApartFromPersianAndUrdu(String text, String expected) {
    assertThat(ID.identify(text).language()).as(text).isEqualTo(expected);
  }

  @Test
  void aPersianMessageOnTheSaudiMarketplaceIsNotInTheBuyersLanguage() {
    String persian = "سلام، از خرید شما متشکریم. بسته شما فردا ارسال می‌شود و تا سه روز کاری به دست شما می‌رسد. اگر سوالی دارید لطفاً به ما پیام دهید.";
    String arabic = "مرحباً، شكراً لطلبك. سيتم شحن الطلب غداً وسيصلك خلال ثلاثة أيام عمل. إذا كان لديك أي سؤال يرجى مراسلتنا من خلال أمازون.";
    CheckContext sa = CheckContext.builder().marketplace(Marketplace.SA).buyerLocale(Locale.forLanguageTag("ar-SA")).build();
    assertThat(ContactChecks.check(ContentPolicy.standard(), persian, sa).findings()).extracting(Finding::ruleId).contains("message.language");
    assertThat(ContactChecks.check(ContentPolicy.standard(), arabic, sa).findings()).extracting(Finding::ruleId).doesNotContain("message.language");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      مَرْحَبًا                | مرحبا
      مـــرحـبـا               | مرحبا
      أحمد                    | احمد
      إلى                     | الي
      آمنة                    | امنه
      ٱلكتاب                  | الكتاب
      مسؤول                   | مسوول
      رئيس                    | رييس
      ی ک                     | ي ك
      ﻻ                       | لا
      ٠١٢٣٤٥٦٧٨٩              | 0123456789
      ۰۱۲۳۴۵۶۷۸۹              | 0123456789
      ١٢٫٥٠٪                  | 12.50%
      """)
  void foldingUndoesArabicVariants(String original, String folded) {
    assertThat(NormalizedText.fold(original)).isEqualTo(folded);
    assertThat(NormalizedText.fold(folded)).isEqualTo(folded);
  }

  @Test
  void foldedArabicMapsBackToTheExactOriginalCharacters() {
    String original = "اتصل بِـــي على \u200F٠٥٠١٢٣٤٥٦٧\u200F شُكْرًا";
    NormalizedText t = NormalizedText.of(original);
    assertThat(t.text()).isEqualTo("اتصل بي علي 0501234567 شكرا");
    int s = t.text().indexOf("0501234567");
    int e = s + 10;
    assertThat(original.substring(t.originalStart(s), t.originalEnd(e))).isEqualTo("٠٥٠١٢٣٤٥٦٧");
    int w = t.text().indexOf("بي");
    assertThat(original.substring(t.originalStart(w), t.originalEnd(w + 2))).isEqualTo("بِـــي");
  }

  @Test
  void aTatweelAfterWhiteSpaceIsKeptSoTheSpaceMapsToWhiteSpaceOnly() {
    String original = "a \u200B \u0640 b";
    NormalizedText t = NormalizedText.of(original);
    assertThat(t.text()).isEqualTo("a \u0640 b");
    assertThat(original.substring(t.originalStart(1), t.originalEnd(2))).isEqualTo(" \u200B ");
    assertThat(NormalizedText.fold(t.text())).isEqualTo(t.text());
    assertThat(NormalizedText.fold("بـــي")).isEqualTo("بي");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      راسلني على ahmed آت gmail نقطة كوم                 | content.email | SA
      البريد: sara.shop آت outlook دوت كوم                | content.email | AE
      زوروا متجرنا mystore نقطة كوم للمزيد               | content.link  | EG
      الموقع bayt-aladawat دوت نت                         | content.link  | SA
      اتصل على ٠٥٠١٢٣٤٥٦٧                                 | content.phone | SA
      ٠١٠٠١٢٣٤٥٦٧                                         | content.phone | EG
      واتساب ۰۵۰۱۲۳۴۵۶۷                                   | content.phone | AE
      info アットマーク example ドットコム                     | content.email | JP
      infoアットマークexampleドットコム                         | content.email | JP
      詳しくは shopドットコム をご覧ください                        | content.link  | JP
      お問い合わせは ｉｎｆｏ＠ｓｈｏｐ．ｃｏ．ｊｐ まで                  | content.email | JP
      Visit shop\u200F.com today                         | content.link  | US
      Write to \u2067info@shop.de\u2069                  | content.email | DE
      """)
  void arabicAndJapaneseDisguisesAreUndone(String text, String rule, Marketplace m) {
    assertThat(ContactChecks.ruleIds(ContactChecks.check(text, m))).as(text).contains(rule);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      رقم الطلب ٤٠٥-١٢٣٤٥٦٧-١٢٣٤٥٦٧ وسيصلك يوم ١٢/٠٣/٢٠٢٦        | SA
      السعر ١٢٥٫٥٠ درهم والمقاس ٣٠×٢٠ سم                        | AE
      رقم التتبع ١٢٣٤٥٦٧٨٩٠ مع أرامكس                            | AE
      سيصل المندوب بين ٠٩:٠٠ و١٧:٠٠                              | EG
      نقطة البداية هي صفحة الطلب على أمازون                       | SA
      الكمية ٣ قطع، والموديل رقم ١٢٣٤٥٦٧٨                         | EG
      アットマークの付いたシールは不要です                                | JP
      """)
  void arabicTrapsStayClean(String text, Marketplace m) {
    assertThat(ContactChecks.ruleIds(ContactChecks.check(text, m))).as(text).isEqualTo(Set.of());
  }
}

package dev.parley.messaging.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One regression test per HTML bypass of issue 15: each showed a link (or ran a script) in a
 * browser while Parley gave PASS.
 */
class HtmlBypassTest {
  private static final String HOST = "shop.example-store.net";

  private static PolicyReport check(String html) {
    return HtmlBodyTest.check(html);
  }

  private static void assertLink(String html) {
    PolicyReport r = check(html);
    assertThat(Differential.reportsLink(r, HOST)).as("%s", r.findings()).isTrue();
  }

  private static void assertScript(String html) {
    PolicyReport r = check(html);
    assertThat(r.findings("content.script")).as("%s", r.findings()).isNotEmpty();
  }

  @Test
  void anAbruptlyClosedEmptyCommentHidesNothing() {
    assertLink("<p>Hi</p><!--><a href=\"https://" + HOST + "/\">offer</a><!-- x -->");
  }

  @Test
  void aCommentOfThreeDashesHidesNothing() {
    assertLink("<!---><a href=\"https://" + HOST + "/\">offer</a>");
  }

  @Test
  void aCommentEndedWithDashDashBangHidesNothingAfterIt() {
    assertLink("<!-- note --!><a href=\"https://" + HOST + "/\">offer</a> and -->");
  }

  @Test
  void aRealCommentStillHidesItsContent() {
    PolicyReport r = check("<p>Hi</p><!-- <a href=\"https://" + HOST + "/\">offer</a> -->");
    assertThat(Differential.reportsLink(r, HOST)).isFalse();
  }

  @Test
  void javascriptDataAndVbscriptLinksAreScript() {
    assertScript("<a href=\"javascript:alert(1)\">pay</a>");
    assertScript("<a href=\"  JaVa&#x09;Script:alert(1)\">pay</a>");
    assertScript("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">pay</a>");
    assertScript("<a href='vbscript:msgbox(1)'>pay</a>");
  }

  @Test
  void aRasterDataImageIsNotScript() {
    PolicyReport r = check("<img alt=\"dot\" src=\"data:image/png;base64,iVBORw0KGgo=\">");
    assertThat(r.findings("content.script")).isEmpty();
  }

  @Test
  void eventHandlersAreScript() {
    assertScript("<img src=x onerror=\"alert(1)\">");
    assertScript("<div/OnMouseOver='x()'>hover</div>");
  }

  @Test
  void aScriptThatNavigatesToAHostIsAlsoALink() {
    assertLink("<div onclick=\"location='https://" + HOST + "/'\">x</div>");
  }

  @Test
  void cssEscapesInUrlAreDecoded() {
    assertLink("<div style=\"background:url(\\68 ttps://" + HOST + "/a.png)\">x</div>");
  }

  @Test
  void cssEscapesInImportAreDecoded() {
    assertLink("<style>@import \"\\68ttps://" + HOST + "/a.css\";</style><p>x</p>");
  }

  @Test
  void anEscapedUrlFunctionNameIsStillUrl() {
    assertLink("<style>.x{background:u\\72l(https://" + HOST + "/a.png)}</style><p class=x>x</p>");
  }

  @Test
  void aCharacterReferenceInAStyleAttributeIsDecodedBeforeTheCss() {
    assertLink("<div style=\"background&#58;&#117;rl(https://" + HOST + "/a.png)\">x</div>");
  }

  @Test
  void xmpShowsItsContentAsText() {
    assertLink("<xmp>Visit www." + HOST + " today</xmp>");
  }

  @Test
  void plaintextShowsEverythingAfterItAsText() {
    assertLink("<p>Hi</p><plaintext>Visit www." + HOST + "</plaintext> and more");
  }

  @Test
  void cdataInSvgIsText() {
    assertLink("<svg><text><![CDATA[Visit www." + HOST + "]]></text></svg>");
  }
}

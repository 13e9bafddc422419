package dev.parley.messaging.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DomainTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void marketplacesHaveTheSpecifiedIdsAndLookupsWork() {
    assertThat(Marketplace.values()).hasSize(23);
    assertThat(Marketplace.of("DE").marketplaceId()).isEqualTo("A1PA6795UKMFR9");
    assertThat(Marketplace.of("A1F83G8C2ARO7P")).isEqualTo(Marketplace.UK);
    assertThat(Marketplace.of("gb")).isEqualTo(Marketplace.UK);
    assertThat(Marketplace.of("www.amazon.co.jp")).isEqualTo(Marketplace.JP);
    assertThat(Marketplace.byDomain("amazon.com.be")).contains(Marketplace.BE);
    assertThat(Marketplace.byMarketplaceId("ATVPDKIKX0DER")).contains(Marketplace.US);
    assertThat(Marketplace.DE.zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(Marketplace.BE.acceptedLocales()).containsExactly(Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("nl-BE"));
    assertThat(Marketplace.SE.currency().getCurrencyCode()).isEqualTo("SEK");
    assertThat(Marketplace.JP.region()).isEqualTo(Region.FE);
    assertThat(Marketplace.UK.topLevelDomain()).isEqualTo("co.uk");
  }

  @Test
  void unknownMarketplaceListsValidCodes() {
    assertThatThrownBy(() -> Marketplace.of("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"XX\"")
        .hasMessageContaining("US, CA, MX");
  }

  @Test
  void orderIdParsesAndFormats() {
    OrderId id = OrderId.parse(" 302-1234567-7654321 ");
    assertThat(id.format()).isEqualTo("302-1234567-7654321");
    assertThat(id.digits()).isEqualTo("30212345677654321");
    assertThat(OrderId.parse("30212345677654321")).isEqualTo(id);
    assertThat(OrderId.isValid("302-123456-7654321")).isFalse();
    assertThat(OrderId.isValid("302-1234567-765432a")).isFalse();
    assertThat(OrderId.isValid(null)).isFalse();
    assertThatThrownBy(() -> OrderId.parse("12-34"))
        .hasMessageContaining("orderId")
        .hasMessageContaining("\"12-34\"")
        .hasMessageContaining("3, 7 and 7 digits");
  }

  @Test
  void buyerAliasValidatesLooselyAndImpliesTheMarketplace() {
    BuyerAlias a = BuyerAlias.parse("Q7x9k2m4n8p1r3s@Marketplace.Amazon.DE");
    assertThat(a.address()).isEqualTo("q7x9k2m4n8p1r3s@marketplace.amazon.de");
    assertThat(a.marketplace()).isEqualTo(Marketplace.DE);
    assertThat(a.localPart()).isEqualTo("q7x9k2m4n8p1r3s");
    assertThat(BuyerAlias.parse("abc@marketplace.amazon.co.uk").marketplace()).isEqualTo(Marketplace.UK);
    assertThat(BuyerAlias.parse("abc@marketplace.amazon.com").marketplace()).isEqualTo(Marketplace.US);
    assertThat(BuyerAlias.isValid("abc@amazon.de")).isFalse();
    assertThat(BuyerAlias.isValid("abc@marketplace.amazon.xx")).isFalse();
    assertThat(BuyerAlias.isValid("a b@marketplace.amazon.de")).isFalse();
    assertThatThrownBy(() -> BuyerAlias.parse("seller@shop.de")).hasMessageContaining("buyerAlias").hasMessageContaining("seller@shop.de");
  }

  @Test
  void orderChecksCrossFieldRules() {
    Order order = order().build();
    assertThat(order.fulfillmentChannel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(order.effectiveBuyerLocale()).isEqualTo(Locale.GERMANY);
    assertThat(order.hasCustomizedItem()).isTrue();
    assertThatThrownBy(() -> order().earliestDeliveryDate(T0.plusSeconds(7200)).latestDeliveryDate(T0.plusSeconds(3600)).build())
        .hasMessageContaining("latestDeliveryDate")
        .hasMessageContaining("earliestDeliveryDate");
    assertThatThrownBy(() -> order().deliveredAt(T0.minusSeconds(1)).build()).hasMessageContaining("deliveredAt");
    assertThatThrownBy(() -> order().shippedAt(T0.minusSeconds(1)).build()).hasMessageContaining("shippedAt");
  }

  @Test
  void orderItemValidatesAsinAndQuantity() {
    assertThat(OrderItem.of("B08N5WRWNW", 2).quantity()).isEqualTo(2);
    assertThatThrownBy(() -> OrderItem.of("b08n5wrwnw", 1)).hasMessageContaining("asin").hasMessageContaining("b08n5wrwnw");
    assertThatThrownBy(() -> OrderItem.of("B08N5WRWNW", 0)).hasMessageContaining("quantity").hasMessageContaining("at least 1");
  }

  @Test
  void optOutStatusDefaultsToUnknown() {
    assertThat(OptOutStatus.unknown().state()).isEqualTo(OptOutState.UNKNOWN);
    OptOutStatus out = OptOutStatus.optedOut(T0, OptOutSource.BOUNCE);
    assertThat(out.isOptedOut()).isTrue();
    assertThat(out.learnedAt()).contains(T0);
    assertThat(OptOutStatus.of(OptOutState.UNKNOWN)).isSameAs(OptOutStatus.unknown());
  }

  @Test
  void attachmentCopiesItsBytesAndChecksTheSize() {
    byte[] bytes = {1, 2, 3};
    Attachment a = Attachment.withContent("manual.pdf", bytes);
    bytes[0] = 9;
    ByteBuffer view = a.content().orElseThrow();
    assertThat(view.get(0)).isEqualTo((byte) 1);
    assertThat(view.isReadOnly()).isTrue();
    assertThat(a.sizeBytes()).isEqualTo(3);
    assertThat(a.extension()).isEqualTo("pdf");
    assertThat(Attachment.of("README", 10).extension()).isEmpty();
    assertThatThrownBy(() -> Attachment.of("x.pdf", -1)).hasMessageContaining("sizeBytes").hasMessageContaining("-1");
    assertThatThrownBy(() -> Attachment.of("../etc/passwd", 1)).hasMessageContaining("fileName");
    assertThatThrownBy(() -> Attachment.of(" ", 1)).hasMessageContaining("fileName");
    assertThatThrownBy(() -> Attachment.of("x.pdf", 1).withDeclaredMediaType("pdf")).hasMessageContaining("declaredMediaType");
  }

  @Test
  void messageTypesCarryTheirLimits() {
    assertThat(MessageType.CONFIRM_CUSTOMIZATION_DETAILS.maxTextLength()).isEqualTo(800);
    assertThat(MessageType.DIGITAL_ACCESS_KEY.maxTextLength()).isEqualTo(400);
    assertThat(MessageType.INVOICE.allowsText()).isFalse();
    assertThat(MessageType.WARRANTY.minAttachments()).isEqualTo(1);
    assertThat(MessageType.LEGAL_DISCLOSURE.isCritical()).isTrue();
    assertThat(MessageType.FREE_FORM.isSpApi()).isFalse();
    assertThat(MessageType.valueOf("AMAZON_MOTORS").isRetired()).isTrue();
    assertThat(MessageType.REVIEW_REQUEST.isRetired()).isFalse();
  }

  @Test
  void messageDefaultsAndPrivacy() {
    Message m = Message.builder().id("m1").author(Author.SELLER).sentAt(T0).body("secret buyer text").build();
    assertThat(m.type()).isEqualTo(MessageType.FREE_FORM);
    assertThat(m.channel()).isEqualTo(Channel.SELLER_CENTRAL);
    assertThat(m.bodyFormat()).isEqualTo(BodyFormat.TEXT);
    assertThat(m.toString()).doesNotContain("secret");
    Message api = Message.builder().id("m2").author(Author.SELLER).sentAt(T0).type(MessageType.UNEXPECTED_PROBLEM).body("x").build();
    assertThat(api.channel()).isEqualTo(Channel.SP_API);
    assertThatThrownBy(() -> Message.builder().id(" ").author(Author.SELLER).sentAt(T0).build()).hasMessageContaining("id");
    assertThatThrownBy(() -> Message.builder().id("a").author(Author.SELLER).sentAt(T0).inReplyTo("a").build()).hasMessageContaining("inReplyTo");
  }

  @Test
  void threadValidatesOrderAndIds() {
    Message q = Message.builder().id("q").author(Author.BUYER).sentAt(T0).body("?").build();
    Message r = Message.builder().id("r").author(Author.SELLER).sentAt(T0.plusSeconds(60)).body("!").inReplyTo("q").build();
    MessageThread t = MessageThread.builder().id("t").orderId(OrderId.parse("302-1234567-7654321")).addMessages(q, r).build();
    assertThat(t.startedByBuyer()).isTrue();
    assertThat(t.lastMessageFrom(Author.SELLER)).contains(r);
    assertThat(t.lastMessageFrom(Author.AMAZON)).isEmpty();
    assertThat(t.messagesFrom(Author.BUYER)).containsExactly(q);
    assertThat(t.message("r")).contains(r);
    assertThat(MessageThread.builder().id("e").build().startedBy()).isEmpty();
    assertThatThrownBy(() -> MessageThread.builder().id("t").addMessages(r, q).build()).hasMessageContaining("time order");
    assertThatThrownBy(() -> MessageThread.builder().id("t").addMessages(q, q).build()).hasMessageContaining("unique");
  }

  @Test
  void builtListsAreImmutableCopies() {
    List<Attachment> list = new ArrayList<>(List.of(Attachment.of("a.pdf", 1)));
    Message m = Message.builder().id("m").author(Author.SELLER).sentAt(T0).attachments(list).build();
    list.clear();
    assertThat(m.attachments()).hasSize(1);
    assertThatThrownBy(() -> m.attachments().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  static Order.Builder order() {
    return Order.builder()
        .id(OrderId.parse("302-1234567-7654321"))
        .marketplace(Marketplace.DE)
        .purchasedAt(T0)
        .status(OrderStatus.SHIPPED)
        .addItems(OrderItem.builder().asin("B08N5WRWNW").quantity(1).customized(true).build());
  }
}

package dev.parley.messaging.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainProperties {
  @Test
  void orderIdParseFormatRoundTrip() {
    qt().forAll(Generators.orderIdText()).checkAssert(s -> {
      OrderId id = OrderId.parse(s);
      assertThat(id.format()).isEqualTo(s);
      assertThat(OrderId.parse(id.format())).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(OrderId.parse(id.digits())).isEqualTo(id);
    });
  }

  @Test
  void everyMarketplaceIsFoundByCodeIdAndDomain() {
    qt().forAll(Generators.marketplaces()).checkAssert(m -> {
      assertThat(Marketplace.of(m.code())).isSameAs(m);
      assertThat(Marketplace.of(m.code().toLowerCase(java.util.Locale.ROOT))).isSameAs(m);
      assertThat(Marketplace.of(m.marketplaceId())).isSameAs(m);
      assertThat(Marketplace.of(m.domain())).isSameAs(m);
      assertThat(BuyerAlias.parse("abc123@marketplace." + m.domain()).marketplace().domain()).isEqualTo(m.domain());
    });
  }

  @Test
  void attachmentContentIsADefensiveCopy() {
    qt().forAll(Generators.bytes(64)).checkAssert(b -> {
      byte[] original = b.clone();
      Attachment a = Attachment.withContent("f.bin", b);
      for (int i = 0; i < b.length; i++) {
        b[i] ^= 0x5A;
      }
      byte[] seen = new byte[original.length];
      a.content().orElseThrow().get(seen);
      assertThat(seen).isEqualTo(original);
      assertThat(a).isEqualTo(Attachment.withContent("f.bin", original)).hasSameHashCodeAs(Attachment.withContent("f.bin", original));
    });
  }

  @Test
  void builderRoundTripAndEquality() {
    qt().forAll(Generators.instants(), integers().between(1, 50), Generators.marketplaces()).checkAssert((t, q, m) -> {
      Message a = Message.builder().id("m").author(Author.BUYER).sentAt(t).body("b" + q).build();
      Message b = Message.builder().from(a).build();
      assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
      OrderItem item = OrderItem.of("B000000001", q);
      assertThat(OrderItem.builder().from(item).build()).isEqualTo(item);
      Order o = Order.builder().id(OrderId.parse("111-1111111-1111111")).marketplace(m).purchasedAt(t).status(OrderStatus.SHIPPED).addItems(item).build();
      assertThat(Order.builder().from(o).build()).isEqualTo(o).hasSameHashCodeAs(o);
    });
  }

  @Test
  void threadAcceptsExactlyTheTimeOrderedMessageLists() {
    qt().forAll(lists().of(Generators.instants()).ofSizeBetween(0, 8)).checkAssert(times -> {
      List<Message> messages = new ArrayList<>();
      for (int i = 0; i < times.size(); i++) {
        messages.add(Message.builder().id("m" + i).author(i % 2 == 0 ? Author.BUYER : Author.SELLER).sentAt(times.get(i)).build());
      }
      boolean ordered = true;
      for (int i = 1; i < times.size(); i++) {
        ordered &= !times.get(i).isBefore(times.get(i - 1));
      }
      boolean accepted;
      try {
        MessageThread t = MessageThread.builder().id("t").messages(messages).build();
        accepted = true;
        messages.clear();
        assertThat(t.messages()).hasSize(times.size());
      } catch (IllegalArgumentException e) {
        accepted = false;
      }
      assertThat(accepted).isEqualTo(ordered);
    });
  }

  @Test
  void laterDeliveryThanPurchaseIsAccepted() {
    qt().forAll(Generators.instants(), integers().between(0, 1_000_000)).checkAssert((t, d) -> {
      Instant later = t.plusSeconds(d);
      Order o = Order.builder().id(OrderId.parse("111-1111111-1111111")).marketplace(Marketplace.US).purchasedAt(t).status(OrderStatus.SHIPPED)
          .shippedAt(later).deliveredAt(later).earliestDeliveryDate(later).latestDeliveryDate(later).build();
      assertThat(o.deliveredAt()).contains(later);
    });
  }
}

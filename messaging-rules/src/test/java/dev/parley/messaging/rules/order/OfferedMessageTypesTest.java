package dev.parley.messaging.rules.order;

import static dev.parley.messaging.rules.SendFixtures.PURCHASE;
import static dev.parley.messaging.rules.SendFixtures.message;
import static dev.parley.messaging.rules.SendFixtures.shippedOrder;
import static dev.parley.messaging.rules.SendFixtures.unshippedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendFixtures;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.classify.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Amazon's answer ({@code getMessagingActionsForOrder}) carried on the order overrides Parley's table. */
class OfferedMessageTypesTest {
  private static final Instant AT = PURCHASE.plus(Duration.ofHours(2));

  private static List<String> ids(Message m, Order o, Instant at) {
    return OrderRules.standard().check(m, Category.OTHER, true, Optional.of(o), List.of(), Optional.empty(), at)
        .findings().stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  private static Order offering(Order o, Set<MessageType> types) {
    return Order.builder().from(o).offeredMessageTypes(types).build();
  }

  @Test
  void withoutAmazonsAnswerTheTableDecides() {
    Message warranty = message(MessageType.WARRANTY, "", "");
    assertThat(unshippedOrder().offeredMessageTypes()).isEmpty();
    assertThat(ids(warranty, unshippedOrder(), AT)).contains("message.type-unavailable");
  }

  @Test
  void aTypeAmazonOffersIsAvailableWhateverTheTableSays() {
    Message warranty = message(MessageType.WARRANTY, "", "");
    Order o = offering(unshippedOrder(), EnumSet.of(MessageType.WARRANTY, MessageType.UNEXPECTED_PROBLEM));
    assertThat(ids(warranty, o, AT)).doesNotContain("message.type-unavailable");
  }

  @Test
  void aTypeAmazonDoesNotOfferIsUnavailableWhateverTheTableSays() {
    Message problem = message(MessageType.UNEXPECTED_PROBLEM, "", "We cannot ship your order on time.");
    // The table offers UNEXPECTED_PROBLEM in every status; Amazon's answer lists only warranty.
    Order o = offering(unshippedOrder(), EnumSet.of(MessageType.WARRANTY));
    assertThat(ids(problem, o, AT)).containsExactly("message.type-unavailable");
    Finding f = OrderRules.standard().check(problem, Category.OTHER, true, Optional.of(o), List.of(), Optional.empty(), AT).findings().get(0);
    assertThat(f.explanation()).contains("Amazon does not offer", "UNEXPECTED_PROBLEM", "WARRANTY");
  }

  @Test
  void anEmptyAnswerMeansNothingIsOffered() {
    Message delivery = message(MessageType.CONFIRM_DELIVERY_DETAILS, "", "Which day suits you for delivery?");
    assertThat(ids(delivery, offering(shippedOrder(), Set.of()), AT)).containsExactly("message.type-unavailable");
  }

  @Test
  void amazonsAnswerReplacesTheShipAndDeliveryCutOffs() {
    Order shipped = Order.builder().from(shippedOrder()).status(OrderStatus.SHIPPED).build();
    Message details = message(MessageType.CONFIRM_ORDER_DETAILS, "", "Please confirm the colour.");
    Instant afterShipping = shipped.shippedAt().orElseThrow().plus(Duration.ofHours(1));
    assertThat(ids(details, shipped, afterShipping)).contains("message.type-unavailable");
    assertThat(ids(details, offering(shipped, EnumSet.of(MessageType.CONFIRM_ORDER_DETAILS)), afterShipping))
        .doesNotContain("message.type-unavailable");
  }

  @Test
  void freeFormMessagesAreNeverJudgedByTheAnswer() {
    Message free = SendFixtures.freeForm("", "Your parcel left today.");
    assertThat(ids(free, offering(shippedOrder(), Set.of()), AT)).doesNotContain("message.type-unavailable");
  }

  @Test
  void theSendCheckUsesTheAnswerToo() {
    Message warranty = message(MessageType.WARRANTY, "", "");
    Order o = offering(unshippedOrder(), EnumSet.of(MessageType.WARRANTY));
    SendRequest r = SendRequest.builder().message(warranty).context(SendFixtures.reply()).order(o).at(AT).build();
    assertThat(SendCheck.standard().check(r).findings(SendCheck.class.getSimpleName()).isEmpty()).isTrue();
    assertThat(SendCheck.standard().check(r).findings("message.type-unavailable")).isEmpty();
  }

  @Test
  void theSetIsCopiedAndHoldsOnlySpApiTypes() {
    Set<MessageType> mutable = new HashSet<>(Set.of(MessageType.WARRANTY));
    Order o = offering(unshippedOrder(), mutable);
    mutable.add(MessageType.INVOICE);
    assertThat(o.offeredMessageTypes().orElseThrow()).containsExactly(MessageType.WARRANTY);
    assertThatThrownBy(() -> offering(unshippedOrder(), Set.of(MessageType.FREE_FORM)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offeredMessageTypes").hasMessageContaining("FREE_FORM");
    assertThat(o).isEqualTo(offering(unshippedOrder(), Set.of(MessageType.WARRANTY)));
  }
}

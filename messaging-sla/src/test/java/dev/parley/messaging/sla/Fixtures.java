package dev.parley.messaging.sla;

import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small builders for threads in example tests. */
final class Fixtures {
  private Fixtures() {}

  static Message buyer(String id, String at) {
    return Message.builder().id(id).author(Author.BUYER).sentAt(Instant.parse(at)).build();
  }

  static Message seller(String id, String at) {
    return Message.builder().id(id).author(Author.SELLER).sentAt(Instant.parse(at)).build();
  }

  static Message sellerAuto(String id, String at) {
    return Message.builder().id(id).author(Author.SELLER).automated(true).sentAt(Instant.parse(at)).build();
  }

  static Message amazon(String id, String at) {
    return Message.builder().id(id).author(Author.AMAZON).sentAt(Instant.parse(at)).build();
  }

  static MessageThread thread(String id, Message... messages) {
    return MessageThread.builder().id(id).addMessages(messages).build();
  }

  static MessageThread thread(String id, String orderId, Message... messages) {
    return MessageThread.builder().id(id).orderId(OrderId.parse(orderId)).addMessages(messages).build();
  }

  static List<MessageThread> threads(MessageThread... threads) {
    return new ArrayList<>(List.of(threads));
  }

  static Instant t(String at) {
    return Instant.parse(at);
  }
}

package dev.parley.messaging.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Author;
import dev.parley.messaging.core.BodyFormat;
import dev.parley.messaging.core.BuyerAlias;
import dev.parley.messaging.core.FulfillmentChannel;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.MessageType;
import dev.parley.messaging.core.OptOutSource;
import dev.parley.messaging.core.OptOutStatus;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.core.OrderItem;
import dev.parley.messaging.core.OrderStatus;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.SendCheck;
import dev.parley.messaging.rules.SendRequest;
import dev.parley.messaging.rules.classify.Category;
import dev.parley.messaging.rules.order.DailyVolume;
import dev.parley.messaging.rules.order.PriorMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParleyJsonTest {
  private static final ParleyJson JSON = ParleyJson.standard();
  private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

  private static JsonNode parse(String s) {
    return JSON.parse(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "order.purchasedAt missing | {'body':'x','order':{'orderId':'112-1234567-1234567'}} | order.purchasedAt | order.purchasedAt is required",
    "order.purchasedAt malformed | {'body':'x','order':{'orderId':'112-1234567-1234567','purchasedAt':'soon'}} | order.purchasedAt | soon",
    "order.orderId malformed | {'body':'x','order':{'orderId':'12','purchasedAt':'2026-03-01'}} | order.orderId | \"12\"",
    "order before purchase | {'body':'x','order':{'orderId':'112-1234567-1234567','purchasedAt':'2026-03-02','deliveredAt':'2026-03-01'}} | order.deliveredAt | order.deliveredAt is invalid",
    "order.items[0].asin | {'body':'x','order':{'orderId':'112-1234567-1234567','purchasedAt':'2026-03-01','items':[{'asin':'nope'}]}} | order.items[0].asin | nope",
    "order.offeredMessageTypes[1] | {'body':'x','order':{'orderId':'112-1234567-1234567','purchasedAt':'2026-03-01','offeredMessageTypes':['WARRANTY','SHOUTING']}} | order.offeredMessageTypes[1] | SHOUTING",
    "attachments[1].fileName | {'body':'x','attachments':[{'fileName':'a.pdf','sizeBytes':3},{'sizeBytes':3}]} | attachments[1].fileName | is required",
    "attachments[0].fileName path | {'body':'x','attachments':[{'fileName':'a/b.pdf','sizeBytes':3}]} | attachments[0].fileName | a/b.pdf",
    "priorMessages[0].sentAt | {'body':'x','priorMessages':[{'type':'REVIEW_REQUEST'}]} | priorMessages[0].sentAt | is required",
    "thread.messages[0].sentAt | {'body':'x','thread':{'id':'t','messages':[{'id':'m','author':'buyer','sentAt':'later'}]}} | thread.messages[0].sentAt | later",
    "marketplace | {'body':'x','marketplace':'Atlantis'} | marketplace | Atlantis",
    "dailyVolume | {'body':'x','dailyVolume':{'averageDailyOrders':'many','proactiveSentToday':1}} | dailyVolume.averageDailyOrders | many",
    "optOut.state | {'body':'x','optOut':{'state':'maybe'}} | optOut.state | maybe",
    "body | {'id':'only'} | body | body is required",
  })
  void errorsNameTheJsonPathAndTheValue(String name, String json, String path, String mentions) {
    assertThatThrownBy(() -> JSON.readCheckRequest(parse(json.replace('\'', '"')), NOW))
        .isInstanceOfSatisfying(JsonInputException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.getMessage()).startsWith(path).contains(mentions);
        });
  }

  @Test
  void threadErrorsNameTheirPath() {
    assertThatThrownBy(() -> JSON.readThreadInput(parse("{\"id\":\"T\",\"messages\":[{\"id\":\"a\",\"author\":\"buyer\",\"sentAt\":\"2026-06-09T10:00:00Z\"},"
        + "{\"id\":\"b\",\"author\":\"robot\",\"sentAt\":\"2026-06-09T10:00:00Z\"}]}")))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.path()).isEqualTo("messages[1].author"))
        .hasMessageContaining("robot");
    assertThatThrownBy(() -> JSON.readSlaRequest(parse("{\"at\":\"2026-06-10T12:00:00Z\",\"threads\":[{\"id\":\"T\",\"messages\":[]},"
        + "{\"id\":\"U\",\"messages\":[{\"id\":\"a\",\"author\":\"buyer\",\"sentAt\":\"2026-06-09\"}]}]}")))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.path()).isEqualTo("threads[1].messages[0].sentAt"));
    assertThatThrownBy(() -> JSON.readSlaRequest(parse("{\"at\":\"2026-06-10T12:00:00Z\",\"threads\":[{\"id\":\"T\",\"messages\":[]},{\"id\":\"T\",\"messages\":[]}]}")))
        .hasMessageContaining("threads[1].id").hasMessageContaining("\"T\"");
  }

  @Test
  void malformedDocumentsAreRefusedWhole() {
    assertThatThrownBy(() -> JSON.parse("{\"body\":\"x\"} trailing")).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> JSON.parse("{\"body\":\"x\",\"body\":\"y\"}")).hasMessageContaining("Duplicate field 'body'");
    assertThatThrownBy(() -> JSON.parse("")).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> JSON.readCheckRequest(parse("[1]"), NOW)).hasMessage("each line must be a JSON object, got array");
    assertThatThrownBy(() -> JSON.readCheckRequest(parse("{\"body\":\"x\"}"))).hasMessage("sentAt is required");
  }

  @Test
  void unknownFieldsAreIgnored() {
    CheckRequest plain = JSON.readCheckRequest(parse("{\"body\":\"hello\",\"sentAt\":\"2026-03-01T10:00:00Z\"}"));
    CheckRequest extra = JSON.readCheckRequest(parse("{\"body\":\"hello\",\"sentAt\":\"2026-03-01T10:00:00Z\",\"colour\":\"blue\",\"nested\":{\"a\":[1,2]},"
        + "\"order\":null}"));
    assertThat(extra).isEqualTo(plain);
  }

  private static SendRequest fullRequest() {
    Order order = Order.builder()
        .id(OrderId.parse("302-1234567-7654321"))
        .marketplace(Marketplace.FR)
        .purchasedAt(Instant.parse("2026-03-01T08:00:00Z"))
        .status(OrderStatus.SHIPPED)
        .fulfillmentChannel(FulfillmentChannel.AMAZON)
        .earliestShipDate(Instant.parse("2026-03-01T09:00:00Z"))
        .latestShipDate(Instant.parse("2026-03-02T09:00:00Z"))
        .earliestDeliveryDate(Instant.parse("2026-03-03T00:00:00Z"))
        .latestDeliveryDate(Instant.parse("2026-03-06T00:00:00Z"))
        .shippedAt(Instant.parse("2026-03-01T18:00:00Z"))
        .addItems(OrderItem.builder().asin("B08N5WRWNW").sellerSku("SKU-1").quantity(2).customized(true).build())
        .businessOrder(true)
        .buyerAlias(BuyerAlias.parse("abc123xyz@marketplace.amazon.fr"))
        .buyerLocale(Locale.CANADA_FRENCH)
        .offeredMessageTypes(EnumSet.of(MessageType.WARRANTY, MessageType.UNEXPECTED_PROBLEM))
        .build();
    Message draft = Message.builder().id("d-1").author(Author.SELLER).sentAt(Instant.parse("2026-03-04T10:00:00Z"))
        .type(MessageType.UNEXPECTED_PROBLEM).subject("Commande 302-1234567-7654321").body("<p>Bonjour, le colis est retardé.</p>")
        .bodyFormat(BodyFormat.HTML)
        .addAttachments(Attachment.withContent("note.txt", "Bonjour".getBytes(StandardCharsets.UTF_8)).withDeclaredMediaType("text/plain"))
        .addAttachments(Attachment.of("photo.jpg", 12345))
        .build();
    MessageThread thread = MessageThread.builder().id("th-1").orderId(order.id()).marketplace(Marketplace.FR)
        .addMessages(Message.builder().id("b-1").author(Author.BUYER).sentAt(Instant.parse("2026-03-03T10:00:00Z")).body("Où est mon colis ?").build())
        .build();
    return SendRequest.builder()
        .message(draft)
        .context(CheckContext.builder().marketplace(Marketplace.FR).buyerLocale(Locale.FRANCE).buyerWritingLocale(Locale.ENGLISH)
            .buyerAlias(BuyerAlias.parse("abc123xyz@marketplace.amazon.fr")).build())
        .order(order)
        .thread(thread)
        .optOut(OptOutStatus.optedIn(Instant.parse("2026-02-01T00:00:00Z"), OptOutSource.DELIVERY))
        .priorMessages(List.of(PriorMessage.of(MessageType.FREE_FORM, Category.ORDER_UPDATE, Instant.parse("2026-03-02T10:00:00Z")),
            PriorMessage.of(MessageType.CONFIRM_DELIVERY_DETAILS, Instant.parse("2026-03-02T11:00:00Z"))))
        .dailyVolume(DailyVolume.of(12.5, 3))
        .at(Instant.parse("2026-03-04T10:00:00Z"))
        .build();
  }

  @Test
  void aRequestWithEveryFieldSurvivesWritingAndReading() {
    CheckRequest in = CheckRequest.of("r-9", fullRequest());
    JsonNode written = JSON.writeCheckRequest(in);
    CheckRequest back = JSON.readCheckRequest(parse(JSON.write(written)));
    assertThat(back).isEqualTo(in);
    assertThat(JSON.writeCheckRequest(back)).isEqualTo(written);
    Schemas.assertValid(Schemas.parley("check-request"), written);
  }

  @Test
  void aResultSurvivesWritingAndReading() {
    CheckRequest in = CheckRequest.of("r-9", fullRequest());
    CheckResult result = CheckResult.of(in.id(), SendCheck.standard().check(in.request()));
    JsonNode written = JSON.writeCheckResult(result);
    assertThat(JSON.readCheckResult(parse(JSON.write(written)))).isEqualTo(result);
    Schemas.assertValid(Schemas.parley("check-result"), written);
  }

  @Test
  void findingsNameAnUnknownRule() {
    Finding f = SendCheck.standard().check(fullRequest()).findings().get(0);
    JsonNode n = JSON.writeFinding(f);
    assertThat(JSON.readFinding(n, "findings[0]")).isEqualTo(f);
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("rule", "no.such-rule");
    assertThatThrownBy(() -> JSON.readFinding(n, "findings[0]")).hasMessageStartingWith("findings[0].rule").hasMessageContaining("no.such-rule");
  }

  @Test
  void domainTypesSurviveWritingAndReading() {
    SendRequest r = fullRequest();
    Order order = r.order().orElseThrow();
    assertThat(JSON.readOrder(JSON.writeOrder(order), "", Marketplace.US)).isEqualTo(order);
    assertThat(JSON.readMessage(JSON.writeMessage(r.message()), "")).isEqualTo(r.message());
    MessageThread thread = r.thread().orElseThrow();
    assertThat(JSON.readThread(JSON.writeThread(thread), "")).isEqualTo(thread);
    for (Attachment a : r.message().attachments()) {
      assertThat(JSON.readAttachment(JSON.writeAttachment(a), "")).isEqualTo(a);
    }
    ThreadInput input = ThreadInput.of(thread, Optional.of(order.purchasedAt()));
    JsonNode line = JSON.writeThreadInput(input);
    assertThat(JSON.readThreadInput(line)).isEqualTo(input);
    Schemas.assertValid(Schemas.parley("thread-input"), line);
  }

  @Test
  void theJacksonModuleMapsParleyTypesInsideApplicationPayloads() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ParleyModule());
    SendRequest r = fullRequest();
    String text = mapper.writeValueAsString(List.of(r.order().orElseThrow()));
    Order[] back = mapper.readValue(text, Order[].class);
    assertThat(back[0]).isEqualTo(r.order().orElseThrow());
    assertThat(mapper.readValue(mapper.writeValueAsString(r.message()), Message.class)).isEqualTo(r.message());
    assertThat(mapper.readValue("\"DE\"", Marketplace.class)).isEqualTo(Marketplace.DE);
    CheckRequest cr = CheckRequest.of("x", r);
    assertThat(mapper.readValue(mapper.writeValueAsString(cr), CheckRequest.class)).isEqualTo(cr);
    assertThatThrownBy(() -> mapper.readValue("{\"orderId\":\"112-1234567-1234567\",\"purchasedAt\":\"never\"}", Order.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("purchasedAt").hasCauseInstanceOf(JsonInputException.class);
    assertThat(JSON.mapper().readValue(mapper.writeValueAsString(r.thread().orElseThrow()), MessageThread.class)).isEqualTo(r.thread().orElseThrow());
  }

  @Test
  void theDocsCopiesOfTheSchemasAreTheShippedOnes() throws Exception {
    for (String name : List.of("check-request", "check-result", "thread-input", "sla-report", "lint-request", "lint-result")) {
      byte[] docs = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "schemas", name + ".schema.json"));
      byte[] shipped;
      try (java.io.InputStream in = ParleyJson.class.getResourceAsStream("/dev/parley/messaging/json/schemas/" + name + ".schema.json")) {
        shipped = in.readAllBytes();
      }
      assertThat(new String(docs, StandardCharsets.UTF_8)).as(name).isEqualTo(new String(shipped, StandardCharsets.UTF_8));
    }
  }
}

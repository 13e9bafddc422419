package dev.parley.messaging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.parley.messaging.core.Attachment;
import dev.parley.messaging.core.Marketplace;
import dev.parley.messaging.core.Message;
import dev.parley.messaging.core.MessageThread;
import dev.parley.messaging.core.Order;
import dev.parley.messaging.core.OrderId;
import dev.parley.messaging.rules.Finding;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Jackson module that maps Parley's types with {@link ParleyJson}'s shapes, so an application's
 * own {@code ObjectMapper} can read and write them inside its own payloads:
 * {@code new ObjectMapper().registerModule(new ParleyModule())}.
 *
 * <p>Covers {@link Message}, {@link Attachment}, {@link Order} (marketplace US when absent),
 * {@link MessageThread}, {@link ThreadInput}, {@link CheckRequest} (reading requires {@code
 * sentAt}: a library never reads the clock), {@link CheckResult}, {@link Finding}, {@link OrderId}
 * and {@link Marketplace} (as their codes). A malformed value fails with a {@link
 * JsonMappingException} whose cause is the {@link JsonInputException} naming its path inside the
 * Parley value.
 */
public final class ParleyModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ParleyModule() {
    super("ParleyModule", Version.unknownVersion());
    ParleyJson json = ParleyJson.standard();
    both(Message.class, json::writeMessage, (n, p) -> json.readMessage(n, p));
    both(Attachment.class, json::writeAttachment, (n, p) -> json.readAttachment(n, p));
    both(Order.class, json::writeOrder, (n, p) -> json.readOrder(n, p, Marketplace.US));
    both(MessageThread.class, json::writeThread, (n, p) -> json.readThread(n, p));
    both(ThreadInput.class, json::writeThreadInput, (n, p) -> json.readThreadInput(n));
    both(CheckRequest.class, json::writeCheckRequest, (n, p) -> json.readCheckRequest(n));
    both(CheckResult.class, json::writeCheckResult, (n, p) -> json.readCheckResult(n));
    both(Finding.class, json::writeFinding, (n, p) -> json.readFinding(n, p));
    both(OrderId.class, id -> DomainCodec.NODES.textNode(id.toString()), (n, p) -> DomainCodec.orderId(p, n.asText()));
    both(Marketplace.class, m -> DomainCodec.NODES.textNode(m.code()), (n, p) -> DomainCodec.marketplace(p, n.asText()));
  }

  private <T> void both(Class<T> type, Function<T, JsonNode> writer, BiFunction<JsonNode, String, T> reader) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeTree(writer.apply(value));
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return reader.apply(node, "");
        } catch (JsonInputException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
  }
}

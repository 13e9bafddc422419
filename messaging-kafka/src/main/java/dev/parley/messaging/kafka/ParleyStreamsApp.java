package dev.parley.messaging.kafka;

import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Runs the topology against a cluster until stopped: {@code java -cp … 
 * dev.parley.messaging.kafka.ParleyStreamsApp BOOTSTRAP_SERVERS [APPLICATION_ID [STATE_DIR]]}, with
 * the default topics, exactly-once processing, the standard send check and the default deadline
 * policy. The topics must exist (see README, "Parley on Kafka Streams"). A platform embeds {@link
 * ParleyTopology} in its own application instead when it needs other settings.
 */
public final class ParleyStreamsApp {
  private ParleyStreamsApp() {}

  /**
   * Starts the application and blocks until the JVM is asked to stop.
   *
   * @param args the brokers, then optionally the application id and the state directory
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ParleyStreamsApp BOOTSTRAP_SERVERS [APPLICATION_ID [STATE_DIR]]");
      System.exit(2);
    }
    Properties props = ParleyTopology.streamsProperties(args.length > 1 ? args[1] : "parley", args[0]);
    if (args.length > 2) {
      props.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, args[2]);
    }
    KafkaStreams streams = new KafkaStreams(ParleyTopology.builder().build().build(), props);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "parley-shutdown"));
    streams.start();
    stopped.await();
  }
}

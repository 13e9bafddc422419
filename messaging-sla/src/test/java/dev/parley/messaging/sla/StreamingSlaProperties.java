package dev.parley.messaging.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.messaging.core.MessageThread;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streaming a set of threads one at a time through {@link MetricsTally} and {@link
 * WorkQueue.Builder} gives exactly what the batch {@link ResponseMetrics#standard} and {@link
 * WorkQueue#at} give over the same threads, whatever the window, lead and instant; a limited
 * builder gives the batch queue's head.
 */
class StreamingSlaProperties {
  @Test
  void metricsTallyEqualsTheBatchMetrics() {
    qt().withExamples(300).forAll(Generators.threadLists(), Generators.instants(), Generators.durations())
        .checkAssert((threads, at, window) -> {
          SlaPolicy policy = SlaPolicy.builder().responseWindow(window.plusMinutes(1)).build();
          MetricsTally tally = MetricsTally.standard(policy, at);
          threads.forEach(tally::add);
          assertThat(tally.result()).isEqualTo(ResponseMetrics.standard(threads, policy, at));
          assertThat(tally.threads()).isEqualTo(threads.size());
        });
  }

  @Test
  void workQueueBuilderEqualsTheBatchQueue() {
    qt().withExamples(300).forAll(Generators.threadLists(), Generators.instants(), Generators.durations())
        .checkAssert((threads, at, lead) -> {
          SlaPolicy policy = SlaPolicy.builder().dueSoonLead(lead).build();
          WorkQueue.Builder b = WorkQueue.builder(policy, at);
          long added = threads.stream().filter(b::add).count();
          WorkQueue batch = WorkQueue.at(threads, policy, at);
          assertThat(b.build()).isEqualTo(batch);
          assertThat(added).isEqualTo(batch.size());
        });
  }

  @Test
  void aLimitedBuilderKeepsTheMostUrgentEntries() {
    qt().withExamples(300).forAll(Generators.threadLists(), Generators.instants(), integers().between(1, 5))
        .checkAssert((threads, at, limit) -> {
          SlaPolicy policy = SlaPolicy.builder().build();
          WorkQueue.Builder b = WorkQueue.builder(policy, at).limit(limit);
          threads.forEach(b::add);
          List<ThreadState> all = WorkQueue.at(threads, policy, at).entries();
          assertThat(b.build().entries()).isEqualTo(all.subList(0, Math.min(limit, all.size())));
        });
  }

  @Test
  void aBuilderRefusesARepeatedThreadItKeeps() {
    SlaPolicy policy = SlaPolicy.builder().build();
    MessageThread t = MessageThread.builder().id("T")
        .addMessages(dev.parley.messaging.core.Message.builder().id("m").author(dev.parley.messaging.core.Author.BUYER)
            .sentAt(Generators.BASE).build())
        .build();
    WorkQueue.Builder b = WorkQueue.builder(policy, Generators.BASE.plusSeconds(3600));
    assertThat(b.add(t)).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.add(t))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }
}

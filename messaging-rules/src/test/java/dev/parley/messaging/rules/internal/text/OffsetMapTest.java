package dev.parley.messaging.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link OffsetMap} answers exactly what two plain arrays of starts and ends would, for any
 * sequence of additions and removals: runs of consecutive single characters, explicit ranges,
 * repeated starts (decompositions), runs added in one step ({@link OffsetMap#addRun}) and removal
 * of the last character in any position of a run.
 */
class OffsetMapTest {
  @Test
  void answersLikeTwoArraysForRandomSequences() {
    SplittableRandom random = new SplittableRandom(20261205);
    for (int round = 0; round < 2_000; round++) {
      OffsetMap map = new OffsetMap();
      List<int[]> plain = new ArrayList<>();
      int source = 0;
      int steps = random.nextInt(1, 200);
      for (int step = 0; step < steps; step++) {
        int kind = random.nextInt(10);
        if (kind == 0 && !plain.isEmpty()) {
          map.removeLast();
          plain.remove(plain.size() - 1);
          continue;
        }
        if (kind == 9) {
          // a run in one step, continuing the last character or starting afresh (or empty)
          int s = random.nextBoolean() ? source : source + random.nextInt(1, 4);
          int count = random.nextInt(0, 20);
          map.addRun(s, count);
          for (int k = 0; k < count; k++) {
            plain.add(new int[] {s + k, s + k + 1});
          }
          source = Math.max(source, s + count);
          check(map, plain);
          continue;
        }
        int s;
        int e;
        if (kind < 6) {
          s = source;
          e = source + 1;
        } else if (kind < 8) {
          s = source;
          e = source + random.nextInt(0, 5);
        } else {
          s = Math.max(0, source - random.nextInt(0, 3));
          e = s + 1;
        }
        source = Math.max(source, e) + (random.nextInt(8) == 0 ? random.nextInt(1, 4) : 0);
        map.add(s, e);
        plain.add(new int[] {s, e});
        check(map, plain);
      }
      check(map, plain);
    }
  }

  @Test
  void removingAndAddingAgainContinuesARun() {
    OffsetMap map = new OffsetMap();
    map.add(0, 1);
    map.add(1, 2);
    map.add(2, 3);
    map.removeLast();
    map.add(3, 4);
    map.add(4, 5);
    assertThat(map.length()).isEqualTo(4);
    assertThat(new int[] {map.start(0), map.start(1), map.start(2), map.start(3)}).containsExactly(0, 1, 3, 4);
    assertThat(new int[] {map.end(0), map.end(1), map.end(2), map.end(3)}).containsExactly(1, 2, 4, 5);
  }

  @Test
  void aRunAddedInOneStepContinuesTheRunBeforeIt() {
    OffsetMap map = new OffsetMap();
    map.add(0, 1);
    map.addRun(1, 3);
    map.add(4, 5);
    map.addRun(7, 2);
    map.removeLast();
    map.addRun(8, 1);
    check(map, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 4}, new int[] {4, 5}, new int[] {7, 8},
        new int[] {8, 9}));
  }

  @Test
  void rejectsIndexesOutsideTheMap() {
    OffsetMap map = new OffsetMap();
    map.add(0, 1);
    assertThatThrownBy(() -> map.start(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> map.end(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static void check(OffsetMap map, List<int[]> plain) {
    assertThat(map.length()).isEqualTo(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      assertThat(map.start(i)).as("start of %d", i).isEqualTo(plain.get(i)[0]);
      assertThat(map.end(i)).as("end of %d", i).isEqualTo(plain.get(i)[1]);
    }
  }
}

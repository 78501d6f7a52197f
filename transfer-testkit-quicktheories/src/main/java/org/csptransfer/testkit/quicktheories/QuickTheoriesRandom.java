package org.csptransfer.testkit.quicktheories;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} that draws every number from a QuickTheories randomness source, with
 * the bounds the caller asked for, so that QuickTheories can shrink samplers' values towards the
 * lower bound of each draw.
 */
final class QuickTheoriesRandom implements RandomGenerator {

  private final RandomnessSource source;

  QuickTheoriesRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public long nextLong(long origin, long bound) {
    return source.next(Constraint.between(origin, bound - 1));
  }

  @Override
  public long nextLong(long bound) {
    return nextLong(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return (int) nextLong(origin, bound);
  }

  @Override
  public int nextInt(int bound) {
    return nextInt(0, bound);
  }

  @Override
  public boolean nextBoolean() {
    return nextLong(0, 2) == 1;
  }

  @Override
  public double nextDouble() {
    return nextLong(0, 1L << 53) * 0x1.0p-53;
  }
}

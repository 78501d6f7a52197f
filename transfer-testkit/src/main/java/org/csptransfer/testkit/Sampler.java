package org.csptransfer.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Draws a value from a source of randomness: the framework-neutral form of a generator.
 *
 * <p>A sampler is deterministic: the same sequence of random numbers gives the same value. Wrap one
 * in any property-testing library by feeding it that library's randomness, as {@code
 * org.csptransfer.testkit.quicktheories.CoreGens} (module {@code transfer-testkit-quicktheories})
 * does for QuickTheories.
 *
 * @param <T> the type of the values drawn
 */
@FunctionalInterface
public interface Sampler<T> {

  /**
   * Draws one value.
   *
   * @param random the source of randomness; not null
   * @return a valid value, never null
   */
  T sample(RandomGenerator random);

  /**
   * Returns a sampler of this sampler's values transformed by a function.
   *
   * @param <R> the type of the transformed values
   * @param mapper the transformation; not null, must not return null
   * @return the transformed sampler
   */
  default <R> Sampler<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(sample(random));
  }

  /**
   * Returns a sampler that always gives the same value.
   *
   * @param <T> the type of the value
   * @param value the value; not null
   * @return the constant sampler
   */
  static <T> Sampler<T> constant(T value) {
    return random -> value;
  }

  /**
   * Returns a sampler that picks one of the given values, each as likely.
   *
   * @param <T> the type of the values
   * @param values the values; not null, not empty
   * @return the sampler
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Sampler<T> oneOf(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("oneOf: no values to pick from");
    }
    List<? extends T> copy = List.copyOf(values);
    return random -> copy.get(random.nextInt(copy.size()));
  }
}

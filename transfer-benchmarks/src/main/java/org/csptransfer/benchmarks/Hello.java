package org.csptransfer.benchmarks;

/** The trivial Java program start-up is compared with: a JVM that prints "hi" and exits. */
public final class Hello {

  private Hello() {}

  /**
   * Prints "hi".
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hi");
  }
}

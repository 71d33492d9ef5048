package dev.sequor.boundary;

import dev.sequor.internal.Operator;
import java.util.List;
import java.util.function.Supplier;

/** A class whose public signatures name an internal type in every way the boundary scan must catch. */
public class Leaky<T extends Comparable<Operator>> {

  public Operator field;

  /** Private: not part of the boundary. */
  private Operator hidden;

  public void inList(List<? extends Operator> operators) {}

  public Supplier<? super Operator[]> wildcard() {
    return null;
  }

  void packagePrivate(Operator operator) {}

  /** A nested public class is public API too. */
  public static class Nested {
    public Operator get() {
      return hidden();
    }

    private static Operator hidden() {
      return null;
    }
  }
}

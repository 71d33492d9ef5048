package test.clash;

import dev.sequor.Model;

/** Nested models: the generated classes are OuterLineModel and OuterInnerNoteModel. */
public class Outer {

  @Model
  public record Line(Long id, String text, Kind kind) {

    public enum Kind {
      PLAIN,
      BOLD
    }
  }

  public static class Inner {

    @Model
    record Note(Long id, String text) {}
  }
}

package dev.sequor;

import dev.sequor.internal.Text;

/**
 * A value was refused before any SQL ran (Sequelize's {@code ValidationError}), for example a {@code null}
 * for a not-null attribute, or text PostgreSQL cannot hold: a NUL character, or an unpaired UTF-16 surrogate (which
 * has no UTF-8 form, so that the driver would send {@code ?} in its place). Names the model, the attribute and the
 * value, and where in the value the problem is.
 */
public class ValidationException extends SequorException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String attribute;
  private final transient Object value;

  /**
   * Attribute {@code attribute} of model {@code model} refused {@code value} for {@code problem} ("cannot be
   * null"). {@code model} is null for a value that belongs to no model, such as a bind value of a jOOQ condition;
   * {@code attribute} then says what the value is for. The message shows the start of a long value, and characters
   * a log cannot show (NUL, unpaired surrogates) as escapes.
   */
  public ValidationException(String model, String attribute, Object value, String problem) {
    super((model == null ? "" : model + ".") + attribute + " " + problem + " ("
        + (model == null ? "" : "model '" + model + "', ") + "attribute '" + attribute + "', value: "
        + Text.shown(value) + ")");
    this.model = model;
    this.attribute = attribute;
    this.value = value;
  }

  /** The model's name; null for a value of no model's (a bind value of a jOOQ condition). */
  public String model() {
    return model;
  }

  /** The attribute's name, or what the value is for when it is not an attribute's ({@code bind value 2}). */
  public String attribute() {
    return attribute;
  }

  /** The refused value. */
  public Object value() {
    return value;
  }
}

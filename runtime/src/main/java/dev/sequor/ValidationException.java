package dev.sequor;

/**
 * A value was refused before any SQL ran (Sequelize's {@code ValidationError}), for example a {@code null}
 * for a not-null attribute. Names the model, the attribute and the value.
 */
public class ValidationException extends SequorException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String attribute;
  private final transient Object value;

  public ValidationException(String model, String attribute, Object value, String problem) {
    super(model + "." + attribute + " " + problem + " (model '" + model + "', attribute '" + attribute
        + "', value: " + value + ")");
    this.model = model;
    this.attribute = attribute;
    this.value = value;
  }

  /** The model's name. */
  public String model() {
    return model;
  }

  /** The attribute's name. */
  public String attribute() {
    return attribute;
  }

  /** The refused value. */
  public Object value() {
    return value;
  }
}

package test.models;

/** Code using the generated builder of a class model, as a user's would. */
public final class CustomerBuilders {

  private CustomerBuilders() {}

  /** A new active customer: the id left out, the timestamps not declared. */
  public static Customer active(String email) {
    return CustomerModel.builder().email(email).active(true).build();
  }

  /** A customer with nothing set. */
  public static Customer empty() {
    return CustomerModel.builder().build();
  }

  /** A copy of {@code from} with another email. */
  public static Customer withEmail(Customer from, String email) {
    return CustomerModel.builder(from).email(email).build();
  }
}

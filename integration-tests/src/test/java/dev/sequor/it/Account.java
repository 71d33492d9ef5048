package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import dev.sequor.Transient;
import java.time.Instant;

/**
 * Underscored (so attribute and column names differ), a unique column, database defaults, a transient
 * attribute and declared timestamps.
 */
@Model(underscored = true)
public record Account(
    Long id,
    @Column(allowNull = false, unique = true, length = 120) String email,
    @Column(allowNull = false) String fullName,
    @DefaultValue("100") Integer credits,
    @DefaultValue("ACTIVE") Status status,
    String nickname,
    @Transient String displayLabel,
    Instant createdAt,
    Instant updatedAt) {

  /** An account not yet stored: defaults, id and timestamps left to the database and the runtime. */
  public static Account of(String email, String fullName) {
    return AccountModel.builder().email(email).fullName(fullName).build();
  }

  /**
   * A copy holding {@code value} as its transient display label: the generated builder holds attributes only, so
   * a transient value is set by hand.
   */
  public Account withDisplayLabel(String value) {
    return new Account(id, email, fullName, credits, status, nickname, value, createdAt, updatedAt);
  }
}

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
    return new Account(null, email, fullName, null, null, null, null, null, null);
  }

  public Account withCredits(Integer value) {
    return new Account(id, email, fullName, value, status, nickname, displayLabel, createdAt, updatedAt);
  }

  public Account withStatus(Status value) {
    return new Account(id, email, fullName, credits, value, nickname, displayLabel, createdAt, updatedAt);
  }

  public Account withTimestamps(Instant created, Instant updated) {
    return new Account(id, email, fullName, credits, status, nickname, displayLabel, created, updated);
  }

  public Account withNickname(String value) {
    return new Account(id, email, fullName, credits, status, value, displayLabel, createdAt, updatedAt);
  }

  public Account withDisplayLabel(String value) {
    return new Account(id, email, fullName, credits, status, nickname, value, createdAt, updatedAt);
  }
}

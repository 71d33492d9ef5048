package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.time.Instant;

/**
 * Two unique attributes (so that an insert can conflict on a key a where does not pin), a counter with a default
 * and visible timestamps: for findOrCreate, upsert, bulkCreate's conflict options and increments.
 */
@Model
public record Subscriber(
    Long id,
    @Column(allowNull = false, unique = true, length = 40) String handle,
    @Column(unique = true, length = 120) String email,
    String name,
    @Column(allowNull = false) @DefaultValue("0") Integer points,
    Instant createdAt,
    Instant updatedAt) {

  /** Not stored yet: id, points and timestamps left to the database and the runtime. */
  public static Subscriber of(String handle, String email, String name) {
    return SubscriberModel.builder().handle(handle).email(email).name(name).build();
  }
}

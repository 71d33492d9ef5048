package test.models;

import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.Transient;

/** A class model: accessors, a boolean read through isActive(), two kinds of transient field, hidden timestamps. */
@Model
public class Customer {

  private Long id;
  @Column(allowNull = false, unique = true)
  private String email;
  private boolean active;
  private transient int cachedHash;
  @Transient
  private String displayName;

  public Customer() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getDisplayName() {
    return displayName;
  }
}

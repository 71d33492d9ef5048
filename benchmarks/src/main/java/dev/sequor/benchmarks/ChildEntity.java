package dev.sequor.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** W9's child as an idiomatic Hibernate entity on the same {@code children} table: the owning side, lazy. */
@Entity(name = "Child")
@Table(name = "children")
public class ChildEntity {

  @Id
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private ParentEntity parent;

  @Column(nullable = false)
  private String name;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private int quantity;

  protected ChildEntity() {}

  public Long getId() {
    return id;
  }

  public ParentEntity getParent() {
    return parent;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public int getQuantity() {
    return quantity;
  }

  /** As {@link Checksum#child}; the parent's id is read from the parent the child refers to. */
  long checksum() {
    return Checksum.child(id, parent.getId(), name, price, quantity);
  }
}

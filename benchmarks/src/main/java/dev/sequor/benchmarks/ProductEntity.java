package dev.sequor.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The product as an idiomatic Hibernate entity on the same {@code products} table.
 *
 * <p>Ids: {@code bigserial} would map to {@code IDENTITY}, which makes Hibernate insert each row on its own to
 * read its key back, so JDBC batching never happens. What Hibernate users do instead, and what Hibernate's
 * documentation recommends, is a sequence with a pooled allocation: this entity draws its ids from the
 * {@code bigserial}'s own sequence, {@code products_id_seq}, reserving {@value #ALLOCATION} ids per
 * {@code nextval} ({@link HibernateImpl} sets the sequence's {@code INCREMENT BY} to match, for its runs only).
 */
@Entity(name = "Product")
@Table(name = "products")
public class ProductEntity {

  static final int ALLOCATION = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "products_id")
  @SequenceGenerator(name = "products_id", sequenceName = BenchDatabase.SEQUENCE, allocationSize = ALLOCATION)
  private Long id;

  @Column(nullable = false)
  private String name;

  private String category;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private int stock;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ProductEntity() {}

  ProductEntity(String name, String category, BigDecimal price, int stock) {
    this.name = name;
    this.category = category;
    this.price = price;
    this.stock = stock;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCategory() {
    return category;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public int getStock() {
    return stock;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  long checksum() {
    return Checksum.row(id, name, category, price, stock, createdAt, updatedAt);
  }
}

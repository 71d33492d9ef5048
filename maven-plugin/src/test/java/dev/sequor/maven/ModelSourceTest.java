package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSourceTest {

  @Test
  void render_writesTheLessonsRecord() {
    ModelSource source = ModelSource.of("com.example.shop", "Product",
        ModelAttributes.parse("name:string,price:decimal,status:enum:{draft,live},available_on:dateonly"));
    assertEquals("com/example/shop/Product.java", source.relativePath());
    assertEquals("""
        package com.example.shop;

        import dev.sequor.Model;
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.time.LocalDate;

        /** Written by sequor:model-generate. Change it as you like, then run sequor:migration-generate. */
        @Model(modelName = "product", underscored = true)
        public record Product(
            Long id,
            String name,
            BigDecimal price,
            Status status,
            LocalDate availableOn,
            Instant createdAt,
            Instant updatedAt) {

          /** The values of {@code status}. */
          public enum Status {
            draft,
            live
          }
        }
        """, source.render());
  }

  @Test
  void render_writesTextJsonAndArrayAttributes() {
    ModelSource source = ModelSource.of("shop", "Article",
        ModelAttributes.parse("body:text,meta:jsonb,tags:array:string,notes:ARRAY(TEXT),refs:array:uuid"));
    assertEquals("""
        package shop;

        import dev.sequor.Column;
        import dev.sequor.Json;
        import dev.sequor.Model;
        import java.time.Instant;
        import java.util.List;
        import java.util.UUID;

        /** Written by sequor:model-generate. Change it as you like, then run sequor:migration-generate. */
        @Model(modelName = "article", underscored = true)
        public record Article(
            Long id,
            @Column(text = true) String body,
            Json meta,
            List<String> tags,
            @Column(text = true) List<String> notes,
            List<UUID> refs,
            Instant createdAt,
            Instant updatedAt) {}
        """, source.render());
  }

  @Test
  void render_withoutEnums_closesTheRecordOnItsLine() {
    ModelSource source = ModelSource.of("shop", "tag", ModelAttributes.parse("label:string"));
    assertTrue(source.render().endsWith("\n    Instant updatedAt) {}\n"), source.render());
  }

  @Test
  void name_isTurnedIntoClassAndModelName() {
    ModelSource source = ModelSource.of("shop", "line-item", List.of());
    assertEquals("LineItem", source.className());
    assertTrue(source.render().contains("@Model(modelName = \"lineItem\", underscored = true)"), source.render());
    assertEquals("LineItem", ModelSource.of("shop", "lineItem", List.of()).className());
    assertEquals("Product", ModelSource.of("shop", "product", List.of()).className());
  }

  @Test
  void badPackage_isRefusedWithTheWayOut() {
    UsageException e = assertThrows(UsageException.class, () -> ModelSource.of("my-shop", "Product", List.of()));
    assertTrue(e.getMessage().contains("-Dpackage="), e.getMessage());
    assertThrows(UsageException.class, () -> ModelSource.of("", "Product", List.of()));
  }

  @Test
  void badClassNames_areRefused() {
    assertThrows(UsageException.class, () -> ModelSource.of("shop", "--", List.of()));
    assertThrows(UsageException.class, () -> ModelSource.of("shop", "2fa", List.of()));
    assertThrows(UsageException.class, () -> ModelSource.of("shop", "Model", List.of()));
  }

  @Test
  void enumShadowingAnImportedType_isRefused() {
    UsageException e = assertThrows(UsageException.class,
        () -> ModelSource.of("shop", "Product", ModelAttributes.parse("instant:enum:{a,b}")));
    assertTrue(e.getMessage().contains("Rename the attribute"), e.getMessage());
    assertThrows(UsageException.class,
        () -> ModelSource.of("shop", "Product", ModelAttributes.parse("product:enum:{a,b}")));
  }
}

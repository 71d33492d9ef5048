package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false, truncate = false)
class ToJsonTest {

  private final Repository<Account, Long> accounts;
  private final Repository<Everything, Long> everything;

  ToJsonTest(Sequor db) {
    this.accounts = db.repository(AccountModel.MODEL);
    this.everything = db.repository(EverythingModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, AccountModel.MODEL);
  }

  @Test
  void toJsonIsKeyedByAttributeNamesInDeclarationOrderWithoutTransientAttributes() {
    Account account = new Account(7L, "ada@example.com", "Ada \"Countess\" Lovelace", 100, Status.ACTIVE, null,
        "not stored", Instant.parse("2024-01-02T03:04:05.123456Z"), Instant.parse("2024-01-02T03:04:05Z"));

    assertEquals("{\"id\":7,\"email\":\"ada@example.com\",\"fullName\":\"Ada \\\"Countess\\\" Lovelace\","
        + "\"credits\":100,\"status\":\"ACTIVE\",\"nickname\":null,\"createdAt\":\"2024-01-02T03:04:05.123456Z\","
        + "\"updatedAt\":\"2024-01-02T03:04:05Z\"}", accounts.toJSON(account));
  }

  @Test
  void toJsonOfAStoredRowShowsItsGeneratedValues() {
    Account created = accounts.create(Account.of("ada@example.com", "Ada"));

    String json = accounts.toJSON(created);

    assertTrue(json.startsWith("{\"id\":" + created.id() + ","), json);
    assertTrue(json.contains("\"credits\":100,\"status\":\"ACTIVE\""), json);
    assertTrue(json.contains("\"createdAt\":\"" + created.createdAt() + "\""), json);
    assertFalse(json.contains("created_at") || json.contains("full_name"), json);
  }

  @Test
  void toJsonRendersEveryTypeAsDocumented() {
    Everything value = new Everything(1L, "line\nbreak", 2, -3, 4L, Long.MIN_VALUE, (short) 5, (short) -6, true,
        false, new BigDecimal("1E+3"), new BigDecimal("0.000001"), 1.5, Double.NaN, 0.25f,
        Float.NEGATIVE_INFINITY, Instant.parse("2024-01-02T03:04:05Z"),
        OffsetDateTime.parse("2024-01-02T03:04:05+05:30"), LocalDate.parse("2024-01-02"),
        LocalTime.parse("03:04:05.5"), LocalDateTime.parse("2024-01-02T03:04:05"),
        UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"), new byte[] {0, 1, 2, (byte) 0xfb, (byte) 0xff},
        Size.LARGE);

    assertEquals("{\"id\":1,\"text\":\"line\\nbreak\",\"boxedInt\":2,\"primitiveInt\":-3,\"boxedLong\":4,"
        + "\"primitiveLong\":-9223372036854775808,\"boxedShort\":5,\"primitiveShort\":-6,\"boxedBoolean\":true,"
        + "\"primitiveBoolean\":false,\"amount\":1000,\"plainDecimal\":0.000001,\"boxedDouble\":1.5,"
        + "\"primitiveDouble\":\"NaN\",\"boxedFloat\":0.25,\"primitiveFloat\":\"-Infinity\","
        + "\"instant\":\"2024-01-02T03:04:05Z\",\"offsetDateTime\":\"2024-01-02T03:04:05+05:30\","
        + "\"localDate\":\"2024-01-02\",\"localTime\":\"03:04:05.500\",\"localDateTime\":\"2024-01-02T03:04:05\","
        + "\"uuid\":\"01890a5d-ac96-774b-bcce-b302099a8057\",\"bytes\":\"AAEC+/8=\",\"size\":\"LARGE\"}",
        everything.toJSON(value));
  }
}

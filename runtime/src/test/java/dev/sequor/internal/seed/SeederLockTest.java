package dev.sequor.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SeederLockTest {

  @Test
  void theSeederLockIsNotTheMigrationLock_andItsKeyIsStable() {
    // the first 8 bytes of SHA-256 over sequor-seeders:"public"."SequorData"; the migrations' is over
    // sequor-migrations:"public"."SequorMeta"
    assertEquals(-4235359184760815156L, SeederEngine.HISTORY.lockKey("public"));
    assertNotEquals(-6678508989264325514L, SeederEngine.HISTORY.lockKey("public"));
    assertNotEquals(SeederEngine.HISTORY.lockKey("public"), SeederEngine.HISTORY.lockKey("shop"));
  }
}

package dev.sequor.it;

import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.NAME;
import static dev.sequor.it.ItemModel.QUANTITY;
import static dev.sequor.it.ItemModel.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Criterion;
import dev.sequor.Op;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every criterion operator on real rows. Names hold LIKE's wildcards and escape character next to rows that
 * a wildcard would match, so a value taken as a pattern shows up as an extra row.
 */
@SequorTest(migrate = false, truncate = false)
class OperatorTest {

  private final Repository<Item, Long> items;

  OperatorTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
    database.sequor().repository(ItemModel.MODEL).bulkCreate(List.of(
        Item.of("p1", "100% pure", 1, null, Size.SMALL),
        Item.of("p2", "100 pure", 2, null, Size.MEDIUM),
        Item.of("p3", "snake_case", 3, null, Size.LARGE),
        Item.of("p4", "snakeXcase", 4, null, null),
        Item.of("p5", "C:\\temp", 5, null, Size.SMALL),
        Item.of("p6", "C:temp", null, null, Size.MEDIUM),
        Item.of("p7", null, 7, null, Size.LARGE),
        Item.of("p8", "Apple pie", 8, null, Size.SMALL)));
  }

  private List<String> codes(Criterion<Item> criterion) {
    return items.findAll(criterion).stream().map(Item::code).sorted().toList();
  }

  private static List<String> all() {
    return List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
  }

  @Test
  void eqMatchesEqualValues() {
    assertEquals(List.of("p3"), codes(QUANTITY.eq(3)));
    assertEquals(List.of("p8"), codes(NAME.eq("Apple pie")));
  }

  @Test
  void eqOfNullMatchesNulls(StatementLog statements) {
    statements.clear();
    assertEquals(List.of("p7"), codes(NAME.eq(null)));
    assertTrue(statements.all().get(0).toLowerCase(Locale.ROOT).contains("is null"), statements.all().get(0));
  }

  @Test
  void neMatchesOtherNonNullValues() {
    assertEquals(List.of("p1", "p2", "p4", "p5", "p7", "p8"), codes(QUANTITY.ne(3)));
  }

  @Test
  void neOfNullMatchesNonNulls(StatementLog statements) {
    statements.clear();
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p7", "p8"), codes(QUANTITY.ne(null)));
    assertTrue(statements.all().get(0).toLowerCase(Locale.ROOT).contains("is not null"), statements.all().get(0));
  }

  @Test
  void gtMatchesGreaterValues() {
    assertEquals(List.of("p7", "p8"), codes(QUANTITY.gt(5)));
  }

  @Test
  void gteMatchesGreaterOrEqualValues() {
    assertEquals(List.of("p5", "p7", "p8"), codes(QUANTITY.gte(5)));
  }

  @Test
  void ltMatchesSmallerValues() {
    assertEquals(List.of("p1", "p2"), codes(QUANTITY.lt(3)));
  }

  @Test
  void lteMatchesSmallerOrEqualValues() {
    assertEquals(List.of("p1", "p2", "p3"), codes(QUANTITY.lte(3)));
  }

  @Test
  void inMatchesAnyListedValue() {
    assertEquals(List.of("p2", "p5", "p8"), codes(QUANTITY.in(2, 5, 8, 99)));
    assertEquals(List.of("p1", "p3"), codes(CODE.in(List.of("p1", "p3"))));
  }

  @Test
  void inOfNoValuesMatchesNoRow() {
    assertEquals(List.of(), codes(QUANTITY.in(List.of())));
    assertEquals(List.of(), codes(QUANTITY.in()));
    assertEquals(List.of("p2"), codes(QUANTITY.in(2, null)), "a null among the values matches nothing, as in SQL");
  }

  @Test
  void notInMatchesNonNullValuesNotListed() {
    assertEquals(List.of("p3", "p4", "p7", "p8"), codes(QUANTITY.notIn(1, 2, 5)));
  }

  @Test
  void notInOfNoValuesMatchesEveryRow() {
    assertEquals(all(), codes(QUANTITY.notIn(List.of())));
    assertEquals(all(), codes(QUANTITY.notIn()));
  }

  @Test
  void betweenIncludesBothEnds() {
    assertEquals(List.of("p3", "p4", "p5"), codes(QUANTITY.between(3, 5)));
  }

  @Test
  void notBetweenExcludesBothEnds() {
    assertEquals(List.of("p1", "p2", "p7", "p8"), codes(QUANTITY.notBetween(3, 5)));
  }

  @Test
  void isNullMatchesNulls() {
    assertEquals(List.of("p6"), codes(QUANTITY.isNull()));
  }

  @Test
  void isNotNullMatchesValues() {
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6", "p8"), codes(NAME.isNotNull()));
  }

  @Test
  void likeTakesItsArgumentAsAPattern() {
    assertEquals(List.of("p1", "p2"), codes(NAME.like("100%")));
    assertEquals(List.of("p3", "p4"), codes(NAME.like("snake_case")));
    assertEquals(List.of(), codes(NAME.like("apple%")), "like is case-sensitive");
  }

  @Test
  void notLikeExcludesPatternMatchesAndNulls() {
    assertEquals(List.of("p3", "p4", "p5", "p6", "p8"), codes(NAME.notLike("100%")));
  }

  @Test
  void iLikeIgnoresCase() {
    assertEquals(List.of("p8"), codes(NAME.iLike("apple%")));
    assertEquals(List.of("p5", "p6"), codes(NAME.iLike("c:%")));
  }

  @Test
  void notILikeIgnoresCase() {
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6"), codes(NAME.notILike("APPLE%")));
  }

  @Test
  void startsWithTakesPercentLiterally() {
    assertEquals(List.of("p1"), codes(NAME.startsWith("100%")));
  }

  @Test
  void startsWithTakesUnderscoreLiterally() {
    assertEquals(List.of("p3"), codes(NAME.startsWith("snake_")));
  }

  @Test
  void startsWithTakesBackslashLiterally() {
    assertEquals(List.of("p5"), codes(NAME.startsWith("C:\\")));
  }

  @Test
  void startsWithMatchesOnlyAtTheStart() {
    assertEquals(List.of("p1", "p2"), codes(NAME.startsWith("100")));
    assertEquals(List.of(), codes(NAME.startsWith("pure")));
  }

  @Test
  void endsWithTakesWildcardsLiterally() {
    assertEquals(List.of("p3"), codes(NAME.endsWith("_case")));
    assertEquals(List.of("p5"), codes(NAME.endsWith("\\temp")));
    assertEquals(List.of(), codes(NAME.endsWith("%")));
  }

  @Test
  void substringTakesWildcardsLiterally() {
    assertEquals(List.of("p1"), codes(NAME.substring("%")));
    assertEquals(List.of("p3"), codes(NAME.substring("e_c")));
    assertEquals(List.of("p5"), codes(NAME.substring("\\")));
    assertEquals(List.of("p5"), codes(NAME.substring(":\\t")));
  }

  @Test
  void substringMatchesAnywhere() {
    assertEquals(List.of("p1", "p2"), codes(NAME.substring("pure")));
    assertEquals(List.of("p3", "p4"), codes(NAME.substring("ake")));
  }

  @Test
  void criteriaCombineWithAndOrAndNot() {
    assertEquals(List.of("p3"), codes(QUANTITY.gt(2).and(NAME.endsWith("case")).and(NAME.startsWith("snake_"))));
    assertEquals(List.of("p1", "p8"), codes(QUANTITY.eq(1).or(QUANTITY.eq(8))));
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p7"), codes(QUANTITY.eq(8).not()));
  }

  @Test
  void opNestsAndOrAndNot() {
    Criterion<Item> nested = Op.or(QUANTITY.lt(2), Op.and(QUANTITY.gt(6), NAME.startsWith("Apple")));
    assertEquals(List.of("p1", "p8"), codes(nested));
    assertEquals(List.of("p2", "p3", "p4", "p5"), codes(Op.and(Op.not(nested), NAME.isNotNull())));
    assertEquals(List.of("p6", "p7"), codes(Op.or(QUANTITY.isNull(), NAME.isNull())));
  }

  @Test
  void opAndOfNoCriteriaMatchesEveryRow() {
    assertEquals(all(), codes(Op.and()));
  }

  @Test
  void opOrOfNoCriteriaMatchesNoRow() {
    assertEquals(List.of(), codes(Op.or()));
    assertEquals(all(), codes(Op.not(Op.or())));
  }

  @Test
  void enumCriteriaBindTheEnumType() {
    assertEquals(List.of("p2", "p6"), codes(SIZE.eq(Size.MEDIUM)));
    assertEquals(List.of("p1", "p2", "p5", "p6", "p8"), codes(SIZE.ne(Size.LARGE)));
    assertEquals(List.of("p1", "p3", "p5", "p7", "p8"), codes(SIZE.in(Size.SMALL, Size.LARGE)));
    assertEquals(List.of("p2", "p6"), codes(SIZE.notIn(List.of(Size.SMALL, Size.LARGE))));
    assertEquals(List.of("p4"), codes(SIZE.isNull()));
  }

  @Test
  void enumComparisonsFollowDeclarationOrder() {
    assertEquals(List.of("p2", "p3", "p6", "p7"), codes(SIZE.gt(Size.SMALL)));
    assertEquals(List.of("p1", "p2", "p5", "p6", "p8"), codes(SIZE.lte(Size.MEDIUM)));
    assertEquals(List.of("p2", "p3", "p6", "p7"), codes(SIZE.between(Size.MEDIUM, Size.LARGE)));
  }

  @Test
  void negatedStringOperatorsTakeTheirValueLiterallyAndSkipNulls() {
    assertEquals(List.of("p2", "p3", "p4", "p5", "p6", "p8"), codes(NAME.notStartsWith("100%")));
    assertEquals(List.of("p1", "p2", "p4", "p5", "p6", "p8"), codes(NAME.notEndsWith("_case")));
    assertEquals(List.of("p2", "p3", "p4", "p5", "p6", "p8"), codes(NAME.notSubstring("%")));
  }

  @Test
  void regexpUsesPosixRegularExpressions() {
    assertEquals(List.of("p3", "p4"), codes(NAME.regexp("^snake.case$")));
    assertEquals(List.of("p2"), codes(NAME.regexp("^[0-9]+ ")));
    assertEquals(List.of(), codes(NAME.regexp("^apple")), "regexp is case-sensitive");
  }

  @Test
  void notRegexpExcludesMatchesAndNulls() {
    assertEquals(List.of("p1", "p2", "p5", "p6", "p8"), codes(NAME.notRegexp("^snake")));
  }

  @Test
  void iRegexpIgnoresCase() {
    assertEquals(List.of("p8"), codes(NAME.iRegexp("^apple")));
    assertEquals(List.of("p1", "p2", "p3", "p4"), codes(NAME.notIRegexp("^(apple|c:)")));
  }

  @Test
  void likeAnyMatchesAnyPatternAndLikeAllEveryPattern() {
    assertEquals(List.of("p1", "p2", "p8"), codes(NAME.likeAny(List.of("100%", "Apple%"))));
    assertEquals(List.of("p1", "p2"), codes(NAME.likeAll(List.of("100%", "%pure"))));
    assertEquals(List.of("p5", "p6", "p8"), codes(NAME.notLikeAll(List.of("100%", "snake%"))));
    assertEquals(List.of("p5", "p6", "p8"), codes(NAME.iLikeAny(List.of("apple%", "c:%"))));
    assertEquals(List.of("p1", "p2", "p3", "p4"), codes(NAME.notILikeAll(List.of("apple%", "c:%"))));
  }

  @Test
  void comparisonsAgainstAnyOrAll() {
    assertEquals(List.of("p3", "p4", "p5", "p7", "p8"), codes(QUANTITY.gtAny(List.of(2, 5))));
    assertEquals(List.of("p7", "p8"), codes(QUANTITY.gtAll(List.of(2, 5))));
    assertEquals(List.of("p5", "p7", "p8"), codes(QUANTITY.gteAll(List.of(2, 5))));
    assertEquals(List.of("p1", "p2", "p3"), codes(QUANTITY.lteAll(List.of(3, 4))));
    assertEquals(List.of("p1"), codes(QUANTITY.ltAll(List.of(2, 9))));
  }

  @Test
  void anyOfNoValuesMatchesNoRowAndAllOfNoValuesEveryRow() {
    assertEquals(List.of(), codes(QUANTITY.gtAny(List.of())));
    assertEquals(all(), codes(QUANTITY.gtAll(List.of())));
    assertEquals(List.of(), codes(NAME.likeAny(List.of())));
    assertEquals(all(), codes(NAME.notILikeAll(Set.of())));
  }

  @Test
  void quantifiedEnumValuesBindTheEnumType() {
    assertEquals(List.of("p2", "p3", "p6", "p7"), codes(SIZE.gtAny(List.of(Size.SMALL))));
    assertEquals(List.of("p3", "p7"), codes(SIZE.gtAll(List.of(Size.SMALL, Size.MEDIUM))));
  }

  @Test
  void aConjunctionOfEqualitiesKnowsItsValues() {
    assertEquals(Map.of(QUANTITY, 3, NAME, "snake_case"), QUANTITY.eq(3).and(NAME.eq("snake_case")).equalities());
    assertEquals(Map.of(QUANTITY, 3), Op.and(QUANTITY.eq(3)).equalities());
    assertEquals(Map.of(), QUANTITY.eq(3).or(NAME.eq("x")).equalities());
    assertEquals(Map.of(), QUANTITY.eq(3).and(QUANTITY.eq(4)).equalities(), "contradiction: no values");
    assertEquals(Map.of(), QUANTITY.eq(3).and(NAME.startsWith("s")).equalities());
    assertEquals(List.of("p3"), codes(QUANTITY.eq(3).and(NAME.eq("snake_case"))));
  }
}

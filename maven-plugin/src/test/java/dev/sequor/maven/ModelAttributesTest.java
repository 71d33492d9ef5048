package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.maven.ModelAttributes.Attribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelAttributesTest {

  /** The three forms sequelize-cli's model-helper.js documents, and their mixes. */
  @Test
  void items_separatedByCommasOrSpaces_notInsideBraces() {
    List<String> expected = List.of("first_name:string", "bio:text", "role:enum:{Admin, Guest}", "age:integer");
    assertEquals(expected, ModelAttributes.items("first_name:string,bio:text,role:enum:{Admin, Guest},age:integer"));
    assertEquals(expected, ModelAttributes.items("first_name:string bio:text role:enum:{Admin, Guest} age:integer"));
    assertEquals(expected,
        ModelAttributes.items(" first_name:string, bio:text,  role:enum:{Admin, Guest} age:integer, "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "string,   String,     ",
    "STRING,   String,     ",
    "text,     String,     dev.sequor.Column",
    "integer,  Integer,    ",
    "mediumint, Integer,   ",
    "bigint,   Long,       ",
    "smallint, Short,      ",
    "tinyint,  Short,      ",
    "float,    Float,      ",
    "real,     Float,      ",
    "double,   Double,     ",
    "decimal,  BigDecimal, java.math.BigDecimal",
    "Boolean,  Boolean,    ",
    "date,     Instant,    java.time.Instant",
    "dateonly, LocalDate,  java.time.LocalDate",
    "DATEONLY, LocalDate,  java.time.LocalDate",
    "time,     LocalTime,  java.time.LocalTime",
    "uuid,     UUID,       java.util.UUID",
    "uuidv4,   UUID,       java.util.UUID",
    "blob,     byte[],     ",
    "json,     Json,       dev.sequor.Json",
    "JSONB,    Json,       dev.sequor.Json",
  })
  void types_mapToSequorJavaTypes(String dataType, String javaType, String importName) {
    Attribute attribute = ModelAttributes.parse("value:" + dataType).get(0);
    assertEquals(javaType, attribute.javaType());
    assertEquals(importName == null ? List.of() : List.of(importName), attribute.imports());
  }

  @Test
  void text_isAStringInATextColumn() {
    Attribute bio = ModelAttributes.parse("bio:text").get(0);
    assertEquals("@Column(text = true)", bio.annotation());
    assertNull(bio.note());
    assertNull(ModelAttributes.parse("name:string").get(0).annotation());
    assertTrue(ModelAttributes.parse("name:citext").get(0).note().contains("stored as TEXT"));
    assertTrue(ModelAttributes.parse("code:char").get(0).note().contains("VARCHAR(255)"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "tags:array:string          | List<String>     | java.util.List",
    "tags:ARRAY:STRING          | List<String>     | java.util.List",
    "tags:ARRAY(STRING)         | List<String>     | java.util.List",
    "tags:array(string)         | List<String>     | java.util.List",
    "ids:array:bigint           | List<Long>       | java.util.List",
    "refs:ARRAY(DataTypes.UUID) | List<UUID>       | java.util.UUID java.util.List",
    "prices:array:decimal       | List<BigDecimal> | java.math.BigDecimal java.util.List",
    "notes:array:text           | List<String>     | dev.sequor.Column java.util.List",
  })
  void arrays_areListsOfTheElementType(String item, String javaType, String imports) {
    Attribute attribute = ModelAttributes.parse(item).get(0);
    assertEquals(javaType, attribute.javaType());
    assertEquals(List.of(imports.split(" ")), attribute.imports());
    assertEquals(item.contains("text") ? "@Column(text = true)" : null, attribute.annotation());
  }

  @Test
  void arrayOfATypeSequorCannotHoldInArrays_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> ModelAttributes.parse("seen:array:date"));
    assertTrue(e.getMessage().contains("'seen:array:date': Sequor stores arrays of string, text, citext, char,"
        + " integer"), e.getMessage());
    assertTrue(e.getMessage().contains("not of date"), e.getMessage());
    assertThrows(UsageException.class, () -> ModelAttributes.parse("data:ARRAY(JSONB)"));
    assertThrows(UsageException.class, () -> ModelAttributes.parse("x:array:money"));
    UsageException noElement = assertThrows(UsageException.class, () -> ModelAttributes.parse("tags:array"));
    assertTrue(noElement.getMessage().contains("for example tags:array:string"), noElement.getMessage());
  }

  @Test
  void names_becomeLowerCamelCase() {
    List<Attribute> attributes = ModelAttributes.parse("first_name:string,Last-Name:string,zipCode:string");
    assertEquals(List.of("firstName", "lastName", "zipCode"), attributes.stream().map(Attribute::name).toList());
  }

  @Test
  void enum_becomesNestedEnumNamedAfterTheAttribute() {
    Attribute status = ModelAttributes.parse("status:enum:{draft, live,'archived'}").get(0);
    assertEquals("Status", status.javaType());
    assertEquals(List.of("draft", "live", "archived"), status.enumConstants());
    assertTrue(status.isEnum());
  }

  @Test
  void enum_valueThatIsNoJavaIdentifier_isRefused() {
    UsageException e = assertThrows(UsageException.class,
        () -> ModelAttributes.parse("role:enum:{Admin, 'Guest User'}"));
    assertTrue(e.getMessage().contains("'Guest User' is not a Java identifier"), e.getMessage());
  }

  @Test
  void enum_withoutValues_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> ModelAttributes.parse("status:enum:draft"));
    assertTrue(e.getMessage().contains("status:enum:{draft,live}"), e.getMessage());
  }

  @Test
  void unknownType_namesItAndTheSupportedOnes() {
    UsageException e = assertThrows(UsageException.class, () -> ModelAttributes.parse("price:money"));
    assertTrue(e.getMessage().contains("unknown type 'money'"), e.getMessage());
    assertTrue(e.getMessage().contains("string, text"), e.getMessage());
  }

  @Test
  void sequelizeTypeWithoutJavaType_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> ModelAttributes.parse("data:hstore"));
    assertTrue(e.getMessage().contains("Sequor has no Java type for hstore yet"), e.getMessage());
  }

  @Test
  void unparseableItem_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> ModelAttributes.parse("name"));
    assertTrue(e.getMessage().contains("'name' cannot be parsed"), e.getMessage());
    assertThrows(UsageException.class, () -> ModelAttributes.parse("a:b:c:d"));
  }

  @Test
  void generatedAttributes_andDuplicates_andKeywords_areRefused() {
    assertTrue(assertThrows(UsageException.class, () -> ModelAttributes.parse("id:integer"))
        .getMessage().contains("leave id out"));
    assertTrue(assertThrows(UsageException.class, () -> ModelAttributes.parse("created_at:date"))
        .getMessage().contains("leave createdAt out"));
    assertTrue(assertThrows(UsageException.class, () -> ModelAttributes.parse("name:string,name:text"))
        .getMessage().contains("listed twice"));
    assertTrue(assertThrows(UsageException.class, () -> ModelAttributes.parse("class:string"))
        .getMessage().contains("cannot be a Java attribute name"));
    assertThrows(UsageException.class, () -> ModelAttributes.parse("2fa:boolean"));
  }

  @Test
  void missingAttributes_isRefused() {
    assertTrue(assertThrows(UsageException.class, () -> ModelAttributes.parse(" "))
        .getMessage().contains("-Dattributes=name:string,price:decimal"));
  }
}

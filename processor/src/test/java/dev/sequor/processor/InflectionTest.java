package dev.sequor.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks {@link Inflection} against the output of the npm package {@code inflection} 1.13.4, which
 * Sequelize v6 uses to name tables and columns. Every expected value below was produced by that
 * package under Node.js, quirks included.
 */
class InflectionTest {

  /** Sequelize reference §3.10: model name, v6 table, table with {@code underscored: true}. */
  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "product,         products,          products",
    "user,            users,             users",
    "orderItem,       orderItems,        order_items",
    "OrderItem,       OrderItems,        order_items",
    "ProductCategory, ProductCategories, product_categories",
    "category,        categories,        categories",
    "company,         companies,         companies",
    "key,             keys,              keys",
    "query,           queries,           queries",
    "person,          people,            people",
    "salesPerson,     salesPeople,       sales_people",
    "child,           children,          children",
    "man,             men,               men",
    "Chairman,        Chairmans,         chairmans",
    "mouse,           mice,              mice",
    "blouse,          blice,             blice",
    "house,           houses,            houses",
    "status,          statuses,          statuses",
    "orderStatus,     orderStatuses,     order_statuses",
    "bonus,           bonuses,           bonuses",
    "signupBonus,     signupBonus,       signup_bonus",
    "virus,           viruses,           viruses",
    "radius,          radius,            radius",
    "gas,             gas,               gas",
    "address,         addresses,         addresses",
    "business,        businesses,        businesses",
    "box,             boxes,             boxes",
    "match,           matches,           matches",
    "index,           indices,           indices",
    "userIndex,       userIndices,       user_indices",
    "appendix,        appendixes,        appendixes",
    "matrix,          matrices,          matrices",
    "analysis,        analyses,          analyses",
    "axis,            axes,              axes",
    "quiz,            quizzes,           quizzes",
    "potato,          potatoes,          potatoes",
    "hero,            heros,             heros",
    "life,            lives,             lives",
    "safe,            saves,             saves",
    "Cafe,            Caves,             caves",
    "half,            halves,            halves",
    "leaf,            leafs,             leafs",
    "datum,           data,              data",
    "premium,         premia,            premia",
    "curriculum,      curriculums,       curriculums",
    "data,            data,              data",
    "metaData,        metaData,          meta_data",
    "quota,           quota,             quota",
    "delta,           delta,             delta",
    "media,           media,             media",
    "schema,          schemas,           schemas",
    "slice,           slice,             slice",
    "police,          police,            police",
    "price,           prices,            prices",
    "information,     information,       information",
    "news,            news,              news",
    "equipment,       equipment,         equipment",
    "sheep,           sheep,             sheep",
    "series,          series,            series",
    "fish,            fishes,            fishes",
    "focus,           focus,             focus",
    "any,             anies,             anies",
    "nucleus,         nucleus,           nucleus",
    "criterion,       criteria,          criteria",
    "ox,              oxen,              oxen",
    "goose,           geese,             geese",
    "users,           users,             users",
    "Users,           Users,             users",
    "ApiKey,          ApiKeys,           api_keys",
    "userID,          userIDs,           user_i_ds",
    "HTMLPage,        HTMLPages,         h_t_m_l_pages"
  })
  void inferredTableName_matchesSequelizeV6(String model, String table, String underscoredTable) {
    assertEquals(table, Inflection.pluralize(model));
    assertEquals(underscoredTable, Inflection.underscore(Inflection.pluralize(model)));
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "person,   people,     people",
    "category, categories, categories",
    "index,    indices,    indices",
    "leaf,     leafs,      leafs",
    "lineItem, lineItems,  line_items"
  })
  void inferredTableName_matchesIssueExamples(String model, String table, String underscoredTable) {
    assertEquals(table, Inflection.pluralize(model));
    assertEquals(underscoredTable, Inflection.underscore(Inflection.pluralize(model)));
  }

  /**
   * One or more words per rule (already-plural words first, then each singular rule), uncountable
   * words in several letter cases, and upper-case words where only the inserted text is lowercase.
   */
  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "men,           men,             men",
    "women,         women,           women",
    "children,      children,        children",
    "analyses,      analyses,        analyses",
    "databases,     databases,       databases",
    "drives,        drives,          drives",
    "archives,      archives,        archives",
    "curves,        curves,          curves",
    "wolves,        wolves,          wolves",
    "movies,        movies,          movies",
    "cities,        cities,          cities",
    "boxes,         boxes,           boxes",
    "mice,          mice,            mice",
    "buses,         buses,           buses",
    "heroes,        heroes,          heroes",
    "shoes,         shoes,           shoes",
    "crises,        crises,          crises",
    "octopuses,     octopuses,       octopuses",
    "aliases,       aliases,         aliases",
    "bonuses,       bonuses,         bonuses",
    "oxen,          oxen,            oxen",
    "matrices,      matrices,        matrices",
    "vertices,      vertices,        vertices",
    "feet,          feet,            feet",
    "teeth,         teeth,           teeth",
    "geese,         geese,           geese",
    "quizzes,       quizzes,         quizzes",
    "whereases,     whereases,       whereases",
    "criteria,      criteria,        criteria",
    "genera,        genera,          genera",
    "woman,         women,           women",
    "superman,      supermans,       supermans",
    "salesperson,   salespeople,     salespeople",
    "drive,         drives,          drives",
    "grandchild,    grandchildren,   grandchildren",
    "ox,            oxen,            oxen",
    "testis,        testes,          testes",
    "octopus,       octopuses,       octopuses",
    "alias,         aliases,         aliases",
    "canvas,        canvases,        canvases",
    "campus,        campuses,        campuses",
    "summons,       summonses,       summonses",
    "bus,           buses,           buses",
    "Omnibus,       Omnibuses,       omnibuses",
    "tomato,        tomatoes,        tomatoes",
    "buffalo,       buffaloes,       buffaloes",
    "medium,        media,           media",
    "album,         albums,          albums",
    "basis,         bases,           bases",
    "crisis,        crises,          crises",
    "wife,          wives,           wives",
    "knife,         knives,          knives",
    "wolf,          wolves,          wolves",
    "shelf,         shelves,         shelves",
    "chief,         chiefs,          chiefs",
    "roof,          roofs,           roofs",
    "hive,          hives,           hives",
    "Motive,        Motives,         motives",
    "city,          cities,          cities",
    "soliloquy,     soliloquies,     soliloquies",
    "day,           days,            days",
    "vertex,        vertices,        vertices",
    "codex,         codexes,         codexes",
    "dish,          dishes,          dishes",
    "church,        churches,        churches",
    "kiss,          kisses,          kisses",
    "louse,         lice,            lice",
    "spouse,        spouses,         spouses",
    "tooth,         teeth,           teeth",
    "whereas,       whereases,       whereases",
    "genus,         genera,          genera",
    "photo,         photos,          photos",
    "Information,   Information,     information",
    "RICE,          RICE,            r_i_c_e",
    "myInformation, myInformations,  my_informations",
    "Apparatus,     Apparatus,       apparatus",
    "Person,        People,          people",
    "PERSON,        PEople,          p_eople",
    "FOOT,          feet,            feet",
    "Goose,         geese,           geese",
    "ANALYSIS,      ANALYses,        a_n_a_l_yses",
    "USER,          USERs,           u_s_e_rs",
    "LIFE,          LIves,           l_ives",
    "STATUS,        STATUSes,        s_t_a_t_u_ses",
    "BLOUSE,        BLice,           b_lice",
    "OrderStatus,   OrderStatuses,   order_statuses",
    "ChildCategory, ChildCategories, child_categories",
    "ActiveRecord,  ActiveRecords,   active_records",
    "WolfPack,      WolfPacks,       wolf_packs"
  })
  void pluralize_matchesInflection1134(String word, String plural, String underscoredPlural) {
    assertEquals(plural, Inflection.pluralize(word));
    assertEquals(underscoredPlural, Inflection.underscore(plural));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "createdAt,       created_at",
    "updatedAt,       updated_at",
    "deletedAt,       deleted_at",
    "createdOn,       created_on",
    "productId,       product_id",
    "firstName,       first_name",
    "userID,          user_i_d",
    "isHTML,          is_h_t_m_l",
    "address2Line,    address2_line",
    "lineItem,        line_item",
    "ProductCategory, product_category",
    "HTMLPage,        h_t_m_l_page",
    "ABC,             a_b_c",
    "A,               a",
    "_Foo,            _foo",
    "_foo,            foo",
    "a::_b,           a/b",
    "Foo::Bar,        foo/bar",
    "Foo::BarBaz,     foo/bar_baz",
    "a::,             a/",
    "already_snake,   already_snake",
    "snake_Case,      snake__case",
    "ÉtéCafe,         été_cafe"
  })
  void underscore_splitsBeforeEveryAsciiCapital(String attribute, String column) {
    assertEquals(column, Inflection.underscore(attribute));
  }

  @Test
  void pluralize_emptyWord_becomesS() {
    assertEquals("s", Inflection.pluralize(""));
    assertEquals("", Inflection.underscore(""));
  }

  /** JavaScript's {@code $} does not match before a trailing line break, unlike Java's. */
  @Test
  void pluralize_endAnchorIgnoresTrailingLineBreak() {
    assertEquals("man\ns", Inflection.pluralize("man\n"));
    assertEquals("index\r\ns", Inflection.pluralize("index\r\n"));
  }
}

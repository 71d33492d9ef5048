package dev.sequor.processor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of {@code pluralize} and {@code underscore} from the npm package {@code inflection}
 * 1.13.4, the version Sequelize v6 uses to derive names.
 *
 * <p>Sequelize v6 names a model's table {@code pluralize(modelName)}, passed through {@code
 * underscore} when the model is {@code underscored}, and maps attributes to columns with {@code
 * underscore}. A database created by Sequelize already has tables and columns with these names, so
 * Sequor has to produce the very same strings, quirks included ({@code blouse} becomes {@code
 * blice}, {@code safe} becomes {@code saves}, {@code signupBonus} stays as it is). The word
 * list and the rules below are therefore data taken unchanged from that release, in its order; do
 * not correct them here.
 */
final class Inflection {

  /** Words {@link #pluralize} returns unchanged, in any letter case. */
  private static final Set<String> UNCOUNTABLE_WORDS =
      Set.copyOf(
          List.of(
              "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air",
              "aircraft", "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics",
              "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter",
              "carbon", "cardboard", "cash", "chalk", "chaos", "chess", "crossroads", "countryside",
              "dancing", "deer", "dignity", "dirt", "dust",
              "economics", "education", "electricity", "engineering", "enjoyment", "envy",
              "equipment", "ethics", "evidence", "evolution",
              "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture",
              "gallows", "garbage", "garlic", "genetics", "gold", "golf", "gossip", "gratitude",
              "grief", "guilt", "gymnastics",
              "happiness", "hardware", "harm", "hate", "hatred", "health", "heat", "help",
              "homework", "honesty", "honey", "hospitality", "housework", "humour", "hunger",
              "hydrogen",
              "ice", "importance", "inflation", "information", "innocence", "iron", "irony",
              "jam", "jewelry", "judo",
              "karate", "knowledge",
              "lack", "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini",
              "linguistics", "literature", "litter", "livestock", "logic", "loneliness", "luck",
              "luggage",
              "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics",
              "mayonnaise", "measles", "methane", "milk", "minus", "money", "mud", "music", "mumps",
              "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition",
              "obedience", "obesity", "oxygen",
              "pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride",
              "psychology", "publicity", "punctuation",
              "quartz",
              "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice",
              "rubbish", "rum",
              "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping",
              "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti",
              "species", "steam", "stuff", "stupidity", "sunshine", "symmetry",
              "tennis", "thirst", "thunder", "timber", "traffic", "transportation", "trust",
              "underwear", "unemployment", "unity",
              "validity", "veal", "vegetation", "vegetarianism", "vengeance", "violence",
              "vitality",
              "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
              "yoga",
              "zinc", "zoology"));

  /**
   * Plural rules, tried in order; the first rule whose pattern is found anywhere in the word
   * decides. The leading rules have no replacement: they recognise a word that is already plural
   * and return it unchanged.
   */
  private static final List<Rule> PLURAL_RULES =
      List.of(
          keep("^(m|wom)en$"),
          keep("(pe)ople$"),
          keep("(child)ren$"),
          keep("([ti])a$"),
          keep("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$"),
          keep("(database)s$"),
          keep("(drive)s$"),
          keep("(hi|ti)ves$"),
          keep("(curve)s$"),
          keep("([lr])ves$"),
          keep("([^fo])ves$"),
          keep("([^aeiouy]|qu)ies$"),
          keep("(s)eries$"),
          keep("(m)ovies$"),
          keep("(x|ch|ss|sh)es$"),
          keep("([m|l])ice$"),
          keep("(bus)es$"),
          keep("(o)es$"),
          keep("(shoe)s$"),
          keep("(cris|ax|test)es$"),
          keep("(octop|vir)uses$"),
          keep("(alias|canvas|status|campus)es$"),
          keep("^(summons|bonus)es$"),
          keep("^(ox)en"),
          keep("(matr)ices$"),
          keep("^feet$"),
          keep("^teeth$"),
          keep("^geese$"),
          keep("(quiz)zes$"),
          keep("^(whereas)es$"),
          keep("^(criteri)a$"),
          keep("^genera$"),
          replace("^(m|wom)an$", "$1en"),
          replace("(pe)rson$", "$1ople"),
          replace("(child)$", "$1ren"),
          replace("(drive)$", "$1s"),
          replace("^(ox)$", "$1en"),
          replace("(ax|test)is$", "$1es"),
          replace("(octop|vir)us$", "$1uses"),
          replace("(alias|status|canvas|campus)$", "$1es"),
          replace("^(summons|bonus)$", "$1es"),
          replace("(bu)s$", "$1ses"),
          replace("(buffal|tomat|potat)o$", "$1oes"),
          replace("([ti])um$", "$1a"),
          replace("sis$", "ses"),
          replace("(?:([^f])fe|([lr])f)$", "$1$2ves"),
          replace("(hi|ti)ve$", "$1ves"),
          replace("([^aeiouy]|qu)y$", "$1ies"),
          replace("(matr)ix$", "$1ices"),
          replace("(vert|ind)ex$", "$1ices"),
          replace("(x|ch|ss|sh)$", "$1es"),
          replace("([m|l])ouse$", "$1ice"),
          replace("^foot$", "feet"),
          replace("^tooth$", "teeth"),
          replace("^goose$", "geese"),
          replace("(quiz)$", "$1zes"),
          replace("^(whereas)$", "$1es"),
          replace("^(criteri)on$", "$1a"),
          replace("^genus$", "genera"),
          replace("s$", "s"),
          replace("$", "s"));

  private static final Pattern PATH_SEPARATOR = Pattern.compile("::", Pattern.LITERAL);
  private static final Pattern UPPERCASE_LETTER = Pattern.compile("([A-Z])");
  private static final Pattern LEADING_UNDERSCORE = Pattern.compile("^_");

  private Inflection() {}

  /**
   * Returns the plural of {@code word} as {@code inflection.pluralize(word)} 1.13.4 does: the word
   * itself if it is uncountable or the first rule found in it has no replacement, otherwise the
   * word with every match of that rule replaced. Letter case is kept except in the text a
   * replacement inserts.
   */
  static String pluralize(String word) {
    if (UNCOUNTABLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    for (Rule rule : PLURAL_RULES) {
      Matcher matcher = rule.pattern().matcher(word);
      if (matcher.find()) {
        return rule.replacement() == null ? word : replaceAll(matcher, word, rule.replacement());
      }
    }
    return word;
  }

  /**
   * Returns {@code word} with an underscore before every ASCII capital and lowercased, as {@code
   * inflection.underscore(word)} 1.13.4 does ({@code productId} becomes {@code product_id}, {@code
   * userID} becomes {@code user_i_d}). Each {@code ::}-separated segment then loses one leading
   * underscore, whether inserted or already there, and {@code ::} becomes {@code /}.
   */
  static String underscore(String word) {
    String[] segments = PATH_SEPARATOR.split(word, -1);
    for (int i = 0; i < segments.length; i++) {
      String split = UPPERCASE_LETTER.matcher(segments[i]).replaceAll("_$1");
      segments[i] = LEADING_UNDERSCORE.matcher(split).replaceFirst("");
    }
    return String.join("/", segments).toLowerCase(Locale.ROOT);
  }

  /**
   * Replaces the match {@code matcher} has just found and every later one, like JavaScript's
   * {@code String.prototype.replace} with a global regex. The replacement is expanded here rather
   * than by {@link Matcher#appendReplacement} so that it follows JavaScript's rules: {@code $n}
   * stands for group {@code n}, or for nothing if that group did not take part in the match.
   */
  private static String replaceAll(Matcher matcher, String word, String replacement) {
    StringBuilder result = new StringBuilder(word.length() + replacement.length());
    int copied = 0;
    do {
      result.append(word, copied, matcher.start());
      appendExpanded(result, replacement, matcher);
      copied = matcher.end();
    } while (matcher.find());
    return result.append(word, copied, word.length()).toString();
  }

  private static void appendExpanded(StringBuilder result, String replacement, Matcher matcher) {
    int i = 0;
    while (i < replacement.length()) {
      char c = replacement.charAt(i++);
      int group = c == '$' && i < replacement.length() ? replacement.charAt(i) - '0' : -1;
      if (group >= 1 && group <= 9 && group <= matcher.groupCount()) {
        String text = matcher.group(group);
        result.append(text == null ? "" : text);
        i++;
      } else {
        result.append(c);
      }
    }
  }

  private static Rule keep(String jsSource) {
    return new Rule(compile(jsSource), null);
  }

  private static Rule replace(String jsSource, String replacement) {
    return new Rule(compile(jsSource), replacement);
  }

  /**
   * Compiles a rule written in JavaScript syntax with the {@code i} flag. The rules use only syntax
   * both dialects read alike, except {@code $}: without the {@code m} flag JavaScript matches it
   * only at the very end, while Java also matches it before a final line terminator, so it is
   * rewritten to {@code \z}.
   */
  private static Pattern compile(String jsSource) {
    return Pattern.compile(jsSource.replace("$", "\\z"), Pattern.CASE_INSENSITIVE);
  }

  /** A pattern and its replacement, or a {@code null} replacement for "leave the word as it is". */
  private record Rule(Pattern pattern, String replacement) {}
}

package fr.ploucs.sharedkernel.territory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names of places are compared: without accents, case, hyphens or apostrophes, so that « mont de marsan » finds
 * « Mont-de-Marsan » and « ile d yeu » finds « L'Île-d'Yeu ». Also reads back what a picker offered.
 */
public final class TerritoryText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** « Morcenx-la-Nouvelle (40110) » or « CC du Pays Morcenais (244000691) »: a name and a code in brackets. */
    private static final Pattern LABEL = Pattern.compile("^(.*\\S)\\s*\\((\\w+)\\)\\s*$");

    private TerritoryText() {
    }

    /** Lower case, no accents, every run of other characters as one space, trimmed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('œ', 'o').replace('Œ', 'O')
                .replace('æ', 'a').replace('Æ', 'A'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    }

    /** Whether {@code text} is made of digits only (a postcode or a code being typed). */
    public static boolean isDigits(String text) {
        return text != null && !text.isBlank() && text.strip().chars().allMatch(Character::isDigit);
    }

    /** A picker's label split into name and bracketed code, when it has that shape. */
    public static Optional<Labelled> parseLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(text.strip());
        return matcher.matches() ? Optional.of(new Labelled(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public record Labelled(String name, String code) {
    }
}

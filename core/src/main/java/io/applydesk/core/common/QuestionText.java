package io.applydesk.core.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalised forms of question and option texts, so that wording noise does not decide a match.
 * The one normaliser: the answer bank stores questions under the same form it matches them by.
 */
public final class QuestionText {
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Words that carry no meaning of their own in a question ("do you have …"). */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "or", "is", "are", "be",
            "do", "does", "you", "your", "yours", "we", "our", "us", "i", "me", "my", "it", "this", "that",
            "have", "has", "will", "would", "please", "if", "any", "by", "as", "from", "can", "what", "which");

    private QuestionText() {
    }

    /**
     * Lower case, accents removed, apostrophes dropped ("what's" = "whats"), other punctuation
     * (asterisks, question marks, dots, dashes) turned into single spaces, trimmed: "Are you legally
     * authorized to work in the U.S.? *" → "are you legally authorized to work in the u s".
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String noApostrophes = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_ALNUM.matcher(noApostrophes).replaceAll(" ").trim();
    }

    /** The meaningful words of a text, in order of first appearance. */
    public static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return words;
        }
        Arrays.stream(normalised.split(" ")).filter(w -> !STOP_WORDS.contains(w)).forEach(words::add);
        return words;
    }

    /** Jaccard overlap of the content words of two texts, 0 when either has none. */
    public static double contentOverlap(String a, String b) {
        Set<String> left = contentWords(a);
        Set<String> right = contentWords(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> union = new LinkedHashSet<>(left);
        union.addAll(right);
        long common = left.stream().filter(right::contains).count();
        return (double) common / union.size();
    }

    /** True when {@code phrase} (already normalised) occurs in {@code normalised} as whole words. */
    public static boolean containsWords(String normalised, String phrase) {
        return (" " + normalised + " ").contains(" " + phrase + " ");
    }
}

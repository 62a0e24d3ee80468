package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a wanted answer onto one of the options a form offers, conservatively: exact text
 * (ignoring case, spacing and punctuation), yes/no synonyms, or a single option that begins with
 * the wanted words. Never picks "the closest" option.
 */
final class ChoiceMatcher {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,\\n]");
    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");

    /** Phrases that mark an option declining to answer (normalised). */
    private static final List<String> DECLINE_PHRASES = List.of(
            "decline", "dont wish", "do not wish", "dont want", "do not want", "prefer not",
            "rather not", "choose not", "not to answer", "not to disclose", "not to self identify");

    private ChoiceMatcher() {
    }

    /** The offered option that means {@code wanted}, if exactly one does. */
    static Optional<String> match(String wanted, List<String> options) {
        String target = QuestionText.normalise(wanted);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (String option : options) {
            if (QuestionText.normalise(option).equals(target)) {
                return Optional.of(option);
            }
        }
        Optional<String> bySynonym = matchYesNo(target, options);
        if (bySynonym.isPresent()) {
            return bySynonym;
        }
        List<String> byPrefix = options.stream()
                .filter(o -> QuestionText.normalise(o).startsWith(target + " "))
                .toList();
        return byPrefix.size() == 1 ? Optional.of(byPrefix.get(0)) : Optional.empty();
    }

    /**
     * The offered options meant by a list answer ("Berlin, Lisbon" or "Berlin; Lisbon"): the whole
     * answer when it is one option, else every listed part, each of which must match an option.
     */
    static Optional<List<String>> matchSeveral(String wanted, List<String> options) {
        Optional<String> whole = match(wanted, options);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        List<String> chosen = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(wanted)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> option = match(part, options);
            if (option.isEmpty()) {
                return Optional.empty();
            }
            if (!chosen.contains(option.get())) {
                chosen.add(option.get());
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(chosen));
    }

    /** The option that declines to answer ("Decline To Self Identify", "I don't wish to answer"). */
    static Optional<String> declineOption(List<String> options) {
        return options.stream()
                .filter(o -> {
                    String n = QuestionText.normalise(o);
                    return DECLINE_PHRASES.stream().anyMatch(p -> QuestionText.containsWords(n, p));
                })
                .findFirst();
    }

    private static Optional<String> matchYesNo(String target, List<String> options) {
        Set<String> family = YES.contains(target) ? YES : NO.contains(target) ? NO : null;
        if (family == null) {
            return Optional.empty();
        }
        return options.stream().filter(o -> family.contains(QuestionText.normalise(o))).findFirst();
    }
}

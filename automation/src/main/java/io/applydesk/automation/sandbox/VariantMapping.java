package io.applydesk.automation.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the fields a varied form posted to what the {@link PracticeVariant#STANDARD} form would have posted,
 * so recordings compare across variants. A name rule applies to the name itself and to names that extend
 * it with {@code [} (Rails-style sub-fields). Built once per request, then only read.
 */
public final class VariantMapping {
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> droppedUnanswered = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> fixedValues = new HashMap<>();

    /** Fields named {@code varied} (or {@code varied[…]}) are recorded as {@code standard} (or {@code standard[…]}). */
    public VariantMapping rename(String varied, String standard) {
        if (!varied.equals(standard)) {
            names.put(varied, standard);
        }
        return this;
    }

    /** Fields named {@code varied} (or {@code varied[…]}) exist only in the variant and are not recorded. */
    public VariantMapping drop(String varied) {
        dropped.add(varied);
        return this;
    }

    /**
     * Like {@link #drop}, but only while left blank: an answer an applier invented for a question that exists
     * only in the variant stays in the record, under its own name, so a comparison with a standard run fails.
     */
    public VariantMapping dropUnanswered(String varied) {
        droppedUnanswered.add(varied);
        return this;
    }

    /** A value (an id or an option text) the variant shows as {@code varied} is recorded as {@code standard}. */
    public VariantMapping translate(String varied, String standard) {
        if (!varied.equals(standard)) {
            values.put(varied, standard);
        }
        return this;
    }

    /** The field {@code standardName} is recorded with {@code value} (e.g. a position the variant changed). */
    public VariantMapping fix(String standardName, String value) {
        fixedValues.put(standardName, value);
        return this;
    }

    /** The posted fields in standard terms, in arrival order. */
    public Map<String, List<String>> standardise(Map<String, List<String>> posted) {
        Map<String, List<String>> standard = new LinkedHashMap<>();
        posted.forEach((name, postedValues) -> {
            boolean blank = postedValues.stream().allMatch(String::isBlank);
            if (dropped.stream().noneMatch(prefix -> covers(name, prefix))
                    && !(blank && droppedUnanswered.stream().anyMatch(prefix -> covers(name, prefix)))) {
                String standardName = standardName(name);
                List<String> mapped = new ArrayList<>();
                for (String value : postedValues) {
                    mapped.add(fixedValues.getOrDefault(standardName, values.getOrDefault(value, value)));
                }
                standard.computeIfAbsent(standardName, key -> new ArrayList<>()).addAll(mapped);
            }
        });
        return standard;
    }

    private String standardName(String name) {
        for (Map.Entry<String, String> rule : names.entrySet()) {
            if (covers(name, rule.getKey())) {
                return rule.getValue() + name.substring(rule.getKey().length());
            }
        }
        return name;
    }

    private static boolean covers(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix) && name.charAt(prefix.length()) == '[';
    }
}

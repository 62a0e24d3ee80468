package io.applydesk.core.profile;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which personal-information fields a profile must have (the hosted API's
 * {@code /config/mandatory-fields}). Email, first and last name are always among them; the default
 * is all twelve, as the hosted API requires.
 */
public record MandatoryFields(Set<PersonalField> fields) {
    /** The {@code app_setting} key it is stored under, as comma-separated API names. */
    public static final String SETTING_KEY = "profile.mandatoryFields";

    public static final Set<PersonalField> ALWAYS =
            Collections.unmodifiableSet(EnumSet.of(PersonalField.EMAIL, PersonalField.FIRST_NAME,
                    PersonalField.LAST_NAME));

    public MandatoryFields {
        if (!fields.containsAll(ALWAYS)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Email, first name and last name are always required.", "mandatoryFields");
        }
        fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }

    public static MandatoryFields all() {
        return new MandatoryFields(EnumSet.allOf(PersonalField.class));
    }

    /** From API names such as {@code phoneNumber}; an unknown name is a VALIDATION_ERROR naming it. */
    public static MandatoryFields ofApiNames(Collection<String> apiNames) {
        EnumSet<PersonalField> chosen = EnumSet.noneOf(PersonalField.class);
        for (String name : apiNames) {
            String trimmed = name == null ? "" : name.trim();
            chosen.add(PersonalField.ofApiName(trimmed).orElseThrow(() -> new ApplyDeskException(
                    ErrorCode.VALIDATION_ERROR,
                    "'" + trimmed + "' is not a personal information field. Choose among: "
                            + String.join(", ", allApiNames()) + ".", trimmed)));
        }
        return new MandatoryFields(chosen);
    }

    /** Parses the stored setting (comma-separated API names). */
    static MandatoryFields parseSetting(String stored) {
        return ofApiNames(Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toList()));
    }

    String toSetting() {
        return String.join(",", apiNames());
    }

    /** API names in the order of {@code personalInformation}. */
    public Set<String> apiNames() {
        return fields.stream().map(PersonalField::apiName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The mandatory fields that are blank in {@code info}, in form order. */
    public List<PersonalField> missingIn(PersonalInformation info) {
        return fields.stream().filter(f -> f.isBlankIn(info)).collect(Collectors.toList());
    }

    private static List<String> allApiNames() {
        return Arrays.stream(PersonalField.values()).map(PersonalField::apiName).collect(Collectors.toList());
    }
}

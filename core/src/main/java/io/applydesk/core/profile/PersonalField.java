package io.applydesk.core.profile;

import java.util.Optional;
import java.util.function.Function;

/**
 * The twelve {@code personalInformation} fields, with the API name the mandatory-fields setting uses
 * and the words a person reads in messages.
 */
public enum PersonalField {
    FIRST_NAME("firstName", "first name", PersonalInformation::firstName),
    LAST_NAME("lastName", "last name", PersonalInformation::lastName),
    EMAIL("email", "email", PersonalInformation::email),
    COUNTRY_CODE("countryCode", "phone country code", PersonalInformation::countryCode),
    PHONE_NUMBER("phoneNumber", "phone number", PersonalInformation::phoneNumber),
    GENDER("gender", "gender", PersonalInformation::gender),
    ADDRESS("address", "address", PersonalInformation::address),
    CITY("city", "city", PersonalInformation::city),
    STATE("state", "state", PersonalInformation::state),
    ZIP_CODE("zipCode", "ZIP code", PersonalInformation::zipCode),
    COUNTRY("country", "country", PersonalInformation::country),
    CITIZENSHIP("citizenship", "citizenship", PersonalInformation::citizenship);

    private final String apiName;
    private final String words;
    private final Function<PersonalInformation, String> getter;

    PersonalField(String apiName, String words, Function<PersonalInformation, String> getter) {
        this.apiName = apiName;
        this.words = words;
        this.getter = getter;
    }

    /** The hosted API's key, e.g. {@code phoneNumber}. */
    public String apiName() {
        return apiName;
    }

    /** How a message names it, e.g. "phone number". */
    public String words() {
        return words;
    }

    /** The field's value in {@code info}, or null when {@code info} is null. */
    public String valueIn(PersonalInformation info) {
        return info == null ? null : getter.apply(info);
    }

    public boolean isBlankIn(PersonalInformation info) {
        String value = valueIn(info);
        return value == null || value.isBlank();
    }

    public static Optional<PersonalField> ofApiName(String apiName) {
        for (PersonalField f : values()) {
            if (f.apiName.equals(apiName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

package io.applydesk.core.profile;

/** The hosted API's {@code personalInformation}; every field is required there (see ProfileService). */
public record PersonalInformation(
        String firstName,
        String lastName,
        String email,
        String countryCode,
        String phoneNumber,
        String gender,
        String address,
        String city,
        String state,
        String zipCode,
        String country,
        String citizenship) {

    public PersonalInformation withEmail(String newEmail) {
        return new PersonalInformation(firstName, lastName, newEmail, countryCode, phoneNumber, gender,
                address, city, state, zipCode, country, citizenship);
    }
}

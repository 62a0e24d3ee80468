package io.applydesk.core.answer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.applydesk.core.profile.PersonalInformation;

import java.util.Optional;

/**
 * The candidate's phone number in every shape forms ask for, read with libphonenumber from
 * {@code personalInformation.countryCode} + {@code phoneNumber}; the region is the candidate's
 * {@code country} when it has the number's calling code, else the number's own region. Adapters with a country picker
 * (intl-tel inputs) pick {@link #regionCode()} and type {@link #nationalNumber()}.
 *
 * @param regionCode         ISO 3166 alpha-2 region, e.g. "US"
 * @param callingCode        the country calling code, e.g. 1
 * @param nationalNumber     the national significant number, digits only, e.g. "5125550147"
 * @param e164               "+15125550147"
 * @param international      "+1 512-555-0147"
 * @param national           "(512) 555-0147"
 * @param codeAndNumber      "+1 5125550147": the calling code and the number as the candidate typed it,
 *                           what a plain phone field receives
 * @param extension          the extension typed after the number ("… ext. 12" → "12"), "" when none
 * @param lineType           "Mobile" or "Landline" when the numbering plan tells (a UK 07 number is a mobile),
 *                           null when it cannot (North American numbers can be either)
 */
public record CandidatePhone(
        String regionCode,
        int callingCode,
        String nationalNumber,
        String e164,
        String international,
        String national,
        String codeAndNumber,
        String extension,
        String lineType) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** "+1" for the number's calling code. */
    public String callingCodeText() {
        return "+" + callingCode;
    }

    /**
     * The candidate's phone, or empty when the profile has none or libphonenumber cannot read it
     * (then only the number as typed can be sent, see {@link StandardFields}).
     */
    public static Optional<CandidatePhone> of(PersonalInformation pi) {
        if (pi == null || pi.phoneNumber() == null || pi.phoneNumber().isBlank()) {
            return Optional.empty();
        }
        String typed = pi.phoneNumber().strip();
        String code = pi.countryCode() == null ? "" : pi.countryCode().strip().replaceFirst("^\\+", "");
        String home = Countries.code(pi.country()).orElse("ZZ");
        PhoneNumber number;
        try {
            if (typed.startsWith("+")) {
                number = UTIL.parse(typed, "ZZ");
            } else if (code.matches("\\d{1,3}")) {
                number = UTIL.parse("+" + code + typed, "ZZ");
            } else {
                number = UTIL.parse(typed, home);
            }
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (!UTIL.isPossibleNumber(number)) {
            return Optional.empty();
        }
        String codeAndNumber = typed.startsWith("+") || code.isEmpty() ? typed : "+" + code + " " + typed;
        return Optional.of(new CandidatePhone(region(number, home), number.getCountryCode(),
                UTIL.getNationalSignificantNumber(number), UTIL.format(number, PhoneNumberFormat.E164),
                UTIL.format(number, PhoneNumberFormat.INTERNATIONAL), UTIL.format(number, PhoneNumberFormat.NATIONAL),
                codeAndNumber, number.getExtension(), lineType(number)));
    }

    /** The candidate's own country when it uses this calling code (a UK mobile may be listed under Guernsey). */
    private static String region(PhoneNumber number, String home) {
        return UTIL.getCountryCodeForRegion(home) == number.getCountryCode() ? home
                : Optional.ofNullable(UTIL.getRegionCodeForNumber(number))
                .orElse(UTIL.getRegionCodeForCountryCode(number.getCountryCode()));
    }

    private static String lineType(PhoneNumber number) {
        switch (UTIL.getNumberType(number)) {
            case MOBILE:
                return "Mobile";
            case FIXED_LINE:
                return "Landline";
            default:
                return null;
        }
    }
}

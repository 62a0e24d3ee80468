package io.applydesk.core.json;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the hosted API's enum parameters ("active", "run_once", "QUEUED") in any letter case. */
public final class ApiEnums {
    private ApiEnums() {
    }

    /**
     * The constant named {@code value}, ignoring case and surrounding spaces.
     *
     * @param apiName how the API spells each constant, for the refusal's list of allowed values
     * @throws ApplyDeskException VALIDATION_ERROR naming the field and the allowed values
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Function<E, String> apiName) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(apiName).collect(Collectors.joining(", "));
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "'" + value + "' is not a known " + field + ". Use one of: " + allowed + ".", field);
        }
    }
}

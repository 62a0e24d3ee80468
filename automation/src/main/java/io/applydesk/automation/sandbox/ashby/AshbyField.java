package io.applydesk.automation.sandbox.ashby;

import java.util.List;

/**
 * One field of an Ashby application form, as the page's data describes it. System fields have
 * {@code _systemfield_…} paths; employer questions have a UUID path, which is also the control's id and name.
 *
 * @param options the offered option texts of yes/no, radio, checkbox and dropdown fields, empty otherwise
 */
public record AshbyField(String path, String title, Kind kind, boolean required, List<String> options) {

    /** How the page renders the field (Ashby's field type plus its display). */
    public enum Kind { TEXT, EMAIL, PHONE, LONG_TEXT, LOCATION, FILE, YES_NO, RADIO, CHECKBOXES, DROPDOWN }

    public AshbyField {
        options = List.copyOf(options);
    }

    static AshbyField of(String path, String title, Kind kind, boolean required, String... options) {
        return new AshbyField(path, title, kind, required, kind == Kind.YES_NO ? List.of("Yes", "No") : List.of(options));
    }
}

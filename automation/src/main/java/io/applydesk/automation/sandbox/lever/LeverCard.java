package io.applydesk.automation.sandbox.lever;

import java.util.List;

/**
 * A custom question card of a Lever posting: answers are posted as {@code cards[{id}][field{N}]}, N being
 * the field's position, next to the hidden {@code cards[{id}][baseTemplate]} that describes the card.
 *
 * @param id     the card's UUID
 * @param text   the card's title (not shown as a question)
 * @param fields the questions, in form order
 */
public record LeverCard(String id, String text, List<Field> fields) {

    public LeverCard {
        fields = List.copyOf(fields);
    }

    /** How Lever renders a card field. */
    public enum Type {
        /** radios */
        MULTIPLE_CHOICE("multiple-choice"),
        /** checkboxes */
        MULTIPLE_SELECT("multiple-select"),
        /** a select */
        DROPDOWN("dropdown"),
        TEXTAREA("textarea"),
        TEXT("text");

        private final String apiValue;

        Type(String apiValue) {
            this.apiValue = apiValue;
        }

        /** The type as the base template names it, e.g. {@code multiple-choice}. */
        public String apiValue() {
            return apiValue;
        }

        public boolean hasOptions() {
            return this == MULTIPLE_CHOICE || this == MULTIPLE_SELECT || this == DROPDOWN;
        }
    }

    /** One question of a card; the submitted value of a choice is the option's text. */
    public record Field(Type type, String text, boolean required, List<String> options) {
        public Field {
            options = List.copyOf(options);
        }
    }

    /** The form field name of the card's {@code index}-th field. */
    public String fieldName(int index) {
        return "cards[" + id + "][field" + index + "]";
    }

    public String baseTemplateName() {
        return "cards[" + id + "][baseTemplate]";
    }

    public static Field choice(String text, boolean required, String... options) {
        return new Field(Type.MULTIPLE_CHOICE, text, required, List.of(options));
    }

    public static Field checkboxes(String text, boolean required, String... options) {
        return new Field(Type.MULTIPLE_SELECT, text, required, List.of(options));
    }

    public static Field dropdown(String text, boolean required, String... options) {
        return new Field(Type.DROPDOWN, text, required, List.of(options));
    }

    public static Field text(String text, boolean required) {
        return new Field(Type.TEXT, text, required, List.of());
    }

    public static Field textarea(String text, boolean required) {
        return new Field(Type.TEXTAREA, text, required, List.of());
    }
}

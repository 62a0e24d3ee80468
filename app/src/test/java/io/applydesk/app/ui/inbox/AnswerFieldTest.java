package io.applydesk.app.ui.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.PendingQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which input a pending question gets: a drop-down for choices, several lines for a long answer. */
class AnswerFieldTest {

    @ParameterizedTest
    @CsvSource({
            "TEXT, false, false",
            "TEXTAREA, false, true",
            "SELECT, true, false",
            "YES_NO, true, false"})
    void theQuestionsTypeChoosesTheInput(QuestionType type, boolean choices, boolean longAnswer) {
        AnswerField field = new AnswerField(new PendingQuestion("What have you built?", type.apiValue(),
                choices ? List.of("Yes", "No") : List.of(), true));
        assertEquals(List.of(choices, longAnswer), List.of(field.hasChoices(), field.isLongAnswer()));
    }

    @Test
    void oneChoiceReplacesTheLastAndSeveralAreKeptInTheFormsOrder() {
        AnswerField one = new AnswerField(new PendingQuestion("Office?", "select", List.of("Berlin", "Lisbon"), true));
        one.choose("Berlin", true);
        one.choose("Lisbon", true);
        assertEquals("Lisbon", one.answer().get());
        one.choose(null, false);
        assertEquals("", one.answer().get());

        AnswerField several = new AnswerField(new PendingQuestion("Offices?", "multi_select",
                List.of("Berlin", "Lisbon", "Remote within the EU"), true));
        several.answer().set("BERLIN, remote");
        assertEquals(List.of("Berlin", "Remote within the EU"), several.chosen(), "a free-text answer's options");
        several.choose("Lisbon", true);
        assertEquals("Berlin; Lisbon; Remote within the EU", several.answer().get());
        several.choose("Berlin", false);
        assertEquals("Lisbon; Remote within the EU", several.answer().get());
        assertEquals(List.of(true, false), List.of(several.takesSeveral(), one.takesSeveral()));
    }
}

package io.applydesk.app.ui.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.PendingQuestion;
import java.util.List;
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
}

package io.applydesk.app.ui.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer bank tab's ViewModel on real services and H2; no toolkit, inline executor. */
class AnswerBankViewModelTest {
    @TempDir
    Path dataDir;

    private InboxTestKit world;
    private AnswerBankViewModel viewModel;

    @BeforeEach
    void open() {
        world = new InboxTestKit(dataDir);
        viewModel = new AnswerBankViewModel(world.kit.profiles, world.followUp, world.badge, world.executor);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static List<String> questions(List<BankRow> rows) {
        return rows.stream().map(BankRow::question).toList();
    }

    @Test
    void aQuestionFormsAskedIsAnsweredOnceAndEveryApplicationWaitingOnItIsRetriedInOneClick() {
        world.asksTheQuestion(1);
        world.asksTheQuestion(2);
        List<Application> waiting = world.apply(false, 1, 2);
        viewModel.load();
        assertEquals(world.profile, viewModel.profileChoice().chosenProperty().get());
        assertEquals(List.of(InboxTestKit.QUESTION), questions(viewModel.unanswered()));
        assertTrue(viewModel.saved().isEmpty());

        BankRow row = viewModel.unanswered().get(0);
        row.answer().set("  Acme Cloud  ");
        viewModel.save(row);

        assertEquals("Saved your answer to \u201c" + InboxTestKit.QUESTION + "\u201d. 2 applications that waited on"
                + " it can be sent now.", viewModel.messageProperty().get());
        assertTrue(viewModel.unanswered().isEmpty());
        assertEquals(List.of(InboxTestKit.QUESTION), questions(viewModel.saved()));
        assertEquals("Acme Cloud", viewModel.saved().get(0).answer().get());
        assertEquals("Retry 2 applications", viewModel.retryOffer().labelProperty().get());

        viewModel.retry();
        world.awaitSettled(waiting.get(0).applicationId(), waiting.get(1).applicationId());

        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.get(0).applicationId()));
        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.get(1).applicationId()));
        assertFalse(viewModel.retryOffer().availableProperty().get());
    }

    @Test
    void aSavedAnswerIsEditedOrDeletedAndAnEmptyOneIsRefusedInPlainWords() {
        world.kit.profiles.saveAnswer(world.profile.profileId(), "Notice period?", "1 month");
        world.kit.profiles.saveAnswer(world.profile.profileId(), "Willing to travel?", "Yes");
        viewModel.load();

        BankRow notice = viewModel.saved().get(0);
        notice.answer().set("2 months");
        viewModel.save(notice);
        assertEquals("Saved your answer to \u201cNotice period?\u201d.", viewModel.messageProperty().get());
        assertFalse(viewModel.retryOffer().availableProperty().get(), "nothing waited on it");

        BankRow travel = viewModel.saved().get(1);
        travel.answer().set("   ");
        viewModel.save(travel);
        assertEquals("Write an answer to \"Willing to travel?\" before saving it.", viewModel.messageProperty().get());

        viewModel.delete(viewModel.saved().get(1));

        assertEquals(List.of(new AnswerBankEntry("Notice period?", "2 months")),
                world.kit.profiles.answers(world.profile.profileId()));
        assertEquals(List.of("Notice period?"), questions(viewModel.saved()));
        assertEquals("Deleted your answer to \u201cWilling to travel?\u201d.", viewModel.messageProperty().get());
    }

    @Test
    void eachProfileHasItsOwnBank() {
        Profile other = world.kit.completeProfile("sam@example.com");
        world.kit.profiles.saveAnswer(other.profileId(), "Notice period?", "None");
        viewModel.load();
        assertTrue(viewModel.saved().isEmpty());

        viewModel.profileChoice().chosenProperty().set(viewModel.profileChoice().profiles().stream()
                .filter(p -> p.profileId().equals(other.profileId())).findFirst().orElseThrow());

        assertEquals(List.of("Notice period?"), questions(viewModel.saved()));
    }
}

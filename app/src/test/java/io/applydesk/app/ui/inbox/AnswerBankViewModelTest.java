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
    void aQuestionAFormAskedAsAChoiceOffersItsOptionsAndRefusesAnAnswerThatIsNoneOfThem() {
        world.asksTheOffices(1);
        Application waiting = world.apply(false, 1).get(0);
        viewModel.load();
        BankRow row = viewModel.unanswered().get(0);
        assertEquals(InboxTestKit.OFFICES, row.field().question(), "the question as the form asked it");
        assertEquals(List.of(true, true), List.of(row.field().hasChoices(), row.field().takesSeveral()));

        row.answer().set("Seattle");
        viewModel.save(row);
        assertEquals("\u201cSeattle\u201d is not among the form's choices for \"" + InboxTestKit.OFFICES.label()
                + "\". Choose one or more of: Berlin, Lisbon, Remote within the EU.", viewModel.messageProperty().get());
        assertEquals(List.of(InboxTestKit.OFFICES.label()), questions(viewModel.unanswered()), "nothing was saved");

        row.answer().set("");
        row.field().choose("Lisbon", true);
        row.field().choose("Berlin", true);
        viewModel.save(row);

        assertEquals("Saved your answer to \u201c" + InboxTestKit.OFFICES.label() + "\u201d. 1 application that"
                + " waited on it can be sent now.", viewModel.messageProperty().get());
        BankRow saved = viewModel.saved().get(0);
        assertEquals("Berlin; Lisbon", saved.stored());
        assertEquals(List.of("Berlin", "Lisbon"), saved.field().chosen());
        assertEquals("", saved.problem());
        viewModel.retry();
        world.awaitSettled(waiting.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.applicationId()));
    }

    @Test
    void aFreeTextAnswerSavedBeforeTheFormsChoicesWereKnownShowsTheOptionsItNamesOrThatItNamesNone() {
        world.kit.profiles.saveAnswer(world.profile.profileId(), InboxTestKit.OFFICES.label(), "Seattle");
        world.asksTheOffices(1);
        world.apply(false, 1);
        viewModel.load();

        BankRow seattle = viewModel.saved().get(0);
        assertEquals(InboxTestKit.OFFICES, seattle.field().question(), "the form's choices, learnt from its form");
        assertEquals(List.of(), seattle.field().chosen());
        assertEquals("\u201cSeattle\u201d is not one of the form's choices, so forms that ask this wait for you:"
                + " choose again.", seattle.problem());

        world.kit.profiles.saveAnswer(world.profile.profileId(), InboxTestKit.OFFICES.label(),
                "berlin, remote within the EU");
        viewModel.load();
        BankRow named = viewModel.saved().get(0);
        assertEquals(List.of("Berlin", "Remote within the EU"), named.field().chosen(), "case aside, as the engine");
        assertEquals("", named.problem());
        named.field().choose("Lisbon", true);
        assertEquals("Berlin; Lisbon; Remote within the EU", named.answer().get());
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
    void aLongBankIsShownAPageAtATimeAndSearchedByQuestionOrAnswer() {
        for (int i = 1; i <= 45; i++) {
            world.kit.profiles.saveAnswer(world.profile.profileId(), String.format("Question %02d?", i),
                    i == 44 ? "Happy to Travel" : "Answer " + i);
        }
        viewModel.load();
        BankPage page = viewModel.savedPage();
        assertEquals(45, viewModel.saved().size());
        assertEquals(BankPage.SIZE, page.shown().size());
        assertEquals("1–20 of 45", page.positionProperty().get());
        assertFalse(page.hasPreviousProperty().get());

        page.next();
        page.next();
        assertEquals("41–45 of 45", page.positionProperty().get());
        assertEquals("Question 41?", page.shown().get(0).question());
        assertFalse(page.hasNextProperty().get());

        // Saving an answer on the last page reads the bank again and leaves the candidate where they were.
        BankRow row = page.shown().get(1);
        row.answer().set("Changed");
        viewModel.save(row);
        assertEquals("41–45 of 45", page.positionProperty().get());
        assertEquals("Changed", page.shown().get(1).answer().get());

        viewModel.search("  TRAVEL ");
        assertEquals(List.of("Question 44?"), questions(page.shown()));
        assertEquals("1–1 of 1 matching", page.positionProperty().get());
        viewModel.search("question 1");
        assertEquals(10, page.shown().size(), "Question 10? to 19?");
        viewModel.search("");
        assertEquals("1–20 of 45", page.positionProperty().get(), "a new search starts from the first page");

        world.kit.profiles.saveAnswer(world.profile.profileId(), "Notice period?", "1 month");
        viewModel.load();
        assertEquals("", viewModel.unansweredPage().positionProperty().get(), "nothing to page: no pager");
    }

    @Test
    void savingOneAnswerKeepsWhatIsTypedInTheOthers() {
        world.kit.profiles.saveAnswer(world.profile.profileId(), "Notice period?", "1 month");
        world.kit.profiles.saveAnswer(world.profile.profileId(), "Willing to travel?", "Yes");
        viewModel.load();
        viewModel.saved().get(0).answer().set("2 months");
        viewModel.saved().get(1).answer().set("Yes, up to 20%");

        viewModel.save(viewModel.saved().get(0));

        assertEquals("2 months", viewModel.saved().get(0).stored());
        assertEquals("Yes", viewModel.saved().get(1).stored());
        assertEquals("Yes, up to 20%", viewModel.saved().get(1).answer().get(), "still being written");
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

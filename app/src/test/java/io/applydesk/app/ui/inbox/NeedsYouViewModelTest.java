package io.applydesk.app.ui.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's ViewModel on real services and H2 with a scripted stand-in engine; no toolkit, inline executor. */
class NeedsYouViewModelTest {
    @TempDir
    Path dataDir;

    private InboxTestKit world;
    private final List<String> opened = new ArrayList<>();
    private final StubDialogService dialogs = new StubDialogService();

    @BeforeEach
    void open() {
        world = new InboxTestKit(dataDir);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private NeedsYouViewModel inbox(boolean handOff) {
        NeedsYouViewModel viewModel = new NeedsYouViewModel(world.followUp, world.badge, world.executor, link -> opened.add(link.toString()),
                dialogs, handOff);
        viewModel.activate();
        return viewModel;
    }

    private static List<InboxItem.Kind> kinds(NeedsYouViewModel viewModel) {
        return viewModel.items().stream().map(InboxItem::kind).toList();
    }

    private static void select(NeedsYouViewModel viewModel, String applicationId) {
        viewModel.selectedProperty().set(viewModel.items().stream()
                .filter(i -> i.applicationId().equals(applicationId)).findFirst().orElseThrow());
    }

    @Test
    void everyWaitingApplicationIsListedNewestFirstWithWhyItWaitsAndTheBadgeCountsThem() {
        world.reviewable(1);
        world.asksTheQuestion(2);
        world.unconfirmed(3);
        world.asksForACode(4);
        world.apply(true, 1);
        world.apply(false, 2);
        world.apply(false, 3);
        world.apply(false, 4);
        NeedsYouViewModel viewModel = inbox(false);

        assertEquals(4, viewModel.items().size());
        assertEquals(List.of(InboxItem.Kind.BROWSER_STEP, InboxItem.Kind.UNCONFIRMED, InboxItem.Kind.QUESTIONS,
                InboxItem.Kind.REVIEW), kinds(viewModel), "the most recently changed first");
        InboxItem question = viewModel.items().get(2);
        assertEquals("Acme — Engineer 2", question.heading());
        assertEquals("Greenhouse", question.ats());
        assertEquals(world.profile.name(), question.profileName(), "the inbox says whose application it is");
        assertEquals("The form asks 1 question we cannot answer for you.", question.reason());
        assertEquals("Ready for your review: the form is filled in but not sent.", viewModel.items().get(3).reason());
        assertTrue(viewModel.items().get(1).reason().startsWith("We clicked submit but saw no confirmation: "));
        world.badge.tick();
        assertEquals(4, world.badge.countProperty().get());
        assertEquals("Needs you (4)", world.badge.labelProperty().get());
        assertEquals(viewModel.items().get(0), viewModel.selectedProperty().get(), "the newest is selected");
        assertFalse(viewModel.retryOffer().availableProperty().get());
    }

    @Test
    void answeringTheQuestionOnceOffersOneRetryForEveryApplicationWaitingOnItAndSendsThem() {
        world.asksTheQuestion(1);
        world.asksTheQuestion(2);
        List<Application> waiting = world.apply(false, 1, 2);
        NeedsYouViewModel viewModel = inbox(false);
        select(viewModel, waiting.get(0).applicationId());
        assertEquals(List.of(InboxTestKit.QUESTION),
                viewModel.answerFields().stream().map(f -> f.question().label()).toList());

        viewModel.saveAnswers();
        assertEquals("Write an answer first.", viewModel.messageProperty().get());
        viewModel.answerFields().get(0).answer().set("All of them, daily.");
        viewModel.saveAnswers();

        assertEquals("Saved your answer in the answer bank.", viewModel.messageProperty().get());
        assertTrue(viewModel.retryOffer().availableProperty().get());
        assertEquals("Retry 2 applications", viewModel.retryOffer().labelProperty().get());
        assertEquals(List.of("Every question is answered now: retry it to send it.",
                "Every question is answered now: retry it to send it."),
                viewModel.items().stream().map(InboxItem::reason).toList());

        viewModel.retry();
        world.awaitSettled(waiting.get(0).applicationId(), waiting.get(1).applicationId());

        assertEquals("Applying again to 2 applications.", viewModel.messageProperty().get());
        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.get(0).applicationId()));
        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.get(1).applicationId()));
        world.badge.tick();
        assertTrue(viewModel.items().isEmpty(), "the page reloads when the badge counts again");
        assertTrue(viewModel.emptyProperty().get());
        assertEquals("Needs you", world.badge.labelProperty().get());
    }

    @Test
    void aSavedAnswerTheFormsChoicesDoNotTakeIsAskedAgainWithTheChoicesNotOfferedForARetry() {
        world.kit.profiles.saveAnswer(world.profile.profileId(), InboxTestKit.OFFICES.label(), "Seattle");
        world.asksTheOffices(1);
        Application waiting = world.apply(false, 1).get(0);
        NeedsYouViewModel viewModel = inbox(false);

        assertEquals("Your saved answer \u201cSeattle\u201d to \u201c" + InboxTestKit.OFFICES.label() + "\u201d is"
                + " not one of the form's choices: choose again.", viewModel.items().get(0).reason());
        assertFalse(viewModel.retryOffer().availableProperty().get(), "a retry would stop at the same question");
        AnswerField offices = viewModel.answerFields().get(0);
        assertEquals(List.of(true, true), List.of(offices.hasChoices(), offices.takesSeveral()));
        assertEquals(List.of("Berlin", "Lisbon", "Remote within the EU"), offices.question().options());

        offices.answer().set("Seattle");
        viewModel.saveAnswers();
        assertEquals("\u201cSeattle\u201d is not among the form's choices for \"" + InboxTestKit.OFFICES.label()
                + "\". Choose one or more of: Berlin, Lisbon, Remote within the EU.", viewModel.messageProperty().get());
        assertFalse(viewModel.retryOffer().availableProperty().get());

        offices.answer().set("");
        offices.choose("Remote within the EU", true);
        offices.choose("Berlin", true);
        viewModel.saveAnswers();

        assertEquals("Saved your answer in the answer bank.", viewModel.messageProperty().get());
        assertEquals("Every question is answered now: retry it to send it.", viewModel.items().get(0).reason());
        assertEquals("Retry 1 application", viewModel.retryOffer().labelProperty().get());
        viewModel.retry();
        world.awaitSettled(waiting.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, world.status(waiting.applicationId()));
    }

    @Test
    void aReviewedFormIsApprovedOrDiscardedAndAnUnconfirmedOneMarkedSentOrNotSent() {
        world.reviewable(1);
        world.reviewable(2);
        world.unconfirmed(3);
        world.unconfirmed(4);
        List<Application> reviewed = world.apply(true, 1, 2);
        List<Application> unconfirmed = world.apply(false, 3, 4);
        NeedsYouViewModel viewModel = inbox(false);

        select(viewModel, reviewed.get(0).applicationId());
        viewModel.approve();
        world.awaitSettled(reviewed.get(0).applicationId());
        assertEquals("Approved: ApplyDesk is sending it now.", viewModel.messageProperty().get());
        select(viewModel, reviewed.get(1).applicationId());
        // Discarding cannot be undone: it asks first, and "Keep it" changes nothing.
        viewModel.discard();
        assertEquals(List.of("Discard this application?"), dialogs.questionsAsked());
        assertEquals(ApplicationStatus.AWAITING_REVIEW, world.status(reviewed.get(1).applicationId()));
        dialogs.willConfirm(true);
        viewModel.discard();
        select(viewModel, unconfirmed.get(0).applicationId());
        viewModel.markSent();
        select(viewModel, unconfirmed.get(1).applicationId());
        viewModel.markNotSent();

        assertEquals(ApplicationStatus.SUCCESS, world.status(reviewed.get(0).applicationId()));
        assertEquals(ApplicationStatus.CANCELLED, world.status(reviewed.get(1).applicationId()));
        assertEquals(ApplicationStatus.SUCCESS, world.status(unconfirmed.get(0).applicationId()));
        assertEquals(ApplicationStatus.FAILED, world.status(unconfirmed.get(1).applicationId()));
        assertEquals("Marked as not sent. Retry it to apply again.", viewModel.messageProperty().get());
        assertTrue(viewModel.items().isEmpty());
        assertEquals("Retry 1 application", viewModel.retryOffer().labelProperty().get(),
                "the one marked not sent can be sent again");
    }

    @Test
    void aDecisionOnAnApplicationThatNoLongerWaitsSaysWhyInPlainWords() {
        world.unconfirmed(1);
        Application app = world.apply(false, 1).get(0);
        NeedsYouViewModel viewModel = inbox(false);
        world.followUp.markSent(app.applicationId()); // decided elsewhere meanwhile

        viewModel.markNotSent();

        assertEquals("Application " + app.applicationId() + " is SUCCESS, so it cannot be marked as not sent; only"
                + " UNCONFIRMED applications can.", viewModel.messageProperty().get());
        assertEquals(ApplicationStatus.SUCCESS, world.status(app.applicationId()));
    }

    @Test
    void aSiteStepOpensTheJobInTheSystemBrowserOrHandsItOffInApplyDesksOwnWindow() {
        world.asksForACode(1);
        Application app = world.apply(false, 1).get(0);
        NeedsYouViewModel systemBrowser = inbox(false);
        assertTrue(systemBrowser.answerFields().isEmpty(), "a one-time code is never put in the answer bank");
        assertTrue(world.kit.profiles.answerBank(app.profileId()).stream()
                .noneMatch(q -> q.asked().label().equals("Security code")), "nor listed there as waiting");

        systemBrowser.openInBrowser();

        assertEquals(List.of(app.jobUrl()), opened);
        assertEquals(ApplicationStatus.NEEDS_INPUT, world.status(app.applicationId()));
        assertEquals("Open in my browser", systemBrowser.browserActionText());
        assertFalse(systemBrowser.handsOff());

        NeedsYouViewModel handOff = inbox(true);
        handOff.openInBrowser();
        world.awaitSettled(app.applicationId());

        assertEquals(2, world.kit.engine.appliedUrls.size(), "applied again, to hand the step to the candidate");
        assertEquals(List.of(app.jobUrl()), opened);
    }

    @Test
    void theBadgeCountsAgainOnlyWhenRunsChangedSinceItsLastCount() {
        world.badge.tick();
        assertEquals(1, world.badge.changesProperty().get());
        assertEquals("Needs you", world.badge.labelProperty().get());

        world.badge.tick();
        assertEquals(1, world.badge.changesProperty().get(), "nothing ran: no count");

        world.unconfirmed(1);
        world.apply(false, 1);
        world.badge.tick();
        world.badge.tick();

        assertEquals(2, world.badge.changesProperty().get(), "a burst of run events costs one count");
        assertEquals("Needs you (1)", world.badge.labelProperty().get());
        world.badge.close();
        world.unconfirmed(2);
        world.apply(false, 2);
        world.badge.tick();
        assertEquals(2, world.badge.changesProperty().get(), "closed: it no longer listens");
    }

    @Test
    void aSiteStepTheCandidateFinishedInTheirOwnBrowserIsMarkedSent() {
        world.asksForACode(1);
        Application app = world.apply(false, 1).get(0);
        NeedsYouViewModel viewModel = inbox(false);

        viewModel.openInBrowser();
        viewModel.markFinishedYourself();

        assertEquals(ApplicationStatus.SUCCESS, world.status(app.applicationId()));
        assertEquals("Marked as sent.", viewModel.messageProperty().get());
        assertTrue(viewModel.items().isEmpty());
    }
}

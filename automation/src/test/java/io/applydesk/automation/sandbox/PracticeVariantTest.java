package io.applydesk.automation.sandbox;

import io.applydesk.automation.sandbox.ashby.AshbyJobs;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.automation.sandbox.lever.LeverJobs;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;
import io.applydesk.core.job.AtsType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Form variants over plain HTTP: each variant really changes every replica's page in its own way, the
 * variant helpers behave, and {@link VariantMapping} maps a varied form's fields back to standard terms.
 * (That the engine sends the same application under every variant is {@code RobustnessEngineTest}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeVariantTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private PracticeAts ats;

    @BeforeAll
    void start() {
        ats = PracticeAts.start(0);
    }

    @AfterAll
    void stop() {
        ats.close();
    }

    private String page(PracticeJob job, PracticeVariant variant) throws IOException, InterruptedException {
        ats.setVariant(job.jobId(), variant);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(formUrl(job))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            return response.body();
        } finally {
            ats.clearVariants();
        }
    }

    @Test
    void everyVariantChangesEveryJobPageAndOnlyTheExtraOnesAddAQuestion() throws Exception {
        assertEquals(ats.jobs().size(), ats.jobsWithVariants().size(), "every practice job has variants");
        for (PracticeJob job : ats.jobsWithVariants()) {
            String standard = page(job, PracticeVariant.STANDARD);
            assertFalse(standard.contains(PracticeVariant.EXTRA_QUESTION_LABEL), job.title());
            for (PracticeVariant variant : List.of(PracticeVariant.REORDERED, PracticeVariant.REWORDED,
                    PracticeVariant.EXTRA_OPTIONAL_FIELD, PracticeVariant.OTHER_ID_PREFIX,
                    PracticeVariant.ANOTHER_TENANT)) {
                String varied = page(job, variant);
                assertNotEquals(standard, varied, job.title() + " under " + variant);
                assertEquals(variant == PracticeVariant.EXTRA_OPTIONAL_FIELD || variant == PracticeVariant.ANOTHER_TENANT,
                        varied.contains(PracticeVariant.EXTRA_QUESTION_LABEL), job.title() + " under " + variant);
            }
        }
    }

    @Test
    void rewordedPagesShowTheRewordedLabels() throws Exception {
        assertTrue(page(job(GreenhouseJobs.DATA_ANALYST.jobId()), PracticeVariant.REWORDED)
                .contains("Are you legally allowed to work in the US?"));
        assertTrue(page(job(GreenhouseNewJobs.JAVA_ENGINEER.jobId()), PracticeVariant.REWORDED).contains("Given name"));
        String lever = page(job(LeverJobs.JAVA_ENGINEER.postingId()), PracticeVariant.REWORDED);
        assertTrue(lever.contains("Phone number") && lever.contains("Yes, I am"), "Lever labels and options");
        assertTrue(page(job(AshbyJobs.JAVA_ENGINEER.jobId()), PracticeVariant.REWORDED).contains("Full name"));
        String bamboo = page(job(BambooHrJobs.JAVA_DEVELOPER.jobId()), PracticeVariant.REWORDED);
        assertTrue(bamboo.contains("Given name") && bamboo.contains("Yes, I am"), "BambooHR labels and options");
        assertTrue(page(job(SmartRecruitersJobs.PLATFORM_ENGINEER.publication()), PracticeVariant.REWORDED)
                .contains("Are you legally allowed to work in the US?"));
        assertTrue(page(job(WorkdayJobs.NORTHWIND_DATA_ENGINEER.reqId()), PracticeVariant.REWORDED)
                .contains("Would you consider relocating?"));
    }

    @Test
    void anotherTenantsIdsReplaceTheQuestionIdsButNotTheStructuralOnes() throws Exception {
        String greenhouse = page(job(GreenhouseJobs.BACKEND_ENGINEER.jobId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(greenhouse.contains("4419270101"));
        assertTrue(greenhouse.contains("value=\"" + PracticeVariant.OTHER_ID_PREFIX.id(4419270101L) + "\""));
        assertTrue(greenhouse.contains("id=\"first_name\""), "Greenhouse's own ids stay");
        String greenhouseNew = page(job(GreenhouseNewJobs.JAVA_ENGINEER.jobId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(greenhouseNew.contains("question_8120001"));
        String leverCard = LeverJobs.JAVA_ENGINEER.cards().get(0).id();
        String lever = page(job(LeverJobs.JAVA_ENGINEER.postingId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(lever.contains(leverCard));
        assertTrue(lever.contains(PracticeVariant.OTHER_ID_PREFIX.uuid(leverCard)));
        String ashbyPath = AshbyJobs.JAVA_ENGINEER.fields().get(5).path();
        String ashby = page(job(AshbyJobs.JAVA_ENGINEER.jobId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(ashby.contains(ashbyPath));
        assertTrue(ashby.contains(AshbyJobs.NAME), "Ashby's system field paths stay");
        String bamboo = page(job(BambooHrJobs.JAVA_DEVELOPER.jobId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(bamboo.contains("customQuestions[301]"));
        assertTrue(bamboo.contains("customQuestions[" + PracticeVariant.OTHER_ID_PREFIX.id(301) + "]"));
        assertTrue(bamboo.contains("name=\"firstName\""), "BambooHR's standard field names stay");
        String smartRecruiters = page(job(SmartRecruitersJobs.PLATFORM_ENGINEER.publication()),
                PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(smartRecruiters.contains("5f2a9c10"));
        assertTrue(smartRecruiters.contains("id=\"first-name-input\""), "OneClick's own ids stay");
        String workdayId = WorkdayJobs.ACME_PLATFORM_ENGINEER.questions().get(0).id();
        String workday = page(job(WorkdayJobs.ACME_PLATFORM_ENGINEER.reqId()), PracticeVariant.OTHER_ID_PREFIX);
        assertFalse(workday.contains(workdayId));
        assertTrue(workday.contains(PracticeVariant.OTHER_ID_PREFIX.uuid(workdayId)));
    }

    @Test
    void reorderingIsDeterministicAndNeverKeepsTheOrder() {
        for (int size = 2; size <= 9; size++) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<Integer> reordered = PracticeVariant.REORDERED.reorder(items);
            assertNotEquals(items, reordered);
            assertEquals(items, reordered.stream().sorted().toList(), "the same items");
            assertEquals(reordered, PracticeVariant.REORDERED.reorder(items), "the same order every time");
            assertEquals(items, PracticeVariant.REWORDED.reorder(items), "other variants keep the order");
        }
    }

    @Test
    void anUnknownJobCannotBeVaried() {
        assertThrows(IllegalArgumentException.class, () -> ats.setVariant("no-such-job", PracticeVariant.REWORDED));
    }

    @Test
    void theMappingRenamesTranslatesFixesAndDropsBackToStandardTerms() {
        VariantMapping mapping = new VariantMapping()
                .rename("answers[1]", "answers[0]")
                .rename("answers[0]", "answers[1]")
                .translate("3004", "4")
                .translate("Yes, I am", "Yes")
                .fix("answers[0][priority]", "0")
                .drop("answers[2][question_id]")
                .dropUnanswered("answers[2]")
                .dropUnanswered("extra");
        Map<String, List<String>> posted = new LinkedHashMap<>();
        posted.put("answers[1][text_value]", List.of("Yes, I am"));
        posted.put("answers[1][priority]", List.of("1"));
        posted.put("answers[0][question_id]", List.of("3004"));
        posted.put("answers[10][text_value]", List.of("kept as is"));
        posted.put("answers[2][question_id]", List.of("3009"));
        posted.put("answers[2][text_value]", List.of(""));
        posted.put("extra", List.of("an invented answer"));

        Map<String, List<String>> standard = mapping.standardise(posted);

        assertEquals(Map.of("answers[0][text_value]", List.of("Yes"),
                "answers[0][priority]", List.of("0"),
                "answers[1][question_id]", List.of("4"),
                "answers[10][text_value]", List.of("kept as is"),
                "extra", List.of("an invented answer")), standard);
    }

    /** The page that holds the job's form: Workday's questions are in its apply flow, not on the posting. */
    private static String formUrl(PracticeJob job) {
        return job.atsType() == AtsType.WORKDAY ? job.url() + "/apply/applyManually" : job.url();
    }

    private PracticeJob job(String jobId) {
        return ats.jobs().stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElseThrow();
    }
}

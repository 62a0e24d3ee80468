package io.applydesk.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Applications page's filters, search and paging, in SQL on real H2 with the real migrations (V9 included). */
class ApplicationFilterQueryTest {
    private static final PageRequest FIRST = PageRequest.of(1, 50);

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private ApplicationService service;
    private SessionCreated first;
    private SessionCreated second;
    private ApplicationsTestData data;
    private String leverSuccess;
    private String ashbyFailed;
    private String greenhouseFailed;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        service = kit.applications;
        Profile profile = kit.completeProfile("dana@example.com");
        // Two QUEUED Greenhouse applications at Acme, created at the clock's start.
        first = kit.runOnce(profile, SessionTestKit.greenhouseJobs(2));
        second = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(7)));
        data = new ApplicationsTestData(kit, first);
        leverSuccess = data.add("Northwind", "Data Analyst", "https://jobs.lever.co/northwind/abc-1", AtsType.LEVER,
                ApplicationStatus.SUCCESS, 60 * 24);
        ashbyFailed = data.add("Contoso 100%_Remote", "Java Engineer", "https://jobs.ashbyhq.com/contoso/x-2",
                AtsType.ASHBY, ApplicationStatus.FAILED, 2 * 60 * 24);
        greenhouseFailed = data.add("Northwind", "Backend Engineer", "https://boards.greenhouse.io/northwind/jobs/9",
                AtsType.GREENHOUSE, ApplicationStatus.FAILED, 3 * 60 * 24);
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void noFilterListsEveryApplicationNewestFirstWithTheTotal() {
        Page<Application> page = service.find(ApplicationFilter.all(), FIRST);

        assertEquals(6, page.pagination().total());
        List<String> ids = ids(page);
        assertEquals(List.of(greenhouseFailed, ashbyFailed, leverSuccess), ids.subList(0, 3));
        // Same moment: the later list position first.
        assertEquals(Set.of(second.applications().get(0).applicationId(),
                first.applications().get(1).applicationId(), first.applications().get(0).applicationId()),
                Set.copyOf(ids.subList(3, 6)));
        assertEquals(first.applications().get(1).applicationId(), ids.get(3));
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertEquals(List.of(greenhouseFailed, ashbyFailed),
                ids(service.find(ApplicationFilter.all().withStatus(ApplicationStatus.FAILED), FIRST)));
        assertEquals(List.of(second.applications().get(0).applicationId()), ids(service.find(
                new ApplicationFilter(null, second.session().sessionId(), null, null, null, null, null), FIRST)));
        assertEquals(List.of(leverSuccess), ids(service.find(
                new ApplicationFilter(null, null, AtsType.LEVER, null, null, null, null), FIRST)));
        assertEquals(List.of(greenhouseFailed, leverSuccess), ids(service.find(
                new ApplicationFilter(null, null, null, "Northwind", null, null, null), FIRST)));
        Instant start = kit.clock.instant();
        // From day 1 (inclusive) to day 3 (exclusive).
        assertEquals(List.of(ashbyFailed, leverSuccess), ids(service.find(new ApplicationFilter(null, null, null, null,
                start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(3)), null), FIRST)));
    }

    @Test
    void searchFindsTextInCompanyTitleOrLinkIgnoringCase() {
        assertEquals(List.of(greenhouseFailed, leverSuccess), ids(find("northWIND")));
        assertEquals(List.of(ashbyFailed), ids(find("java eng")));
        assertEquals(List.of(ashbyFailed), ids(find("ashbyhq.com/contoso")));
        assertEquals(0, find("nothing like this").pagination().total());
    }

    @Test
    void wildcardCharactersInTheSearchMatchThemselves() {
        assertEquals(List.of(ashbyFailed), ids(find("100%_r")));
        assertEquals(List.of(ashbyFailed), ids(find("%")), "only the company with a % in its name");
        assertEquals(List.of(ashbyFailed), ids(find("_")));
        assertEquals(0, find("!").pagination().total(), "the escape character is escaped too");
    }

    @Test
    void filtersCombine() {
        ApplicationFilter failedAtNorthwind = new ApplicationFilter(ApplicationStatus.FAILED, first.session().sessionId(),
                AtsType.GREENHOUSE, "Northwind", kit.clock.instant(), null, "backend");
        assertEquals(List.of(greenhouseFailed), ids(service.find(failedAtNorthwind, FIRST)));
        assertEquals(0, service.find(failedAtNorthwind.withStatus(ApplicationStatus.SUCCESS), FIRST)
                .pagination().total());
        assertEquals(0, service.find(failedAtNorthwind.withText("analyst"), FIRST).pagination().total());
    }

    @Test
    void pagesOfFiftyCoverEveryMatchOnceInOrder() {
        for (int i = 0; i < 120; i++) {
            data.add("Filler " + i, "Role " + i, "https://jobs.lever.co/filler/" + i, AtsType.LEVER,
                    ApplicationStatus.SUCCESS, 10_000 + i);
        }
        ApplicationFilter lever = new ApplicationFilter(null, null, AtsType.LEVER, null, null, null, null);
        List<String> seen = new ArrayList<>();
        List<Instant> created = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            Page<Application> page = service.find(lever, PageRequest.of(p, 50));
            assertEquals(121, page.pagination().total());
            assertEquals(3, page.pagination().totalPages());
            assertEquals(p < 3 ? 50 : 21, page.data().size());
            page.data().forEach(a -> {
                seen.add(a.applicationId());
                created.add(a.createdAt());
            });
        }
        assertEquals(121, new HashSet<>(seen).size(), "no row twice");
        for (int i = 1; i < created.size(); i++) {
            assertTrue(!created.get(i).isAfter(created.get(i - 1)), "newest first at " + i);
        }
        assertEquals(leverSuccess, seen.get(120));
        assertTrue(service.find(lever, PageRequest.of(4, 50)).data().isEmpty());
    }

    @Test
    void forEachMatchingStreamsWhatThePagesShow() {
        ApplicationFilter failed = ApplicationFilter.all().withStatus(ApplicationStatus.FAILED);
        List<String> streamed = new ArrayList<>();
        long count = service.forEachMatching(failed, a -> streamed.add(a.applicationId()));

        assertEquals(2, count);
        assertEquals(ids(service.find(failed, FIRST)), streamed);
    }

    @Test
    void companyNamesAreDistinctAndSorted() {
        assertEquals(List.of("Acme", "Contoso 100%_Remote", "Northwind"), service.companyNames(100));
        assertEquals(List.of("Acme"), service.companyNames(1));
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefusedInWords() {
        Instant at = kit.clock.instant();
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> new ApplicationFilter(null, null, null, null, at, at, null));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The start date must come before the end date.", e.getMessage());
    }

    @Test
    void theHostedListKeepsItsOldestFirstOrder() {
        List<String> hosted = service.list(ApplicationQuery.ofSession(first.session().sessionId())).data().stream()
                .map(Application::applicationId).toList();
        assertEquals(List.of(first.applications().get(0).applicationId(), first.applications().get(1).applicationId(),
                leverSuccess, ashbyFailed, greenhouseFailed), hosted);
    }

    private Page<Application> find(String text) {
        return service.find(ApplicationFilter.all().withText(text), FIRST);
    }

    private static List<String> ids(Page<Application> page) {
        return page.data().stream().map(Application::applicationId).toList();
    }
}

package io.applydesk.core.search.catalog;

import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The candidate's board list and groups on a real H2 database with the real migrations. */
class BoardListTest {
    private static final String PRACTICE = "http://127.0.0.1:5555";
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final BoardCatalog CATALOG = BoardCatalog.shipped();

    @TempDir
    Path tempDir;
    private Database db;
    private BoardList list;

    @BeforeEach
    void open() {
        db = Database.open(new DataDirectory(tempDir));
        list = newList(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static BoardList newList(Database database) {
        JobLinkParser parser = new JobLinkParser(List.of(new HostAlias(PRACTICE + "/practice/lever", AtsType.LEVER),
                new HostAlias(PRACTICE + "/practice/workday", AtsType.WORKDAY)));
        return new BoardList(database.jdbi(), CATALOG, parser, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void recognisesTheBoardOfJobAndBoardLinksOnEveryAts() {
        assertAdds("https://boards.greenhouse.io/acme/jobs/123", "greenhouse:acme", "acme");
        assertAdds("https://job-boards.greenhouse.io/stripes/jobs/4455?gh_src=x", "greenhouse:stripes", "Stripes");
        assertAdds("https://jobs.lever.co/palantir", "lever:palantir", "Palantir");
        assertAdds("https://jobs.ashbyhq.com/1password/c90c5d23-fd41-4c01-8422-08f4b64144f5/application",
                "ashby:1password", "1Password");
        assertAdds("https://apply.workable.com/northwind/j/3F9A2C71D0/apply/", "workable:northwind", "northwind");
        assertAdds("https://jobs.smartrecruiters.com/AbbVie/744000061234567-senior-engineer",
                "smartrecruiters:abbvie", "AbbVie");
        assertAdds("https://secondspectrum.recruitee.com/o/software-engineer", "recruitee:secondspectrum",
                "Second Spectrum");
        assertAdds("https://lonestar.bamboohr.com/careers/47", "bamboohr:lonestar", "lonestar");
        assertAdds("https://3m.wd1.myworkdayjobs.com/en-US/Search/job/Austin-TX/Engineer_R01234", "workday:3m.wd1/search",
                "3M");
        assertAdds("https://acme.wd5.myworkdayjobs.com/Careers", "workday:acme.wd5/careers", "acme.wd5/Careers");
        assertAdds("https://wd3.myworkdaysite.com/en-US/recruiting/globex/External/job/Remote/Dev_R9",
                "workday:globex.wd3/external", "globex.wd3/External");
    }

    @Test
    void recognisesPracticeBoardsThroughTheHostAliases() {
        assertAdds(PRACTICE + "/practice/lever/tideline/3f6c2a1e-8b4d-4c1f-9a57-2d0e6b7c9f11/apply",
                "lever:tideline", "tideline");
        assertAdds(PRACTICE + "/practice/workday/acme/en-US/Careers/job/Remote-USA/Platform-Engineer_JR-1001",
                "workday:acme.wd1/careers", "acme.wd1/Careers");
    }

    private void assertAdds(String url, String key, String company) {
        SavedBoard saved = list.addFromUrl(url);
        assertEquals(key, saved.board().key(), url);
        assertEquals(company, saved.board().companyName(), url);
        assertEquals(url, saved.sourceUrl());
        assertEquals(NOW, saved.addedAt());
    }

    @Test
    void refusesWhatIsNoBoardWithAClearSentence() {
        ApplyDeskException notUrl = assertThrows(ApplyDeskException.class, () -> list.addFromUrl("acme careers"));
        assertEquals(ErrorCode.INVALID_JOB_URL, notUrl.code());
        ApplyDeskException employer = assertThrows(ApplyDeskException.class,
                () -> list.addFromUrl("https://careers.fernleaf.example/jobs/backend-engineer"));
        assertEquals(ErrorCode.ATS_NOT_SUPPORTED, employer.code());
        assertTrue(employer.getMessage().contains("careers.fernleaf.example"), employer.getMessage());
        ApplyDeskException noTenant = assertThrows(ApplyDeskException.class,
                () -> list.addFromUrl("https://apply.workable.com/j/3F9A2C71D0"));
        assertEquals(ErrorCode.INVALID_JOB_URL, noTenant.code());
        ApplyDeskException noSite = assertThrows(ApplyDeskException.class,
                () -> list.addFromUrl("https://acme.wd5.myworkdayjobs.com/"));
        assertEquals(ErrorCode.INVALID_JOB_URL, noSite.code());
        assertEquals(0, list.list(PageRequest.of(1, 20)).pagination().total(), "nothing was added");
    }

    @Test
    void addingABoardTwiceKeepsTheFirstEntry() {
        SavedBoard first = list.addFromUrl("https://jobs.lever.co/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c");
        SavedBoard again = list.addFromUrl("https://jobs.lever.co/PALANTIR");
        assertEquals(first, again);
        assertEquals(first, list.add(new Board(AtsType.LEVER, "palantir", "Another name")));
        assertEquals(1, list.boards().size());
    }

    @Test
    void listsByCompanyAPageAtATimeAndRemoves() {
        for (int i = 25; i >= 1; i--) {
            list.add(new Board(AtsType.GREENHOUSE, "board" + i, String.format("Company %02d", i)));
        }
        Page<SavedBoard> second = list.list(PageRequest.of(2, 10));
        assertEquals(25, second.pagination().total());
        assertEquals(3, second.pagination().totalPages());
        assertEquals("Company 11", second.data().get(0).board().companyName());
        assertEquals(10, second.data().size());
        assertNull(second.data().get(0).sourceUrl());

        assertTrue(list.remove("GREENHOUSE:board11"));
        assertFalse(list.remove("greenhouse:board11"));
        assertEquals(24, list.boards().size());
        assertEquals("Company 12", list.list(PageRequest.of(2, 10)).data().get(0).board().companyName());
    }

    @Test
    void groupsHoldBoardsAndABoardMayBeInSeveral() {
        Board stripes = list.addFromUrl("https://boards.greenhouse.io/stripes").board();
        Board palantir = list.addFromUrl("https://jobs.lever.co/palantir").board();
        Board threeM = list.add(CATALOG.byKey("workday:3m.wd1/search").orElseThrow()).board();
        BoardGroup dream = list.createGroup("Dream companies");
        BoardGroup remote = list.createGroup(" Remote-friendly ");
        assertEquals("Remote-friendly", remote.name());

        list.addToGroup(dream.id(), stripes.key());
        list.addToGroup(dream.id(), threeM.key());
        list.addToGroup(dream.id(), threeM.key());
        list.addToGroup(remote.id(), threeM.key());
        list.addToGroup(remote.id(), palantir.key());

        assertEquals(List.of(threeM, stripes), list.boardsInGroup(dream.id()));
        assertEquals(List.of(threeM, palantir), list.boardsInGroup(remote.id()), "3M sorts before Palantir");
        assertEquals(List.of(2, 2), list.groups().stream().map(BoardGroup::boardCount).toList());
        Page<SavedBoard> page = list.listGroup(dream.id(), PageRequest.of(1, 1));
        assertEquals(2, page.pagination().total());
        assertEquals(threeM, page.data().get(0).board());

        assertTrue(list.removeFromGroup(dream.id(), stripes.key()));
        assertFalse(list.removeFromGroup(dream.id(), stripes.key()));
        assertEquals(3, list.boards().size(), "leaving a group keeps the board on the list");
        assertTrue(list.remove(threeM.key()));
        assertEquals(List.of(palantir), list.boardsInGroup(remote.id()), "a removed board leaves its groups");
        assertTrue(list.deleteGroup(remote.id()));
        assertEquals(2, list.boards().size(), "deleting a group keeps its boards");
        assertEquals(List.of("Dream companies"), list.groups().stream().map(BoardGroup::name).toList());
    }

    @Test
    void groupMistakesAreRefusedWithAClearSentence() {
        Board stripes = list.addFromUrl("https://boards.greenhouse.io/stripes").board();
        BoardGroup group = list.createGroup("Berlin");
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> list.createGroup("berlin")).code());
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> list.createGroup("   ")).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> list.addToGroup(group.id(), "lever:unknown")).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> list.addToGroup("bgrp_missing", stripes.key())).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> list.boardsInGroup("bgrp_missing")).code());
    }

    @Test
    void theListSurvivesRestarts() {
        list.addFromUrl("https://jobs.lever.co/palantir");
        BoardGroup group = list.createGroup("Kept");
        list.addToGroup(group.id(), "lever:palantir");
        db.close();
        db = Database.open(new DataDirectory(tempDir));
        BoardList reopened = newList(db);
        assertEquals(List.of("lever:palantir"), reopened.boardsInGroup(group.id()).stream().map(Board::key).toList());
        assertEquals("Palantir", reopened.boards().get(0).companyName());
    }
}

package io.applydesk.core.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PracticeSiteTest {
    private final PracticeSite site = new PracticeSite(URI.create("http://127.0.0.1:41725"),
            List.of(new HostAlias("http://127.0.0.1:41725/practice/greenhouse", AtsType.GREENHOUSE)));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:41725/practice/greenhouse/acme/jobs/1",
            "HTTP://127.0.0.1:41725/employer/acme/jobs/1?x=1#apply", "http://127.0.0.1:41725"})
    void hostsLinksOnItsServer(String url) {
        assertTrue(site.hosts(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://boards.greenhouse.io/acme/jobs/4012345", "https://example.com/about-us",
            "http://127.0.0.1:43933/practice/greenhouse/acme/jobs/1", "https://127.0.0.1:41725/", "http://localhost:41725/",
            "not a link", ""})
    void hostsNothingElse(String url) {
        assertFalse(site.hosts(url));
        assertFalse(site.hosts(null));
    }

    @Test
    void aLinkOfAnEarlierStartMovesToThisPort() {
        String job = "/practice/greenhouse/acme/jobs/1?gh_src=x%20y&t=a%2Fb#top";
        assertEquals(URI.create("http://127.0.0.1:41725" + job), site.current(URI.create("http://127.0.0.1:43933" + job)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://boards.greenhouse.io/acme/jobs/4012345",
            "http://127.0.0.1:41725/practice/greenhouse/acme/jobs/1",
            "http://127.0.0.1:43933/acme/jobs/1", "http://127.0.0.1:43933/practice/greenhouse2/acme/jobs/1"})
    void anyOtherLinkStaysAsItIs(String url) {
        assertEquals(URI.create(url), site.current(URI.create(url)));
    }

    @Test
    void practiceModesParserKnowsTheAliasesAndAppliesOnlyToTheSite() {
        JobLinkParser practice = JobLinkParser.forMode(site);
        JobLink onSite = practice.parse("http://127.0.0.1:41725/practice/greenhouse/acme/jobs/4012345");
        JobLink offSite = practice.parse("https://boards.greenhouse.io/acme/jobs/4012345");

        assertEquals(AtsType.GREENHOUSE, onSite.atsType());
        assertEquals(offSite.canonicalKey(), onSite.canonicalKey(), "the alias stands for the real host");
        assertTrue(practice.isAppliable(onSite));
        assertFalse(practice.isAppliable(offSite));
        assertTrue(JobLinkParser.forMode(null).isAppliable(offSite), "outside practice mode every web link is");
    }
}

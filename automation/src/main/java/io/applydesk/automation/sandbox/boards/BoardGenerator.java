package io.applydesk.automation.sandbox.boards;

import io.applydesk.automation.sandbox.ashby.AshbyReplica;
import io.applydesk.automation.sandbox.bamboohr.BambooHrReplica;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseReplica;
import io.applydesk.automation.sandbox.lever.LeverReplica;
import io.applydesk.automation.sandbox.recruitee.RecruiteeReplica;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersReplica;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.automation.sandbox.workday.WorkdayReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic extra boards for benchmarks and search tests: invented companies spread over the eight ATSs, 5–40
 * postings each with realistic titles (engineering, data, design, sales), locations (remote among them), pay and
 * dates over the last 60 days. Their URLs follow the replicas' URL patterns but name postings no replica has.
 */
final class BoardGenerator {
    private static final List<AtsType> ATSS = List.of(AtsType.GREENHOUSE, AtsType.LEVER, AtsType.ASHBY,
            AtsType.WORKABLE, AtsType.SMARTRECRUITERS, AtsType.RECRUITEE, AtsType.WORKDAY, AtsType.BAMBOOHR);
    private static final List<String> NAME_STARTS = List.of("Acorn", "Bluefin", "Cedar", "Driftwood", "Ember",
            "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lantern", "Maple", "Nimbus", "Orchard",
            "Pioneer", "Quarry", "Redwood", "Summit", "Tundra", "Upland", "Vantage", "Willow", "Zephyr");
    private static final List<String> NAME_ENDS = List.of("Analytics", "Systems", "Health", "Logistics", "Labs",
            "Software", "Robotics", "Energy", "Payments", "Media", "Foods", "Insurance");
    private static final List<String> ENGINEERING = List.of("Software Engineer", "Backend Engineer",
            "Frontend Engineer", "Full Stack Engineer", "Site Reliability Engineer", "Platform Engineer",
            "Mobile Engineer (iOS)", "Android Engineer", "QA Automation Engineer", "DevOps Engineer",
            "Security Engineer", "Java Developer", "Software Developer", "Engineering Manager");
    private static final List<String> DATA = List.of("Data Engineer", "Data Analyst", "Data Scientist",
            "Machine Learning Engineer", "Analytics Engineer", "Business Intelligence Analyst");
    private static final List<String> DESIGN = List.of("Product Designer", "UX Designer", "UX Researcher",
            "Visual Designer");
    private static final List<String> SALES = List.of("Account Executive", "Sales Development Representative",
            "Customer Success Manager", "Solutions Engineer", "Sales Engineer");
    private static final List<String> SENIORITY = List.of("", "", "", "Senior ", "Senior ", "Staff ", "Junior ",
            "Lead ", "Principal ");
    private static final List<String> LOCATIONS = List.of("Austin, TX", "New York, NY", "San Francisco, CA",
            "Seattle, WA", "Denver, CO", "Chicago, IL", "Boston, MA", "Remote (United States)", "Remote",
            "Toronto, Ontario, Canada", "London, United Kingdom", "Berlin, Germany", "Lisbon, Portugal",
            "Amsterdam, Netherlands", "Austin, TX (Hybrid)", "New York, NY (Hybrid)");

    private final String baseUrl;
    private final long seed;

    BoardGenerator(String baseUrl, long seed) {
        this.baseUrl = baseUrl;
        this.seed = seed;
    }

    /** Boards number {@code first} to {@code first + count - 1}; board i is the same for the same seed. */
    List<BoardApi.BoardListing> generate(int first, int count) {
        List<BoardApi.BoardListing> listings = new ArrayList<>(count);
        for (int index = first; index < first + count; index++) {
            Random random = new Random(seed * 1_000_003L + index);
            AtsType ats = ATSS.get(index % ATSS.size());
            String company = pick(random, NAME_STARTS) + " " + pick(random, NAME_ENDS);
            Board board = new Board(ats, token(ats, company, index), company);
            int size = 5 + random.nextInt(36);
            List<BoardPosting> postings = new ArrayList<>(size);
            for (int number = 0; number < size; number++) {
                postings.add(posting(board, index, number, random));
            }
            listings.add(new BoardApi.BoardListing(board, List.copyOf(postings), baseUrl));
        }
        return listings;
    }

    private static String token(AtsType ats, String company, int index) {
        String squashed = company.replace(" ", "");
        return switch (ats) {
            case SMARTRECRUITERS, ASHBY -> squashed + index;
            case WORKDAY -> squashed.toLowerCase(Locale.ROOT) + index + ".wd" + (1 + index % 5) + "/External";
            default -> slug(company) + "-" + index;
        };
    }

    private BoardPosting posting(Board board, int index, int number, Random random) {
        List<String> family = List.of(ENGINEERING, ENGINEERING, DATA, DESIGN, SALES).get(random.nextInt(5));
        boolean intern = random.nextInt(15) == 0;
        String role = pick(random, family);
        String title = intern ? role + " Intern" : pick(random, SENIORITY) + role;
        String location = pick(random, LOCATIONS);
        String jobId;
        String apiId;
        String postingUrl;
        String applyUrl;
        String tenantPath = baseUrl + prefix(board.ats()) + "/" + board.token();
        switch (board.ats()) {
            case GREENHOUSE -> {
                jobId = String.valueOf(6_000_000_000L + index * 100_000L + number * 100L + random.nextInt(100));
                apiId = jobId;
                postingUrl = tenantPath + "/jobs/" + jobId;
                applyUrl = postingUrl;
            }
            case LEVER, ASHBY -> {
                jobId = new UUID(random.nextLong(), random.nextLong()).toString();
                apiId = jobId;
                postingUrl = tenantPath + "/" + jobId;
                applyUrl = postingUrl + (board.ats() == AtsType.LEVER ? "/apply" : "/application");
            }
            case WORKABLE -> {
                jobId = String.format(Locale.ROOT, "%010X", random.nextLong() & 0xFF_FFFF_FFFFL);
                apiId = jobId;
                postingUrl = tenantPath + "/j/" + jobId;
                applyUrl = postingUrl + "/apply/";
            }
            case SMARTRECRUITERS -> {
                jobId = new UUID(random.nextLong(), random.nextLong()).toString();
                apiId = String.valueOf(744_000_000_000_000L + index * 1_000L + number);
                postingUrl = tenantPath + "/" + apiId + "-" + slug(title);
                applyUrl = baseUrl + SmartRecruitersReplica.PREFIX + "/oneclick-ui/company/" + board.token()
                        + "/publication/" + jobId + "?dcr_ci=" + board.token();
            }
            case RECRUITEE -> {
                jobId = slug(title) + "-" + (number + 1);
                apiId = jobId;
                postingUrl = tenantPath + "/o/" + jobId;
                applyUrl = postingUrl + "/c/new";
            }
            case WORKDAY -> {
                jobId = "R" + (10_000 + number * 1_000 + random.nextInt(1_000));
                apiId = "/job/" + workdaySegment(location.split("[,(]")[0]) + "/" + workdaySegment(title) + "_" + jobId;
                postingUrl = baseUrl + WorkdayReplica.PREFIX + "/" + board.workdayTenant() + "/"
                        + board.workdaySite() + apiId;
                applyUrl = postingUrl + "/apply";
            }
            case BAMBOOHR -> {
                jobId = String.valueOf(100 + number * 10 + random.nextInt(10));
                apiId = jobId;
                postingUrl = tenantPath + "/careers/" + jobId;
                applyUrl = postingUrl;
            }
            default -> throw new IllegalStateException("no board API for " + board.ats());
        }
        BoardPosting.Salary salary = BoardPosting.Salary.forTitle(title, random.nextInt(1000));
        String description = "<p>" + board.companyName() + " is hiring a " + title + " (" + location + ").</p>"
                + "<ul><li>Work with a small, friendly team</li><li>Ship something every week</li></ul>";
        return new BoardPosting(board, jobId, apiId, title, location, BoardPosting.WorkType.of(location),
                intern ? BoardPosting.EmploymentType.INTERN : random.nextInt(10) == 0
                        ? BoardPosting.EmploymentType.CONTRACT : BoardPosting.EmploymentType.FULL_TIME,
                BoardPosting.Departments.of(title), salary, random.nextInt(60), postingUrl, applyUrl, description);
    }

    private static String prefix(AtsType ats) {
        return switch (ats) {
            case GREENHOUSE -> GreenhouseReplica.PREFIX;
            case LEVER -> LeverReplica.PREFIX;
            case ASHBY -> AshbyReplica.PREFIX;
            case WORKABLE -> WorkableReplica.PREFIX;
            case SMARTRECRUITERS -> SmartRecruitersReplica.PREFIX;
            case RECRUITEE -> RecruiteeReplica.PREFIX;
            case WORKDAY -> WorkdayReplica.PREFIX;
            case BAMBOOHR -> BambooHrReplica.PREFIX;
            default -> throw new IllegalStateException("no practice site for " + ats);
        };
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Workday keeps the case and joins words with dashes: {@code Senior-Data-Engineer}. */
    private static String workdaySegment(String text) {
        return text.strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

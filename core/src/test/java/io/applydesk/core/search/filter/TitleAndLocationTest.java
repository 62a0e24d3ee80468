package io.applydesk.core.search.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.WorkType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleAndLocationTest {

    @ParameterizedTest(name = "''{0}'' vs ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "Software Engineer | Software Engineer | true",
            "software engineer | SOFTWARE ENGINEER!! | true",
            "Software Engineer | Senior Software Engineer | true",
            "Software Engineer | Sr. Software Engineer, Payments | true",
            "SWE | Software Engineer II | true",
            "SDE | Software Development Engineer | true",
            "SDE | Site Reliability Engineer | false",
            "Software Engineer | SWE III | true",
            "Software Developer | Software Engineer | true",
            "Software Engineer | Software Developer | true",
            "Backend Engineer | Back-end Engineer | true",
            "Back End Developer | Backend Engineer | true",
            "Backend Engineer | Back End Software Engineer | true",
            "Full Stack Engineer | Fullstack Developer | true",
            "Fullstack Engineer | Full-Stack Engineer (React/Node) | true",
            "Frontend Engineer | Front End Developer | true",
            "Data Scientist | Senior Data Scientist | true",
            "Data Scientist | Data Engineer | false",
            "Software Engineer | Hardware Engineer | false",
            "Product Manager | Product Designer | false",
            "Backend Engineer | Frontend Engineer | false",
            "Machine Learning Engineer | ML Engineer | true",
            "Engineering Manager | Software Engineer | false",
            "DevOps Engineer | Dev Ops Engineer | true",
            "C++ Developer | C++ Software Engineer | true",
            "Senior Software Engineer | Software Engineer | true",
            "Jr Data Analyst | Junior Data Analyst | true",
    })
    void roleWordsMatch(String query, String title, boolean expected) {
        assertEquals(expected, TitleMatcher.matches(query, title));
    }

    @ParameterizedTest(name = "''{0}'' names {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Senior Software Engineer | SENIOR",
            "Sr. SWE | SENIOR",
            "Jr Developer | JUNIOR",
            "Software Engineer II | MID",
            "Engineer III | SENIOR",
            "Software Engineering Intern | INTERN",
            "Staff Engineer | LEAD",
            "Lead Backend Engineer | LEAD",
            "New Grad Software Engineer | JUNIOR",
            "Software Engineer | null",
    })
    void seniorityWordsBecomeALevel(String query, ExperienceLevel expected) {
        assertEquals(expected, TitleMatcher.levelOf(query));
    }

    @ParameterizedTest(name = "''{0}'' vs {1} ({2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "New York, NY | New York, NY (HQ) | null | true",
            "NYC | New York, NY | null | true",
            "New York | New York City, USA | null | true",
            "NYC | Newark, NJ | null | false",
            "SF | San Francisco, CA | null | true",
            "San Francisco | SF | null | true",
            "Bay Area | Palo Alto, CA | null | true",
            "Bay Area | San Francisco, California | null | true",
            "SF | Palo Alto, CA | null | false",
            "Bay Area | Los Angeles, CA | null | false",
            "USA | Palo Alto, CA | null | true",
            "US | Austin, Texas, United States | null | true",
            "United States | Boston, MA | null | true",
            "USA | London, United Kingdom | null | false",
            "TX | Austin, Texas | null | true",
            "Texas | Austin, TX | null | true",
            "Texas | Denver, CO | null | false",
            "California | United States | null | false",
            "London | London, UK | null | true",
            "London, UK | London, United Kingdom | null | true",
            "Remote | Remote - US | REMOTE | true",
            "Remote | Lisbon, Portugal | REMOTE | true",
            "Remote | Remote (Canada) | HYBRID | true",
            "Remote | New York, NY | HYBRID | false",
            "Remote | New York, NY | ON_SITE | false",
            "Remote (US) | Remote (US) | null | true",
            "Remote (US) | Remote (Canada) | null | false",
            "Remote — US | Austin, TX | REMOTE | true",
            "US Remote | Remote - United States | null | true",
            "Remote (US) | Lisbon, Portugal | REMOTE | false",
            "Remote (US) | Remote | REMOTE | false",
            "New York | Remote (US) | REMOTE | false",
            "Tokyo | Tokyo, Japan | null | true",
            "Japan | Fujisawa, Kanagawa, Japan | null | true",
    })
    void locationsMatch(String query, String location, WorkType workType, boolean expected) {
        assertEquals(expected, LocationMatcher.matches(query, Postings.job("Engineer", workType, location)));
    }
}

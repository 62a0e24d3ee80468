package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.WorkExperience;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repeating sections of Workday's My Experience page (ATS-REFERENCE.md §6.2 item 6): one row per
 * profile job and school, added with the section's {@code add-button}; ids {@code workExperience-N--jobTitle}
 * and {@code education-N--schoolName} and so on; dates in a {@code dateInputWrapper} with Month and Year
 * spinbuttons. Values are copied from the profile's entries as they are (dates "YYYY-MM" typed as month and
 * year) and recorded with the entry they came from. Bound to one page on one worker thread.
 */
final class WorkdayExperienceRows {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final Page page;
    private final List<AnsweredQuestion> filled = new ArrayList<>();

    WorkdayExperienceRows(Page page) {
        this.page = page;
    }

    /** Adds and fills a row per job and school, unless the page already has rows (it was filled before). */
    List<AnsweredQuestion> fill(Profile profile) {
        filled.clear();
        if (page.locator("[data-automation-id=workExperience-1], [data-automation-id=education-1]").count() > 0) {
            return List.of();
        }
        List<WorkExperience> jobs = profile.workExperience();
        for (int i = 0; i < jobs.size(); i++) {
            WorkExperience job = jobs.get(i);
            String id = addRow("workExperience", i + 1);
            String source = "workExperience[" + i + "].";
            String row = "Work Experience " + (i + 1) + ": ";
            text(row + "Job Title", id + "jobTitle", job.jobTitle(), source + "jobTitle");
            text(row + "Company", id + "companyName", job.company(), source + "company");
            text(row + "Location", id + "location", job.workLocation(), source + "workLocation");
            if (job.currentlyWorkHere()) {
                page.locator("[id='" + id + "currentlyWorkHere']").check();
                filled.add(new AnsweredQuestion(row + "I currently work here", id + "currentlyWorkHere", "Yes",
                        Provenance.profileField(source + "currentlyWorkHere")));
            }
            date(row + "From", id + "startDate", job.startDate(), source + "startDate", false);
            if (!job.currentlyWorkHere()) {
                date(row + "To", id + "endDate", job.endDate(), source + "endDate", false);
            }
            text(row + "Role Description", id + "roleDescription", job.description(), source + "description");
        }
        List<Education> schools = profile.education();
        for (int i = 0; i < schools.size(); i++) {
            Education school = schools.get(i);
            String id = addRow("education", i + 1);
            String source = "education[" + i + "].";
            String row = "Education " + (i + 1) + ": ";
            text(row + "School or University", id + "schoolName",
                    school.institution() == null ? null : school.institution().name(), source + "institution.name");
            text(row + "Degree", id + "degree", school.degree() == null ? null : school.degree().degreeName(),
                    source + "degree.degreeName");
            text(row + "Field of Study", id + "fieldOfStudy",
                    school.degree() == null ? null : school.degree().fieldOfStudy(), source + "degree.fieldOfStudy");
            date(row + "From", id + "firstYearAttended", school.startDate(), source + "startDate", true);
            date(row + "To (Actual or Expected)", id + "lastYearAttended", school.endDate(), source + "endDate", true);
        }
        return List.copyOf(filled);
    }

    /** Presses the section's Add button and returns the new row's id prefix, e.g. {@code workExperience-2--}. */
    private String addRow(String section, int n) {
        page.locator("section[data-automation-id=" + section + "Section] > button[data-automation-id=add-button]").click();
        page.locator("[data-automation-id=" + section + "-" + n + "]").waitFor();
        return section + "-" + n + "--";
    }

    private void text(String label, String id, String value, String source) {
        if (value == null || value.isBlank()) {
            return;
        }
        page.locator("[id='" + id + "']").fill(value.strip());
        filled.add(new AnsweredQuestion(label, id, value.strip(), Provenance.profileField(source)));
    }

    /** Types a "YYYY-MM" date into the Month and Year spinbuttons (Year only for school years). */
    private void date(String label, String id, String value, String source, boolean yearOnly) {
        Matcher m = value == null ? null : YEAR_MONTH.matcher(value.strip());
        if (m == null || !m.matches()) {
            return;
        }
        Locator wrapper = page.locator("[id='" + id + "'][data-automation-id=dateInputWrapper]");
        if (!yearOnly) {
            wrapper.getByRole(AriaRole.SPINBUTTON,
                    new Locator.GetByRoleOptions().setName("Month")).fill(m.group(2));
        }
        wrapper.getByRole(AriaRole.SPINBUTTON,
                new Locator.GetByRoleOptions().setName("Year")).fill(m.group(1));
        String typed = yearOnly ? m.group(1) : m.group(2) + "/" + m.group(1);
        filled.add(new AnsweredQuestion(label, id, typed, Provenance.computed(source + " (" + value.strip() + ") as "
                + (yearOnly ? "YYYY" : "MM/YYYY"))));
    }
}
